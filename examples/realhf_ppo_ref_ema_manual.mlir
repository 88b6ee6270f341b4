// PPO with an exponential moving average of the reference model: ReaLHF's
// ppo_ref_ema example with a manual allocation. After each training step the
// actor's parameters are blended into the reference model with eta 0.001.
// The hooks are written as standalone hook declarations, as AReaL's code adds
// them after creating the MFCs; dfg-attach-hooks moves them onto the MFCs.
//
//   dfg-opt --dfg-pipeline examples/realhf_ppo_ref_ema_manual.mlir

#impl_paired_rw = #dfg.impl<"paired_rw", {
    enable_save = false,
    output_bias = 0.000000e+00 : f64,
    output_scaling = 1.000000e+01 : f64}>
#impl_ppo_actor = #dfg.impl<"ppo_actor", {
    adaptive_kl_ctl = false,
    adv_norm = true,
    discount = 1.000000e+00 : f64,
    early_stop_imp_ratio = 5.000000e+00 : f64,
    eps_clip = 2.000000e-01 : f64,
    gae_lambda = 1.000000e+00 : f64,
    generation_config = {
        force_cudagraph_recapture = true,
        force_no_logits_mask = false,
        greedy = false,
        max_new_tokens = 512 : i64,
        min_new_tokens = 512 : i64,
        temperature = 1.000000e+00 : f64,
        top_k = 1000 : i64,
        top_p = 9.000000e-01 : f64,
        use_cuda_graph = false},
    kl_ctl = 1.000000e-01 : f64,
    max_reward_clip = 2.000000e+01 : f64,
    n_minibatches = 4 : i64,
    value_eps_clip = 2.000000e-01 : f64,
    value_norm = true,
    value_norm_beta = 9.999500e-01 : f64,
    value_norm_eps = 1.000000e-05 : f64,
    value_norm_type = "exp"}>
#impl_ppo_actor1 = #dfg.impl<"ppo_actor", {
    adaptive_kl_ctl = false,
    adv_norm = true,
    discount = 1.000000e+00 : f64,
    early_stop_imp_ratio = 5.000000e+00 : f64,
    enable_save = false,
    eps_clip = 2.000000e-01 : f64,
    gae_lambda = 1.000000e+00 : f64,
    generation_config = {
        force_cudagraph_recapture = true,
        force_no_logits_mask = false,
        greedy = false,
        max_new_tokens = 512 : i64,
        min_new_tokens = 512 : i64,
        temperature = 1.000000e+00 : f64,
        top_k = 1000 : i64,
        top_p = 9.000000e-01 : f64,
        use_cuda_graph = false},
    kl_ctl = 1.000000e-01 : f64,
    max_reward_clip = 2.000000e+01 : f64,
    n_minibatches = 4 : i64,
    value_eps_clip = 2.000000e-01 : f64,
    value_norm = true,
    value_norm_beta = 9.999500e-01 : f64,
    value_norm_eps = 1.000000e-05 : f64,
    value_norm_type = "exp"}>
#impl_ppo_critic = #dfg.impl<"ppo_critic", {
    adaptive_kl_ctl = false,
    discount = 1.000000e+00 : f64,
    gae_lambda = 1.000000e+00 : f64,
    kl_ctl = 1.000000e-01 : f64,
    max_reward_clip = 2.000000e+01 : f64,
    n_minibatches = 4 : i64,
    value_eps_clip = 2.000000e-01 : f64,
    value_norm = true,
    value_norm_beta = 9.999500e-01 : f64,
    value_norm_eps = 1.000000e-05 : f64,
    value_norm_type = "exp"}>

dfg.graph @realhf_ppo_ref_ema_manual attributes {source = "examples/customized_exp/ppo_ref_ema.py + scripts/run_ppo_ref_ema.sh @ openpsi-project/ReaLHF@be75fce9"} {
  mfc @actor_gen generate
      ins("packed_prompts")
      outs("seq_no_eos_mask", "packed_input_ids", "packed_logprobs", "prompt_mask", "packed_logits_mask")
      model <"actor"> n_seqs 128 impl #impl_ppo_actor
  mfc @actor_train train_step
      ins("packed_input_ids", "packed_logprobs", "packed_ref_logprobs", "rewards", "values", "prompt_mask", "seq_no_eos_mask", "packed_logits_mask")
      model <"actor", 1> n_seqs 128 impl #impl_ppo_actor
      log_return_value
  mfc @critic_inf inference
      ins("packed_input_ids", "seq_no_eos_mask")
      outs("values")
      model <"critic"> n_seqs 128 impl #impl_ppo_critic
  mfc @critic_train train_step
      ins("packed_input_ids", "packed_logprobs", "packed_ref_logprobs", "rewards", "values", "prompt_mask", "seq_no_eos_mask")
      model <"critic", 1> n_seqs 128 impl #impl_ppo_critic
      log_return_value
  mfc @ref_inf inference
      ins("packed_input_ids", "packed_logits_mask")
      outs("packed_ref_logprobs")
      model <"ref"> n_seqs 128 impl #impl_ppo_actor1
  mfc @rew_inf inference
      ins("packed_input_ids")
      outs("rewards")
      model <"reward"> n_seqs 128 impl #impl_paired_rw

  // Parameter reallocation: generation and critic inference run on replica 0,
  // training on replica 1, so the weights move before and after each call.
  hook pre @actor_gen #dfg.param_realloc<source = <"actor", 1>>
  hook post @actor_gen #dfg.param_realloc<target = <"actor", 1>>
  hook pre @critic_inf #dfg.param_realloc<source = <"critic", 1>>
  hook post @critic_inf #dfg.param_realloc<target = <"critic", 1>>
  // Reference EMA: after training, blend the actor into the reference model.
  hook post @actor_train #dfg.param_realloc<target = <"ref">, eta = 0.001>
  // The reward model leaves the GPU after its call.
  hook post @rew_inf #dfg.offload
}
