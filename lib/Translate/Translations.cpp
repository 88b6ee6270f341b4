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

#include "dfg/Support/ToolSupport.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

/// Makes the dfg dialect available to the parser of an imported module.
static void registerDFGDialect(DialectRegistry &registry) {
  registry.insert<dfg::DFGDialect>();
}

/// Parses the textual or bytecode IR in `sourceMgr` and runs `exporter` on
/// it. Textual IR is first checked for nesting that would overflow the
/// parser's stack.
static LogicalResult
exportFromSource(const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
                 llvm::raw_ostream &output, MLIRContext *context,
                 LogicalResult (*exporter)(ModuleOp, llvm::raw_ostream &)) {
  context->getOrLoadDialect<dfg::DFGDialect>();
  dfg::registerLongLineDiagnosticHandler(*context);
  const llvm::MemoryBuffer *buffer =
      sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
  if (failed(dfg::checkIRNesting(*buffer, llvm::errs())))
    return failure();
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(context));
  if (!module)
    return failure();
  return exporter(*module, output);
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
          registerLongLineDiagnosticHandler(*context);
          OwningOpRef<ModuleOp> module = importDfgJson(sourceMgr, context);
          if (!module)
            return nullptr;
          return module.release().getOperation();
        },
        registerDFGDialect);

    TranslateRegistration exportJson(
        "export-dfg-json",
        "Export dfg.graph ops as AReaL dataflow-graph JSON, with every field "
        "and any annotated analyses",
        [](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
           llvm::raw_ostream &output, MLIRContext *context) {
          return exportFromSource(sourceMgr, output, context, exportDfgJson);
        });

    TranslateRegistration exportDot(
        "export-dfg-dot", "Export dfg.graph ops as a Graphviz DOT digraph",
        [](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
           llvm::raw_ostream &output, MLIRContext *context) {
          return exportFromSource(sourceMgr, output, context, exportDfgDot);
        });
    return true;
  }();
  (void)registered;
}
