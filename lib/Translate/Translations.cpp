//===- Translations.cpp - Registration of the dfg translations --*- C++ -*-===//
//
// This file registers the JSON import and the JSON and DOT exports with
// MLIR's translation registry, for dfg-translate and any other tool built on
// mlirTranslateMain.
//
//===----------------------------------------------------------------------===//

#include "dfg/Translate/Translations.h"
#include "dfg/IR/DFGDialect.h"
#include "dfg/Translate/ExportDOT.h"
#include "dfg/Translate/ExportJSON.h"
#include "dfg/Translate/ImportJSON.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

/// Makes the dfg dialect available to the parser of an exported module.
static void registerDFGDialect(DialectRegistry &registry) {
  registry.insert<dfg::DFGDialect>();
}

void dfg::registerTranslations() {
  // The registry rejects a second registration under the same name, so the
  // registrations run once however often this is called.
  static const bool registered = [] {
    TranslateToMLIRRegistration importJson(
        "import-dfg-json",
        "Import AReaL dataflow graphs from JSON into key-based dfg.graph ops",
        [](llvm::SourceMgr &sourceMgr,
           MLIRContext *context) -> OwningOpRef<Operation *> {
          // Diagnostics point at the JSON value; the generic form of the op
          // that MLIR would append to verifier errors adds nothing.
          context->printOpOnDiagnostic(false);
          OwningOpRef<ModuleOp> module = importDfgJson(sourceMgr, context);
          if (!module)
            return nullptr;
          return module.release().getOperation();
        },
        registerDFGDialect);

    TranslateFromMLIRRegistration exportJson(
        "export-dfg-json",
        "Export dfg.graph ops as AReaL dataflow-graph JSON, with every field "
        "and any annotated analyses",
        [](ModuleOp module, llvm::raw_ostream &output) {
          return exportDfgJson(module, output);
        },
        registerDFGDialect);

    TranslateFromMLIRRegistration exportDot(
        "export-dfg-dot", "Export dfg.graph ops as a Graphviz DOT digraph",
        [](ModuleOp module, llvm::raw_ostream &output) {
          return exportDfgDot(module, output);
        },
        registerDFGDialect);
    return true;
  }();
  (void)registered;
}
