// Reward modelling: ReaLHF's rw experiment, a single train_step of a paired
// reward model on packed input ids from the dataset.
//
//   dfg-opt --dfg-pipeline examples/realhf_rw.mlir


dfg.graph @realhf_rw attributes {source = "realhf/experiments/common/rw_exp.py + examples/scripts/local/rw.sh @ openpsi-project/ReaLHF@be75fce9"} {
  mfc @rwTrain train_step
      ins("packed_input_ids")
      model <"default"> n_seqs 512 impl <"paired_rw", {}>
      log_return_value
}
