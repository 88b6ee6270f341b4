//===- ImportJSON.h - Import dataflow graphs from JSON ----------*- C++ -*-===//
//
// This file declares the importer that turns AReaL dataflow graphs written as
// JSON into dfg.graph ops in key-based form.
//
// The input is one graph object `{"graph", "source", "mfcs"}` or a document
// `{"graphs": [graph objects]}`. Each MFC becomes a dfg.mfc op with its key
// lists as attributes, in list order, located at its JSON object.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_TRANSLATE_IMPORTJSON_H
#define DFG_TRANSLATE_IMPORTJSON_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace llvm {
class SourceMgr;
} // namespace llvm

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace dfg {

/// Imports the JSON document in the main buffer of `sourceMgr` into a new
/// module with one dfg.graph per graph object. Loads the dfg dialect into
/// `context`. On invalid input, emits one located diagnostic per problem
/// through `context` and returns null. The module is not verified, so a
/// caller that does not go through mlirTranslateMain should run
/// mlir::verify on it.
///
/// Only input that the dialect cannot represent is rejected. That is invalid
/// JSON (numbers such as 007 and unpaired surrogate escapes included), values
/// of the wrong type, and unknown, repeated or missing fields. It is also
/// negative replica ids, unknown interface types and hook kinds, integers
/// outside 64 bits, floats that would underflow to 0, duplicate graph names,
/// an empty graph list, and nesting deeper than 512 levels. Graph-level
/// mistakes such as duplicate keys, invalid hooks or a non-positive n_seqs
/// are left for the dfg passes to report.
mlir::OwningOpRef<mlir::ModuleOp> importDfgJson(llvm::SourceMgr &sourceMgr,
                                                mlir::MLIRContext *context);

} // namespace dfg

#endif // DFG_TRANSLATE_IMPORTJSON_H
