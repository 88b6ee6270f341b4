//===- DFGOps.cpp - Operations of the dfg dialect ---------------*- C++ -*-===//
//
// This file implements the assembly formats and verifiers of the graph, MFC
// and hook ops.
//
//===----------------------------------------------------------------------===//

#include "dfg/IR/DFGOps.h"

#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace dfg;

/// Returns the key name carried by a value of type `!dfg.key<...>`, or an
/// empty string for any other type.
static StringRef keyOf(Type type) {
  if (auto key = dyn_cast<KeyType>(type))
    return key.getName().getValue();
  return {};
}

/// Returns `count` followed by `noun`, with an `s` unless `count` is 1, as in
/// "1 result" and "2 results".
static std::string countOf(size_t count, StringRef noun) {
  std::string text = std::to_string(count) + " " + noun.str();
  if (count != 1)
    text += "s";
  return text;
}

static void printKeyedValue(OpAsmPrinter &printer, Value value,
                            StringRef key) {
  if (value) {
    printer.printOperand(value);
    printer << " : ";
  }
  printer.printString(key);
}

//===----------------------------------------------------------------------===//
// GraphOp
//===----------------------------------------------------------------------===//

void GraphOp::build(OpBuilder &builder, OperationState &state,
                    StringRef name) {
  state.addAttribute(getSymNameAttrName(state.name),
                     builder.getStringAttr(name));
  state.addRegion()->emplaceBlock();
}

llvm::iterator_range<Block::op_iterator<MFCOp>> GraphOp::getMFCs() {
  return getBodyBlock().getOps<MFCOp>();
}

MFCOp GraphOp::lookupMFC(StringRef name) {
  for (MFCOp mfc : getMFCs())
    if (mfc.getSymName() == name)
      return mfc;
  return {};
}

bool GraphOp::isResolved() {
  if (getBodyBlock().getNumArguments() != 0)
    return true;
  return llvm::any_of(getMFCs(), [](MFCOp mfc) { return mfc.isResolved(); });
}

RegionKind GraphOp::getRegionKind(unsigned index) { return RegionKind::Graph; }

StringRef GraphOp::getDefaultDialect() { return "dfg"; }

void GraphOp::getAsmBlockArgumentNames(Region &region,
                                       OpAsmSetValueNameFn setNameFn) {
  for (BlockArgument argument : region.getArguments())
    if (StringRef key = keyOf(argument.getType()); !key.empty())
      setNameFn(argument, key);
}

// Syntax: `dfg.graph @name(%value : "key", ...) attributes {...} { ... }`,
// where the parenthesised dataset keys appear only in resolved form.
ParseResult GraphOp::parse(OpAsmParser &parser, OperationState &result) {
  StringAttr name;
  if (parser.parseSymbolName(name, getSymNameAttrName(result.name),
                             result.attributes))
    return failure();

  SmallVector<OpAsmParser::Argument> arguments;
  if (succeeded(parser.parseOptionalLParen()) &&
      failed(parser.parseOptionalRParen())) {
    do {
      OpAsmParser::Argument argument;
      std::string key;
      if (parser.parseArgument(argument) || parser.parseColon() ||
          parser.parseString(&key))
        return failure();
      argument.type = KeyType::get(parser.getContext(), key);
      arguments.push_back(argument);
    } while (succeeded(parser.parseOptionalComma()));
    if (parser.parseRParen())
      return failure();
  }

  if (parser.parseOptionalAttrDictWithKeyword(result.attributes))
    return failure();

  Region *body = result.addRegion();
  if (parser.parseRegion(*body, arguments))
    return failure();
  if (body->empty())
    body->emplaceBlock();
  return success();
}

void GraphOp::print(OpAsmPrinter &printer) {
  printer << ' ';
  printer.printSymbolName(getSymName());

  Block &block = getBodyBlock();
  if (block.getNumArguments() != 0) {
    printer << '(';
    llvm::interleaveComma(block.getArguments(), printer,
                          [&](BlockArgument argument) {
                            printKeyedValue(printer, argument,
                                            keyOf(argument.getType()));
                          });
    printer << ')';
  }

  printer.printOptionalAttrDictWithKeyword((*this)->getAttrs(),
                                           {getSymNameAttrName()});
  printer << ' ';
  printer.printRegion(getBody(), /*printEntryBlockArgs=*/false,
                      /*printBlockTerminators=*/false);
}

// Passes on dfg.graph nest under the top-level module, and the exports read
// only its ops, so a graph anywhere else would be skipped without a word.
// MLIR's parser verifies the ops of a file inside a temporary module, so an
// explicit top-level `module` may have a module parent of its own while it
// is verified.
LogicalResult GraphOp::verify() {
  Operation *parent = (*this)->getParentOp();
  if (!parent)
    return success();
  Operation *grandparent = parent->getParentOp();
  bool topLevel = isa<ModuleOp>(parent) &&
                  (!grandparent || (isa<ModuleOp>(grandparent) &&
                                    !grandparent->getParentOp()));
  if (!topLevel)
    return emitOpError()
           << "must be an op of the top-level module, where the dfg passes "
              "and translations look for graphs; move it out of '"
           << parent->getName() << "'";
  return success();
}

LogicalResult GraphOp::verifyRegions() {
  Block &block = getBodyBlock();

  llvm::DenseMap<StringAttr, BlockArgument> datasetKeys;
  for (BlockArgument argument : block.getArguments()) {
    auto key = dyn_cast<KeyType>(argument.getType());
    if (!key)
      return mlir::emitError(argument.getLoc())
             << "dataset argument #" << argument.getArgNumber() << " of graph @"
             << getSymName() << " has type " << argument.getType()
             << "; give it type !dfg.key<\"name\">, where name is the "
                "dataset key it carries";
    auto [first, inserted] = datasetKeys.try_emplace(key.getName(), argument);
    if (!inserted) {
      InFlightDiagnostic diag =
          mlir::emitError(argument.getLoc())
          << "dataset key \"" << key.getName().getValue()
          << "\" is both argument #" << first->second.getArgNumber()
          << " and argument #" << argument.getArgNumber() << " of graph @"
          << getSymName()
          << "; remove one of them and read the key through the other";
      diag.attachNote(first->second.getLoc())
          << "first argument for dataset key \"" << key.getName().getValue()
          << "\"";
      return diag;
    }
  }

  llvm::DenseMap<StringAttr, MFCOp> mfcsByName;
  for (Operation &op : block) {
    if (!isa<MFCOp, HookOp>(op))
      return op.emitOpError()
             << "cannot appear in graph @" << getSymName()
             << ", which holds only dfg.mfc and dfg.hook ops; move the op "
                "out of the graph";
    auto mfc = dyn_cast<MFCOp>(op);
    if (!mfc)
      continue;
    auto [it, inserted] = mfcsByName.try_emplace(mfc.getSymNameAttr(), mfc);
    if (!inserted) {
      InFlightDiagnostic diag = mfc.emitOpError()
                                << "name @" << mfc.getSymName()
                                << " is already used by another MFC of graph @"
                                << getSymName() << "; rename one of them";
      diag.attachNote(it->second.getLoc()) << "first MFC named @"
                                           << mfc.getSymName();
      return diag;
    }
  }

  for (HookOp hook : block.getOps<HookOp>()) {
    if (!mfcsByName.count(hook.getMfcAttr().getAttr()))
      return hook.emitOpError()
             << "names MFC @" << hook.getMfc() << ", but graph @" << getSymName()
             << " has no MFC of that name; name one of the graph's MFCs";
  }

  // A graph is either entirely key-based or entirely resolved, so that an
  // analysis never has to mix the two ways of finding an edge.
  if (!isResolved())
    return success();
  for (MFCOp mfc : getMFCs()) {
    if (mfc.getInputs().size() != mfc.getInputKeys().size() ||
        mfc.getOutputs().size() != mfc.getOutputKeys().size())
      return mfc.emitOpError()
             << "is in key-based form inside resolved graph @" << getSymName()
             << "; write every input as %value : \"key\" and bind one "
                "result per output key, or run dfg-resolve-edges on the "
                "key-based graph";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// MFCOp
//===----------------------------------------------------------------------===//

/// Parses `ins(...)` when present: `"key", ...` in key-based form or
/// `%value : "key", ...` in resolved form.
static ParseResult
parseInputKeys(OpAsmParser &parser,
               SmallVectorImpl<OpAsmParser::UnresolvedOperand> &operands,
               SmallVectorImpl<Type> &types, SmallVectorImpl<Attribute> &keys) {
  if (failed(parser.parseOptionalKeyword("ins")))
    return success();
  if (parser.parseLParen())
    return failure();
  if (succeeded(parser.parseOptionalRParen()))
    return success();

  // The first entry decides the form; the others must follow it.
  std::optional<bool> resolved;
  do {
    SMLoc entryLoc = parser.getCurrentLocation();
    OpAsmParser::UnresolvedOperand operand;
    OptionalParseResult hasOperand = parser.parseOptionalOperand(operand);
    if (hasOperand.has_value() && failed(*hasOperand))
      return failure();
    bool isResolved = hasOperand.has_value();
    if (resolved && *resolved != isResolved)
      return parser.emitError(entryLoc)
             << "inputs mix the key-based form \"key\" with the resolved "
                "form %value : \"key\"; use one form for every input";
    resolved = isResolved;

    std::string key;
    if (isResolved && parser.parseColon())
      return failure();
    if (parser.parseString(&key))
      return failure();
    if (isResolved) {
      operands.push_back(operand);
      types.push_back(KeyType::get(parser.getContext(), key));
    }
    keys.push_back(parser.getBuilder().getStringAttr(key));
  } while (succeeded(parser.parseOptionalComma()));
  return parser.parseRParen();
}

/// Parses `outs("key", ...)` when present.
static ParseResult parseOutputKeys(OpAsmParser &parser,
                                   SmallVectorImpl<Attribute> &keys) {
  if (failed(parser.parseOptionalKeyword("outs")))
    return success();
  if (parser.parseLParen())
    return failure();
  if (succeeded(parser.parseOptionalRParen()))
    return success();
  do {
    std::string key;
    if (parser.parseString(&key))
      return failure();
    keys.push_back(parser.getBuilder().getStringAttr(key));
  } while (succeeded(parser.parseOptionalComma()));
  return parser.parseRParen();
}

// Syntax: ` ins(...)` and ` outs(...)`, each omitted when its list is
// empty (an empty `ins()` or `outs()` also parses). In resolved form the op
// binds one result per output key.
static ParseResult
parseKeys(OpAsmParser &parser,
          SmallVectorImpl<OpAsmParser::UnresolvedOperand> &inputs,
          SmallVectorImpl<Type> &inputTypes, ArrayAttr &inputKeys,
          SmallVectorImpl<Type> &outputTypes, ArrayAttr &outputKeys) {
  SmallVector<Attribute> inputKeyAttrs, outputKeyAttrs;
  if (parseInputKeys(parser, inputs, inputTypes, inputKeyAttrs))
    return failure();
  SMLoc outputsLoc = parser.getCurrentLocation();
  if (parseOutputKeys(parser, outputKeyAttrs))
    return failure();
  inputKeys = parser.getBuilder().getArrayAttr(inputKeyAttrs);
  outputKeys = parser.getBuilder().getArrayAttr(outputKeyAttrs);

  size_t numResults = parser.getNumResults();
  if (numResults == 0)
    return success();
  if (numResults != outputKeyAttrs.size())
    return parser.emitError(outputsLoc)
           << "binds " << countOf(numResults, "result") << " but lists "
           << countOf(outputKeyAttrs.size(), "output key")
           << "; a resolved MFC binds one result per output key";
  for (Attribute key : outputKeyAttrs)
    outputTypes.push_back(KeyType::get(parser.getContext(),
                                       cast<StringAttr>(key).getValue()));
  return success();
}

static void printKeys(OpAsmPrinter &printer, MFCOp op, OperandRange inputs,
                      TypeRange inputTypes, ArrayAttr inputKeys,
                      TypeRange outputTypes, ArrayAttr outputKeys) {
  auto printKeyList = [&](ArrayAttr keys) {
    llvm::interleaveComma(keys.getAsValueRange<StringAttr>(), printer,
                          [&](StringRef key) { printer.printString(key); });
  };

  if (!inputKeys.empty()) {
    printer << " ins(";
    if (inputs.size() == inputKeys.size()) {
      llvm::interleaveComma(inputs, printer, [&](Value input) {
        printKeyedValue(printer, input, keyOf(input.getType()));
      });
    } else {
      printKeyList(inputKeys);
    }
    printer << ')';
  }
  if (!outputKeys.empty()) {
    printer << " outs(";
    printKeyList(outputKeys);
    printer << ')';
  }
}

//===----------------------------------------------------------------------===//
// Optional MFC fields
//
// Each field prints as `keyword value` and is omitted when it is absent or
// equal to its default.
//===----------------------------------------------------------------------===//

/// Parses `keyword value` when the keyword comes next.
template <typename AttrT>
static ParseResult parseOptionalField(OpAsmParser &parser, StringRef keyword,
                                      AttrT &value) {
  if (failed(parser.parseOptionalKeyword(keyword)))
    return success();
  return parser.parseCustomAttributeWithFallback(value);
}

/// Prints ` keyword value` unless `value` is absent or empty, the default of
/// the remap dictionaries and hook lists.
template <typename AttrT>
static void printOptionalField(OpAsmPrinter &printer, StringRef keyword,
                               AttrT value) {
  if (!value || value.empty())
    return;
  printer << " " << keyword << " ";
  printer.printAttributeWithoutType(value);
}

// Syntax: ` mb_spec <...>`.
static ParseResult parseMbSpec(OpAsmParser &parser, MicroBatchSpecAttr &spec) {
  return parseOptionalField(parser, "mb_spec", spec);
}

static void printMbSpec(OpAsmPrinter &printer, MFCOp op,
                        MicroBatchSpecAttr spec) {
  if (!spec || spec.isDefault())
    return;
  printer << " mb_spec ";
  printer.printStrippedAttrOrType(spec);
}

/// Returns whether `number` is the default `min_n_seqs_per_pass`, the i64
/// value 1. The f64 value 1.0 is not the default, so that it round-trips as
/// a float.
static bool isDefaultMinNSeqsPerPass(Attribute number) {
  auto integer = dyn_cast_if_present<IntegerAttr>(number);
  return integer && integer.getType().isSignlessInteger(64) &&
         integer.getValue() == 1;
}

// Syntax: ` min_n_seqs_per_pass N`, a number usually written without its
// type: `1` is an i64 and `1.0` an f64, so an integer and a float with the
// same value stay distinct. The type may be written too, as in
// `0x7FF0000000000000 : f64` for infinity.
static ParseResult parseMinNSeqsPerPass(OpAsmParser &parser,
                                        Attribute &number) {
  if (failed(parser.parseOptionalKeyword("min_n_seqs_per_pass")))
    return success();
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseAttribute(number))
    return failure();
  auto integer = dyn_cast<IntegerAttr>(number);
  auto real = dyn_cast<FloatAttr>(number);
  if (!(integer && integer.getType().isSignlessInteger(64)) &&
      !(real && real.getType().isF64()))
    return parser.emitError(loc)
           << "min_n_seqs_per_pass must be an i64 integer or an f64 float, "
              "such as 1, 0.25 or 0x7FF0000000000000 : f64, but got "
           << number;
  return success();
}

/// Returns whether `text` lexes as an MLIR float literal, which parses as an
/// f64 when no type follows: an optional minus sign, digits and a period.
/// MLIR 22 prints infinities and NaNs as hexadecimal bit patterns instead,
/// which parse as integers.
static bool isFloatLiteral(StringRef text) {
  text.consume_front("-");
  size_t digits = text.find_first_not_of("0123456789");
  return digits != 0 && digits != StringRef::npos && text[digits] == '.';
}

// Syntax: a signed 64-bit integer. The generic attribute parser would read
// 18446744073709551615 as the 64-bit pattern of -1; this one rejects
// literals outside the signed range.
static ParseResult parseSignedInt64(OpAsmParser &parser, IntegerAttr &value) {
  SMLoc loc = parser.getCurrentLocation();
  APInt integer;
  OptionalParseResult result = parser.parseOptionalInteger(integer);
  if (!result.has_value())
    return parser.emitError(loc) << "expected an integer number of sequences";
  if (failed(*result))
    return failure();
  if (integer.getSignificantBits() > 64)
    return parser.emitError(loc)
           << "n_seqs " << llvm::toString(integer, 10, /*Signed=*/true)
           << " does not fit in a signed 64-bit integer; write the batch "
              "size, a positive number";
  value = parser.getBuilder().getI64IntegerAttr(integer.getSExtValue());
  return success();
}

static void printSignedInt64(OpAsmPrinter &printer, MFCOp op,
                             IntegerAttr value) {
  printer << value.getInt();
}

/// Prints an i64 or f64 `number` without its type, unless it is a float
/// whose untyped text would parse back as an integer.
static void printUntypedNumber(OpAsmPrinter &printer, Attribute number) {
  if (isa<FloatAttr>(number)) {
    std::string text;
    llvm::raw_string_ostream os(text);
    number.print(os, /*elideType=*/true);
    if (!isFloatLiteral(text)) {
      printer.printAttribute(number);
      return;
    }
  }
  printer.printAttributeWithoutType(number);
}

static void printMinNSeqsPerPass(OpAsmPrinter &printer, MFCOp op,
                                 Attribute number) {
  if (!number || isDefaultMinNSeqsPerPass(number))
    return;
  printer << " min_n_seqs_per_pass ";
  printUntypedNumber(printer, number);
}

// Syntax: ` input_key_remap {...}` and ` output_key_remap {...}`.
static ParseResult parseKeyRemaps(OpAsmParser &parser,
                                  DictionaryAttr &inputKeyRemap,
                                  DictionaryAttr &outputKeyRemap) {
  if (parseOptionalField(parser, "input_key_remap", inputKeyRemap))
    return failure();
  return parseOptionalField(parser, "output_key_remap", outputKeyRemap);
}

static void printKeyRemaps(OpAsmPrinter &printer, MFCOp op,
                           DictionaryAttr inputKeyRemap,
                           DictionaryAttr outputKeyRemap) {
  printOptionalField(printer, "input_key_remap", inputKeyRemap);
  printOptionalField(printer, "output_key_remap", outputKeyRemap);
}

// Syntax: ` pre_hooks [...]` and ` post_hooks [...]`.
static ParseResult parseHookLists(OpAsmParser &parser, ArrayAttr &preHooks,
                                  ArrayAttr &postHooks) {
  if (parseOptionalField(parser, "pre_hooks", preHooks))
    return failure();
  return parseOptionalField(parser, "post_hooks", postHooks);
}

static void printHookLists(OpAsmPrinter &printer, MFCOp op,
                           ArrayAttr preHooks, ArrayAttr postHooks) {
  printOptionalField(printer, "pre_hooks", preHooks);
  printOptionalField(printer, "post_hooks", postHooks);
}

//===----------------------------------------------------------------------===//
// MFCOp accessors and verifier
//===----------------------------------------------------------------------===//

void MFCOp::getAsmResultNames(OpAsmSetValueNameFn setNameFn) {
  for (Value output : getOutputs())
    setNameFn(output, keyOf(output.getType()));
}

MicroBatchSpecAttr MFCOp::getMbSpecOrDefault() {
  if (MicroBatchSpecAttr spec = getMbSpecAttr())
    return spec;
  return MicroBatchSpecAttr::get(getContext(), 1, 1000000000000);
}

ArrayRef<Attribute> MFCOp::getHooks(HookPosition position) {
  ArrayAttr hooks = position == HookPosition::pre ? getPreHooksAttr()
                                                  : getPostHooksAttr();
  if (!hooks)
    return {};
  return hooks.getValue();
}

/// Checks that the values of one MFC match its key list one to one.
static LogicalResult verifyKeyedValues(MFCOp op, ValueRange values,
                                       ArrayAttr keys, StringRef valueKind,
                                       StringRef keyKind) {
  if (values.empty())
    return success();
  if (values.size() != keys.size())
    return op.emitOpError()
           << "has " << countOf(values.size(), valueKind) << " but "
           << countOf(keys.size(), (keyKind + " key").str())
           << "; a resolved MFC has one " << valueKind << " per " << keyKind
           << " key";
  for (auto [index, value, key] :
       llvm::enumerate(values, keys.getAsValueRange<StringAttr>())) {
    StringRef carried = keyOf(value.getType());
    if (carried != key)
      return op.emitOpError()
             << valueKind << " #" << index << " has type " << value.getType()
             << " but " << keyKind << " key #" << index << " is \"" << key
             << "\"; " << valueKind << " #i carries " << keyKind
             << " key #i, so give it type " << KeyType::get(op.getContext(), key)
             << " or change the key";
  }
  return success();
}

/// Checks that a key remap maps names to names.
static LogicalResult verifyRemap(MFCOp op, DictionaryAttr remap,
                                 StringRef field) {
  if (!remap)
    return success();
  for (NamedAttribute entry : remap) {
    if (isa<StringAttr>(entry.getValue()))
      continue;
    MLIRContext *context = op.getContext();
    auto example = DictionaryAttr::get(
        context, {NamedAttribute(entry.getName(),
                                 StringAttr::get(context, "name"))});
    return op.emitOpError()
           << field << " maps \"" << entry.getName().getValue() << "\" to "
           << entry.getValue()
           << ", which is not a string; write the name as a string, such as "
           << example;
  }
  return success();
}

/// Checks that no key of a key list is the empty string, which AReaL could
/// not tell apart from a missing key.
static LogicalResult verifyKeyNames(MFCOp op, ArrayAttr keys,
                                    StringRef listName) {
  for (auto [index, key] : llvm::enumerate(keys.getAsValueRange<StringAttr>()))
    if (key.empty())
      return op.emitOpError() << "has an empty key at " << listName << "["
                              << index << "]; give the key a name";
  return success();
}

LogicalResult MFCOp::verify() {
  if (getSymName().empty())
    return emitOpError() << "has an empty name; give the MFC a name that is "
                            "unique in its graph";
  if (failed(verifyKeyNames(*this, getInputKeysAttr(), "input_keys")) ||
      failed(verifyKeyNames(*this, getOutputKeysAttr(), "output_keys")))
    return failure();
  if (failed(verifyKeyedValues(*this, getInputs(), getInputKeysAttr(),
                               "operand", "input")) ||
      failed(verifyKeyedValues(*this, getOutputs(), getOutputKeysAttr(),
                               "result", "output")))
    return failure();
  if (failed(verifyRemap(*this, getInputKeyRemapAttr(), "input_key_remap")) ||
      failed(verifyRemap(*this, getOutputKeyRemapAttr(), "output_key_remap")))
    return failure();
  return success();
}

#define GET_OP_CLASSES
#include "dfg/IR/DFGOps.cpp.inc"
