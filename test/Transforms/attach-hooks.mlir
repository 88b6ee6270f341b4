// RUN: dfg-opt %s --dfg-attach-hooks | FileCheck %s
// RUN: dfg-opt %s --dfg-attach-hooks | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --dfg-attach-hooks --dfg-attach-hooks | FileCheck %s

// Standalone declarations are appended after the hooks already in the list,
// in declaration order, pre and post hooks separately, and then erased. A
// declaration may come before or after its MFC. A second run has nothing
// left to attach, so it changes nothing.

// CHECK-LABEL: dfg.graph @decoupled {
// CHECK-NEXT: mfc @actor_gen generate ins("packed_prompts") outs("seq")
// CHECK-SAME: model <"actor", 1>
// CHECK-SAME: pre_hooks [#dfg.param_realloc<source = <"actor">>]
// CHECK-SAME: post_hooks [#dfg.offload, #dfg.param_realloc<target = <"actor">>, #dfg.param_realloc<target = <"ref">, eta = 1.000000e-02>]{{$}}
// CHECK-NEXT: mfc @ref_inf inference ins("seq") outs("ref_logprobs")
// CHECK-SAME: model <"ref"> n_seqs 64 impl <"ppo_actor", {}> post_hooks [#dfg.offload]{{$}}
// CHECK-NEXT: mfc @actor_train train_step ins("seq", "ref_logprobs")
// CHECK-SAME: model <"actor"> n_seqs 64 impl <"ppo_actor", {}>{{$}}
// CHECK-NEXT: {{^  \}$}}
dfg.graph @decoupled {
  hook post @actor_gen #dfg.param_realloc<target = <"actor">>
  mfc @actor_gen generate ins("packed_prompts") outs("seq")
      model <"actor", 1> n_seqs 64 impl <"ppo_actor", {}> post_hooks [#dfg.offload]
  hook pre @actor_gen #dfg.param_realloc<source = <"actor">>
  mfc @ref_inf inference ins("seq") outs("ref_logprobs")
      model <"ref"> n_seqs 64 impl <"ppo_actor", {}>
  mfc @actor_train train_step ins("seq", "ref_logprobs")
      model <"actor"> n_seqs 64 impl <"ppo_actor", {}>
  hook post @ref_inf #dfg.offload
  hook post @actor_gen #dfg.param_realloc<target = <"ref">, eta = 0.01>
}

// Valid hooks already in the lists are kept as they are: eta may be 0 or 1,
// and the other end may be another replica of the MFC's own role.

// CHECK-LABEL: dfg.graph @valid_lists {
// CHECK-NEXT: mfc @gen generate outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
// CHECK-SAME: pre_hooks [#dfg.param_realloc<source = <"actor">, eta = 0.000000e+00>]
// CHECK-SAME: post_hooks [#dfg.offload, #dfg.param_realloc<target = <"actor">>]{{$}}
// CHECK-NEXT: mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
// CHECK-SAME: post_hooks [#dfg.param_realloc<target = <"actor", 1>>]{{$}}
dfg.graph @valid_lists {
  mfc @gen generate outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
      pre_hooks [#dfg.param_realloc<source = <"actor">, eta = 0.0>]
      post_hooks [#dfg.offload, #dfg.param_realloc<target = <"actor">, eta = 1.0>]
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
      post_hooks [#dfg.param_realloc<target = <"actor", 1>>]
}

// Hooks attach in resolved form too, and the dataflow is left alone.

// CHECK-LABEL: dfg.graph @resolved(%prompt : "prompt") {
// CHECK-NEXT: %seq = mfc @gen generate ins(%prompt : "prompt") outs("seq")
// CHECK-SAME: post_hooks [#dfg.offload]{{$}}
// CHECK-NEXT: mfc @train train_step ins(%seq : "seq")
// CHECK-SAME: pre_hooks [#dfg.param_realloc<source = <"ref">, eta = 5.000000e-01>]{{$}}
// CHECK-NEXT: {{^  \}$}}
dfg.graph @resolved(%prompt : "prompt") {
  %seq = mfc @gen generate ins(%prompt : "prompt") outs("seq") model <"ref"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 8 impl <"x", {}>
  hook post @gen #dfg.offload
  hook pre @train #dfg.param_realloc<source = <"ref">, eta = 0.5>
}

// A graph without hooks is unchanged.

// CHECK-LABEL: dfg.graph @no_hooks {
// CHECK-NEXT: mfc @gen generate model <"actor"> n_seqs 8 impl <"x", {}>{{$}}
// CHECK-NEXT: {{^  \}$}}
dfg.graph @no_hooks {
  mfc @gen generate model <"actor"> n_seqs 8 impl <"x", {}>
}
