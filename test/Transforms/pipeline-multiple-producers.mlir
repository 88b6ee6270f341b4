// RUN: dfg-opt %s --dfg-pipeline=allow-multiple-producers --verify-diagnostics | FileCheck %s
// RUN: not dfg-opt %s --dfg-pipeline 2>&1 | FileCheck %s --check-prefix=STRICT

// The pipeline passes allow-multiple-producers on to dfg-resolve-edges: with
// it, the key written twice is a warning and the last producer feeds the
// trainer; without it, the pipeline stops with an error.

// STRICT: error: key "rewards" is written by 2 MFCs

// CHECK-LABEL: dfg.graph @two_producers(%prompt : "prompt") attributes {
// CHECK-SAME: dfg.data_producers = {rewards = "rule_rew", seq = "gen"}
// CHECK-SAME: dfg.topological_generations = {{\[}}["gen"], ["rew_inf", "rule_rew"], ["train"]]}
// CHECK-NEXT: %seq = mfc @gen
// CHECK-NEXT: %rewards = mfc @rew_inf {{.*}} {dfg.generation = 1 : i64, dfg.role_terminal, dfg.sink}{{$}}
// CHECK-NEXT: %[[LAST:.*]] = mfc @rule_rew {{.*}} {dfg.generation = 1 : i64, dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @train train_step ins(%seq : "seq", %[[LAST]] : "rewards")
dfg.graph @two_producers {
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-warning @below {{output key "rewards" of @rew_inf is dropped: @rule_rew also writes it}}
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
  mfc @rule_rew inference ins("seq") outs("rewards") model <"rule"> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("seq", "rewards") model <"actor"> n_seqs 8 impl <"x", {}>
}
