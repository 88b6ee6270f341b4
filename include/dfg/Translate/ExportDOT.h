//===- ExportDOT.h - Export dataflow graphs as Graphviz DOT -----*- C++ -*-===//
//
// This file declares the exporter that draws dfg.graph ops as a Graphviz
// digraph.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_TRANSLATE_EXPORTDOT_H
#define DFG_TRANSLATE_EXPORTDOT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dfg {

/// Writes the dfg.graph ops of `module` to `output` as one Graphviz digraph,
/// with one cluster per graph when there are several. Each MFC is a box
/// filled with its role's colour, each dataset key an ellipse, and each
/// producer/consumer pair one edge labelled with the keys it carries. Works
/// on key-based and resolved graphs. Emits a located error and writes
/// nothing when the module contains an op other than dfg.graph.
mlir::LogicalResult exportDfgDot(mlir::ModuleOp module,
                                 llvm::raw_ostream &output);

} // namespace dfg

#endif // DFG_TRANSLATE_EXPORTDOT_H
