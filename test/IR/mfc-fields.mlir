// RUN: dfg-opt %s | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --emit-bytecode | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// The last dfg-opt prints with --mlir-print-local-scope, which keeps
// #dfg.impl arguments inline instead of behind an alias such as #impl_x.

// Every field of an MFC, with and without its default. A field equal to its
// default is not printed, even when it was written out; `{{$}}` checks that
// nothing follows the last field printed.

// All four interface types.
// CHECK-LABEL: dfg.graph @interface_types {
// CHECK-NEXT:    mfc @gen generate model
// CHECK-NEXT:    mfc @inf inference model
// CHECK-NEXT:    mfc @train train_step model
// CHECK-NEXT:    mfc @eval evaluate model

// GENERIC-LABEL: sym_name = "interface_types"
// GENERIC:         interface_type = 0 : i32
// GENERIC-SAME:    sym_name = "gen"
// GENERIC:         interface_type = 1 : i32
// GENERIC-SAME:    sym_name = "inf"
// GENERIC:         interface_type = 2 : i32
// GENERIC-SAME:    sym_name = "train"
// GENERIC:         interface_type = 3 : i32
// GENERIC-SAME:    sym_name = "eval"
dfg.graph @interface_types {
  mfc @gen generate model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @inf inference model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @train train_step model <"actor"> n_seqs 1 impl <"x", {}>
  // The enum keyword may also be written as a string.
  mfc @eval "evaluate" model <"actor"> n_seqs 1 impl <"x", {}>
}

// Replica 0 is the default and is not printed; other replicas are.
// CHECK-LABEL: dfg.graph @models {
// CHECK-NEXT:    mfc @bare generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @replica_0 generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @replica_1 generate model <"actor", 1> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @full_prefix generate model <"critic", 2> n_seqs 1 impl <"x", {}>{{$}}
dfg.graph @models {
  mfc @bare generate model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @replica_0 generate model <"actor", 0> n_seqs 1 impl <"x", {}>
  mfc @replica_1 generate model <"actor", 1> n_seqs 1 impl <"x", {}>
  mfc @full_prefix generate model #dfg.model<"critic", 2> n_seqs 1
      impl #dfg.impl<"x", {}>
}

// n_seqs keeps any 64-bit value; dfg-verify-runtime rejects values <= 0.
// CHECK-LABEL: dfg.graph @n_seqs {
// CHECK-NEXT:    mfc @large generate model <"actor"> n_seqs 9223372036854775807 impl
// CHECK-NEXT:    mfc @zero generate model <"actor"> n_seqs 0 impl
// CHECK-NEXT:    mfc @negative generate model <"actor"> n_seqs -4 impl
dfg.graph @n_seqs {
  mfc @large generate model <"actor"> n_seqs 9223372036854775807 impl <"x", {}>
  mfc @zero generate model <"actor"> n_seqs 0 impl <"x", {}>
  mfc @negative generate model <"actor"> n_seqs -4 impl <"x", {}>
}

// mb_spec prints only the parameters that differ from n_mbs = 1 and
// max_tokens_per_mb = 10^12, and is omitted when both have their default.
// CHECK-LABEL: dfg.graph @mb_spec {
// CHECK-NEXT:    mfc @absent generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @empty generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @explicit_defaults generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @n_mbs generate model <"actor"> n_seqs 1 impl <"x", {}> mb_spec <n_mbs = 4>{{$}}
// CHECK-NEXT:    mfc @max_tokens generate model <"actor"> n_seqs 1 impl <"x", {}> mb_spec <max_tokens_per_mb = 30720>{{$}}
// CHECK-NEXT:    mfc @both generate model <"actor"> n_seqs 1 impl <"x", {}> mb_spec <n_mbs = 2, max_tokens_per_mb = 32768>{{$}}
// CHECK-NEXT:    mfc @reordered generate model <"actor"> n_seqs 1 impl <"x", {}> mb_spec <n_mbs = 2, max_tokens_per_mb = 32768>{{$}}

// The generic form keeps a default that was written out.
// GENERIC-LABEL: sym_name = "mb_spec"
// GENERIC-NOT:     mb_spec =
// GENERIC:         sym_name = "absent"
// GENERIC-NEXT:    mb_spec = #dfg.mb_spec<>
// GENERIC-SAME:    sym_name = "empty"
// GENERIC-NEXT:    mb_spec = #dfg.mb_spec<>
// GENERIC-SAME:    sym_name = "explicit_defaults"
dfg.graph @mb_spec {
  mfc @absent generate model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @empty generate model <"actor"> n_seqs 1 impl <"x", {}> mb_spec <>
  mfc @explicit_defaults generate model <"actor"> n_seqs 1 impl <"x", {}>
      mb_spec <n_mbs = 1, max_tokens_per_mb = 1000000000000>
  mfc @n_mbs generate model <"actor"> n_seqs 1 impl <"x", {}>
      mb_spec <n_mbs = 4, max_tokens_per_mb = 1000000000000>
  mfc @max_tokens generate model <"actor"> n_seqs 1 impl <"x", {}>
      mb_spec <max_tokens_per_mb = 30720>
  mfc @both generate model <"actor"> n_seqs 1 impl <"x", {}>
      mb_spec <n_mbs = 2, max_tokens_per_mb = 32768>
  mfc @reordered generate model <"actor"> n_seqs 1 impl <"x", {}>
      mb_spec <max_tokens_per_mb = 32768, n_mbs = 2>
}

// min_n_seqs_per_pass: the integer 1 is the default; the float 1.0 is kept
// as a float, so an integer and a float with the same value stay distinct.
// CHECK-LABEL: dfg.graph @min_n_seqs_per_pass {
// CHECK-NEXT:    mfc @absent generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @integer_default generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @float_one generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 1.000000e+00{{$}}
// CHECK-NEXT:    mfc @integer generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 4{{$}}
// CHECK-NEXT:    mfc @float_four generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 4.000000e+00{{$}}
// CHECK-NEXT:    mfc @fraction generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 2.500000e-01{{$}}
// CHECK-NEXT:    mfc @zero generate model <"actor"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 0{{$}}

// GENERIC-LABEL: sym_name = "min_n_seqs_per_pass"
// GENERIC:         min_n_seqs_per_pass = 1 : i64
// GENERIC-SAME:    sym_name = "integer_default"
// GENERIC:         min_n_seqs_per_pass = 1.000000e+00 : f64
// GENERIC-SAME:    sym_name = "float_one"
// GENERIC:         min_n_seqs_per_pass = 4 : i64
// GENERIC-SAME:    sym_name = "integer"
// GENERIC:         min_n_seqs_per_pass = 4.000000e+00 : f64
// GENERIC-SAME:    sym_name = "float_four"
dfg.graph @min_n_seqs_per_pass {
  mfc @absent generate model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @integer_default generate model <"actor"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 1
  mfc @float_one generate model <"actor"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 1.0
  mfc @integer generate model <"actor"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 4
  mfc @float_four generate model <"actor"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 4.0
  mfc @fraction generate model <"actor"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 0.25
  mfc @zero generate model <"actor"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 0
}

// log_return_value is a flag: absent means false.
// CHECK-LABEL: dfg.graph @log_return_value {
// CHECK-NEXT:    mfc @quiet generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @logged generate model <"actor"> n_seqs 1 impl <"x", {}> log_return_value{{$}}
dfg.graph @log_return_value {
  mfc @quiet generate model <"actor"> n_seqs 1 impl <"x", {}>
  mfc @logged generate model <"actor"> n_seqs 1 impl <"x", {}> log_return_value
}

// Key remaps: input key -> name the implementation expects, and name the
// implementation returns -> output key. Empty remaps are not printed.
// CHECK-LABEL: dfg.graph @key_remaps {
// CHECK-NEXT:    mfc @empty inference model <"ref"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @ref_inf inference ins("packed_input_ids") outs("packed_ref_logprobs") model <"ref"> n_seqs 1 impl <"x", {}>
// CHECK-SAME:      input_key_remap {packed_input_ids = "input_ids"} output_key_remap {logprobs = "packed_ref_logprobs"}{{$}}
// CHECK-NEXT:    mfc @input_only inference ins("a.b") model <"ref"> n_seqs 1 impl <"x", {}> input_key_remap {a.b = "ab", z = "zz"}{{$}}
// CHECK-NEXT:    mfc @output_only inference outs("1st") model <"ref"> n_seqs 1 impl <"x", {}> output_key_remap {"first value" = "1st"}{{$}}
dfg.graph @key_remaps {
  mfc @empty inference model <"ref"> n_seqs 1 impl <"x", {}>
      input_key_remap {} output_key_remap {}
  mfc @ref_inf inference ins("packed_input_ids") outs("packed_ref_logprobs")
      model <"ref"> n_seqs 1 impl <"x", {}>
      input_key_remap {packed_input_ids = "input_ids"}
      output_key_remap {logprobs = "packed_ref_logprobs"}
  // Dictionary entries are sorted by name, so the order written is not kept.
  mfc @input_only inference ins("a.b") model <"ref"> n_seqs 1 impl <"x", {}>
      input_key_remap {z = "zz", "a.b" = "ab"}
  mfc @output_only inference outs("1st") model <"ref"> n_seqs 1 impl <"x", {}>
      output_key_remap {"first value" = "1st"}
}

// Every field at once, in the order the syntax requires, followed by a
// discardable attribute.
// CHECK-LABEL: dfg.graph @all_fields {
// CHECK-NEXT:    mfc @actor_gen generate ins("packed_prompts") outs("packed_input_ids", "packed_logprobs")
// CHECK-SAME:      model <"actor", 1> n_seqs 512 impl <"ppo_actor", {kl_ctl = 1.000000e-01 : f64}>
// CHECK-SAME:      mb_spec <n_mbs = 2, max_tokens_per_mb = 30720> min_n_seqs_per_pass 2.500000e-01 log_return_value
// CHECK-SAME:      input_key_remap {packed_prompts = "prompts"} output_key_remap {logprobs = "packed_logprobs"}
// CHECK-SAME:      pre_hooks [#dfg.param_realloc<source = <"actor">>] post_hooks [#dfg.param_realloc<target = <"actor">>]
// CHECK-SAME:      {dfg.note = "extra"}{{$}}
dfg.graph @all_fields {
  mfc @actor_gen generate ins("packed_prompts")
      outs("packed_input_ids", "packed_logprobs")
      model <"actor", 1> n_seqs 512 impl <"ppo_actor", {kl_ctl = 0.1}>
      mb_spec <n_mbs = 2, max_tokens_per_mb = 30720>
      min_n_seqs_per_pass 0.25
      log_return_value
      input_key_remap {packed_prompts = "prompts"}
      output_key_remap {logprobs = "packed_logprobs"}
      pre_hooks [#dfg.param_realloc<source = <"actor", 0>>]
      post_hooks [#dfg.param_realloc<target = <"actor">>]
      {dfg.note = "extra"}
}
