// RUN: dfg-opt --mlir-print-local-scope %s --dfg-resolve-edges | FileCheck %s
// RUN: dfg-opt %s --dfg-resolve-edges | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --dfg-resolve-edges --mlir-print-op-generic | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --dfg-resolve-edges --emit-bytecode | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt --mlir-print-local-scope %s --dfg-resolve-edges --dfg-resolve-edges | FileCheck %s
// The last dfg-opt prints with --mlir-print-local-scope, which keeps
// #dfg.impl arguments inline instead of behind an alias such as #impl_x.

// Running the pass on its own output changes nothing.
// RUN: dfg-opt %s --dfg-resolve-edges -o %t.once.mlir
// RUN: dfg-opt %t.once.mlir --dfg-resolve-edges -o %t.twice.mlir
// RUN: diff %t.once.mlir %t.twice.mlir

// A PPO step: dataset keys become arguments named after their keys, in order
// of first use ("task_ids" is read by @actor_train, which comes first), and
// each output key becomes a result named after its key. The trainers come
// first in the list, before the MFCs that feed them.

// CHECK-LABEL: dfg.graph @ppo(%task_ids : "task_ids", %packed_prompts : "packed_prompts") {
// CHECK-NEXT: mfc @actor_train train_step ins(%packed_input_ids : "packed_input_ids", %packed_logprobs : "packed_logprobs", %packed_ref_logprobs : "packed_ref_logprobs", %rewards : "rewards", %task_ids : "task_ids", %values : "values") model <"actor"> n_seqs 256 impl <"ppo_actor", {kl_ctl = 1.000000e-01 : f64}>
// CHECK-NEXT: mfc @critic_train train_step ins(%packed_input_ids : "packed_input_ids", %values : "values", %rewards : "rewards") model <"critic"> n_seqs 256 impl <"ppo_critic", {}>
// CHECK-NEXT: %packed_input_ids, %packed_logprobs = mfc @actor_gen generate ins(%packed_prompts : "packed_prompts", %task_ids : "task_ids") outs("packed_input_ids", "packed_logprobs") model <"actor"> n_seqs 256 impl <"ppo_actor", {kl_ctl = 1.000000e-01 : f64}>
// CHECK-NEXT: %packed_ref_logprobs, %rewards = mfc @ref_inf inference ins(%packed_input_ids : "packed_input_ids", %packed_prompts : "packed_prompts") outs("packed_ref_logprobs", "rewards") model <"ref"> n_seqs 256 impl <"fused-threading", {}> output_key_remap {logprobs = "packed_ref_logprobs"} post_hooks [#dfg.offload]
// CHECK-NEXT: %values = mfc @critic_inf inference ins(%packed_input_ids : "packed_input_ids") outs("values") model <"critic"> n_seqs 256 impl <"ppo_critic", {}>
// CHECK-NEXT: {{^  \}$}}
dfg.graph @ppo {
  mfc @actor_train train_step
      ins("packed_input_ids", "packed_logprobs", "packed_ref_logprobs", "rewards", "task_ids", "values")
      model <"actor"> n_seqs 256 impl <"ppo_actor", {kl_ctl = 0.1}>
  mfc @critic_train train_step ins("packed_input_ids", "values", "rewards")
      model <"critic"> n_seqs 256 impl <"ppo_critic", {}>
  mfc @actor_gen generate ins("packed_prompts", "task_ids")
      outs("packed_input_ids", "packed_logprobs")
      model <"actor"> n_seqs 256 impl <"ppo_actor", {kl_ctl = 0.1}>
  mfc @ref_inf inference ins("packed_input_ids", "packed_prompts")
      outs("packed_ref_logprobs", "rewards")
      model <"ref"> n_seqs 256 impl <"fused-threading", {}>
      output_key_remap {logprobs = "packed_ref_logprobs"} post_hooks [#dfg.offload]
  mfc @critic_inf inference ins("packed_input_ids") outs("values")
      model <"critic"> n_seqs 256 impl <"ppo_critic", {}>
}

// A graph without MFCs stays empty and gets no arguments.

// CHECK-LABEL: dfg.graph @empty {
// CHECK-NEXT: {{^  \}$}}
dfg.graph @empty {
}

// An MFC without keys keeps its form: it has no operands and no results.

// CHECK-LABEL: dfg.graph @isolated {
// CHECK-NEXT: mfc @gen generate model <"actor"> n_seqs 4 impl <"gen", {}> log_return_value
// CHECK-NEXT: {{^  \}$}}
dfg.graph @isolated {
  mfc @gen generate model <"actor"> n_seqs 4 impl <"gen", {}> log_return_value
}

// An MFC that reads only dataset keys and writes nothing: every key is an
// argument and the MFC binds no result.

// CHECK-LABEL: dfg.graph @dataset_only(%packed_input_ids : "packed_input_ids", %pos_input_ids : "pos_input_ids") {
// CHECK-NEXT: mfc @rw_train train_step ins(%packed_input_ids : "packed_input_ids", %pos_input_ids : "pos_input_ids") model <"reward"> n_seqs 512 impl <"paired_rw", {}>
// CHECK-NEXT: {{^  \}$}}
dfg.graph @dataset_only {
  mfc @rw_train train_step ins("packed_input_ids", "pos_input_ids")
      model <"reward"> n_seqs 512 impl <"paired_rw", {}>
}

// Dataset keys are ordered by first use in list order, not by name, and a
// key read by two MFCs becomes one argument.

// CHECK-LABEL: dfg.graph @first_use(%z_prompts : "z_prompts", %a_mask : "a_mask") {
// CHECK-NEXT: %[[SEQ:.*]] = mfc @gen generate ins(%z_prompts : "z_prompts") outs("seq")
// CHECK-NEXT: mfc @inf inference ins(%[[SEQ]] : "seq", %a_mask : "a_mask", %z_prompts : "z_prompts")
// CHECK-NEXT: {{^  \}$}}
dfg.graph @first_use {
  mfc @gen generate ins("z_prompts") outs("seq")
      model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @inf inference ins("seq", "a_mask", "z_prompts")
      model <"ref"> n_seqs 8 impl <"x", {}>
}

// Every field other than the keys survives the rewrite unchanged, and so do
// discardable attributes and standalone hook declarations.

// CHECK-LABEL: dfg.graph @fields(%prompt : "prompt") {
// CHECK-NEXT: %seq = mfc @gen generate ins(%prompt : "prompt") outs("seq") model <"actor", 1> n_seqs 16 impl <"ppo_actor", {c_clip = #dfg.null, generation_config = {max_new_tokens = 512 : i64, top_p = 1.000000e+00 : f64}, group = [1, 2]}> mb_spec <n_mbs = 2, max_tokens_per_mb = 30720> min_n_seqs_per_pass 2.500000e-01 log_return_value input_key_remap {prompt = "packed_prompts"} output_key_remap {out = "seq"} pre_hooks [#dfg.param_realloc<source = <"actor">>] post_hooks [#dfg.param_realloc<target = <"actor">>] {note = "kept"}
// CHECK-NEXT: mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 16 impl <"ppo_actor", {}>
// CHECK-NEXT: hook post @gen #dfg.offload
// CHECK-NEXT: {{^  \}$}}
dfg.graph @fields {
  mfc @gen generate ins("prompt") outs("seq") model <"actor", 1> n_seqs 16
      impl <"ppo_actor", {generation_config = {max_new_tokens = 512, top_p = 1.0}, c_clip = #dfg.null, group = [1, 2]}>
      mb_spec <n_mbs = 2, max_tokens_per_mb = 30720> min_n_seqs_per_pass 0.25
      log_return_value input_key_remap {prompt = "packed_prompts"}
      output_key_remap {out = "seq"}
      pre_hooks [#dfg.param_realloc<source = <"actor">>]
      post_hooks [#dfg.param_realloc<target = <"actor">>] {note = "kept"}
  mfc @train train_step ins("seq") model <"actor"> n_seqs 16 impl <"ppo_actor", {}>
  hook post @gen #dfg.offload
}

// Keys belong to one graph: "seq", written in @first_use, is a dataset key
// here.

// CHECK-LABEL: dfg.graph @other_graph(%seq : "seq") {
// CHECK-NEXT: mfc @train train_step ins(%seq : "seq")
// CHECK-NEXT: {{^  \}$}}
dfg.graph @other_graph {
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// Keys that are not valid SSA names still name their values, after the
// printer makes them valid; the key in quotes stays exact.

// CHECK-LABEL: dfg.graph @odd_keys
// CHECK-SAME: (%[[PROMPT:.*]] : "2nd prompt") {
// CHECK-NEXT: %[[IDS:.*]] = mfc @gen generate ins(%[[PROMPT]] : "2nd prompt") outs("seq ids")
// CHECK-NEXT: mfc @inf inference ins(%[[IDS]] : "seq ids")
dfg.graph @odd_keys {
  mfc @gen generate ins("2nd prompt") outs("seq ids") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @inf inference ins("seq ids") model <"ref"> n_seqs 8 impl <"x", {}>
}

// The pass does not look for cycles (dfg-verify-acyclic does): a self-loop
// becomes an MFC that reads its own result, and a cycle of two MFCs becomes
// two MFCs that read each other's results, which a graph region allows.

// CHECK-LABEL: dfg.graph @cycles {
// CHECK-NEXT: %[[OWN:.*]] = mfc @refine inference ins(%[[OWN]] : "draft") outs("draft")
// CHECK-NEXT: %[[SEQ:.*]] = mfc @gen generate ins(%[[REWARDS:.*]] : "rewards") outs("seq")
// CHECK-NEXT: %[[REWARDS]] = mfc @rew_inf inference ins(%[[SEQ]] : "seq") outs("rewards")
dfg.graph @cycles {
  mfc @refine inference ins("draft") outs("draft") model <"ref"> n_seqs 8 impl <"x", {}>
  mfc @gen generate ins("rewards") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
}
