#!/usr/bin/env python3
"""Write benchmark dataflow graphs in the corpus JSON schema.

Usage:
  gen_graphs.py ladder --rungs N -o FILE       diamond ladder of N rungs (2N + 2 MFCs)
  gen_graphs.py ppo --copies K -o FILE         chain of K PPO steps (6K MFCs)
  gen_graphs.py wide --mfcs N [--seed S] -o FILE
                                               random acyclic graph of N MFCs
Each command also takes --single-line, which writes the JSON on one line.

Every graph passes `dfg-opt --dfg-pipeline` without errors or warnings. MFC names and
produced keys are unique, and at most one train_step runs per role. All train_step
calls have the same n_seqs, the replica ids of a role are 0..n-1, and every call of one
model has the same interface_impl. Hooks are valid, and every output key of an MFC that
is not a sink has a consumer. The same arguments always give the same file.
"""

import argparse
import json
import random
import sys

TRAIN_N_SEQS = 256
DEFAULT_MB_SPEC = {"n_mbs": 1, "max_tokens_per_mb": 10**12}


def make_mfc(name, interface_type, impl, role, replica_id, input_keys, output_keys,
             n_seqs=TRAIN_N_SEQS, pre_hooks=(), post_hooks=(), mb_spec=None):
    """Return one MFC record with every field of the schema written out."""
    return {
        "name": name,
        "n_seqs": n_seqs,
        "interface_type": interface_type,
        "interface_impl": impl,
        "model_name": {"role": role, "replica_id": replica_id},
        "input_keys": list(input_keys),
        "output_keys": list(output_keys),
        "input_key_remap": {},
        "output_key_remap": {},
        "mb_spec": dict(mb_spec or DEFAULT_MB_SPEC),
        "min_n_seqs_per_pass": 1,
        "log_return_value": False,
        "pre_hooks": list(pre_hooks),
        "post_hooks": list(post_hooks),
    }


def realloc_hook(direction, role, replica_id, eta=1.0):
    """Return a param_realloc hook whose other end (direction "source" or "target") is role@replica_id."""
    hook = {"kind": "param_realloc", "source": None, "target": None, "eta": eta}
    hook[direction] = {"role": role, "replica_id": replica_id}
    return hook


OFFLOAD_HOOK = {"kind": "offload"}


def diamond_ladder(rungs):
    """Return a diamond ladder: n0 -> n1a, n1b -> n2a, n2b -> ... -> nNa, nNb -> sink.

    Rung i has two MFCs that both read the two keys of rung i - 1, so the number of paths
    from n0 to the sink is 2**rungs. Every MFC runs on its own role, except that the
    source (generate) and the sink (train_step) share the role "policy". The
    role-terminal analysis of n0 therefore has to look through the whole ladder.
    """
    impl = {"type_": "ladder", "args": {}}
    mfcs = [make_mfc("n0", "generate", impl, "policy", 0, ["prompt"], ["l0", "l0b"])]
    previous = ["l0", "l0b"]
    for rung in range(1, rungs + 1):
        keys = [f"l{rung}", f"l{rung}b"]
        for side, key in zip("ab", keys):
            mfcs.append(make_mfc(f"n{rung}{side}", "inference", impl, f"role_{rung}{side}", 0,
                                 previous, [key]))
        previous = keys
    mfcs.append(make_mfc("sink", "train_step", impl, "policy", 0, previous, []))
    return {"graph": f"diamond_ladder_{rungs}", "source": "synthetic (bench/gen_graphs.py)",
            "mfcs": mfcs}


def ppo_chain(copies):
    """Return K copies of the 6-MFC PPO step of ReaLHF's ppo_exp, chained one after another.

    Copy k uses keys and MFC names suffixed with _k. Its actor and critic roles are its
    own (a role runs at most one train_step), while the "ref" and "reward" roles are
    shared by all copies, so only the last copy's ref_inf and rew_inf are role-terminal.
    actor_train of copy k writes train_stats_k, which actor_gen of copy k + 1 reads, so
    the copies form one chain.
    """
    actor_impl = {"type_": "ppo_actor", "args": {"kl_ctl": 0.1, "eps_clip": 0.2,
                                                "generation_config": {"max_new_tokens": 1024,
                                                                      "temperature": 1.0}}}
    critic_impl = {"type_": "ppo_critic", "args": {"value_eps_clip": 0.2}}
    reward_impl = {"type_": "paired_rw", "args": {}}
    mb_spec = {"n_mbs": 2, "max_tokens_per_mb": 30720}

    mfcs = []
    for copy in range(copies):
        def key(name):
            return f"{name}_{copy}"

        actor, critic = f"actor_{copy}", f"critic_{copy}"
        gen_inputs = [key("packed_prompts")]
        if copy > 0:
            gen_inputs.append(f"train_stats_{copy - 1}")
        gen_outputs = [key(k) for k in ("seq_no_eos_mask", "packed_input_ids", "packed_logprobs",
                                         "prompt_mask", "packed_logits_mask")]
        train_inputs = [key(k) for k in ("packed_input_ids", "packed_logprobs", "packed_ref_logprobs",
                                          "rewards", "values", "prompt_mask", "seq_no_eos_mask",
                                          "packed_logits_mask")]
        # The last copy's actor_train is a sink, whose outputs the runtime drops on purpose.
        train_outputs = [key("train_stats")]

        mfcs += [
            make_mfc(key("actor_gen"), "generate", actor_impl, actor, 0, gen_inputs, gen_outputs,
                     pre_hooks=[realloc_hook("source", actor, 1)],
                     post_hooks=[realloc_hook("target", actor, 1)], mb_spec=mb_spec),
            make_mfc(key("actor_train"), "train_step", actor_impl, actor, 1, train_inputs,
                     train_outputs, mb_spec=mb_spec),
            make_mfc(key("ref_inf"), "inference", actor_impl, "ref", 0,
                     [key("packed_input_ids"), key("packed_logits_mask")],
                     [key("packed_ref_logprobs")], post_hooks=[OFFLOAD_HOOK], mb_spec=mb_spec),
            make_mfc(key("rew_inf"), "inference", reward_impl, "reward", 0,
                     [key("packed_input_ids")], [key("rewards")], post_hooks=[OFFLOAD_HOOK],
                     mb_spec=mb_spec),
            make_mfc(key("critic_inf"), "inference", critic_impl, critic, 0,
                     [key("packed_input_ids"), key("seq_no_eos_mask")], [key("values")],
                     mb_spec=mb_spec),
            make_mfc(key("critic_train"), "train_step", critic_impl, critic, 0,
                     train_inputs[:-1], [], mb_spec=mb_spec),
        ]
    return {"graph": f"ppo_chain_{copies}", "source": "synthetic (bench/gen_graphs.py)",
            "mfcs": mfcs}


def wide_random(count, seed, role_count=6, max_replicas=3, dataset_key_count=8):
    """Return a random acyclic graph of `count` MFCs with about 3 inputs each.

    MFC i writes the single key k{i} and reads 2 to 4 distinct keys of earlier MFCs,
    picked uniformly, so the graph is acyclic, shallow and wide. The first MFCs read
    dataset keys instead. Each of the few roles has 1 to max_replicas replicas and one
    interface_impl. The last MFC of each role is its train_step; the others are
    generate or inference calls, some with offload or param_realloc hooks.
    """
    if count < role_count * max_replicas:
        raise ValueError(f"a wide graph needs at least {role_count * max_replicas} MFCs, "
                         f"so that every replica runs, not {count}")
    rng = random.Random(seed)
    roles = [f"role{index}" for index in range(role_count)]
    replica_counts = {role: rng.randint(1, max_replicas) for role in roles}
    impls = {role: {"type_": f"impl_{role}", "args": {"seed": seed, "scale": rng.random(),
                                                      "options": {"fused": index % 2 == 0}}}
             for index, role in enumerate(roles)}

    # Deal the MFCs round-robin over the (role, replica) pairs, so that every replica of
    # every role runs at least one MFC: replica ids stay contiguous and realloc hooks
    # always name a model of the graph.
    models = [(role, replica) for role in roles for replica in range(replica_counts[role])]
    assignment = [models[index % len(models)] for index in range(count)]
    rng.shuffle(assignment)
    last_of_role = {role: index for index, (role, _) in enumerate(assignment)}
    train_positions = set(last_of_role.values())

    dataset_keys = [f"data{index}" for index in range(dataset_key_count)]
    mfcs = []
    for index, (role, replica) in enumerate(assignment):
        fan_in = rng.randint(2, 4)
        if index < fan_in:
            input_keys = rng.sample(dataset_keys, fan_in)
        else:
            input_keys = [f"k{parent}" for parent in rng.sample(range(index), fan_in)]

        pre_hooks, post_hooks = [], []
        if index in train_positions:
            interface_type, n_seqs = "train_step", TRAIN_N_SEQS
        else:
            interface_type = "generate" if rng.random() < 0.2 else "inference"
            n_seqs = rng.choice([64, 128, 256, 512])
            draw = rng.random()
            if draw < 0.05:
                post_hooks.append(OFFLOAD_HOOK)
            elif draw < 0.08 and replica_counts[role] > 1:
                other = (replica + 1) % replica_counts[role]
                pre_hooks.append(realloc_hook("source", role, other))
                post_hooks.append(realloc_hook("target", role, other, eta=0.5))

        mfcs.append(make_mfc(f"m{index}", interface_type, impls[role], role, replica,
                             input_keys, [f"k{index}"], n_seqs=n_seqs,
                             pre_hooks=pre_hooks, post_hooks=post_hooks))
    return {"graph": f"wide_random_{count}_seed{seed}", "source": "synthetic (bench/gen_graphs.py)",
            "mfcs": mfcs}


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="kind", required=True)

    ladder = commands.add_parser("ladder", help="diamond ladder with a shared source and sink role")
    ladder.add_argument("--rungs", type=int, required=True, help="number of rungs (>= 1)")

    ppo = commands.add_parser("ppo", help="chain of PPO steps")
    ppo.add_argument("--copies", type=int, required=True, help="number of PPO steps (>= 1)")

    wide = commands.add_parser("wide", help="wide random acyclic graph")
    wide.add_argument("--mfcs", type=int, required=True,
                      help="number of MFCs (at least 18, so that every replica of a role runs)")
    wide.add_argument("--seed", type=int, default=1, help="random seed (default 1)")

    for command in (ladder, ppo, wide):
        command.add_argument("-o", "--output", required=True, help="JSON file to write")
        command.add_argument("--single-line", action="store_true",
                             help="write the whole graph on one line instead of indenting "
                                  "it by one space per level, as the corpus files are")
    return parser.parse_args(argv)


def main(argv):
    arguments = parse_arguments(argv)
    if arguments.kind == "ladder":
        if arguments.rungs < 1:
            sys.exit("gen_graphs.py: --rungs must be at least 1")
        graph = diamond_ladder(arguments.rungs)
    elif arguments.kind == "ppo":
        if arguments.copies < 1:
            sys.exit("gen_graphs.py: --copies must be at least 1")
        graph = ppo_chain(arguments.copies)
    else:
        try:
            graph = wide_random(arguments.mfcs, arguments.seed)
        except ValueError as error:
            sys.exit(f"gen_graphs.py: {error}")

    with open(arguments.output, "w", encoding="utf-8") as output:
        if arguments.single_line:
            json.dump(graph, output, separators=(",", ":"))
        else:
            json.dump(graph, output, indent=1)
        output.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
