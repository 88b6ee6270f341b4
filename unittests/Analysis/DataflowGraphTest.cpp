//===- DataflowGraphTest.cpp - Tests of the dataflow analyses ---*- C++ -*-===//
//
// This file tests DataflowGraph on small graphs parsed from dfg IR, in both
// key-based and resolved form.
//
//===----------------------------------------------------------------------===//

#include "dfg/Analysis/DataflowGraph.h"
#include "dfg/IR/DFGDialect.h"
#include "dfg/IR/DFGOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "llvm/ADT/DepthFirstIterator.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/SCCIterator.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace dfg;

namespace {

class DataflowGraphTest : public ::testing::Test {
protected:
  DataflowGraphTest() { context.loadDialect<DFGDialect>(); }

  /// Parses `source` and returns its first graph, or null on a parse error.
  GraphOp parseGraph(StringRef source) {
    module = parseSourceString<ModuleOp>(source, &context);
    if (!module)
      return {};
    auto graphs = module->getOps<GraphOp>();
    return graphs.empty() ? GraphOp() : *graphs.begin();
  }

  /// Returns the names of the MFCs at `positions`.
  static std::vector<std::string> names(const DataflowGraph &dataflow,
                                        ArrayRef<unsigned> positions) {
    std::vector<std::string> result;
    for (unsigned position : positions)
      result.push_back(dataflow.getMFCs()[position].getSymName().str());
    return result;
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
};

// Key-based PPO-like graph: gen feeds ref and train, ref feeds train.
constexpr StringLiteral kPPO = R"mlir(
dfg.graph @ppo {
  mfc @train train_step ins("seq", "ref_logp", "prompt") model <"actor", 1> n_seqs 8 impl <"a", {}>
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"a", {}>
  mfc @ref inference ins("seq") outs("ref_logp") model <"ref"> n_seqs 8 impl <"r", {}>
}
)mlir";

TEST_F(DataflowGraphTest, EdgesSortedWithConsumerKeyOrder) {
  GraphOp graph = parseGraph(kPPO);
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  ArrayRef<DataflowGraph::Edge> edges = dataflow.getEdges();
  ASSERT_EQ(edges.size(), 3u);
  EXPECT_EQ(names(dataflow, {edges[0].from, edges[0].to}),
            (std::vector<std::string>{"gen", "train"}));
  EXPECT_EQ(names(dataflow, {edges[1].from, edges[1].to}),
            (std::vector<std::string>{"gen", "ref"}));
  EXPECT_EQ(names(dataflow, {edges[2].from, edges[2].to}),
            (std::vector<std::string>{"ref", "train"}));
  ASSERT_EQ(edges[0].keys.size(), 1u);
  EXPECT_EQ(edges[0].keys[0].getValue(), "seq");
}

TEST_F(DataflowGraphTest, SourcesSinksAndDatasetKeys) {
  GraphOp graph = parseGraph(kPPO);
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  EXPECT_FALSE(dataflow.isSource(0));
  EXPECT_TRUE(dataflow.isSink(0));
  EXPECT_TRUE(dataflow.isSource(1));
  EXPECT_FALSE(dataflow.isSink(1));
  ASSERT_EQ(dataflow.getDatasetKeys().size(), 1u);
  EXPECT_EQ(dataflow.getDatasetKeys()[0].getValue(), "prompt");
}

TEST_F(DataflowGraphTest, GenerationsAreLongestDistance) {
  GraphOp graph = parseGraph(kPPO);
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  ASSERT_TRUE(dataflow.isAcyclic());
  std::vector<unsigned> generation = dataflow.computeGenerations();
  EXPECT_EQ(generation, (std::vector<unsigned>{2, 0, 1}));
}

TEST_F(DataflowGraphTest, RoleTerminalIgnoresReplicaIds) {
  GraphOp graph = parseGraph(kPPO);
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  // gen (actor@0) has train (actor@1) below it, so it is not terminal.
  std::vector<bool> terminal = dataflow.computeRoleTerminal();
  EXPECT_EQ(terminal, (std::vector<bool>{true, false, true}));
}

TEST_F(DataflowGraphTest, LastProducerWinsInKeyForm) {
  GraphOp graph = parseGraph(R"mlir(
dfg.graph @g {
  mfc @a generate outs("x") model <"a"> n_seqs 1 impl <"i", {}>
  mfc @b generate outs("x") model <"b"> n_seqs 1 impl <"i", {}>
  mfc @c inference ins("x") model <"c"> n_seqs 1 impl <"i", {}>
}
)mlir");
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  ASSERT_EQ(dataflow.getEdges().size(), 1u);
  EXPECT_EQ(names(dataflow, {dataflow.getEdges()[0].from}),
            (std::vector<std::string>{"b"}));
  EXPECT_TRUE(dataflow.isSink(0));
}

TEST_F(DataflowGraphTest, ResolvedFormUsesOperands) {
  GraphOp graph = parseGraph(R"mlir(
dfg.graph @g(%p : "p") {
  %x = mfc @a generate ins(%p : "p") outs("x") model <"a"> n_seqs 1 impl <"i", {}>
  mfc @b inference ins(%x : "x", %p : "p") model <"b"> n_seqs 1 impl <"i", {}>
}
)mlir");
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  ASSERT_EQ(dataflow.getEdges().size(), 1u);
  EXPECT_EQ(dataflow.getEdges()[0].from, 0u);
  EXPECT_EQ(dataflow.getEdges()[0].to, 1u);
  ASSERT_EQ(dataflow.getDatasetKeys().size(), 1u);
  EXPECT_EQ(dataflow.getDatasetKeys()[0].getValue(), "p");
}

TEST_F(DataflowGraphTest, CycleStartsAtFirstListedMFC) {
  GraphOp graph = parseGraph(R"mlir(
dfg.graph @g {
  mfc @c inference ins("y") outs("z") model <"c"> n_seqs 1 impl <"i", {}>
  mfc @a inference ins("z") outs("x") model <"a"> n_seqs 1 impl <"i", {}>
  mfc @b inference ins("x") outs("y") model <"b"> n_seqs 1 impl <"i", {}>
}
)mlir");
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  EXPECT_FALSE(dataflow.isAcyclic());
  std::optional<SmallVector<unsigned>> cycle = dataflow.findCycle();
  ASSERT_TRUE(cycle.has_value());
  EXPECT_EQ(names(dataflow, *cycle),
            (std::vector<std::string>{"c", "a", "b"}));
}

TEST_F(DataflowGraphTest, SelfLoopIsCycleOfOne) {
  GraphOp graph = parseGraph(R"mlir(
dfg.graph @g {
  mfc @a inference ins("x") outs("x") model <"a"> n_seqs 1 impl <"i", {}>
}
)mlir");
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  std::optional<SmallVector<unsigned>> cycle = dataflow.findCycle();
  ASSERT_TRUE(cycle.has_value());
  EXPECT_EQ(cycle->size(), 1u);
  EXPECT_FALSE(dataflow.computeRoleTerminal()[0]);
}

TEST_F(DataflowGraphTest, FindCyclesReportsEachComponent) {
  GraphOp graph = parseGraph(R"mlir(
dfg.graph @g {
  mfc @d inference ins("v") outs("u") model <"d"> n_seqs 1 impl <"i", {}>
  mfc @a inference ins("y") outs("x") model <"a"> n_seqs 1 impl <"i", {}>
  mfc @s inference ins("s") outs("s") model <"s"> n_seqs 1 impl <"i", {}>
  mfc @b inference ins("x") outs("y") model <"b"> n_seqs 1 impl <"i", {}>
  mfc @c inference ins("u") outs("v") model <"c"> n_seqs 1 impl <"i", {}>
  mfc @free inference ins("u") model <"f"> n_seqs 1 impl <"i", {}>
}
)mlir");
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  SmallVector<SmallVector<unsigned>> cycles = dataflow.findCycles();
  ASSERT_EQ(cycles.size(), 3u);
  EXPECT_EQ(names(dataflow, cycles[0]),
            (std::vector<std::string>{"d", "c"}));
  EXPECT_EQ(names(dataflow, cycles[1]),
            (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(names(dataflow, cycles[2]), (std::vector<std::string>{"s"}));
}

TEST_F(DataflowGraphTest, GraphTraitsWalkSuccessors) {
  GraphOp graph = parseGraph(kPPO);
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  // From gen (position 1), depth-first order reaches ref and train.
  std::vector<unsigned> reached;
  for (const DataflowGraph::Node *node :
       llvm::depth_first(dataflow.getNode(1)))
    reached.push_back(node->index);
  EXPECT_EQ(reached, (std::vector<unsigned>{1, 0, 2}));

  // Post order from gen lists every consumer before its producer.
  std::vector<unsigned> post;
  for (const DataflowGraph::Node *node : llvm::post_order(dataflow.getNode(1)))
    post.push_back(node->index);
  EXPECT_EQ(post, (std::vector<unsigned>{0, 2, 1}));

  unsigned count = 0;
  const DataflowGraph *whole = &dataflow;
  for (const DataflowGraph::Node *node : llvm::nodes(whole)) {
    EXPECT_EQ(node->index, count);
    ++count;
  }
  EXPECT_EQ(count, 3u);
}

TEST_F(DataflowGraphTest, GraphTraitsFindComponents) {
  GraphOp graph = parseGraph(R"mlir(
dfg.graph @g {
  mfc @a inference ins("y") outs("x") model <"a"> n_seqs 1 impl <"i", {}>
  mfc @b inference ins("x") outs("y", "z") model <"b"> n_seqs 1 impl <"i", {}>
  mfc @c inference ins("z") model <"c"> n_seqs 1 impl <"i", {}>
}
)mlir");
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  // scc_iterator yields components in reverse topological order.
  std::vector<size_t> sizes;
  const DataflowGraph *whole = &dataflow;
  for (auto it = llvm::scc_begin(whole); !it.isAtEnd(); ++it)
    sizes.push_back((*it).size());
  EXPECT_EQ(sizes, (std::vector<size_t>{1, 2}));
}

TEST_F(DataflowGraphTest, DeepChainNeedsNoRecursion) {
  // A chain of 100000 MFCs on two alternating roles.
  std::string source = "dfg.graph @chain {\n";
  constexpr unsigned kLength = 100000;
  for (unsigned i = 0; i < kLength; ++i) {
    source += "  mfc @m" + std::to_string(i) + " inference";
    if (i > 0)
      source += " ins(\"k" + std::to_string(i - 1) + "\")";
    source += " outs(\"k" + std::to_string(i) + "\") model <\"r" +
              std::to_string(i % 2) + "\"> n_seqs 1 impl <\"i\", {}>\n";
  }
  source += "}\n";
  GraphOp graph = parseGraph(source);
  ASSERT_TRUE(graph);
  DataflowGraph dataflow(graph);

  ASSERT_TRUE(dataflow.isAcyclic());
  EXPECT_FALSE(dataflow.findCycle().has_value());
  EXPECT_EQ(dataflow.computeGenerations().back(), kLength - 1);
  std::vector<bool> terminal = dataflow.computeRoleTerminal();
  EXPECT_TRUE(terminal[kLength - 1]);
  EXPECT_TRUE(terminal[kLength - 2]);
  EXPECT_FALSE(terminal[kLength - 3]);
}

} // namespace
