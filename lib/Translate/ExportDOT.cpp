//===- ExportDOT.cpp - Export dataflow graphs as Graphviz DOT ---*- C++ -*-===//
//
// This file implements the DOT exporter. It finds edges from the key lists of
// the MFCs, so key-based and resolved graphs give the same picture. Like
// AReaL's runtime, it takes the last MFC that lists a key among its outputs
// as that key's producer.
//
//===----------------------------------------------------------------------===//

#include "ExportedGraphs.h"
#include "dfg/Translate/ExportDOT.h"
#include "dfg/IR/DFGOps.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

using namespace mlir;
using namespace dfg;

/// Fill colours of MFC boxes, one per role in order of first appearance in
/// the module: light tones of ColorBrewer's "Paired" and "Set3" schemes, on
/// which black text stays readable.
/// NOTE: a module with more roles than colours reuses them.
static constexpr llvm::StringLiteral roleColors[] = {
    "#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99",
    "#8dd3c7", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69"};

/// Returns `text` as a quoted DOT string. Quotes and backslashes are escaped,
/// so a backslash in a name is not read as a DOT label escape such as `\N`,
/// and line breaks become `\n`.
static std::string quoteDot(StringRef text) {
  std::string quoted = "\"";
  for (char c : text) {
    switch (c) {
    case '"':
      quoted += "\\\"";
      break;
    case '\\':
      quoted += "\\\\";
      break;
    case '\n':
      quoted += "\\n";
      break;
    case '\r':
      break;
    default:
      quoted += c;
      break;
    }
  }
  quoted += '"';
  return quoted;
}

/// Reports `string`, which the DOT text of `op` would contain, if Graphviz
/// would reject or garble it. Graphviz reads DOT files as UTF-8 unless the
/// graph sets another `charset`. On invalid UTF-8, `dot` 2.43 warns and
/// reads the line as Latin-1, and on a NUL byte it fails with a syntax error.
static LogicalResult checkDotString(Operation *op, StringAttr string) {
  StringRef reason;
  if (string.getValue().contains('\0'))
    reason = "it contains a NUL byte";
  else if (!llvm::json::isUTF8(string.getValue()))
    reason = "it is not valid UTF-8";
  else
    return success();
  mlir::emitError(op->getLoc()) << "cannot export the string " << string
                                << " to DOT, because " << reason;
  return failure();
}

/// Reports every string that the DOT text of `graphs` would contain and
/// that Graphviz would reject or garble: graph and MFC names, roles and
/// input keys.
static LogicalResult checkDotStrings(ArrayRef<GraphOp> graphs) {
  bool valid = true;
  for (GraphOp graph : graphs) {
    valid &= succeeded(checkDotString(graph, graph.getSymNameAttr()));
    for (MFCOp mfc : graph.getMFCs()) {
      valid &= succeeded(checkDotString(mfc, mfc.getSymNameAttr()));
      valid &= succeeded(checkDotString(mfc, mfc.getModel().getRole()));
      // Output keys appear only as the edge labels of the input keys that
      // match them.
      for (StringAttr key : mfc.getInputKeys().getAsRange<StringAttr>())
        valid &= succeeded(checkDotString(mfc, key));
    }
  }
  return success(valid);
}

namespace {

/// Writes the graphs of one module as one digraph.
class DotWriter {
public:
  explicit DotWriter(llvm::raw_ostream &os) : os(os) {}

  void writeModule(MutableArrayRef<GraphOp> graphs);

private:
  /// Writes the nodes and edges of `graph`, whose node ids start with
  /// `g<graphIndex>_`, indented by `indent`.
  void writeGraph(GraphOp graph, unsigned graphIndex, StringRef indent);

  /// Returns the fill colour of `role`.
  StringRef colorOf(StringRef role);

  llvm::raw_ostream &os;
  llvm::StringMap<unsigned> roleIndices;
};

} // namespace

StringRef DotWriter::colorOf(StringRef role) {
  auto [it, inserted] = roleIndices.try_emplace(role, roleIndices.size());
  return roleColors[it->second % std::size(roleColors)];
}

void DotWriter::writeModule(MutableArrayRef<GraphOp> graphs) {
  // One graph is the whole digraph; several become labelled clusters.
  if (graphs.size() == 1)
    os << "digraph " << quoteDot(graphs.front().getSymName()) << " {\n";
  else
    os << "digraph dfg {\n";
  os << "  rankdir=TB;\n";
  os << "  node [fontname=\"Helvetica\"];\n";
  os << "  edge [fontname=\"Helvetica\", fontsize=10];\n";

  if (graphs.size() == 1) {
    os << "  label=" << quoteDot(graphs.front().getSymName())
       << ";\n  labelloc=t;\n";
    writeGraph(graphs.front(), 0, "  ");
  } else {
    for (auto [index, graph] : llvm::enumerate(graphs)) {
      os << "  subgraph " << quoteDot(("cluster_" + graph.getSymName()).str())
         << " {\n";
      os << "    label=" << quoteDot(graph.getSymName()) << ";\n";
      writeGraph(graph, index, "    ");
      os << "  }\n";
    }
  }
  os << "}\n";
}

/// Returns a one-line description of a hook for an MFC's label, such as
/// `post: offload` or `pre: param_realloc from actor@1`.
static std::string describeHook(HookPosition position, Attribute hook) {
  std::string text = (stringifyHookPosition(position) + ": ").str();
  auto realloc = dyn_cast<ParamReallocAttr>(hook);
  if (!realloc)
    return text + "offload";
  text += "param_realloc";
  if (ModelAttr source = realloc.getSource())
    text += " from " + source.str();
  if (ModelAttr target = realloc.getTarget())
    text += " to " + target.str();
  double eta = realloc.getEta().convertToDouble();
  if (eta != 1.0) {
    std::string etaText;
    llvm::raw_string_ostream(etaText) << " (eta " << llvm::format("%g", eta)
                                      << ")";
    text += etaText;
  }
  return text;
}

void DotWriter::writeGraph(GraphOp graph, unsigned graphIndex,
                           StringRef indent) {
  std::string prefix = "g" + std::to_string(graphIndex) + "_";
  SmallVector<MFCOp> mfcs = llvm::to_vector(graph.getMFCs());

  // One box per MFC, with a line per hook. A role-terminal MFC, as marked
  // by dfg-annotate-analyses, gets a double border.
  for (auto [index, mfc] : llvm::enumerate(mfcs)) {
    ModelAttr model = mfc.getModel();
    std::string label =
        (mfc.getSymName() + "\n" +
         stringifyInterfaceType(mfc.getInterfaceType()) + "\n" + model.str())
            .str();
    for (HookPosition position : {HookPosition::pre, HookPosition::post})
      for (Attribute hook : mfc.getHooks(position))
        label += "\n" + describeHook(position, hook);
    os << indent << prefix << "mfc" << index
       << " [shape=box, style=filled, fillcolor=\""
       << colorOf(model.getRole().getValue()) << "\", label=" << quoteDot(label);
    if (mfc->hasAttr("dfg.role_terminal"))
      os << ", peripheries=2";
    os << "];\n";
  }

  // The last MFC that lists a key among its outputs produces it.
  llvm::StringMap<unsigned> producerOf;
  for (auto [index, mfc] : llvm::enumerate(mfcs))
    for (StringRef key : mfc.getOutputKeys().getAsValueRange<StringAttr>())
      producerOf[key] = index;

  // Edges in consumer order, each with its keys in the consumer's input
  // order; keys that no MFC produces are dataset keys.
  llvm::MapVector<std::pair<unsigned, unsigned>, llvm::SetVector<StringRef>>
      edges;
  llvm::MapVector<StringRef, SmallVector<unsigned>> datasetKeyConsumers;
  for (auto [consumer, mfc] : llvm::enumerate(mfcs)) {
    for (StringRef key : mfc.getInputKeys().getAsValueRange<StringAttr>()) {
      auto producer = producerOf.find(key);
      if (producer != producerOf.end()) {
        edges[{producer->second, consumer}].insert(key);
        continue;
      }
      SmallVector<unsigned> &consumers = datasetKeyConsumers[key];
      if (consumers.empty() || consumers.back() != consumer)
        consumers.push_back(consumer);
    }
  }

  // One ellipse per dataset key, in order of first use.
  for (auto [index, entry] : llvm::enumerate(datasetKeyConsumers))
    os << indent << prefix << "key" << index
       << " [shape=ellipse, label=" << quoteDot(entry.first) << "];\n";
  for (auto [index, entry] : llvm::enumerate(datasetKeyConsumers))
    for (unsigned consumer : entry.second)
      os << indent << prefix << "key" << index << " -> " << prefix << "mfc"
         << consumer << ";\n";

  for (const auto &edge : edges) {
    std::string label;
    llvm::raw_string_ostream labelStream(label);
    llvm::interleave(edge.second, labelStream, "\n");
    os << indent << prefix << "mfc" << edge.first.first << " -> " << prefix
       << "mfc" << edge.first.second << " [label=" << quoteDot(label) << "];\n";
  }
}

LogicalResult dfg::exportDfgDot(ModuleOp module, llvm::raw_ostream &output) {
  FailureOr<SmallVector<GraphOp>> exported =
      getExportedGraphs(module, "DOT", "draw");
  if (failed(exported))
    return failure();
  SmallVector<GraphOp> &graphs = *exported;

  if (failed(checkDotStrings(graphs)))
    return failure();

  DotWriter(output).writeModule(graphs);
  return success();
}
