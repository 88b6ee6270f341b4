// RUN: dfg-opt %s --split-input-file --dfg-attach-hooks --verify-diagnostics

// Offload as a pre hook in an MFC's list.
dfg.graph @offload_pre_in_list {
  // expected-error @below {{offload hook in pre_hooks[1] of @ref_inf must be a post hook, because it frees the model's GPU memory after the call; move it to post_hooks}}
  mfc @ref_inf inference ins("seq") model <"ref"> n_seqs 8 impl <"x", {}>
      pre_hooks [#dfg.param_realloc<source = <"actor">>, #dfg.offload]
  mfc @gen generate outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// Offload as a standalone `hook pre` declaration, reported at the declaration.
dfg.graph @offload_pre_declared {
  mfc @ref_inf inference ins("seq") model <"ref"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{offload hook in `hook pre @ref_inf` must be a post hook, because it frees the model's GPU memory after the call; declare it with `hook post @ref_inf`}}
  hook pre @ref_inf #dfg.offload
}

// -----

// param_realloc that names both ends.
dfg.graph @both_ends {
  // expected-error @below {{param_realloc hook in post_hooks[0] of @train names both source actor@1 and target ref@0; give only one of them, because the other end is the MFC's own model actor@0}}
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
      post_hooks [#dfg.param_realloc<source = <"actor", 1>, target = <"ref">>]
  mfc @gen generate outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
  mfc @ref_inf inference ins("seq") model <"ref"> n_seqs 8 impl <"x", {}>
}

// -----

// param_realloc that names neither end, written with and without eta.
dfg.graph @neither_end {
  // expected-error @below {{param_realloc hook in pre_hooks[0] of @gen names neither source nor target; give the other model as source (to copy into actor@1) or as target (to copy from actor@1)}}
  // expected-error @below {{param_realloc hook in post_hooks[0] of @gen names neither source nor target}}
  mfc @gen generate outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
      pre_hooks [#dfg.param_realloc<>] post_hooks [#dfg.param_realloc<eta = 0.5>]
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// param_realloc whose other end is the MFC's own model, as source and as target.
dfg.graph @own_model {
  // expected-error @below {{param_realloc hook in pre_hooks[0] of @gen has the MFC's own model actor@1 as source; name a different model as source, because the MFC's model is already the other end}}
  // expected-error @below {{param_realloc hook in post_hooks[0] of @gen has the MFC's own model actor@1 as target}}
  mfc @gen generate outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
      pre_hooks [#dfg.param_realloc<source = <"actor", 1>>]
      post_hooks [#dfg.param_realloc<target = <"actor", 1>>]
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}

// -----

// param_realloc with a model no MFC runs: an unknown role, or a known role's unused replica.
dfg.graph @unknown_model {
  // expected-error @below {{param_realloc hook in post_hooks[0] of @train names target critic@0, which no MFC of graph @unknown_model runs; the models of this graph are actor@0, actor@1, ref@0}}
  // expected-error @below {{param_realloc hook in post_hooks[1] of @train names target ref@1, which no MFC of graph @unknown_model runs}}
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
      post_hooks [#dfg.param_realloc<target = <"critic">>, #dfg.param_realloc<target = <"ref", 1>>]
  mfc @gen generate outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
  mfc @ref_inf inference ins("seq") model <"ref"> n_seqs 8 impl <"x", {}>
}

// -----

// param_realloc with eta below 0 and above 1.
dfg.graph @eta_out_of_range {
  // expected-error @below {{param_realloc hook in post_hooks[0] of @train has eta -0.5; eta must lie in [0, 1], where 1 copies the source and 0 leaves the target unchanged}}
  // expected-error @below {{param_realloc hook in post_hooks[1] of @train has eta 1.01; eta must lie in [0, 1]}}
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
      post_hooks [#dfg.param_realloc<target = <"ref">, eta = -0.5>, #dfg.param_realloc<target = <"ref">, eta = 1.01>]
  mfc @ref_inf inference outs("seq") model <"ref"> n_seqs 8 impl <"x", {}>
}

// -----

// Standalone param_realloc declarations, each reported at its declaration.
dfg.graph @declared_realloc {
  mfc @gen generate outs("seq") model <"actor", 1> n_seqs 8 impl <"x", {}>
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
  // expected-error @below {{param_realloc hook in `hook pre @gen` names both source actor@0 and target actor@0}}
  hook pre @gen #dfg.param_realloc<source = <"actor">, target = <"actor">>
  // expected-error @below {{param_realloc hook in `hook post @gen` names neither source nor target}}
  hook post @gen #dfg.param_realloc<>
  // expected-error @below {{param_realloc hook in `hook post @train` has the MFC's own model actor@0 as target}}
  hook post @train #dfg.param_realloc<target = <"actor">>
  // expected-error @below {{param_realloc hook in `hook post @train` names target actor@2, which no MFC of graph @declared_realloc runs}}
  hook post @train #dfg.param_realloc<target = <"actor", 2>>
  // expected-error @below {{param_realloc hook in `hook post @train` has eta 2; eta must lie in [0, 1]}}
  hook post @train #dfg.param_realloc<target = <"actor", 1>, eta = 2.0>
}

// -----

// param_realloc with a NaN eta, written as the bits of a double.
dfg.graph @eta_nan {
  // expected-error @below {{param_realloc hook in post_hooks[0] of @train has eta NaN; eta must lie in [0, 1]}}
  mfc @train train_step ins("seq") model <"actor"> n_seqs 8 impl <"x", {}>
      post_hooks [#dfg.param_realloc<target = <"ref">, eta = 0x7FF8000000000000>]
  mfc @ref_inf inference outs("seq") model <"ref"> n_seqs 8 impl <"x", {}>
}
