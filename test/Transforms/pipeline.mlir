// RUN: dfg-opt %s --dfg-pipeline --verify-diagnostics | FileCheck %s
// RUN: dfg-opt %s --dfg-pipeline | dfg-opt | FileCheck %s

// The pipeline accepts its own output and leaves it as it is.
// RUN: dfg-opt %s --dfg-pipeline -o %t.once.mlir
// RUN: dfg-opt %t.once.mlir --dfg-pipeline --verify-diagnostics -o %t.twice.mlir
// RUN: diff %t.once.mlir %t.twice.mlir
// RUN: FileCheck %s --input-file %t.twice.mlir

// AReaL's PPO for math with its default settings (a reward model fused into
// the reference model's MFC), with the offload of the reference model
// declared apart from its MFC. The pipeline resolves the edges, attaches the
// hook, checks the graph and writes the analyses; the values agree with
// AReaL's own dataflow code on this graph. No diagnostic is expected.

// CHECK-LABEL: dfg.graph @areal_ppo_math(%packed_prompts : "packed_prompts", %task_ids : "task_ids") attributes {
// CHECK-SAME: dfg.data_consumers = {packed_input_ids = ["actor_train", "critic_inf", "critic_train", "ref_inf"], packed_logprobs = ["actor_train", "critic_train"], packed_prompts = ["actor_gen", "ref_inf"], packed_ref_logprobs = ["actor_train", "critic_train"], prompt_mask = ["actor_train", "critic_train"], rewards = ["actor_train", "critic_train"], seq_no_eos_mask = ["actor_train", "critic_inf", "critic_train"], task_ids = ["actor_gen", "actor_train", "ref_inf"], values = ["actor_train", "critic_train"]}
// CHECK-SAME: dfg.data_producers = {packed_input_ids = "actor_gen", packed_logprobs = "actor_gen", packed_ref_logprobs = "ref_inf", prompt_mask = "actor_gen", rewards = "ref_inf", seq_no_eos_mask = "actor_gen", values = "critic_inf"}
// CHECK-SAME: dfg.dataset_keys = ["packed_prompts", "task_ids"]
// CHECK-SAME: dfg.topological_generations = {{\[}}["actor_gen"], ["critic_inf", "ref_inf"], ["actor_train", "critic_train"]]}
// CHECK-NEXT: %seq_no_eos_mask, %packed_input_ids, %packed_logprobs, %prompt_mask = mfc @actor_gen generate ins(%packed_prompts : "packed_prompts", %task_ids : "task_ids")
// CHECK-SAME: {dfg.generation = 0 : i64, dfg.source}{{$}}
// CHECK-NEXT: mfc @actor_train train_step ins(%packed_input_ids : "packed_input_ids", %packed_logprobs : "packed_logprobs", %packed_ref_logprobs : "packed_ref_logprobs", %rewards : "rewards", %task_ids : "task_ids", %values : "values", %prompt_mask : "prompt_mask", %seq_no_eos_mask : "seq_no_eos_mask")
// CHECK-SAME: {dfg.generation = 2 : i64, dfg.role_terminal, dfg.sink}{{$}}
// CHECK-NEXT: %values = mfc @critic_inf inference ins(%packed_input_ids : "packed_input_ids", %seq_no_eos_mask : "seq_no_eos_mask")
// CHECK-SAME: {dfg.generation = 1 : i64}{{$}}
// CHECK-NEXT: mfc @critic_train train_step ins(%packed_input_ids : "packed_input_ids", %packed_logprobs : "packed_logprobs", %packed_ref_logprobs : "packed_ref_logprobs", %rewards : "rewards", %values : "values", %prompt_mask : "prompt_mask", %seq_no_eos_mask : "seq_no_eos_mask")
// CHECK-SAME: {dfg.generation = 2 : i64, dfg.role_terminal, dfg.sink}{{$}}
// CHECK-NEXT: %packed_ref_logprobs, %rewards = mfc @ref_inf inference ins(%packed_input_ids : "packed_input_ids", %packed_prompts : "packed_prompts", %task_ids : "task_ids")
// CHECK-SAME: output_key_remap {logprobs = "packed_ref_logprobs"} post_hooks [#dfg.offload] {dfg.generation = 1 : i64, dfg.role_terminal}{{$}}
// CHECK-NEXT: {{^  \}$}}
dfg.graph @areal_ppo_math {
  mfc @actor_gen generate ins("packed_prompts", "task_ids")
      outs("seq_no_eos_mask", "packed_input_ids", "packed_logprobs", "prompt_mask")
      model <"actor"> n_seqs 256 impl <"ppo_actor", {generation_config = {max_new_tokens = 1024, n = 1}, kl_ctl = 0.1}>
  mfc @actor_train train_step
      ins("packed_input_ids", "packed_logprobs", "packed_ref_logprobs", "rewards", "task_ids", "values", "prompt_mask", "seq_no_eos_mask")
      model <"actor"> n_seqs 256 impl <"ppo_actor", {generation_config = {max_new_tokens = 1024, n = 1}, kl_ctl = 0.1}>
  mfc @critic_inf inference ins("packed_input_ids", "seq_no_eos_mask") outs("values")
      model <"critic"> n_seqs 256 impl <"ppo_critic", {}>
  mfc @critic_train train_step
      ins("packed_input_ids", "packed_logprobs", "packed_ref_logprobs", "rewards", "values", "prompt_mask", "seq_no_eos_mask")
      model <"critic"> n_seqs 256 impl <"ppo_critic", {}>
  mfc @ref_inf inference ins("packed_input_ids", "packed_prompts", "task_ids")
      outs("packed_ref_logprobs", "rewards")
      model <"ref"> n_seqs 256 impl <"fused-threading", {}>
      output_key_remap {logprobs = "packed_ref_logprobs"}
  hook post @ref_inf #dfg.offload
}

// A decoupled step: generation on actor@1 with parameter copies from and to
// actor@0, declared as standalone hooks after the MFCs.

// CHECK-LABEL: dfg.graph @decoupled(%prompt : "prompt") attributes {
// CHECK-SAME: dfg.topological_generations = {{\[}}["gen"], ["train"]]}
// CHECK-NEXT: %seq = mfc @gen generate ins(%prompt : "prompt") outs("seq") model <"actor", 1>
// CHECK-SAME: pre_hooks [#dfg.param_realloc<source = <"actor">>] post_hooks [#dfg.param_realloc<target = <"actor">>] {dfg.generation = 0 : i64, dfg.source}{{$}}
// CHECK-NEXT: mfc @train train_step ins(%seq : "seq") model <"actor">
// CHECK-SAME: {dfg.generation = 1 : i64, dfg.role_terminal, dfg.sink}{{$}}
// CHECK-NEXT: {{^  \}$}}
dfg.graph @decoupled {
  mfc @gen generate ins("prompt") outs("seq") model <"actor", 1> n_seqs 64 impl <"ppo_actor", {}>
  mfc @train train_step ins("seq") model <"actor"> n_seqs 64 impl <"ppo_actor", {}>
  hook pre @gen #dfg.param_realloc<source = <"actor">>
  hook post @gen #dfg.param_realloc<target = <"actor">>
}

// CHECK-LABEL: dfg.graph @empty attributes {dfg.data_consumers = {}, dfg.data_producers = {}, dfg.dataset_keys = [], dfg.topological_generations = []} {
// CHECK-NEXT: {{^  \}$}}
dfg.graph @empty {
}
