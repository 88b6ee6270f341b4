"""Compare a dfg JSON export with its input graph and with the reference analysis.

check_export.py (one corpus graph) and ../Differential/random_graphs.py (random graphs)
both import this module, so both tests apply the same rules.

The reference analysis is a dict with the fields that reference_dfg.py prints: edges,
is_src, is_dst, is_dst_of_model_role, data_producers, data_consumers,
topological_generations and dataset_keys. A corpus NAME.expected.json has the same
fields, except that its dataset keys are under derived.dataset_keys.
"""

import json
from typing import Any, NamedTuple

MB_SPEC_DEFAULTS = {"n_mbs": 1, "max_tokens_per_mb": 10**12}

# Defaults of the optional MFC fields. The export writes every field explicitly, so the
# input gets these before the two are compared.
OPTIONAL_FIELD_DEFAULTS = {
    "input_keys": [],
    "output_keys": [],
    "input_key_remap": {},
    "output_key_remap": {},
    "min_n_seqs_per_pass": 1,
    "log_return_value": False,
    "pre_hooks": [],
    "post_hooks": [],
}

DEFAULT_ETA = 1.0

ANALYSIS_FIELDS = (
    "edges",
    "dataset_keys",
    "sources",
    "sinks",
    "role_terminal",
    "topological_generations",
    "data_producers",
    "data_consumers",
)


class _Missing:
    """Marker for a field that one side of a comparison does not have."""

    def __repr__(self) -> str:
        return "<missing>"


MISSING = _Missing()


class Description(str):
    """Plain-text description of an expected value, printed without JSON quotes."""


class Mismatch(NamedTuple):
    """One field whose exported value differs from the expected value."""

    graph: str
    field: str
    expected: Any
    actual: Any
    note: str = ""

    def format(self) -> str:
        line = f"{self.graph}: {self.field}: expected {format_value(self.expected)}, got {format_value(self.actual)}"
        if self.note:
            line += f" ({self.note})"
        return line


class MalformedExport(Exception):
    """Raised when an exported analysis field does not have the documented shape."""


def format_value(value: Any) -> str:
    if value is MISSING:
        return "<missing>"
    if isinstance(value, Description):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def json_equal(a: Any, b: Any) -> bool:
    """Return whether two parsed JSON documents are the same JSON value.

    JSON has a single number type, so 1 and 1.0 are equal here, and an exporter that
    writes min_n_seqs_per_pass 4 as 4.0 (or n_seqs 256 as 256.0) passes. Booleans are
    not numbers, so false and 0 differ. Object key order is ignored, but list order is not.
    """
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def diff_json(path: str, expected: Any, actual: Any) -> list[tuple[str, Any, Any]]:
    """Return (path, expected, actual) for each innermost place where two JSON values differ.

    The walk descends into two objects, or into two lists of the same length. Anything
    else that differs is reported whole at its path.
    """
    if json_equal(expected, actual):
        return []
    if isinstance(expected, dict) and isinstance(actual, dict):
        differences = []
        for key in list(expected) + [k for k in actual if k not in expected]:
            differences += diff_json(
                f"{path}.{key}", expected.get(key, MISSING), actual.get(key, MISSING)
            )
        return differences
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        differences = []
        for index, (e, a) in enumerate(zip(expected, actual)):
            differences += diff_json(f"{path}[{index}]", e, a)
        return differences
    return [(path, expected, actual)]


# ---------------------------------------------------------------------------
# Input normalisation
# ---------------------------------------------------------------------------


def normalize_model_name(value: Any) -> Any:
    """Return a model name as {"role", "replica_id"}. A bare string means replica 0.

    A value of any other type (null, a number) is returned unchanged, so the comparison
    reports it instead of this function raising.
    """
    if isinstance(value, str):
        return {"role": value, "replica_id": 0}
    if isinstance(value, dict):
        normalized = dict(value)
        normalized.setdefault("replica_id", 0)
        return normalized
    return value


def normalize_hook(hook: Any) -> Any:
    """Return a hook with its model names as objects and every param_realloc field present."""
    if not isinstance(hook, dict) or hook.get("kind") != "param_realloc":
        return hook
    normalized = dict(hook)
    normalized["source"] = normalize_model_name(hook.get("source"))
    normalized["target"] = normalize_model_name(hook.get("target"))
    normalized.setdefault("eta", DEFAULT_ETA)
    return normalized


def normalize_mfc(mfc: dict) -> dict:
    """Return an input MFC as the export must write it.

    Absent optional fields get their schema defaults, a partial mb_spec is completed, the
    model name becomes an object, and param_realloc hooks get null ends and eta 1.0 where
    absent. Required fields and fields outside the schema are kept as they are, so an
    exporter that drops an unknown field is reported.
    """
    normalized = dict(mfc)
    for field, default in OPTIONAL_FIELD_DEFAULTS.items():
        if field not in normalized:
            normalized[field] = json.loads(json.dumps(default))

    mb_spec = normalized.get("mb_spec", {})
    if isinstance(mb_spec, dict):
        normalized["mb_spec"] = {**MB_SPEC_DEFAULTS, **mb_spec}

    if "model_name" in normalized:
        normalized["model_name"] = normalize_model_name(normalized["model_name"])
    for field in ("pre_hooks", "post_hooks"):
        if isinstance(normalized[field], list):
            normalized[field] = [normalize_hook(h) for h in normalized[field]]
    return normalized


def model_of(mfc: dict) -> list:
    """Return an MFC's model as [role, replica_id], the form of the reference output."""
    model = normalize_model_name(mfc.get("model_name"))
    if isinstance(model, dict):
        return [model.get("role"), model.get("replica_id")]
    return [model, None]


def split_graphs(document: Any) -> list:
    """Return the graph objects of a document: one graph object or {"graphs": [...]}."""
    if isinstance(document, dict) and "graphs" in document and "mfcs" not in document:
        graphs = document["graphs"]
        return graphs if isinstance(graphs, list) else [graphs]
    return [document]


def reference_dataset_keys(reference: dict) -> Any:
    """Return the dataset keys of a reference_dfg.py output or of a corpus expected.json."""
    if "dataset_keys" in reference:
        return reference["dataset_keys"]
    derived = reference.get("derived") or {}
    return derived.get("dataset_keys", MISSING)


# ---------------------------------------------------------------------------
# Comparison of the graph object and its MFCs
# ---------------------------------------------------------------------------


def compare_header(graph_name: str, input_graph: dict, exported: dict) -> list[Mismatch]:
    """Compare "graph" and "source". The export writes "source" only when the input has one."""
    mismatches = []
    for field in ("graph", "source"):
        expected = input_graph.get(field, MISSING)
        actual = exported.get(field, MISSING)
        if expected is MISSING and actual is MISSING:
            continue
        if expected is MISSING or actual is MISSING or not json_equal(expected, actual):
            mismatches.append(Mismatch(graph_name, field, expected, actual))
    return mismatches


def compare_mfcs(graph_name: str, input_mfcs: list, exported_mfcs: Any) -> list[Mismatch]:
    """Compare the exported MFC list with the normalised input MFC list, field by field."""
    if exported_mfcs is MISSING or not isinstance(exported_mfcs, list):
        return [Mismatch(graph_name, "mfcs", Description("a list of MFC objects"), exported_mfcs)]

    expected_mfcs = [normalize_mfc(m) for m in input_mfcs]
    if len(expected_mfcs) != len(exported_mfcs):
        expected_names = [m.get("name") for m in expected_mfcs]
        actual_names = [m.get("name") if isinstance(m, dict) else m for m in exported_mfcs]
        return [Mismatch(graph_name, "mfcs (names)", expected_names, actual_names)]

    mismatches = []
    for index, (expected, actual) in enumerate(zip(expected_mfcs, exported_mfcs)):
        for path, e, a in diff_json(f"mfcs[{index}]", expected, actual):
            mismatches.append(Mismatch(graph_name, path, e, a))
    return mismatches


# ---------------------------------------------------------------------------
# Comparison of the analysis
# ---------------------------------------------------------------------------


def _require_list(value: Any, field: str) -> list:
    if not isinstance(value, list):
        raise MalformedExport(f"{field} is not a list")
    return value


def _require_strings(value: Any, field: str, kind: str = "an MFC name") -> list:
    for item in _require_list(value, field):
        if not isinstance(item, str):
            raise MalformedExport(f"{field} contains {format_value(item)}, which is not {kind}")
    return value


def _exported_edges(value: Any) -> list:
    edges = []
    for index, edge in enumerate(_require_list(value, "edges")):
        if not isinstance(edge, dict) or not {"from", "to", "keys"} <= edge.keys():
            raise MalformedExport(f"edges[{index}] is not an object with from, to and keys")
        edges.append([edge["from"], edge["to"], edge["keys"]])
    return edges


def _describe_edge_difference(expected: list, actual: list) -> str:
    """Name the (from, to) pairs that only one of two edge lists has."""

    def pairs(edges: list) -> list:
        return [f"{edge[0]}->{edge[1]}" for edge in edges if isinstance(edge, list) and len(edge) == 3]

    expected_pairs = pairs(expected)
    actual_pairs = pairs(actual)
    missing = [p for p in expected_pairs if p not in actual_pairs]
    extra = [p for p in actual_pairs if p not in expected_pairs]
    parts = []
    if missing:
        parts.append("missing edges " + ", ".join(missing))
    if extra:
        parts.append("unexpected edges " + ", ".join(extra))
    return "; ".join(parts) or "same (from, to) pairs, but in another order or with other keys"


def _model_or_unknown(name: Any, model_by_name: dict) -> Any:
    if isinstance(name, str) and name in model_by_name:
        return model_by_name[name]
    return Description(f"<no MFC named {format_value(name)}>")


def _compare_lists_by_index(graph_name: str, field: str, expected: Any, actual: list) -> list[Mismatch]:
    """Report each differing element when both lists have the same length, else the whole field."""
    if json_equal(expected, actual):
        return []
    if isinstance(expected, list) and len(expected) == len(actual):
        return [
            Mismatch(graph_name, f"{field}[{i}]", e, a)
            for i, (e, a) in enumerate(zip(expected, actual))
            if not json_equal(e, a)
        ]
    return [Mismatch(graph_name, field, expected, actual)]


def _compare_dicts_by_key(
    graph_name: str, field: str, expected: Any, actual: dict, names: dict
) -> list[Mismatch]:
    """Report each key whose value differs. names maps a key to its exported MFC names."""
    if not isinstance(expected, dict):
        return [Mismatch(graph_name, field, expected, actual)]
    mismatches = []
    for key in sorted(expected.keys() | actual.keys()):
        e = expected.get(key, MISSING)
        a = actual.get(key, MISSING)
        if e is MISSING or a is MISSING or not json_equal(e, a):
            note = f"exported MFCs: {format_value(names[key])}" if key in names else ""
            mismatches.append(Mismatch(graph_name, f"{field}[{format_value(key)}]", e, a, note))
    return mismatches


def _names_where_true(flags: Any, names: list) -> Any:
    """Return the MFC names, in graph order, whose flag in a reference {name: bool} is true."""
    if not isinstance(flags, dict):
        return MISSING
    return [n for n in names if flags.get(n) is True]


def _compare_analysis_field(
    graph_name: str, field: str, reference: dict, value: Any, input_graph: dict
) -> list[Mismatch]:
    """Compare one exported analysis field with the reference. Raises MalformedExport."""
    mfcs = input_graph.get("mfcs", [])
    names = [m.get("name") for m in mfcs]
    model_by_name = {m.get("name"): model_of(m) for m in mfcs}

    if field == "edges":
        expected = reference.get("edges", MISSING)
        actual = _exported_edges(value)
        mismatches = _compare_lists_by_index(graph_name, field, expected, actual)
        if len(mismatches) == 1 and mismatches[0].field == field and isinstance(expected, list):
            mismatches[0] = mismatches[0]._replace(note=_describe_edge_difference(expected, actual))
        return mismatches

    if field in ("sources", "sinks", "role_terminal"):
        reference_field = {"sources": "is_src", "sinks": "is_dst", "role_terminal": "is_dst_of_model_role"}[field]
        expected = _names_where_true(reference.get(reference_field), names)
        actual = _require_strings(value, field)
        if json_equal(expected, actual):
            return []
        return [Mismatch(graph_name, field, expected, actual, f"MFC names in graph order, from {reference_field}")]

    if field == "dataset_keys":
        expected = reference_dataset_keys(reference)
        actual = _require_strings(value, field, "a key")
        if isinstance(expected, list) and json_equal(sorted(expected), sorted(actual)):
            return []
        expected_sorted = sorted(expected) if isinstance(expected, list) else expected
        return [Mismatch(graph_name, field, expected_sorted, sorted(actual), "both sorted")]

    if field == "topological_generations":
        actual = _require_list(value, field)
        for index, generation in enumerate(actual):
            _require_strings(generation, f"topological_generations[{index}]")
        return _compare_lists_by_index(
            graph_name, field, reference.get("topological_generations", MISSING), actual
        )

    if field == "data_producers":
        if not isinstance(value, dict):
            raise MalformedExport("data_producers is not an object")
        actual = {key: _model_or_unknown(name, model_by_name) for key, name in value.items()}
        return _compare_dicts_by_key(
            graph_name, field, reference.get("data_producers", MISSING), actual, value
        )

    if field == "data_consumers":
        if not isinstance(value, dict):
            raise MalformedExport("data_consumers is not an object")
        actual = {}
        for key, consumer_names in value.items():
            _require_list(consumer_names, f"data_consumers[{format_value(key)}]")
            actual[key] = [_model_or_unknown(name, model_by_name) for name in consumer_names]
        return _compare_dicts_by_key(
            graph_name, field, reference.get("data_consumers", MISSING), actual, value
        )

    raise ValueError(f"unknown analysis field {field!r}")


def compare_analysis(graph_name: str, input_graph: dict, reference: dict, analysis: Any) -> list[Mismatch]:
    """Compare the exported "analysis" object with the reference, one field at a time.

    MFC names in data_producers and data_consumers are mapped to [role, replica_id]
    through the input graph, because the reference reports models, not MFC names.
    """
    if not isinstance(analysis, dict):
        return [Mismatch(graph_name, "analysis", Description("an object with " + ", ".join(ANALYSIS_FIELDS)), analysis)]

    mismatches = []
    for field in ANALYSIS_FIELDS:
        if field not in analysis:
            mismatches.append(Mismatch(graph_name, f"analysis.{field}", Description("a value"), MISSING))
            continue
        try:
            mismatches += _compare_analysis_field(graph_name, field, reference, analysis[field], input_graph)
        except MalformedExport as error:
            mismatches.append(
                Mismatch(graph_name, f"analysis.{field}", Description("the documented shape"), analysis[field], str(error))
            )
    return mismatches


def compare_graph(input_graph: dict, reference: dict, exported: Any) -> list[Mismatch]:
    """Compare one exported graph object with its input graph and the reference analysis."""
    graph_name = str(input_graph.get("graph"))
    if not isinstance(exported, dict):
        return [Mismatch(graph_name, "export", Description("a graph object"), exported)]

    mismatches = compare_header(graph_name, input_graph, exported)
    mismatches += compare_mfcs(graph_name, input_graph.get("mfcs", []), exported.get("mfcs", MISSING))
    mismatches += compare_analysis(graph_name, input_graph, reference, exported.get("analysis", MISSING))
    return mismatches
