#!/usr/bin/env python3
"""Build a fake dfg export of one graph from its input and the reference analysis.

check_export_selftest.test uses it to show that check_export.py accepts a correct export
and rejects each kind of wrong one, without running the dfg tools.

The fake export has the documented shape: explicit MFC fields, edges as objects, and
dataset keys in reverse sorted order (check_export.py must sort them). --perturb
changes one detail of it. --print-sparse-input prints the input instead, with every
default field left out and replica-0 model names as bare strings.
"""

import argparse
import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export_compare  # noqa: E402  (imported after the sys.path insert above)


def names_where_true(flags: dict, names: list) -> list:
    return [n for n in names if flags.get(n) is True]


def build_export(input_graph: dict, reference: dict) -> dict:
    """Return the export that a correct dfg would print for input_graph."""
    mfcs = input_graph["mfcs"]
    names = [m["name"] for m in mfcs]

    # The last producer of a key wins, as in the reference.
    producers = {}
    consumers = {}
    for mfc in mfcs:
        for key in mfc.get("output_keys", []):
            producers[key] = mfc["name"]
        for key in mfc.get("input_keys", []):
            consumers.setdefault(key, []).append(mfc["name"])

    analysis = {
        "edges": [{"from": s, "to": d, "keys": keys} for s, d, keys in reference["edges"]],
        "dataset_keys": sorted(export_compare.reference_dataset_keys(reference), reverse=True),
        "sources": names_where_true(reference["is_src"], names),
        "sinks": names_where_true(reference["is_dst"], names),
        "role_terminal": names_where_true(reference["is_dst_of_model_role"], names),
        "topological_generations": reference["topological_generations"],
        "data_producers": producers,
        "data_consumers": consumers,
    }

    exported = {"graph": input_graph["graph"]}
    if "source" in input_graph:
        exported["source"] = input_graph["source"]
    exported["mfcs"] = [export_compare.normalize_mfc(m) for m in mfcs]
    exported["analysis"] = analysis
    return exported


def ints_to_floats(value):
    """Return a copy of a JSON value with every integer written as a float (bools stay)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return float(value)
    if isinstance(value, list):
        return [ints_to_floats(v) for v in value]
    if isinstance(value, dict):
        return {k: ints_to_floats(v) for k, v in value.items()}
    return value


def sparse_model_name(model):
    if isinstance(model, dict) and model.get("replica_id") == 0:
        return model["role"]
    return model


def make_sparse_input(input_graph: dict) -> dict:
    """Return the input with defaults left out, as a hand-written graph file may be."""
    sparse = copy.deepcopy(input_graph)
    for mfc in sparse["mfcs"]:
        for field, default in export_compare.OPTIONAL_FIELD_DEFAULTS.items():
            if field in mfc and export_compare.json_equal(mfc[field], default):
                del mfc[field]
        mb_spec = mfc.get("mb_spec", {})
        for field, default in export_compare.MB_SPEC_DEFAULTS.items():
            if mb_spec.get(field) == default:
                del mb_spec[field]
        if "mb_spec" in mfc and not mb_spec:
            del mfc["mb_spec"]
        mfc["model_name"] = sparse_model_name(mfc["model_name"])
        for field in ("pre_hooks", "post_hooks"):
            for hook in mfc.get(field, []):
                if hook.get("kind") != "param_realloc":
                    continue
                if hook.get("eta") == export_compare.DEFAULT_ETA:
                    del hook["eta"]
                for end in ("source", "target"):
                    if hook.get(end) is None:
                        hook.pop(end, None)
                    else:
                        hook[end] = sparse_model_name(hook[end])
    return sparse


def first_mfc_with_other_model(mfcs: list, model: list) -> str:
    for mfc in mfcs:
        if export_compare.model_of(mfc) != model:
            return mfc["name"]
    raise SystemExit("make_fake_export.py: the graph has only one model, so this perturbation cannot apply")


def perturb(exported: dict, input_graph: dict, kind: str):
    """Change one detail of a correct export. Returns a dict, or a str for raw JSON text."""
    analysis = exported["analysis"]
    mfcs = input_graph["mfcs"]
    model_by_name = {m["name"]: export_compare.model_of(m) for m in mfcs}

    if kind == "edge-keys":
        edge = next(e for e in analysis["edges"] if len(e["keys"]) >= 2)
        edge["keys"] = list(reversed(edge["keys"]))
    elif kind == "edge-missing":
        analysis["edges"].pop()
    elif kind == "edge-order":
        edges = analysis["edges"]
        edges[0], edges[1] = edges[1], edges[0]
    elif kind == "sinks":
        analysis["sinks"].pop(0)
    elif kind == "role-terminal":
        missing = [n for n in (m["name"] for m in mfcs) if n not in analysis["role_terminal"]]
        analysis["role_terminal"].append(missing[0])
    elif kind == "generations":
        generations = analysis["topological_generations"]
        generations[0].append(generations[-1].pop())
        if not generations[-1]:
            generations.pop()
    elif kind == "dataset-keys":
        analysis["dataset_keys"].append("extra_dataset_key")
    elif kind == "producer":
        key = sorted(analysis["data_producers"])[0]
        producer = analysis["data_producers"][key]
        analysis["data_producers"][key] = first_mfc_with_other_model(mfcs, model_by_name[producer])
    elif kind == "unknown-producer":
        key = sorted(analysis["data_producers"])[0]
        analysis["data_producers"][key] = "no_such_mfc"
    elif kind == "consumer-order":
        for key in sorted(analysis["data_consumers"]):
            consumers = analysis["data_consumers"][key]
            if len({tuple(model_by_name[n]) for n in consumers}) >= 2:
                consumers.reverse()
                break
    elif kind == "mfc-field":
        exported["mfcs"][0]["n_seqs"] += 1
    elif kind == "mfc-default-missing":
        del exported["mfcs"][0]["log_return_value"]
    elif kind == "model-name-string":
        exported["mfcs"][0]["model_name"] = exported["mfcs"][0]["model_name"]["role"]
    elif kind == "bool-as-int":
        exported["mfcs"][0]["log_return_value"] = int(exported["mfcs"][0]["log_return_value"])
    elif kind == "hook-eta":
        hook = next(h for m in exported["mfcs"] for h in m["pre_hooks"] + m["post_hooks"] if h["kind"] == "param_realloc")
        hook["eta"] = 0.5
    elif kind == "source":
        exported["source"] = "changed"
    elif kind == "no-analysis":
        del exported["analysis"]
    elif kind == "batch":
        return {"graphs": [exported]}
    elif kind == "truncated":
        text = json.dumps(exported)
        return text[: len(text) // 2]
    else:
        raise ValueError(kind)
    return exported


PERTURBATIONS = [
    "edge-keys", "edge-missing", "edge-order", "sinks", "role-terminal", "generations",
    "dataset-keys", "producer", "unknown-producer", "consumer-order", "mfc-field",
    "mfc-default-missing", "model-name-string", "bool-as-int", "hook-eta", "source",
    "no-analysis", "batch", "truncated",
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="graph JSON file")
    parser.add_argument("--expected", required=True, help="the reference's NAME.expected.json for that graph")
    parser.add_argument("--perturb", choices=PERTURBATIONS, help="change one detail of the export")
    parser.add_argument("--ints-as-floats", action="store_true", help="write every integer of the MFCs as a float")
    parser.add_argument("--print-sparse-input", action="store_true", help="print the input without default fields")
    args = parser.parse_args(argv)

    with open(args.input, encoding="utf-8") as f:
        input_graph = json.load(f)
    if args.print_sparse_input:
        print(json.dumps(make_sparse_input(input_graph), indent=1))
        return 0

    with open(args.expected, encoding="utf-8") as f:
        reference = json.load(f)
    exported = build_export(input_graph, reference)
    if args.ints_as_floats:
        exported["mfcs"] = ints_to_floats(exported["mfcs"])
    if args.perturb:
        exported = perturb(exported, input_graph, args.perturb)

    print(exported if isinstance(exported, str) else json.dumps(exported, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
