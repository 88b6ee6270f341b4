#!/usr/bin/env python3
"""Check a dfg JSON export of one corpus graph against its input and the reference analysis.

Usage: check_export.py --input G.json --expected G.expected.json [EXPORT.json | -]

The export must repeat the input's "graph", "source" and MFCs, with every optional MFC
field written out, and carry an "analysis" object that agrees with the reference's
G.expected.json. Prints one line per differing field and exits 1, or prints
"OK GRAPHNAME" and exits 0. Exits 2 when the input or expected file cannot be used.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export_compare  # noqa: E402  (imported after the sys.path insert above)


class UsageError(Exception):
    """Raised when the input or expected file cannot be used for a comparison."""


def load_json_file(path: str, role: str):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, json.JSONDecodeError) as error:
        raise UsageError(f"cannot read the {role} file {path}: {error}") from error


def load_input_graph(path: str) -> dict:
    document = load_json_file(path, "input")
    graphs = export_compare.split_graphs(document)
    if len(graphs) != 1 or not isinstance(graphs[0], dict):
        raise UsageError(f"input file {path} must contain exactly one graph object, found {len(graphs)}")
    return graphs[0]


def load_reference(path: str, graph_name: str) -> dict:
    reference = load_json_file(path, "expected")
    if not isinstance(reference, dict):
        raise UsageError(f"expected file {path} is not a JSON object")
    if reference.get("graph") != graph_name:
        raise UsageError(
            f"expected file {path} is for graph {reference.get('graph')!r}, but the input is {graph_name!r}"
        )
    if reference.get("edges") is None:
        raise UsageError(
            f"expected file {path} has no analysis to compare, because the reference failed with: {reference.get('error')}"
        )
    return reference


def read_export(source: str) -> str:
    if source == "-":
        return sys.stdin.buffer.read().decode("utf-8", errors="replace")
    with open(source, encoding="utf-8") as f:
        return f.read()


def compare_export_text(input_graph: dict, reference: dict, export_text: str) -> list:
    """Parse the export and compare it. An unparsable or multi-graph export is a mismatch."""
    graph_name = str(input_graph.get("graph"))
    try:
        exported = json.loads(export_text)
    except json.JSONDecodeError as error:
        return [
            export_compare.Mismatch(
                graph_name,
                "export",
                export_compare.Description("valid JSON"),
                export_text[:200],
                f"invalid JSON: {error}",
            )
        ]

    mismatches = []
    if isinstance(exported, dict) and "graphs" in exported and "mfcs" not in exported:
        # A module with one graph is exported as a bare graph object, not as {"graphs": [...]}.
        graphs = export_compare.split_graphs(exported)
        mismatches.append(
            export_compare.Mismatch(
                graph_name,
                "export",
                export_compare.Description("one graph object"),
                export_compare.Description(
                    f'{{"graphs": [...]}} with {len(graphs)} graph object' + ("" if len(graphs) == 1 else "s")
                ),
            )
        )
        if len(graphs) != 1:
            return mismatches
        exported = graphs[0]

    return mismatches + export_compare.compare_graph(input_graph, reference, exported)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="graph JSON file that was imported")
    parser.add_argument("--expected", required=True, help="the reference's NAME.expected.json for that graph")
    parser.add_argument(
        "export", nargs="?", default="-", help="exported JSON file, or - (the default) for standard input"
    )
    args = parser.parse_args(argv)
    # Names and keys may be non-ASCII, whatever the locale of the calling shell.
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")

    try:
        input_graph = load_input_graph(args.input)
        reference = load_reference(args.expected, input_graph.get("graph"))
        export_text = read_export(args.export)
    except (UsageError, OSError) as error:
        print(f"check_export.py: error: {error}", file=sys.stderr)
        return 2

    mismatches = compare_export_text(input_graph, reference, export_text)
    if mismatches:
        for mismatch in mismatches:
            print(mismatch.format())
        count = len(mismatches)
        print(f"FAIL {input_graph.get('graph')}: {count} {'mismatch' if count == 1 else 'mismatches'}")
        return 1
    print(f"OK {input_graph.get('graph')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
