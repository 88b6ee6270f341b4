//===- ExportJSON.cpp - Export dataflow graphs as JSON ----------*- C++ -*-===//
//
// This file implements the JSON exporter. It writes every MFC field
// explicitly, defaults included, so that a reader needs no knowledge of the
// defaults, and it writes the analyses that dfg-annotate-analyses stored as
// attributes.
//
// When a value has no JSON form, the exporter reports it, writes `null` in
// its place so that the JSON structure stays balanced, and carries on to
// report any further problems. The caller then discards the text.
//
//===----------------------------------------------------------------------===//

#include "ExportedGraphs.h"
#include "dfg/Translate/ExportJSON.h"
#include "dfg/IR/DFGOps.h"
#include "dfg/Translate/JsonLocator.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <charconv>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace mlir;
using namespace dfg;
namespace json = llvm::json;

std::optional<std::string> dfg::formatJsonFloat(double value) {
  if (!std::isfinite(value))
    return std::nullopt;
  // The shortest form that parses back to the same double needs at most 24
  // characters, such as `-2.2250738585072014e-308`.
  char buffer[32];
  std::to_chars_result result =
      std::to_chars(buffer, buffer + sizeof(buffer), value);
  std::string text(buffer, result.ptr);
  if (text.find_first_of(".e") == std::string::npos)
    text += ".0";
  return text;
}

/// Returns an IEEE double with the value of `value`, rounding if its
/// semantics are wider.
static double toDouble(llvm::APFloat value) {
  bool losesInfo = false;
  value.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven,
                &losesInfo);
  return value.convertToDouble();
}

namespace {

/// Writes the graphs of one module through a json::OStream.
class Exporter {
public:
  explicit Exporter(llvm::raw_ostream &os) : json(os, /*IndentSize=*/2) {}

  /// Writes `module`. Returns failure after reporting every value that has no
  /// JSON form; the text written is then incomplete and must be discarded.
  LogicalResult exportModule(ModuleOp module);

private:
  void writeGraph(GraphOp graph);
  void writeMFC(MFCOp mfc);
  void writeModel(ModelAttr model);
  void writeHooks(MFCOp mfc, ArrayRef<Attribute> hooks, StringRef path);
  void writeHook(MFCOp mfc, Attribute hook, StringRef path);
  void writeStringDictionary(DictionaryAttr dictionary);

  /// Writes an interface argument: null, a boolean, an integer, a float, a
  /// string, an array or a dictionary, nested to any depth.
  void writeArgument(MFCOp mfc, Attribute value, StringRef path);

  /// Writes `value` as a float, or reports it if it is NaN or infinite.
  void writeFloat(MFCOp mfc, double value, StringRef path);

  /// Writes the "analysis" object of a graph that dfg-annotate-analyses has
  /// annotated.
  void writeAnalysis(GraphOp graph);

  /// Reports each MFC name in the well-formed analysis attributes of `graph`
  /// that is not the name of an MFC of `graph`, and each MFC that the
  /// topological generations do not list exactly once.
  LogicalResult checkAnalysisNames(GraphOp graph, ArrayAttr generations,
                                   DictionaryAttr producers,
                                   DictionaryAttr consumers);

  /// Reports every string in the attributes of `graph` and its ops that is
  /// not valid UTF-8, which JSON strings must be.
  void checkStrings(GraphOp graph);

  /// Reports a value of `mfc` at `path` that has no JSON form, and writes
  /// null in its place.
  InFlightDiagnostic emitValueError(MFCOp mfc, StringRef path);

  json::OStream json;
  bool valid = true;
};

} // namespace

InFlightDiagnostic Exporter::emitValueError(MFCOp mfc, StringRef path) {
  valid = false;
  json.value(nullptr);
  return mlir::emitError(mfc.getLoc())
         << "cannot export MFC @" << mfc.getSymName() << " to JSON: " << path
         << " ";
}

void Exporter::checkStrings(GraphOp graph) {
  graph->walk([&](Operation *op) {
    op->getAttrDictionary().walk([&](StringAttr string) {
      if (json::isUTF8(string.getValue()))
        return WalkResult::advance();
      mlir::emitError(op->getLoc())
          << "cannot export the string " << string
          << " to JSON, because it is not valid UTF-8";
      valid = false;
      return WalkResult::skip();
    });
  });
}

LogicalResult Exporter::exportModule(ModuleOp module) {
  FailureOr<SmallVector<GraphOp>> exported =
      getExportedGraphs(module, "JSON", "export");
  if (failed(exported))
    valid = false;
  else
    for (GraphOp graph : *exported)
      checkStrings(graph);
  if (!valid) {
    // json::OStream expects one top-level value.
    json.value(nullptr);
    return failure();
  }

  SmallVector<GraphOp> &graphs = *exported;
  if (graphs.size() == 1) {
    writeGraph(graphs.front());
  } else {
    json.object([&] {
      json.attributeArray("graphs", [&] {
        for (GraphOp graph : graphs)
          writeGraph(graph);
      });
    });
  }
  return success(valid);
}

void Exporter::writeGraph(GraphOp graph) {
  for (HookOp hook : graph.getBodyBlock().getOps<HookOp>()) {
    mlir::emitError(hook.getLoc())
        << "cannot export a dfg.hook declaration to JSON, because the JSON "
           "schema keeps hooks only in their MFC's lists; run "
           "dfg-attach-hooks first";
    valid = false;
  }

  json.object([&] {
    json.attribute("graph", graph.getSymName());
    if (std::optional<StringRef> source = graph.getSource())
      json.attribute("source", *source);
    json.attributeArray("mfcs", [&] {
      for (MFCOp mfc : graph.getMFCs())
        writeMFC(mfc);
    });
    if (graph->hasAttr("dfg.topological_generations"))
      json.attributeObject("analysis", [&] { writeAnalysis(graph); });
  });
}

//===----------------------------------------------------------------------===//
// MFCs
//===----------------------------------------------------------------------===//

void Exporter::writeMFC(MFCOp mfc) {
  json.object([&] {
    json.attribute("name", mfc.getSymName());
    // getNSeqs() returns the value zero-extended, so read it signed here.
    json.attribute("n_seqs", mfc.getNSeqsAttr().getInt());
    json.attribute("interface_type",
                   stringifyInterfaceType(mfc.getInterfaceType()));

    InterfaceImplAttr impl = mfc.getImpl();
    json.attributeObject("interface_impl", [&] {
      json.attribute("type_", impl.getTypeName().getValue());
      json.attributeBegin("args");
      writeArgument(mfc, impl.getArgs(), "interface_impl.args");
      json.attributeEnd();
    });

    json.attributeBegin("model_name");
    writeModel(mfc.getModel());
    json.attributeEnd();

    json.attributeArray("input_keys", [&] {
      for (StringRef key : mfc.getInputKeys().getAsValueRange<StringAttr>())
        json.value(key);
    });
    json.attributeArray("output_keys", [&] {
      for (StringRef key : mfc.getOutputKeys().getAsValueRange<StringAttr>())
        json.value(key);
    });

    json.attributeBegin("input_key_remap");
    writeStringDictionary(mfc.getInputKeyRemapAttr());
    json.attributeEnd();
    json.attributeBegin("output_key_remap");
    writeStringDictionary(mfc.getOutputKeyRemapAttr());
    json.attributeEnd();

    MicroBatchSpecAttr mbSpec = mfc.getMbSpecOrDefault();
    json.attributeObject("mb_spec", [&] {
      json.attribute("n_mbs", mbSpec.getNMbs());
      json.attribute("max_tokens_per_mb", mbSpec.getMaxTokensPerMb());
    });

    // The default is the integer 1; a float stays a float.
    json.attributeBegin("min_n_seqs_per_pass");
    Attribute minSeqsPerPass = mfc.getMinNSeqsPerPassAttr();
    if (!minSeqsPerPass)
      json.value(1);
    else
      writeArgument(mfc, minSeqsPerPass, "min_n_seqs_per_pass");
    json.attributeEnd();

    json.attribute("log_return_value", mfc.getLogReturnValue());

    json.attributeBegin("pre_hooks");
    writeHooks(mfc, mfc.getHooks(HookPosition::pre), "pre_hooks");
    json.attributeEnd();
    json.attributeBegin("post_hooks");
    writeHooks(mfc, mfc.getHooks(HookPosition::post), "post_hooks");
    json.attributeEnd();
  });
}

void Exporter::writeModel(ModelAttr model) {
  json.object([&] {
    json.attribute("role", model.getRole().getValue());
    json.attribute("replica_id", model.getReplicaId());
  });
}

void Exporter::writeStringDictionary(DictionaryAttr dictionary) {
  json.object([&] {
    if (!dictionary)
      return;
    // The MFC verifier guarantees string values.
    for (NamedAttribute entry : dictionary)
      json.attribute(entry.getName().getValue(),
                     cast<StringAttr>(entry.getValue()).getValue());
  });
}

void Exporter::writeHooks(MFCOp mfc, ArrayRef<Attribute> hooks,
                          StringRef path) {
  json.array([&] {
    for (auto [index, hook] : llvm::enumerate(hooks))
      writeHook(mfc, hook, appendIndex(path, index));
  });
}

void Exporter::writeHook(MFCOp mfc, Attribute hook, StringRef path) {
  if (isa<OffloadAttr>(hook)) {
    json.object([&] { json.attribute("kind", "offload"); });
    return;
  }
  auto realloc = dyn_cast<ParamReallocAttr>(hook);
  if (!realloc) {
    emitValueError(mfc, path) << "is " << hook
                              << ", which is not a hook; expected "
                                 "#dfg.offload or #dfg.param_realloc";
    return;
  }
  json.object([&] {
    json.attribute("kind", "param_realloc");
    for (auto [field, model] : {std::pair{"source", realloc.getSource()},
                                std::pair{"target", realloc.getTarget()}}) {
      json.attributeBegin(field);
      if (model)
        writeModel(model);
      else
        json.value(nullptr);
      json.attributeEnd();
    }
    json.attributeBegin("eta");
    writeFloat(mfc, toDouble(realloc.getEta()), appendMember(path, "eta"));
    json.attributeEnd();
  });
}

//===----------------------------------------------------------------------===//
// Interface arguments
//===----------------------------------------------------------------------===//

void Exporter::writeFloat(MFCOp mfc, double value, StringRef path) {
  if (std::optional<std::string> text = formatJsonFloat(value)) {
    json.rawValue(*text);
    return;
  }
  emitValueError(mfc, path) << "is " << (std::isnan(value) ? "NaN" : "infinite")
                            << ", which JSON cannot represent";
}

void Exporter::writeArgument(MFCOp mfc, Attribute value, StringRef path) {
  if (isa<NullAttr>(value)) {
    json.value(nullptr);
    return;
  }
  // Before IntegerAttr, because a BoolAttr is an i1 IntegerAttr.
  if (auto boolean = dyn_cast<BoolAttr>(value)) {
    json.value(boolean.getValue());
    return;
  }
  if (auto integer = dyn_cast<IntegerAttr>(value)) {
    const llvm::APInt &bits = integer.getValue();
    bool isUnsigned = integer.getType().isUnsignedInteger();
    if (isUnsigned && bits.getActiveBits() <= 64) {
      json.value(bits.getZExtValue());
      return;
    }
    if (!isUnsigned && bits.getSignificantBits() <= 64) {
      json.value(bits.getSExtValue());
      return;
    }
    emitValueError(mfc, path)
        << "is the integer " << integer
        << ", which needs more than 64 bits; the JSON importer reads only "
           "64-bit integers";
    return;
  }
  if (auto number = dyn_cast<FloatAttr>(value)) {
    writeFloat(mfc, toDouble(number.getValue()), path);
    return;
  }
  if (auto string = dyn_cast<StringAttr>(value)) {
    json.value(string.getValue());
    return;
  }
  if (auto array = dyn_cast<ArrayAttr>(value)) {
    json.array([&] {
      for (auto [index, element] : llvm::enumerate(array))
        writeArgument(mfc, element, appendIndex(path, index));
    });
    return;
  }
  if (auto dictionary = dyn_cast<DictionaryAttr>(value)) {
    json.object([&] {
      for (NamedAttribute member : dictionary) {
        StringRef name = member.getName().getValue();
        json.attributeBegin(name);
        writeArgument(mfc, member.getValue(), appendMember(path, name));
        json.attributeEnd();
      }
    });
    return;
  }
  emitValueError(mfc, path)
      << "is " << value
      << ", which has no JSON form; use #dfg.null, a boolean, a 64-bit "
         "integer, a float, a string, an array or a dictionary";
}

//===----------------------------------------------------------------------===//
// Analyses
//===----------------------------------------------------------------------===//

/// Returns whether `attr` is an array of strings.
static bool isStringArray(Attribute attr) {
  auto array = dyn_cast_or_null<ArrayAttr>(attr);
  return array && llvm::all_of(array, llvm::IsaPred<StringAttr>);
}

/// Returns whether `attr` is a dictionary whose values satisfy `isValue`.
template <typename Predicate>
static bool isDictionaryOf(Attribute attr, Predicate isValue) {
  auto dictionary = dyn_cast_or_null<DictionaryAttr>(attr);
  return dictionary && llvm::all_of(dictionary, [&](NamedAttribute entry) {
           return isValue(entry.getValue());
         });
}

void Exporter::writeAnalysis(GraphOp graph) {
  Attribute datasetKeys = graph->getAttr("dfg.dataset_keys");
  Attribute generations = graph->getAttr("dfg.topological_generations");
  Attribute producers = graph->getAttr("dfg.data_producers");
  Attribute consumers = graph->getAttr("dfg.data_consumers");

  // Checks the shape of one attribute written by dfg-annotate-analyses.
  auto check = [&](bool wellFormed, StringRef name, StringRef shape) {
    if (wellFormed)
      return true;
    mlir::emitError(graph.getLoc())
        << "cannot export the analysis of graph @" << graph.getSymName()
        << " to JSON: attribute " << name << " is missing or is not " << shape
        << "; run dfg-annotate-analyses again";
    valid = false;
    return false;
  };
  // Every attribute is checked, so that one run reports all bad ones.
  bool wellFormed = check(isStringArray(datasetKeys), "dfg.dataset_keys",
                          "an array of key strings");
  wellFormed &= check(
      isa_and_present<ArrayAttr>(generations) &&
          llvm::all_of(cast<ArrayAttr>(generations), isStringArray),
      "dfg.topological_generations", "an array of arrays of MFC name strings");
  wellFormed &= check(isDictionaryOf(producers, llvm::IsaPred<StringAttr>),
                      "dfg.data_producers", "a dictionary of MFC name strings");
  wellFormed &=
      check(isDictionaryOf(consumers, isStringArray), "dfg.data_consumers",
            "a dictionary of arrays of MFC name strings");
  if (!wellFormed)
    return;
  auto producerOf = cast<DictionaryAttr>(producers);
  if (failed(checkAnalysisNames(graph, cast<ArrayAttr>(generations),
                                producerOf, cast<DictionaryAttr>(consumers))))
    return;

  // An edge per (producer, consumer) pair, with its keys in consumer list
  // order and then input order, duplicates kept, as AReaL builds them.
  // std::map sorts the edges by (from, to).
  std::map<std::pair<StringRef, StringRef>, std::vector<StringRef>> edges;
  for (MFCOp consumer : graph.getMFCs()) {
    for (StringRef key : consumer.getInputKeys().getAsValueRange<StringAttr>())
      if (auto producer = producerOf.getAs<StringAttr>(key))
        edges[{producer.getValue(), consumer.getSymName()}].push_back(key);
  }

  auto writeStrings = [&](Attribute array) {
    json.array([&] {
      for (StringRef string :
           cast<ArrayAttr>(array).getAsValueRange<StringAttr>())
        json.value(string);
    });
  };
  auto writeMarkedMFCs = [&](StringRef attrName) {
    json.array([&] {
      for (MFCOp mfc : graph.getMFCs())
        if (mfc->hasAttr(attrName))
          json.value(mfc.getSymName());
    });
  };

  json.attributeArray("edges", [&] {
    for (const auto &edge : edges) {
      json.object([&] {
        json.attribute("from", edge.first.first);
        json.attribute("to", edge.first.second);
        json.attributeArray("keys", [&] {
          for (StringRef key : edge.second)
            json.value(key);
        });
      });
    }
  });
  json.attributeBegin("dataset_keys");
  writeStrings(datasetKeys);
  json.attributeEnd();
  json.attributeBegin("sources");
  writeMarkedMFCs("dfg.source");
  json.attributeEnd();
  json.attributeBegin("sinks");
  writeMarkedMFCs("dfg.sink");
  json.attributeEnd();
  json.attributeBegin("role_terminal");
  writeMarkedMFCs("dfg.role_terminal");
  json.attributeEnd();
  json.attributeArray("topological_generations", [&] {
    for (Attribute generation : cast<ArrayAttr>(generations))
      writeStrings(generation);
  });
  json.attributeObject("data_producers", [&] {
    for (NamedAttribute entry : producerOf)
      json.attribute(entry.getName().getValue(),
                     cast<StringAttr>(entry.getValue()).getValue());
  });
  json.attributeObject("data_consumers", [&] {
    for (NamedAttribute entry : cast<DictionaryAttr>(consumers)) {
      json.attributeBegin(entry.getName().getValue());
      writeStrings(entry.getValue());
      json.attributeEnd();
    }
  });
}

LogicalResult Exporter::checkAnalysisNames(GraphOp graph,
                                           ArrayAttr generations,
                                           DictionaryAttr producers,
                                           DictionaryAttr consumers) {
  // dfg-annotate-analyses writes only names of MFCs of the graph, but the
  // attributes go stale when an MFC is renamed, added or erased after it ran,
  // and hand-written ones can name anything.
  auto emitAnalysisError = [&]() {
    valid = false;
    return mlir::emitError(graph.getLoc())
           << "cannot export the analysis of graph @" << graph.getSymName()
           << " to JSON: ";
  };

  // The number of times the topological generations list each MFC.
  llvm::StringMap<unsigned> generationCounts;
  for (MFCOp mfc : graph.getMFCs())
    generationCounts[mfc.getSymName()] = 0;

  bool namesValid = true;
  auto checkName = [&](StringRef name, StringRef path) {
    if (generationCounts.contains(name))
      return true;
    emitAnalysisError() << path << " names @" << name
                        << ", which is not an MFC of graph @"
                        << graph.getSymName()
                        << "; run dfg-annotate-analyses again";
    namesValid = false;
    return false;
  };

  for (auto [index, generation] : llvm::enumerate(generations)) {
    std::string generationPath =
        appendIndex("dfg.topological_generations", index);
    for (auto [position, name] : llvm::enumerate(
             cast<ArrayAttr>(generation).getAsValueRange<StringAttr>())) {
      if (checkName(name, appendIndex(generationPath, position)))
        ++generationCounts[name];
    }
  }
  for (NamedAttribute entry : producers)
    checkName(cast<StringAttr>(entry.getValue()).getValue(),
              appendMember("dfg.data_producers", entry.getName().getValue()));
  for (NamedAttribute entry : consumers) {
    std::string keyPath =
        appendMember("dfg.data_consumers", entry.getName().getValue());
    for (auto [position, name] : llvm::enumerate(
             cast<ArrayAttr>(entry.getValue()).getAsValueRange<StringAttr>()))
      checkName(name, appendIndex(keyPath, position));
  }

  for (MFCOp mfc : graph.getMFCs()) {
    unsigned count = generationCounts.lookup(mfc.getSymName());
    if (count == 1)
      continue;
    InFlightDiagnostic diag = emitAnalysisError();
    if (count == 0)
      diag << "dfg.topological_generations does not list MFC @"
           << mfc.getSymName();
    else
      diag << "dfg.topological_generations lists MFC @" << mfc.getSymName()
           << " " << count << " times";
    diag << ", but each MFC belongs to exactly one generation; run "
            "dfg-annotate-analyses again";
    namesValid = false;
  }
  return success(namesValid);
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

LogicalResult dfg::exportDfgJson(ModuleOp module, llvm::raw_ostream &output) {
  // Written to a buffer first, so that nothing reaches `output` on failure.
  std::string text;
  llvm::raw_string_ostream os(text);
  if (failed(Exporter(os).exportModule(module)))
    return failure();
  output << text << '\n';
  return success();
}
