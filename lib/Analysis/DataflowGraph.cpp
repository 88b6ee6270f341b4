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
  for (unsigned index = 0, e = mfcs.size(); index != e; ++index)
    nodes.push_back(Node{this, index});
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

LogicalResult DataflowGraph::verifyWiring() const {
  bool ok = true;
  for (MFCOp mfc : mfcs) {
    ArrayAttr inputKeys = mfc.getInputKeys();
    // A key-based MFC has no operands to check.
    if (mfc.getInputs().size() != inputKeys.size())
      continue;
    for (auto [input, key] :
         llvm::zip_equal(mfc.getInputs(), inputKeys.getAsRange<StringAttr>())) {
      // A key without a producer can only be carried by a dataset
      // argument, since the verifier matches each value's key.
      auto it = producers.find(key);
      if (it == producers.end())
        continue;
      auto definer = input.getDefiningOp<MFCOp>();
      MFCOp expected = mfcs[it->second.back()];
      if (definer == expected)
        continue;
      InFlightDiagnostic diag = mfc.emitError();
      diag << "input \"" << key.getValue() << "\" of @" << mfc.getSymName();
      if (definer)
        diag << " is fed by @" << definer.getSymName();
      else
        diag << " is the dataset argument %" << key.getValue();
      if (it->second.size() > 1)
        diag << ", but the runtime reads the key from @"
             << expected.getSymName() << ", the last MFC that writes it";
      else
        diag << ", but @" << expected.getSymName() << " writes that key";
      diag << "; use @" << expected.getSymName() << "'s result";
      ok = false;
    }
  }
  return success(ok);
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
  SmallVector<SmallVector<unsigned>> cycles = findCycles();
  if (cycles.empty())
    return std::nullopt;
  return cycles.front();
}

SmallVector<SmallVector<unsigned>> DataflowGraph::findCycles() const {
  SmallVector<SmallVector<unsigned>> cycles;
  if (isAcyclic())
    return cycles;

  std::vector<unsigned> component = computeComponents();
  std::vector<unsigned> componentSize(mfcs.size(), 0);
  for (unsigned index : component)
    ++componentSize[index];

  // Depth-first search inside one component, from its first MFC. The
  // component is strongly connected, so the search meets a gray MFC again
  // before it leaves the start MFC, and the stack from there is a cycle.
  enum class Color : uint8_t { White, Gray, Black };
  std::vector<Color> color(mfcs.size(), Color::White);
  std::vector<bool> componentDone(mfcs.size(), false);
  SmallVector<std::pair<unsigned, unsigned>> stack;
  for (unsigned root = 0, e = mfcs.size(); root != e; ++root) {
    if (!getEdgeKeys(root, root).empty())
      cycles.push_back({root});
    unsigned rootComponent = component[root];
    if (componentSize[rootComponent] < 2 || componentDone[rootComponent])
      continue;
    componentDone[rootComponent] = true;

    color[root] = Color::Gray;
    stack.assign({{root, 0}});
    bool found = false;
    while (!stack.empty() && !found) {
      auto &[node, next] = stack.back();
      if (next == successors[node].size()) {
        color[node] = Color::Black;
        stack.pop_back();
        continue;
      }
      unsigned successor = successors[node][next++];
      if (successor == node || component[successor] != rootComponent)
        continue;
      if (color[successor] == Color::White) {
        color[successor] = Color::Gray;
        stack.push_back({successor, 0});
        continue;
      }
      if (color[successor] != Color::Gray)
        continue;

      SmallVector<unsigned> cycle;
      auto start = llvm::find_if(
          stack, [&](const auto &entry) { return entry.first == successor; });
      for (auto it = start; it != stack.end(); ++it)
        cycle.push_back(it->first);
      std::rotate(cycle.begin(), llvm::min_element(cycle), cycle.end());
      cycles.push_back(std::move(cycle));
      found = true;
    }
  }
  // An MFC starts at most a self-loop and one longer cycle, so the order by
  // first MFC and then length is total.
  llvm::sort(cycles, [](const auto &lhs, const auto &rhs) {
    return std::make_pair(lhs.front(), lhs.size()) <
           std::make_pair(rhs.front(), rhs.size());
  });
  return cycles;
}

std::vector<unsigned> DataflowGraph::computeGenerations() const {
  std::vector<unsigned> generation(mfcs.size(), 0);
  for (unsigned node : topologicalOrder)
    for (unsigned successor : successors[node])
      generation[successor] =
          std::max(generation[successor], generation[node] + 1);
  return generation;
}

std::vector<unsigned> DataflowGraph::computeComponents() const {
  // Tarjan's algorithm with an explicit stack of (MFC, next successor). It
  // completes components in reverse topological order, so the numbering
  // counts back from the last component completed.
  constexpr unsigned kUnvisited = ~0u;
  unsigned size = mfcs.size();
  std::vector<unsigned> discovery(size, kUnvisited);
  std::vector<unsigned> lowLink(size, 0);
  std::vector<unsigned> completed(size, kUnvisited);
  SmallVector<unsigned> open;
  SmallVector<std::pair<unsigned, unsigned>> stack;
  unsigned numDiscovered = 0;
  unsigned numCompleted = 0;

  auto discover = [&](unsigned node) {
    discovery[node] = lowLink[node] = numDiscovered++;
    open.push_back(node);
    stack.push_back({node, 0});
  };

  for (unsigned root = 0; root != size; ++root) {
    if (discovery[root] != kUnvisited)
      continue;
    discover(root);
    while (!stack.empty()) {
      auto [node, next] = stack.back();
      if (next != successors[node].size()) {
        ++stack.back().second;
        unsigned successor = successors[node][next];
        if (discovery[successor] == kUnvisited)
          discover(successor);
        else if (completed[successor] == kUnvisited)
          lowLink[node] = std::min(lowLink[node], discovery[successor]);
        continue;
      }

      stack.pop_back();
      if (!stack.empty()) {
        unsigned parent = stack.back().first;
        lowLink[parent] = std::min(lowLink[parent], lowLink[node]);
      }
      if (lowLink[node] != discovery[node])
        continue;
      unsigned member;
      do {
        member = open.pop_back_val();
        completed[member] = numCompleted;
      } while (member != node);
      ++numCompleted;
    }
  }

  std::vector<unsigned> component(size);
  for (unsigned index = 0; index != size; ++index)
    component[index] = numCompleted - 1 - completed[index];
  return component;
}

/// Returns the distinct predecessors of each of `numComponents` components,
/// in increasing order and without the component itself.
static std::vector<SmallVector<unsigned, 2>>
collectComponentPredecessors(ArrayRef<DataflowGraph::Edge> edges,
                             ArrayRef<unsigned> component,
                             unsigned numComponents) {
  std::vector<SmallVector<unsigned, 2>> predecessors(numComponents);
  for (const DataflowGraph::Edge &edge : edges)
    if (component[edge.from] != component[edge.to])
      predecessors[component[edge.to]].push_back(component[edge.from]);
  for (auto &list : predecessors) {
    llvm::sort(list);
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return predecessors;
}

std::vector<bool> DataflowGraph::computeRoleTerminal() const {
  // An MFC on a cycle is its own strict descendant, so it is never
  // terminal. Any other MFC is alone in its strongly connected component,
  // and it is terminal unless its component reaches another component that
  // contains an MFC of the same role.
  std::vector<unsigned> component = computeComponents();
  unsigned numComponents = 0;
  for (unsigned index : component)
    numComponents = std::max(numComponents, index + 1);
  std::vector<unsigned> componentSize(numComponents, 0);
  std::vector<unsigned> mfcOfComponent(numComponents);
  for (auto [index, owner] : llvm::enumerate(component)) {
    ++componentSize[owner];
    mfcOfComponent[owner] = index;
  }

  std::vector<bool> terminal(mfcs.size());
  for (unsigned index = 0, e = mfcs.size(); index != e; ++index)
    terminal[index] = componentSize[component[index]] == 1 &&
                      getEdgeKeys(index, index).empty();

  std::vector<SmallVector<unsigned, 2>> componentPredecessors =
      collectComponentPredecessors(edges, component, numComponents);
  llvm::MapVector<StringAttr, SmallVector<unsigned>> membersByRole;
  for (auto [index, mfc] : llvm::enumerate(mfcs))
    membersByRole[mfc.getModel().getRole()].push_back(index);

  // For each role, walk the components backwards from those that contain
  // its members: every component reached is a strict ancestor of a member.
  // Only the members still marked terminal need deciding, and of those only
  // the ones below the highest member component, since every edge between
  // components goes to a higher index. A role with one member therefore
  // never walks. The walk skips components below the lowest undecided
  // member, which cannot lead to it, and ends once every undecided member
  // is reached.
  // NOTE: many roles whose members lie far apart, such as a chain where
  // MFC i and MFC n-1-i share a role, still cost time quadratic in n.
  std::vector<unsigned> visitedInRole(numComponents, 0);
  std::vector<unsigned> seededInRole(numComponents, 0);
  std::vector<unsigned> undecidedInRole(numComponents, 0);
  unsigned walk = 0;
  SmallVector<unsigned> worklist;
  for (const auto &[role, members] : membersByRole) {
    unsigned highest = 0;
    for (unsigned member : members)
      highest = std::max(highest, component[member]);

    ++walk;
    unsigned lowest = numComponents;
    unsigned undecided = 0;
    for (unsigned member : members) {
      if (!terminal[member] || component[member] == highest)
        continue;
      lowest = std::min(lowest, component[member]);
      undecidedInRole[component[member]] = walk;
      ++undecided;
    }
    if (undecided == 0)
      continue;

    worklist.clear();
    auto visitPredecessors = [&](unsigned target) {
      for (unsigned predecessor : componentPredecessors[target]) {
        if (predecessor < lowest || visitedInRole[predecessor] == walk)
          continue;
        visitedInRole[predecessor] = walk;
        worklist.push_back(predecessor);
        if (undecidedInRole[predecessor] == walk) {
          terminal[mfcOfComponent[predecessor]] = false;
          --undecided;
        }
      }
    };
    for (unsigned member : members) {
      unsigned target = component[member];
      if (target <= lowest || seededInRole[target] == walk)
        continue;
      seededInRole[target] = walk;
      visitPredecessors(target);
    }
    while (undecided != 0 && !worklist.empty())
      visitPredecessors(worklist.pop_back_val());
  }
  return terminal;
}
