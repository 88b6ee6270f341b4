//===- DataflowGraph.cpp - Edges and analyses of a dfg graph ----*- C++ -*-===//
//
// This file builds the edges of a dfg.graph and implements the analyses on
// them with worklists, so that deep graphs do not exhaust the stack.
//
//===----------------------------------------------------------------------===//

#include "dfg/Analysis/DataflowGraph.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>

using namespace mlir;
using namespace dfg;

DataflowGraph::DataflowGraph(Operation *op) {
  auto graph = cast<GraphOp>(op);
  for (MFCOp mfc : graph.getMFCs()) {
    indices[mfc] = mfcs.size();
    mfcs.push_back(mfc);
  }
  successors.resize(mfcs.size());
  predecessors.resize(mfcs.size());

  for (auto [index, mfc] : llvm::enumerate(mfcs)) {
    // An MFC that lists an output key twice is still one producer of it;
    // dfg-resolve-edges reports the repeated entry on its own.
    for (StringAttr key : mfc.getOutputKeys().getAsRange<StringAttr>()) {
      SmallVector<unsigned, 1> &writers = producers[key];
      if (writers.empty() || writers.back() != index)
        writers.push_back(index);
    }
    for (StringAttr key : mfc.getInputKeys().getAsRange<StringAttr>())
      consumers[key].push_back(index);
  }

  for (auto [index, mfc] : llvm::enumerate(mfcs)) {
    ArrayAttr inputKeys = mfc.getInputKeys();
    bool resolved = mfc.getInputs().size() == inputKeys.size() &&
                    !inputKeys.empty();
    for (auto [position, key] :
         llvm::enumerate(inputKeys.getAsRange<StringAttr>())) {
      // In resolved form the operand names the producer; a graph argument
      // is a dataset key.
      if (resolved) {
        auto producer = mfc.getInputs()[position].getDefiningOp<MFCOp>();
        if (producer)
          addEdgeKey(indices.lookup(producer), index, key);
        continue;
      }
      auto it = producers.find(key);
      if (it != producers.end())
        addEdgeKey(it->second.back(), index, key);
    }
  }

  for (const auto &[key, readers] : consumers)
    if (!producers.count(key))
      datasetKeys.push_back(key);

  finalizeEdges();
  computeTopologicalOrder();
}

void DataflowGraph::addEdgeKey(unsigned from, unsigned to, StringAttr key) {
  auto [it, inserted] = edgeIndex.try_emplace({from, to}, edges.size());
  if (inserted)
    edges.push_back(Edge{from, to, {}});
  edges[it->second].keys.push_back(key);
}

void DataflowGraph::finalizeEdges() {
  llvm::sort(edges, [](const Edge &lhs, const Edge &rhs) {
    return std::tie(lhs.from, lhs.to) < std::tie(rhs.from, rhs.to);
  });
  for (auto [position, edge] : llvm::enumerate(edges)) {
    edgeIndex[{edge.from, edge.to}] = position;
    successors[edge.from].push_back(edge.to);
    predecessors[edge.to].push_back(edge.from);
  }
  // Edges are sorted by (from, to), so successor lists are already sorted.
  for (auto &list : predecessors)
    llvm::sort(list);
}

void DataflowGraph::computeTopologicalOrder() {
  // Kahn's algorithm; MFCs left over lie on or behind a cycle.
  std::vector<unsigned> inDegree(mfcs.size());
  for (const Edge &edge : edges)
    ++inDegree[edge.to];
  topologicalOrder.clear();
  for (unsigned index = 0, e = mfcs.size(); index != e; ++index)
    if (inDegree[index] == 0)
      topologicalOrder.push_back(index);
  for (size_t next = 0; next < topologicalOrder.size(); ++next)
    for (unsigned successor : successors[topologicalOrder[next]])
      if (--inDegree[successor] == 0)
        topologicalOrder.push_back(successor);
}

ArrayRef<StringAttr> DataflowGraph::getEdgeKeys(unsigned from,
                                                unsigned to) const {
  auto it = edgeIndex.find({from, to});
  if (it == edgeIndex.end())
    return {};
  return edges[it->second].keys;
}

std::optional<SmallVector<unsigned>> DataflowGraph::findCycle() const {
  if (isAcyclic())
    return std::nullopt;

  for (unsigned index = 0, e = mfcs.size(); index != e; ++index)
    if (!getEdgeKeys(index, index).empty())
      return SmallVector<unsigned>{index};

  // Depth-first search with an explicit stack of (MFC, next successor).
  enum class Color : uint8_t { White, Gray, Black };
  std::vector<Color> color(mfcs.size(), Color::White);
  SmallVector<std::pair<unsigned, unsigned>> stack;
  for (unsigned root = 0, e = mfcs.size(); root != e; ++root) {
    if (color[root] != Color::White)
      continue;
    color[root] = Color::Gray;
    stack.push_back({root, 0});
    while (!stack.empty()) {
      auto &[node, next] = stack.back();
      if (next == successors[node].size()) {
        color[node] = Color::Black;
        stack.pop_back();
        continue;
      }
      unsigned successor = successors[node][next++];
      if (color[successor] == Color::White) {
        color[successor] = Color::Gray;
        stack.push_back({successor, 0});
        continue;
      }
      if (color[successor] != Color::Gray)
        continue;

      // The stack from `successor` to the top is a cycle.
      SmallVector<unsigned> cycle;
      auto start = llvm::find_if(
          stack, [&](const auto &entry) { return entry.first == successor; });
      for (auto it = start; it != stack.end(); ++it)
        cycle.push_back(it->first);
      std::rotate(cycle.begin(), llvm::min_element(cycle), cycle.end());
      return cycle;
    }
  }
  return std::nullopt;
}

std::vector<unsigned> DataflowGraph::computeGenerations() const {
  std::vector<unsigned> generation(mfcs.size(), 0);
  for (unsigned node : topologicalOrder)
    for (unsigned successor : successors[node])
      generation[successor] =
          std::max(generation[successor], generation[node] + 1);
  return generation;
}

std::vector<bool> DataflowGraph::computeRoleTerminal() const {
  // Group the MFCs by role. For each role, walk backwards from its MFCs:
  // every MFC reached is a strict ancestor of an MFC of that role. An MFC of
  // the role that is never reached is terminal. Each walk visits every MFC
  // and edge at most once, so the cost is linear in the graph per role.
  llvm::MapVector<StringAttr, SmallVector<unsigned>> membersByRole;
  for (auto [index, mfc] : llvm::enumerate(mfcs))
    membersByRole[mfc.getModel().getRole()].push_back(index);

  std::vector<bool> terminal(mfcs.size(), true);
  std::vector<unsigned> visitedInRole(mfcs.size(), 0);
  unsigned walk = 0;
  SmallVector<unsigned> worklist;
  for (const auto &[role, members] : membersByRole) {
    ++walk;
    worklist.clear();
    for (unsigned member : members)
      for (unsigned predecessor : predecessors[member])
        if (visitedInRole[predecessor] != walk) {
          visitedInRole[predecessor] = walk;
          worklist.push_back(predecessor);
        }
    while (!worklist.empty()) {
      unsigned node = worklist.pop_back_val();
      for (unsigned predecessor : predecessors[node])
        if (visitedInRole[predecessor] != walk) {
          visitedInRole[predecessor] = walk;
          worklist.push_back(predecessor);
        }
    }
    for (unsigned member : members)
      terminal[member] = visitedInRole[member] != walk;
  }
  return terminal;
}
