//===- JsonLocatorTest.cpp - Tests for JsonLocator --------------*- C++ -*-===//
//
// This file tests the JSON path helpers and the positions that JsonLocator
// records for values and member keys.
//
//===----------------------------------------------------------------------===//

#include "dfg/Translate/JsonLocator.h"

#include "llvm/Support/JSON.h"
#include "gtest/gtest.h"

#include <set>
#include <string>
#include <vector>

using namespace dfg;

namespace {

/// Formats a position as "line:column" so that a failed check prints both.
std::string at(JsonPosition position) {
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

//===----------------------------------------------------------------------===//
// Path helpers
//===----------------------------------------------------------------------===//

TEST(JsonPathTest, RootMemberIsBareName) {
  EXPECT_EQ(appendMember("", "mfcs"), "mfcs");
}

TEST(JsonPathTest, NestedMembersAndIndices) {
  std::string path = appendMember(appendIndex("mfcs", 3), "model_name");
  EXPECT_EQ(appendMember(path, "role"), "mfcs[3].model_name.role");
}

TEST(JsonPathTest, IndexAtRoot) { EXPECT_EQ(appendIndex("", 0), "[0]"); }

TEST(JsonPathTest, IndexAfterIndex) {
  EXPECT_EQ(appendIndex(appendIndex("graphs", 0), 12), "graphs[0][12]");
}

TEST(JsonPathTest, AmbiguousNamesAreQuoted) {
  EXPECT_EQ(appendMember("args", "a.b"), "args[\"a.b\"]");
  EXPECT_EQ(appendMember("", "x[0]"), "[\"x[0]\"]");
  EXPECT_EQ(appendMember("args", ""), "args[\"\"]");
}

TEST(JsonPathTest, QuotedNamesAreEscaped) {
  EXPECT_EQ(appendMember("a", "say \"hi\""), "a[\"say \\\"hi\\\"\"]");
  EXPECT_EQ(appendMember("a", "back\\slash"), "a[\"back\\\\slash\"]");
  EXPECT_EQ(appendMember("a", "line\nbreak"), "a[\"line\\nbreak\"]");
  EXPECT_EQ(appendMember("a", std::string("\x01", 1)), "a[\"\\u0001\"]");
}

TEST(JsonPathTest, UnicodeNameIsPlain) {
  EXPECT_EQ(appendMember("a", "r\xC3\xB4le"), "a.r\xC3\xB4le");
}

//===----------------------------------------------------------------------===//
// Values and keys
//===----------------------------------------------------------------------===//

const char *nestedDocument =
    "{\n"
    "  \"graph\": \"ppo\",\n"
    "  \"mfcs\": [\n"
    "    {\"name\": \"gen\", \"model_name\": {\"role\": 7}},\n"
    "    {\"pre_hooks\": [[1, 2], {\"k\": null}]}\n"
    "  ]\n"
    "}\n";

TEST(JsonLocatorTest, RootStartsDocument) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("")), "1:1");
}

TEST(JsonLocatorTest, RootAfterWhitespace) {
  JsonLocator locator("\n\n   [1]");
  EXPECT_EQ(at(locator.lookup("")), "3:4");
}

TEST(JsonLocatorTest, RootMembers) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("graph")), "2:12");
  EXPECT_EQ(at(locator.lookup("mfcs")), "3:11");
}

TEST(JsonLocatorTest, ArrayElements) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("mfcs[0]")), "4:5");
  EXPECT_EQ(at(locator.lookup("mfcs[1]")), "5:5");
}

TEST(JsonLocatorTest, MembersOfElements) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("mfcs[0].name")), "4:14");
  EXPECT_EQ(at(locator.lookup("mfcs[0].model_name")), "4:35");
  EXPECT_EQ(at(locator.lookup("mfcs[0].model_name.role")), "4:44");
}

TEST(JsonLocatorTest, NestedArrays) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("mfcs[1].pre_hooks")), "5:19");
  EXPECT_EQ(at(locator.lookup("mfcs[1].pre_hooks[0]")), "5:20");
  EXPECT_EQ(at(locator.lookup("mfcs[1].pre_hooks[0][1]")), "5:24");
  EXPECT_EQ(at(locator.lookup("mfcs[1].pre_hooks[1].k")), "5:34");
}

TEST(JsonLocatorTest, MemberKeys) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookupKey("graph")), "2:3");
  EXPECT_EQ(at(locator.lookupKey("mfcs[0].model_name")), "4:21");
  EXPECT_EQ(at(locator.lookupKey("mfcs[0].model_name.role")), "4:36");
}

TEST(JsonLocatorTest, KeyOfElementIsValue) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookupKey("mfcs[1]")), "5:5");
  EXPECT_EQ(at(locator.lookupKey("")), "1:1");
}

TEST(JsonLocatorTest, ScalarRoot) {
  JsonLocator locator("  42");
  EXPECT_EQ(at(locator.lookup("")), "1:3");
  EXPECT_EQ(at(locator.lookup("a")), "1:3");
}

TEST(JsonLocatorTest, EmptyContainers) {
  JsonLocator locator("{\"a\": [], \"b\": {}, \"c\": [[], {}, 3]}");
  EXPECT_EQ(at(locator.lookup("b")), "1:16");
  EXPECT_EQ(at(locator.lookup("c[1]")), "1:30");
  EXPECT_EQ(at(locator.lookup("c[2]")), "1:34");
}

//===----------------------------------------------------------------------===//
// Strings, escapes and line ends
//===----------------------------------------------------------------------===//

TEST(JsonLocatorTest, EscapedQuoteInString) {
  JsonLocator locator("{\"a\": \"x\\\"\", \"b\": 1}");
  EXPECT_EQ(at(locator.lookup("b")), "1:19");
}

TEST(JsonLocatorTest, EscapedBackslashBeforeQuote) {
  // The string "\\" ends at its second quote, so "b" is a key.
  JsonLocator locator("{\"a\": \"\\\\\", \"b\": 1}");
  EXPECT_EQ(at(locator.lookup("b")), "1:18");
}

TEST(JsonLocatorTest, UnicodeEscapeInString) {
  JsonLocator locator("{\"a\": \"\\u00e9\\u0022\", \"b\": 1}");
  EXPECT_EQ(at(locator.lookup("b")), "1:28");
}

TEST(JsonLocatorTest, EscapedKeyIsUnescaped) {
  JsonLocator locator("{\"\\u0062\": 1, \"q\\\"t\": 2}");
  EXPECT_EQ(at(locator.lookup("b")), "1:12");
  EXPECT_EQ(at(locator.lookupKey("b")), "1:2");
  EXPECT_EQ(at(locator.lookup(appendMember("", "q\"t"))), "1:23");
}

TEST(JsonLocatorTest, SurrogatePairKey) {
  // U+1F600 is F0 9F 98 80 in UTF-8.
  JsonLocator locator("{\"\\ud83d\\ude00\": 1}");
  EXPECT_EQ(at(locator.lookup("\xF0\x9F\x98\x80")), "1:18");
}

TEST(JsonLocatorTest, UnpairedSurrogateKey) {
  // llvm::json::parse replaces an unpaired surrogate with U+FFFD (EF BF BD).
  JsonLocator locator("{\"\\ud83dx\": 1}");
  EXPECT_EQ(at(locator.lookup("\xEF\xBF\xBDx")), "1:13");
}

TEST(JsonLocatorTest, QuotedPathSegments) {
  JsonLocator locator("{\"a.b\": {\"\": [0, {\"x[1]\": true}]}}");
  std::string path = appendMember(appendMember("", "a.b"), "");
  EXPECT_EQ(at(locator.lookup(path)), "1:14");
  path = appendMember(appendIndex(path, 1), "x[1]");
  EXPECT_EQ(at(locator.lookup(path)), "1:27");
}

TEST(JsonLocatorTest, MultibyteColumnsCountBytes) {
  // "é" is two bytes and "€" is three.
  JsonLocator locator("{\"a\": \"\xC3\xA9\xE2\x82\xAC\", \"\xC3\xA9\": 2}");
  EXPECT_EQ(at(locator.lookupKey("\xC3\xA9")), "1:16");
  EXPECT_EQ(at(locator.lookup("\xC3\xA9")), "1:22");
}

TEST(JsonLocatorTest, CrLfIsOneLineBreak) {
  JsonLocator locator("{\r\n  \"a\": 1,\r\n  \"b\": [\r\n    true\r\n  ]\r\n}");
  EXPECT_EQ(at(locator.lookup("a")), "2:8");
  EXPECT_EQ(at(locator.lookupKey("b")), "3:3");
  EXPECT_EQ(at(locator.lookup("b[0]")), "4:5");
}

TEST(JsonLocatorTest, TabsAreOneColumn) {
  JsonLocator locator("{\n\t\t\"a\": 1}");
  EXPECT_EQ(at(locator.lookupKey("a")), "2:3");
}

//===----------------------------------------------------------------------===//
// Deep nesting
//===----------------------------------------------------------------------===//

TEST(JsonLocatorTest, DeepArrays) {
  const size_t depth = 100000;
  std::string text = std::string(depth, '[') + "1" + std::string(depth, ']');
  JsonLocator locator(text);

  std::string path;
  for (size_t i = 0; i < depth; ++i)
    path += "[0]";
  EXPECT_EQ(at(locator.lookup(path)), "1:100001");
  path.resize(path.size() - 3);
  EXPECT_EQ(at(locator.lookup(path)), "1:100000");
}

TEST(JsonLocatorTest, DeepObjects) {
  const size_t depth = 100000;
  std::string text;
  for (size_t i = 0; i < depth; ++i)
    text += "{\"a\":";
  text += "null" + std::string(depth, '}');
  JsonLocator locator(text);

  std::string path = "a";
  for (size_t i = 1; i < depth; ++i)
    path += ".a";
  EXPECT_EQ(at(locator.lookup(path)), "1:500001");
  EXPECT_EQ(at(locator.lookupKey(path)), "1:499997");
}

//===----------------------------------------------------------------------===//
// Fallback and duplicates
//===----------------------------------------------------------------------===//

TEST(JsonLocatorTest, UnknownMemberFallsBack) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("mfcs[0].model_name.replica_id")), "4:35");
  EXPECT_EQ(at(locator.lookup("mfcs[0].missing.role")), "4:5");
}

TEST(JsonLocatorTest, IndexOutOfRangeFallsBack) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("mfcs[7].name")), "3:11");
}

TEST(JsonLocatorTest, IndexIntoObjectFallsBack) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("mfcs[0][0]")), "4:5");
}

TEST(JsonLocatorTest, UnknownRootMemberIsRoot) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("graphs[0]")), "1:1");
}

TEST(JsonLocatorTest, MalformedPathFallsBack) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookup("mfcs..x")), "3:11");
  EXPECT_EQ(at(locator.lookup("mfcs[x]")), "3:11");
  EXPECT_EQ(at(locator.lookup("mfcs[0")), "3:11");
  EXPECT_EQ(at(locator.lookup(".graph")), "1:1");
}

TEST(JsonLocatorTest, UnknownKeyFallsBackToValue) {
  JsonLocator locator(nestedDocument);
  EXPECT_EQ(at(locator.lookupKey("mfcs[0].model_name.replica_id")), "4:35");
}

TEST(JsonLocatorTest, DuplicateKeyKeepsFirst) {
  JsonLocator locator("{\"a\": {\"x\": 1}, \"a\": {\"y\": 2}}");
  EXPECT_EQ(at(locator.lookup("a")), "1:7");
  EXPECT_EQ(at(locator.lookupKey("a")), "1:2");
  EXPECT_EQ(at(locator.lookup("a.x")), "1:13");
}

TEST(JsonLocatorTest, DuplicateContentsNotRecorded) {
  JsonLocator locator("{\"a\": {\"x\": 1}, \"a\": {\"y\": 2}}");
  EXPECT_EQ(at(locator.lookup("a.y")), "1:7");
}

TEST(JsonLocatorTest, SameKeyInSiblingObjects) {
  JsonLocator locator("[{\"k\": 1}, {\"k\": 2}]");
  EXPECT_EQ(at(locator.lookup("[0].k")), "1:8");
  EXPECT_EQ(at(locator.lookup("[1].k")), "1:18");
}

//===----------------------------------------------------------------------===//
// Agreement with llvm::json::parse
//===----------------------------------------------------------------------===//

/// Returns the byte offset of `position` in `text`, counting only LF as a
/// line break.
size_t offsetOf(llvm::StringRef text, JsonPosition position) {
  size_t offset = 0;
  for (unsigned line = 1; line < position.line; ++line)
    offset = text.find('\n', offset) + 1;
  return offset + position.column - 1;
}

/// Returns the bytes that can start a JSON value of the kind of `value`.
llvm::StringRef startBytesOf(const llvm::json::Value &value) {
  switch (value.kind()) {
  case llvm::json::Value::Null:
    return "n";
  case llvm::json::Value::Boolean:
    return "tf";
  case llvm::json::Value::Number:
    return "-0123456789";
  case llvm::json::Value::String:
    return "\"";
  case llvm::json::Value::Array:
    return "[";
  case llvm::json::Value::Object:
    return "{";
  }
  return "";
}

/// Appends (path, value) for `value` and every value inside it.
void collectPaths(
    const std::string &path, const llvm::json::Value &value,
    std::vector<std::pair<std::string, const llvm::json::Value *>> &out) {
  out.emplace_back(path, &value);
  if (const llvm::json::Array *array = value.getAsArray()) {
    for (size_t i = 0; i < array->size(); ++i)
      collectPaths(appendIndex(path, i), (*array)[i], out);
  } else if (const llvm::json::Object *object = value.getAsObject()) {
    for (const auto &member : *object)
      collectPaths(appendMember(path, member.first), member.second, out);
  }
}

TEST(JsonLocatorTest, EveryParsedPathResolves) {
  llvm::StringRef text =
      "{\r\n"
      "  \"mfcs\": [{\"name\": \"gen\", \"hooks\": [[1, 2], {\"k\": "
      "null}]}],\r\n"
      "  \"\\u0061.b\": {\"\\\\\": [-1.5e3, \"\xE2\x82\xAC\\n\", false]},\r\n"
      "  \"\": {\"[\": [], \"q\\\"\": true}\r\n"
      "}\r\n";
  llvm::Expected<llvm::json::Value> parsed = llvm::json::parse(text);
  ASSERT_TRUE(static_cast<bool>(parsed)) << llvm::toString(parsed.takeError());

  std::vector<std::pair<std::string, const llvm::json::Value *>> paths;
  collectPaths("", *parsed, paths);
  ASSERT_EQ(paths.size(), 18u);

  // Each value must resolve to its own offset, at a byte that can start a
  // value of its kind, and each member key must resolve to a quote.
  JsonLocator locator(text);
  std::set<size_t> offsets;
  for (const auto &[path, value] : paths) {
    size_t offset = offsetOf(text, locator.lookup(path));
    ASSERT_LT(offset, text.size()) << path;
    EXPECT_NE(startBytesOf(*value).find(text[offset]), llvm::StringRef::npos)
        << path << " resolved to byte '" << text[offset] << "'";
    EXPECT_TRUE(offsets.insert(offset).second) << path;

    size_t keyOffset = offsetOf(text, locator.lookupKey(path));
    if (keyOffset != offset) {
      EXPECT_EQ(text[keyOffset], '"') << path;
    }
  }
}

TEST(JsonLocatorTest, EscapedKeyPositions) {
  llvm::StringRef text = "{\"a\": {\"b\\u0063\": [1, {\"d e\": 2}]}}";
  JsonLocator locator(text);
  EXPECT_EQ(at(locator.lookupKey("a.bc")), "1:8");
  EXPECT_EQ(at(locator.lookupKey("a.bc[1].d e")), "1:24");
}

} // namespace
