//===- JsonLocator.cpp - Source positions of JSON values --------*- C++ -*-===//
//
// This file implements JsonLocator. The constructor makes one pass over the
// JSON text without recursion and records each value as a node in a tree
// whose edges are member names and array indices. Keying nodes by
// (parent, segment) instead of by the full path string keeps memory linear in
// the number of values, even for deeply nested documents, where the full
// paths would add up to quadratic size.
//
//===----------------------------------------------------------------------===//

#include "dfg/Translate/JsonLocator.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

#include <cassert>
#include <optional>

using namespace dfg;
using llvm::StringRef;

/// Node id of a value that is not recorded, which is a later duplicate of an
/// object member or any value inside one.
static constexpr uint32_t noNode = UINT32_MAX;

//===----------------------------------------------------------------------===//
// Path helpers
//===----------------------------------------------------------------------===//

/// Returns true if `name` can be written after a `.` without making the path
/// ambiguous.
static bool isPlainMemberName(StringRef name) {
  if (name.empty())
    return false;
  for (char c : name) {
    if (static_cast<unsigned char>(c) < 0x20)
      return false;
    if (c == '.' || c == '[' || c == ']' || c == '"' || c == '\\')
      return false;
  }
  return true;
}

/// Appends `name` to `out` as a JSON string literal.
static void appendStringLiteral(std::string &out, StringRef name) {
  static const char hexDigits[] = "0123456789abcdef";
  out += '"';
  for (char c : name) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        out += "\\u00";
        out += hexDigits[(c >> 4) & 0xf];
        out += hexDigits[c & 0xf];
      } else {
        out += c;
      }
      break;
    }
  }
  out += '"';
}

/// Decodes the JSON string literal `literal`, quotes included, with
/// llvm::json::parse, so that escapes and unpaired surrogates are decoded
/// exactly as in the document the importer reads. Returns std::nullopt if
/// `literal` is not a valid string literal.
static std::optional<std::string> decodeStringLiteral(StringRef literal) {
  llvm::Expected<llvm::json::Value> value = llvm::json::parse(literal);
  if (!value) {
    llvm::consumeError(value.takeError());
    return std::nullopt;
  }
  std::optional<StringRef> decoded = value->getAsString();
  if (!decoded)
    return std::nullopt;
  return decoded->str();
}

std::string dfg::appendMember(StringRef parent, StringRef name) {
  std::string path;
  path.reserve(parent.size() + name.size() + 4);
  path += parent;
  if (!isPlainMemberName(name)) {
    path += '[';
    appendStringLiteral(path, name);
    path += ']';
    return path;
  }
  if (!parent.empty())
    path += '.';
  path += name;
  return path;
}

std::string dfg::appendIndex(StringRef parent, size_t index) {
  std::string path;
  path.reserve(parent.size() + 8);
  path += parent;
  path += '[';
  path += std::to_string(index);
  path += ']';
  return path;
}

//===----------------------------------------------------------------------===//
// Scanner
//===----------------------------------------------------------------------===//

class JsonLocator::Scanner {
public:
  Scanner(JsonLocator &locator, StringRef text)
      : locator(locator), begin(text.begin()), cursor(text.begin()),
        end(text.end()), lineStart(text.begin()) {}

  /// Records the root value and every value inside it.
  void run();

private:
  /// An array or object that is open at the cursor.
  struct Frame {
    uint32_t node;
    /// Index of the element being scanned. Unused for objects.
    uint32_t index;
    bool isArray;
  };

  JsonPosition position() const {
    return {line, static_cast<unsigned>(cursor - lineStart) + 1,
            static_cast<unsigned>(cursor - begin)};
  }

  void skipWhitespace();
  bool skipString(bool &hasEscape);
  void skipScalar();
  bool startChild(uint32_t &node);
  bool finishValue(uint32_t &node);
  uint32_t addElement(uint32_t parent, uint32_t index, JsonPosition value);
  uint32_t addMember(uint32_t parent, StringRef keyLiteral, bool hasEscape,
                     JsonPosition key, JsonPosition value);

  JsonLocator &locator;
  const char *begin;
  const char *cursor;
  const char *end;
  /// First byte of the line that contains the cursor.
  const char *lineStart;
  unsigned line = 1;
  llvm::SmallVector<Frame, 32> stack;
};

void JsonLocator::Scanner::run() {
  skipWhitespace();
  JsonPosition rootPosition = position();
  locator.nodes.push_back({rootPosition, rootPosition});

  // Each iteration scans the value that starts at the cursor, whose node is
  // `node`. An array or object only pushes a frame here, and finishValue()
  // then moves the cursor to the start of the next value.
  uint32_t node = 0;
  while (cursor != end) {
    char c = *cursor;
    if (c == '[' || c == '{') {
      stack.push_back({node, 0, c == '['});
      ++cursor;
      skipWhitespace();
      if (cursor == end)
        return;
      if (*cursor != ']' && *cursor != '}') {
        if (!startChild(node))
          return;
        continue;
      }
      // An empty array or object is complete, so let finishValue() pop it.
    } else if (c == '"') {
      bool hasEscape = false;
      if (!skipString(hasEscape))
        return;
    } else {
      skipScalar();
    }
    if (!finishValue(node))
      return;
  }
}

void JsonLocator::Scanner::skipWhitespace() {
  for (; cursor != end; ++cursor) {
    char c = *cursor;
    if (c == '\n') {
      ++line;
      lineStart = cursor + 1;
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\r')
      return;
  }
}

/// Moves the cursor from the opening quote of a string past its closing
/// quote, and sets `hasEscape` if the string contains a backslash. Returns
/// false if the text ends first.
bool JsonLocator::Scanner::skipString(bool &hasEscape) {
  ++cursor;
  while (cursor != end) {
    char c = *cursor++;
    if (c == '"')
      return true;
    if (c == '\\') {
      // The escaped byte cannot end the string. The hex digits of \uXXXX
      // need no special handling because they are never quotes.
      hasEscape = true;
      if (cursor == end)
        return false;
      ++cursor;
      continue;
    }
    // JSON forbids raw line feeds in strings, but counting them keeps the
    // line numbers right if one slips through.
    if (c == '\n') {
      ++line;
      lineStart = cursor;
    }
  }
  return false;
}

/// Moves the cursor past a number, `true`, `false` or `null`.
void JsonLocator::Scanner::skipScalar() {
  while (cursor != end) {
    char c = *cursor;
    bool isScalarByte = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                        c == 'E' || c == '+' || c == '-' || c == '.';
    if (!isScalarByte)
      return;
    ++cursor;
  }
}

/// Records the next child of the innermost open array or object and moves
/// the cursor to the start of its value. For an object member, this reads the
/// key and the colon first. Sets `node` to the child's node and returns false
/// on a syntax error.
bool JsonLocator::Scanner::startChild(uint32_t &node) {
  const Frame &frame = stack.back();
  if (frame.isArray) {
    node = addElement(frame.node, frame.index, position());
    return true;
  }

  if (cursor == end || *cursor != '"')
    return false;
  JsonPosition keyPosition = position();
  const char *keyBegin = cursor;
  bool hasEscape = false;
  if (!skipString(hasEscape))
    return false;
  StringRef keyLiteral(keyBegin, cursor - keyBegin);

  skipWhitespace();
  if (cursor == end || *cursor != ':')
    return false;
  ++cursor;
  skipWhitespace();
  node = addMember(frame.node, keyLiteral, hasEscape, keyPosition, position());
  return true;
}

/// Moves the cursor from the end of a value to the start of the next value,
/// closing every array and object that ends in between. Returns false when
/// the document is complete or on a syntax error.
bool JsonLocator::Scanner::finishValue(uint32_t &node) {
  while (!stack.empty()) {
    skipWhitespace();
    if (cursor == end)
      return false;
    Frame &frame = stack.back();
    char c = *cursor++;
    if (c == ',') {
      skipWhitespace();
      ++frame.index;
      return startChild(node);
    }
    if (c != (frame.isArray ? ']' : '}'))
      return false;
    stack.pop_back();
  }
  return false;
}

uint32_t JsonLocator::Scanner::addElement(uint32_t parent, uint32_t index,
                                          JsonPosition value) {
  if (parent == noNode)
    return noNode;
  uint32_t id = locator.nodes.size();
  locator.nodes.push_back({value, value});
  locator.elements.try_emplace({parent, index}, id);
  return id;
}

uint32_t JsonLocator::Scanner::addMember(uint32_t parent, StringRef keyLiteral,
                                         bool hasEscape, JsonPosition key,
                                         JsonPosition value) {
  if (parent == noNode)
    return noNode;

  StringRef name = keyLiteral.drop_front().drop_back();
  std::optional<std::string> decodedName;
  if (hasEscape) {
    decodedName = decodeStringLiteral(keyLiteral);
    if (decodedName)
      name = *decodedName;
  }
  uint32_t nameId =
      locator.nameIds.try_emplace(name, locator.nameIds.size()).first->second;

  // The first occurrence of a key wins, so a duplicate and its contents stay
  // unrecorded.
  uint32_t id = locator.nodes.size();
  if (!locator.members.try_emplace({parent, nameId}, id).second)
    return noNode;
  locator.nodes.push_back({value, key});
  return id;
}

//===----------------------------------------------------------------------===//
// JsonLocator
//===----------------------------------------------------------------------===//

JsonLocator::JsonLocator(StringRef text) {
  // Node ids, indices, lines and columns are 32-bit. Every value takes at
  // least one byte, so a smaller text cannot produce noNode as a real id.
  assert(text.size() < UINT32_MAX && "JSON text of 4 GiB or more");
  Scanner(*this, text).run();
}

std::pair<uint32_t, bool> JsonLocator::resolve(StringRef path) const {
  auto findMember = [&](uint32_t parent,
                        StringRef name) -> std::optional<uint32_t> {
    auto nameIt = nameIds.find(name);
    if (nameIt == nameIds.end())
      return std::nullopt;
    auto memberIt = members.find({parent, nameIt->second});
    if (memberIt == members.end())
      return std::nullopt;
    return memberIt->second;
  };

  uint32_t node = 0;
  StringRef rest = path;
  bool atRoot = true;
  while (!rest.empty()) {
    std::optional<uint32_t> child;
    if (rest.starts_with("[\"")) {
      // A quoted member name: find the closing quote, skipping escapes.
      size_t close = 2;
      while (close < rest.size() && rest[close] != '"')
        close += rest[close] == '\\' ? 2 : 1;
      if (close + 1 >= rest.size() || rest[close + 1] != ']')
        return {node, false};
      std::optional<std::string> name =
          decodeStringLiteral(rest.slice(1, close + 1));
      if (!name)
        return {node, false};
      child = findMember(node, *name);
      rest = rest.drop_front(close + 2);
    } else if (rest.starts_with("[")) {
      size_t close = rest.find(']');
      uint64_t index;
      if (close == StringRef::npos ||
          rest.slice(1, close).getAsInteger(10, index) || index >= UINT32_MAX)
        return {node, false};
      auto elementIt = elements.find({node, static_cast<uint32_t>(index)});
      if (elementIt != elements.end())
        child = elementIt->second;
      rest = rest.drop_front(close + 1);
    } else {
      // A plain member name, which follows a `.` unless it is at the root.
      if (!atRoot) {
        if (!rest.consume_front("."))
          return {node, false};
      }
      StringRef name =
          rest.take_until([](char c) { return c == '.' || c == '['; });
      if (name.empty())
        return {node, false};
      child = findMember(node, name);
      rest = rest.drop_front(name.size());
    }

    if (!child)
      return {node, false};
    node = *child;
    atRoot = false;
  }
  return {node, true};
}

JsonPosition JsonLocator::lookup(StringRef path) const {
  return nodes[resolve(path).first].value;
}

JsonPosition JsonLocator::lookupKey(StringRef path) const {
  auto [node, isComplete] = resolve(path);
  return isComplete ? nodes[node].key : nodes[node].value;
}
