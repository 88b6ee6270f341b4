// RUN: dfg-opt %s | FileCheck %s
// RUN: dfg-opt %s | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --emit-bytecode | dfg-opt | FileCheck %s
// RUN: dfg-opt %s | dfg-opt --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// min_n_seqs_per_pass prints without its type only when the text parses back
// as the same number. MLIR prints infinities and NaNs as hexadecimal bit
// patterns, which would parse back as i64 integers, so they keep `: f64`.
// The second and third RUN lines parse the printed form again.

// CHECK-LABEL: dfg.graph @non_finite {
// CHECK-NEXT:    mfc @infinity generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 0x7FF0000000000000 : f64{{$}}
// CHECK-NEXT:    mfc @negative_infinity generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 0xFFF0000000000000 : f64{{$}}
// CHECK-NEXT:    mfc @nan generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 0x7FF8000000000000 : f64{{$}}
// CHECK-NEXT:    mfc @custom_infinity generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 0x7FF0000000000000 : f64{{$}}

// GENERIC-LABEL: sym_name = "non_finite"
// GENERIC:         min_n_seqs_per_pass = 0x7FF0000000000000 : f64
// GENERIC-SAME:    sym_name = "infinity"
// GENERIC:         min_n_seqs_per_pass = 0xFFF0000000000000 : f64
// GENERIC-SAME:    sym_name = "negative_infinity"
// GENERIC:         min_n_seqs_per_pass = 0x7FF8000000000000 : f64
// GENERIC-SAME:    sym_name = "nan"
// GENERIC:         min_n_seqs_per_pass = 0x7FF0000000000000 : f64
// GENERIC-SAME:    sym_name = "custom_infinity"
dfg.graph @non_finite {
  "dfg.mfc"() <{sym_name = "infinity", interface_type = 0 : i32,
                model = #dfg.model<"a">, n_seqs = 1 : i64,
                impl = #dfg.impl<"x", {}>, input_keys = [], output_keys = [],
                min_n_seqs_per_pass = 0x7FF0000000000000 : f64}> : () -> ()
  "dfg.mfc"() <{sym_name = "negative_infinity", interface_type = 0 : i32,
                model = #dfg.model<"a">, n_seqs = 1 : i64,
                impl = #dfg.impl<"x", {}>, input_keys = [], output_keys = [],
                min_n_seqs_per_pass = 0xFFF0000000000000 : f64}> : () -> ()
  "dfg.mfc"() <{sym_name = "nan", interface_type = 0 : i32,
                model = #dfg.model<"a">, n_seqs = 1 : i64,
                impl = #dfg.impl<"x", {}>, input_keys = [], output_keys = [],
                min_n_seqs_per_pass = 0x7FF8000000000000 : f64}> : () -> ()
  // The custom form accepts the number with its type.
  mfc @custom_infinity generate model <"a"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 0x7FF0000000000000 : f64
}

// Finite floats and integers print without their type, also when they were
// written with it, and keep their kind.
// CHECK-LABEL: dfg.graph @finite {
// CHECK-NEXT:    mfc @huge generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 1.000000e+300{{$}}
// CHECK-NEXT:    mfc @denormal generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 4.940660e-324{{$}}
// CHECK-NEXT:    mfc @third generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 0.33333333333333331{{$}}
// CHECK-NEXT:    mfc @negative_zero generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass -0.000000e+00{{$}}
// CHECK-NEXT:    mfc @typed_float generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 2.500000e-01{{$}}
// CHECK-NEXT:    mfc @typed_integer generate model <"a"> n_seqs 1 impl <"x", {}> min_n_seqs_per_pass 4{{$}}

// GENERIC-LABEL: sym_name = "finite"
// GENERIC:         min_n_seqs_per_pass = 1.000000e+300 : f64
// GENERIC-SAME:    sym_name = "huge"
// GENERIC:         min_n_seqs_per_pass = 4.940660e-324 : f64
// GENERIC-SAME:    sym_name = "denormal"
// GENERIC:         min_n_seqs_per_pass = 0.33333333333333331 : f64
// GENERIC-SAME:    sym_name = "third"
// GENERIC:         min_n_seqs_per_pass = -0.000000e+00 : f64
// GENERIC-SAME:    sym_name = "negative_zero"
// GENERIC:         min_n_seqs_per_pass = 2.500000e-01 : f64
// GENERIC-SAME:    sym_name = "typed_float"
// GENERIC:         min_n_seqs_per_pass = 4 : i64
// GENERIC-SAME:    sym_name = "typed_integer"
dfg.graph @finite {
  mfc @huge generate model <"a"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 1.0e300
  mfc @denormal generate model <"a"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 4.9406564584124654e-324
  mfc @third generate model <"a"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 0.3333333333333333
  mfc @negative_zero generate model <"a"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass -0.0
  mfc @typed_float generate model <"a"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 0.25 : f64
  mfc @typed_integer generate model <"a"> n_seqs 1 impl <"x", {}>
      min_n_seqs_per_pass 4 : i64
}
