// Asynchronous PPO: AReaL's async-ppo configuration. Rollout workers generate
// outside the graph, so the sampled sequences arrive as dataset keys; the
// trainer recomputes proximal log-probabilities and trains the actor with a
// decoupled loss. Extracted from realhf/experiments/async_exp/
// async_ppo_math_exp.py and training/configs/async-ppo.yaml (AReaL e7eda1631).
//
//   dfg-opt --dfg-pipeline examples/areal_async_ppo_math.mlir

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
        max_new_tokens = 27648 : i64,
        min_new_tokens = 0 : i64,
        n = 1 : i64,
        temperature = 1.000000e+00 : f64,
        top_k = 1000000 : i64,
        top_p = 1.000000e+00 : f64,
        use_cuda_graph = true},
    generation_size = #dfg.null,
    group_adv_norm = false,
    group_size = 16 : i64,
    kl_ctl = 0.000000e+00 : f64,
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

dfg.graph @areal_async_ppo_math attributes {source = "realhf/experiments/async_exp/async_ppo_math_exp.py (+ppo_math_exp.py, async_rl_exp.py) @ inclusionAI/AReaL@e7eda1631 (v0.3.0) + training/configs/async-ppo.yaml"} {
  mfc @actor_train train_step
      ins("packed_input_ids", "packed_logprobs", "rewards", "task_ids", "prompt_mask", "seq_no_eos_mask", "proximal_logprobs", "version_start", "version_end")
      model <"actor"> n_seqs 512 impl #impl_ppo_actor
      mb_spec <max_tokens_per_mb = 30720>
      min_n_seqs_per_pass 2.500000e-01
      log_return_value
  mfc @actor_inf inference
      ins("packed_input_ids")
      outs("proximal_logprobs")
      model <"actor"> n_seqs 512 impl #impl_ppo_actor
      mb_spec <max_tokens_per_mb = 30720>
      output_key_remap {logprobs = "proximal_logprobs"}
}
