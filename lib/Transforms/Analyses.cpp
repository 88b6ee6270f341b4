//===- Analyses.cpp - Passes that expose the dataflow analyses --*- C++ -*-===//
//
// This file implements the passes that write the DataflowGraph analyses
// into the IR as attributes, or print them as remarks for tests.
//
//===----------------------------------------------------------------------===//

#include "dfg/Analysis/DataflowGraph.h"
#include "dfg/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringExtras.h"

#include <map>

namespace dfg {
#define GEN_PASS_DEF_ANNOTATEANALYSESPASS
#define GEN_PASS_DEF_ROLETERMINALPASS
#define GEN_PASS_DEF_TESTPRINTANALYSESPASS
#include "dfg/Transforms/Passes.h.inc"
} // namespace dfg

using namespace mlir;
using namespace dfg;

namespace {
struct AnnotateAnalysesPass
    : public dfg::impl::AnnotateAnalysesPassBase<AnnotateAnalysesPass> {
  void runOnOperation() override;
};

struct RoleTerminalPass
    : public dfg::impl::RoleTerminalPassBase<RoleTerminalPass> {
  void runOnOperation() override;
};

struct TestPrintAnalysesPass
    : public dfg::impl::TestPrintAnalysesPassBase<TestPrintAnalysesPass> {
  void runOnOperation() override;
};
} // namespace

// Names of the attributes written by the annotating passes.
static constexpr StringLiteral kSourceAttr = "dfg.source";
static constexpr StringLiteral kSinkAttr = "dfg.sink";
static constexpr StringLiteral kRoleTerminalAttr = "dfg.role_terminal";
static constexpr StringLiteral kGenerationAttr = "dfg.generation";
static constexpr StringLiteral kDatasetKeysAttr = "dfg.dataset_keys";
static constexpr StringLiteral kGenerationsAttr = "dfg.topological_generations";
static constexpr StringLiteral kProducersAttr = "dfg.data_producers";
static constexpr StringLiteral kConsumersAttr = "dfg.data_consumers";

/// Sets or removes the unit attribute `name` on `op`.
static void setFlag(Operation *op, StringRef name, bool value) {
  if (value)
    op->setAttr(name, UnitAttr::get(op->getContext()));
  else
    op->removeAttr(name);
}

static void writeRoleTerminal(const DataflowGraph &dataflow) {
  std::vector<bool> terminal = dataflow.computeRoleTerminal();
  for (auto [index, mfc] : llvm::enumerate(dataflow.getMFCs()))
    setFlag(mfc, kRoleTerminalAttr, terminal[index]);
}

/// Returns the MFCs of each generation, sorted by name.
static std::vector<SmallVector<StringAttr>>
groupByGeneration(const DataflowGraph &dataflow,
                  ArrayRef<unsigned> generation) {
  std::vector<SmallVector<StringAttr>> groups;
  for (auto [index, mfc] : llvm::enumerate(dataflow.getMFCs())) {
    if (generation[index] >= groups.size())
      groups.resize(generation[index] + 1);
    groups[generation[index]].push_back(mfc.getSymNameAttr());
  }
  for (auto &group : groups)
    llvm::sort(group, [](StringAttr lhs, StringAttr rhs) {
      return lhs.getValue() < rhs.getValue();
    });
  return groups;
}

void AnnotateAnalysesPass::runOnOperation() {
  GraphOp graph = getOperation();
  const auto &dataflow = getAnalysis<DataflowGraph>();
  if (failed(dataflow.verifyWiring()))
    return signalPassFailure();
  if (!dataflow.isAcyclic()) {
    graph.emitError() << "cannot compute the analyses of graph @"
                      << graph.getSymName()
                      << " because its dataflow has a cycle; run "
                         "dfg-verify-acyclic to see the cycle";
    return signalPassFailure();
  }

  Builder builder(&getContext());
  MutableArrayRef<MFCOp> mfcs = dataflow.getMFCs();
  std::vector<unsigned> generation = dataflow.computeGenerations();
  for (auto [index, mfc] : llvm::enumerate(mfcs)) {
    setFlag(mfc, kSourceAttr, dataflow.isSource(index));
    setFlag(mfc, kSinkAttr, dataflow.isSink(index));
    mfc->setAttr(kGenerationAttr, builder.getI64IntegerAttr(generation[index]));
  }
  writeRoleTerminal(dataflow);

  SmallVector<Attribute> datasetKeys(dataflow.getDatasetKeys());
  graph->setAttr(kDatasetKeysAttr, builder.getArrayAttr(datasetKeys));

  SmallVector<Attribute> generations;
  for (auto &group : groupByGeneration(dataflow, generation))
    generations.push_back(builder.getArrayAttr(
        SmallVector<Attribute>(group.begin(), group.end())));
  graph->setAttr(kGenerationsAttr, builder.getArrayAttr(generations));

  // A key written by several MFCs (allowed by allow-multiple-producers) is
  // produced by the last one, as in AReaL.
  SmallVector<NamedAttribute> producers;
  for (const auto &[key, writers] : dataflow.getProducers())
    producers.push_back(builder.getNamedAttr(
        key, mfcs[writers.back()].getSymNameAttr()));
  graph->setAttr(kProducersAttr, builder.getDictionaryAttr(producers));

  SmallVector<NamedAttribute> consumers;
  for (const auto &[key, readers] : dataflow.getConsumers()) {
    SmallVector<Attribute> names;
    for (unsigned reader : readers)
      names.push_back(mfcs[reader].getSymNameAttr());
    consumers.push_back(
        builder.getNamedAttr(key, builder.getArrayAttr(names)));
  }
  graph->setAttr(kConsumersAttr, builder.getDictionaryAttr(consumers));
  markAllAnalysesPreserved();
}

void RoleTerminalPass::runOnOperation() {
  const auto &dataflow = getAnalysis<DataflowGraph>();
  if (failed(dataflow.verifyWiring()))
    return signalPassFailure();
  writeRoleTerminal(dataflow);
  markAllAnalysesPreserved();
}

void TestPrintAnalysesPass::runOnOperation() {
  GraphOp graph = getOperation();
  const auto &dataflow = getAnalysis<DataflowGraph>();
  if (failed(dataflow.verifyWiring()))
    return signalPassFailure();
  auto quoted = [](StringAttr key) {
    return ("\"" + key.getValue() + "\"").str();
  };

  graph.emitRemark() << "dataset keys: ["
                     << llvm::join(llvm::map_range(dataflow.getDatasetKeys(),
                                                   quoted),
                                   ", ")
                     << "]";

  // On a cyclic graph only the MFCs in the (partial) topological order have
  // a generation; the others lie on a cycle or downstream of one.
  std::vector<bool> terminal = dataflow.computeRoleTerminal();
  std::vector<unsigned> generation = dataflow.computeGenerations();
  std::vector<bool> ordered(dataflow.size(), false);
  for (unsigned index : dataflow.getTopologicalOrder())
    ordered[index] = true;
  for (auto [index, mfc] : llvm::enumerate(dataflow.getMFCs())) {
    InFlightDiagnostic remark = mfc.emitRemark();
    remark << "@" << mfc.getSymName() << ":";
    if (dataflow.isSource(index))
      remark << " source";
    if (dataflow.isSink(index))
      remark << " sink";
    if (terminal[index])
      remark << " role-terminal";
    if (ordered[index])
      remark << " generation " << generation[index];
    else
      remark << " on a cycle or behind one";
  }
  markAllAnalysesPreserved();
}
