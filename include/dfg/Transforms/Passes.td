//===- Passes.td - Passes of the dfg dialect ---------------*- tablegen -*-===//
//
// This file declares the passes that resolve, verify and analyse dfg graphs.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_TRANSFORMS_PASSES_TD
#define DFG_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// Analyses
//===----------------------------------------------------------------------===//

def AnnotateAnalysesPass : Pass<"dfg-annotate-analyses", "::dfg::GraphOp"> {
  let summary = "Write the dataflow analyses of a graph as attributes";
  let description = [{
    Computes what AReaL's runtime derives from a graph and writes it into
    the IR, where FileCheck and `--export-dfg-json` can read it:

    * on each MFC: `dfg.source` (no incoming edge), `dfg.sink` (no outgoing
      edge), `dfg.role_terminal` (no strict descendant runs on the same
      role, replica ids ignored) as unit attributes, and `dfg.generation`,
      the MFC's longest distance from a source;
    * on the graph: `dfg.dataset_keys` (keys no MFC writes, in order of
      first use), `dfg.topological_generations` (MFC names grouped by
      generation, sorted by name), `dfg.data_producers` (key -> MFC) and
      `dfg.data_consumers` (key -> MFCs in list order).

    Every analysis is linear in the size of the graph, role-terminal marking
    per role. The graph must be acyclic: run `dfg-verify-acyclic` first; on
    a cycle this pass reports an error.
  }];
}

def RoleTerminalPass : Pass<"dfg-role-terminal", "::dfg::GraphOp"> {
  let summary = "Mark the MFCs that are the last use of their model's role";
  let description = [{
    Sets the unit attribute `dfg.role_terminal` on every MFC none of whose
    strict descendants runs on the same role (replica ids are ignored), and
    removes it from the others. This is where the runtime may offload or
    synchronise a model's parameters. There is no path enumeration. An MFC
    on a cycle is never terminal, and otherwise an MFC whose role has no
    other member is terminal. Each role with several members takes one
    backward walk over the strongly connected components between its
    members, so the cost is at most linear in the graph per role.
  }];
}

def TestPrintAnalysesPass : Pass<"dfg-test-print-analyses", "::dfg::GraphOp"> {
  let summary = "Print the dataflow analyses as remarks, for tests";
  let description = [{
    Emits one remark per MFC with its source, sink and role-terminal flags
    and its generation, and one remark on the graph listing the dataset
    keys. Meant for `-verify-diagnostics` tests with `expected-remark`.
  }];
}

//===----------------------------------------------------------------------===//
// Transformations
//===----------------------------------------------------------------------===//

def AttachHooksPass : Pass<"dfg-attach-hooks", "::dfg::GraphOp"> {
  let summary = "Move hook declarations onto their MFCs and validate all hooks";
  let description = [{
    Appends every `dfg.hook` declaration to the pre or post hook list of the
    MFC it names, in declaration order, and erases the declaration. Then it
    checks every hook of the graph:

    * `offload` may only be a post hook;
    * `param_realloc` names exactly one of `source` and `target`;
    * that other end is a different model from the MFC's own model and is
      the model of some MFC of the graph;
    * `eta` lies in [0, 1].
  }];
}

def ResolveEdgesPass : Pass<"dfg-resolve-edges", "::dfg::GraphOp"> {
  let summary = "Turn key-based edges into SSA dataflow";
  let description = [{
    Rewrites a graph from key-based form into resolved form. Each output key
    of an MFC becomes a result, and each input key an operand defined by the
    key's producer. Each dataset key (consumed but never produced) becomes an
    argument of the graph's body, in order of first use.

    A key produced by two MFCs is an error with a note at each producer,
    because AReaL's runtime silently keeps only the last producer's output.
    With `allow-multiple-producers` the pass keeps that behaviour instead and
    warns. A key listed twice in one MFC's inputs or outputs is an error.
    On a graph that is already resolved the pass checks the same rules and
    changes nothing.
  }];
  let options = [
    Option<"allowMultipleProducers", "allow-multiple-producers", "bool",
           /*default=*/"false",
           "Keep the last producer of a key written by several MFCs, as "
           "AReaL does, with a warning instead of an error">
  ];
}

//===----------------------------------------------------------------------===//
// Verification
//===----------------------------------------------------------------------===//

def VerifyAcyclicPass : Pass<"dfg-verify-acyclic", "::dfg::GraphOp"> {
  let summary = "Reject graphs whose dataflow has a cycle";
  let description = [{
    Reports cycles of data dependencies, self-loops included (an MFC that
    reads a key it writes itself). Each error lists every MFC of one cycle in
    order, with a note at each. Every self-loop and every strongly connected
    group of MFCs gets one error, so independent cycles show up in one run.
    AReaL never checks this: its runtime hangs or fails after launch. The
    search is iterative, so deep graphs do not exhaust the stack.
  }];
}

def VerifyRuntimePass : Pass<"dfg-verify-runtime", "::dfg::GraphOp"> {
  let summary = "Check the constraints AReaL's runtime enforces after launch";
  let description = [{
    Errors:

    * more than one `train_step` MFC on one role;
    * `train_step` MFCs with different `n_seqs`;
    * MFCs of one model (role and replica id) with different `impl`;
    * replica ids of a role that are not 0, 1, ..., n-1;
    * `n_seqs` that is not positive;
    * `mb_spec` with `n_mbs` or `max_tokens_per_mb` below 1, and
      `min_n_seqs_per_pass` that is not positive and finite.

    Warnings:

    * `evaluate` MFCs, which the runtime cannot execute;
    * output keys that no MFC consumes, written by an MFC that is not a sink
      (the runtime drops a sink's outputs on purpose);
    * dataset keys one or two edits away from a key some MFC writes, which
      are most often typos.
  }];
}

#endif // DFG_TRANSFORMS_PASSES_TD
