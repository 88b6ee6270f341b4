//===- Translations.h - Registration of the dfg translations ----*- C++ -*-===//
//
// This file declares the function that makes the dfg translations available
// to mlirTranslateMain.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_TRANSLATE_TRANSLATIONS_H
#define DFG_TRANSLATE_TRANSLATIONS_H

namespace dfg {

/// Registers `--import-dfg-json`, `--export-dfg-json` and `--export-dfg-dot`
/// with MLIR's translation registry. Calling it more than once is harmless.
void registerTranslations();

} // namespace dfg

#endif // DFG_TRANSLATE_TRANSLATIONS_H
