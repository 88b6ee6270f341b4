//===- ImportJSON.cpp - Import dataflow graphs from JSON --------*- C++ -*-===//
//
// This file implements the JSON importer. llvm::json::parse reads the values,
// and JsonLocator, a second scan of the same text, gives the line and column
// of each value, so that every diagnostic points at the value it is about.
// The importer keeps going after an error in one field or one MFC, so that a
// single run reports every problem it can find in a document.
//
//===----------------------------------------------------------------------===//

#include "dfg/Translate/ImportJSON.h"
#include "dfg/IR/DFGOps.h"
#include "dfg/Translate/ExportJSON.h"
#include "dfg/Translate/JsonLocator.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SourceMgr.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

using namespace mlir;
using namespace dfg;
namespace json = llvm::json;
using llvm::StringLiteral;

/// The maximum nesting depth of arrays and objects that the importer accepts.
/// llvm::json::parse, the conversion of interface arguments and MLIR's
/// attribute printer all recurse once per level, so a deeper document could
/// exhaust the stack. The interface arguments of the corpus graphs under
/// test/Corpus nest at most five levels deep.
static constexpr unsigned maxNestingDepth = 512;

/// The members of each kind of JSON object, in schema order. Messages about
/// unknown fields list them in this order.
static constexpr StringLiteral documentFields[] = {"graphs"};
// "analysis" is what --export-dfg-json adds after the analyses ran. The
// importer accepts and ignores it, because dfg-pipeline computes it anew.
static constexpr StringLiteral graphFields[] = {"graph", "source", "mfcs",
                                                "analysis"};
static constexpr StringLiteral mfcFields[] = {"name",
                                              "n_seqs",
                                              "interface_type",
                                              "interface_impl",
                                              "model_name",
                                              "input_keys",
                                              "output_keys",
                                              "input_key_remap",
                                              "output_key_remap",
                                              "mb_spec",
                                              "min_n_seqs_per_pass",
                                              "log_return_value",
                                              "pre_hooks",
                                              "post_hooks"};
static constexpr StringLiteral implFields[] = {"type_", "args"};
static constexpr StringLiteral modelFields[] = {"role", "replica_id"};
static constexpr StringLiteral mbSpecFields[] = {"n_mbs", "max_tokens_per_mb"};
static constexpr StringLiteral offloadFields[] = {"kind"};
static constexpr StringLiteral paramReallocFields[] = {"kind", "source",
                                                       "target", "eta"};

/// AReaL's MicroBatchSpec defaults.
static constexpr int64_t defaultNumMicroBatches = 1;
static constexpr int64_t defaultMaxTokensPerMicroBatch = 1000000000000;

/// Maximum length of a string value quoted in full in a message. Longer
/// strings are cut.
static constexpr size_t maxQuotedStringLength = 60;

/// Maximum length of a number literal quoted in full in a message. Longer
/// literals, which can have millions of digits, are cut.
static constexpr size_t maxQuotedNumberLength = 40;

/// The UTF-8 encoding of U+FEFF. RFC 8259 forbids writing it at the start of
/// a JSON text but lets readers ignore it there, and some Windows editors
/// write it, so the importer skips it.
static constexpr StringLiteral utf8ByteOrderMark = "\xEF\xBB\xBF";

/// Returns the number literal `literal` for a message, cut after
/// maxQuotedNumberLength characters.
static std::string quoteNumber(StringRef literal) {
  if (literal.size() <= maxQuotedNumberLength)
    return literal.str();
  return (literal.take_front(maxQuotedNumberLength) + "...").str();
}

/// Returns the byte offset of the first array or object nested deeper than
/// maxNestingDepth in `text`, or std::nullopt. Brackets inside strings do not
/// count. Syntax errors are left for llvm::json::parse to report.
static std::optional<size_t> findExcessiveNesting(StringRef text) {
  unsigned depth = 0;
  bool inString = false;
  for (size_t i = 0, e = text.size(); i != e; ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > maxNestingDepth)
        return i;
    } else if ((c == ']' || c == '}') && depth != 0) {
      --depth;
    }
  }
  return std::nullopt;
}

namespace {
/// An object member whose name an earlier member of the same object has.
struct DuplicateMember {
  std::string path;
  size_t offset;
};
} // namespace

/// Returns the end offset of the string literal that starts at `start`.
static size_t skipStringLiteral(StringRef text, size_t start) {
  size_t i = start + 1;
  while (i < text.size() && text[i] != '"')
    i += text[i] == '\\' ? 2 : 1;
  return std::min(i + 1, text.size());
}

/// Finds every object member of `text`, which must be valid JSON, whose name
/// an earlier member of the same object has. llvm::json::parse keeps the
/// last of them and JsonLocator records the first, and JSON readers differ
/// in which one they keep, so the importer rejects such documents.
static SmallVector<DuplicateMember> findDuplicateMembers(StringRef text) {
  // An array or object being scanned.
  struct Frame {
    Frame(bool isObject, std::string path)
        : isObject(isObject), path(std::move(path)) {}

    bool isObject;
    std::string path;
    size_t numElements = 0;
    bool expectName = true;
    std::string memberPath;
    llvm::StringSet<> names;
  };
  SmallVector<DuplicateMember> duplicates;
  SmallVector<Frame> stack;

  // Returns the path of a value that starts at the current position.
  auto pathOfValue = [&]() -> std::string {
    if (stack.empty())
      return "";
    Frame &top = stack.back();
    if (top.isObject)
      return top.memberPath;
    return appendIndex(top.path, top.numElements++);
  };

  for (size_t i = 0, e = text.size(); i < e;) {
    char c = text[i];
    if (c == '"') {
      size_t end = skipStringLiteral(text, i);
      if (!stack.empty() && stack.back().isObject && stack.back().expectName) {
        Frame &top = stack.back();
        // Decode the name exactly as llvm::json::parse does.
        llvm::Expected<json::Value> name = json::parse(text.slice(i, end));
        std::string decoded;
        if (name && name->getAsString())
          decoded = name->getAsString()->str();
        else if (!name)
          llvm::consumeError(name.takeError());
        top.memberPath = appendMember(top.path, decoded);
        if (!top.names.insert(decoded).second)
          duplicates.push_back({top.memberPath, i});
        top.expectName = false;
      } else {
        pathOfValue();
      }
      i = end;
    } else if (c == '{' || c == '[') {
      std::string path = pathOfValue();
      stack.emplace_back(c == '{', std::move(path));
      ++i;
    } else if (c == '}' || c == ']') {
      if (!stack.empty())
        stack.pop_back();
      ++i;
    } else if (c == ',') {
      if (!stack.empty() && stack.back().isObject)
        stack.back().expectName = true;
      ++i;
    } else if (c == ':' || llvm::isSpace(c)) {
      ++i;
    } else {
      // A number, true, false or null.
      pathOfValue();
      while (i < e && !llvm::is_contained(StringRef(",]} \t\r\n"), text[i]))
        ++i;
    }
  }
  return duplicates;
}

namespace {
/// A number literal that llvm::json::parse accepts although JSON's grammar
/// does not allow it.
struct NonstandardNumber {
  size_t offset;
  std::string message;
};
} // namespace

/// Returns whether `c` can appear in a number literal.
static bool isNumberCharacter(char c) {
  return llvm::isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' ||
         c == 'E';
}

/// Checks the number literal `literal`, which llvm::json::parse accepted,
/// against JSON's grammar `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
/// llvm::json reads numbers with strtoll and strtod, which also accept
/// leading zeros (`007`) and a decimal point with no digit on one side
/// (`1.`, `-.5`). Returns a message that names the problem and the number as
/// JSON writes it, or std::nullopt if `literal` follows the grammar.
static std::optional<std::string> checkNumberGrammar(StringRef literal) {
  StringRef rest = literal;
  bool isNegative = rest.consume_front("-");
  StringRef integerDigits = rest.take_while(llvm::isDigit);
  rest = rest.drop_front(integerDigits.size());
  bool hasPoint = rest.consume_front(".");
  StringRef fractionDigits = rest.take_while(llvm::isDigit);
  // strtod rejects an exponent without digits, so the rest is a valid
  // exponent or empty.
  StringRef exponent = rest.drop_front(fractionDigits.size());

  bool hasLeadingZero = integerDigits.size() > 1 && integerDigits[0] == '0';
  bool lacksIntegerDigit = integerDigits.empty();
  bool lacksFractionDigit = hasPoint && fractionDigits.empty();
  if (!hasLeadingZero && !lacksIntegerDigit && !lacksFractionDigit)
    return std::nullopt;

  std::string message = "number " + quoteNumber(literal);
  if (hasLeadingZero)
    message += " has a leading zero, which JSON does not allow";
  else if (lacksIntegerDigit)
    message += " has no digit before the decimal point, which JSON requires";
  else
    message += " has no digit after the decimal point, which JSON requires";

  // The same number as JSON writes it, suggested unless it is too long to
  // quote.
  std::string fixed = isNegative ? "-" : "";
  StringRef significantDigits = integerDigits.ltrim('0');
  fixed += significantDigits.empty() ? StringRef("0") : significantDigits;
  if (hasPoint) {
    fixed += '.';
    fixed += fractionDigits.empty() ? StringRef("0") : fractionDigits;
  }
  fixed += exponent;
  if (fixed.size() <= maxQuotedNumberLength)
    message += "; write " + fixed;
  return message;
}

/// Returns the value of the `\uXXXX` escape at `at` in `literal`, or
/// nothing if there is none.
static std::optional<unsigned> readUnicodeEscape(StringRef literal,
                                                 size_t at) {
  unsigned value;
  if (!literal.drop_front(at).starts_with("\\u") ||
      literal.substr(at + 2, 4).getAsInteger(16, value) ||
      literal.substr(at + 2, 4).size() != 4)
    return std::nullopt;
  return value;
}

/// Reports the first unpaired UTF-16 surrogate escape in the string literal
/// that starts at `start`. llvm::json replaces one with U+FFFD without a
/// word, so two different keys such as "\udfff" and "\udffe" would become
/// the same key.
static void findLoneSurrogate(StringRef text, size_t start, size_t end,
                              SmallVectorImpl<NonstandardNumber> &found) {
  StringRef literal = text.slice(start, end);
  for (size_t i = 1; i + 1 < literal.size(); ++i) {
    if (literal[i] != '\\')
      continue;
    std::optional<unsigned> unit = readUnicodeEscape(literal, i);
    if (!unit) {
      ++i; // Skip the escaped character.
      continue;
    }
    bool high = *unit >= 0xD800 && *unit <= 0xDBFF;
    bool low = *unit >= 0xDC00 && *unit <= 0xDFFF;
    if (high) {
      std::optional<unsigned> next = readUnicodeEscape(literal, i + 6);
      if (next && *next >= 0xDC00 && *next <= 0xDFFF) {
        i += 11;
        continue;
      }
    }
    if (high || low) {
      found.push_back(
          {start + i, ("string has the unpaired UTF-16 surrogate \\u" +
                       literal.substr(i + 2, 4) +
                       ", which is not a character; write the character "
                       "itself or a complete surrogate pair")
                          .str()});
      return;
    }
    i += 5;
  }
}

/// Finds every number literal of `text`, which llvm::json::parse accepted,
/// that JSON's grammar does not allow, and every string with an unpaired
/// surrogate escape.
static SmallVector<NonstandardNumber> findNonstandardNumbers(StringRef text) {
  SmallVector<NonstandardNumber> numbers;
  for (size_t i = 0, e = text.size(); i < e;) {
    char c = text[i];
    if (c == '"') {
      size_t end = skipStringLiteral(text, i);
      findLoneSurrogate(text, i, end, numbers);
      i = end;
      continue;
    }
    if (c != '-' && !llvm::isDigit(c)) {
      ++i;
      continue;
    }
    StringRef literal = text.drop_front(i).take_while(isNumberCharacter);
    if (std::optional<std::string> message = checkNumberGrammar(literal))
      numbers.push_back({i, std::move(*message)});
    i += literal.size();
  }
  return numbers;
}

/// Returns whether the number literal `literal` is zero, such as `0`, `-0.0`
/// or `0e-400`.
static bool isZeroLiteral(StringRef literal) {
  StringRef mantissa = literal.take_until([](char c) {
    return c == 'e' || c == 'E';
  });
  return mantissa.find_first_not_of("-0.") == StringRef::npos;
}

/// Splits llvm::json's parse error text, `[LINE:COLUMN, byte=OFFSET]: MESSAGE`,
/// into its byte offset and message. Returns false if the text has another
/// form.
static bool splitParseError(StringRef text, size_t &offset,
                            StringRef &message) {
  auto [position, rest] = text.split("]: ");
  if (rest.empty())
    return false;
  size_t offsetStart = position.find("byte=");
  if (offsetStart == StringRef::npos ||
      position.drop_front(offsetStart + 5).getAsInteger(10, offset))
    return false;
  message = rest;
  return true;
}

/// Returns the offset of the character that made llvm::json::parse fail,
/// given the offset it reports. The parser reports the offset just past the
/// character it rejected, except at the end of the text and for the errors
/// it detects before reading a character.
/// NOTE: this relies on the wording of LLVM 22's messages; for an unknown
/// message that breaks the rule, the location is off by one character.
/// NOTE: when the rejected character is the last byte of the text, the
/// parser reports the same offset as at the end of the text, so the location
/// is one column past that character.
static size_t findParseErrorOffset(StringRef text, size_t reportedOffset,
                                   StringRef message) {
  if (reportedOffset == 0 || reportedOffset >= text.size())
    return std::min(reportedOffset, text.size());
  if (message == "Text after end of document" ||
      message == "Invalid UTF-8 sequence")
    return reportedOffset;
  return reportedOffset - 1;
}

/// Returns `fields` as `"a", "b", ...` for a message.
static std::string quoteList(ArrayRef<StringLiteral> fields) {
  std::string list;
  llvm::raw_string_ostream os(list);
  llvm::interleaveComma(fields, os,
                        [&](StringRef field) { os << '"' << field << '"'; });
  return list;
}

/// Returns the JSON text of the string `value`, quoted and escaped, and cut
/// after maxQuotedStringLength bytes.
static std::string quoteJsonString(StringRef value) {
  bool cut = value.size() > maxQuotedStringLength;
  // Cutting inside a multi-byte UTF-8 sequence would make llvm::json replace
  // the partial sequence, so back up to the start of a code point.
  size_t length = value.size();
  if (cut) {
    length = maxQuotedStringLength;
    while (length != 0 && (value[length] & 0xC0) == 0x80)
      --length;
  }
  std::string text;
  llvm::raw_string_ostream os(text);
  os << json::Value(value.take_front(length).str());
  if (cut)
    text.insert(text.size() - 1, "...");
  return text;
}

namespace {

/// Converts one JSON document into a module of dfg.graph ops.
class Importer {
public:
  Importer(llvm::SourceMgr &sourceMgr, MLIRContext *context);

  /// Parses the main buffer and builds the module, or returns null after
  /// reporting every problem found.
  OwningOpRef<ModuleOp> run();

private:
  //===--------------------------------------------------------------------===//
  // Locations and diagnostics
  //===--------------------------------------------------------------------===//

  Location locationAt(unsigned line, unsigned column);
  Location locationAtOffset(size_t offset);
  Location locationOf(JsonPosition position);

  /// Returns the location where the value at `path` starts.
  Location valueLocation(StringRef path);

  /// Returns the location of the member name of the object member at `path`.
  Location keyLocation(StringRef path);

  /// Emits an error at `location` that starts with `path`.
  InFlightDiagnostic emitErrorAt(Location location, StringRef path);

  /// Emits an error at the value at `path` that starts with `path`.
  InFlightDiagnostic emitValueError(StringRef path) {
    return emitErrorAt(valueLocation(path), path);
  }

  /// Emits `PATH: expected EXPECTED, got VALUE`.
  void emitTypeError(const json::Value &value, StringRef path,
                     StringRef expected);

  //===--------------------------------------------------------------------===//
  // Inspection of JSON values
  //===--------------------------------------------------------------------===//

  /// Returns the source text of the number at `path`, or an empty string if
  /// the locator has no number there.
  StringRef numberText(StringRef path);

  /// Returns whether the number `value` at `path` was written without a
  /// fraction or an exponent. llvm::json does not expose whether it read an
  /// integer or a float, so this looks at the source text.
  bool isIntegerLiteral(const json::Value &value, StringRef path);

  /// Returns the integer literal `value` at `path` as a signed or an
  /// unsigned 64-bit integer, or std::nullopt if it is out of range. The
  /// range is decided on the source text, because llvm::json reads an
  /// integer below INT64_MIN as a double, and getAsInteger() accepts that
  /// double when it rounds to INT64_MIN.
  std::optional<int64_t> getInt64(const json::Value &value, StringRef path);
  std::optional<uint64_t> getUInt64(const json::Value &value, StringRef path);

  /// Emits `PATH: integer N is out of range; expected a value from
  /// INT64_MIN to MAX`.
  void emitIntegerRangeError(StringRef path, uint64_t max);

  /// Describes `value` for a message: `string "8"`, `integer 8`, `float 8.5`,
  /// `boolean true`, `null`, `array` or `object`.
  std::string describe(const json::Value &value, StringRef path);

  /// Returns the member names of `object` in source order.
  SmallVector<StringRef> membersInSourceOrder(const json::Object &object,
                                              StringRef path);

  //===--------------------------------------------------------------------===//
  // Typed readers; each reports a mismatch and returns failure or null
  //===--------------------------------------------------------------------===//

  const json::Object *readObject(const json::Value &value, StringRef path,
                                 StringRef expected);
  const json::Array *readArray(const json::Value &value, StringRef path,
                               StringRef expected);
  FailureOr<StringRef> readString(const json::Value &value, StringRef path,
                                  StringRef expected = "a string");
  FailureOr<bool> readBool(const json::Value &value, StringRef path);

  /// Reads a graph or MFC name. MLIR cannot print an empty symbol name, so
  /// an empty name is rejected.
  FailureOr<StringRef> readName(const json::Value &value, StringRef path,
                                StringRef expected);
  FailureOr<int64_t> readInteger(const json::Value &value, StringRef path);
  FailureOr<double> readNumber(const json::Value &value, StringRef path);

  /// Reports each member of `object` that is not in `fields`.
  LogicalResult checkFields(const json::Object &object, StringRef path,
                            ArrayRef<StringLiteral> fields);

  /// Returns member `field` of `object`, or reports it missing.
  const json::Value *requireField(const json::Object &object, StringRef path,
                                  StringRef field);

  //===--------------------------------------------------------------------===//
  // Conversion
  //===--------------------------------------------------------------------===//

  LogicalResult importDocument(const json::Value &root);

  /// Reports each graph of `graphs` whose name an earlier graph has. Each
  /// graph becomes a symbol of the module, and MLIR's own message for a
  /// repeated symbol names no JSON path.
  LogicalResult checkGraphNamesUnique(const json::Array &graphs);
  LogicalResult importGraph(const json::Value &value, StringRef path);
  LogicalResult importMFC(const json::Value &value, StringRef path);

  FailureOr<Attribute> convertArgument(const json::Value &value,
                                       StringRef path);
  FailureOr<DictionaryAttr> convertArguments(const json::Object &object,
                                             StringRef path);
  FailureOr<InterfaceTypeAttr> convertInterfaceType(const json::Value &value,
                                                    StringRef path);
  FailureOr<InterfaceImplAttr> convertImpl(const json::Value &value,
                                           StringRef path);
  FailureOr<ModelAttr> convertModel(const json::Value &value, StringRef path);
  FailureOr<ArrayAttr> convertKeyList(const json::Value &value, StringRef path);
  FailureOr<DictionaryAttr> convertRemap(const json::Value &value,
                                         StringRef path);
  FailureOr<MicroBatchSpecAttr> convertMbSpec(const json::Value &value,
                                              StringRef path);
  FailureOr<Attribute> convertMinSeqsPerPass(const json::Value &value,
                                             StringRef path);
  FailureOr<ArrayAttr> convertHooks(const json::Value &value, StringRef path);
  FailureOr<Attribute> convertHook(const json::Value &value, StringRef path);
  FailureOr<ModelAttr> convertHookEnd(const json::Object &hook, StringRef path,
                                      StringRef field);

  /// Checks that an object member name can be printed and parsed back as an
  /// attribute name; MLIR's parser rejects an empty one.
  LogicalResult checkMemberName(StringRef name, StringRef path);

  llvm::SourceMgr &sourceMgr;
  MLIRContext *context;
  OpBuilder builder;
  unsigned bufferId;
  /// The JSON text: the main buffer without its byte-order mark, if any.
  StringRef text;
  /// Length of the byte-order mark at the start of the buffer, or 0.
  unsigned byteOrderMarkLength = 0;
  StringAttr fileName;
  /// Built once the text has parsed, because it expects valid JSON.
  std::optional<JsonLocator> locator;
  /// Paths of fields suggested for an unknown field. A required field among
  /// them is not reported missing as well.
  llvm::StringSet<> suggestedFieldPaths;
  OwningOpRef<ModuleOp> module;
};

} // namespace

Importer::Importer(llvm::SourceMgr &sourceMgr, MLIRContext *context)
    : sourceMgr(sourceMgr), context(context), builder(context),
      bufferId(sourceMgr.getMainFileID()) {
  const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(bufferId);
  text = buffer->getBuffer();
  if (text.consume_front(utf8ByteOrderMark))
    byteOrderMarkLength = utf8ByteOrderMark.size();
  fileName = StringAttr::get(context, buffer->getBufferIdentifier());
}

//===----------------------------------------------------------------------===//
// Locations and diagnostics
//===----------------------------------------------------------------------===//

Location Importer::locationAt(unsigned line, unsigned column) {
  return FileLineColLoc::get(fileName, line, column);
}

Location Importer::locationAtOffset(size_t offset) {
  auto [line, column] = sourceMgr.getLineAndColumn(
      llvm::SMLoc::getFromPointer(text.data() + offset), bufferId);
  return locationAt(line, column);
}

Location Importer::locationOf(JsonPosition position) {
  // Columns count bytes from the start of the buffer, as locationAtOffset()
  // counts them, but the locator scans the text after the byte-order mark.
  unsigned column = position.column;
  if (position.line == 1)
    column += byteOrderMarkLength;
  return locationAt(position.line, column);
}

Location Importer::valueLocation(StringRef path) {
  return locationOf(locator->lookup(path));
}

Location Importer::keyLocation(StringRef path) {
  return locationOf(locator->lookupKey(path));
}

InFlightDiagnostic Importer::emitErrorAt(Location location, StringRef path) {
  InFlightDiagnostic diag = mlir::emitError(location);
  if (path.empty())
    diag << "document: ";
  else
    diag << path << ": ";
  return diag;
}

void Importer::emitTypeError(const json::Value &value, StringRef path,
                             StringRef expected) {
  emitValueError(path) << "expected " << expected << ", got "
                       << describe(value, path);
}

//===----------------------------------------------------------------------===//
// Inspection of JSON values
//===----------------------------------------------------------------------===//

StringRef Importer::numberText(StringRef path) {
  // The offset, not the line and column: finding a column scans its line,
  // which on a document written as one line is the whole document.
  JsonPosition position = locator->lookup(path);
  StringRef rest = text.substr(position.offset);
  if (rest.empty() || !(rest.front() == '-' || llvm::isDigit(rest.front())))
    return {};
  return rest.take_while(isNumberCharacter);
}

bool Importer::isIntegerLiteral(const json::Value &value, StringRef path) {
  StringRef number = numberText(path);
  // The locator records every value once repeated member names have been
  // rejected, so this fallback only guards against a locator bug.
  if (number.empty())
    return value.getAsInteger().has_value() || value.getAsUINT64().has_value();
  return number.find_first_of(".eE") == StringRef::npos;
}

std::optional<int64_t> Importer::getInt64(const json::Value &value,
                                          StringRef path) {
  StringRef number = numberText(path);
  if (number.empty())
    return value.getAsInteger();
  int64_t integer;
  if (number.getAsInteger(10, integer))
    return std::nullopt;
  return integer;
}

std::optional<uint64_t> Importer::getUInt64(const json::Value &value,
                                            StringRef path) {
  StringRef number = numberText(path);
  if (number.empty())
    return value.getAsUINT64();
  // getAsInteger() rejects the sign of a negative number.
  uint64_t integer;
  if (number.getAsInteger(10, integer))
    return std::nullopt;
  return integer;
}

void Importer::emitIntegerRangeError(StringRef path, uint64_t max) {
  emitValueError(path) << "integer " << quoteNumber(numberText(path))
                       << " is out of range; expected a value from "
                       << std::numeric_limits<int64_t>::min() << " to " << max;
}

std::string Importer::describe(const json::Value &value, StringRef path) {
  switch (value.kind()) {
  case json::Value::Null:
    return "null";
  case json::Value::Boolean:
    return *value.getAsBoolean() ? "boolean true" : "boolean false";
  case json::Value::Number: {
    bool isInteger = isIntegerLiteral(value, path);
    std::string number = quoteNumber(numberText(path));
    if (number.empty()) {
      if (std::optional<int64_t> integer = value.getAsInteger())
        number = std::to_string(*integer);
      else
        number = formatJsonFloat(*value.getAsNumber()).value_or("");
    }
    return (isInteger ? "integer " : "float ") + number;
  }
  case json::Value::String:
    return "string " + quoteJsonString(*value.getAsString());
  case json::Value::Array:
    return "array";
  case json::Value::Object:
    return "object";
  }
  llvm_unreachable("unknown JSON value kind");
}

SmallVector<StringRef>
Importer::membersInSourceOrder(const json::Object &object, StringRef path) {
  SmallVector<std::pair<std::pair<unsigned, unsigned>, StringRef>> members;
  for (const auto &member : object) {
    StringRef name = member.first;
    JsonPosition position = locator->lookupKey(appendMember(path, name));
    members.push_back({{position.line, position.column}, name});
  }
  llvm::sort(members);
  return llvm::to_vector(llvm::make_second_range(members));
}

//===----------------------------------------------------------------------===//
// Typed readers
//===----------------------------------------------------------------------===//

const json::Object *Importer::readObject(const json::Value &value,
                                         StringRef path, StringRef expected) {
  if (const json::Object *object = value.getAsObject())
    return object;
  emitTypeError(value, path, expected);
  return nullptr;
}

const json::Array *Importer::readArray(const json::Value &value, StringRef path,
                                       StringRef expected) {
  if (const json::Array *array = value.getAsArray())
    return array;
  emitTypeError(value, path, expected);
  return nullptr;
}

FailureOr<StringRef> Importer::readString(const json::Value &value,
                                          StringRef path, StringRef expected) {
  if (std::optional<StringRef> string = value.getAsString())
    return *string;
  emitTypeError(value, path, expected);
  return failure();
}

FailureOr<StringRef> Importer::readName(const json::Value &value,
                                        StringRef path, StringRef expected) {
  FailureOr<StringRef> name = readString(value, path, expected);
  if (failed(name) || !name->empty())
    return name;
  emitValueError(path) << "empty name; MLIR symbol names cannot be empty, so "
                          "give it a name";
  return failure();
}

FailureOr<bool> Importer::readBool(const json::Value &value, StringRef path) {
  if (std::optional<bool> boolean = value.getAsBoolean())
    return *boolean;
  emitTypeError(value, path, "a boolean");
  return failure();
}

FailureOr<int64_t> Importer::readInteger(const json::Value &value,
                                         StringRef path) {
  if (value.kind() != json::Value::Number || !isIntegerLiteral(value, path)) {
    emitTypeError(value, path, "an integer");
    return failure();
  }
  if (std::optional<int64_t> integer = getInt64(value, path))
    return *integer;
  emitIntegerRangeError(path, std::numeric_limits<int64_t>::max());
  return failure();
}

FailureOr<double> Importer::readNumber(const json::Value &value,
                                       StringRef path) {
  std::optional<double> number = value.getAsNumber();
  if (!number) {
    emitTypeError(value, path, "a number");
    return failure();
  }
  StringRef literal = numberText(path);
  if (!std::isfinite(*number)) {
    emitValueError(path) << "number " << quoteNumber(literal)
                         << " is out of the range of a 64-bit float";
    return failure();
  }
  // strtod returns 0 for a nonzero number below the smallest denormal.
  if (*number == 0 && !literal.empty() && !isZeroLiteral(literal)) {
    emitValueError(path) << "number " << quoteNumber(literal)
                         << " is too small for a 64-bit float and would "
                            "become 0; write 0 if you mean zero";
    return failure();
  }
  return *number;
}

LogicalResult Importer::checkFields(const json::Object &object, StringRef path,
                                    ArrayRef<StringLiteral> fields) {
  bool valid = true;
  for (StringRef name : membersInSourceOrder(object, path)) {
    if (llvm::is_contained(fields, name))
      continue;
    std::string memberPath = appendMember(path, name);
    InFlightDiagnostic diag = emitErrorAt(keyLocation(memberPath), memberPath);
    diag << "unknown field; expected one of " << quoteList(fields);

    // Suggest a field that differs by a typo.
    StringRef closest;
    unsigned closestDistance = 3;
    for (StringRef field : fields) {
      unsigned distance = name.edit_distance(field, /*AllowReplacements=*/true,
                                             closestDistance);
      if (distance < closestDistance) {
        closest = field;
        closestDistance = distance;
      }
    }
    if (!closest.empty()) {
      diag << " (did you mean \"" << closest << "\"?)";
      suggestedFieldPaths.insert(appendMember(path, closest));
    }
    valid = false;
  }
  return success(valid);
}

const json::Value *Importer::requireField(const json::Object &object,
                                          StringRef path, StringRef field) {
  if (const json::Value *value = object.get(field))
    return value;
  // A misspelled field has been reported with this field as the suggestion.
  if (!suggestedFieldPaths.contains(appendMember(path, field)))
    emitValueError(path) << "missing required field \"" << field << "\"";
  return nullptr;
}

LogicalResult Importer::checkMemberName(StringRef name, StringRef path) {
  if (!name.empty())
    return success();
  emitErrorAt(keyLocation(path), path)
      << "empty member name; MLIR cannot parse an empty attribute name, so "
         "give the member a name";
  return failure();
}

//===----------------------------------------------------------------------===//
// Documents and graphs
//===----------------------------------------------------------------------===//

OwningOpRef<ModuleOp> Importer::run() {
  context->loadDialect<DFGDialect>();

  if (std::optional<size_t> offset = findExcessiveNesting(text)) {
    mlir::emitError(locationAtOffset(*offset))
        << "invalid JSON: arrays and objects nest more than " << maxNestingDepth
        << " levels deep";
    return nullptr;
  }

  llvm::Expected<json::Value> root = json::parse(text);
  if (!root) {
    std::string error = llvm::toString(root.takeError());
    size_t offset = 0;
    StringRef message = error;
    if (splitParseError(error, offset, message))
      offset = findParseErrorOffset(text, offset, message);
    else
      message = error;
    mlir::emitError(locationAtOffset(offset)) << "invalid JSON: " << message;
    return nullptr;
  }
  locator.emplace(text);

  SmallVector<DuplicateMember> duplicates = findDuplicateMembers(text);
  for (const DuplicateMember &duplicate : duplicates)
    emitErrorAt(locationAtOffset(duplicate.offset), duplicate.path)
        << "duplicate member name; JSON readers differ in which of the "
           "values they keep, so remove all but one";
  if (!duplicates.empty())
    return nullptr;

  SmallVector<NonstandardNumber> numbers = findNonstandardNumbers(text);
  for (const NonstandardNumber &number : numbers)
    mlir::emitError(locationAtOffset(number.offset))
        << "invalid JSON: " << number.message;
  if (!numbers.empty())
    return nullptr;

  module = ModuleOp::create(valueLocation(""));
  if (failed(importDocument(*root)))
    return nullptr;
  return std::move(module);
}

LogicalResult Importer::importDocument(const json::Value &root) {
  const json::Object *object = readObject(
      root, "", "a graph object or an object with a \"graphs\" array");
  if (!object)
    return failure();

  // A single graph object.
  const json::Value *graphs = object->get("graphs");
  if (!graphs)
    return importGraph(root, "");

  // {"graphs": [graph objects]}.
  bool valid = succeeded(checkFields(*object, "", documentFields));
  const json::Array *array =
      readArray(*graphs, "graphs", "an array of graph objects");
  if (!array)
    return failure();
  // An empty module could not be exported, and the export would take it for
  // the output of a failed stage of a pipe.
  if (array->empty()) {
    emitValueError("graphs")
        << "the list of graphs is empty; give at least one graph object";
    return failure();
  }
  for (auto [index, graph] : llvm::enumerate(*array))
    valid &= succeeded(importGraph(graph, appendIndex("graphs", index)));
  valid &= succeeded(checkGraphNamesUnique(*array));
  return success(valid);
}

LogicalResult Importer::checkGraphNamesUnique(const json::Array &graphs) {
  bool valid = true;
  llvm::StringMap<size_t> firstGraphWithName;
  for (auto [index, graph] : llvm::enumerate(graphs)) {
    // importGraph() has reported a missing, mistyped or empty name.
    const json::Object *object = graph.getAsObject();
    std::optional<StringRef> name =
        object ? object->getString("graph") : std::nullopt;
    if (!name || name->empty())
      continue;
    auto [first, inserted] = firstGraphWithName.try_emplace(*name, index);
    if (inserted)
      continue;
    std::string namePath = appendMember(appendIndex("graphs", index), "graph");
    std::string firstPath =
        appendMember(appendIndex("graphs", first->second), "graph");
    InFlightDiagnostic diag = emitValueError(namePath);
    diag << "graph name " << quoteJsonString(*name) << " is already used by "
         << appendIndex("graphs", first->second)
         << "; graph names must be unique, so rename one of them";
    diag.attachNote(valueLocation(firstPath))
        << "first graph named " << quoteJsonString(*name);
    valid = false;
  }
  return success(valid);
}

LogicalResult Importer::importGraph(const json::Value &value, StringRef path) {
  const json::Object *object = readObject(value, path, "a graph object");
  if (!object)
    return failure();
  bool valid = succeeded(checkFields(*object, path, graphFields));

  StringRef name;
  if (const json::Value *field = requireField(*object, path, "graph")) {
    FailureOr<StringRef> string =
        readName(*field, appendMember(path, "graph"), "a graph name string");
    if (succeeded(string))
      name = *string;
    else
      valid = false;
  } else {
    valid = false;
  }

  StringAttr source;
  if (const json::Value *field = object->get("source")) {
    FailureOr<StringRef> string =
        readString(*field, appendMember(path, "source"));
    if (succeeded(string))
      source = builder.getStringAttr(*string);
    else
      valid = false;
  }

  const json::Value *mfcs = requireField(*object, path, "mfcs");
  if (!mfcs)
    return failure();
  std::string mfcsPath = appendMember(path, "mfcs");
  const json::Array *array =
      readArray(*mfcs, mfcsPath, "an array of MFC objects");
  if (!array)
    return failure();

  // The MFCs are checked even when the graph's own fields are invalid, so
  // that one run reports their problems too; the module is dropped anyway.

  builder.setInsertionPointToEnd(module->getBody());
  auto graph = GraphOp::create(builder, valueLocation(path), name);
  if (source)
    graph.setSourceAttr(source);

  builder.setInsertionPointToEnd(&graph.getBodyBlock());
  for (auto [index, mfc] : llvm::enumerate(*array))
    valid &= succeeded(importMFC(mfc, appendIndex(mfcsPath, index)));
  return success(valid);
}

//===----------------------------------------------------------------------===//
// MFCs
//===----------------------------------------------------------------------===//

LogicalResult Importer::importMFC(const json::Value &value, StringRef path) {
  const json::Object *object = readObject(value, path, "an MFC object");
  if (!object)
    return failure();
  bool valid = succeeded(checkFields(*object, path, mfcFields));

  // Reads a required or optional field with `convert`, and records a failure.
  auto readField = [&](StringRef field, bool required,
                       auto convert) -> const json::Value * {
    const json::Value *member =
        required ? requireField(*object, path, field) : object->get(field);
    if (!member) {
      valid &= !required;
      return nullptr;
    }
    if (failed(convert(*member, appendMember(path, field))))
      valid = false;
    return member;
  };

  StringAttr name;
  readField("name", true, [&](const json::Value &v, StringRef p) {
    FailureOr<StringRef> string = readName(v, p, "an MFC name string");
    if (succeeded(string))
      name = builder.getStringAttr(*string);
    return LogicalResult(string);
  });

  IntegerAttr numSeqs;
  readField("n_seqs", true, [&](const json::Value &v, StringRef p) {
    FailureOr<int64_t> integer = readInteger(v, p);
    if (succeeded(integer))
      numSeqs = builder.getI64IntegerAttr(*integer);
    return LogicalResult(integer);
  });

  InterfaceTypeAttr interfaceType;
  readField("interface_type", true, [&](const json::Value &v, StringRef p) {
    FailureOr<InterfaceTypeAttr> attr = convertInterfaceType(v, p);
    if (succeeded(attr))
      interfaceType = *attr;
    return LogicalResult(attr);
  });

  InterfaceImplAttr impl;
  readField("interface_impl", true, [&](const json::Value &v, StringRef p) {
    FailureOr<InterfaceImplAttr> attr = convertImpl(v, p);
    if (succeeded(attr))
      impl = *attr;
    return LogicalResult(attr);
  });

  ModelAttr model;
  readField("model_name", true, [&](const json::Value &v, StringRef p) {
    FailureOr<ModelAttr> attr = convertModel(v, p);
    if (succeeded(attr))
      model = *attr;
    return LogicalResult(attr);
  });

  ArrayAttr inputKeys = builder.getArrayAttr({});
  ArrayAttr outputKeys = builder.getArrayAttr({});
  for (auto [field, keys] : {std::pair{"input_keys", &inputKeys},
                             std::pair{"output_keys", &outputKeys}}) {
    readField(field, false,
              [&, keys = keys](const json::Value &v, StringRef p) {
                FailureOr<ArrayAttr> attr = convertKeyList(v, p);
                if (succeeded(attr))
                  *keys = *attr;
                return LogicalResult(attr);
              });
  }

  DictionaryAttr inputKeyRemap, outputKeyRemap;
  for (auto [field, remap] : {std::pair{"input_key_remap", &inputKeyRemap},
                              std::pair{"output_key_remap", &outputKeyRemap}}) {
    readField(field, false,
              [&, remap = remap](const json::Value &v, StringRef p) {
                FailureOr<DictionaryAttr> attr = convertRemap(v, p);
                if (succeeded(attr))
                  *remap = *attr;
                return LogicalResult(attr);
              });
  }

  MicroBatchSpecAttr mbSpec;
  readField("mb_spec", false, [&](const json::Value &v, StringRef p) {
    FailureOr<MicroBatchSpecAttr> attr = convertMbSpec(v, p);
    if (succeeded(attr))
      mbSpec = *attr;
    return LogicalResult(attr);
  });

  Attribute minSeqsPerPass;
  readField("min_n_seqs_per_pass", false,
            [&](const json::Value &v, StringRef p) {
              FailureOr<Attribute> attr = convertMinSeqsPerPass(v, p);
              if (succeeded(attr))
                minSeqsPerPass = *attr;
              return LogicalResult(attr);
            });

  UnitAttr logReturnValue;
  readField("log_return_value", false, [&](const json::Value &v, StringRef p) {
    FailureOr<bool> boolean = readBool(v, p);
    if (succeeded(boolean) && *boolean)
      logReturnValue = builder.getUnitAttr();
    return LogicalResult(boolean);
  });

  ArrayAttr preHooks, postHooks;
  for (auto [field, hooks] : {std::pair{"pre_hooks", &preHooks},
                              std::pair{"post_hooks", &postHooks}}) {
    readField(field, false,
              [&, hooks = hooks](const json::Value &v, StringRef p) {
                FailureOr<ArrayAttr> attr = convertHooks(v, p);
                if (succeeded(attr))
                  *hooks = *attr;
                return LogicalResult(attr);
              });
  }

  if (!valid)
    return failure();
  MFCOp::create(builder, valueLocation(path), /*outputs=*/TypeRange(), name,
                interfaceType, model, numSeqs, impl, inputKeys, outputKeys,
                inputKeyRemap, outputKeyRemap, mbSpec, minSeqsPerPass,
                logReturnValue, preHooks, postHooks, /*inputs=*/ValueRange());
  return success();
}

FailureOr<InterfaceTypeAttr>
Importer::convertInterfaceType(const json::Value &value, StringRef path) {
  FailureOr<StringRef> string = readString(value, path);
  if (failed(string))
    return failure();
  if (std::optional<InterfaceType> type = symbolizeInterfaceType(*string))
    return InterfaceTypeAttr::get(context, *type);

  InFlightDiagnostic diag = emitValueError(path);
  diag << "unknown interface type " << quoteJsonString(*string)
       << "; expected one of ";
  for (uint32_t i = 0, e = getMaxEnumValForInterfaceType(); i <= e; ++i) {
    if (i != 0)
      diag << ", ";
    diag << '"' << stringifyInterfaceType(*symbolizeInterfaceType(i)) << '"';
  }
  return failure();
}

FailureOr<InterfaceImplAttr> Importer::convertImpl(const json::Value &value,
                                                   StringRef path) {
  const json::Object *object =
      readObject(value, path, "an object with \"type_\" and \"args\"");
  if (!object)
    return failure();
  bool valid = succeeded(checkFields(*object, path, implFields));

  StringAttr typeName;
  if (const json::Value *field = requireField(*object, path, "type_")) {
    FailureOr<StringRef> string =
        readString(*field, appendMember(path, "type_"));
    if (succeeded(string))
      typeName = builder.getStringAttr(*string);
    else
      valid = false;
  } else {
    valid = false;
  }

  DictionaryAttr args = builder.getDictionaryAttr({});
  if (const json::Value *field = object->get("args")) {
    std::string argsPath = appendMember(path, "args");
    const json::Object *argsObject = readObject(*field, argsPath, "an object");
    FailureOr<DictionaryAttr> converted =
        argsObject ? convertArguments(*argsObject, argsPath)
                   : FailureOr<DictionaryAttr>(failure());
    if (succeeded(converted))
      args = *converted;
    else
      valid = false;
  }

  if (!valid)
    return failure();
  return InterfaceImplAttr::get(context, typeName, args);
}

FailureOr<DictionaryAttr> Importer::convertArguments(const json::Object &object,
                                                     StringRef path) {
  bool valid = true;
  SmallVector<NamedAttribute> members;
  for (StringRef name : membersInSourceOrder(object, path)) {
    std::string memberPath = appendMember(path, name);
    if (failed(checkMemberName(name, memberPath))) {
      valid = false;
      continue;
    }
    FailureOr<Attribute> converted =
        convertArgument(*object.get(name), memberPath);
    if (failed(converted)) {
      valid = false;
      continue;
    }
    members.push_back(builder.getNamedAttr(name, *converted));
  }
  if (!valid)
    return failure();
  return builder.getDictionaryAttr(members);
}

FailureOr<Attribute> Importer::convertArgument(const json::Value &value,
                                               StringRef path) {
  switch (value.kind()) {
  case json::Value::Null:
    return Attribute(NullAttr::get(context));
  case json::Value::Boolean:
    return Attribute(builder.getBoolAttr(*value.getAsBoolean()));
  case json::Value::String:
    return Attribute(builder.getStringAttr(*value.getAsString()));

  case json::Value::Number: {
    if (!isIntegerLiteral(value, path)) {
      FailureOr<double> number = readNumber(value, path);
      if (failed(number))
        return failure();
      return Attribute(builder.getF64FloatAttr(*number));
    }
    if (std::optional<int64_t> integer = getInt64(value, path))
      return Attribute(builder.getI64IntegerAttr(*integer));
    // Integers above INT64_MAX keep their value as unsigned 64-bit integers.
    if (std::optional<uint64_t> integer = getUInt64(value, path)) {
      auto type = IntegerType::get(context, 64, IntegerType::Unsigned);
      return Attribute(IntegerAttr::get(type, llvm::APInt(64, *integer)));
    }
    emitIntegerRangeError(path, std::numeric_limits<uint64_t>::max());
    return failure();
  }

  case json::Value::Array: {
    bool valid = true;
    SmallVector<Attribute> elements;
    for (auto [index, element] : llvm::enumerate(*value.getAsArray())) {
      FailureOr<Attribute> converted =
          convertArgument(element, appendIndex(path, index));
      if (succeeded(converted))
        elements.push_back(*converted);
      else
        valid = false;
    }
    if (!valid)
      return failure();
    return Attribute(builder.getArrayAttr(elements));
  }

  case json::Value::Object: {
    FailureOr<DictionaryAttr> converted =
        convertArguments(*value.getAsObject(), path);
    if (failed(converted))
      return failure();
    return Attribute(*converted);
  }
  }
  llvm_unreachable("unknown JSON value kind");
}

FailureOr<ModelAttr> Importer::convertModel(const json::Value &value,
                                            StringRef path) {
  if (std::optional<StringRef> role = value.getAsString())
    return ModelAttr::get(context, *role, 0);

  const json::Object *object =
      readObject(value, path,
                 "a model name (a role string, or an object with \"role\" and "
                 "\"replica_id\")");
  if (!object)
    return failure();
  bool valid = succeeded(checkFields(*object, path, modelFields));

  StringRef role;
  if (const json::Value *field = requireField(*object, path, "role")) {
    FailureOr<StringRef> string =
        readString(*field, appendMember(path, "role"));
    if (succeeded(string))
      role = *string;
    else
      valid = false;
  } else {
    valid = false;
  }

  int64_t replicaId = 0;
  if (const json::Value *field = object->get("replica_id")) {
    std::string replicaPath = appendMember(path, "replica_id");
    FailureOr<int64_t> integer = readInteger(*field, replicaPath);
    if (failed(integer)) {
      valid = false;
    } else if (*integer < 0) {
      emitValueError(replicaPath)
          << "expected a replica id >= 0, got " << *integer;
      valid = false;
    } else {
      replicaId = *integer;
    }
  }

  if (!valid)
    return failure();
  return ModelAttr::get(context, role, replicaId);
}

FailureOr<ArrayAttr> Importer::convertKeyList(const json::Value &value,
                                              StringRef path) {
  const json::Array *array = readArray(value, path, "an array of key strings");
  if (!array)
    return failure();
  bool valid = true;
  SmallVector<Attribute> keys;
  for (auto [index, element] : llvm::enumerate(*array)) {
    FailureOr<StringRef> key =
        readString(element, appendIndex(path, index), "a key string");
    if (succeeded(key))
      keys.push_back(builder.getStringAttr(*key));
    else
      valid = false;
  }
  if (!valid)
    return failure();
  return builder.getArrayAttr(keys);
}

FailureOr<DictionaryAttr> Importer::convertRemap(const json::Value &value,
                                                 StringRef path) {
  const json::Object *object =
      readObject(value, path, "an object that maps keys to name strings");
  if (!object)
    return failure();
  bool valid = true;
  SmallVector<NamedAttribute> entries;
  for (StringRef name : membersInSourceOrder(*object, path)) {
    std::string entryPath = appendMember(path, name);
    if (failed(checkMemberName(name, entryPath))) {
      valid = false;
      continue;
    }
    FailureOr<StringRef> mapped =
        readString(*object->get(name), entryPath, "a name string");
    if (succeeded(mapped))
      entries.push_back(
          builder.getNamedAttr(name, builder.getStringAttr(*mapped)));
    else
      valid = false;
  }
  if (!valid)
    return failure();
  // An empty remap is the default, which the op leaves out.
  if (entries.empty())
    return DictionaryAttr();
  return builder.getDictionaryAttr(entries);
}

FailureOr<MicroBatchSpecAttr> Importer::convertMbSpec(const json::Value &value,
                                                      StringRef path) {
  const json::Object *object = readObject(
      value, path, "an object with \"n_mbs\" and \"max_tokens_per_mb\"");
  if (!object)
    return failure();
  bool valid = succeeded(checkFields(*object, path, mbSpecFields));

  int64_t numMicroBatches = defaultNumMicroBatches;
  int64_t maxTokensPerMicroBatch = defaultMaxTokensPerMicroBatch;
  for (auto [field, target] :
       {std::pair{"n_mbs", &numMicroBatches},
        std::pair{"max_tokens_per_mb", &maxTokensPerMicroBatch}}) {
    const json::Value *member = object->get(field);
    if (!member)
      continue;
    FailureOr<int64_t> integer =
        readInteger(*member, appendMember(path, field));
    if (succeeded(integer))
      *target = *integer;
    else
      valid = false;
  }

  if (!valid)
    return failure();
  // The default spec is left out of the op.
  if (numMicroBatches == defaultNumMicroBatches &&
      maxTokensPerMicroBatch == defaultMaxTokensPerMicroBatch)
    return MicroBatchSpecAttr();
  return MicroBatchSpecAttr::get(context, numMicroBatches,
                                 maxTokensPerMicroBatch);
}

FailureOr<Attribute> Importer::convertMinSeqsPerPass(const json::Value &value,
                                                     StringRef path) {
  if (value.kind() != json::Value::Number) {
    emitTypeError(value, path, "an integer or a float");
    return failure();
  }
  if (!isIntegerLiteral(value, path)) {
    FailureOr<double> number = readNumber(value, path);
    if (failed(number))
      return failure();
    return Attribute(builder.getF64FloatAttr(*number));
  }
  FailureOr<int64_t> integer = readInteger(value, path);
  if (failed(integer))
    return failure();
  // The integer 1 is the default, which the op leaves out. The float 1.0
  // stays, so that an export writes it back as a float.
  if (*integer == 1)
    return Attribute();
  return Attribute(builder.getI64IntegerAttr(*integer));
}

FailureOr<ArrayAttr> Importer::convertHooks(const json::Value &value,
                                            StringRef path) {
  const json::Array *array = readArray(value, path, "an array of hook objects");
  if (!array)
    return failure();
  bool valid = true;
  SmallVector<Attribute> hooks;
  for (auto [index, element] : llvm::enumerate(*array)) {
    FailureOr<Attribute> hook = convertHook(element, appendIndex(path, index));
    if (succeeded(hook))
      hooks.push_back(*hook);
    else
      valid = false;
  }
  if (!valid)
    return failure();
  // An empty hook list is the default, which the op leaves out.
  if (hooks.empty())
    return ArrayAttr();
  return builder.getArrayAttr(hooks);
}

FailureOr<Attribute> Importer::convertHook(const json::Value &value,
                                           StringRef path) {
  const json::Object *object =
      readObject(value, path, "a hook object with a \"kind\"");
  if (!object)
    return failure();
  const json::Value *kindValue = requireField(*object, path, "kind");
  if (!kindValue)
    return failure();
  std::string kindPath = appendMember(path, "kind");
  FailureOr<StringRef> kind = readString(*kindValue, kindPath);
  if (failed(kind))
    return failure();

  if (*kind == "offload") {
    if (failed(checkFields(*object, path, offloadFields)))
      return failure();
    return Attribute(OffloadAttr::get(context));
  }

  if (*kind != "param_realloc") {
    emitValueError(kindPath) << "unknown hook kind " << quoteJsonString(*kind)
                             << "; expected \"offload\" or \"param_realloc\"";
    return failure();
  }

  // Both ends are kept as written, even when both or neither are given:
  // dfg-attach-hooks reports such hooks with the rule they break.
  bool valid = succeeded(checkFields(*object, path, paramReallocFields));
  FailureOr<ModelAttr> source = convertHookEnd(*object, path, "source");
  FailureOr<ModelAttr> target = convertHookEnd(*object, path, "target");
  valid &= succeeded(source) && succeeded(target);

  double eta = 1.0;
  if (const json::Value *field = object->get("eta")) {
    FailureOr<double> number = readNumber(*field, appendMember(path, "eta"));
    if (succeeded(number))
      eta = *number;
    else
      valid = false;
  }

  if (!valid)
    return failure();
  return Attribute(
      ParamReallocAttr::get(context, *source, *target, llvm::APFloat(eta)));
}

FailureOr<ModelAttr> Importer::convertHookEnd(const json::Object &hook,
                                              StringRef path, StringRef field) {
  const json::Value *value = hook.get(field);
  if (!value || value->kind() == json::Value::Null)
    return ModelAttr();
  return convertModel(*value, appendMember(path, field));
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

OwningOpRef<ModuleOp> dfg::importDfgJson(llvm::SourceMgr &sourceMgr,
                                         MLIRContext *context) {
  return Importer(sourceMgr, context).run();
}
