// RUN: dfg-opt %s --dfg-role-terminal | FileCheck %s
// RUN: dfg-opt %s --dfg-role-terminal | dfg-opt | FileCheck %s

// Replica ids are ignored: @actor_gen runs on actor@1 and @actor_train on
// actor@0, but both are the actor role, so only the trainer is the last use
// of it. @ref_inf is the last ref MFC although the actor trains after it.

// CHECK-LABEL: dfg.graph @replicas {
// CHECK-NEXT: mfc @actor_gen {{.*}}>{{$}}
// CHECK-NEXT: mfc @ref_inf {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @actor_inf {{.*}}>{{$}}
// CHECK-NEXT: mfc @actor_train {{.*}} {dfg.role_terminal}{{$}}
dfg.graph @replicas {
  mfc @actor_gen generate ins("prompt") outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
  mfc @ref_inf inference ins("seq") outs("ref_logprobs") model <"ref"> n_seqs 8 impl <"x", {}>
  mfc @actor_inf inference ins("seq") outs("logprobs") model <"actor", 2> n_seqs 8 impl <"x", {}>
  mfc @actor_train train_step ins("seq", "logprobs", "ref_logprobs") model <"actor"> n_seqs 8 impl <"x", {}>
}

// Terminal means no descendant of the same role, not last in the list:
// @early and @late run on one role in separate branches, so both are
// terminal, and so is @late_reader, which reads @late's output but runs on
// another role.

// CHECK-LABEL: dfg.graph @branches {
// CHECK-NEXT: mfc @early {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @late {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @late_reader {{.*}} {dfg.role_terminal}{{$}}
dfg.graph @branches {
  mfc @early generate ins("p") outs("x") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @late generate ins("p") outs("y") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @late_reader inference ins("y") model <"ref"> n_seqs 8 impl <"x", {}>
}

// A descendant two edges away counts; the path goes through another role.
// The pass replaces stale marks and keeps other attributes.

// CHECK-LABEL: dfg.graph @indirect {
// CHECK-NEXT: mfc @actor_gen {{.*}} {note = "kept"}{{$}}
// CHECK-NEXT: mfc @rew_inf {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @actor_train {{.*}} {dfg.role_terminal}{{$}}
dfg.graph @indirect {
  mfc @actor_gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
      {dfg.role_terminal, note = "kept"}
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
  mfc @actor_train train_step ins("rewards") model <"actor"> n_seqs 8 impl <"x", {}>
}

// The same analysis in resolved form, with the consumer listed first.

// CHECK-LABEL: dfg.graph @resolved(%prompt : "prompt") {
// CHECK-NEXT: mfc @train {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: %seq = mfc @gen {{.*}}>{{$}}
dfg.graph @resolved(%prompt : "prompt") {
  mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 8 impl <"x", {}>
  %seq = mfc @gen generate ins(%prompt : "prompt") outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
}

// The pass does not need an acyclic graph: an MFC on a self-loop is its own
// strict descendant, and MFCs on a cycle reach each other, so none of them
// is terminal; @after, behind the cycle, is.

// CHECK-LABEL: dfg.graph @cycles {
// CHECK-NEXT: mfc @refine {{.*}}>{{$}}
// CHECK-NEXT: mfc @a {{.*}}>{{$}}
// CHECK-NEXT: mfc @b {{.*}}>{{$}}
// CHECK-NEXT: mfc @after {{.*}} {dfg.role_terminal}{{$}}
dfg.graph @cycles {
  mfc @refine inference ins("seq") outs("seq") model <"ref"> n_seqs 8 impl <"x", {}>
  mfc @a inference ins("c") outs("b") model <"critic"> n_seqs 8 impl <"x", {}>
  mfc @b inference ins("b") outs("c", "d") model <"critic"> n_seqs 8 impl <"x", {}>
  mfc @after inference ins("d") model <"critic"> n_seqs 8 impl <"x", {}>
}

// Paths through a cycle count. @gen reaches @loop_actor on the cycle, and
// @critic_first reaches @critic_last through it, so neither is terminal.
// @reward_side runs on the role of @reward_last but cannot reach it.

// CHECK-LABEL: dfg.graph @through_cycles {
// CHECK-NEXT: mfc @gen {{.*}}>{{$}}
// CHECK-NEXT: mfc @critic_first {{.*}}>{{$}}
// CHECK-NEXT: mfc @reward_side {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @loop_actor {{.*}}>{{$}}
// CHECK-NEXT: mfc @loop_ref {{.*}}>{{$}}
// CHECK-NEXT: mfc @critic_last {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @reward_last {{.*}} {dfg.role_terminal}{{$}}
dfg.graph @through_cycles {
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @critic_first inference ins("prompt") outs("values") model <"critic"> n_seqs 8 impl <"x", {}>
  mfc @reward_side inference ins("prompt") outs("side") model <"reward"> n_seqs 8 impl <"x", {}>
  mfc @loop_actor inference ins("seq", "values", "back") outs("forth") model <"actor", 1> n_seqs 8 impl <"x", {}>
  mfc @loop_ref inference ins("forth") outs("back", "out") model <"ref"> n_seqs 8 impl <"x", {}>
  mfc @critic_last inference ins("out") outs("score") model <"critic"> n_seqs 8 impl <"x", {}>
  mfc @reward_last inference ins("score") model <"reward"> n_seqs 8 impl <"x", {}>
}

// CHECK-LABEL: dfg.graph @empty {
// CHECK-NEXT: {{^  \}$}}
dfg.graph @empty {
}
