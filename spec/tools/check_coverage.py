#!/usr/bin/env python3
"""List every operation of the reference spec that spec/openai.yaml does not describe.

An operation is the same when its method and path match (a reference path key with a
query, `/responses?beta=true`, is matched as written). It is covered when our spec has it
with the reference's operationId; an operation ours has under another id is reported too.
An operation that cannot be expressed may be excused: listed, with its operationId in
backticks, in the "Operations not described" section of spec/DIVERGENCES.md, where the
reason is written. Excusing an operation the spec does describe is an error as well, so
the list cannot go stale.

Prints `coverage: N/M operations` and exits with 1 when anything is missing.

Usage:
    python3 spec/tools/check_coverage.py [--spec spec/openai.yaml]
        [--reference ../shared/reference/openai-openapi.yaml] [--divergences spec/DIVERGENCES.md]
"""
from __future__ import annotations

import argparse
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_SPEC = os.path.join(ROOT, "spec", "openai.yaml")
DEFAULT_REF = os.path.abspath(os.path.join(ROOT, "..", "shared", "reference", "openai-openapi.yaml"))
DEFAULT_DIVERGENCES = os.path.join(ROOT, "spec", "DIVERGENCES.md")

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
EXCUSED_SECTION = "## Operations not described"


def load_yaml(path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def operations(document) -> dict[tuple[str, str], str]:
    """(METHOD, path) → operationId."""
    found = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = (item or {}).get(method)
            if isinstance(operation, dict):
                found[(method.upper(), path)] = operation.get("operationId", "")
    return found


def excused(divergences_path: str) -> set[str]:
    """operationIds in backticks in the excused section of DIVERGENCES.md."""
    if not os.path.exists(divergences_path):
        return set()
    with open(divergences_path, encoding="utf-8") as fh:
        text = fh.read()
    start = text.find(EXCUSED_SECTION)
    if start < 0:
        return set()
    section = text[start + len(EXCUSED_SECTION):]
    end = section.find("\n## ")
    if end >= 0:
        section = section[:end]
    # The first backticked word of each table row names the operation.
    ids = set()
    for line in section.splitlines():
        if line.startswith("|") and not set(line) <= set("|- "):
            match = re.search(r"`([^`]+)`", line)
            if match:
                ids.add(match.group(1))
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", default=DEFAULT_SPEC)
    parser.add_argument("--reference", default=DEFAULT_REF)
    parser.add_argument("--divergences", default=DEFAULT_DIVERGENCES)
    args = parser.parse_args()

    ours = operations(load_yaml(args.spec))
    reference = operations(load_yaml(args.reference))
    excuses = excused(args.divergences)

    problems = []
    covered = 0
    for key in sorted(reference, key=lambda k: (k[1], k[0])):
        method, path = key
        reference_id = reference[key]
        our_id = ours.get(key)
        if our_id == reference_id:
            covered += 1
            if reference_id in excuses:
                problems.append(f"{method} {path} ({reference_id}) is described but excused in "
                                f"{os.path.basename(args.divergences)}; remove it there")
        elif our_id is not None:
            problems.append(f"{method} {path}: operationId `{our_id}`, the reference's is `{reference_id}`")
        elif reference_id not in excuses:
            problems.append(f"missing: {method} {path} ({reference_id})")
    unknown = excuses - set(reference.values())
    for operation_id in sorted(unknown):
        problems.append(f"{os.path.basename(args.divergences)} excuses `{operation_id}`, "
                        f"which the reference does not have")

    for problem in problems:
        print(problem)
    excused_count = len(excuses & set(reference.values()) - set(ours.values()))
    summary = f"coverage: {covered}/{len(reference)} operations"
    if excused_count:
        summary += f" ({excused_count} excused in {os.path.basename(args.divergences)})"
    print(summary)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
