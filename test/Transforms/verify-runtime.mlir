// RUN: dfg-opt %s --dfg-verify-runtime --verify-diagnostics | FileCheck %s
// RUN: dfg-opt %s --dfg-verify-runtime | dfg-opt | FileCheck %s

// Graphs that meet every runtime constraint pass unchanged and without a
// diagnostic: --verify-diagnostics fails on any warning.

// A decoupled PPO step: the actor runs as replicas 0 and 1, each replica
// keeps one impl (the two replicas may differ), each role trains once, and
// both trainers use the same n_seqs. The trainers are sinks, so nobody
// reading their "stats" output is fine.

// CHECK-LABEL: dfg.graph @decoupled_ppo {
// CHECK-NEXT: mfc @actor_gen generate
// CHECK-NEXT: mfc @critic_inf inference
// CHECK-NEXT: mfc @actor_inf inference
// CHECK-NEXT: mfc @actor_train train_step
// CHECK-NEXT: mfc @critic_train train_step
// CHECK-NEXT: {{^  \}$}}
dfg.graph @decoupled_ppo {
  mfc @actor_gen generate ins("packed_prompts") outs("packed_input_ids")
      model <"actor", 1> n_seqs 512 impl <"ppo_actor", {generation_config = {n = 16}}>
  mfc @critic_inf inference ins("packed_input_ids") outs("values")
      model <"critic"> n_seqs 512 impl <"ppo_critic", {}>
  mfc @actor_inf inference ins("packed_input_ids") outs("packed_logprobs")
      model <"actor"> n_seqs 512 impl <"ppo_actor", {}>
  mfc @actor_train train_step ins("packed_input_ids", "packed_logprobs", "values")
      outs("stats") model <"actor"> n_seqs 512 impl <"ppo_actor", {}>
  mfc @critic_train train_step ins("packed_input_ids", "values")
      outs("stats") model <"critic"> n_seqs 512 impl <"ppo_critic", {}>
}

// A graph with one MFC: it is a sink, so its unread output is no waste.

// CHECK-LABEL: dfg.graph @sft(%packed_input_ids : "packed_input_ids", %prompt_mask : "prompt_mask") {
// CHECK-NEXT: %loss = mfc @train train_step
dfg.graph @sft(%packed_input_ids : "packed_input_ids", %prompt_mask : "prompt_mask") {
  %loss = mfc @train train_step ins(%packed_input_ids : "packed_input_ids", %prompt_mask : "prompt_mask")
      outs("loss") model <"default"> n_seqs 16 impl <"sft", {}>
}

// CHECK-LABEL: dfg.graph @empty {
// CHECK-NEXT: {{^  \}$}}
dfg.graph @empty {
}
