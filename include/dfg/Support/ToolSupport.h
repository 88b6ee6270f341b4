//===- ToolSupport.h - Input checks and diagnostics for the tools -*- C++ -*-===//
//
// This file declares what dfg-opt and dfg-translate share beyond MLIR's tool
// drivers: a nesting check that keeps MLIR's recursive parser from running
// out of stack, and a diagnostic handler for inputs with very long lines.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_SUPPORT_TOOLSUPPORT_H
#define DFG_SUPPORT_TOOLSUPPORT_H

#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace dfg {

/// The stack size of the thread that runs each tool: 1 GiB of address space,
/// of which only the pages in use take memory.
constexpr unsigned kToolStackSize = 1u << 30;

/// Runs `body` on a thread with a stack of `kToolStackSize` bytes and returns
/// its result. MLIR's parser and printer recurse once per level of nesting,
/// and attribute aliases or bytecode build nesting without deep brackets in
/// the text. With an 8 MiB stack they overflow at about 10,000 levels; 1 GiB
/// is 128 times as much, so the limit moves to an estimated million levels.
int runWithLargeStack(llvm::function_ref<int()> body);

/// The deepest nesting of brackets that the tools accept in textual IR.
/// MLIR's parser and printer recurse once per level; at about 10,000 levels
/// they overflow an 8 MiB stack. Real graphs nest fewer than 10 levels.
constexpr unsigned kMaxIRNesting = 1000;

/// Reports, as `FILE:LINE:COLUMN: error: ...` on `errors`, the first bracket
/// of textual MLIR in `buffer` that opens a level deeper than `maxDepth`.
/// Brackets inside string literals and `//` comments do not count. MLIR
/// bytecode is not checked. Returns failure when a bracket is too deep.
mlir::LogicalResult checkIRNesting(const llvm::MemoryBuffer &buffer,
                                   llvm::raw_ostream &errors,
                                   unsigned maxDepth = kMaxIRNesting);

/// Reports a `--split-input-file=MARKER` among `args` whose marker MLIR 22
/// cannot split on: it loops forever on markers that do not start with `//`
/// followed by at least one more character. Returns failure in that case.
mlir::LogicalResult checkSplitMarker(llvm::ArrayRef<char *> args,
                                     llvm::raw_ostream &errors);

/// Registers a handler on `context` for diagnostics located in very long
/// source lines, such as JSON written on one line. It prints only a window
/// of the line around the column, so many diagnostics on one line do not
/// repeat the whole line. It also prints, without a source line, diagnostics
/// located in files that are not regular files (devices, pipes, terminals),
/// which MLIR's handler would read without end. Diagnostics in short lines
/// of regular files are left to the handlers registered earlier, which print
/// them as usual.
void registerLongLineDiagnosticHandler(mlir::MLIRContext &context,
                                       llvm::raw_ostream &os = llvm::errs());

} // namespace dfg

#endif // DFG_SUPPORT_TOOLSUPPORT_H
