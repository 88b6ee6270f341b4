// RUN: dfg-opt %s --dfg-verify-acyclic | FileCheck %s
// RUN: dfg-opt %s --dfg-verify-acyclic | dfg-opt | FileCheck %s

// Acyclic graphs pass unchanged, in key-based and in resolved form.

// A diamond listed in reverse: every consumer comes before its producer.

// CHECK-LABEL: dfg.graph @reverse_diamond {
// CHECK-NEXT: mfc @train train_step ins("values", "rewards")
// CHECK-NEXT: mfc @critic_inf inference ins("seq") outs("values")
// CHECK-NEXT: mfc @rew_inf inference ins("seq") outs("rewards")
// CHECK-NEXT: mfc @gen generate ins("prompt") outs("seq")
// CHECK-NEXT: {{^  \}$}}
dfg.graph @reverse_diamond {
  mfc @train train_step ins("values", "rewards") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @critic_inf inference ins("seq") outs("values") model <"critic"> n_seqs 8 impl <"x", {}>
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// A resolved graph: two MFCs that read the same dataset key have no edge
// between them, so this is a chain from @b to @c.

// CHECK-LABEL: dfg.graph @chain(%x : "x") {
// CHECK-NEXT: %y = mfc @b inference ins(%x : "x") outs("y")
// CHECK-NEXT: mfc @c inference ins(%x : "x", %y : "y")
dfg.graph @chain(%x : "x") {
  %y = mfc @b inference ins(%x : "x") outs("y") model <"ref"> n_seqs 8 impl <"x", {}>
  mfc @c inference ins(%x : "x", %y : "y") model <"ref"> n_seqs 8 impl <"x", {}>
}

// CHECK-LABEL: dfg.graph @empty {
// CHECK-NEXT: {{^  \}$}}
dfg.graph @empty {
}
