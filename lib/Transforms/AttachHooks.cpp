//===- AttachHooks.cpp - Attach and validate hooks --------------*- C++ -*-===//
//
// This file implements dfg-attach-hooks, which moves standalone dfg.hook
// declarations onto the hook lists of their MFCs and checks every hook of
// the graph against the rules of AReaL's runtime.
//
//===----------------------------------------------------------------------===//

#include "dfg/Transforms/Passes.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

namespace dfg {
#define GEN_PASS_DEF_ATTACHHOOKSPASS
#include "dfg/Transforms/Passes.h.inc"
} // namespace dfg

using namespace mlir;
using namespace dfg;

namespace {
struct AttachHooksPass
    : public dfg::impl::AttachHooksPassBase<AttachHooksPass> {
  void runOnOperation() override;
};

/// Checks hooks against the models that the graph's MFCs run.
class HookValidator {
public:
  explicit HookValidator(GraphOp graph) : graph(graph) {
    for (MFCOp mfc : graph.getMFCs())
      models.insert(mfc.getModel());
  }

  /// Checks one hook of `mfc`. `where` names the hook in messages, such as
  /// "post_hooks[1] of @actor_gen", `moveToPost` is the fix that makes it a
  /// post hook, and `loc` is where errors go.
  LogicalResult check(Attribute hook, HookPosition position, MFCOp mfc,
                      StringRef where, StringRef moveToPost, Location loc);

private:
  std::string listModels() const {
    return llvm::join(llvm::map_range(models,
                                      [](ModelAttr model) {
                                        return model.str();
                                      }),
                      ", ");
  }

  GraphOp graph;
  llvm::SetVector<ModelAttr> models;
};
} // namespace

LogicalResult HookValidator::check(Attribute hook, HookPosition position,
                                   MFCOp mfc, StringRef where,
                                   StringRef moveToPost, Location loc) {
  if (isa<OffloadAttr>(hook)) {
    if (position == HookPosition::post)
      return success();
    return emitError(loc)
           << "offload hook in " << where
           << " must be a post hook, because it frees the model's GPU memory "
              "after the call; "
           << moveToPost;
  }

  auto realloc = cast<ParamReallocAttr>(hook);
  ModelAttr source = realloc.getSource();
  ModelAttr target = realloc.getTarget();
  ModelAttr own = mfc.getModel();
  if (source && target)
    return emitError(loc)
           << "param_realloc hook in " << where << " names both source "
           << source.str() << " and target " << target.str()
           << "; give only one of them, because the other end is the MFC's "
              "own model "
           << own.str();
  if (!source && !target)
    return emitError(loc)
           << "param_realloc hook in " << where
           << " names neither source nor target; give the other model as "
              "source (to copy into "
           << own.str() << ") or as target (to copy from " << own.str()
           << ")";

  ModelAttr other = source ? source : target;
  StringRef end = source ? "source" : "target";
  if (other == own)
    return emitError(loc)
           << "param_realloc hook in " << where << " has the MFC's own model "
           << own.str() << " as " << end << "; name a different model as "
           << end << ", because the MFC's model is already the other end";
  if (!models.contains(other))
    return emitError(loc)
           << "param_realloc hook in " << where << " names " << end << " "
           << other.str() << ", which no MFC of graph @" << graph.getSymName()
           << " runs; the models of this graph are " << listModels();

  // Written as `!(in range)` so that a NaN is rejected too.
  const llvm::APFloat &eta = realloc.getEta();
  double value = eta.convertToDouble();
  if (!(value >= 0.0 && value <= 1.0)) {
    SmallString<16> text;
    eta.toString(text);
    return emitError(loc)
           << "param_realloc hook in " << where << " has eta " << text
           << "; eta must lie in [0, 1], where 1 copies the source and 0 "
              "leaves the target unchanged";
  }
  return success();
}

/// Returns the name of a hook list, as in AReaL's MFCDef.
static StringRef listName(HookPosition position) {
  return position == HookPosition::pre ? "pre_hooks" : "post_hooks";
}

void AttachHooksPass::runOnOperation() {
  GraphOp graph = getOperation();
  HookValidator validator(graph);
  llvm::StringMap<MFCOp> mfcsByName;
  for (MFCOp mfc : graph.getMFCs())
    mfcsByName.try_emplace(mfc.getSymName(), mfc);
  bool ok = true;

  // Hooks already in the lists are reported at their MFC, by position.
  for (MFCOp mfc : graph.getMFCs()) {
    for (HookPosition position : {HookPosition::pre, HookPosition::post}) {
      for (auto [index, hook] : llvm::enumerate(mfc.getHooks(position))) {
        std::string where = (listName(position) + "[" + Twine(index) +
                             "] of @" + mfc.getSymName())
                                .str();
        ok &= succeeded(validator.check(hook, position, mfc, where,
                                        "move it to post_hooks", mfc.getLoc()));
      }
    }
  }

  // Standalone declarations are reported at the declaration, then appended
  // to their MFC's list in declaration order.
  llvm::MapVector<std::pair<Operation *, HookPosition>,
                  SmallVector<Attribute>>
      appended;
  SmallVector<HookOp> declarations(graph.getBodyBlock().getOps<HookOp>());
  for (HookOp declaration : declarations) {
    // The graph verifier guarantees that the named MFC exists.
    MFCOp mfc = mfcsByName.lookup(declaration.getMfc());
    HookPosition position = declaration.getPosition();
    std::string where = ("`hook " + stringifyHookPosition(position) + " @" +
                         mfc.getSymName() + "`")
                            .str();
    std::string moveToPost =
        ("declare it with `hook post @" + mfc.getSymName() + "`").str();
    ok &= succeeded(validator.check(declaration.getHook(), position, mfc,
                                    where, moveToPost, declaration.getLoc()));
    appended[{mfc, position}].push_back(declaration.getHook());
  }
  if (!ok)
    return signalPassFailure();

  for (auto &[entry, hooks] : appended) {
    auto [op, position] = entry;
    auto mfc = cast<MFCOp>(op);
    SmallVector<Attribute> list(mfc.getHooks(position));
    list.append(hooks);
    ArrayAttr attr = ArrayAttr::get(&getContext(), list);
    if (position == HookPosition::pre)
      mfc.setPreHooksAttr(attr);
    else
      mfc.setPostHooksAttr(attr);
  }
  for (HookOp declaration : declarations)
    declaration.erase();
}
