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
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Signals.h"
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

  if (mlir::failed(dfg::checkSplitMarker(args, llvm::errs())))
    return 1;

  // mlirTranslateMain would run several translations one after another on
  // an unnamed intermediate buffer, so their errors could not be located.
  bool importing = false;
  unsigned translations = 0;
  for (llvm::StringRef arg : llvm::ArrayRef<char *>(args).drop_front()) {
    llvm::StringRef name = arg.ltrim('-');
    importing |= name == "import-dfg-json";
    translations += name == "import-dfg-json" || name == "export-dfg-json" ||
                    name == "export-dfg-dot";
  }
  if (translations > 1) {
    llvm::errs() << "error: give exactly one of --import-dfg-json, "
                    "--export-dfg-json and --export-dfg-dot; to chain them, "
                    "pipe one dfg-translate into another\n";
    return 1;
  }

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
  bool outputGiven = false;
  for (size_t i = 1; i < args.size(); ++i) {
    llvm::StringRef arg = args[i];
    bool separate = (arg == "-o" || arg == "--o") && i + 1 < args.size();
    bool joined = arg.starts_with("-o=") || arg.starts_with("--o=");
    if (!separate && !joined)
      continue;
    outputPath = separate ? args[i + 1] : arg.split('=').second.str();
    outputGiven = outputPath != "-";
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

  // Standard output gets the translation only after success too: with
  // --split-input-file, mlirTranslateMain writes each chunk as it goes.
  bool toStandardOutput = !outputGiven;
  if (toStandardOutput) {
    llvm::SmallString<128> path;
    if (std::error_code error =
            llvm::sys::fs::createTemporaryFile("dfg-translate", "out", path)) {
      llvm::errs() << "error: cannot create a temporary file: "
                   << error.message() << "\n";
      return 1;
    }
    temporaryPath = path.str().str();
    llvm::sys::RemoveFileOnSignal(temporaryPath);
    temporaryOption = "-o=" + temporaryPath;
    // A later -o wins in llvm::cl, so an explicit "-o -" is overridden.
    args.push_back(temporaryOption.data());
  }

  mlir::LogicalResult result = mlir::mlirTranslateMain(
      static_cast<int>(args.size()), args.data(), "dfg translation driver\n");
  if (toStandardOutput) {
    int status = 1;
    if (mlir::succeeded(result)) {
      auto buffer = llvm::MemoryBuffer::getFile(temporaryPath);
      if (buffer) {
        llvm::outs() << (*buffer)->getBuffer();
        llvm::outs().flush();
        status = 0;
      } else {
        llvm::errs() << "error: cannot read the translation back: "
                     << buffer.getError().message() << "\n";
      }
    }
    llvm::sys::fs::remove(temporaryPath);
    llvm::sys::DontRemoveFileOnSignal(temporaryPath);
    return status;
  }
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
