// RUN: dfg-opt %s | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --emit-bytecode | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Hooks in the pre_hooks and post_hooks lists of an MFC and as standalone
// dfg.hook declarations. The IR keeps hooks that dfg-attach-hooks rejects
// (offload as a pre hook, both or neither end, eta outside [0, 1]), so that
// the pass can report them.

// Hook lists keep their order; empty lists are not printed.
// CHECK-LABEL: dfg.graph @hook_lists {
// CHECK-NEXT:    mfc @empty generate model <"actor"> n_seqs 1 impl <"x", {}>{{$}}
// CHECK-NEXT:    mfc @actor_gen generate model <"actor", 1> n_seqs 1 impl <"x", {}>
// CHECK-SAME:      pre_hooks [#dfg.param_realloc<source = <"actor">>]
// CHECK-SAME:      post_hooks [#dfg.param_realloc<target = <"actor">>, #dfg.offload]{{$}}
// CHECK-NEXT:    mfc @ref_inf inference model <"ref"> n_seqs 1 impl <"x", {}> post_hooks [#dfg.offload]{{$}}
// CHECK-NEXT:    mfc @pre_only inference model <"ref"> n_seqs 1 impl <"x", {}> pre_hooks [#dfg.offload, #dfg.offload]{{$}}
dfg.graph @hook_lists {
  mfc @empty generate model <"actor"> n_seqs 1 impl <"x", {}>
      pre_hooks [] post_hooks []
  mfc @actor_gen generate model <"actor", 1> n_seqs 1 impl <"x", {}>
      pre_hooks [#dfg.param_realloc<source = <"actor", 0>>]
      post_hooks [#dfg.param_realloc<target = <"actor">>, #dfg.offload]
  mfc @ref_inf inference model <"ref"> n_seqs 1 impl <"x", {}>
      post_hooks [#dfg.offload]
  mfc @pre_only inference model <"ref"> n_seqs 1 impl <"x", {}>
      pre_hooks [#dfg.offload, #dfg.offload]
}

// param_realloc: eta defaults to 1.0 and is then not printed; other values,
// including 0.0 and values outside [0, 1], are kept exactly.
// CHECK-LABEL: dfg.graph @param_realloc {
// CHECK-NEXT:    mfc @m train_step model <"actor"> n_seqs 1 impl <"x", {}> post_hooks [
// CHECK-SAME:      #dfg.param_realloc<target = <"ref">>,
// CHECK-SAME:      #dfg.param_realloc<target = <"ref">>,
// CHECK-SAME:      #dfg.param_realloc<target = <"ref">, eta = 1.000000e-02>,
// CHECK-SAME:      #dfg.param_realloc<target = <"ref">, eta = 1.000000e-03>,
// CHECK-SAME:      #dfg.param_realloc<target = <"ref", 3>, eta = 0.123456789>,
// CHECK-SAME:      #dfg.param_realloc<target = <"ref">, eta = 0.000000e+00>,
// CHECK-SAME:      #dfg.param_realloc<source = <"ref">, eta = -5.000000e-01>,
// CHECK-SAME:      #dfg.param_realloc<source = <"critic", 1>, eta = 2.000000e+00>,
// CHECK-SAME:      #dfg.param_realloc<source = <"a">, target = <"b">>,
// CHECK-SAME:      #dfg.param_realloc<>,
// CHECK-SAME:      #dfg.param_realloc<eta = 5.000000e-01>]{{$}}

// GENERIC-LABEL: sym_name = "param_realloc"
// GENERIC:         post_hooks = [#dfg.param_realloc<target = <"ref">>, #dfg.param_realloc<target = <"ref">>, #dfg.param_realloc<target = <"ref">, eta = 1.000000e-02>
dfg.graph @param_realloc {
  mfc @m train_step model <"actor"> n_seqs 1 impl <"x", {}> post_hooks [
      #dfg.param_realloc<target = <"ref">>,
      #dfg.param_realloc<target = <"ref", 0>, eta = 1.0>,
      #dfg.param_realloc<target = <"ref">, eta = 0.01>,
      #dfg.param_realloc<target = <"ref">, eta = 1.0e-3>,
      #dfg.param_realloc<target = <"ref", 3>, eta = 0.123456789>,
      #dfg.param_realloc<target = <"ref">, eta = 0.0>,
      #dfg.param_realloc<source = <"ref">, eta = -0.5>,
      #dfg.param_realloc<eta = 2.0, source = #dfg.model<"critic", 1>>,
      #dfg.param_realloc<source = <"a">, target = <"b">>,
      #dfg.param_realloc<>,
      #dfg.param_realloc<eta = 0.5>]
}

// Standalone declarations keep their position, MFC and order; they may come
// before the MFC they name.
// CHECK-LABEL: dfg.graph @declarations {
// CHECK-NEXT:    hook pre @actor_gen #dfg.param_realloc<source = <"actor">>{{$}}
// CHECK-NEXT:    mfc @actor_gen generate
// CHECK-NEXT:    hook post @actor_gen #dfg.param_realloc<target = <"actor">>{{$}}
// CHECK-NEXT:    hook post @actor_gen #dfg.offload{{$}}
// CHECK-NEXT:    hook pre @actor_gen #dfg.offload{{$}}
// CHECK-NEXT:    hook post @actor_gen #dfg.param_realloc<target = <"ref">, eta = 1.000000e-02> {dfg.note = "ema"}{{$}}

// GENERIC-LABEL: sym_name = "declarations"
// GENERIC:         "dfg.hook"() <{hook = #dfg.param_realloc<source = <"actor">>, mfc = @actor_gen, position = 0 : i32}> : () -> ()
// GENERIC:         "dfg.hook"() <{hook = #dfg.param_realloc<target = <"actor">>, mfc = @actor_gen, position = 1 : i32}> : () -> ()
dfg.graph @declarations {
  hook pre @actor_gen #dfg.param_realloc<source = <"actor", 0>>
  mfc @actor_gen generate model <"actor", 1> n_seqs 1 impl <"x", {}>
  hook post @actor_gen #dfg.param_realloc<target = <"actor">>
  dfg.hook post @actor_gen #dfg.offload
  hook "pre" @actor_gen #dfg.offload
  hook post @actor_gen #dfg.param_realloc<target = <"ref">, eta = 0.01> {dfg.note = "ema"}
}

// Hooks in lists and declarations together.
// CHECK-LABEL: dfg.graph @lists_and_declarations {
// CHECK-NEXT:    mfc @ref_inf inference model <"ref"> n_seqs 1 impl <"x", {}> post_hooks [#dfg.offload]{{$}}
// CHECK-NEXT:    hook post @ref_inf #dfg.param_realloc<target = <"actor">>{{$}}
dfg.graph @lists_and_declarations {
  mfc @ref_inf inference model <"ref"> n_seqs 1 impl <"x", {}>
      post_hooks [#dfg.offload]
  hook post @ref_inf #dfg.param_realloc<target = <"actor">>
}
