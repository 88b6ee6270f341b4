// RUN: dfg-opt %s --split-input-file --dfg-annotate-analyses --verify-diagnostics

// A graph with a cycle has no topological generations.
// expected-error @below {{cannot compute the analyses of graph @cycle because its dataflow has a cycle; run dfg-verify-acyclic to see the cycle}}
dfg.graph @cycle {
  mfc @gen generate ins("prompt", "rewards") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  mfc @rew_inf inference ins("seq") outs("rewards") model <"reward"> n_seqs 8 impl <"x", {}>
}

// -----

// A self-loop is a cycle too.
// expected-error @below {{cannot compute the analyses of graph @self_loop because its dataflow has a cycle}}
dfg.graph @self_loop {
  mfc @refine inference ins("seq") outs("seq") model <"ref"> n_seqs 8 impl <"x", {}>
}
