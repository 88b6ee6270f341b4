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

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  registry.insert<dfg::DFGDialect>();

  dfg::registerPasses();

  // Only the generic passes that are useful on dfg graphs.
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  mlir::registerSymbolDCEPass();
  mlir::registerViewOpGraphPass();

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "dfg optimizer and verifier driver\n", registry));
}
