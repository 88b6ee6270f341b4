// RUN: dfg-opt %s | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --emit-bytecode | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Resolved form: dataset keys are graph arguments, output keys are results,
// and every value has type !dfg.key<"key">. SSA names derive from the keys,
// so the names themselves are checked here.

// CHECK-LABEL: dfg.graph @ppo(%packed_prompts : "packed_prompts") {
// CHECK-NEXT:    %seq, %packed_logprobs = mfc @actor_gen generate ins(%packed_prompts : "packed_prompts") outs("seq", "packed_logprobs") model <"actor"> n_seqs 256 impl <"ppo_actor", {}>{{$}}
// CHECK-NEXT:    %packed_ref_logprobs = mfc @ref_inf inference ins(%seq : "seq") outs("packed_ref_logprobs") model <"ref"> n_seqs 256 impl <"ppo_actor", {}>{{$}}
// CHECK-NEXT:    mfc @actor_train train_step ins(%seq : "seq", %packed_logprobs : "packed_logprobs", %packed_ref_logprobs : "packed_ref_logprobs") model <"actor"> n_seqs 256 impl <"ppo_actor", {}>{{$}}
// CHECK-NEXT:  }

// GENERIC-LABEL: "dfg.graph"() <{sym_name = "ppo"}> ({
// GENERIC-NEXT:  ^bb0(%[[PROMPTS:.*]]: !dfg.key<"packed_prompts">):
// GENERIC-NEXT:    %[[GEN:.*]]:2 = "dfg.mfc"(%[[PROMPTS]])
// GENERIC-SAME:      input_keys = ["packed_prompts"]
// GENERIC-SAME:      output_keys = ["seq", "packed_logprobs"]
// GENERIC-SAME:      sym_name = "actor_gen"
// GENERIC-SAME:      : (!dfg.key<"packed_prompts">) -> (!dfg.key<"seq">, !dfg.key<"packed_logprobs">)
// GENERIC-NEXT:    %[[REF:.*]] = "dfg.mfc"(%[[GEN]]#0)
// GENERIC-SAME:      : (!dfg.key<"seq">) -> !dfg.key<"packed_ref_logprobs">
// GENERIC-NEXT:    "dfg.mfc"(%[[GEN]]#0, %[[GEN]]#1, %[[REF]])
// GENERIC-SAME:      : (!dfg.key<"seq">, !dfg.key<"packed_logprobs">, !dfg.key<"packed_ref_logprobs">) -> ()
dfg.graph @ppo(%prompts : "packed_prompts") {
  %s, %lp = mfc @actor_gen generate ins(%prompts : "packed_prompts")
      outs("seq", "packed_logprobs") model <"actor"> n_seqs 256
      impl <"ppo_actor", {}>
  %ref = mfc @ref_inf inference ins(%s : "seq") outs("packed_ref_logprobs")
      model <"ref"> n_seqs 256 impl <"ppo_actor", {}>
  mfc @actor_train train_step
      ins(%s : "seq", %lp : "packed_logprobs", %ref : "packed_ref_logprobs")
      model <"actor"> n_seqs 256 impl <"ppo_actor", {}>
}

// Keys that are not valid SSA names still name their values, with the
// characters MLIR does not allow replaced, a leading `_` before a digit, and
// a numeric suffix when two keys map to the same name.
// CHECK-LABEL: dfg.graph @unusual_keys(%a.b : "a.b", %_1st : "1st", %a_b : "a b", %a_b_0 : "a_b") {
// CHECK-NEXT:    %x.y, %_2nd = mfc @m generate ins(%a.b : "a.b", %_1st : "1st", %a_b : "a b", %a_b_0 : "a_b") outs("x.y", "2nd") model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @n train_step ins(%x.y : "x.y", %_2nd : "2nd") model <"actor"> n_seqs 1 impl <"x", {}>{{$}}

// GENERIC-LABEL: "dfg.graph"() <{sym_name = "unusual_keys"}> ({
// GENERIC-NEXT:  ^bb0(%{{.*}}: !dfg.key<"a.b">, %{{.*}}: !dfg.key<"1st">, %{{.*}}: !dfg.key<"a b">, %{{.*}}: !dfg.key<"a_b">):
dfg.graph @unusual_keys(%0 : "a.b", %1 : "1st", %2 : "a b", %3 : "a_b") {
  %4, %5 = mfc @m generate ins(%0 : "a.b", %1 : "1st", %2 : "a b", %3 : "a_b")
      outs("x.y", "2nd") model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @n train_step ins(%4 : "x.y", %5 : "2nd") model <"actor"> n_seqs 1
      impl <"x", {}>
}

// Keys with quotes, line breaks and UTF-8 keep their bytes.
// CHECK-LABEL: dfg.graph @escaped_keys(%{{.*}} : "q\22\0A") {
// CHECK-NEXT:    %_C3A9 = mfc @m generate ins(%{{.*}} : "q\22\0A") outs("\C3\A9")
dfg.graph @escaped_keys(%quoted : "q\"\n") {
  %r1 = mfc @m generate ins(%quoted : "q\22\0A")
      outs("\C3\A9") model <"actor"> n_seqs 1 impl <"x", {}>
}

// Dataset keys that no MFC reads, an MFC without inputs, and an MFC with
// neither inputs nor outputs are all valid in a resolved graph.
// CHECK-LABEL: dfg.graph @partial(%unused : "unused") {
// CHECK-NEXT:    %rewards = mfc @rew_inf inference outs("rewards") model <"reward"> n_seqs 8 impl <"rw", {}>{{$}}
// CHECK-NEXT:    mfc @idle evaluate model <"reward"> n_seqs 8 impl <"rw", {}>{{$}}
dfg.graph @partial(%x : "unused") {
  %r = mfc @rew_inf inference outs("rewards") model <"reward"> n_seqs 8
      impl <"rw", {}>
  mfc @idle evaluate model <"reward"> n_seqs 8 impl <"rw", {}>
}

// An empty `ins()` or `outs()` parses as an empty list and is not printed.
// CHECK-LABEL: dfg.graph @empty_lists {
// CHECK-NEXT:    mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
dfg.graph @empty_lists {
  mfc @m generate ins() outs() model <"actor"> n_seqs 1 impl <"x", {}>
}

// The graph region allows cycles and keys written twice, which the
// verification passes report; the op verifiers accept them, so the passes'
// negative tests can parse their input.
// CHECK-LABEL: dfg.graph @cycle {
// CHECK-NEXT:    %state = mfc @self_loop train_step ins(%state : "state") outs("state")
// CHECK-NEXT:    %a = mfc @first inference ins(%b : "b") outs("a")
// CHECK-NEXT:    %b = mfc @second inference ins(%a : "a") outs("b")
dfg.graph @cycle {
  %s = mfc @self_loop train_step ins(%s : "state") outs("state")
      model <"actor"> n_seqs 1 impl <"x", {}>
  %a = mfc @first inference ins(%b : "b") outs("a")
      model <"actor"> n_seqs 1 impl <"x", {}>
  %b = mfc @second inference ins(%a : "a") outs("b")
      model <"actor"> n_seqs 1 impl <"x", {}>
}

// CHECK-LABEL: dfg.graph @two_producers {
// CHECK-NEXT:    %seq = mfc @gen_a generate outs("seq")
// CHECK-NEXT:    %seq_0 = mfc @gen_b generate outs("seq")
// CHECK-NEXT:    mfc @train train_step ins(%seq_0 : "seq")
dfg.graph @two_producers {
  %s1 = mfc @gen_a generate outs("seq") model <"actor"> n_seqs 1 impl <"x", {}>
  %s2 = mfc @gen_b generate outs("seq") model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @train train_step ins(%s2 : "seq") model <"actor"> n_seqs 1 impl <"x", {}>
}
