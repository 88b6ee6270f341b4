//===- DFGDialect.td - The dfg dialect definition ----------*- tablegen -*-===//
//
// This file defines the dfg dialect, which models one training step of an
// RLHF algorithm as a dataflow graph of model function calls.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_IR_DFGDIALECT_TD
#define DFG_IR_DFGDIALECT_TD

include "mlir/IR/OpBase.td"

def DFG_Dialect : Dialect {
  let name = "dfg";
  let cppNamespace = "::dfg";
  let summary = "Dataflow graphs of model function calls for RLHF training";
  let description = [{
    AReaL and ReaLHF describe one training step of PPO, GRPO, ReMax, DPO, SFT
    and similar algorithms as a graph of *model function calls* (MFCs). Each
    MFC calls `generate`, `inference` or `train_step` on one model, reads a
    list of named data keys and writes another list of keys. A key read by
    one MFC and written by another is an edge; a key that no MFC writes is a
    *dataset key*, read from the dataset.

    A `dfg.graph` holds the MFCs of one step. It exists in two forms:

    * **Key-based form**, as AReaL defines the graph: `dfg.mfc` ops carry
      their key lists as attributes and have no operands or results.
    * **Resolved form**, produced by `dfg-resolve-edges`: every output key of
      an MFC is an SSA result of type `!dfg.key<"name">`, every input key an
      operand, and every dataset key an argument of the graph's body. The key
      a value carries is part of its type, so nothing depends on position.

    ```mlir
    dfg.graph @sft {
      mfc @train train_step ins("packed_input_ids", "prompt_mask")
          model <"default"> n_seqs 16 impl <"sft", {}>
    }
    ```

    Verification is split in two. Op verifiers check what one op can check by
    itself. Whole-graph properties (a key written twice, cycles, hooks that
    name other models, the runtime's allocation constraints) are checked by
    the `dfg-*` passes, so IR that breaks them still parses and can be shown
    with a precise diagnostic.
  }];

  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let extraClassDeclaration = [{
    /// Registers the attributes; defined next to their storage classes.
    void registerAttributes();
  }];
}

class DFG_Op<string mnemonic, list<Trait> traits = []>
    : Op<DFG_Dialect, mnemonic, traits>;

#endif // DFG_IR_DFGDIALECT_TD
