// RUN: dfg-opt %s | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --mlir-print-op-generic | dfg-opt | FileCheck %s
// RUN: dfg-opt %s --emit-bytecode | dfg-opt | FileCheck %s

// CHECK-LABEL: dfg.graph @key_form
// CHECK: mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
dfg.graph @key_form {
  mfc @gen generate ins("prompt") outs("seq") model <"actor"> n_seqs 8 impl <"x", {}>
}
