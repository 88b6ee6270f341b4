//===- DFGAttributes.td - Attributes of the dfg dialect ----*- tablegen -*-===//
//
// This file defines the attributes that carry the fields of a model function
// call: the model it runs on, its implementation, micro-batching and hooks.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_IR_DFGATTRIBUTES_TD
#define DFG_IR_DFGATTRIBUTES_TD

include "dfg/IR/DFGDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

class DFG_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<DFG_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def DFG_InterfaceType : I32EnumAttr<"InterfaceType",
    "the kind of call an MFC makes on its model", [
      I32EnumAttrCase<"generate", 0>,
      I32EnumAttrCase<"inference", 1>,
      I32EnumAttrCase<"train_step", 2>,
      I32EnumAttrCase<"evaluate", 3>
    ]> {
  let cppNamespace = "::dfg";
  let description = [{
    `generate` samples sequences, `inference` runs a forward pass, and
    `train_step` updates the model. `evaluate` is declared by AReaL but never
    executed by its runtime, so `dfg-verify-runtime` warns about it.
  }];
}

def DFG_HookPosition : I32EnumAttr<"HookPosition",
    "whether a hook runs before or after its MFC", [
      I32EnumAttrCase<"pre", 0>,
      I32EnumAttrCase<"post", 1>
    ]> {
  let cppNamespace = "::dfg";
}

//===----------------------------------------------------------------------===//
// Models and implementations
//===----------------------------------------------------------------------===//

def DFG_ModelAttr : DFG_Attr<"Model", "model"> {
  let summary = "A model: a role and a replica id";
  let description = [{
    The model an MFC runs on. Several replicas of one role (for example the
    actor used for generation and the actor being trained) have replica ids
    0, 1, ... . A replica id of 0 is the default and is not printed.

    ```mlir
    #dfg.model<"actor">      // replica 0
    #dfg.model<"critic", 1>
    ```
  }];
  let parameters = (ins
    "::mlir::StringAttr":$role,
    DefaultValuedParameter<"int64_t", "0">:$replica_id
  );
  let assemblyFormat = "`<` $role (`,` $replica_id^)? `>`";
  let builders = [
    AttrBuilder<(ins "::llvm::StringRef":$role, "int64_t":$replica_id), [{
      return $_get($_ctxt, ::mlir::StringAttr::get($_ctxt, role), replica_id);
    }]>
  ];
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Returns the model as AReaL prints it, e.g. `actor@1`.
    std::string str() const;
  }];
}

def DFG_InterfaceImplAttr : DFG_Attr<"InterfaceImpl", "impl"> {
  let summary = "The implementation of an MFC: a registry name and arguments";
  let description = [{
    The interface implementation AReaL looks up in its registry (`type_`)
    and the arguments it is constructed with. The arguments keep any JSON
    value: nested dictionaries and arrays, booleans, 64-bit integers, floats,
    strings, and `#dfg.null` for JSON `null`.

    ```mlir
    #dfg.impl<"ppo_actor", {kl_ctl = 1.000000e-01, generation_config = {n = 1}}>
    ```
  }];
  let parameters = (ins
    "::mlir::StringAttr":$type_name,
    "::mlir::DictionaryAttr":$args
  );
  let assemblyFormat = "`<` $type_name `,` $args `>`";
}

def DFG_NullAttr : DFG_Attr<"Null", "null"> {
  let summary = "The JSON value `null` inside interface arguments";
  let description = [{
    Interface arguments such as `generation_size` may be `null` in AReaL's
    configs. A unit attribute would read as a flag that is set, so `null` has
    an attribute of its own.

    ```mlir
    #dfg.impl<"ppo_actor", {c_clip = #dfg.null}>
    ```
  }];
}

def DFG_MicroBatchSpecAttr : DFG_Attr<"MicroBatchSpec", "mb_spec"> {
  let summary = "Micro-batching of an MFC";
  let description = [{
    How the runtime splits a call's batch: into `n_mbs` micro-batches
    (default 1) of at most `max_tokens_per_mb` tokens (default 10^12).
    Parameters equal to their default are not printed.

    ```mlir
    #dfg.mb_spec<max_tokens_per_mb = 30720>
    ```
  }];
  let parameters = (ins
    DefaultValuedParameter<"int64_t", "1">:$n_mbs,
    DefaultValuedParameter<"int64_t", "1000000000000">:$max_tokens_per_mb
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let extraClassDeclaration = [{
    /// Returns whether both fields have their default values.
    bool isDefault() const;
  }];
}

//===----------------------------------------------------------------------===//
// Hooks
//===----------------------------------------------------------------------===//

def DFG_OffloadAttr : DFG_Attr<"Offload", "offload"> {
  let summary = "Hook that moves the model's parameters off the GPU";
  let description = [{
    After the call, move the parameters of the call's model off the GPU.
    Valid only as a post hook; `dfg-attach-hooks` rejects it as a pre hook.

    ```mlir
    #dfg.offload
    ```
  }];
}

// A float written without a type, such as `0.01`, with default 1.0.
def DFG_EtaParameter
    : DefaultValuedParameter<"::llvm::APFloat", "::llvm::APFloat(1.0)",
                             "mixing factor eta"> {
  let parser = [{ [&]() -> ::mlir::FailureOr<::llvm::APFloat> {
    double value;
    if ($_parser.parseFloat(value))
      return ::mlir::failure();
    return ::llvm::APFloat(value);
  }() }];
  let printer = [{ $_printer.printFloat($_self) }];
  let comparator = [{ $_lhs.bitwiseIsEqual($_rhs) }];
}

def DFG_ParamReallocAttr : DFG_Attr<"ParamRealloc", "param_realloc"> {
  let summary = "Hook that copies parameters between two models";
  let description = [{
    Copies parameters between the call's own model and another model of the
    graph: `target = eta * source + (1 - eta) * target`. Exactly one of
    `source` and `target` is given; the other end is the call's model. `eta`
    lies in [0, 1] and defaults to 1.0 (a plain copy). `dfg-attach-hooks`
    checks these rules, so a hook that breaks them still parses.

    ```mlir
    #dfg.param_realloc<source = <"actor">>
    #dfg.param_realloc<target = <"ref">, eta = 0.01>
    ```
  }];
  let parameters = (ins
    OptionalParameter<"::dfg::ModelAttr">:$source,
    OptionalParameter<"::dfg::ModelAttr">:$target,
    DFG_EtaParameter:$eta
  );
  let assemblyFormat = "`<` struct(params) `>`";
}

// The summaries are the text of the ODS constraint errors, so they name the
// attributes a hook may be.
def DFG_HookAttr : AnyAttrOf<[DFG_OffloadAttr, DFG_ParamReallocAttr],
    "hook, either #dfg.offload or #dfg.param_realloc">;

def DFG_HookArrayAttr : TypedArrayAttrBase<DFG_HookAttr,
    "ordered list of hooks, each #dfg.offload or #dfg.param_realloc">;

#endif // DFG_IR_DFGATTRIBUTES_TD
