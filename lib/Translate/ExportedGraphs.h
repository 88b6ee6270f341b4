//===- ExportedGraphs.h - The graphs of a module to export ------*- C++ -*-===//
//
// This file declares the check that the JSON and DOT exports share: a module
// to export contains dfg.graph ops and nothing else.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_LIB_TRANSLATE_EXPORTEDGRAPHS_H
#define DFG_LIB_TRANSLATE_EXPORTEDGRAPHS_H

#include "dfg/IR/DFGOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"

namespace dfg {

/// Returns the graphs of `module` in order. Reports every op that is not a
/// dfg.graph, naming `format` (such as "JSON"). Also reports a module without
/// graphs, which is what a failed earlier stage of a pipe leaves behind, and
/// names what the export would do with `action` (such as "export").
mlir::FailureOr<llvm::SmallVector<GraphOp>>
getExportedGraphs(mlir::ModuleOp module, llvm::StringRef format,
                  llvm::StringRef action);

} // namespace dfg

#endif // DFG_LIB_TRANSLATE_EXPORTEDGRAPHS_H
