// RUN: dfg-opt %s --dfg-annotate-analyses | FileCheck %s
// RUN: dfg-opt %s --dfg-annotate-analyses | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --dfg-annotate-analyses --dfg-annotate-analyses | FileCheck %s

// ReaLHF's PPO with a reference model kept as an EMA of the actor
// (examples/customized_exp/ppo_ref_ema.py), with the trainers on replica 1.
// The expected values agree with AReaL's own dataflow code on this graph:
// one source, two sinks, and generations {actor_gen}, {critic_inf, ref_inf,
// rew_inf}, {actor_train, critic_train}. @actor_gen and @critic_inf are not
// role-terminal because their role trains later, on another replica.

// CHECK-LABEL: dfg.graph @realhf_ppo_ref_ema attributes {
// CHECK-SAME: dfg.data_consumers = {packed_input_ids = ["actor_train", "critic_inf", "critic_train", "ref_inf", "rew_inf"], packed_logits_mask = ["actor_train", "ref_inf"], packed_logprobs = ["actor_train", "critic_train"], packed_prompts = ["actor_gen"], packed_ref_logprobs = ["actor_train", "critic_train"], prompt_mask = ["actor_train", "critic_train"], rewards = ["actor_train", "critic_train"], seq_no_eos_mask = ["actor_train", "critic_inf", "critic_train"], values = ["actor_train", "critic_train"]}
// CHECK-SAME: dfg.data_producers = {packed_input_ids = "actor_gen", packed_logits_mask = "actor_gen", packed_logprobs = "actor_gen", packed_ref_logprobs = "ref_inf", prompt_mask = "actor_gen", rewards = "rew_inf", seq_no_eos_mask = "actor_gen", values = "critic_inf"}
// CHECK-SAME: dfg.dataset_keys = ["packed_prompts"]
// CHECK-SAME: dfg.topological_generations = {{\[}}["actor_gen"], ["critic_inf", "ref_inf", "rew_inf"], ["actor_train", "critic_train"]]}
// CHECK-NEXT: mfc @actor_gen {{.*}} {dfg.generation = 0 : i64, dfg.source}{{$}}
// CHECK-NEXT: mfc @actor_train {{.*}} {dfg.generation = 2 : i64, dfg.role_terminal, dfg.sink}{{$}}
// CHECK-NEXT: mfc @critic_inf {{.*}} {dfg.generation = 1 : i64}{{$}}
// CHECK-NEXT: mfc @critic_train {{.*}} {dfg.generation = 2 : i64, dfg.role_terminal, dfg.sink}{{$}}
// CHECK-NEXT: mfc @ref_inf {{.*}} {dfg.generation = 1 : i64, dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @rew_inf {{.*}} {dfg.generation = 1 : i64, dfg.role_terminal}{{$}}
dfg.graph @realhf_ppo_ref_ema {
  mfc @actor_gen generate ins("packed_prompts")
      outs("seq_no_eos_mask", "packed_input_ids", "packed_logprobs", "prompt_mask", "packed_logits_mask")
      model <"actor"> n_seqs 128 impl <"ppo_actor", {}>
      pre_hooks [#dfg.param_realloc<source = <"actor", 1>>]
      post_hooks [#dfg.param_realloc<target = <"actor", 1>>]
  mfc @actor_train train_step
      ins("packed_input_ids", "packed_logprobs", "packed_ref_logprobs", "rewards", "values", "prompt_mask", "seq_no_eos_mask", "packed_logits_mask")
      model <"actor", 1> n_seqs 128 impl <"ppo_actor", {}>
      post_hooks [#dfg.param_realloc<target = <"ref">, eta = 0.001>]
  mfc @critic_inf inference ins("packed_input_ids", "seq_no_eos_mask") outs("values")
      model <"critic"> n_seqs 128 impl <"ppo_critic", {}>
      pre_hooks [#dfg.param_realloc<source = <"critic", 1>>]
      post_hooks [#dfg.param_realloc<target = <"critic", 1>>]
  mfc @critic_train train_step
      ins("packed_input_ids", "packed_logprobs", "packed_ref_logprobs", "rewards", "values", "prompt_mask", "seq_no_eos_mask")
      model <"critic", 1> n_seqs 128 impl <"ppo_critic", {}>
  mfc @ref_inf inference ins("packed_input_ids", "packed_logits_mask") outs("packed_ref_logprobs")
      model <"ref"> n_seqs 128 impl <"ppo_actor", {}>
  mfc @rew_inf inference ins("packed_input_ids") outs("rewards")
      model <"reward"> n_seqs 128 impl <"paired_rw", {}> post_hooks [#dfg.offload]
}

// The generation is the longest distance from a source: @c is reached from
// @a directly and through @b, so it is in generation 2. Generations list
// their MFCs by name, not in list order. Dataset keys keep the order of first
// use. The same analyses come out of resolved form.

// CHECK-LABEL: dfg.graph @skip_edge(%z : "z", %y : "y") attributes {
// CHECK-SAME: dfg.data_consumers = {a_out = ["c", "b"], b_out = ["c"], y = ["b"], z = ["c", "a"]}
// CHECK-SAME: dfg.data_producers = {a_out = "a", b_out = "b"}
// CHECK-SAME: dfg.dataset_keys = ["z", "y"]
// CHECK-SAME: dfg.topological_generations = {{\[}}["a", "d"], ["b"], ["c"]]}
// CHECK-NEXT: mfc @c {{.*}} {dfg.generation = 2 : i64, dfg.role_terminal, dfg.sink}{{$}}
// CHECK-NEXT: mfc @d {{.*}} {dfg.generation = 0 : i64, dfg.role_terminal, dfg.sink, dfg.source}{{$}}
// CHECK-NEXT: %{{.*}} = mfc @b {{.*}} {dfg.generation = 1 : i64}{{$}}
// CHECK-NEXT: %{{.*}} = mfc @a {{.*}} {dfg.generation = 0 : i64, dfg.role_terminal, dfg.source}{{$}}
dfg.graph @skip_edge(%z : "z", %y : "y") {
  mfc @c train_step ins(%a_out : "a_out", %b_out : "b_out", %z : "z") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @d generate model <"actor"> n_seqs 8 impl <"x", {}>
  %b_out = mfc @b inference ins(%a_out : "a_out", %y : "y") outs("b_out") model <"actor"> n_seqs 8 impl <"x", {}>
  %a_out = mfc @a generate ins(%z : "z") outs("a_out") model <"ref"> n_seqs 8 impl <"x", {}>
}

// A key written by two MFCs (which dfg-resolve-edges rejects unless told to
// keep it) is produced by the last one, as in AReaL, so the first writer
// feeds nobody and is a sink.

// CHECK-LABEL: dfg.graph @two_producers attributes {
// CHECK-SAME: dfg.data_consumers = {seq = ["train"]}
// CHECK-SAME: dfg.data_producers = {seq = "second"}
// CHECK-SAME: dfg.dataset_keys = []
// CHECK-SAME: dfg.topological_generations = {{\[}}["first", "second"], ["train"]]}
// CHECK-NEXT: mfc @first {{.*}} {dfg.generation = 0 : i64, dfg.role_terminal, dfg.sink, dfg.source}{{$}}
// CHECK-NEXT: mfc @train {{.*}} {dfg.generation = 1 : i64, dfg.role_terminal, dfg.sink}{{$}}
// CHECK-NEXT: mfc @second {{.*}} {dfg.generation = 0 : i64, dfg.role_terminal, dfg.source}{{$}}
dfg.graph @two_producers {
  mfc @first generate outs("seq") model <"gen1"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @second generate outs("seq") model <"gen2"> n_seqs 8 impl <"x", {}>
}

// Stale analysis attributes are replaced: flags that no longer hold are
// removed, and other discardable attributes stay.

// CHECK-LABEL: dfg.graph @stale attributes {
// CHECK-SAME: dfg.dataset_keys = ["prompt"]
// CHECK-NEXT: mfc @gen {{.*}} {dfg.generation = 0 : i64, dfg.source, note = "kept"}{{$}}
// CHECK-NEXT: mfc @train {{.*}} {dfg.generation = 1 : i64, dfg.role_terminal, dfg.sink}{{$}}
dfg.graph @stale attributes {dfg.dataset_keys = ["old"]} {
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
      {dfg.generation = 7 : i64, dfg.role_terminal, dfg.sink, dfg.source, note = "kept"}
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
      {dfg.source}
}

// A graph without MFCs gets empty analyses.

// CHECK-LABEL: dfg.graph @empty attributes {dfg.data_consumers = {}, dfg.data_producers = {}, dfg.dataset_keys = [], dfg.topological_generations = []} {
// CHECK-NEXT: {{^  \}$}}
dfg.graph @empty {
}

// An MFC without keys is a source and a sink, and the last use of its role.

// CHECK-LABEL: dfg.graph @isolated attributes {dfg.data_consumers = {}, dfg.data_producers = {}, dfg.dataset_keys = [], dfg.topological_generations = {{\[}}["gen"]]} {
// CHECK-NEXT: mfc @gen generate model <"actor"> n_seqs 8 impl <"x", {}> {dfg.generation = 0 : i64, dfg.role_terminal, dfg.sink, dfg.source}{{$}}
dfg.graph @isolated {
  mfc @gen generate model <"actor"> n_seqs 8 impl <"x", {}>
}
