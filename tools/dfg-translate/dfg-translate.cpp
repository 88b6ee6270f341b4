//===- dfg-translate.cpp - The dfg translation driver -----------*- C++ -*-===//
//
// This file implements dfg-translate, which imports AReaL dataflow graphs
// from JSON into the dfg dialect and exports dfg graphs as JSON or Graphviz
// DOT.
//
//===----------------------------------------------------------------------===//

#include "dfg/Support/ToolSupport.h"
#include "dfg/Translate/Translations.h"

#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

/// Runs dfg-translate; main runs it on a thread with a large stack.
static int runTool(int argc, char **argv) {
  dfg::registerTranslations();

  // Expand response files (@file) first, so that the checks below see every
  // option, including an -o given in such a file.
  llvm::BumpPtrAllocator allocator;
  llvm::StringSaver saver(allocator);
  llvm::SmallVector<const char *> expanded(argv, argv + argc);
  if (!llvm::cl::ExpandResponseFiles(saver, llvm::cl::TokenizeGNUCommandLine,
                                     expanded)) {
    llvm::errs() << "error: cannot read a response file named on the "
                    "command line\n";
    return 1;
  }
  std::vector<char *> args;
  for (const char *arg : expanded)
    args.push_back(const_cast<char *>(arg));

  bool importing = false;
  for (llvm::StringRef arg : llvm::ArrayRef<char *>(args).drop_front())
    importing |= arg == "--import-dfg-json" || arg == "-import-dfg-json";

  // Imported IR carries the JSON position of every graph and MFC, so that
  // `dfg-translate --import-dfg-json g.json | dfg-opt --dfg-pipeline`
  // reports errors at g.json:LINE:COLUMN. An explicit
  // --mlir-print-debuginfo=false, given later, turns this off.
  static char printLocations[] = "--mlir-print-debuginfo";
  if (importing)
    args.insert(args.begin() + 1, printLocations);

  // mlirTranslateMain truncates the output file before it translates and
  // deletes it on failure, which destroys the input when both are the same
  // file. When the output is an existing regular file, write to a temporary
  // file next to it instead and move that into place only after success.
  // Devices, pipes and symbolic links are written directly, since renaming
  // onto them would replace them.
  std::string outputPath;
  std::string temporaryPath;
  std::string temporaryOption;
  for (size_t i = 1; i < args.size(); ++i) {
    llvm::StringRef arg = args[i];
    bool separate = (arg == "-o" || arg == "--o") && i + 1 < args.size();
    bool joined = arg.starts_with("-o=") || arg.starts_with("--o=");
    if (!separate && !joined)
      continue;
    outputPath = separate ? args[i + 1] : arg.split('=').second.str();
    llvm::sys::fs::file_status status;
    if (outputPath == "-" ||
        llvm::sys::fs::status(outputPath, status, /*Follow=*/false) ||
        status.type() != llvm::sys::fs::file_type::regular_file)
      break;
    temporaryPath = outputPath + ".dfg-translate-" +
                    std::to_string(llvm::sys::Process::getProcessId()) +
                    ".tmp";
    temporaryOption = "-o=" + temporaryPath;
    if (separate)
      args.erase(args.begin() + i + 1);
    args[i] = temporaryOption.data();
    break;
  }

  mlir::LogicalResult result = mlir::mlirTranslateMain(
      static_cast<int>(args.size()), args.data(), "dfg translation driver\n");
  if (mlir::failed(result) || temporaryPath.empty())
    return mlir::failed(result) ? 1 : 0;
  if (std::error_code error =
          llvm::sys::fs::rename(temporaryPath, outputPath)) {
    llvm::errs() << "error: cannot write " << outputPath << ": "
                 << error.message() << "\n";
    llvm::sys::fs::remove(temporaryPath);
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  return dfg::runWithLargeStack([&] { return runTool(argc, argv); });
}
