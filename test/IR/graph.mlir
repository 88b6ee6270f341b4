// RUN: dfg-opt %s | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --emit-bytecode | dfg-opt | FileCheck %s

// Graph-level syntax: empty graphs, the `source` attribute, several graphs in
// one module, and a graph in key-based form.

// An empty graph keeps its body, and an empty argument list is not printed.
// CHECK-LABEL: dfg.graph @empty {
// CHECK-NEXT:  }
dfg.graph @empty {
}

// CHECK-LABEL: dfg.graph @empty_arguments {
// CHECK-NEXT:  }
dfg.graph @empty_arguments() {
}

// CHECK-LABEL: dfg.graph @with_source
// CHECK-SAME:    attributes {source = "realhf/experiments/common/ppo_exp.py @ ReaLHF@be75fce9"} {
// CHECK-NEXT:  }
dfg.graph @with_source attributes {source = "realhf/experiments/common/ppo_exp.py @ ReaLHF@be75fce9"} {
}

// Discardable attributes print next to `source`.
// CHECK-LABEL: dfg.graph @with_extra_attribute
// CHECK-SAME:    attributes {note = 3 : i64, source = "sft.yaml"} {
dfg.graph @with_extra_attribute attributes {source = "sft.yaml", note = 3} {
}

// The body prints without the `dfg.` prefix, and MFCs and hooks keep their
// list order, which is not a dataflow order: the graph region allows a
// consumer before its producer.
// CHECK-LABEL: dfg.graph @key_based {
// CHECK-NEXT:    mfc @actor_train train_step ins("seq", "packed_ref_logprobs") model <"actor"> n_seqs 256 impl <"ppo_actor", {}>{{$}}
// CHECK-NEXT:    hook post @ref_inf #dfg.offload{{$}}
// CHECK-NEXT:    mfc @ref_inf inference ins("seq") outs("packed_ref_logprobs") model <"ref"> n_seqs 256 impl <"ppo_actor", {}>{{$}}
// CHECK-NEXT:    mfc @actor_gen generate ins("packed_prompts") outs("seq") model <"actor"> n_seqs 256 impl <"ppo_actor", {}>{{$}}
// CHECK-NEXT:  }
dfg.graph @key_based {
  dfg.mfc @actor_train train_step ins("seq", "packed_ref_logprobs")
      model <"actor"> n_seqs 256 impl <"ppo_actor", {}>
  dfg.hook post @ref_inf #dfg.offload
  mfc @ref_inf inference ins("seq") outs("packed_ref_logprobs")
      model <"ref"> n_seqs 256 impl <"ppo_actor", {}>
  mfc @actor_gen generate ins("packed_prompts") outs("seq")
      model <"actor"> n_seqs 256 impl <"ppo_actor", {}>
}

// Graphs are symbols of the module, so MFC names may repeat across graphs.
// CHECK-LABEL: dfg.graph @first {
// CHECK-NEXT:    mfc @train train_step model <"default"> n_seqs 16 impl <"sft", {}>{{$}}
// CHECK-LABEL: dfg.graph @second {
// CHECK-NEXT:    mfc @train train_step model <"default"> n_seqs 32 impl <"sft", {}>{{$}}
dfg.graph @first {
  mfc @train train_step model <"default"> n_seqs 16 impl <"sft", {}>
}
dfg.graph @second {
  mfc @train train_step model <"default"> n_seqs 32 impl <"sft", {}>
}

// A graph with only hook declarations and MFCs without keys.
// CHECK-LABEL: dfg.graph @no_keys {
// CHECK-NEXT:    mfc @eval evaluate model <"critic"> n_seqs 4 impl <"null", {}>{{$}}
// CHECK-NEXT:    hook pre @eval #dfg.param_realloc<source = <"actor">>{{$}}
dfg.graph @no_keys {
  mfc @eval evaluate model <"critic"> n_seqs 4 impl <"null", {}>
  hook pre @eval #dfg.param_realloc<source = <"actor">>
}
