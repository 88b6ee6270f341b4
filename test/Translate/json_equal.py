#!/usr/bin/env python3
"""Check that a dfg JSON export is the same graph document as its JSON input.

Usage: json_equal.py [--ignore-analysis] INPUT.json EXPORT.json

INPUT may leave optional MFC fields out; the export writes every field. So
the input is normalised first: each absent optional field gets its schema
default, a partial mb_spec is completed, a bare model name becomes
{"role": NAME, "replica_id": 0}, and a param_realloc hook gets null for an
absent end and 1.0 for an absent eta. Then the two documents must be equal
as JSON values, with integers and floats kept apart: 1 and 1.0 differ, as
they do for the importer. Object member order does not matter; list order
does. EXPORT may be "-" for standard input.

Prints "OK" and exits 0, or prints one line per difference and exits 1.
"""

import argparse
import copy
import json
import os
import sys

# The schema's defaults, shared with the corpus comparison.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus"))
from export_compare import MB_SPEC_DEFAULTS  # noqa: E402
from export_compare import OPTIONAL_FIELD_DEFAULTS as OPTIONAL_MFC_DEFAULTS  # noqa: E402


def normalize_model(model):
    if isinstance(model, str):
        return {"role": model, "replica_id": 0}
    if isinstance(model, dict):
        return {"replica_id": 0, **model}
    return model


def normalize_hook(hook):
    if not isinstance(hook, dict) or hook.get("kind") != "param_realloc":
        return hook
    normalized = dict(hook)
    for end in ("source", "target"):
        value = normalized.get(end)
        normalized[end] = None if value is None else normalize_model(value)
    # The dialect stores eta as a float, so an integer eta comes back as one.
    normalized["eta"] = float(normalized.get("eta", 1.0))
    return normalized


def normalize_mfc(mfc):
    normalized = copy.deepcopy(mfc)
    for field, default in OPTIONAL_MFC_DEFAULTS.items():
        normalized.setdefault(field, copy.deepcopy(default))
    normalized["mb_spec"] = {**MB_SPEC_DEFAULTS, **normalized.get("mb_spec", {})}
    normalized["model_name"] = normalize_model(normalized.get("model_name"))
    impl = normalized.get("interface_impl")
    if isinstance(impl, dict):
        impl.setdefault("args", {})
    for field in ("pre_hooks", "post_hooks"):
        normalized[field] = [normalize_hook(h) for h in normalized[field]]
    return normalized


def normalize_document(document):
    """Return the input document with every graph's MFCs normalised."""

    def normalize_graph(graph):
        graph = dict(graph)
        graph["mfcs"] = [normalize_mfc(m) for m in graph.get("mfcs", [])]
        return graph

    if "graphs" in document:
        return {"graphs": [normalize_graph(g) for g in document["graphs"]]}
    return normalize_graph(document)


def strip_analysis(document):
    if "graphs" in document:
        return {"graphs": [strip_analysis(g) for g in document["graphs"]]}
    document = dict(document)
    document.pop("analysis", None)
    return document


def differences(path, expected, actual):
    """Yield "PATH: expected X, got Y" for each innermost difference."""
    if type(expected) is not type(actual):
        yield f"{path}: expected {json.dumps(expected)}, got {json.dumps(actual)}"
    elif isinstance(expected, dict):
        for key in list(expected) + [k for k in actual if k not in expected]:
            if key not in actual:
                yield f"{path}.{key}: missing from the export"
            elif key not in expected:
                yield f"{path}.{key}: not in the input"
            else:
                yield from differences(f"{path}.{key}", expected[key], actual[key])
    elif isinstance(expected, list):
        if len(expected) != len(actual):
            yield f"{path}: expected {len(expected)} elements, got {len(actual)}"
        else:
            for index, (e, a) in enumerate(zip(expected, actual)):
                yield from differences(f"{path}[{index}]", e, a)
    elif expected != actual:
        yield f"{path}: expected {json.dumps(expected)}, got {json.dumps(actual)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("export")
    parser.add_argument(
        "--ignore-analysis",
        action="store_true",
        help="drop the export's \"analysis\" objects before comparing",
    )
    args = parser.parse_args()

    with open(args.input, encoding="utf-8") as f:
        expected = normalize_document(json.load(f))
    if args.export == "-":
        actual = json.load(sys.stdin)
    else:
        with open(args.export, encoding="utf-8") as f:
            actual = json.load(f)
    if args.ignore_analysis:
        actual = strip_analysis(actual)

    found = list(differences("$", expected, actual))
    for line in found:
        print(line)
    if found:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
