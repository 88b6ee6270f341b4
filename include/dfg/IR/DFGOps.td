//===- DFGOps.td - Operations of the dfg dialect -----------*- tablegen -*-===//
//
// This file defines the graph op, the model function call op and the
// standalone hook declaration.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_IR_DFGOPS_TD
#define DFG_IR_DFGOPS_TD

include "dfg/IR/DFGDialect.td"
include "dfg/IR/DFGAttributes.td"
include "dfg/IR/DFGTypes.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/IR/SymbolInterfaces.td"

//===----------------------------------------------------------------------===//
// GraphOp
//===----------------------------------------------------------------------===//

def DFG_GraphOp : DFG_Op<"graph", [
    IsolatedFromAbove, NoTerminator, SingleBlock, Symbol,
    DeclareOpInterfaceMethods<RegionKindInterface>,
    DeclareOpInterfaceMethods<OpAsmOpInterface,
        ["getAsmBlockArgumentNames", "getDefaultDialect"]>
  ]> {
  let summary = "The dataflow graph of one training step";
  let description = [{
    A named graph of model function calls. Its body is a graph region, so
    MFCs may appear in any order; their list order is kept and is the order
    the analyses use for lists of MFCs. MFC names are unique within a graph.
    (MFCs are not MLIR symbols, because symbols cannot define results.)

    In resolved form the body's arguments are the dataset keys: keys that
    some MFC reads and no MFC writes. Each argument is written as
    `%value : "key"`, short for a value of type `!dfg.key<"key">`.

    ```mlir
    dfg.graph @ppo(%packed_prompts : "packed_prompts") {
      %seq = mfc @actor_gen generate ins(%packed_prompts : "packed_prompts")
          outs("seq") model <"actor"> n_seqs 256 impl <"ppo_actor", {}>
      mfc @actor_train train_step ins(%seq : "seq")
          model <"actor"> n_seqs 256 impl <"ppo_actor", {}>
    }
    ```

    `source` records where the graph came from, such as the experiment
    config it was extracted from.
  }];

  let arguments = (ins SymbolNameAttr:$sym_name, OptionalAttr<StrAttr>:$source);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    OpBuilder<(ins "::llvm::StringRef":$name)>
  ];

  let extraClassDeclaration = [{
    /// Returns the block that holds the MFCs.
    ::mlir::Block &getBodyBlock() { return getBody().front(); }

    /// Returns the MFCs of the graph in list order.
    ::llvm::iterator_range<::mlir::Block::op_iterator<::dfg::MFCOp>> getMFCs();

    /// Returns whether the graph is in resolved (SSA) form: it has dataset
    /// arguments, or some MFC has operands or results.
    bool isResolved();

    /// Returns the MFC named `name`, or null. This scans the graph.
    ::dfg::MFCOp lookupMFC(::llvm::StringRef name);
  }];
}

//===----------------------------------------------------------------------===//
// MFCOp
//===----------------------------------------------------------------------===//

def DFG_MFCOp : DFG_Op<"mfc", [
    HasParent<"GraphOp">,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>
  ]> {
  let summary = "A model function call";
  let description = [{
    One call of `generate`, `inference`, `train_step` or `evaluate` on one
    model. The op carries every field of AReaL's `MFCDef`:

    | syntax | field | default |
    |---|---|---|
    | `@name` | unique name in the graph | required |
    | keyword after the name | `interface_type` | required |
    | `ins(...)`, `outs(...)` | `input_keys`, `output_keys`, in order | empty |
    | `model <"role", replica>` | `model_name` | required |
    | `n_seqs N` | sequences per batch | required |
    | `impl <"type_", {args}>` | `interface_impl` | required |
    | `mb_spec <...>` | micro-batching | `n_mbs = 1`, `max_tokens_per_mb = 10^12` |
    | `min_n_seqs_per_pass X` | integer or float | 1 |
    | `log_return_value` | log the returned statistics | absent: false |
    | `input_key_remap {...}` | input key -> name the implementation expects | empty |
    | `output_key_remap {...}` | name the implementation returns -> output key | empty |
    | `pre_hooks [...]`, `post_hooks [...]` | ordered hook lists | empty |

    Fields with their default value are not printed, even when the attribute
    is set: `mb_spec <>`, the integer `min_n_seqs_per_pass 1` (the float
    `1.0` is printed), empty remaps and empty hook lists.

    In key-based form the op has no operands and no results; inputs print
    as `ins("key", ...)`. In resolved form every input key is an operand,
    printed as `ins(%value : "key", ...)`, and every output key is a result
    named after its key; the `i`-th operand has type
    `!dfg.key<input_keys[i]>` and the `i`-th result `!dfg.key<output_keys[i]>`.

    ```mlir
    // Key-based form.
    mfc @ref_inf inference ins("packed_input_ids") outs("packed_ref_logprobs")
        model <"ref"> n_seqs 256 impl <"ppo_actor", {}>
        output_key_remap {logprobs = "packed_ref_logprobs"}
        post_hooks [#dfg.offload]

    // Resolved form.
    %packed_ref_logprobs = mfc @ref_inf inference
        ins(%packed_input_ids : "packed_input_ids") outs("packed_ref_logprobs")
        model <"ref"> n_seqs 256 impl <"ppo_actor", {}>
    ```
  }];

  let arguments = (ins
    SymbolNameAttr:$sym_name,
    DFG_InterfaceType:$interface_type,
    DFG_ModelAttr:$model,
    I64Attr:$n_seqs,
    DFG_InterfaceImplAttr:$impl,
    StrArrayAttr:$input_keys,
    StrArrayAttr:$output_keys,
    OptionalAttr<DictionaryAttr>:$input_key_remap,
    OptionalAttr<DictionaryAttr>:$output_key_remap,
    OptionalAttr<DFG_MicroBatchSpecAttr>:$mb_spec,
    OptionalAttr<AnyAttrOf<[I64Attr, F64Attr]>>:$min_n_seqs_per_pass,
    UnitAttr:$log_return_value,
    OptionalAttr<DFG_HookArrayAttr>:$pre_hooks,
    OptionalAttr<DFG_HookArrayAttr>:$post_hooks,
    Variadic<DFG_KeyType>:$inputs
  );
  let results = (outs Variadic<DFG_KeyType>:$outputs);

  // The optional fields use custom directives because an optional group
  // prints an attribute whenever it is set, also at its default value.
  let assemblyFormat = [{
    $sym_name $interface_type ``
    custom<Keys>($inputs, type($inputs), $input_keys, type($outputs),
                 $output_keys)
    `model` $model `n_seqs` custom<SignedInt64>($n_seqs) `impl` $impl ``
    custom<MbSpec>($mb_spec) ``
    custom<MinNSeqsPerPass>($min_n_seqs_per_pass)
    (`log_return_value` $log_return_value^)? ``
    custom<KeyRemaps>($input_key_remap, $output_key_remap) ``
    custom<HookLists>($pre_hooks, $post_hooks)
    attr-dict
  }];
  let hasVerifier = 1;

  let extraClassDeclaration = [{
    /// Returns the micro-batch spec, with AReaL's defaults when absent.
    MicroBatchSpecAttr getMbSpecOrDefault();

    /// Returns the pre or post hooks, empty when absent.
    ::llvm::ArrayRef<::mlir::Attribute> getHooks(HookPosition position);

    /// Returns whether the op has operands and results for its keys.
    bool isResolved() {
      return getNumOperands() != 0 || getNumResults() != 0;
    }
  }];
}

//===----------------------------------------------------------------------===//
// HookOp
//===----------------------------------------------------------------------===//

def DFG_HookOp : DFG_Op<"hook", [HasParent<"GraphOp">]> {
  let summary = "A hook declared apart from the MFC it runs with";
  let description = [{
    AReaL's code creates MFCs first and adds hooks afterwards with
    `add_pre_hook` and `add_post_hook`. This op records such a hook inside
    the graph; `dfg-attach-hooks` appends it to the named MFC's hook list,
    keeping the order of the declarations, and erases it.

    ```mlir
    hook post @ref_inf #dfg.offload
    hook pre @actor_gen #dfg.param_realloc<source = <"actor", 1>>
    ```
  }];
  let arguments = (ins
    DFG_HookPosition:$position,
    FlatSymbolRefAttr:$mfc,
    DFG_HookAttr:$hook
  );
  let assemblyFormat = "$position $mfc $hook attr-dict";
}

#endif // DFG_IR_DFGOPS_TD
