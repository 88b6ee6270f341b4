// RUN: dfg-opt %s --dfg-role-terminal | FileCheck %s
// RUN: dfg-opt %s --dfg-role-terminal | dfg-opt | FileCheck %s

// Ladders of diamonds: rung i has @a<i> on the critic role and @b<i> on the
// ref role, and both read the two outputs of rung i-1, so the number of
// paths from @n0 doubles with every rung. AReaL's own code follows every
// path below an MFC until it finds the MFC's role, which never happens for
// @n0 (the only actor MFC): it follows 2^20 paths on the first ladder and
// would need 2^64 on the second. dfg's marking is linear in the graph, so
// both finish at once.
//
// Expected: @n0 is terminal (no actor MFC below it), every @a<i> is not (the
// next critic MFC, or @sink, is below it), every @b<i> is not except the last
// (the next ref MFC is below it), and @sink is terminal.

// CHECK-LABEL: dfg.graph @ladder_20_rungs {
// CHECK-NEXT: mfc @n0 {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @a1 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b1 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a2 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b2 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a3 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b3 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a4 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b4 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a5 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b5 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a6 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b6 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a7 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b7 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a8 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b8 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a9 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b9 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a10 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b10 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a11 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b11 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a12 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b12 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a13 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b13 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a14 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b14 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a15 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b15 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a16 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b16 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a17 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b17 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a18 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b18 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a19 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b19 {{.*}}>{{$}}
// CHECK-NEXT: mfc @a20 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b20 {{.*}}> {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @sink {{.*}} {dfg.role_terminal}{{$}}
dfg.graph @ladder_20_rungs {
  mfc @n0 generate ins("prompt") outs("l0") model <"actor"> n_seqs 4 impl <"x", {}>
  mfc @a1 inference ins("l0") outs("a1") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b1 inference ins("l0") outs("b1") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a2 inference ins("a1", "b1") outs("a2") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b2 inference ins("a1", "b1") outs("b2") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a3 inference ins("a2", "b2") outs("a3") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b3 inference ins("a2", "b2") outs("b3") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a4 inference ins("a3", "b3") outs("a4") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b4 inference ins("a3", "b3") outs("b4") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a5 inference ins("a4", "b4") outs("a5") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b5 inference ins("a4", "b4") outs("b5") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a6 inference ins("a5", "b5") outs("a6") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b6 inference ins("a5", "b5") outs("b6") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a7 inference ins("a6", "b6") outs("a7") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b7 inference ins("a6", "b6") outs("b7") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a8 inference ins("a7", "b7") outs("a8") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b8 inference ins("a7", "b7") outs("b8") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a9 inference ins("a8", "b8") outs("a9") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b9 inference ins("a8", "b8") outs("b9") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a10 inference ins("a9", "b9") outs("a10") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b10 inference ins("a9", "b9") outs("b10") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a11 inference ins("a10", "b10") outs("a11") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b11 inference ins("a10", "b10") outs("b11") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a12 inference ins("a11", "b11") outs("a12") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b12 inference ins("a11", "b11") outs("b12") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a13 inference ins("a12", "b12") outs("a13") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b13 inference ins("a12", "b12") outs("b13") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a14 inference ins("a13", "b13") outs("a14") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b14 inference ins("a13", "b13") outs("b14") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a15 inference ins("a14", "b14") outs("a15") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b15 inference ins("a14", "b14") outs("b15") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a16 inference ins("a15", "b15") outs("a16") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b16 inference ins("a15", "b15") outs("b16") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a17 inference ins("a16", "b16") outs("a17") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b17 inference ins("a16", "b16") outs("b17") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a18 inference ins("a17", "b17") outs("a18") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b18 inference ins("a17", "b17") outs("b18") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a19 inference ins("a18", "b18") outs("a19") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b19 inference ins("a18", "b18") outs("b19") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a20 inference ins("a19", "b19") outs("a20") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b20 inference ins("a19", "b19") outs("b20") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @sink train_step ins("a20", "b20") model <"critic"> n_seqs 4 impl <"x", {}>
}

// CHECK-LABEL: dfg.graph @ladder_64_rungs {
// CHECK-NEXT: mfc @n0 {{.*}} {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @a1 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b1 {{.*}}>{{$}}
// CHECK: mfc @a32 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b32 {{.*}}>{{$}}
// CHECK: mfc @a63 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b63 {{.*}}>{{$}}
// CHECK: mfc @a64 {{.*}}>{{$}}
// CHECK-NEXT: mfc @b64 {{.*}}> {dfg.role_terminal}{{$}}
// CHECK-NEXT: mfc @sink {{.*}} {dfg.role_terminal}{{$}}
dfg.graph @ladder_64_rungs {
  mfc @n0 generate ins("prompt") outs("l0") model <"actor"> n_seqs 4 impl <"x", {}>
  mfc @a1 inference ins("l0") outs("a1") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b1 inference ins("l0") outs("b1") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a2 inference ins("a1", "b1") outs("a2") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b2 inference ins("a1", "b1") outs("b2") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a3 inference ins("a2", "b2") outs("a3") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b3 inference ins("a2", "b2") outs("b3") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a4 inference ins("a3", "b3") outs("a4") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b4 inference ins("a3", "b3") outs("b4") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a5 inference ins("a4", "b4") outs("a5") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b5 inference ins("a4", "b4") outs("b5") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a6 inference ins("a5", "b5") outs("a6") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b6 inference ins("a5", "b5") outs("b6") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a7 inference ins("a6", "b6") outs("a7") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b7 inference ins("a6", "b6") outs("b7") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a8 inference ins("a7", "b7") outs("a8") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b8 inference ins("a7", "b7") outs("b8") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a9 inference ins("a8", "b8") outs("a9") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b9 inference ins("a8", "b8") outs("b9") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a10 inference ins("a9", "b9") outs("a10") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b10 inference ins("a9", "b9") outs("b10") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a11 inference ins("a10", "b10") outs("a11") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b11 inference ins("a10", "b10") outs("b11") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a12 inference ins("a11", "b11") outs("a12") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b12 inference ins("a11", "b11") outs("b12") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a13 inference ins("a12", "b12") outs("a13") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b13 inference ins("a12", "b12") outs("b13") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a14 inference ins("a13", "b13") outs("a14") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b14 inference ins("a13", "b13") outs("b14") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a15 inference ins("a14", "b14") outs("a15") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b15 inference ins("a14", "b14") outs("b15") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a16 inference ins("a15", "b15") outs("a16") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b16 inference ins("a15", "b15") outs("b16") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a17 inference ins("a16", "b16") outs("a17") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b17 inference ins("a16", "b16") outs("b17") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a18 inference ins("a17", "b17") outs("a18") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b18 inference ins("a17", "b17") outs("b18") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a19 inference ins("a18", "b18") outs("a19") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b19 inference ins("a18", "b18") outs("b19") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a20 inference ins("a19", "b19") outs("a20") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b20 inference ins("a19", "b19") outs("b20") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a21 inference ins("a20", "b20") outs("a21") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b21 inference ins("a20", "b20") outs("b21") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a22 inference ins("a21", "b21") outs("a22") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b22 inference ins("a21", "b21") outs("b22") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a23 inference ins("a22", "b22") outs("a23") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b23 inference ins("a22", "b22") outs("b23") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a24 inference ins("a23", "b23") outs("a24") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b24 inference ins("a23", "b23") outs("b24") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a25 inference ins("a24", "b24") outs("a25") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b25 inference ins("a24", "b24") outs("b25") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a26 inference ins("a25", "b25") outs("a26") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b26 inference ins("a25", "b25") outs("b26") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a27 inference ins("a26", "b26") outs("a27") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b27 inference ins("a26", "b26") outs("b27") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a28 inference ins("a27", "b27") outs("a28") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b28 inference ins("a27", "b27") outs("b28") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a29 inference ins("a28", "b28") outs("a29") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b29 inference ins("a28", "b28") outs("b29") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a30 inference ins("a29", "b29") outs("a30") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b30 inference ins("a29", "b29") outs("b30") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a31 inference ins("a30", "b30") outs("a31") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b31 inference ins("a30", "b30") outs("b31") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a32 inference ins("a31", "b31") outs("a32") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b32 inference ins("a31", "b31") outs("b32") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a33 inference ins("a32", "b32") outs("a33") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b33 inference ins("a32", "b32") outs("b33") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a34 inference ins("a33", "b33") outs("a34") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b34 inference ins("a33", "b33") outs("b34") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a35 inference ins("a34", "b34") outs("a35") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b35 inference ins("a34", "b34") outs("b35") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a36 inference ins("a35", "b35") outs("a36") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b36 inference ins("a35", "b35") outs("b36") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a37 inference ins("a36", "b36") outs("a37") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b37 inference ins("a36", "b36") outs("b37") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a38 inference ins("a37", "b37") outs("a38") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b38 inference ins("a37", "b37") outs("b38") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a39 inference ins("a38", "b38") outs("a39") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b39 inference ins("a38", "b38") outs("b39") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a40 inference ins("a39", "b39") outs("a40") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b40 inference ins("a39", "b39") outs("b40") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a41 inference ins("a40", "b40") outs("a41") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b41 inference ins("a40", "b40") outs("b41") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a42 inference ins("a41", "b41") outs("a42") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b42 inference ins("a41", "b41") outs("b42") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a43 inference ins("a42", "b42") outs("a43") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b43 inference ins("a42", "b42") outs("b43") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a44 inference ins("a43", "b43") outs("a44") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b44 inference ins("a43", "b43") outs("b44") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a45 inference ins("a44", "b44") outs("a45") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b45 inference ins("a44", "b44") outs("b45") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a46 inference ins("a45", "b45") outs("a46") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b46 inference ins("a45", "b45") outs("b46") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a47 inference ins("a46", "b46") outs("a47") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b47 inference ins("a46", "b46") outs("b47") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a48 inference ins("a47", "b47") outs("a48") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b48 inference ins("a47", "b47") outs("b48") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a49 inference ins("a48", "b48") outs("a49") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b49 inference ins("a48", "b48") outs("b49") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a50 inference ins("a49", "b49") outs("a50") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b50 inference ins("a49", "b49") outs("b50") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a51 inference ins("a50", "b50") outs("a51") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b51 inference ins("a50", "b50") outs("b51") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a52 inference ins("a51", "b51") outs("a52") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b52 inference ins("a51", "b51") outs("b52") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a53 inference ins("a52", "b52") outs("a53") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b53 inference ins("a52", "b52") outs("b53") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a54 inference ins("a53", "b53") outs("a54") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b54 inference ins("a53", "b53") outs("b54") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a55 inference ins("a54", "b54") outs("a55") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b55 inference ins("a54", "b54") outs("b55") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a56 inference ins("a55", "b55") outs("a56") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b56 inference ins("a55", "b55") outs("b56") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a57 inference ins("a56", "b56") outs("a57") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b57 inference ins("a56", "b56") outs("b57") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a58 inference ins("a57", "b57") outs("a58") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b58 inference ins("a57", "b57") outs("b58") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a59 inference ins("a58", "b58") outs("a59") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b59 inference ins("a58", "b58") outs("b59") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a60 inference ins("a59", "b59") outs("a60") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b60 inference ins("a59", "b59") outs("b60") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a61 inference ins("a60", "b60") outs("a61") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b61 inference ins("a60", "b60") outs("b61") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a62 inference ins("a61", "b61") outs("a62") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b62 inference ins("a61", "b61") outs("b62") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a63 inference ins("a62", "b62") outs("a63") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b63 inference ins("a62", "b62") outs("b63") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @a64 inference ins("a63", "b63") outs("a64") model <"critic"> n_seqs 4 impl <"x", {}>
  mfc @b64 inference ins("a63", "b63") outs("b64") model <"ref"> n_seqs 4 impl <"x", {}>
  mfc @sink train_step ins("a64", "b64") model <"critic"> n_seqs 4 impl <"x", {}>
}
