#!/usr/bin/env python3
"""Differential test of dfg's analyses against reference_dfg.py on random acyclic graphs.

Usage: random_graphs.py --reference PATH [--seed N] [--count N] [--work-dir DIR]

The script generates --count graphs from --seed and writes them to one file for dfg
({"graphs": [...]}) and to one file per graph for the reference. It runs

  dfg-translate --import-dfg-json | dfg-opt ANALYSIS_PASSES | dfg-translate --export-dfg-json

once on the batch, with the tools found on PATH, and the reference once on all graph
files. The analysis passes keep the reference's rule that the last producer of a key
wins. Each exported graph is then compared with its input and with the reference, by the
rules of ../Corpus/export_compare.py. Every mismatch is printed with the graph's JSON.
The last line is "differential: N graphs, M mismatches", where M counts the graphs
with at least one differing field. Exit status: 0 without mismatches, 1 with mismatches,
2 when the tools or the reference cannot be run.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Corpus"))

import export_compare  # noqa: E402  (imported after the sys.path insert above)

ANALYSIS_PASSES = [
    "--dfg-resolve-edges=allow-multiple-producers=true",
    "--dfg-verify-acyclic",
    "--dfg-annotate-analyses",
]

# Maximum time in seconds for one tool process, on the batch or on a single graph.
TOOL_TIMEOUT_SECONDS = 300

# Name parts mix case, digits and punctuation, so that a case-insensitive or numeric sort
# gives another order than the code point order that dfg must use ("B" < "_" < "a",
# "x10" < "x2"). A few names end in a non-ASCII letter.
NAME_PARTS = ["actor", "Actor", "critic", "ref", "rew", "gen", "train", "inf", "a", "B", "b", "Z", "z", "x"]
NAME_SEPARATORS = ["", "_", "-", "."]
NAME_SUFFIXES = ["", "", "0", "1", "2", "10", "_1"]
NON_ASCII_SUFFIXES = ["\u00e9", "\u03bb"]
KEY_PARTS = ["packed_input_ids", "logprobs", "rewards", "values", "mask", "seq", "Prompt", "task_ids", "x", "Y"]
ROLES = ["actor", "critic", "ref", "reward", "Actor", "default"]
INTERFACE_TYPES = ["generate", "inference", "train_step"]
IMPL_TYPES = ["ppo_actor", "ppo_critic", "rw-math-code", "fused-threading", "null", ""]

# Scalars that interface_impl.args must carry through unchanged: large and negative
# integers, floats near the limits of a double, and strings that need escapes.
# random_arg_value adds floats from rng.random(), which need up to 17 significant digits.
ARG_SCALARS = [
    0, 1, -3, 256, 10**12, 2**62, 0.1, 1e-05, 0.99995, 3.0, -2.5, 1e300, 1e-300,
    True, False, None, "", "sparse", 'quote " and backslash \\', "line\nbreak", "\u00fcn\u00efcode",
]


# ---------------------------------------------------------------------------
# Graph generation
# ---------------------------------------------------------------------------


def random_name(rng: random.Random, parts: list[str], used: set[str]) -> str:
    """Return a new name built from parts that is not in used, and add it to used."""
    while True:
        name = rng.choice(parts)
        if rng.random() < 0.5:
            name += rng.choice(NAME_SEPARATORS) + rng.choice(parts)
        name += rng.choice(NAME_SUFFIXES)
        if rng.random() < 0.02:
            name += rng.choice(NON_ASCII_SUFFIXES)
        if name not in used:
            used.add(name)
            return name


def random_arg_value(rng: random.Random, depth: int):
    kind = rng.random()
    if depth < 2 and kind < 0.15:
        return random_args(rng, depth + 1)
    if depth < 2 and kind < 0.25:
        return [random_arg_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind < 0.35:
        return rng.random()
    return rng.choice(ARG_SCALARS)


def random_args(rng: random.Random, depth: int = 0) -> dict:
    used: set[str] = set()
    return {
        random_name(rng, KEY_PARTS, used): random_arg_value(rng, depth)
        for _ in range(rng.randint(0, 4))
    }


def model_name_json(rng: random.Random, model: tuple[str, int]):
    """Return a model name as an object, or as a bare string for replica 0 (a third of the time)."""
    role, replica_id = model
    if replica_id == 0 and rng.random() < 0.33:
        return role
    return {"role": role, "replica_id": replica_id}


def random_hooks(rng: random.Random, model: tuple[str, int], models: list[tuple[str, int]]) -> tuple[list, list]:
    """Return valid (pre_hooks, post_hooks): offload only as a post hook, and param_realloc
    with exactly one end, which is another model of the graph, and eta in [0, 1]."""
    pre_hooks: list = []
    post_hooks: list = []
    other_models = [m for m in models if m != model]
    for hooks in (pre_hooks, post_hooks):
        if other_models and rng.random() < 0.2:
            other = model_name_json(rng, rng.choice(other_models))
            hook = {"kind": "param_realloc", "source": None, "target": None}
            hook[rng.choice(["source", "target"])] = other
            if rng.random() < 0.7:
                hook["eta"] = rng.choice([1.0, 0.01, 0.5, 0, 1])
            hooks.append(hook)
    if rng.random() < 0.2:
        post_hooks.append({"kind": "offload"})
    return pre_hooks, post_hooks


def random_key_lists(rng: random.Random, count: int, used_keys: set[str]) -> tuple[list[list[str]], list[list[str]]]:
    """Pick each MFC's (inputs, outputs) so that no producer-to-consumer edge can form a cycle.

    Position i is the MFC's place in a hidden topological order. Outputs are picked first:
    fresh keys, plus a second producer for some keys. An MFC may then consume a key only
    if every producer of the key comes earlier, so the graph is acyclic whichever producer
    the last-producer-wins rule keeps. Dataset keys have no producer and may be consumed
    anywhere.
    """
    outputs: list[list[str]] = []
    produced: list[str] = []
    for _ in range(count):
        fresh = [random_name(rng, KEY_PARTS, used_keys) for _ in range(rng.choice([0, 1, 1, 2, 2, 3]))]
        outputs.append(fresh)
        produced += fresh
    for output_keys in outputs:
        if produced and rng.random() < 0.2:
            key = rng.choice(produced)
            if key not in output_keys:
                output_keys.insert(rng.randint(0, len(output_keys)), key)
    dataset_keys = [random_name(rng, KEY_PARTS, used_keys) for _ in range(rng.randint(0, 3))]

    producer_positions: dict[str, list[int]] = {k: [] for k in produced + dataset_keys}
    for position, output_keys in enumerate(outputs):
        for key in output_keys:
            producer_positions[key].append(position)

    inputs = []
    for position in range(count):
        if not outputs[position] and rng.random() < 0.15:
            inputs.append([])  # an isolated MFC: no inputs and no outputs
            continue
        eligible = [k for k, positions in producer_positions.items() if all(p < position for p in positions)]
        inputs.append(rng.sample(eligible, min(len(eligible), rng.randint(0, 4))))
    return inputs, outputs


def random_remap(rng: random.Random, keys: list[str], key_first: bool) -> dict:
    """Return a remap for a random subset of keys, 70% of the time an empty one.

    key_first=True gives key -> interface name (input_key_remap), False gives
    interface name -> key (output_key_remap).
    """
    if rng.random() >= 0.3 or not keys:
        return {}
    chosen = rng.sample(keys, rng.randint(1, len(keys)))
    pairs = [(key, f"impl_{key}") for key in chosen]
    return dict(pairs) if key_first else {name: key for key, name in pairs}


def random_optional_fields(rng: random.Random, mfc: dict) -> None:
    """Set mb_spec, min_n_seqs_per_pass and log_return_value, or leave them to their defaults."""
    mb_spec_form = rng.random()
    if mb_spec_form < 0.5:
        mfc["mb_spec"] = {"n_mbs": rng.randint(1, 8), "max_tokens_per_mb": rng.choice([10**12, 30720, 2**40 + 1])}
    elif mb_spec_form < 0.7:
        mfc["mb_spec"] = rng.choice([{"n_mbs": rng.randint(1, 8)}, {"max_tokens_per_mb": 32768}, {}])
    choice = rng.choice(["absent", 1, 0.25, 4.0, 2])
    if choice != "absent":
        mfc["min_n_seqs_per_pass"] = choice
    choice = rng.choice(["absent", True, False])
    if choice != "absent":
        mfc["log_return_value"] = choice


def generate_graph(rng: random.Random, index: int, seed: int) -> dict:
    count = rng.randint(1, 12)
    used_names: set[str] = set()
    names = [random_name(rng, NAME_PARTS, used_names) for _ in range(count)]

    roles = rng.sample(ROLES, rng.randint(1, 4))
    models = [(rng.choice(roles), rng.randint(0, 2)) for _ in range(count)]
    distinct_models = list(dict.fromkeys(models))
    impl_by_model = {
        model: {"type_": rng.choice(IMPL_TYPES), "args": random_args(rng)} for model in distinct_models
    }

    inputs, outputs = random_key_lists(rng, count, set())

    mfcs = []
    for position in range(count):
        mfc = {
            "name": names[position],
            "n_seqs": rng.choice([1, 8, 256, 512]),
            "interface_type": rng.choice(INTERFACE_TYPES),
            "interface_impl": impl_by_model[models[position]],
            "model_name": model_name_json(rng, models[position]),
        }
        # Each list or remap is written when it is non-empty, and half the time when it is empty.
        optional_fields = (
            ("input_keys", inputs[position]),
            ("output_keys", outputs[position]),
            ("input_key_remap", random_remap(rng, inputs[position], key_first=True)),
            ("output_key_remap", random_remap(rng, outputs[position], key_first=False)),
        )
        for field, value in optional_fields:
            if value or rng.random() < 0.5:
                mfc[field] = value
        random_optional_fields(rng, mfc)
        pre_hooks, post_hooks = random_hooks(rng, models[position], distinct_models)
        if pre_hooks or rng.random() < 0.5:
            mfc["pre_hooks"] = pre_hooks
        if post_hooks or rng.random() < 0.5:
            mfc["post_hooks"] = post_hooks
        mfcs.append(mfc)

    # After the shuffle, list order is usually not a topological order.
    rng.shuffle(mfcs)
    graph = {"graph": f"random_{index:04d}"}
    if rng.random() < 0.8:
        graph["source"] = f"random_graphs.py --seed {seed}, graph {index}"
    graph["mfcs"] = mfcs
    return json.loads(json.dumps(graph))  # a deep copy: MFCs of one model get separate interface_impl objects


def describe_coverage(graphs: list[dict], references: list[dict]) -> str:
    """Count the graphs that contain each hard case, to show that the generator made them."""
    counts = {
        "key with two producers": 0,
        "dataset key": 0,
        "isolated MFC": 0,
        "unconsumed output": 0,
        "key with several consumers": 0,
        "role with several replicas": 0,
        "bare-string model name": 0,
    }
    for graph, reference in zip(graphs, references):
        mfcs = graph["mfcs"]
        produced = [k for m in mfcs for k in m.get("output_keys", [])]
        consumed = [k for m in mfcs for k in m.get("input_keys", [])]
        replicas_by_role: dict[str, set[int]] = {}
        for m in mfcs:
            role, replica_id = export_compare.model_of(m)
            replicas_by_role.setdefault(role, set()).add(replica_id)

        counts["key with two producers"] += len(produced) != len(set(produced))
        counts["dataset key"] += bool(reference["dataset_keys"])
        counts["isolated MFC"] += any(
            reference["is_src"][m["name"]] and reference["is_dst"][m["name"]] for m in mfcs
        )
        counts["unconsumed output"] += any(k not in consumed for k in produced)
        counts["key with several consumers"] += any(len(c) >= 2 for c in reference["data_consumers"].values())
        counts["role with several replicas"] += any(len(r) >= 2 for r in replicas_by_role.values())
        counts["bare-string model name"] += any(isinstance(m["model_name"], str) for m in mfcs)
    return ", ".join(f"{name} in {count}" for name, count in counts.items())


# ---------------------------------------------------------------------------
# Running dfg and the reference
# ---------------------------------------------------------------------------


class SetupError(Exception):
    """Raised when the dfg tools or the reference cannot be run at all."""


def find_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SetupError(f"{name} not found on PATH. Run this test through lit, which puts the build's tool folder on PATH.")
    return path


def run_stage(command: list[str], stdin_text: str | None) -> tuple[str | None, str]:
    """Run one tool. Returns (stdout, "") on success, or (None, a description of the failure)."""
    try:
        result = subprocess.run(
            command,
            input=stdin_text,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=TOOL_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return None, f"{' '.join(command)} timed out after {TOOL_TIMEOUT_SECONDS} s"
    if result.returncode != 0:
        return None, f"{' '.join(command)} failed with exit status {result.returncode}: {result.stderr.strip()}"
    return result.stdout, ""


def run_dfg(translate: str, opt: str, graph_file: Path) -> tuple[list | None, str]:
    """Import, analyse and export one file. Returns (exported graph objects, "") or (None, error)."""
    mlir, error = run_stage([translate, "--import-dfg-json", str(graph_file)], None)
    if mlir is None:
        return None, error
    analysed, error = run_stage([opt, *ANALYSIS_PASSES], mlir)
    if analysed is None:
        return None, error
    exported_text, error = run_stage([translate, "--export-dfg-json"], analysed)
    if exported_text is None:
        return None, error
    try:
        return export_compare.split_graphs(json.loads(exported_text)), ""
    except json.JSONDecodeError as decode_error:
        return None, f"the export of {graph_file} is not valid JSON: {decode_error}"


def run_reference(reference: Path, graph_files: list[Path]) -> list[dict]:
    """Run reference_dfg.py once on all graph files and return one analysis per file."""
    if not reference.is_file():
        raise SetupError(f"reference implementation {reference} not found")
    result = subprocess.run(
        [sys.executable, str(reference), *map(str, graph_files)],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    if result.returncode != 0:
        raise SetupError(f"{reference} failed with exit status {result.returncode}: {result.stderr.strip()}")
    analyses = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    if len(analyses) != len(graph_files):
        raise SetupError(f"{reference} printed {len(analyses)} analyses for {len(graph_files)} graphs")
    for analysis in analyses:
        if analysis.get("error") or analysis.get("topological_generations") == "cycle":
            raise SetupError(
                f"the generator made a graph that the reference rejects or finds cyclic: {json.dumps(analysis)}"
            )
    return analyses


def export_each_graph(translate: str, opt: str, graph_files: list[Path]) -> list:
    """Run dfg on each graph file alone. Returns, per graph, its exported object or an error string."""
    results = []
    for graph_file in graph_files:
        exported, error = run_dfg(translate, opt, graph_file)
        if exported is not None and len(exported) != 1:
            exported, error = None, f"the export of {graph_file} contains {len(exported)} graph objects"
        results.append(exported[0] if exported is not None else error)
    return results


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def write_graphs(work_dir: Path, graphs: list[dict]) -> tuple[Path, list[Path]]:
    work_dir.mkdir(parents=True, exist_ok=True)
    batch_file = work_dir / "batch.json"
    batch_file.write_text(json.dumps({"graphs": graphs}, ensure_ascii=False), encoding="utf-8")
    graph_files = []
    for graph in graphs:
        graph_file = work_dir / f"{graph['graph']}.json"
        graph_file.write_text(json.dumps(graph, ensure_ascii=False), encoding="utf-8")
        graph_files.append(graph_file)
    return batch_file, graph_files


def run(args: argparse.Namespace, work_dir: Path) -> int:
    rng = random.Random(args.seed)
    graphs = [generate_graph(rng, index, args.seed) for index in range(args.count)]
    batch_file, graph_files = write_graphs(work_dir, graphs)

    translate = find_tool("dfg-translate")
    opt = find_tool("dfg-opt")
    references = run_reference(Path(args.reference), graph_files)
    print(f"random graphs (seed {args.seed}): {describe_coverage(graphs, references)}")

    exports, error = run_dfg(translate, opt, batch_file)
    if exports is not None and len(exports) != len(graphs):
        exports, error = None, f"the export of {batch_file} contains {len(exports)} graph objects, expected {len(graphs)}"
    if exports is None:
        print(f"batch run failed, so each graph is run alone: {error}")
        exports = export_each_graph(translate, opt, graph_files)

    mismatching_graphs = 0
    for graph, reference, exported, graph_file in zip(graphs, references, exports, graph_files):
        if isinstance(exported, str):
            mismatches = [f"{graph['graph']}: dfg failed: {exported}"]
        else:
            mismatches = [m.format() for m in export_compare.compare_graph(graph, reference, exported)]
        if not mismatches:
            continue
        mismatching_graphs += 1
        for line in mismatches:
            print(line)
        print(f"{graph['graph']}: input ({graph_file}): {json.dumps(graph, ensure_ascii=False)}")

    print(f"differential: {len(graphs)} graphs, {mismatching_graphs} mismatches")
    return 1 if mismatching_graphs else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", required=True, help="path of reference_dfg.py")
    parser.add_argument("--seed", type=int, default=20250601, help="seed of the random graph generator")
    parser.add_argument("--count", type=int, default=300, help="number of graphs to generate")
    parser.add_argument(
        "--work-dir", help="folder for the generated graph files (default: a temporary folder, removed at exit)"
    )
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    # Names and keys may be non-ASCII, whatever the locale of the calling shell.
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")

    try:
        if args.work_dir:
            return run(args, Path(args.work_dir))
        with tempfile.TemporaryDirectory(prefix="dfg-differential-") as work_dir:
            return run(args, Path(work_dir))
    except SetupError as error:
        print(f"random_graphs.py: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
