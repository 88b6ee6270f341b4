//===- VerifyAcyclic.cpp - Reject cyclic dataflow ---------------*- C++ -*-===//
//
// This file implements dfg-verify-acyclic, which reports a cycle of data
// dependencies, self-loops included, naming every MFC on it in order.
//
//===----------------------------------------------------------------------===//

#include "dfg/Analysis/DataflowGraph.h"
#include "dfg/Transforms/Passes.h"

#include "llvm/ADT/StringExtras.h"

namespace dfg {
#define GEN_PASS_DEF_VERIFYACYCLICPASS
#include "dfg/Transforms/Passes.h.inc"
} // namespace dfg

using namespace mlir;
using namespace dfg;

namespace {
struct VerifyAcyclicPass
    : public dfg::impl::VerifyAcyclicPassBase<VerifyAcyclicPass> {
  void runOnOperation() override;
};
} // namespace

/// Returns the keys on an edge as `"a", "b"`.
static std::string quoteKeys(ArrayRef<StringAttr> keys) {
  return llvm::join(llvm::map_range(keys,
                                    [](StringAttr key) {
                                      return ("\"" + key.getValue() + "\"")
                                          .str();
                                    }),
                    ", ");
}

/// Reports one cycle: a self-loop, or the MFCs of a longer cycle in order
/// with a note at each naming the keys it passes on.
static void reportCycle(const DataflowGraph &dataflow,
                        ArrayRef<unsigned> cycle) {
  MutableArrayRef<MFCOp> mfcs = dataflow.getMFCs();
  MFCOp first = mfcs[cycle.front()];
  if (cycle.size() == 1) {
    first.emitError() << "MFC @" << first.getSymName() << " reads "
                      << quoteKeys(dataflow.getEdgeKeys(cycle.front(),
                                                        cycle.front()))
                      << ", which it writes itself; a call cannot consume "
                         "its own output, so rename the input or the output";
    return;
  }

  std::string path;
  for (unsigned node : cycle)
    path += "@" + mfcs[node].getSymName().str() + " -> ";
  path += "@" + first.getSymName().str();

  InFlightDiagnostic diag =
      first.emitError() << "dataflow cycle of " << cycle.size()
                        << " MFCs: " << path
                        << "; AReaL's runtime would wait forever, so break "
                           "the cycle by renaming one of these keys";
  for (auto [position, node] : llvm::enumerate(cycle)) {
    unsigned next = cycle[(position + 1) % cycle.size()];
    diag.attachNote(mfcs[node].getLoc())
        << "@" << mfcs[node].getSymName() << " writes "
        << quoteKeys(dataflow.getEdgeKeys(node, next)) << " read by @"
        << mfcs[next].getSymName();
  }
}

void VerifyAcyclicPass::runOnOperation() {
  const auto &dataflow = getAnalysis<DataflowGraph>();
  if (failed(dataflow.verifyWiring()))
    return signalPassFailure();
  SmallVector<SmallVector<unsigned>> cycles = dataflow.findCycles();
  if (cycles.empty()) {
    markAllAnalysesPreserved();
    return;
  }
  for (ArrayRef<unsigned> cycle : cycles)
    reportCycle(dataflow, cycle);
  signalPassFailure();
}
