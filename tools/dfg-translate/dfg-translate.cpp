//===- dfg-translate.cpp - The dfg translation driver -----------*- C++ -*-===//
//
// This file implements dfg-translate, which imports AReaL dataflow graphs
// from JSON into the dfg dialect and exports dfg graphs as JSON or Graphviz
// DOT.
//
//===----------------------------------------------------------------------===//

#include "dfg/Translate/Translations.h"

#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <vector>

int main(int argc, char **argv) {
  dfg::registerTranslations();

  // Imported IR carries the JSON position of every graph and MFC, so that
  // `dfg-translate --import-dfg-json g.json | dfg-opt --dfg-pipeline`
  // reports errors at g.json:LINE:COLUMN. An explicit
  // --mlir-print-debuginfo=false, given later, turns this off.
  std::vector<char *> args(argv, argv + argc);
  static char printLocations[] = "--mlir-print-debuginfo";
  bool importing = false;
  for (llvm::StringRef arg : llvm::ArrayRef<char *>(argv, argc).drop_front())
    importing |= arg == "--import-dfg-json" || arg == "-import-dfg-json";
  if (importing)
    args.insert(args.begin() + 1, printLocations);

  return mlir::failed(mlir::mlirTranslateMain(
      static_cast<int>(args.size()), args.data(), "dfg translation driver\n"));
}
