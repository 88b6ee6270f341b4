#!/usr/bin/env python3
"""Time a role-terminal check that follows every path, for comparison only.

Usage: path_enumeration.py GRAPH.json   (prints the number of role-terminal MFCs)

AReaL's dfg.py decides whether an MFC is role-terminal by searching its
descendants for the MFC's role. The search does not remember which MFCs it
has already seen, so the work grows with the number of paths below the MFC:
2**rungs on a diamond ladder. This script searches the same way, from an explicit stack
and on plain dicts, so its cost grows like AReaL's while it runs faster by a
constant factor. It stops a search at the first descendant of the role.
"""

import json
import sys


def build_children(mfcs):
    """Return MFC name -> distinct children, where the last producer of a key wins."""
    producer = {}
    for mfc in mfcs:
        for key in mfc.get("output_keys", []):
            producer[key] = mfc["name"]
    children = {mfc["name"]: [] for mfc in mfcs}
    for mfc in mfcs:
        for key in mfc.get("input_keys", []):
            source = producer.get(key)
            if source is not None and mfc["name"] not in children[source]:
                children[source].append(mfc["name"])
    return children


def role_of(mfc):
    model = mfc["model_name"]
    return model if isinstance(model, str) else model["role"]


def reaches_role(start, role, children, roles):
    """Return whether a strict descendant of `start` runs on `role`.

    The stack has one entry per path prefix, not per MFC, so an MFC below
    many paths is visited once for each of them.
    """
    stack = list(children[start])
    while stack:
        name = stack.pop()
        if roles[name] == role:
            return True
        stack.extend(children[name])
    return False


def main(path):
    with open(path, encoding="utf-8") as graph_file:
        mfcs = json.load(graph_file)["mfcs"]
    children = build_children(mfcs)
    roles = {mfc["name"]: role_of(mfc) for mfc in mfcs}
    terminal = [name for name in roles
                if not reaches_role(name, roles[name], children, roles)]
    print(len(terminal))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: path_enumeration.py GRAPH.json")
    main(sys.argv[1])
