//===- ResolveEdges.cpp - Turn key-based edges into SSA ---------*- C++ -*-===//
//
// This file implements dfg-resolve-edges, which rewrites a graph from
// AReaL's key-based form into SSA form after checking that every key has at
// most one producer and that no MFC lists a key twice.
//
//===----------------------------------------------------------------------===//

#include "dfg/Analysis/DataflowGraph.h"
#include "dfg/Transforms/Passes.h"

#include "llvm/ADT/DenseSet.h"

namespace dfg {
#define GEN_PASS_DEF_RESOLVEEDGESPASS
#include "dfg/Transforms/Passes.h.inc"
} // namespace dfg

using namespace mlir;
using namespace dfg;

namespace {
struct ResolveEdgesPass
    : public dfg::impl::ResolveEdgesPassBase<ResolveEdgesPass> {
  using ResolveEdgesPassBase::ResolveEdgesPassBase;
  void runOnOperation() override;
};
} // namespace

/// Reports every key that appears twice in one key list of `mfc`.
static LogicalResult checkDistinctKeys(MFCOp mfc, ArrayAttr keys,
                                       StringRef listName) {
  bool ok = true;
  llvm::SmallDenseSet<StringAttr, 8> seen;
  llvm::SmallDenseSet<StringAttr, 8> reported;
  for (StringAttr key : keys.getAsRange<StringAttr>()) {
    if (seen.insert(key).second || !reported.insert(key).second)
      continue;
    mfc.emitError() << "MFC @" << mfc.getSymName() << " lists key \""
                    << key.getValue() << "\" twice in " << listName
                    << "; remove the repeated entry";
    ok = false;
  }
  return success(ok);
}

/// Reports keys written by more than one MFC as an error at the second
/// producer, with a note at each producer. When several producers are
/// allowed, it warns instead at each producer whose output the runtime drops
/// because a later MFC writes the same key.
static LogicalResult checkSingleProducers(const DataflowGraph &dataflow,
                                          bool allowMultipleProducers) {
  bool ok = true;
  for (const auto &[key, writers] : dataflow.getProducers()) {
    if (writers.size() < 2)
      continue;
    MFCOp last = dataflow.getMFCs()[writers.back()];
    if (allowMultipleProducers) {
      for (unsigned writer : ArrayRef<unsigned>(writers).drop_back()) {
        MFCOp dropped = dataflow.getMFCs()[writer];
        dropped.emitWarning()
            << "output key \"" << key.getValue() << "\" of @"
            << dropped.getSymName() << " is dropped: @" << last.getSymName()
            << " also writes it and comes later in the list, so every "
               "consumer reads @"
            << last.getSymName() << "'s value";
      }
      continue;
    }
    InFlightDiagnostic diag =
        dataflow.getMFCs()[writers[1]].emitError()
        << "key \"" << key.getValue() << "\" is written by " << writers.size()
        << " MFCs; AReaL would keep only the last one's output, so rename "
           "the key in all but one producer (or keep the last one with "
           "--dfg-pipeline=allow-multiple-producers=true)";
    for (unsigned writer : writers) {
      MFCOp producer = dataflow.getMFCs()[writer];
      diag.attachNote(producer.getLoc())
          << "written by @" << producer.getSymName();
    }
    ok = false;
  }
  return success(ok);
}

void ResolveEdgesPass::runOnOperation() {
  GraphOp graph = getOperation();
  const auto &dataflow = getAnalysis<DataflowGraph>();

  bool ok = true;
  for (MFCOp mfc : dataflow.getMFCs()) {
    ok &= succeeded(checkDistinctKeys(mfc, mfc.getInputKeys(), "input_keys"));
    ok &=
        succeeded(checkDistinctKeys(mfc, mfc.getOutputKeys(), "output_keys"));
  }
  ok &= succeeded(
      checkSingleProducers(dataflow, allowMultipleProducers));
  if (!ok)
    return signalPassFailure();

  if (graph.isResolved()) {
    if (failed(dataflow.verifyWiring()))
      return signalPassFailure();
    markAllAnalysesPreserved();
    return;
  }

  // Dataset keys become arguments of the body, located at their first
  // reader.
  Block &body = graph.getBodyBlock();
  MLIRContext *context = &getContext();
  llvm::DenseMap<StringAttr, Value> valueOfKey;
  for (StringAttr key : dataflow.getDatasetKeys()) {
    MFCOp firstReader =
        dataflow.getMFCs()[dataflow.getConsumers().lookup(key).front()];
    valueOfKey[key] =
        body.addArgument(KeyType::get(context, key), firstReader.getLoc());
  }

  // Recreate every MFC with one result per output key. Operands are set in
  // a second step because a producer may come after its consumer in the
  // list.
  OpBuilder builder(context);
  SmallVector<MFCOp> resolved;
  for (MFCOp mfc : dataflow.getMFCs()) {
    SmallVector<Type> resultTypes;
    for (StringAttr key : mfc.getOutputKeys().getAsRange<StringAttr>())
      resultTypes.push_back(KeyType::get(context, key));

    OperationState state(mfc.getLoc(), mfc->getName());
    state.addTypes(resultTypes);
    state.propertiesAttr = mfc->getPropertiesAsAttribute();
    state.addAttributes(mfc->getDiscardableAttrDictionary().getValue());
    builder.setInsertionPoint(mfc);
    auto replacement = cast<MFCOp>(builder.create(state));
    resolved.push_back(replacement);
  }

  // Consumers read the last producer of a key, as in AReaL.
  const auto &producers = dataflow.getProducers();
  for (auto [index, mfc] : llvm::enumerate(resolved))
    for (auto [key, result] : llvm::zip_equal(
             mfc.getOutputKeys().getAsRange<StringAttr>(), mfc.getOutputs()))
      if (producers.lookup(key).back() == index)
        valueOfKey[key] = result;

  for (MFCOp mfc : resolved) {
    SmallVector<Value> operands;
    for (StringAttr key : mfc.getInputKeys().getAsRange<StringAttr>())
      operands.push_back(valueOfKey.lookup(key));
    mfc->setOperands(operands);
  }

  for (MFCOp mfc : dataflow.getMFCs())
    mfc.erase();
}
