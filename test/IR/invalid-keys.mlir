// RUN: dfg-opt %s --split-input-file --verify-diagnostics

// Errors of the input and output keys of dfg.mfc and of the values that
// carry them in resolved form.

// Inputs that start resolved and continue key-based.
dfg.graph @mixed_inputs(%p : "prompt") {
  // expected-error @below {{inputs mix the key-based form "key" with the resolved form %value : "key"; use one form for every input}}
  mfc @m generate ins(%p : "prompt", "seq") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// Inputs that start key-based and continue resolved.
dfg.graph @mixed_inputs_reversed(%p : "prompt") {
  // expected-error @below {{inputs mix the key-based form "key" with the resolved form %value : "key"; use one form for every input}}
  mfc @m generate ins("seq", %p : "prompt") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// More results than output keys.
dfg.graph @too_many_results {
  // expected-error @below {{binds 2 results but lists 1 output key; a resolved MFC binds one result per output key}}
  %a, %b = mfc @m generate outs("seq") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// Fewer results than output keys.
dfg.graph @too_few_results {
  // expected-error @below {{binds 1 result but lists 2 output keys; a resolved MFC binds one result per output key}}
  %a = mfc @m generate outs("seq", "packed_logprobs") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// A result but no output keys.
dfg.graph @result_without_outputs {
  // expected-error @below {{binds 1 result but lists 0 output keys}}
  %a = mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// A key-based MFC inside a graph that has dataset arguments.
dfg.graph @key_based_inside_resolved(%p : "prompt") {
  // expected-error @below {{'dfg.mfc' op is in key-based form inside resolved graph @key_based_inside_resolved; write every input as %value : "key" and bind one result per output key, or run dfg-resolve-edges on the key-based graph}}
  mfc @m generate ins("prompt") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An MFC that binds no result for its output key, in a graph that another
// MFC makes resolved.
dfg.graph @unbound_output {
  %seq = mfc @gen generate outs("seq") model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{'dfg.mfc' op is in key-based form inside resolved graph @unbound_output}}
  mfc @inf inference outs("values") model <"critic"> n_seqs 1 impl <"x", {}>
}

// -----

// An operand whose key differs from its input key, in generic form.
dfg.graph @operand_key_mismatch(%p : "prompt") {
  // expected-error @below {{'dfg.mfc' op operand #0 has type '!dfg.key<"prompt">' but input key #0 is "packed_prompts"; operand #i carries input key #i, so give it type '!dfg.key<"packed_prompts">' or change the key}}
  "dfg.mfc"(%p) <{sym_name = "m", interface_type = 0 : i32,
                  model = #dfg.model<"actor">, n_seqs = 1 : i64,
                  impl = #dfg.impl<"x", {}>, input_keys = ["packed_prompts"],
                  output_keys = []}> : (!dfg.key<"prompt">) -> ()
}

// -----

// Operands in another order than their input keys, in generic form.
dfg.graph @operands_reordered(%a : "a", %b : "b") {
  // expected-error @below {{'dfg.mfc' op operand #0 has type '!dfg.key<"b">' but input key #0 is "a"}}
  "dfg.mfc"(%b, %a) <{sym_name = "m", interface_type = 0 : i32,
                      model = #dfg.model<"actor">, n_seqs = 1 : i64,
                      impl = #dfg.impl<"x", {}>, input_keys = ["a", "b"],
                      output_keys = []}>
      : (!dfg.key<"b">, !dfg.key<"a">) -> ()
}

// -----

// A result whose key differs from its output key, in generic form.
dfg.graph @result_key_mismatch {
  // expected-error @below {{'dfg.mfc' op result #1 has type '!dfg.key<"logprobs">' but output key #1 is "packed_logprobs"; result #i carries output key #i, so give it type '!dfg.key<"packed_logprobs">' or change the key}}
  %r:2 = "dfg.mfc"() <{sym_name = "m", interface_type = 0 : i32,
                       model = #dfg.model<"actor">, n_seqs = 1 : i64,
                       impl = #dfg.impl<"x", {}>, input_keys = [],
                       output_keys = ["seq", "packed_logprobs"]}>
      : () -> (!dfg.key<"seq">, !dfg.key<"logprobs">)
}

// -----

// Fewer operands than input keys, in generic form.
dfg.graph @missing_operand(%a : "a") {
  // expected-error @below {{'dfg.mfc' op has 1 operand but 2 input keys; a resolved MFC has one operand per input key}}
  "dfg.mfc"(%a) <{sym_name = "m", interface_type = 0 : i32,
                  model = #dfg.model<"actor">, n_seqs = 1 : i64,
                  impl = #dfg.impl<"x", {}>, input_keys = ["a", "b"],
                  output_keys = []}> : (!dfg.key<"a">) -> ()
}

// -----

// More results than output keys, in generic form.
dfg.graph @extra_result {
  // expected-error @below {{'dfg.mfc' op has 2 results but 1 output key; a resolved MFC has one result per output key}}
  %r:2 = "dfg.mfc"() <{sym_name = "m", interface_type = 0 : i32,
                       model = #dfg.model<"actor">, n_seqs = 1 : i64,
                       impl = #dfg.impl<"x", {}>, input_keys = [],
                       output_keys = ["seq"]}>
      : () -> (!dfg.key<"seq">, !dfg.key<"seq">)
}

// -----

// A result whose type is not a key type, in generic form.
dfg.graph @result_not_key {
  // expected-error @below {{'dfg.mfc' op result #0 must be variadic of data key value of type !dfg.key, but got 'i64'}}
  %r = "dfg.mfc"() <{sym_name = "m", interface_type = 0 : i32,
                     model = #dfg.model<"actor">, n_seqs = 1 : i64,
                     impl = #dfg.impl<"x", {}>, input_keys = [],
                     output_keys = ["seq"]}> : () -> i64
}

// -----

// A value passed under another key than the one it carries.
dfg.graph @value_under_other_key {
  // expected-note @below {{prior use here}}
  %seq = mfc @gen generate outs("seq") model <"actor"> n_seqs 1 impl <"x", {}>
  // expected-error @below {{use of value '%seq' expects different type than prior uses: '!dfg.key<"packed_input_ids">' vs '!dfg.key<"seq">'}}
  mfc @train train_step ins(%seq : "packed_input_ids") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An input value that nothing defines.
dfg.graph @undefined_value {
  // expected-error @below {{use of undeclared SSA value name}}
  mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An input value from outside the graph, which is isolated from above.
dfg.graph @outer {
  %seq = mfc @gen generate outs("seq") model <"actor"> n_seqs 1 impl <"x", {}>
}
dfg.graph @inner {
  // expected-error @below {{use of undeclared SSA value name}}
  mfc @train train_step ins(%seq : "seq") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// A resolved input without its key.
dfg.graph @input_without_key(%p : "prompt") {
  // expected-error @below {{expected ':'}}
  mfc @m generate ins(%p) model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An output key that is not a string.
dfg.graph @output_key_not_string {
  // expected-error @below {{expected string}}
  mfc @m generate outs(seq) model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// Output values in place of output keys.
dfg.graph @output_values(%p : "prompt") {
  // expected-error @below {{expected string}}
  mfc @m generate outs(%p : "prompt") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// Key lists that are not closed.
dfg.graph @unclosed_inputs {
  // expected-error @below {{expected ')'}}
  mfc @m generate ins("a" "b") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An empty input key.
dfg.graph @empty_input_key {
  // expected-error @below {{'dfg.mfc' op has an empty key at input_keys[1]; give the key a name}}
  mfc @m generate ins("prompt", "") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An empty output key.
dfg.graph @empty_output_key {
  // expected-error @below {{'dfg.mfc' op has an empty key at output_keys[0]; give the key a name}}
  mfc @m generate outs("") model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An empty MFC name.
dfg.graph @empty_name {
  // expected-error @below {{'dfg.mfc' op has an empty name; give the MFC a name that is unique in its graph}}
  mfc @"" generate model <"actor"> n_seqs 1 impl <"x", {}>
}
