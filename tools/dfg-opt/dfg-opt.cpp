//===- dfg-opt.cpp - The dfg pass driver ------------------------*- C++ -*-===//
//
// This file implements dfg-opt, which parses .mlir files, runs dfg passes
// and pipelines on them, and prints the result.
//
// It drives MlirOptMain on an input it has read itself, so that it can
// reject input nested too deeply for MLIR's recursive parser. It opens the
// output file only after success: a failed run leaves no partial file and
// never truncates an input that is also the output.
//
//===----------------------------------------------------------------------===//

#include "dfg/IR/DFGDialect.h"
#include "dfg/Support/ToolSupport.h"
#include "dfg/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/ToolOutputFile.h"

#include <string>
#include <vector>

/// Runs dfg-opt; main runs it on a thread with a large stack.
static int runTool(int argc, char **argv) {
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
  int argCount = static_cast<int>(args.size());

  if (mlir::failed(dfg::checkSplitMarker(args, llvm::errs())))
    return 1;
  // The passes rely on the verifier: a graph that fails it, such as a hook
  // naming no MFC, must never reach them.
  for (llvm::StringRef arg : llvm::ArrayRef<char *>(args).drop_front())
    if (arg.contains("disable-verifier-on-parsing")) {
      llvm::errs() << "error: dfg-opt does not support " << arg
                   << ", because the dfg passes expect verified graphs\n";
      return 1;
    }

  auto [inputFilename, outputFilename] = mlir::registerAndParseCLIOptions(
      argCount, args.data(), "dfg optimizer and verifier driver\n", registry);
  mlir::MlirOptMainConfig config = mlir::MlirOptMainConfig::createFromCLOptions();
  if (config.shouldShowDialects() || config.shouldListPasses())
    return mlir::asMainReturnCode(mlir::MlirOptMain(
        argCount, args.data(), inputFilename, outputFilename, registry));

  // Diagnostics in very long lines, such as those of JSON written on one
  // line, show a window of the line instead of the whole line, and those in
  // devices or pipes show no line. The handler is registered when the parser
  // loads the dfg dialect, before any dfg op can fail to verify.
  if (!config.shouldVerifyDiagnostics())
    registry.addExtension(+[](mlir::MLIRContext *context, dfg::DFGDialect *) {
      dfg::registerLongLineDiagnosticHandler(*context);
    });

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> input =
      mlir::openInputFile(inputFilename, &errorMessage);
  if (!input) {
    llvm::errs() << errorMessage << "\n";
    return 1;
  }
  if (mlir::failed(dfg::checkIRNesting(*input, llvm::errs())))
    return 1;

  std::string result;
  llvm::raw_string_ostream resultStream(result);
  if (mlir::failed(
          mlir::MlirOptMain(resultStream, std::move(input), registry, config)))
    return 1;

  std::unique_ptr<llvm::ToolOutputFile> output =
      mlir::openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << errorMessage << "\n";
    return 1;
  }
  output->os() << result;
  output->keep();
  return 0;
}

int main(int argc, char **argv) {
  return dfg::runWithLargeStack([&] { return runTool(argc, argv); });
}
