// RUN: dfg-opt %s --split-input-file --verify-diagnostics

// Errors of dfg.graph: its body, its dataset arguments and the names of its
// MFCs and hooks.

// Two MFCs of one graph with the same name.
dfg.graph @duplicate_names {
  // expected-note @below {{first MFC named @actor_train}}
  mfc @actor_train train_step model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @ref_inf inference model <"ref"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{'dfg.mfc' op name @actor_train is already used by another MFC of graph @duplicate_names; rename one of them}}
  mfc @actor_train train_step model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// A hook declaration that names no MFC of its graph.
dfg.graph @unknown_hook_target {
  mfc @actor_gen generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{'dfg.hook' op names MFC @actor_train, but graph @unknown_hook_target has no MFC of that name; name one of the graph's MFCs}}
  hook post @actor_train #dfg.offload
}

// -----

// A hook declaration in a graph without MFCs.
dfg.graph @hook_without_mfcs {
  // expected-error @below {{'dfg.hook' op names MFC @m, but graph @hook_without_mfcs has no MFC of that name}}
  hook pre @m #dfg.param_realloc<source = <"actor">>
}

// -----

// An MFC of another graph does not count.
dfg.graph @other {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
}
dfg.graph @hook_names_other_graph {
  // expected-error @below {{'dfg.hook' op names MFC @m, but graph @hook_names_other_graph has no MFC of that name}}
  hook post @m #dfg.offload
}

// -----

// An op of another dialect inside a graph.
dfg.graph @foreign_op {
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{'builtin.module' op cannot appear in graph @foreign_op, which holds only dfg.mfc and dfg.hook ops; move the op out of the graph}}
  builtin.module {}
}

// -----

// The same dataset key as two arguments.
// expected-note @below {{first argument for dataset key "prompt"}}
// expected-error @below {{dataset key "prompt" is both argument #0 and argument #2 of graph @duplicate_dataset_key; remove one of them and read the key through the other}}
dfg.graph @duplicate_dataset_key(%a : "prompt", %b : "seq", %c : "prompt") {
}

// -----

// The note points at the first argument for the key.
dfg.graph @duplicate_dataset_key_note(
    // expected-note @below {{first argument for dataset key "a.b"}}
    %a : "a.b",
    // expected-error @below {{dataset key "a.b" is both argument #0 and argument #1 of graph @duplicate_dataset_key_note}}
    %b : "a.b") {
}

// -----

// A dataset argument whose type is not a key type, in generic form.
"dfg.graph"() <{sym_name = "non_key_argument"}> ({
// expected-error @below {{dataset argument #1 of graph @non_key_argument has type 'i64'; give it type !dfg.key<"name">, where name is the dataset key it carries}}
^bb0(%a: !dfg.key<"prompt">, %b: i64):
}) : () -> ()

// -----

// Two graphs with the same name in one module.
// expected-note @below {{see existing symbol definition here}}
dfg.graph @twice {
}
// expected-error @below {{redefinition of symbol named 'twice'}}
dfg.graph @twice {
}

// -----

// A graph without a name.
// expected-error @below {{expected valid '@'-identifier for symbol name}}
dfg.graph {
}

// -----

// A graph whose source is not a string.
// expected-error @below {{Invalid attribute `source` in property conversion: 3 : i64}}
"dfg.graph"() <{sym_name = "source_not_string", source = 3}> ({
}) : () -> ()

// -----

// A graph without a body block, in generic form.
// expected-error @below {{'dfg.graph' op region #0 ('body') failed to verify constraint: region with 1 blocks}}
"dfg.graph"() <{sym_name = "no_block"}> ({
}) : () -> ()

// -----

// A graph with two blocks, in generic form.
// expected-error @below {{'dfg.graph' op expects region #0 to have 0 or 1 blocks}}
"dfg.graph"() <{sym_name = "two_blocks"}> ({
^bb0:
^bb1:
}) : () -> ()

// -----

// A dataset argument written without its key.
// expected-error @below {{expected ':'}}
dfg.graph @argument_without_key(%a) {
}

// -----

// A dataset argument with a type in place of the key string.
// expected-error @below {{expected string}}
dfg.graph @argument_with_type(%a : !dfg.key<"a">) {
}

// -----

// An MFC outside a graph.
// expected-error @below {{'dfg.mfc' op expects parent op 'dfg.graph'}}
dfg.mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>

// -----

// A hook declaration outside a graph.
// expected-error @below {{'dfg.hook' op expects parent op 'dfg.graph'}}
dfg.hook post @m #dfg.offload

// -----

// A graph inside a nested module, where the passes would never look.
module {
  module {
    // expected-error @below {{'dfg.graph' op must be an op of the top-level module, where the dfg passes and translations look for graphs; move it out of 'builtin.module'}}
    dfg.graph @nested {
    }
  }
}

// -----

// A graph inside another graph: MLIR's symbol verifier rejects it first.
dfg.graph @outer {
  // expected-error @below {{'dfg.graph' op symbol's parent must have the SymbolTable trait}}
  dfg.graph @inner {
  }
}
