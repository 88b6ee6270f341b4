// RUN: dfg-opt %s | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | dfg-opt --mlir-print-local-scope | FileCheck %s
// RUN: dfg-opt %s --emit-bytecode | dfg-opt --mlir-print-local-scope | FileCheck %s
// The last dfg-opt prints with --mlir-print-local-scope, which keeps
// #dfg.impl arguments inline instead of behind an alias such as #impl_x.

// Every attribute and type of the dialect in its full form, outside the MFC
// syntax, held as discardable attributes of a graph. Parameters equal to
// their default are not printed.

// CHECK-LABEL: dfg.graph @models attributes {
// CHECK-SAME:    dfg.bare = #dfg.model<"actor">
// CHECK-SAME:    dfg.large = #dfg.model<"critic", 9223372036854775807>
// CHECK-SAME:    dfg.replica_0 = #dfg.model<"actor">
// CHECK-SAME:    dfg.replica_1 = #dfg.model<"actor", 1>
// CHECK-SAME:    dfg.unusual_role = #dfg.model<"my role\0A">
dfg.graph @models attributes {
  dfg.bare = #dfg.model<"actor">,
  dfg.replica_0 = #dfg.model<"actor", 0>,
  dfg.replica_1 = #dfg.model<"actor", 1>,
  dfg.large = #dfg.model<"critic", 9223372036854775807>,
  dfg.unusual_role = #dfg.model<"my role\n">
} {
}

// CHECK-LABEL: dfg.graph @micro_batch_specs attributes {
// CHECK-SAME:    dfg.both = #dfg.mb_spec<n_mbs = 8, max_tokens_per_mb = 16384>
// CHECK-SAME:    dfg.default_written = #dfg.mb_spec<>
// CHECK-SAME:    dfg.empty = #dfg.mb_spec<>
// CHECK-SAME:    dfg.max_tokens = #dfg.mb_spec<max_tokens_per_mb = 30720>
// CHECK-SAME:    dfg.n_mbs = #dfg.mb_spec<n_mbs = 4>
dfg.graph @micro_batch_specs attributes {
  dfg.empty = #dfg.mb_spec<>,
  dfg.default_written = #dfg.mb_spec<n_mbs = 1, max_tokens_per_mb = 1000000000000>,
  dfg.n_mbs = #dfg.mb_spec<n_mbs = 4>,
  dfg.max_tokens = #dfg.mb_spec<max_tokens_per_mb = 30720>,
  dfg.both = #dfg.mb_spec<max_tokens_per_mb = 16384, n_mbs = 8>
} {
}

// CHECK-LABEL: dfg.graph @implementations attributes {
// CHECK-SAME:    dfg.empty = #dfg.impl<"null", {}>
// CHECK-SAME:    dfg.with_args = #dfg.impl<"ppo_actor", {kl_ctl = 1.000000e-01 : f64, n = #dfg.null}>
dfg.graph @implementations attributes {
  dfg.empty = #dfg.impl<"null", {}>,
  dfg.with_args = #dfg.impl<"ppo_actor", {n = #dfg.null, kl_ctl = 0.1}>
} {
}

// CHECK-LABEL: dfg.graph @hooks attributes {
// CHECK-SAME:    dfg.null = #dfg.null
// CHECK-SAME:    dfg.offload = #dfg.offload
// CHECK-SAME:    dfg.realloc = #dfg.param_realloc<source = <"actor", 1>, eta = 2.500000e-01>
// CHECK-SAME:    dfg.realloc_default = #dfg.param_realloc<target = <"ref">>
dfg.graph @hooks attributes {
  dfg.offload = #dfg.offload,
  dfg.null = #dfg.null,
  dfg.realloc = #dfg.param_realloc<source = #dfg.model<"actor", 1>, eta = 0.25>,
  dfg.realloc_default = #dfg.param_realloc<target = <"ref">, eta = 1.0>
} {
}

// The key type, held in a type attribute.
// CHECK-LABEL: dfg.graph @types attributes {
// CHECK-SAME:    dfg.dotted = !dfg.key<"a.b">
// CHECK-SAME:    dfg.plain = !dfg.key<"packed_input_ids">
dfg.graph @types attributes {
  dfg.plain = !dfg.key<"packed_input_ids">,
  dfg.dotted = !dfg.key<"a.b">
} {
}
