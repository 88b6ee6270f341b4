//===- DataflowGraph.h - Edges and analyses of a dfg graph ------*- C++ -*-===//
//
// This file declares DataflowGraph, the edges between the MFCs of one
// dfg.graph together with the analyses AReaL's runtime derives from them:
// sources, sinks, role-terminal MFCs, topological generations, and the
// producers and consumers of each key.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_ANALYSIS_DATAFLOWGRAPH_H
#define DFG_ANALYSIS_DATAFLOWGRAPH_H

#include "dfg/IR/DFGOps.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/GraphTraits.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/iterator.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <vector>

namespace dfg {

/// The dataflow edges of one graph and the analyses built on them.
///
/// MFCs are numbered by their position in the graph's list. In key-based
/// form an input key is fed by the last MFC in list order that writes it,
/// as in AReaL; in resolved form it is fed by the op that defines the
/// operand. A key that no MFC writes is a dataset key. The two agree only
/// when verifyWiring() succeeds, so a pass on a resolved graph calls it
/// before it reads any edge. Every query except computeRoleTerminal() is
/// linear in the size of the graph.
///
/// The class can be used as an MLIR analysis: `getAnalysis<DataflowGraph>()`
/// in a pass anchored on dfg.graph.
class DataflowGraph {
public:
  /// An edge between two MFCs and the keys it carries, in the consumer's
  /// input order.
  struct Edge {
    unsigned from;
    unsigned to;
    llvm::SmallVector<mlir::StringAttr, 4> keys;
  };

  /// Builds the edges of `op`, which must be a dfg.graph.
  explicit DataflowGraph(mlir::Operation *op);

  /// Nodes point back at their graph, so the graph stays where it is built.
  DataflowGraph(const DataflowGraph &) = delete;
  DataflowGraph &operator=(const DataflowGraph &) = delete;

  /// One MFC as a node for llvm::GraphTraits, so that LLVM's graph
  /// algorithms (depth_first, post_order, scc_iterator) run on the graph.
  struct Node {
    const DataflowGraph *graph;
    unsigned index;
  };

  /// Returns the node of the MFC at `index`.
  const Node *getNode(unsigned index) const { return &nodes[index]; }

  /// Returns all nodes, in list order.
  llvm::ArrayRef<Node> getNodes() const { return nodes; }

  /// Checks that the SSA edges of a resolved graph are its key-based edges.
  /// Each operand must be the result of the last MFC in list order that
  /// writes the operand's key, or a dataset argument when no MFC writes it.
  /// Emits an error at each MFC with a contradicting operand. Key-based MFCs
  /// always pass.
  mlir::LogicalResult verifyWiring() const;

  /// Returns the MFCs in list order. Op handles stay usable for emitting
  /// diagnostics and setting attributes from a const analysis.
  llvm::MutableArrayRef<MFCOp> getMFCs() const { return mfcs; }
  unsigned size() const { return mfcs.size(); }

  /// Returns the position of `mfc` in the list.
  unsigned indexOf(MFCOp mfc) const { return indices.lookup(mfc); }

  /// Returns the edges sorted by (from, to) position.
  llvm::ArrayRef<Edge> getEdges() const { return edges; }

  /// Returns the positions of the distinct successors or predecessors of
  /// the MFC at `index`, in increasing order. A self-loop is included.
  llvm::ArrayRef<unsigned> getSuccessors(unsigned index) const {
    return successors[index];
  }
  llvm::ArrayRef<unsigned> getPredecessors(unsigned index) const {
    return predecessors[index];
  }

  /// Returns whether the MFC has no incoming or no outgoing edge.
  bool isSource(unsigned index) const { return predecessors[index].empty(); }
  bool isSink(unsigned index) const { return successors[index].empty(); }

  /// Returns the keys no MFC writes, in order of first use.
  llvm::ArrayRef<mlir::StringAttr> getDatasetKeys() const {
    return datasetKeys;
  }

  /// Returns, for each written key in order of first appearance, the MFCs
  /// that write it in list order, each MFC once. More than one writer is an
  /// error in dfg, but AReaL accepts it and keeps the last one.
  const llvm::MapVector<mlir::StringAttr, llvm::SmallVector<unsigned, 1>> &
  getProducers() const {
    return producers;
  }

  /// Returns, for each read key in order of first use, the MFCs that read it
  /// in list order.
  const llvm::MapVector<mlir::StringAttr, llvm::SmallVector<unsigned, 2>> &
  getConsumers() const {
    return consumers;
  }

  /// Returns whether the edges form no cycle, self-loops included.
  bool isAcyclic() const { return topologicalOrder.size() == mfcs.size(); }

  /// Returns the MFCs in a topological order. On a cyclic graph it lists
  /// only the MFCs that are neither on a cycle nor behind one.
  llvm::ArrayRef<unsigned> getTopologicalOrder() const {
    return topologicalOrder;
  }

  /// Returns one cycle for every self-loop and one for every strongly
  /// connected component of two or more MFCs, ordered by their first MFC.
  /// A cycle lists the positions of its MFCs in edge order, so each feeds
  /// the next and the last feeds the first. It starts at the MFC that comes
  /// first in the list, and a self-loop is a cycle of one MFC. A component
  /// that contains many cycles shows one. The search is iterative.
  llvm::SmallVector<llvm::SmallVector<unsigned>> findCycles() const;

  /// Returns the first cycle of findCycles(), or nothing when the graph is
  /// acyclic.
  std::optional<llvm::SmallVector<unsigned>> findCycle() const;

  /// Returns the keys on the edge from `from` to `to`, or an empty list.
  llvm::ArrayRef<mlir::StringAttr> getEdgeKeys(unsigned from,
                                               unsigned to) const;

  /// Returns, for each MFC, its longest distance from a source. On a cyclic
  /// graph the value is valid only for the MFCs in getTopologicalOrder().
  std::vector<unsigned> computeGenerations() const;

  /// Returns, for each MFC, whether none of its strict descendants runs on
  /// the same role (replica ids are ignored). Works on cyclic graphs too,
  /// where every MFC on a cycle is its own strict descendant and so is not
  /// terminal. After one linear pass, a role with one MFC costs O(1). A role
  /// with several MFCs costs one backward walk over the part of the graph
  /// between its MFCs.
  std::vector<bool> computeRoleTerminal() const;

private:
  void addEdgeKey(unsigned from, unsigned to, mlir::StringAttr key);
  void finalizeEdges();
  void computeTopologicalOrder();

  /// Returns, for each MFC, the index of its strongly connected component.
  /// Components are numbered from 0 in a topological order of the
  /// condensation, so every edge between two components goes to a higher
  /// index. The search is iterative.
  std::vector<unsigned> computeComponents() const;

  mutable std::vector<MFCOp> mfcs;
  std::vector<Node> nodes;
  llvm::DenseMap<MFCOp, unsigned> indices;
  llvm::DenseMap<std::pair<unsigned, unsigned>, unsigned> edgeIndex;
  std::vector<Edge> edges;
  std::vector<llvm::SmallVector<unsigned, 4>> successors;
  std::vector<llvm::SmallVector<unsigned, 4>> predecessors;
  llvm::SmallVector<mlir::StringAttr> datasetKeys;
  llvm::MapVector<mlir::StringAttr, llvm::SmallVector<unsigned, 1>> producers;
  llvm::MapVector<mlir::StringAttr, llvm::SmallVector<unsigned, 2>> consumers;
  std::vector<unsigned> topologicalOrder;
};

} // namespace dfg

namespace llvm {

/// Walks from one MFC to the MFCs that read its outputs.
template <>
struct GraphTraits<const dfg::DataflowGraph::Node *> {
  using NodeRef = const dfg::DataflowGraph::Node *;

  /// Maps a successor position to its node.
  struct PositionToNode {
    const dfg::DataflowGraph *graph;
    NodeRef operator()(unsigned index) const { return graph->getNode(index); }
  };
  using ChildIteratorType =
      mapped_iterator<ArrayRef<unsigned>::iterator, PositionToNode>;

  static NodeRef getEntryNode(NodeRef node) { return node; }
  static ChildIteratorType child_begin(NodeRef node) {
    return {node->graph->getSuccessors(node->index).begin(),
            PositionToNode{node->graph}};
  }
  static ChildIteratorType child_end(NodeRef node) {
    return {node->graph->getSuccessors(node->index).end(),
            PositionToNode{node->graph}};
  }
};

/// The whole graph; its entry node is the first MFC of the list, so a walk
/// from the entry reaches only that MFC's descendants. The graph must have
/// at least one MFC.
template <>
struct GraphTraits<const dfg::DataflowGraph *>
    : public GraphTraits<const dfg::DataflowGraph::Node *> {
  using nodes_iterator = pointer_iterator<
      ArrayRef<dfg::DataflowGraph::Node>::iterator>;

  static NodeRef getEntryNode(const dfg::DataflowGraph *graph) {
    return graph->getNode(0);
  }
  static nodes_iterator nodes_begin(const dfg::DataflowGraph *graph) {
    return nodes_iterator(graph->getNodes().begin());
  }
  static nodes_iterator nodes_end(const dfg::DataflowGraph *graph) {
    return nodes_iterator(graph->getNodes().end());
  }
  static unsigned size(const dfg::DataflowGraph *graph) {
    return graph->size();
  }
};

} // namespace llvm

#endif // DFG_ANALYSIS_DATAFLOWGRAPH_H
