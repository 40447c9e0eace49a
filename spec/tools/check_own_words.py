#!/usr/bin/env python3
"""Check that the prose of spec/openai.yaml is our own: no description, summary or title
shares a run of RUN or more consecutive words with any of the reference spec's.

Field names, paths, enum values and types are facts and may be identical; sentences may
not. Text is compared as lower-case words after markdown links are reduced to their text.
Inline code (`like_this`) in our text counts as a fact, not prose: it breaks a run, so a
list of enum values or event names written in backticks is never flagged, however long.

Every shared run is reported with the pointer of our text, the shared words and one place
in the reference where they occur. Exit status is 1 when any is found.

Usage:
    python3 spec/tools/check_own_words.py [--spec spec/openai.yaml]
        [--reference ../shared/reference/openai-openapi.yaml] [--run 8]
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

# Eight words in a row is a sentence's worth of wording; shorter runs ("the ID of the
# file to") are how anyone would say it.
RUN = 8

# The keys whose string values are prose.
PROSE_KEYS = ("description", "summary", "title")

LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
CODE = re.compile(r"`[^`]*`")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Stands where inline code was: never equal to a word, so no run crosses it.
BREAK = "\x00"


def load_yaml(path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def escape(key) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def prose(node, pointer=""):
    """(JSON pointer, text) of every prose string in the document."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{pointer}/{escape(key)}"
            if key in PROSE_KEYS and isinstance(value, str):
                yield here, value
            else:
                yield from prose(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from prose(value, f"{pointer}/{index}")


def words(text: str, code_breaks: bool) -> list[str]:
    text = LINK.sub(r"\1", text)
    if code_breaks:
        text = CODE.sub(f" {BREAK} ", text)
    out = []
    for token in text.lower().split():
        if token == BREAK:
            out.append(BREAK)
        else:
            out.extend(WORD.findall(token))
    return out


def runs(tokens: list[str], length: int):
    for start in range(len(tokens) - length + 1):
        run = tuple(tokens[start:start + length])
        if BREAK not in run:
            yield run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", default=DEFAULT_SPEC)
    parser.add_argument("--reference", default=DEFAULT_REF)
    parser.add_argument("--run", type=int, default=RUN, help="shortest shared run reported (words)")
    args = parser.parse_args()

    reference_runs: dict[tuple[str, ...], str] = {}
    for pointer, text in prose(load_yaml(args.reference)):
        for run in runs(words(text, code_breaks=False), args.run):
            reference_runs.setdefault(run, pointer)

    checked = 0
    found = []
    for pointer, text in prose(load_yaml(args.spec)):
        checked += 1
        tokens = words(text, code_breaks=True)
        # One report per text: the first shared run, extended as far as it goes.
        for start in range(len(tokens) - args.run + 1):
            run = tuple(tokens[start:start + args.run])
            if BREAK in run or run not in reference_runs:
                continue
            end = start + args.run
            while end < len(tokens) and tuple(tokens[end - args.run + 1:end + 1]) in reference_runs:
                end += 1
            found.append((pointer, " ".join(tokens[start:end]), reference_runs[run]))
            break

    for pointer, shared, where in found:
        print(f"{args.spec}: {pointer}: shares \"{shared}\" with the reference ({where})")
    if found:
        print(f"check_own_words: {len(found)} of {checked} texts share a run of {args.run}+ words "
              f"with the reference; rewrite them in our own words")
        return 1
    print(f"check_own_words: OK, none of {checked} descriptions, summaries and titles shares "
          f"a run of {args.run} words with the reference")
    return 0


if __name__ == "__main__":
    sys.exit(main())
