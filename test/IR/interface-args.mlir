// RUN: dfg-opt %s | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --emit-bytecode | dfg-opt --mlir-print-local-scope | FileCheck %s
// The last dfg-opt prints with --mlir-print-local-scope, which keeps
// #dfg.impl arguments inline instead of behind an alias such as #impl_x.

// The arguments of #dfg.impl hold any JSON value and must survive unchanged:
// nested dictionaries and arrays, #dfg.null, booleans, floats, 64-bit
// integers and strings. Dictionary entries are sorted by name, as in every
// MLIR dictionary; array order is kept.

// CHECK-LABEL: dfg.graph @scalars {
// CHECK-NEXT:    mfc @m generate model <"actor"> n_seqs 1 impl <"ppo_actor", {
// CHECK-SAME:      c_clip = #dfg.null,
// CHECK-SAME:      disable_value = true,
// CHECK-SAME:      discount = 1.000000e+00 : f64,
// CHECK-SAME:      early_stop_kl = 1.000000e-300 : f64,
// CHECK-SAME:      eps_clip = 2.000000e-01 : f64,
// CHECK-SAME:      int_max = 9223372036854775807 : i64,
// CHECK-SAME:      int_min = -9223372036854775808 : i64,
// CHECK-SAME:      kl_ctl = 0.123456789 : f64,
// CHECK-SAME:      max_tokens = 1000000000000 : i64,
// CHECK-SAME:      negative_zero = -0.000000e+00 : f64,
// CHECK-SAME:      one = 1 : i64,
// CHECK-SAME:      use_dense_reward = false,
// CHECK-SAME:      value_norm_type = "exp"}>{{$}}
dfg.graph @scalars {
  mfc @m generate model <"actor"> n_seqs 1 impl <"ppo_actor", {
      value_norm_type = "exp",
      use_dense_reward = false,
      disable_value = true,
      c_clip = #dfg.null,
      eps_clip = 0.2,
      kl_ctl = 0.123456789,
      discount = 1.0,
      one = 1,
      early_stop_kl = 1.0e-300,
      negative_zero = -0.0,
      max_tokens = 1000000000000,
      int_max = 9223372036854775807,
      int_min = -9223372036854775808}>
}

// Nested dictionaries and arrays, as in `generation_config` and in the
// `interfaces` of a fused implementation.
// CHECK-LABEL: dfg.graph @nested {
// CHECK-NEXT:    mfc @m generate model <"actor"> n_seqs 1 impl <"fused-threading", {
// CHECK-SAME:      generation_config = {greedy = false, max_new_tokens = 1024 : i64, stop_token_ids = [151643, 151645], temperature = 1.000000e+00 : f64, top_k = 1000000 : i64},
// CHECK-SAME:      interfaces = {ref = {args = {enable_save = false}, type_ = "ppo_actor"}, rew = {args = {dataset_path = #dfg.null, tokenizer_path = "/storage/models/Qwen"}, type_ = "rw-math-code"}},
// CHECK-SAME:      mixed = [1, 2.500000e+00, "three", #dfg.null, true, [], {}, {{\[\[}}4], {k = [5]}]]}>{{$}}
dfg.graph @nested {
  mfc @m generate model <"actor"> n_seqs 1 impl <"fused-threading", {
      interfaces = {
        rew = {type_ = "rw-math-code",
               args = {tokenizer_path = "/storage/models/Qwen",
                       dataset_path = #dfg.null}},
        ref = {type_ = "ppo_actor", args = {enable_save = false}}},
      generation_config = {max_new_tokens = 1024, temperature = 1.0,
                           top_k = 1000000, greedy = false,
                           stop_token_ids = [151643, 151645]},
      mixed = [1, 2.5, "three", #dfg.null, true, [], {}, [[4], {k = [5]}]]}>
}

// Strings keep quotes, escapes and UTF-8, and names that are not bare
// identifiers stay quoted.
// CHECK-LABEL: dfg.graph @strings {
// CHECK-NEXT:    mfc @m generate model <"actor"> n_seqs 1 impl <"my impl", {"1st" = "", "with space" = "q\22\0A\09\C3\A9"}>{{$}}
dfg.graph @strings {
  mfc @m generate model <"actor"> n_seqs 1
      impl <"my impl", {"with space" = "q\"\n\t\C3\A9", "1st" = ""}>
}

// The generic form of the attribute, written in full.
// CHECK-LABEL: dfg.graph @generic_attribute {
// CHECK-NEXT:    mfc @m generate model <"actor"> n_seqs 1 impl <"sft", {lr = 2.000000e-05 : f64}>{{$}}
dfg.graph @generic_attribute {
  "dfg.mfc"() <{sym_name = "m", interface_type = 0 : i32,
                model = #dfg.model<"actor">, n_seqs = 1 : i64,
                impl = #dfg.impl<"sft", {lr = 2.0e-05 : f64}>,
                input_keys = [], output_keys = []}> : () -> ()
}
