//===- ExportedGraphs.cpp - The graphs of a module to export ----*- C++ -*-===//
//
// This file implements the module check shared by the JSON and DOT exports.
//
//===----------------------------------------------------------------------===//

#include "ExportedGraphs.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;

FailureOr<llvm::SmallVector<dfg::GraphOp>>
dfg::getExportedGraphs(ModuleOp module, StringRef format, StringRef action) {
  llvm::SmallVector<GraphOp> graphs;
  bool valid = true;
  for (Operation &op : *module.getBody()) {
    if (auto graph = dyn_cast<GraphOp>(op)) {
      graphs.push_back(graph);
      continue;
    }
    mlir::emitError(op.getLoc())
        << "cannot export '" << op.getName() << "' to " << format
        << "; the module may contain only dfg.graph ops";
    valid = false;
  }
  if (!valid)
    return failure();

  // Exporting an empty module would turn the failure of an earlier stage of
  // a pipe, which prints nothing, into success.
  if (graphs.empty()) {
    mlir::emitError(module.getLoc())
        << "the input contains no dfg.graph, so there is nothing to "
        << action << "; if it comes from a pipe, an earlier stage has "
        << "probably failed";
    return failure();
  }
  return graphs;
}
