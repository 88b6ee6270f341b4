// RUN: dfg-opt %s --split-input-file --dfg-resolve-edges=allow-multiple-producers --verify-diagnostics | FileCheck %s
// RUN: dfg-opt %s --split-input-file --dfg-resolve-edges=allow-multiple-producers --verify-diagnostics | dfg-opt | FileCheck %s

// With allow-multiple-producers a key written by two MFCs is kept, as AReaL
// keeps it: a warning at the producer whose output is dropped, and every
// consumer reads the last producer in list order, even a consumer listed
// before it.

// CHECK-LABEL: dfg.graph @two_producers(%prompt : "prompt") {
// CHECK-NEXT: %[[SEQ:.*]] = mfc @gen generate ins(%prompt : "prompt") outs("seq")
// CHECK-NEXT: %[[REWARDS:.*]] = mfc @rew_inf inference ins(%[[SEQ]] : "seq") outs("rewards")
// CHECK-NEXT: mfc @train train_step ins(%[[SEQ]] : "seq", %[[LAST:.*]] : "rewards")
// CHECK-NEXT: %[[LAST]] = mfc @heuristic_rew inference ins(%[[SEQ]] : "seq") outs("rewards")
// CHECK-NEXT: {{^  \}$}}
dfg.graph @two_producers {
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{output key "rewards" of @rew_inf is dropped: @heuristic_rew also writes it and comes later in the list, so every consumer reads @heuristic_rew's value}}
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"rw", {}>
  mfc @train train_step ins("seq", "rewards") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @heuristic_rew inference ins("seq") outs("rewards") model <"rule"> n_seqs 8 impl <"math", {}>
}

// -----

// With three producers, the first two get a warning each.

// CHECK-LABEL: dfg.graph @three_producers {
// CHECK-NEXT: %{{.*}} = mfc @first generate outs("a")
// CHECK-NEXT: %{{.*}} = mfc @second generate outs("a")
// CHECK-NEXT: %[[A:.*]] = mfc @third generate outs("a")
// CHECK-NEXT: mfc @reader inference ins(%[[A]] : "a")
dfg.graph @three_producers {
  // expected-warning @below {{output key "a" of @first is dropped: @third also writes it}}
  mfc @first generate outs("a") model <"m1"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{output key "a" of @second is dropped: @third also writes it}}
  mfc @second generate outs("a") model <"m2"> n_seqs 8 impl <"x", {}>
  mfc @third generate outs("a") model <"m3"> n_seqs 8 impl <"x", {}>
  mfc @reader inference ins("a") model <"m4"> n_seqs 8 impl <"x", {}>
}

// -----

// A resolved graph that wires a consumer to the first of two producers.
dfg.graph @wired_to_first(%prompt : "prompt") {
  %seq = mfc @gen generate ins(%prompt : "prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // The pass checks resolved graphs too, so the warning comes again.
  // expected-warning @below {{output key "rewards" of @rew_inf is dropped: @heuristic_rew also writes it}}
  %rewards = mfc @rew_inf inference ins(%seq : "seq") outs("rewards") model <"reward"> n_seqs 8 impl <"rw", {}>
  %rewards_0 = mfc @heuristic_rew inference ins(%seq : "seq") outs("rewards") model <"rule"> n_seqs 8 impl <"math", {}>
  // expected-error @below {{input "rewards" of @train is fed by @rew_inf, but the runtime reads the key from @heuristic_rew, the last MFC that writes it; use @heuristic_rew's result}}
  mfc @train train_step ins(%seq : "seq", %rewards : "rewards") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// The same graph wired to the last producer passes unchanged.

// CHECK-LABEL: dfg.graph @wired_to_last(%prompt : "prompt") {
// CHECK: %[[LAST:.*]] = mfc @heuristic_rew
// CHECK-NEXT: mfc @train train_step ins(%{{.*}} : "seq", %[[LAST]] : "rewards")
dfg.graph @wired_to_last(%prompt : "prompt") {
  %seq = mfc @gen generate ins(%prompt : "prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{output key "rewards" of @rew_inf is dropped: @heuristic_rew also writes it}}
  %rewards = mfc @rew_inf inference ins(%seq : "seq") outs("rewards") model <"reward"> n_seqs 8 impl <"rw", {}>
  %rewards_0 = mfc @heuristic_rew inference ins(%seq : "seq") outs("rewards") model <"rule"> n_seqs 8 impl <"math", {}>
  mfc @train train_step ins(%seq : "seq", %rewards_0 : "rewards") model <"actor"> n_seqs 8 impl <"x", {}>
}
