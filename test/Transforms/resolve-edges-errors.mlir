// RUN: dfg-opt %s --split-input-file --dfg-resolve-edges --verify-diagnostics

// A key listed twice in one MFC's inputs.
dfg.graph @duplicate_input {
  // expected-error @below {{MFC @train lists key "seq" twice in input_keys; remove the repeated entry}}
  mfc @train train_step ins("seq", "rewards", "seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// A key listed twice in one MFC's outputs, with no error about several producers.
dfg.graph @duplicate_output {
  // expected-error @below {{MFC @gen lists key "seq" twice in output_keys; remove the repeated entry}}
  mfc @gen generate ins("prompt") outs("seq", "seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// A key repeated three times is reported once; each list of the MFC separately.
dfg.graph @repeated_in_both_lists {
  // expected-error @below {{MFC @inf lists key "seq" twice in input_keys; remove the repeated entry}}
  // expected-error @below {{MFC @inf lists key "logits" twice in output_keys; remove the repeated entry}}
  mfc @inf inference ins("seq", "seq", "seq") outs("logits", "logits") model <"ref"> n_seqs 8 impl <"x", {}>
}

// -----

// A key repeated in a resolved graph is reported as in key-based form.
dfg.graph @duplicate_resolved_input(%prompt : "prompt") {
  // expected-error @below {{MFC @gen lists key "prompt" twice in input_keys; remove the repeated entry}}
  %seq = mfc @gen generate ins(%prompt : "prompt", %prompt : "prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// A key written by two MFCs: an error at the second, a note at each producer.
dfg.graph @two_producers {
  // expected-note @below {{written by @rew_inf}}
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"rw", {}>
  mfc @train train_step ins("seq", "rewards") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{key "rewards" is written by 2 MFCs; AReaL would keep only the last one's output, so rename the key in all but one producer (or keep the last one with --dfg-pipeline=allow-multiple-producers=true)}}
  // expected-note @below {{written by @heuristic_rew}}
  mfc @heuristic_rew inference ins("seq") outs("rewards") model <"rule"> n_seqs 8 impl <"math", {}>
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// One error per key with several producers; three producers get three notes.
dfg.graph @several_keys {
  // expected-note @below {{written by @first}}
  mfc @first generate outs("a") model <"m1"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{key "a" is written by 3 MFCs}}
  // expected-note @below {{written by @second}}
  mfc @second generate outs("a") model <"m2"> n_seqs 8 impl <"x", {}>
  // expected-note @below {{written by @third}}
  mfc @third generate outs("b", "a") model <"m3"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{key "b" is written by 2 MFCs}}
  // expected-note @below {{written by @fourth}}
  mfc @fourth generate outs("b") model <"m4"> n_seqs 8 impl <"x", {}>
  mfc @reader inference ins("a", "b") model <"m5"> n_seqs 8 impl <"x", {}>
}

// -----

// A resolved graph that feeds a produced key from a dataset argument.
dfg.graph @dataset_argument_for_produced_key(%seq : "seq", %prompt : "prompt") {
  %seq_0 = mfc @gen generate ins(%prompt : "prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{input "seq" of @train is the dataset argument %seq, but @gen writes that key; use @gen's result}}
  mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 8 impl <"x", {}>
}
