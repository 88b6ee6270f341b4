//===- JsonLocator.h - Source positions of JSON values ----------*- C++ -*-===//
//
// This file declares JsonLocator, which maps JSON paths such as
// `mfcs[3].model_name.role` to the line and column where the value starts in
// the JSON text. llvm::json::parse drops source positions, so the importer
// scans the same text a second time with JsonLocator to place its diagnostics.
//
// Path syntax: the root is the empty path "". A member of the root object is
// its bare name (`mfcs`), a deeper member appends `.name`, and an array
// element appends `[index]`, for example `graphs[0].mfcs[2].pre_hooks[1]`.
// A member name that is empty or contains `.`, `[`, `]`, `"`, `\` or a
// control character would make the path ambiguous, so it is written as a
// quoted JSON string in brackets instead, for example `args["a.b"]`.
// appendMember() and appendIndex() build paths in this syntax.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_TRANSLATE_JSONLOCATOR_H
#define DFG_TRANSLATE_JSONLOCATOR_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace dfg {

/// Line and column (both 1-based) of a position in a JSON text, and its byte
/// offset from the start of the text. Columns count bytes, as in
/// mlir::FileLineColLoc. Only LF ends a line, as in llvm::SourceMgr and
/// llvm::json::parse, so a CR LF pair is one line break.
struct JsonPosition {
  unsigned line = 1;
  unsigned column = 1;
  unsigned offset = 0;
};

/// Returns the path of member `name` of the object at path `parent`.
std::string appendMember(llvm::StringRef parent, llvm::StringRef name);

/// Returns the path of element `index` of the array at path `parent`.
std::string appendIndex(llvm::StringRef parent, size_t index);

/// Source positions of the values of one JSON document, keyed by JSON path.
///
/// Member names are matched after unescaping, exactly as llvm::json::parse
/// decodes them, so the key "\u0062" is found under the name `b`.
///
/// When an object contains the same key twice, the first occurrence is
/// recorded, and the later occurrence and every value inside it are not.
/// NOTE: llvm::json::parse keeps the last occurrence, so for a duplicated key
/// the reported position can belong to a different value than the one the
/// importer reads.
///
/// The scan uses an explicit stack, so deeply nested documents cannot
/// overflow the call stack. Positions and node counts are 32-bit, so texts of
/// 4 GiB or more are not supported.
class JsonLocator {
public:
  /// Scans `text`, which must be a JSON document that llvm::json::parse
  /// accepted. On other input the scan stops at the first syntax error, and
  /// the values before it stay recorded. The locator keeps no reference to
  /// `text`.
  explicit JsonLocator(llvm::StringRef text);

  /// Returns the position where the value at `path` starts, or the position
  /// of its nearest recorded ancestor (the document start for an unknown
  /// path).
  JsonPosition lookup(llvm::StringRef path) const;

  /// Returns the position of the member name (the opening quote of the key)
  /// for an object member path. For the root or an array element, returns
  /// the position of the value itself. For an unknown path, falls back to
  /// the value of the nearest recorded ancestor, like lookup().
  JsonPosition lookupKey(llvm::StringRef path) const;

private:
  /// One recorded value. For an array element or the root, `key` equals
  /// `value`.
  struct Node {
    JsonPosition value;
    JsonPosition key;
  };

  /// Resolves as many leading segments of `path` as are recorded. Returns the
  /// deepest node found and whether it is the node for the whole path.
  std::pair<uint32_t, bool> resolve(llvm::StringRef path) const;

  /// The single pass over the text that fills the tables below.
  class Scanner;

  /// Recorded values. Node 0 is the root.
  std::vector<Node> nodes;
  /// Interned member names, so that the member table is keyed by integers.
  llvm::StringMap<uint32_t> nameIds;
  /// Maps (parent node, name id) to the node of an object member.
  llvm::DenseMap<std::pair<uint32_t, uint32_t>, uint32_t> members;
  /// Maps (parent node, index) to the node of an array element.
  llvm::DenseMap<std::pair<uint32_t, uint32_t>, uint32_t> elements;
};

} // namespace dfg

#endif // DFG_TRANSLATE_JSONLOCATOR_H
