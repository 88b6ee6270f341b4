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

using namespace mlir;
using namespace dfg;

/// Returns the key name carried by a value of type `!dfg.key<...>`, or an
/// empty string for any other type.
static StringRef keyOf(Type type) {
  if (auto key = dyn_cast<KeyType>(type))
    return key.getName().getValue();
  return {};
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

LogicalResult GraphOp::verifyRegions() {
  Block &block = getBodyBlock();

  llvm::DenseSet<StringAttr> datasetKeys;
  for (BlockArgument argument : block.getArguments()) {
    auto key = dyn_cast<KeyType>(argument.getType());
    if (!key)
      return emitOpError() << "argument #" << argument.getArgNumber()
                           << " has type " << argument.getType()
                           << "; dataset keys must have type !dfg.key<...>";
    if (!datasetKeys.insert(key.getName()).second)
      return emitOpError() << "dataset key \"" << key.getName().getValue()
                           << "\" is an argument twice";
  }

  llvm::DenseMap<StringAttr, MFCOp> mfcsByName;
  for (Operation &op : block) {
    if (!isa<MFCOp, HookOp>(op))
      return op.emitOpError()
             << "cannot appear in a dfg.graph; a graph holds only dfg.mfc "
                "and dfg.hook ops";
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
             << "names @" << hook.getMfc() << ", which is not an MFC of graph @"
             << getSymName();
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
  do {
    std::string key;
    if (parser.parseString(&key))
      return failure();
    keys.push_back(parser.getBuilder().getStringAttr(key));
  } while (succeeded(parser.parseOptionalComma()));
  return parser.parseRParen();
}

// Syntax: ` ins(...)` and ` outs(...)`, each omitted when its list is
// empty. In resolved form the op binds one result per output key.
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
           << "binds " << numResults << " results but lists "
           << outputKeyAttrs.size()
           << " output keys; a resolved MFC has one result per output key";
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

// Syntax: a number without its type; `1` is an i64 and `1.0` an f64, so an
// integer and a float with the same value stay distinct.
static ParseResult parseUntypedNumber(OpAsmParser &parser, Attribute &number) {
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseAttribute(number))
    return failure();
  if (!isa<IntegerAttr, FloatAttr>(number))
    return parser.emitError(loc) << "expected an integer or a float";
  return success();
}

static void printUntypedNumber(OpAsmPrinter &printer, MFCOp op,
                               Attribute number) {
  printer.printAttributeWithoutType(number);
}

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
           << "has " << values.size() << " " << valueKind << "s but "
           << keys.size() << " " << keyKind
           << " keys; a resolved MFC has one " << valueKind << " per "
           << keyKind << " key";
  for (auto [index, value, key] :
       llvm::enumerate(values, keys.getAsValueRange<StringAttr>())) {
    StringRef carried = keyOf(value.getType());
    if (carried != key)
      return op.emitOpError()
             << valueKind << " #" << index << " carries key \"" << carried
             << "\" but " << keyKind << " key #" << index << " is \"" << key
             << "\"";
  }
  return success();
}

/// Checks that a key remap maps names to names.
static LogicalResult verifyRemap(MFCOp op, DictionaryAttr remap,
                                 StringRef field) {
  if (!remap)
    return success();
  for (NamedAttribute entry : remap)
    if (!isa<StringAttr>(entry.getValue()))
      return op.emitOpError()
             << field << " maps \"" << entry.getName().getValue() << "\" to "
             << entry.getValue() << "; the value must be a string";
  return success();
}

LogicalResult MFCOp::verify() {
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
