// RUN: dfg-opt %s --split-input-file --dfg-test-print-analyses --verify-diagnostics

// Remarks for a PPO step, with the consumer listed before its producers.
// Dataset keys come in order of first use, and @actor_train reads "task_ids"
// before @actor_gen reads "packed_prompts".
// expected-remark @below {{dataset keys: ["task_ids", "packed_prompts"]}}
dfg.graph @ppo {
  // expected-remark @below {{@actor_train: sink role-terminal generation 2}}
  mfc @actor_train train_step ins("task_ids", "seq", "ref_logprobs") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-remark @below {{@actor_gen: source generation 0}}
  mfc @actor_gen generate ins("packed_prompts", "task_ids") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // No later MFC runs on the ref role, although the actor trains later.
  // expected-remark @below {{@ref_inf: role-terminal generation 1}}
  mfc @ref_inf inference ins("seq") outs("ref_logprobs") model <"ref"> n_seqs 8 impl <"x", {}>
}

// -----

// A graph without MFCs prints only its empty list of dataset keys.
// expected-remark @below {{dataset keys: []}}
dfg.graph @empty {
}

// -----

// An isolated MFC is a source, a sink and role-terminal.
// expected-remark @below {{dataset keys: []}}
dfg.graph @isolated {
  // expected-remark @below {{@gen: source sink role-terminal generation 0}}
  mfc @gen generate model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// A cycle: MFCs on or behind it have no generation, but the source before it does.
// expected-remark @below {{dataset keys: ["prompt"]}}
dfg.graph @cyclic {
  // expected-remark @below {{@source: source generation 0}}
  mfc @source generate ins("prompt") outs("q") model <"actor"> n_seqs 8 impl <"x", {}>
  // @a and @b reach each other, so neither is role-terminal.
  // expected-remark @below {{@a: on a cycle or behind one}}
  mfc @a inference ins("q", "c") outs("b") model <"critic"> n_seqs 8 impl <"x", {}>
  // expected-remark @below {{@b: on a cycle or behind one}}
  mfc @b inference ins("b") outs("c", "d") model <"critic"> n_seqs 8 impl <"x", {}>
  // expected-remark @below {{@after: sink role-terminal on a cycle or behind one}}
  mfc @after train_step ins("d") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// A self-loop makes an MFC its own descendant, so it is not role-terminal.
// expected-remark @below {{dataset keys: []}}
dfg.graph @self_loop {
  // expected-remark @below {{@refine: on a cycle or behind one}}
  mfc @refine inference ins("seq") outs("seq") model <"ref"> n_seqs 8 impl <"x", {}>
}
