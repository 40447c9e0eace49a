#!/usr/bin/env python3
"""Self-consistency checks for spec/openai.yaml.

  * every operation of the expected table is present, with its operationId,
    `x-rust-method`, one known tag, a summary and a description;
  * operations of the beta Assistants API take the `OpenAI-Beta` header;
  * every `$ref` resolves;
  * every schema and every property carries a description (a `$ref` property
    carries its own `description` next to the `$ref`);
  * every discriminated union is well formed: each mapping target is one of the
    `oneOf` members, declares the discriminator property as an enum of exactly
    the mapping keys that name it (one, or a current and a former name) and lists
    it in `required`, and every member is mapped;
  * every `examples` entry of a component schema validates against that schema
    (JSON Schema 2020-12, `$ref`s resolved against the whole document).

Exit status is 1 when something is wrong.

Usage: python3 spec/tools/check_spec.py [--spec spec/openai.yaml]
"""
from __future__ import annotations

import argparse
import os
import sys

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SPEC = os.path.abspath(os.path.join(HERE, "..", "openai.yaml"))

TAGS = {"Responses", "Conversations", "Chat", "Audio", "Images", "Embeddings", "Moderations",
        "Fine-tuning", "Batch", "Files", "Vector stores", "Assistants", "Threads", "Runs",
        "Messages", "Models"}
BETA_TAGS = {"Assistants", "Threads", "Runs", "Messages"}

# method path operationId x-rust-method
EXPECTED = """
POST /responses createResponse responses.create
GET /responses/{response_id} getResponse responses.retrieve
DELETE /responses/{response_id} deleteResponse responses.delete
POST /responses/{response_id}/cancel cancelResponse responses.cancel
POST /conversations createConversation conversations.create
GET /conversations/{conversation_id}/items listConversationItems conversations.items.list
POST /conversations/{conversation_id}/items createConversationItems conversations.items.create
POST /chat/completions createChatCompletion chat.completions.create
GET /chat/completions listChatCompletions chat.completions.list
GET /chat/completions/{completion_id} getChatCompletion chat.completions.retrieve
POST /chat/completions/{completion_id} updateChatCompletion chat.completions.update
DELETE /chat/completions/{completion_id} deleteChatCompletion chat.completions.delete
GET /chat/completions/{completion_id}/messages getChatCompletionMessages chat.completions.messages.list
POST /audio/transcriptions createTranscription audio.transcriptions.create
POST /audio/speech createSpeech audio.speech.create
POST /images/generations createImage images.generate
POST /images/edits createImageEdit images.edit
POST /images/variations createImageVariation images.create_variation
POST /embeddings createEmbedding embeddings.create
POST /moderations createModeration moderations.create
POST /fine_tuning/jobs createFineTuningJob fine_tuning.jobs.create
GET /fine_tuning/jobs listPaginatedFineTuningJobs fine_tuning.jobs.list
GET /fine_tuning/jobs/{fine_tuning_job_id} retrieveFineTuningJob fine_tuning.jobs.retrieve
POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel cancelFineTuningJob fine_tuning.jobs.cancel
GET /fine_tuning/jobs/{fine_tuning_job_id}/events listFineTuningEvents fine_tuning.jobs.events.list
GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints listFineTuningJobCheckpoints fine_tuning.jobs.checkpoints.list
POST /batches createBatch batches.create
GET /batches listBatches batches.list
GET /batches/{batch_id} retrieveBatch batches.retrieve
POST /batches/{batch_id}/cancel cancelBatch batches.cancel
POST /files createFile files.create
GET /files listFiles files.list
GET /files/{file_id} retrieveFile files.retrieve
DELETE /files/{file_id} deleteFile files.delete
GET /files/{file_id}/content downloadFile files.content
POST /vector_stores createVectorStore vector_stores.create
GET /vector_stores listVectorStores vector_stores.list
GET /vector_stores/{vector_store_id} getVectorStore vector_stores.retrieve
POST /vector_stores/{vector_store_id} modifyVectorStore vector_stores.update
DELETE /vector_stores/{vector_store_id} deleteVectorStore vector_stores.delete
POST /vector_stores/{vector_store_id}/files createVectorStoreFile vector_stores.files.create
POST /assistants createAssistant assistants.create
GET /assistants listAssistants assistants.list
GET /assistants/{assistant_id} getAssistant assistants.retrieve
POST /assistants/{assistant_id} modifyAssistant assistants.update
DELETE /assistants/{assistant_id} deleteAssistant assistants.delete
POST /threads createThread threads.create
GET /threads/{thread_id} getThread threads.retrieve
POST /threads/{thread_id} modifyThread threads.update
DELETE /threads/{thread_id} deleteThread threads.delete
POST /threads/runs createThreadAndRun threads.create_and_run
POST /threads/{thread_id}/runs createRun threads.runs.create
GET /threads/{thread_id}/runs listRuns threads.runs.list
GET /threads/{thread_id}/runs/{run_id} getRun threads.runs.retrieve
POST /threads/{thread_id}/runs/{run_id} modifyRun threads.runs.update
POST /threads/{thread_id}/runs/{run_id}/cancel cancelRun threads.runs.cancel
POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs submitToolOuputsToRun threads.runs.submit_tool_outputs
GET /threads/{thread_id}/runs/{run_id}/steps listRunSteps threads.runs.steps.list
GET /threads/{thread_id}/runs/{run_id}/steps/{step_id} getRunStep threads.runs.steps.retrieve
POST /threads/{thread_id}/messages createMessage threads.messages.create
GET /threads/{thread_id}/messages listMessages threads.messages.list
GET /threads/{thread_id}/messages/{message_id} getMessage threads.messages.retrieve
POST /threads/{thread_id}/messages/{message_id} modifyMessage threads.messages.update
DELETE /threads/{thread_id}/messages/{message_id} deleteMessage threads.messages.delete
GET /models listModels models.list
GET /models/{model} retrieveModel models.retrieve
DELETE /models/{model} deleteModel models.delete
"""

STREAMING = {"createResponse", "createChatCompletion", "createRun", "createThreadAndRun",
             "submitToolOuputsToRun"}

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class Spec:
    def __init__(self, data, directory="."):
        self.data = data
        # Where a reference to another file (a helper module's Rust source) is looked up.
        self.directory = directory
        self.errors: list[str] = []

    def err(self, msg):
        self.errors.append(msg)

    def lookup(self, ref):
        if not ref.startswith("#/"):
            raise KeyError(ref)
        cur = self.data
        for part in ref[2:].split("/"):
            cur = cur[part.replace("~1", "/").replace("~0", "~")]
        return cur

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            node = self.lookup(node["$ref"])
        return node

    # ------------------------------------------------------------------
    def check_refs(self, node, where="#"):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str) and not value.startswith("#"):
                    if not os.path.isfile(os.path.join(self.directory, value.split("#")[0])):
                        self.err(f"{where}: $ref {value} names no file beside the spec")
                elif key == "$ref" and isinstance(value, str):
                    try:
                        self.lookup(value)
                    except (KeyError, TypeError):
                        self.err(f"{where}: unresolved $ref {value}")
                elif key not in ("examples", "example"):
                    self.check_refs(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.check_refs(value, f"{where}/{i}")

    def check_operations(self):
        expected = {}
        for line in EXPECTED.strip().splitlines():
            method, path, op_id, rust = line.split()
            expected[(method.lower(), path)] = (op_id, rust)
        seen = set()
        for path, item in self.data.get("paths", {}).items():
            path_params = [self.resolve(p) for p in item.get("parameters", [])]
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                label = f"{method.upper()} {path}"
                seen.add((method, path))
                if (method, path) not in expected:
                    self.err(f"{label}: operation is not in the expected table")
                    continue
                op_id, rust = expected[(method, path)]
                if op.get("operationId") != op_id:
                    self.err(f"{label}: operationId {op.get('operationId')!r}, expected {op_id!r}")
                if op.get("x-rust-method") != rust:
                    self.err(f"{label}: x-rust-method {op.get('x-rust-method')!r}, expected {rust!r}")
                tags = op.get("tags") or []
                if len(tags) != 1 or tags[0] not in TAGS:
                    self.err(f"{label}: needs exactly one known tag, has {tags}")
                for field in ("summary", "description"):
                    if not str(op.get(field) or "").strip():
                        self.err(f"{label}: missing {field}")
                params = path_params + [self.resolve(p) for p in op.get("parameters", [])]
                for p in params:
                    if not p.get("description"):
                        self.err(f"{label}: parameter {p.get('name')} has no description")
                names = {(p["name"], p["in"]) for p in params}
                for seg in path.split("/"):
                    if seg.startswith("{") and (seg[1:-1], "path") not in names:
                        self.err(f"{label}: path parameter {seg} is not declared")
                if tags and tags[0] in BETA_TAGS and ("OpenAI-Beta", "header") not in names:
                    self.err(f"{label}: beta Assistants operation without the OpenAI-Beta header")
                responses = op.get("responses") or {}
                if "200" not in responses:
                    self.err(f"{label}: no 200 response")
                if not any(code in responses for code in ("default", "4XX", "5XX")):
                    self.err(f"{label}: no error response")
                content = (self.resolve(responses.get("200", {})).get("content") or {})
                if op_id in STREAMING and not {"application/json", "text/event-stream"} <= set(content):
                    self.err(f"{label}: streaming operation needs JSON and SSE content")
        for key in set(expected) - seen:
            self.err(f"{key[0].upper()} {key[1]}: expected operation is missing")

    def check_descriptions(self):
        schemas = self.data["components"]["schemas"]

        def walk(node, where, is_property):
            if not isinstance(node, dict):
                return
            if is_property and not node.get("description"):
                self.err(f"{where}: property without description")
            if "$ref" in node:
                return
            for name, sub in (node.get("properties") or {}).items():
                walk(sub, f"{where}.{name}", True)
            for key in ("items", "additionalProperties"):
                if isinstance(node.get(key), dict):
                    walk(node[key], f"{where}[{key}]", False)
            for key in ("oneOf", "anyOf", "allOf"):
                for i, sub in enumerate(node.get(key) or []):
                    walk(sub, f"{where}/{key}/{i}", False)

        for name, schema in schemas.items():
            if not schema.get("description"):
                self.err(f"schema {name}: no description")
            walk(schema, name, False)

    def check_discriminators(self):
        def visit(node, where):
            if isinstance(node, dict):
                disc = node.get("discriminator")
                if disc:
                    self.check_union(node, disc, where)
                for key, value in node.items():
                    if key not in ("examples", "example"):
                        visit(value, f"{where}/{key}")
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    visit(value, f"{where}/{i}")

        visit(self.data["components"], "#/components")

    def check_union(self, node, disc, where):
        prop = disc.get("propertyName")
        mapping = disc.get("mapping") or {}
        members = [m.get("$ref") for m in node.get("oneOf") or node.get("anyOf") or []]
        if not mapping:
            self.err(f"{where}: discriminator without mapping")
        if None in members:
            self.err(f"{where}: discriminated union members must be $refs")
        # A member may stand for several tag values (an event's current name and the name
        # it had in a beta); its enum then lists exactly the values mapped to it, in order.
        values_of: dict[str, list[str]] = {}
        for value, ref in mapping.items():
            values_of.setdefault(ref, []).append(value)
        for ref, values in values_of.items():
            if ref not in members:
                self.err(f"{where}: mapping {', '.join(values)} -> {ref} is not a oneOf member")
                continue
            target = self.resolve({"$ref": ref})
            schema = (target.get("properties") or {}).get(prop) or {}
            if schema.get("enum") != values:
                self.err(f"{where}: {ref} must declare {prop} as enum {values}, has {schema.get('enum')}")
            if prop not in (target.get("required") or []):
                self.err(f"{where}: {ref} must list {prop} in required")
        for ref in members:
            if ref and ref not in mapping.values():
                self.err(f"{where}: member {ref} is missing from the mapping")

    def check_examples(self):
        registry = Registry().with_resource("urn:openai-spec", Resource(contents=self.data, specification=DRAFT202012))
        count = 0
        for name, schema in self.data["components"]["schemas"].items():
            examples = schema.get("examples") or []
            if not examples:
                continue
            wrapper = {"$ref": f"urn:openai-spec#/components/schemas/{name}"}
            validator = Draft202012Validator(wrapper, registry=registry)
            for i, example in enumerate(examples):
                count += 1
                errors = sorted(validator.iter_errors(example), key=lambda e: list(e.absolute_path))
                for e in errors[:5]:
                    path = "/".join(str(p) for p in e.absolute_path)
                    self.err(f"schema {name} example {i}: at /{path}: {e.message[:300]}")
        return count


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spec", default=DEFAULT_SPEC)
    args = ap.parse_args()
    with open(args.spec, encoding="utf-8") as fh:
        spec = Spec(yaml.safe_load(fh), os.path.dirname(os.path.abspath(args.spec)))
    spec.check_refs(spec.data)
    spec.check_operations()
    spec.check_descriptions()
    spec.check_discriminators()
    examples = spec.check_examples()
    for msg in spec.errors:
        print(f"ERROR: {msg}")
    ops = sum(1 for item in spec.data["paths"].values() for m in METHODS if m in item)
    print(f"{ops} operations, {len(spec.data['components']['schemas'])} schemas, "
          f"{examples} examples checked: {len(spec.errors)} problem(s)")
    return 1 if spec.errors else 0


if __name__ == "__main__":
    sys.exit(main())
