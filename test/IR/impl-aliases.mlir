// RUN: dfg-opt %s | FileCheck %s
// RUN: dfg-opt %s | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --mlir-print-local-scope | FileCheck %s --check-prefix=INLINE

// An implementation with arguments is printed once, behind an alias named
// after its registry name, because AReaL repeats it on every MFC of a model.
// Names that are not identifiers are made unique and valid; an
// implementation without arguments stays inline.

// CHECK-DAG: #[[ACTOR:impl_ppo_actor]] = #dfg.impl<"ppo_actor", {kl_ctl = 1.000000e-01 : f64}>
// CHECK-DAG: #[[ACTOR2:impl_ppo_actor[0-9]+]] = #dfg.impl<"ppo_actor", {kl_ctl = 2.000000e-01 : f64}>
// CHECK-DAG: #[[FUSED:impl_fused-threading]] = #dfg.impl<"fused-threading", {interfaces = {}}>
// CHECK-LABEL: dfg.graph @aliases
// CHECK-NEXT: mfc @gen generate model <"actor"> n_seqs 1 impl #[[ACTOR]]{{$}}
// CHECK-NEXT: mfc @train train_step model <"actor"> n_seqs 1 impl #[[ACTOR]]{{$}}
// CHECK-NEXT: mfc @other train_step model <"actor2"> n_seqs 1 impl #[[ACTOR2]]{{$}}
// CHECK-NEXT: mfc @ref inference model <"ref"> n_seqs 1 impl #[[FUSED]]{{$}}
// CHECK-NEXT: mfc @rew inference model <"rew"> n_seqs 1 impl <"rw", {}>{{$}}

// INLINE-NOT: = #dfg.impl
// INLINE: mfc @gen generate model <"actor"> n_seqs 1 impl <"ppo_actor", {kl_ctl = 1.000000e-01 : f64}>
dfg.graph @aliases {
  mfc @gen generate model <"actor"> n_seqs 1 impl <"ppo_actor", {kl_ctl = 0.1}>
  mfc @train train_step model <"actor"> n_seqs 1 impl <"ppo_actor", {kl_ctl = 0.1}>
  mfc @other train_step model <"actor2"> n_seqs 1 impl <"ppo_actor", {kl_ctl = 0.2}>
  mfc @ref inference model <"ref"> n_seqs 1 impl <"fused-threading", {interfaces = {}}>
  mfc @rew inference model <"rew"> n_seqs 1 impl <"rw", {}>
}
