// Supervised fine-tuning: AReaL's sft experiment, a single train_step that
// reads packed sequences and prompt masks from the dataset.
//
//   dfg-opt --dfg-pipeline examples/areal_sft.mlir


dfg.graph @areal_sft attributes {source = "realhf/experiments/common/sft_exp.py + training/configs/sft.yaml @ inclusionAI/AReaL@e7eda1631 (v0.3.0)"} {
  mfc @trainDefault train_step
      ins("packed_input_ids", "prompt_mask")
      model <"default"> n_seqs 16 impl <"sft", {}>
      mb_spec <max_tokens_per_mb = 32768>
      log_return_value
}
