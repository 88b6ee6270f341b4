//===- dfg-opt.cpp - The dfg pass driver ------------------------*- C++ -*-===//
//
// This file implements dfg-opt, which parses .mlir files, runs dfg passes
// and pipelines on them, and prints the result.
//
//===----------------------------------------------------------------------===//

#include "dfg/IR/DFGDialect.h"
#include "dfg/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/StringRef.h"

#include <vector>

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  registry.insert<dfg::DFGDialect>();

  dfg::registerPasses();

  // Only the generic passes that are useful on dfg graphs.
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  mlir::registerSymbolDCEPass();
  mlir::registerViewOpGraphPass();

  // A diagnostic already points at the op in the user's file, so the
  // generic form of the op that MLIR appends by default is noise. The flag
  // stays available: a later --mlir-print-op-on-diagnostic wins.
  std::vector<char *> args(argv, argv + argc);
  static char quietDiagnostics[] = "--mlir-print-op-on-diagnostic=false";
  args.insert(args.begin() + 1, quietDiagnostics);

  return mlir::asMainReturnCode(
      mlir::MlirOptMain(static_cast<int>(args.size()), args.data(),
                        "dfg optimizer and verifier driver\n", registry));
}
