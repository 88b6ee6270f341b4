// RUN: dfg-opt %s --split-input-file --dfg-pipeline --verify-diagnostics

// Each stage that fails stops the pipeline for its graph, so only the first
// failing stage's errors are reported.

// A key with two producers stops the pipeline before the offload pre hook is checked.
dfg.graph @two_producers {
  // expected-note @below {{written by @rew_inf}}
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
      pre_hooks [#dfg.offload]
  // expected-error @below {{key "rewards" is written by 2 MFCs}}
  // expected-note @below {{written by @rule_rew}}
  mfc @rule_rew inference ins("seq") outs("rewards") model <"rule"> n_seqs 8 impl <"x", {}>
  mfc @gen generate outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("seq", "rewards") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// A cycle stops the pipeline before the hooks and the analyses.
dfg.graph @cycle {
  // expected-error @below {{dataflow cycle of 2 MFCs: @gen -> @rew_inf -> @gen}}
  // expected-note @below {{@gen writes "seq" read by @rew_inf}}
  mfc @gen generate ins("prompt", "rewards") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-note @below {{@rew_inf writes "rewards" read by @gen}}
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
  hook pre @rew_inf #dfg.offload
}

// -----

// An invalid hook stops the pipeline before the second train_step is reported.
dfg.graph @bad_hook {
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @train_again train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{param_realloc hook in `hook post @train` names target ref@0, which no MFC of graph @bad_hook runs}}
  hook post @train #dfg.param_realloc<target = <"ref">>
}

// -----

// A runtime constraint that fails stops the pipeline before the analyses.
dfg.graph @runtime {
  // expected-error @below {{MFC @gen has n_seqs 0}}
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 0 impl <"x", {}>
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// Warnings do not stop the pipeline.
dfg.graph @warnings {
  // expected-warning @below {{output key "logits" of @gen is never read by another MFC}}
  mfc @gen generate ins("prompt") outs("seq", "logits") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{MFC @eval is an evaluate call}}
  mfc @eval evaluate ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}
