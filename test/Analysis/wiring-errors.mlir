// RUN: dfg-opt %s --split-input-file --dfg-annotate-analyses --verify-diagnostics
// RUN: dfg-opt %s --split-input-file --dfg-role-terminal --verify-diagnostics
// RUN: dfg-opt %s --split-input-file --dfg-test-print-analyses --verify-diagnostics

// The analyses read edges from operands on a resolved graph but from keys
// in their producer and consumer lists, so each pass first rejects operands
// that contradict the keys instead of mixing the two. No remark or
// attribute is written when it fails.

// A dataset argument carries a key that an MFC writes: the operand says
// @train is a source, the key says @gen feeds it.
dfg.graph @dataset_argument_for_produced_key(%seq : "seq") {
  %seq_0 = mfc @gen generate outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{input "seq" of @train is the dataset argument %seq, but @gen writes that key; use @gen's result}}
  mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// With two producers of a key the runtime reads the last one, so an operand
// from the first one contradicts the key.
dfg.graph @first_of_two_producers(%prompt : "prompt") {
  %seq = mfc @gen generate ins(%prompt : "prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  %rewards = mfc @rew_inf inference ins(%seq : "seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
  %rewards_0 = mfc @heuristic_rew inference ins(%seq : "seq") outs("rewards") model <"rule"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{input "rewards" of @train is fed by @rew_inf, but the runtime reads the key from @heuristic_rew, the last MFC that writes it; use @heuristic_rew's result}}
  mfc @train train_step ins(%seq : "seq", %rewards : "rewards") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// Every contradicting operand is reported, not only the first.
dfg.graph @two_bad_operands(%a : "a", %b : "b") {
  %a_0, %b_0 = mfc @gen generate outs("a", "b") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{input "a" of @first is the dataset argument %a, but @gen writes that key; use @gen's result}}
  mfc @first inference ins(%a : "a") model <"ref"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{input "b" of @second is the dataset argument %b, but @gen writes that key; use @gen's result}}
  mfc @second inference ins(%b : "b") model <"critic"> n_seqs 8 impl <"x", {}>
}
