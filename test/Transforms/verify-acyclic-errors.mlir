// RUN: dfg-opt %s --split-input-file --dfg-verify-acyclic --verify-diagnostics

// A self-loop in key-based form: an MFC that reads a key it writes.
dfg.graph @self_loop {
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{MFC @refine reads "seq", which it writes itself; a call cannot consume its own output, so rename the input or the output}}
  mfc @refine inference ins("seq") outs("seq") model <"ref"> n_seqs 8 impl <"x", {}>
}

// -----

// A self-loop in resolved form, carrying two keys in the MFC's input order.
dfg.graph @resolved_self_loop(%prompt : "prompt") {
  // expected-error @below {{MFC @gen reads "b", "a", which it writes itself}}
  %a, %b = mfc @gen generate ins(%prompt : "prompt", %b : "b", %a : "a") outs("a", "b") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// A cycle of two MFCs, with a note at each naming the keys it passes on.
dfg.graph @two_cycle {
  // expected-error @below {{dataflow cycle of 2 MFCs: @actor_gen -> @rew_inf -> @actor_gen; AReaL's runtime would wait forever, so break the cycle by renaming one of these keys}}
  // expected-note @below {{@actor_gen writes "seq" read by @rew_inf}}
  mfc @actor_gen generate ins("prompt", "rewards") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-note @below {{@rew_inf writes "rewards" read by @actor_gen}}
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
}

// -----

// A cycle of three in edge order from the MFC listed first, not in list order.
dfg.graph @three_cycle {
  // expected-error @below {{dataflow cycle of 3 MFCs: @critic -> @ref -> @actor -> @critic;}}
  // expected-note @below {{@critic writes "y" read by @ref}}
  mfc @critic inference ins("x") outs("y") model <"critic"> n_seqs 8 impl <"x", {}>
  // expected-note @below {{@actor writes "x" read by @critic}}
  mfc @actor inference ins("z") outs("x") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-note @below {{@ref writes "z" read by @actor}}
  mfc @ref inference ins("y") outs("z") model <"ref"> n_seqs 8 impl <"x", {}>
}

// -----

// A cycle between a source and a sink, with an edge that carries two keys.
dfg.graph @cycle_inside {
  mfc @source generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @sink train_step ins("values") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{dataflow cycle of 2 MFCs: @inf -> @critic -> @inf;}}
  // expected-note @below {{@inf writes "mask", "logits" read by @critic}}
  mfc @inf inference ins("seq", "values") outs("logits", "mask") model <"ref"> n_seqs 8 impl <"x", {}>
  // expected-note @below {{@critic writes "values" read by @inf}}
  mfc @critic inference ins("mask", "logits") outs("values") model <"critic"> n_seqs 8 impl <"x", {}>
}

// -----

// A cycle in resolved form.
dfg.graph @resolved_cycle(%prompt : "prompt") {
  // expected-error @below {{dataflow cycle of 2 MFCs: @gen -> @inf -> @gen;}}
  // expected-note @below {{@gen writes "seq" read by @inf}}
  %seq = mfc @gen generate ins(%prompt : "prompt", %rewards : "rewards") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-note @below {{@inf writes "rewards" read by @gen}}
  %rewards = mfc @inf inference ins(%seq : "seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
}

// -----

// Operands that contradict the keys are reported before any cycle search:
// the keys form the cycle @gen -> @inf -> @gen, but @gen takes "rewards"
// from a dataset argument, so its operands alone would show no cycle.
dfg.graph @cycle_hidden_by_operands(%prompt : "prompt", %rewards : "rewards") {
  // expected-error @below {{input "rewards" of @gen is the dataset argument %rewards, but @inf writes that key; use @inf's result}}
  %seq = mfc @gen generate ins(%prompt : "prompt", %rewards : "rewards") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  %rewards_0 = mfc @inf inference ins(%seq : "seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
}

// -----

// Independent cycles are each reported: a self-loop and two separate
// two-MFC cycles, ordered by their first MFC in the list.
dfg.graph @several_cycles {
  // expected-error @below {{dataflow cycle of 2 MFCs: @a -> @b -> @a}}
  // expected-note @below {{@a writes "x" read by @b}}
  mfc @a inference ins("y") outs("x") model <"a"> n_seqs 1 impl <"i", {}>
  // expected-note @below {{@b writes "y" read by @a}}
  mfc @b inference ins("x") outs("y") model <"b"> n_seqs 1 impl <"i", {}>
  // expected-error @below {{MFC @self reads "s", which it writes itself}}
  mfc @self inference ins("s") outs("s") model <"s"> n_seqs 1 impl <"i", {}>
  // expected-error @below {{dataflow cycle of 2 MFCs: @c -> @d -> @c}}
  // expected-note @below {{@c writes "u" read by @d}}
  mfc @c inference ins("v") outs("u") model <"c"> n_seqs 1 impl <"i", {}>
  // expected-note @below {{@d writes "v" read by @c}}
  mfc @d inference ins("u") outs("v") model <"d"> n_seqs 1 impl <"i", {}>
}
