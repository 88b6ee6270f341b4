//===- VerifyRuntime.cpp - Check the runtime's constraints ------*- C++ -*-===//
//
// This file implements dfg-verify-runtime, which checks before launch the
// constraints that AReaL's runtime would only discover on the cluster.
//
//===----------------------------------------------------------------------===//

#include "dfg/Analysis/DataflowGraph.h"
#include "dfg/Transforms/Passes.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

namespace dfg {
#define GEN_PASS_DEF_VERIFYRUNTIMEPASS
#include "dfg/Transforms/Passes.h.inc"
} // namespace dfg

using namespace mlir;
using namespace dfg;

namespace {
struct VerifyRuntimePass
    : public dfg::impl::VerifyRuntimePassBase<VerifyRuntimePass> {
  void runOnOperation() override;
};
} // namespace

/// Returns the n_seqs of `mfc` as a signed number. The generated getNSeqs()
/// zero-extends the i64 attribute, so it would turn -4 into a huge positive
/// value.
static int64_t getBatchSize(MFCOp mfc) { return mfc.getNSeqsAttr().getInt(); }

/// Reports MFCs whose n_seqs is not positive.
static LogicalResult checkBatchSizes(MutableArrayRef<MFCOp> mfcs) {
  bool ok = true;
  for (MFCOp mfc : mfcs) {
    if (getBatchSize(mfc) > 0)
      continue;
    mfc.emitError() << "MFC @" << mfc.getSymName() << " has n_seqs "
                    << getBatchSize(mfc)
                    << "; the number of sequences per batch must be positive, "
                       "so set n_seqs to the batch size";
    ok = false;
  }
  return success(ok);
}

/// Reports micro-batch specs and min_n_seqs_per_pass values that cannot
/// split a batch: the runtime divides by them or compares against them.
static LogicalResult checkBatchSplitting(MutableArrayRef<MFCOp> mfcs) {
  bool ok = true;
  for (MFCOp mfc : mfcs) {
    MicroBatchSpecAttr spec = mfc.getMbSpecOrDefault();
    if (spec.getNMbs() < 1) {
      mfc.emitError() << "MFC @" << mfc.getSymName() << " has mb_spec n_mbs "
                      << spec.getNMbs()
                      << "; a batch splits into at least one micro-batch, so "
                         "set n_mbs to 1 or more";
      ok = false;
    }
    if (spec.getMaxTokensPerMb() < 1) {
      mfc.emitError() << "MFC @" << mfc.getSymName()
                      << " has mb_spec max_tokens_per_mb "
                      << spec.getMaxTokensPerMb()
                      << "; a micro-batch must hold at least one token, so set "
                         "a positive limit (the default is 10^12)";
      ok = false;
    }

    Attribute minimum = mfc.getMinNSeqsPerPassAttr();
    if (!minimum)
      continue;
    double value = 1.0;
    if (auto integer = dyn_cast<IntegerAttr>(minimum))
      value = static_cast<double>(integer.getInt());
    else
      value = cast<FloatAttr>(minimum).getValueAsDouble();
    if (!(value > 0.0)) {
      InFlightDiagnostic diag = mfc.emitError();
      diag << "MFC @" << mfc.getSymName() << " has min_n_seqs_per_pass ";
      if (auto integer = dyn_cast<IntegerAttr>(minimum))
        diag << integer.getInt();
      else
        diag << value;
      diag << "; the minimum number of sequences per pass must be positive "
              "(the default is 1)";
      ok = false;
    } else if (std::isinf(value)) {
      mfc.emitError() << "MFC @" << mfc.getSymName()
                      << " has min_n_seqs_per_pass inf; no batch holds "
                         "infinitely many sequences, so set a finite "
                         "positive minimum (the default is 1)";
      ok = false;
    }
  }
  return success(ok);
}

/// Reports a second train_step on one role, and train_step MFCs whose
/// n_seqs differ from the first one's.
static LogicalResult checkTrainSteps(MutableArrayRef<MFCOp> mfcs) {
  bool ok = true;
  llvm::DenseMap<StringAttr, MFCOp> trainerOfRole;
  MFCOp firstTrainer;
  for (MFCOp mfc : mfcs) {
    if (mfc.getInterfaceType() != InterfaceType::train_step)
      continue;
    StringAttr role = mfc.getModel().getRole();
    auto [it, inserted] = trainerOfRole.try_emplace(role, mfc);
    if (!inserted) {
      InFlightDiagnostic diag =
          mfc.emitError() << "role \"" << role.getValue()
                          << "\" has a second train_step MFC @"
                          << mfc.getSymName()
                          << "; the runtime trains each role in one call per "
                             "step, so merge the two or move one to another "
                             "role";
      diag.attachNote(it->second.getLoc())
          << "first train_step of role \"" << role.getValue() << "\" is @"
          << it->second.getSymName();
      ok = false;
    }

    if (!firstTrainer) {
      firstTrainer = mfc;
      continue;
    }
    if (getBatchSize(mfc) != getBatchSize(firstTrainer)) {
      InFlightDiagnostic diag =
          mfc.emitError() << "train_step @" << mfc.getSymName()
                          << " has n_seqs " << getBatchSize(mfc)
                          << " but train_step @" << firstTrainer.getSymName()
                          << " has " << getBatchSize(firstTrainer)
                          << "; all train_step MFCs must use the same n_seqs";
      diag.attachNote(firstTrainer.getLoc())
          << "train_step @" << firstTrainer.getSymName() << " has n_seqs "
          << getBatchSize(firstTrainer);
      ok = false;
    }
  }
  return success(ok);
}

namespace {
/// The first place where two interface argument values differ: a path such
/// as `generation_config.temperature` or `stop[2]`, and the value on each
/// side (null where the member or element is missing).
struct ArgumentDifference {
  std::string path;
  Attribute lhs;
  Attribute rhs;
};
} // namespace

/// Returns the first difference between `lhs` and `rhs`, walking
/// dictionaries member by member in name order and arrays element by
/// element, or nothing when they are equal.
static std::optional<ArgumentDifference>
findArgumentDifference(Attribute lhs, Attribute rhs, const std::string &path) {
  if (lhs == rhs)
    return std::nullopt;

  auto lhsDict = dyn_cast<DictionaryAttr>(lhs);
  auto rhsDict = dyn_cast<DictionaryAttr>(rhs);
  if (lhsDict && rhsDict) {
    // Both member lists are sorted by name, so one merge finds the first
    // member that is missing on one side or differs.
    ArrayRef<NamedAttribute> left = lhsDict.getValue();
    ArrayRef<NamedAttribute> right = rhsDict.getValue();
    size_t i = 0, j = 0;
    while (i < left.size() || j < right.size()) {
      int order = i == left.size()    ? 1
                  : j == right.size() ? -1
                                      : left[i].getName().getValue().compare(
                                            right[j].getName().getValue());
      StringRef name = order <= 0 ? left[i].getName().getValue()
                                  : right[j].getName().getValue();
      std::string memberPath = path.empty() ? name.str() : path + "." + name.str();
      if (order != 0)
        return ArgumentDifference{
            memberPath, order < 0 ? left[i].getValue() : Attribute(),
            order > 0 ? right[j].getValue() : Attribute()};
      if (auto difference = findArgumentDifference(
              left[i].getValue(), right[j].getValue(), memberPath))
        return difference;
      ++i;
      ++j;
    }
    return std::nullopt;
  }

  auto lhsArray = dyn_cast<ArrayAttr>(lhs);
  auto rhsArray = dyn_cast<ArrayAttr>(rhs);
  if (lhsArray && rhsArray) {
    size_t size = std::max(lhsArray.size(), rhsArray.size());
    for (size_t index = 0; index < size; ++index) {
      std::string elementPath = path + "[" + std::to_string(index) + "]";
      Attribute left = index < lhsArray.size() ? lhsArray[index] : Attribute();
      Attribute right = index < rhsArray.size() ? rhsArray[index] : Attribute();
      if (!left || !right)
        return ArgumentDifference{elementPath, left, right};
      if (auto difference = findArgumentDifference(left, right, elementPath))
        return difference;
    }
    return std::nullopt;
  }
  return ArgumentDifference{path, lhs, rhs};
}

/// Prints an interface argument value for a message, or `missing`.
static std::string describeArgument(Attribute value) {
  if (!value)
    return "missing";
  std::string text;
  llvm::raw_string_ostream os(text);
  value.print(os);
  return text;
}

/// Reports MFCs that run one model with different implementations.
static LogicalResult checkOneImplPerModel(MutableArrayRef<MFCOp> mfcs) {
  bool ok = true;
  llvm::DenseMap<ModelAttr, MFCOp> firstOfModel;
  for (MFCOp mfc : mfcs) {
    auto [it, inserted] = firstOfModel.try_emplace(mfc.getModel(), mfc);
    if (inserted || it->second.getImpl() == mfc.getImpl())
      continue;
    MFCOp first = it->second;
    InterfaceImplAttr impl = mfc.getImpl();
    InterfaceImplAttr firstImpl = first.getImpl();
    InFlightDiagnostic diag = mfc.emitError();
    diag << "MFC @" << mfc.getSymName() << " runs model "
         << mfc.getModel().str() << " with ";
    if (impl.getTypeName() != firstImpl.getTypeName())
      diag << "implementation \"" << impl.getTypeName().getValue()
           << "\" but @" << first.getSymName() << " uses \""
           << firstImpl.getTypeName().getValue() << "\"";
    else {
      diag << "different arguments to \"" << impl.getTypeName().getValue()
           << "\" than @" << first.getSymName();
      if (std::optional<ArgumentDifference> difference =
              findArgumentDifference(impl.getArgs(), firstImpl.getArgs(), ""))
        diag << " (" << difference->path << " is "
             << describeArgument(difference->lhs) << " here but "
             << describeArgument(difference->rhs) << " in @"
             << first.getSymName() << ")";
    }
    diag << "; the runtime builds one interface per model, so all MFCs of a "
            "model must share one impl";
    diag.attachNote(first.getLoc())
        << "@" << first.getSymName() << " runs model " << first.getModel().str()
        << " with impl \"" << firstImpl.getTypeName().getValue() << "\"";
    ok = false;
  }
  return success(ok);
}

/// Reports roles whose replica ids are not 0, 1, ..., n-1.
static LogicalResult checkReplicaIds(MutableArrayRef<MFCOp> mfcs) {
  // For each role in order of first use, the first MFC of each replica id.
  llvm::MapVector<StringAttr, std::map<int64_t, MFCOp>> replicasOfRole;
  for (MFCOp mfc : mfcs) {
    ModelAttr model = mfc.getModel();
    replicasOfRole[model.getRole()].try_emplace(model.getReplicaId(), mfc);
  }

  bool ok = true;
  for (const auto &[role, replicas] : replicasOfRole) {
    int64_t expected = 0;
    for (const auto &[replicaId, mfc] : replicas) {
      if (replicaId == expected) {
        ++expected;
        continue;
      }
      std::string used = llvm::join(
          llvm::map_range(replicas,
                          [](const auto &entry) {
                            return std::to_string(entry.first);
                          }),
          ", ");
      MFCOp user = mfc;
      user.emitError() << "role \"" << role.getValue()
                       << "\" uses replica ids {" << used
                       << "}, which skip replica " << expected
                       << "; number the replicas of a role 0, 1, ..., n-1";
      ok = false;
      break;
    }
  }
  return success(ok);
}

/// Warns about evaluate MFCs and about outputs that no MFC reads.
static void warnAboutWastedWork(const DataflowGraph &dataflow) {
  const auto &consumers = dataflow.getConsumers();
  for (auto [index, mfc] : llvm::enumerate(dataflow.getMFCs())) {
    if (mfc.getInterfaceType() == InterfaceType::evaluate)
      mfc.emitWarning() << "MFC @" << mfc.getSymName()
                        << " is an evaluate call, which AReaL declares but "
                           "its runtime never executes; use inference or "
                           "remove the MFC";

    // The runtime drops a sink's outputs on purpose (they are logged), so
    // only non-sinks waste memory on an unread key.
    if (dataflow.isSink(index))
      continue;
    for (StringAttr key : mfc.getOutputKeys().getAsRange<StringAttr>())
      if (!consumers.count(key))
        mfc.emitWarning() << "output key \"" << key.getValue() << "\" of @"
                          << mfc.getSymName()
                          << " is never read by another MFC; remove it from "
                             "output_keys or consume it";
  }
}

/// Returns `key` without its character at `index`.
static llvm::SmallString<64> withoutCharacter(StringRef key, size_t index) {
  llvm::SmallString<64> variant(key.take_front(index));
  variant += key.drop_front(index + 1);
  return variant;
}

/// Warns about a dataset key that is a likely typo of a key some MFC writes:
/// the runtime would look for it in the dataset instead of taking the
/// output. A short key matches a written key with one letter added or
/// dropped ("value" for "values"), so that unrelated short keys such as
/// "task" and "mask" do not match. A key of eight characters or more also
/// matches with one letter changed or two letters swapped.
///
/// Written keys are indexed by themselves and by every variant with one
/// character removed. Two keys that differ in one of these ways share an
/// index entry, so each dataset key looks up only its own variants. The
/// cost is linear in the total length of the keys, not quadratic in their
/// number.
static void warnAboutMisspelledKeys(const DataflowGraph &dataflow) {
  const auto &producers = dataflow.getProducers();
  if (dataflow.getDatasetKeys().empty() || producers.empty())
    return;

  SmallVector<StringAttr> written;
  llvm::DenseMap<uint64_t, SmallVector<unsigned, 1>> index;
  auto hashOf = [](StringRef text) {
    return static_cast<uint64_t>(llvm::hash_value(text));
  };
  for (const auto &entry : producers) {
    unsigned position = written.size();
    StringRef key = entry.first.getValue();
    written.push_back(entry.first);
    index[hashOf(key)].push_back(position);
    for (size_t i = 0, e = key.size(); i < e; ++i)
      index[hashOf(withoutCharacter(key, i))].push_back(position);
  }

  for (StringAttr datasetKey : dataflow.getDatasetKeys()) {
    StringRef name = datasetKey.getValue();
    bool longKey = name.size() >= 8;

    // Candidates share the key itself or one of its one-deletion variants;
    // the edit distance decides which of them really match.
    llvm::SmallSetVector<unsigned, 8> candidates;
    auto collect = [&](StringRef variant) {
      auto it = index.find(hashOf(variant));
      if (it != index.end())
        candidates.insert(it->second.begin(), it->second.end());
    };
    collect(name);
    for (size_t i = 0, e = name.size(); i < e; ++i)
      collect(withoutCharacter(name, i));

    // A key that the first reader writes itself is no fix: reading it would
    // make the MFC consume its own output.
    unsigned readerIndex = dataflow.getConsumers().lookup(datasetKey).front();
    StringAttr closest;
    unsigned closestDistance = 3;
    for (unsigned candidate : candidates) {
      if (llvm::is_contained(producers.lookup(written[candidate]), readerIndex))
        continue;
      StringRef key = written[candidate].getValue();
      unsigned distance = name.edit_distance(key,
                                             /*AllowReplacements=*/longKey,
                                             /*MaxEditDistance=*/2);
      bool matches = longKey ? distance <= 2 : distance == 1;
      // Without replacements a swap of two letters costs 2: only long keys
      // may differ by a swap.
      if (!matches || distance >= closestDistance)
        continue;
      closest = written[candidate];
      closestDistance = distance;
    }
    if (!closest)
      continue;

    MFCOp reader = dataflow.getMFCs()[readerIndex];
    MFCOp writer = dataflow.getMFCs()[producers.lookup(closest).back()];
    reader.emitWarning() << "input key \"" << name << "\" of @"
                         << reader.getSymName()
                         << " is written by no MFC, so the runtime expects it "
                            "in the dataset; did you mean \""
                         << closest.getValue() << "\", written by @"
                         << writer.getSymName() << "?";
  }
}

void VerifyRuntimePass::runOnOperation() {
  const auto &dataflow = getAnalysis<DataflowGraph>();
  if (failed(dataflow.verifyWiring()))
    return signalPassFailure();
  MutableArrayRef<MFCOp> mfcs = dataflow.getMFCs();

  bool ok = succeeded(checkBatchSizes(mfcs));
  ok &= succeeded(checkTrainSteps(mfcs));
  ok &= succeeded(checkOneImplPerModel(mfcs));
  ok &= succeeded(checkReplicaIds(mfcs));
  ok &= succeeded(checkBatchSplitting(mfcs));
  warnAboutWastedWork(dataflow);
  warnAboutMisspelledKeys(dataflow);
  if (!ok)
    return signalPassFailure();
  markAllAnalysesPreserved();
}
