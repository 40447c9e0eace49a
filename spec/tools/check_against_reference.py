#!/usr/bin/env python3
"""Compare spec/openai.yaml with the official reference spec (the wire-format oracle).

For every operation of our spec this checks that
  * the path and method exist in the reference, with the same operationId;
  * every parameter (name, in) exists on the reference operation
    (path-level and operation-level parameters are both considered), with a
    compatible schema, and is required when the reference requires it;
  * every property name of our request body schema exists in the reference's
    request body schema for the same media type.  Properties are collected
    "shallowly": $ref is followed and allOf / oneOf / anyOf branches are merged.

With --deep (the default) the comparison also walks into nested objects, array
items and the success (200) JSON / SSE response bodies, and checks
  * that every string enum value we list is one the reference knows (unless the
    reference also accepts any string at that place);
  * types: in requests we only send types the reference accepts; in responses
    we accept every type the reference may send (null included);
  * required: request objects require at least what the reference requires;
    response objects require nothing the reference does not guarantee.
Union variants are paired by their single-value `type` / `event` / `role`.

Exit status is 1 when a mismatch is found, 0 otherwise.

Usage:
    python3 spec/tools/check_against_reference.py [--spec spec/openai.yaml]
        [--reference ../shared/reference/openai-openapi.yaml] [--shallow]
"""
from __future__ import annotations

import argparse
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_SPEC = os.path.join(ROOT, "spec", "openai.yaml")
DEFAULT_REF = os.path.abspath(os.path.join(ROOT, "..", "shared", "reference", "openai-openapi.yaml"))

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Parameters our spec declares on purpose although the reference does not.
# The beta Assistants API requires `OpenAI-Beta: assistants=v2`; the reference
# only mentions it in its code samples, so it is allowed here explicitly.
EXPECTED_EXTRA_PARAMS = {("OpenAI-Beta", "header")}

# Property names that may appear in our spec although absent from the reference
# at that place, as (where, name), `where` as the mismatch message prints it (a
# schema shared by several operations is compared, and named, at the first one that
# reaches it).  Every entry must be a deliberate divergence documented in
# spec/DIVERGENCES.md.
EXPECTED_EXTRA_PROPERTIES: set[tuple[str, str]] = {
    # Fields the reference's example answers show and its schemas lack
    # (spec/DIVERGENCES.md §4, "Fields the reference's examples show and its schemas lack").
    ("POST /responses response", "store"),
    ("POST /responses?beta=true response", "store"),
    *(("GET /chat/completions response.data[]", name)
      for name in ("request_id", "seed", "temperature", "top_p", "presence_penalty", "frequency_penalty")),
    ("GET /fine_tuning/jobs response.data[]", "shared_with_openai"),
    ("GET /vector_stores response.data[]", "description"),
    ("POST /threads/runs response", "tool_resources"),
    ("GET /organization/groups response.data[]", "object"),
    *(("GET /organization/audit_logs response.data[].actor.session", name)
      for name in ("ip_address_details", "user_agent", "ja3", "ja4")),
    *(("POST /chatkit/sessions response", name)
      for name in ("max_requests_per_session", "scope", "ttl_seconds", "cancelled_at")),
    *(("POST /realtime/sessions response", name)
      for name in ("client_secret", "modalities", "voice", "input_audio_format", "output_audio_format",
                   "input_audio_transcription", "temperature", "max_response_output_tokens", "speed")),
    ("POST /realtime/transcription_sessions response", "id"),
    ("POST /realtime/transcription_sessions response", "object"),
    *((f"GET /evals response.data[].testing_criteria[]<{kind}>", "id")
      for kind in ("label_model", "string_check", "text_similarity", "python", "score_model")),
}

# String enum values that may appear in our spec although the reference does not list
# them at that place, as (where, value), documented like the properties above.
EXPECTED_EXTRA_ENUM_VALUES: set[tuple[str, str]] = {
    ("GET /fine_tuning/jobs response.data[].status", "paused"),
}

# Tags of union variants only the multi-agent beta sends or accepts (the `?beta=true`
# operations, the reference's Beta* schemas). Our Responses unions serve the GA and the beta
# operations alike (spec/DIVERGENCES.md), so these variants are skipped where the
# reference's union lacks the tag, and compared in full where it has it.
BETA_ONLY_TAGS = {"agent_message", "multi_agent_call", "multi_agent_call_output", "encrypted_content"}


def load_yaml(path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


class Doc:
    def __init__(self, data):
        self.data = data
        self.anchor = None

    def resolve(self, node):
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"external $ref not supported: {ref}")
            cur = self.data
            for part in ref[2:].split("/"):
                cur = cur[part.replace("~1", "/").replace("~0", "~")]
            node = cur
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref loop at {ref}")
        return node

    def leaves(self, schema, depth=0):
        """Expand $ref / allOf / oneOf / anyOf into the list of plain schemas."""
        if isinstance(schema, dict) and "$recursiveRef" in schema:
            # JSON Schema 2019-09 recursion (used by the reference's CompoundFilter):
            # points back at the closest schema carrying `$recursiveAnchor`.
            schema = self.anchor or {}
        # OpenAPI 3.0 style `nullable: true` may sit next to $ref / oneOf.
        nullable = isinstance(schema, dict) and schema.get("nullable") is True
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 25:
            return []
        if schema.get("$recursiveAnchor"):
            self.anchor = schema
        out = [schema] + ([{"type": "null"}] if nullable else [])
        for key in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(key, []) or []:
                out.extend(self.leaves(sub, depth + 1))
        return out

    def views(self, schema, depth=0):
        """Split a schema into its alternative object shapes.

        oneOf / anyOf branches become separate views; allOf members are merged
        into one.  Each view is (properties, required)."""
        if isinstance(schema, dict) and "$recursiveRef" in schema:
            return []
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 25:
            return []
        props = dict(schema.get("properties") or {})
        required = set(schema.get("required") or [])
        for sub in schema.get("allOf") or []:
            for p2, r2 in self.views(sub, depth + 1):
                props.update(p2)
                required |= r2
        branches = (schema.get("oneOf") or []) + (schema.get("anyOf") or [])
        if branches:
            out = []
            for sub in branches:
                for p2, r2 in self.views(sub, depth + 1):
                    out.append(({**props, **p2}, required | r2))
            return out
        return [(props, required)] if props else []

    def info(self, schemas):
        """Merge the facts we compare over a list of (unresolved) schemas."""
        props, items, addl = {}, [], []
        enums, free_string, saw_type = set(), False, False
        type_set, untyped = set(), False
        for s in schemas:
            for leaf in self.leaves(s):
                for name, sub in (leaf.get("properties") or {}).items():
                    props.setdefault(name, []).append(sub)
                if isinstance(leaf.get("items"), dict):
                    items.append(leaf["items"])
                if isinstance(leaf.get("additionalProperties"), dict):
                    addl.append(leaf["additionalProperties"])
                types = leaf.get("type")
                types = types if isinstance(types, list) else [types] if types else []
                if types:
                    saw_type = True
                    type_set.update(types)
                    if leaf.get("nullable"):
                        type_set.add("null")
                elif not any(k in leaf for k in ("allOf", "oneOf", "anyOf", "$ref", "enum", "const")):
                    untyped = True
                elif "enum" in leaf and None in leaf["enum"]:
                    type_set.add("null")
                if "enum" in leaf:
                    enums.update(v for v in leaf["enum"] if isinstance(v, str))
                elif "const" in leaf and isinstance(leaf["const"], str):
                    enums.add(leaf["const"])
                elif "string" in types:
                    free_string = True
                elif not types and not any(k in leaf for k in ("properties", "items", "allOf", "oneOf", "anyOf", "$ref")):
                    free_string = True  # `{}`: anything goes
        return {"props": props, "items": items, "addl": addl, "enums": enums,
                "free_string": free_string or not saw_type,
                "types": None if untyped else type_set}


class Checker:
    def __init__(self, ours, ref, deep=True):
        self.ours, self.ref, self.deep = Doc(ours), Doc(ref), deep
        self.problems: list[str] = []
        self.notes: list[str] = []
        self._seen = set()
        self.mode = "request"

    def problem(self, msg):
        self.problems.append(msg)

    # -- schema comparison -------------------------------------------------
    def compare(self, where, ours, ref, depth=0):
        key = (self.mode, tuple(id(self.ours.resolve(s)) for s in ours), tuple(id(self.ref.resolve(s)) for s in ref))
        if key in self._seen or depth > 40:
            return
        self._seen.add(key)
        oi, ri = self.ours.info(ours), self.ref.info(ref)
        pairs, loose = self.pair_views(ours, ref)
        self.compare_required(where, pairs)
        # Properties of union variants are compared with the reference variant(s)
        # carrying the same tag; untagged shapes against everything the reference has.
        for (props, _req), candidates, label in pairs:
            merged = {}
            for rprops, _rreq in candidates:
                for name, sub in rprops.items():
                    merged.setdefault(name, []).append(sub)
            self.compare_props(f"{where}{label}", {n: [s] for n, s in props.items()}, merged, depth)
        if loose:
            mine = {}
            for props, _req in loose:
                for name, sub in props.items():
                    mine.setdefault(name, []).append(sub)
            self.compare_props(where, mine, ri["props"], depth)
        if not self.deep:
            return
        if oi["items"] and ri["items"]:
            self.compare(f"{where}[]", oi["items"], ri["items"], depth + 1)
        if oi["addl"] and ri["addl"]:
            self.compare(f"{where}{{}}", oi["addl"], ri["addl"], depth + 1)
        if oi["types"] and ri["types"]:
            if self.mode == "request":
                # What we send must be acceptable to the reference.
                allowed = set(ri["types"])
                if "number" in allowed:
                    allowed.add("integer")
                extra = sorted(oi["types"] - allowed)
                if extra:
                    self.problem(f"{where}: type(s) {extra} not allowed by the reference {sorted(ri['types'])}")
            else:
                # What the server may send must be decodable by our types.
                accepted = set(oi["types"])
                if "number" in accepted:
                    accepted.add("integer")
                missing = sorted(set(ri["types"]) - accepted)
                if missing:
                    self.problem(f"{where}: reference may send {missing}, we only accept {sorted(oi['types'])}")
        if oi["enums"] and ri["enums"] and not ri["free_string"]:
            extra = []
            for value in sorted(oi["enums"] - ri["enums"]):
                if (where, value) in EXPECTED_EXTRA_ENUM_VALUES:
                    self.notes.append(f"{where}: enum value `{value}` allowed explicitly")
                else:
                    extra.append(value)
            if extra:
                self.problem(f"{where}: enum value(s) {extra} are not in the reference")

    def compare_props(self, where, mine, theirs, depth):
        for name, subs in sorted(mine.items()):
            if name not in theirs:
                if (where, name) in EXPECTED_EXTRA_PROPERTIES:
                    self.notes.append(f"{where}: property `{name}` allowed explicitly")
                    continue
                self.problem(f"{where}: property `{name}` is not in the reference")
            elif self.deep:
                self.compare(f"{where}.{name}", subs, theirs[name], depth + 1)

    def tag_of(self, props):
        """The single-value discriminator of an object shape, if it has one."""
        for key in ("type", "event", "role", "object"):
            if key not in props:
                continue
            values = [leaf.get("enum") for leaf in self.ours.leaves(props[key])
                      if leaf.get("type") != "null"]
            if len(values) == 1 and isinstance(values[0], list) and len(values[0]) == 1:
                return key, values[0][0]
        return None

    @staticmethod
    def best(candidates, props):
        """The reference shape closest to ours: fewest of our properties
        missing, then fewest differences overall."""
        names = set(props)
        return min(candidates, key=lambda c: (len(names - set(c[0])), len(names ^ set(c[0]))))

    def pair_views(self, ours, ref):
        """Pair our object shapes with the reference's.

        Returns (pairs, loose): pairs are (our view, [reference view], label);
        loose are our views for which no reference shape has all our
        properties (compared against the merged reference properties)."""
        mine = [v for s in ours for v in self.ours.views(s)]
        theirs = [v for s in ref for v in self.ref.views(s)]
        if not mine or not theirs:
            return [], mine
        if len(mine) == 1 and len(theirs) == 1:
            return [(mine[0], theirs, "")], []
        pairs, loose = [], []
        for props, req in mine:
            tag = self.tag_of(props)
            if tag and tag[1] in BETA_ONLY_TAGS and not any(
                    tag[1] in (leaf.get("enum") or [leaf.get("const")])
                    for rprops, _ in theirs for leaf in self.ref.leaves(rprops.get(tag[0]) or {})):
                self.notes.append(f"beta-only variant `{tag[1]}` skipped")
                continue
            candidates = []
            if tag:
                key, value = tag
                for rprops, rreq in theirs:
                    for leaf in self.ref.leaves(rprops.get(key) or {}):
                        if value in (leaf.get("enum") or [leaf.get("const")]):
                            candidates.append((rprops, rreq))
                            break
            label = f"<{tag[1]}>" if tag else ""
            if not candidates:
                candidates = theirs
            choice = self.best(candidates, props)
            if tag and choice in candidates and candidates is not theirs:
                pairs.append(((props, req), [choice], label))
            elif not set(props) - set(choice[0]):
                pairs.append(((props, req), [choice], label))
            else:
                loose.append((props, req))
        return pairs, loose

    def compare_required(self, where, pairs):
        """Request bodies must require what the reference requires; response
        objects must not require more than the reference guarantees.  Several
        reference variants may share one tag value (e.g. three kinds of
        `message`); a pairing is fine when at least one of them agrees."""
        for (props, req), candidates, label in pairs:
            issues = []
            for rprops, rreq in candidates:
                if self.mode == "request":
                    diff = sorted((rreq & set(props)) - req)
                    msg = f"reference requires {diff}, we do not"
                else:
                    diff = sorted(req - rreq)
                    msg = f"we require {diff}, the reference does not"
                if not diff:
                    issues = []
                    break
                issues.append(msg)
            if issues:
                self.problem(f"{where}{label}: {issues[0]}")

    # -- operations --------------------------------------------------------
    def params(self, doc, path_item, op):
        out = {}
        for p in (path_item.get("parameters") or []) + (op.get("parameters") or []):
            p = doc.resolve(p)
            out[(p["name"], p["in"])] = p
        return out

    def run(self):
        ref_paths = self.ref.data["paths"]
        count = 0
        for path, item in self.ours.data["paths"].items():
            for method in METHODS:
                op = item.get(method)
                if not op:
                    continue
                count += 1
                label = f"{method.upper()} {path}"
                if path not in ref_paths or method not in ref_paths[path]:
                    self.problem(f"{label}: operation does not exist in the reference")
                    continue
                rop = ref_paths[path][method]
                if op.get("operationId") != rop.get("operationId"):
                    self.problem(f"{label}: operationId {op.get('operationId')!r} != reference {rop.get('operationId')!r}")
                ours_p = self.params(self.ours, item, op)
                ref_p = self.params(self.ref, ref_paths[path], rop)
                for key in ours_p:
                    if key in ref_p:
                        continue
                    if key in EXPECTED_EXTRA_PARAMS:
                        self.notes.append(f"{label}: parameter {key[0]} ({key[1]}) allowed explicitly")
                        continue
                    self.problem(f"{label}: parameter {key[0]} ({key[1]}) is not in the reference")
                for key, p in ours_p.items():
                    if key[1] == "path" and key in ref_p and not p.get("required"):
                        self.problem(f"{label}: path parameter {key[0]} must be required")
                    if key in ref_p and self.deep and "schema" in p and "schema" in ref_p[key]:
                        self.mode = "request"
                        self.compare(f"{label} parameter {key[0]}", [p["schema"]], [ref_p[key]["schema"]])
                        if ref_p[key].get("required") and not p.get("required"):
                            self.problem(f"{label}: parameter {key[0]} is required by the reference")
                self.check_body(label, op, rop)
                if self.deep:
                    self.check_response(label, op, rop)
        # Webhooks: our payloads are what the API sends, so they compare like responses.
        ref_hooks = self.ref.data.get("webhooks") or {}
        for name, item in (self.ours.data.get("webhooks") or {}).items():
            count += 1
            label = f"webhook {name}"
            op, rop = item.get("post"), (ref_hooks.get(name) or {}).get("post")
            if not op or not rop:
                self.problem(f"{label}: webhook (POST) does not exist in the reference")
                continue
            self.check_body(label, op, rop, mode="response")
        return count

    def check_body(self, label, op, rop, mode="request"):
        body = op.get("requestBody")
        if not body:
            return
        body = self.ours.resolve(body)
        rbody = self.ref.resolve(rop.get("requestBody") or {})
        rcontent = rbody.get("content") or {}
        for media, content in (body.get("content") or {}).items():
            if media not in rcontent:
                self.problem(f"{label}: request media type {media} is not in the reference")
                continue
            self.mode = mode
            self.compare(f"{label} request", [content["schema"]], [rcontent[media]["schema"]])

    def check_response(self, label, op, rop):
        ok = (op.get("responses") or {}).get("200")
        rok = (rop.get("responses") or {}).get("200")
        if not ok or not rok:
            return
        ok, rok = self.ours.resolve(ok), self.ref.resolve(rok)
        mine = (ok.get("content") or {}).get("application/json")
        theirs = (rok.get("content") or {}).get("application/json")
        self.mode = "response"
        if mine and theirs and "schema" in mine and "schema" in theirs:
            self.compare(f"{label} response", [mine["schema"]], [theirs["schema"]])
        mine = (ok.get("content") or {}).get("text/event-stream")
        theirs = (rok.get("content") or {}).get("text/event-stream")
        if mine and theirs:
            self.compare(f"{label} stream", [mine["schema"]], [theirs["schema"]])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spec", default=DEFAULT_SPEC)
    ap.add_argument("--reference", default=DEFAULT_REF)
    ap.add_argument("--shallow", action="store_true", help="only compare top-level request properties")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print notes about allowed extras")
    args = ap.parse_args()

    checker = Checker(load_yaml(args.spec), load_yaml(args.reference), deep=not args.shallow)
    count = checker.run()
    if args.verbose:
        for note in checker.notes:
            print(f"note: {note}")
    for msg in checker.problems:
        print(f"MISMATCH: {msg}")
    print(f"checked {count} operations and webhooks against {os.path.relpath(args.reference)}: "
          f"{len(checker.problems)} mismatch(es), {len(checker.notes)} allowed extra(s)")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
