//===- ExportJSON.h - Export dataflow graphs as JSON ------------*- C++ -*-===//
//
// This file declares the exporter that writes dfg.graph ops as JSON in the
// schema that the importer reads, with every MFC field written explicitly,
// and the float formatting it shares with the importer's messages.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_TRANSLATE_EXPORTJSON_H
#define DFG_TRANSLATE_EXPORTJSON_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"

#include <optional>
#include <string>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dfg {

/// Writes the dfg.graph ops of `module` to `output` as JSON: a single graph
/// object when the module contains exactly one graph, otherwise
/// `{"graphs": [...]}`. Graphs annotated by dfg-annotate-analyses also get an
/// "analysis" object. Works on key-based and resolved graphs. On a value
/// that JSON cannot represent (NaN, infinity, an attribute with no JSON
/// form, an unattached dfg.hook), emits a located error and writes nothing.
mlir::LogicalResult exportDfgJson(mlir::ModuleOp module,
                                  llvm::raw_ostream &output);

/// Formats `value` as the shortest JSON number text that parses back to the
/// same double, always with a `.` or an exponent so that a reader keeps it a
/// float (`1.0`, not `1`). Returns std::nullopt for NaN and infinities, which
/// JSON cannot represent.
std::optional<std::string> formatJsonFloat(double value);

} // namespace dfg

#endif // DFG_TRANSLATE_EXPORTJSON_H
