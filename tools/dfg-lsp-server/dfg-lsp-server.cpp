//===- dfg-lsp-server.cpp - Language server for dfg IR ----------*- C++ -*-===//
//
// This file implements dfg-lsp-server, an MLIR language server with
// the dfg dialect registered, for editors that open .mlir files of dfg graphs.
//
//===----------------------------------------------------------------------===//

#include "dfg/Support/ToolSupport.h"
#include "dfg/IR/DFGDialect.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-lsp-server/MlirLspServerMain.h"

/// Runs the language server; main runs it on a thread with a large stack.
static int runTool(int argc, char **argv) {
  mlir::DialectRegistry registry;
  registry.insert<dfg::DFGDialect>();

  // The editor already shows each diagnostic at its op, so the generic form
  // of the op that MLIR appends would only repeat it.
  registry.addExtension(+[](mlir::MLIRContext *context, dfg::DFGDialect *) {
    context->printOpOnDiagnostic(false);
  });
  return mlir::failed(mlir::MlirLspServerMain(argc, argv, registry)) ? 1 : 0;
}

int main(int argc, char **argv) {
  return dfg::runWithLargeStack([&] { return runTool(argc, argv); });
}
