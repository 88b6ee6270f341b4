// RUN: dfg-opt %s --split-input-file --verify-diagnostics

// Errors of the fields of dfg.mfc other than its keys.

// An interface type that is not one of the four keywords.
dfg.graph @bad_interface_type {
  // expected-error @below {{expected string or keyword containing one of the following enum values for attribute 'interface_type' [generate, inference, train_step, evaluate]}}
  mfc @m train model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An interface type that is not an enum value, in generic form.
dfg.graph @bad_interface_type_generic {
  // expected-error @below {{Invalid attribute `interface_type` in property conversion: 4 : i32}}
  "dfg.mfc"() <{sym_name = "m", interface_type = 4 : i32,
                model = #dfg.model<"actor">, n_seqs = 1 : i64,
                impl = #dfg.impl<"x", {}>, input_keys = [],
                output_keys = []}> : () -> ()
}

// -----

// An MFC without an interface type.
dfg.graph @missing_interface_type {
  // expected-error @below {{expected string or keyword containing one of the following enum values for attribute 'interface_type'}}
  mfc @m model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// An MFC without n_seqs.
dfg.graph @missing_n_seqs {
  // expected-error @below {{expected 'n_seqs'}}
  mfc @m generate model <"actor"> impl <"x", {}>
}

// -----

// An MFC without n_seqs, in generic form.
dfg.graph @missing_n_seqs_generic {
  // expected-error @below {{'dfg.mfc' op requires attribute 'n_seqs'}}
  "dfg.mfc"() <{sym_name = "m", interface_type = 0 : i32,
                model = #dfg.model<"actor">, impl = #dfg.impl<"x", {}>,
                input_keys = [], output_keys = []}> : () -> ()
}

// -----

// n_seqs that is a float.
dfg.graph @n_seqs_float {
  // expected-error @below {{expected an integer number of sequences}}
  mfc @m generate model <"actor"> n_seqs 2.5 impl <"x", {}>
}

// -----

// n_seqs beyond the signed 64-bit range, which a generic attribute parser
// would wrap around to -1.
dfg.graph @n_seqs_too_large {
  // expected-error @below {{n_seqs 18446744073709551615 does not fit in a signed 64-bit integer; write the batch size, a positive number}}
  mfc @m generate model <"actor"> n_seqs 18446744073709551615 impl <"x", {}>
}

// -----

// n_seqs that is a string.
dfg.graph @n_seqs_string {
  // expected-error @below {{expected an integer number of sequences}}
  mfc @m generate model <"actor"> n_seqs "8" impl <"x", {}>
}

// -----

// An MFC without a model.
dfg.graph @missing_model {
  // expected-error @below {{expected 'model'}}
  mfc @m generate n_seqs 1 impl <"x", {}>
}

// -----

// An MFC without an implementation.
dfg.graph @missing_impl {
  // expected-error @below {{expected 'impl'}}
  mfc @m generate model <"actor"> n_seqs 1 log_return_value
}

// -----

// min_n_seqs_per_pass that is a string.
dfg.graph @min_n_seqs_per_pass_string {
  // expected-error @below {{min_n_seqs_per_pass must be an i64 integer or an f64 float, such as 1, 0.25 or 0x7FF0000000000000 : f64, but got "0.25"}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass "0.25"
}

// -----

// min_n_seqs_per_pass that is a boolean.
dfg.graph @min_n_seqs_per_pass_bool {
  // expected-error @below {{min_n_seqs_per_pass must be an i64 integer or an f64 float, such as 1, 0.25 or 0x7FF0000000000000 : f64, but got true}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass true
}

// -----

// min_n_seqs_per_pass with a type other than i64.
dfg.graph @min_n_seqs_per_pass_typed {
  // expected-error @below {{min_n_seqs_per_pass must be an i64 integer or an f64 float, such as 1, 0.25 or 0x7FF0000000000000 : f64, but got 2 : i32}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 2 : i32
}

// -----

// min_n_seqs_per_pass with a type other than f64.
dfg.graph @min_n_seqs_per_pass_f32 {
  // expected-error @below {{min_n_seqs_per_pass must be an i64 integer or an f64 float, such as 1, 0.25 or 0x7FF0000000000000 : f64, but got 2.500000e-01 : f32}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 0.25 : f32
}

// -----

// min_n_seqs_per_pass that is not a number, in generic form.
dfg.graph @min_n_seqs_per_pass_generic {
  // expected-error @below {{'dfg.mfc' op attribute 'min_n_seqs_per_pass' failed to satisfy constraint: 64-bit signless integer attribute or 64-bit float attribute}}
  "dfg.mfc"() <{sym_name = "m", interface_type = 0 : i32,
                model = #dfg.model<"actor">, n_seqs = 1 : i64,
                impl = #dfg.impl<"x", {}>, input_keys = [], output_keys = [],
                min_n_seqs_per_pass = "1"}> : () -> ()
}

// -----

// An input key remap with a value that is not a string.
dfg.graph @input_remap_not_string {
  // expected-error @below {{'dfg.mfc' op input_key_remap maps "packed_input_ids" to 1 : i64, which is not a string; write the name as a string, such as {packed_input_ids = "name"}}}
  mfc @m generate ins("packed_input_ids") model <"actor"> n_seqs 1
      impl <"x", {}> input_key_remap {packed_input_ids = 1}
}

// -----

// An output key remap with a nested dictionary as a value.
dfg.graph @output_remap_not_string {
  // expected-error @below {{'dfg.mfc' op output_key_remap maps "logprobs" to {a = "b"}, which is not a string; write the name as a string, such as {logprobs = "name"}}}
  mfc @m generate outs("packed_logprobs") model <"actor"> n_seqs 1
      impl <"x", {}> output_key_remap {logprobs = {a = "b"}}
}

// -----

// A key remap that is not a dictionary.
dfg.graph @remap_not_dictionary {
  // expected-error @below {{invalid kind of attribute specified}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> input_key_remap ["a"]
}

// -----

// Fields out of the order the syntax requires.
dfg.graph @fields_out_of_order {
  // expected-error @below {{custom op 'log_return_value' is unknown}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> post_hooks [] log_return_value
}

// -----

// A hook list with an entry that is not a hook.
dfg.graph @hook_list_entry {
  // expected-error @below {{'dfg.mfc' op attribute 'post_hooks' failed to satisfy constraint: ordered list of hooks, each #dfg.offload or #dfg.param_realloc}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}>
      post_hooks [#dfg.offload, #dfg.model<"actor">]
}

// -----

// A hook list that is not a list.
dfg.graph @hook_list_not_array {
  // expected-error @below {{invalid kind of attribute specified}}
  mfc @m generate model <"actor"> n_seqs 1 impl <"x", {}> pre_hooks #dfg.offload
}

// -----

// An MFC without a name.
dfg.graph @missing_name {
  // expected-error @below {{expected valid '@'-identifier for symbol name}}
  mfc generate model <"actor"> n_seqs 1 impl <"x", {}>
}

// -----

// A remap whose key must be quoted; the example in the message quotes it too.
dfg.graph @remap_quoted_key {
  // expected-error @below {{'dfg.mfc' op output_key_remap maps "first value" to 1.000000e+00 : f64, which is not a string; write the name as a string, such as {"first value" = "name"}}}
  mfc @m generate outs("first") model <"actor"> n_seqs 1
      impl <"x", {}> output_key_remap {"first value" = 1.0}
}
