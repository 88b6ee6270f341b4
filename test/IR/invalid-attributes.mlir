// RUN: dfg-opt %s --split-input-file --verify-diagnostics

// Errors of the dialect's attributes and types, of hook declarations, and
// of the attributes inside an MFC.

// A negative replica id in an MFC's model.
dfg.graph @negative_replica {
  // expected-error @below {{model "actor" has replica id -1; replica ids of a role count from 0, so use 0 for its first replica}}
  mfc @m generate model <"actor", -1> n_seqs 1 impl <"x", {}>
}

// -----

// A negative replica id at the other end of a param_realloc hook.
dfg.graph @negative_replica_in_hook {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{model "ref" has replica id -2; replica ids of a role count from 0}}
  // expected-error @below {{failed to parse DFG_ParamReallocAttr parameter 'target' which is to be a `::dfg::ModelAttr`}}
  hook post @m #dfg.param_realloc<target = <"ref", -2>>
}

// -----

// A negative replica id in a standalone attribute.
// expected-error @below {{model "critic" has replica id -9223372036854775808; replica ids of a role count from 0}}
dfg.graph @negative_replica_standalone attributes {dfg.model = #dfg.model<"critic", -9223372036854775808>} {
}

// -----

// A model whose role is not a string.
dfg.graph @role_not_string {
  // expected-error @below {{expected attribute value}}
  // expected-error @below {{failed to parse DFG_ModelAttr parameter 'role' which is to be a `::mlir::StringAttr`}}
  mfc @m generate model <actor> n_seqs 1 impl <"x", {}>
}

// -----

// A model without a role.
dfg.graph @missing_role {
  // expected-error @below {{expected attribute value}}
  // expected-error @below {{failed to parse DFG_ModelAttr parameter 'role'}}
  mfc @m generate model <> n_seqs 1 impl <"x", {}>
}

// -----

// A model written as a bare string, without angle brackets.
dfg.graph @model_without_brackets {
  // expected-error @below {{expected '<'}}
  mfc @m generate model "actor" n_seqs 1 impl <"x", {}>
}

// -----

// An implementation without its arguments.
dfg.graph @impl_without_args {
  // expected-error @below {{expected ','}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x">
}

// -----

// Implementation arguments that are not a dictionary.
dfg.graph @impl_args_not_dictionary {
  // expected-error @below {{invalid kind of attribute specified}}
  // expected-error @below {{failed to parse DFG_InterfaceImplAttr parameter 'args' which is to be a `::mlir::DictionaryAttr`}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", [1, 2]>
}

// -----

// An implementation argument that does not fit in 64 bits.
dfg.graph @impl_arg_out_of_range {
  // expected-error @below {{integer constant out of range for attribute}}
  // expected-error @below {{failed to parse DFG_InterfaceImplAttr parameter 'args'}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {seed = 18446744073709551616}>
}

// -----

// JSON null is written #dfg.null; a bare `null` is not an attribute.
dfg.graph @null_misspelled {
  // expected-error @below {{expected attribute value}}
  // expected-error @below {{failed to parse DFG_InterfaceImplAttr parameter 'args'}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {c_clip = null}>
}

// -----

// An attribute of the dialect that does not exist.
// expected-error @below {{unknown attribute `nul` in dialect `dfg`}}
dfg.graph @unknown_attribute attributes {dfg.x = #dfg.nul} {
}

// -----

// An mb_spec parameter that does not exist.
dfg.graph @mb_spec_unknown_parameter {
  // expected-error @below {{duplicate or unknown struct parameter name: n_micro_batches}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> mb_spec <n_micro_batches = 2>
}

// -----

// An mb_spec parameter given twice.
dfg.graph @mb_spec_duplicate_parameter {
  // expected-error @below {{duplicate or unknown struct parameter name: n_mbs}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> mb_spec <n_mbs = 2, n_mbs = 4>
}

// -----

// An mb_spec parameter that is not an integer.
dfg.graph @mb_spec_float {
  // expected-error @below {{expected integer value}}
  // expected-error @below {{failed to parse DFG_MicroBatchSpecAttr parameter 'n_mbs' which is to be a `int64_t`}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> mb_spec <n_mbs = 2.0>
}

// -----

// eta written as an integer.
dfg.graph @eta_integer {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{unexpected decimal integer literal for a floating point value}}
  // expected-note @below {{add a trailing dot to make the literal a float}}
  // expected-error @below {{failed to parse DFG_ParamReallocAttr parameter 'eta' which is to be a `::llvm::APFloat`}}
  hook post @m #dfg.param_realloc<target = <"ref">, eta = 1>
}

// -----

// eta written as a string.
dfg.graph @eta_string {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{expected floating point literal}}
  // expected-error @below {{failed to parse DFG_ParamReallocAttr parameter 'eta'}}
  hook post @m #dfg.param_realloc<target = <"ref">, eta = "0.5">
}

// -----

// A param_realloc end that is not a model.
dfg.graph @realloc_end_not_model {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{expected '<'}}
  // expected-error @below {{failed to parse DFG_ParamReallocAttr parameter 'source' which is to be a `::dfg::ModelAttr`}}
  hook post @m #dfg.param_realloc<source = "actor">
}

// -----

// A hook position that is neither pre nor post.
dfg.graph @bad_hook_position {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{expected string or keyword containing one of the following enum values for attribute 'position' [pre, post]}}
  hook after @m #dfg.offload
}

// -----

// A hook declaration without the MFC it belongs to.
dfg.graph @hook_without_mfc {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{invalid kind of attribute specified}}
  hook post #dfg.offload
}

// -----

// A hook declaration whose hook is another attribute.
dfg.graph @hook_not_a_hook {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{'dfg.hook' op attribute 'hook' failed to satisfy constraint: hook, either #dfg.offload or #dfg.param_realloc}}
  hook post @m #dfg.model<"actor">
}

// -----

// A hook declaration whose MFC reference is nested.
dfg.graph @hook_nested_reference {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{invalid kind of attribute specified}}
  hook post @g::@m #dfg.offload
}

// -----

// A key type whose name is not a string.
// expected-error @below {{expected attribute value}}
// expected-error @below {{failed to parse DFG_KeyType parameter 'name' which is to be a `::mlir::StringAttr`}}
dfg.graph @key_not_string attributes {dfg.type = !dfg.key<seq>} {
}

// -----

// A type of the dialect that does not exist.
// expected-error @below {{unknown  type `value` in dialect `dfg`}}
dfg.graph @unknown_type attributes {dfg.type = !dfg.value<"seq">} {
}
