// GRPO-style training: AReaL's ppo-math experiment without a critic
// (disable_value), with group size 8 and the behaviour log-probabilities
// recomputed by a separate inference call on the trained actor. Generation
// runs on a second actor replica (actor@1), which receives the trained
// weights through param_realloc hooks before the call and returns them after.
//
//   dfg-opt --dfg-pipeline examples/areal_ppo_math_grpo_recompute.mlir

#impl_fused-threading = #dfg.impl<"fused-threading", {
    interfaces = {
        ref = {
            args = {
                adaptive_kl_ctl = false,
                adv_norm = true,
                behav_imp_weight_cap = #dfg.null,
                c_clip = #dfg.null,
                disable_value = true,
                discount = 1.000000e+00 : f64,
                early_stop_imp_ratio = 5.000000e+00 : f64,
                enable_save = false,
                eps_clip = 2.000000e-01 : f64,
                gae_lambda = 1.000000e+00 : f64,
                generation_config = {
                    force_cudagraph_recapture = true,
                    force_no_logits_mask = true,
                    greedy = false,
                    max_new_tokens = 16384 : i64,
                    min_new_tokens = 0 : i64,
                    n = 1 : i64,
                    temperature = 1.000000e+00 : f64,
                    top_k = 100000000 : i64,
                    top_p = 1.000000e+00 : f64,
                    use_cuda_graph = true},
                generation_size = #dfg.null,
                group_adv_norm = false,
                group_size = 8 : i64,
                kl_ctl = 1.000000e-01 : f64,
                mask_no_eos_with_zero = false,
                mask_too_long = false,
                max_reward_clip = 2.000000e+01 : f64,
                n_minibatches = 4 : i64,
                sample_reuse = 1 : i64,
                value_eps_clip = 2.000000e-01 : f64,
                value_norm = true,
                value_norm_beta = 9.999500e-01 : f64,
                value_norm_eps = 1.000000e-05 : f64,
                value_norm_type = "exp"},
            type_ = "ppo_actor"},
        rew = {
            args = {
                check_verifier_status = false,
                check_xml_format = false,
                dataset_path = "",
                group_size = 8 : i64,
                output_bias = 0.000000e+00 : f64,
                output_scaling = 1.000000e+00 : f64,
                rw_type = "sparse",
                tokenizer_path = ""},
            type_ = "rw-math-code"}}}>
#impl_ppo_actor = #dfg.impl<"ppo_actor", {
    adaptive_kl_ctl = false,
    adv_norm = true,
    behav_imp_weight_cap = #dfg.null,
    c_clip = #dfg.null,
    disable_value = true,
    discount = 1.000000e+00 : f64,
    early_stop_imp_ratio = 5.000000e+00 : f64,
    eps_clip = 2.000000e-01 : f64,
    gae_lambda = 1.000000e+00 : f64,
    generation_config = {
        force_cudagraph_recapture = true,
        force_no_logits_mask = true,
        greedy = false,
        max_new_tokens = 16384 : i64,
        min_new_tokens = 0 : i64,
        n = 1 : i64,
        temperature = 1.000000e+00 : f64,
        top_k = 100000000 : i64,
        top_p = 1.000000e+00 : f64,
        use_cuda_graph = true},
    generation_size = #dfg.null,
    group_adv_norm = false,
    group_size = 8 : i64,
    kl_ctl = 1.000000e-01 : f64,
    mask_no_eos_with_zero = false,
    mask_too_long = false,
    max_reward_clip = 2.000000e+01 : f64,
    n_minibatches = 4 : i64,
    sample_reuse = 1 : i64,
    value_eps_clip = 2.000000e-01 : f64,
    value_norm = true,
    value_norm_beta = 9.999500e-01 : f64,
    value_norm_eps = 1.000000e-05 : f64,
    value_norm_type = "exp"}>

dfg.graph @areal_ppo_math_grpo_recompute attributes {source = "realhf/experiments/common/ppo_math_exp.py @ inclusionAI/AReaL@e7eda1631 (v0.3.0)"} {
  mfc @actor_gen generate
      ins("packed_prompts", "task_ids")
      outs("seq_no_eos_mask", "packed_input_ids", "prompt_mask")
      model <"actor", 1> n_seqs 256 impl #impl_ppo_actor
      pre_hooks [#dfg.param_realloc<source = <"actor">>]
      post_hooks [#dfg.param_realloc<target = <"actor">>]
  mfc @actor_train train_step
      ins("packed_input_ids", "packed_logprobs", "packed_ref_logprobs", "rewards", "task_ids", "prompt_mask", "seq_no_eos_mask")
      model <"actor"> n_seqs 256 impl #impl_ppo_actor
      min_n_seqs_per_pass 5.000000e-01
      log_return_value
  mfc @ref_inf inference
      ins("packed_input_ids", "packed_prompts", "task_ids")
      outs("packed_ref_logprobs", "rewards")
      model <"ref"> n_seqs 256 impl #impl_fused-threading
      min_n_seqs_per_pass 1.250000e-01
      output_key_remap {logprobs = "packed_ref_logprobs"}
      post_hooks [#dfg.offload]
  mfc @actor_inf inference
      ins("packed_input_ids")
      outs("packed_logprobs")
      model <"actor"> n_seqs 256 impl #impl_ppo_actor
      output_key_remap {logprobs = "packed_logprobs"}
}
