// RUN: dfg-opt %s --split-input-file --dfg-verify-runtime --verify-diagnostics

// A second train_step on one role.
dfg.graph @second_train_step {
  // expected-note @below {{first train_step of role "actor" is @actor_train}}
  mfc @actor_train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{role "actor" has a second train_step MFC @actor_sft; the runtime trains each role in one call per step, so merge the two or move one to another role}}
  mfc @actor_sft train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @gen generate outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// Two train_step MFCs on two replicas of one role.
dfg.graph @second_train_step_other_replica {
  // expected-note @below {{first train_step of role "actor" is @train0}}
  mfc @train0 train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{role "actor" has a second train_step MFC @train1}}
  mfc @train1 train_step ins("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
  mfc @gen generate outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// train_step MFCs with different n_seqs, compared with the first trainer.
dfg.graph @train_n_seqs_differ {
  // expected-note @below {{train_step @actor_train has n_seqs 256}}
  mfc @actor_train train_step ins("seq") model <"actor"> n_seqs 256 impl <"x", {}>
  mfc @ref_train train_step ins("seq") model <"ref"> n_seqs 256 impl <"x", {}>
  // expected-error @below {{train_step @critic_train has n_seqs 128 but train_step @actor_train has 256; all train_step MFCs must use the same n_seqs}}
  mfc @critic_train train_step ins("seq") model <"critic"> n_seqs 128 impl <"x", {}>
  mfc @gen generate outs("seq") model <"actor"> n_seqs 128 impl <"x", {}>
}

// -----

// Two implementation types for one model.
dfg.graph @impl_type_differs {
  // expected-note @below {{@actor_gen runs model actor@0 with impl "ppo_actor"}}
  mfc @actor_gen generate outs("seq") model <"actor"> n_seqs 8 impl <"ppo_actor", {}>
  // expected-error @below {{MFC @actor_train runs model actor@0 with implementation "sft" but @actor_gen uses "ppo_actor"; the runtime builds one interface per model, so all MFCs of a model must share one impl}}
  mfc @actor_train train_step ins("seq") model <"actor"> n_seqs 8 impl <"sft", {}>
}

// -----

// One implementation type with different arguments for one model.
dfg.graph @impl_args_differ {
  // expected-note @below {{@actor_gen runs model actor@0 with impl "ppo_actor"}}
  mfc @actor_gen generate outs("seq") model <"actor"> n_seqs 8 impl <"ppo_actor", {kl_ctl = 0.1}>
  // expected-error @below {{MFC @actor_train runs model actor@0 with different arguments to "ppo_actor" than @actor_gen (kl_ctl is 2.000000e-01 : f64 here but 1.000000e-01 : f64 in @actor_gen); the runtime builds one interface per model, so all MFCs of a model must share one impl}}
  mfc @actor_train train_step ins("seq") model <"actor"> n_seqs 8 impl <"ppo_actor", {kl_ctl = 0.2}>
}

// -----

// The message names the first differing argument inside nested dictionaries
// and arrays, and a member or element that only one side has.
dfg.graph @impl_args_nested {
  // expected-note @below {{@gen runs model actor@0 with impl "ppo_actor"}}
  mfc @gen generate outs("seq") model <"actor"> n_seqs 8 impl <"ppo_actor", {generation_config = {n = 1, top_k = 50}, stop = [1, 2]}>
  // expected-error @below {{(generation_config.top_k is 40 : i64 here but 50 : i64 in @gen)}}
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"ppo_actor", {generation_config = {n = 1, top_k = 40}, stop = [1, 2]}>
  // expected-note @below {{@ref runs model ref@0 with impl "ppo_actor"}}
  mfc @ref inference ins("seq") model <"ref"> n_seqs 8 impl <"ppo_actor", {stop = [1]}>
  // expected-error @below {{(stop[1] is 2 : i64 here but missing in @ref)}}
  mfc @ref_again inference ins("seq") model <"ref"> n_seqs 8 impl <"ppo_actor", {stop = [1, 2]}>
  // expected-note @below {{@rew runs model reward@0 with impl "rw"}}
  mfc @rew inference ins("seq") model <"reward"> n_seqs 8 impl <"rw", {scale = 1}>
  // expected-error @below {{(scale is missing here but 1 : i64 in @rew)}}
  mfc @rew_again inference ins("seq") model <"reward"> n_seqs 8 impl <"rw", {}>
}

// -----

// A role whose only replica is 1.
dfg.graph @only_replica_one {
  mfc @gen generate outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{role "critic" uses replica ids {1}, which skip replica 0; number the replicas of a role 0, 1, ..., n-1}}
  mfc @critic_inf inference ins("seq") model <"critic", 1> n_seqs 8 impl <"x", {}>
}

// -----

// A role with replicas 0, 2 and 3 but not 1, reported at the first MFC of replica 2.
dfg.graph @replica_gap {
  // expected-error @below {{role "actor" uses replica ids {0, 2, 3}, which skip replica 1}}
  mfc @gen generate outs("seq") model <"actor", 2> n_seqs 8 impl <"x", {}>
  mfc @inf inference ins("seq") outs("logprobs") model <"actor", 3> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("seq", "logprobs") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// n_seqs of 0 and below 0.
dfg.graph @n_seqs_not_positive {
  // expected-error @below {{MFC @gen has n_seqs 0; the number of sequences per batch must be positive, so set n_seqs to the batch size}}
  mfc @gen generate outs("seq") model <"actor"> n_seqs 0 impl <"x", {}>
  // expected-error @below {{MFC @inf has n_seqs -4; the number of sequences per batch must be positive}}
  mfc @inf inference ins("seq") model <"ref"> n_seqs -4 impl <"x", {}>
}

// -----

// An evaluate MFC: a warning, and the graph passes.
dfg.graph @evaluate {
  mfc @gen generate outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{MFC @eval is an evaluate call, which AReaL declares but its runtime never executes; use inference or remove the MFC}}
  mfc @eval evaluate ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// An unread output of a non-sink warns; the sink's unread output does not.
dfg.graph @unread_output {
  // expected-warning @below {{output key "logits" of @gen is never read by another MFC; remove it from output_keys or consume it}}
  mfc @gen generate outs("logits", "seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("seq") outs("stats") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// Errors and warnings of one graph are all reported together.
dfg.graph @everything {
  // expected-note @below {{first train_step of role "actor" is @train}}
  // expected-note @below {{train_step @train has n_seqs 8}}
  // expected-warning @below {{output key "unread" of @train is never read by another MFC}}
  mfc @train train_step ins("seq") outs("unread", "stats") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{MFC @gen has n_seqs -1}}
  mfc @gen generate outs("seq") model <"actor"> n_seqs -1 impl <"x", {}>
  // expected-error @below {{role "actor" has a second train_step MFC @train_again}}
  // expected-error @below {{train_step @train_again has n_seqs 4 but train_step @train has 8}}
  mfc @train_again train_step ins("stats") model <"actor"> n_seqs 4 impl <"x", {}>
  // expected-warning @below {{MFC @eval is an evaluate call}}
  // expected-error @below {{role "critic" uses replica ids {1}, which skip replica 0}}
  mfc @eval evaluate ins("seq") model <"critic", 1> n_seqs 8 impl <"x", {}>
}

// -----

// Micro-batch specs and min_n_seqs_per_pass values that cannot split a batch.
dfg.graph @batch_splitting {
  // expected-error @below {{MFC @no_micro_batches has mb_spec n_mbs 0; a batch splits into at least one micro-batch, so set n_mbs to 1 or more}}
  mfc @no_micro_batches inference outs("a") model <"a"> n_seqs 8 impl <"x", {}> mb_spec <n_mbs = 0>
  // expected-error @below {{MFC @no_tokens has mb_spec max_tokens_per_mb -5; a micro-batch must hold at least one token, so set a positive limit (the default is 10^12)}}
  mfc @no_tokens inference ins("a") outs("b") model <"b"> n_seqs 8 impl <"x", {}> mb_spec <max_tokens_per_mb = -5>
  // expected-error @below {{MFC @negative_minimum has min_n_seqs_per_pass -2; the minimum number of sequences per pass must be positive (the default is 1)}}
  mfc @negative_minimum inference ins("b") outs("c") model <"c"> n_seqs 8 impl <"x", {}> min_n_seqs_per_pass -2
  // expected-error @below {{MFC @zero_fraction has min_n_seqs_per_pass 0.000000e+00; the minimum number of sequences per pass must be positive (the default is 1)}}
  mfc @zero_fraction train_step ins("c") model <"d"> n_seqs 8 impl <"x", {}> min_n_seqs_per_pass 0.0
}

// -----

// min_n_seqs_per_pass that is infinite or NaN, written as f64 bit patterns.
dfg.graph @non_finite_minimum {
  // expected-error @below {{MFC @infinite_minimum has min_n_seqs_per_pass inf; no batch holds infinitely many sequences, so set a finite positive minimum (the default is 1)}}
  mfc @infinite_minimum inference outs("a") model <"a"> n_seqs 8 impl <"x", {}> min_n_seqs_per_pass 0x7FF0000000000000 : f64
  // expected-error @below {{MFC @nan_minimum has min_n_seqs_per_pass nan; the minimum number of sequences per pass must be positive (the default is 1)}}
  mfc @nan_minimum train_step ins("a") model <"b"> n_seqs 8 impl <"x", {}> min_n_seqs_per_pass 0x7FF8000000000000 : f64
  // The largest finite f64 is accepted.
  mfc @huge_minimum inference ins("a") model <"c"> n_seqs 8 impl <"x", {}> min_n_seqs_per_pass 1.7976931348623157e+308
}

// -----

// A dataset key one edit away from a written key is most likely a typo.
dfg.graph @misspelled_key {
  mfc @critic_inf inference ins("packed_input_ids") outs("values") model <"critic"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{input key "value" of @critic_train is written by no MFC, so the runtime expects it in the dataset; did you mean "values", written by @critic_inf?}}
  mfc @critic_train train_step ins("value") model <"critic"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{input key "packed_imput_ids" of @actor_train is written by no MFC, so the runtime expects it in the dataset; did you mean "packed_input_ids", written by @actor_gen?}}
  mfc @actor_train train_step ins("packed_imput_ids", "packed_logprobs") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @actor_gen generate ins("prompt") outs("packed_input_ids", "packed_logprobs") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{input key "packed_inptu_ids" of @ref_inf is written by no MFC, so the runtime expects it in the dataset; did you mean "packed_input_ids", written by @actor_gen?}}
  mfc @ref_inf inference ins("packed_inptu_ids") outs("values_ref") model <"ref"> n_seqs 8 impl <"x", {}>
  mfc @ref_train train_step ins("values_ref") model <"ref"> n_seqs 8 impl <"x", {}>
}

// -----

// A short key matches only with one letter added or dropped, so "task" is
// not taken for "mask"; unrelated long keys such as "packed_prompts" next to
// "packed_input_ids" get no warning either.
dfg.graph @dataset_keys_without_typos {
  mfc @gen generate ins("packed_prompts", "ids") outs("packed_input_ids", "mask") model <"actor"> n_seqs 8 impl <"x", {}>
  // A key written by the reader itself is never suggested.
  mfc @self inference ins("data_0") outs("dat_0") model <"self"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("packed_input_ids", "mask", "task") model <"critic"> n_seqs 8 impl <"x", {}>
}

// -----

// Operands that contradict the keys are reported before the other checks.
// By its keys @gen feeds @train, so its unread output "extra" would get a
// warning. By its operands @gen is a sink, whose outputs the runtime drops
// on purpose, so it would get none.
dfg.graph @operands_contradict_keys(%seq : "seq") {
  %seq_0, %extra = mfc @gen generate outs("seq", "extra") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{input "seq" of @train is the dataset argument %seq, but @gen writes that key; use @gen's result}}
  mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 8 impl <"x", {}>
}
