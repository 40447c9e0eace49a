//! Stage 2, normalize: rewrite OpenAPI 3.1 (JSON Schema 2020-12) into the OpenAPI 3.0 form
//! that `openapiv3` deserializes, keeping everything later stages need.
//!
//! Only schema positions are rewritten; examples, defaults and extensions are data and are
//! left alone. 3.0 input passes through unchanged apart from harmless tidying.

use serde_json::{Map, Value, json};

use crate::diagnostics::{Warnings, pointer_join};
use crate::ir::HttpMethod;

mod unread;

/// Schema keywords whose value is a single subschema.
const SUBSCHEMA_KEYS: &[&str] = &["items", "not", "additionalProperties", "contains", "propertyNames"];
/// Schema keywords whose value is a list of subschemas.
const SUBSCHEMA_LIST_KEYS: &[&str] = &["allOf", "oneOf", "anyOf", "prefixItems"];
/// Schema keywords whose value maps names to subschemas.
const SUBSCHEMA_MAP_KEYS: &[&str] = &["properties", "patternProperties", "$defs", "definitions"];
/// Keywords that only annotate a schema; an `allOf` member made of these alone constrains
/// nothing and is folded into its parent (`allOf: [{$ref: X}, {nullable: true}]`).
const ANNOTATION_KEYS: &[&str] = &[
    "nullable",
    "description",
    "title",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "example",
    "examples",
    // AWS specs wrap every property `$ref` in `allOf: [$ref, {xml: ..}]`.
    "xml",
    "externalDocs",
    "$comment",
];
/// Keywords that belong to one JSON type, moved with it when `type: [a, b]` is split.
const TYPE_KEYWORDS: &[(&str, &[&str])] = &[
    ("object", &["properties", "required", "additionalProperties", "minProperties", "maxProperties"]),
    ("array", &["items", "minItems", "maxItems", "uniqueItems"]),
    ("string", &["minLength", "maxLength", "pattern", "format"]),
];

/// Rewrites the whole document in place.
pub fn normalize(doc: &mut Value, warnings: &mut Warnings) {
    fill_required(doc, warnings);
    unread::drop_defects(doc, warnings);
    let is_31 = doc.get("openapi").and_then(Value::as_str).is_some_and(|v| v.starts_with("3.1"));
    if is_31 {
        doc["openapi"] = json!("3.0.3");
    }
    let Some(root) = doc.as_object_mut() else { return };
    for (key, value) in root.iter_mut() {
        match key.as_str() {
            "paths" | "webhooks" => walk_document(value, &format!("/{key}"), warnings),
            "components" => normalize_components(value, warnings),
            _ => {}
        }
    }
}

/// Common defects with an obvious meaning are repaired, each with a located warning:
/// numbers where a version string belongs (`openapi: 3.0`, `version: 1`), a response
/// without its required `description`, an operation without `responses`, and a document
/// without `paths` (allowed in 3.1, where a document may hold only components).
fn fill_required(doc: &mut Value, warnings: &mut Warnings) {
    let Some(root) = doc.as_object_mut() else { return };
    if let Some(version) = root.get_mut("openapi") {
        stringify(version, "/openapi", "the OpenAPI version", warnings);
    }
    if let Some(Value::Object(info)) = root.get_mut("info") {
        for key in ["title", "version"] {
            if let Some(value) = info.get_mut(key) {
                stringify(value, &pointer_join("/info", key), &format!("`info.{key}`"), warnings);
            }
        }
    }
    if let Some(Value::Array(servers)) = root.get_mut("servers") {
        for (i, server) in servers.iter_mut().enumerate() {
            let Some(Value::Object(variables)) = server.get_mut("variables") else { continue };
            for (name, variable) in variables.iter_mut() {
                let Some(variable) = variable.as_object_mut() else { continue };
                let first = variable.get("enum").and_then(|e| e.get(0)).and_then(Value::as_str).map(str::to_owned);
                if let (None, Some(first)) = (variable.get("default"), first) {
                    warnings.push(
                        pointer_join(&format!("/servers/{i}/variables"), name),
                        format!(
                            "server variable has no `default` (OpenAPI requires one); its first value `{first}` is used"
                        ),
                    );
                    variable.insert("default".into(), Value::String(first));
                }
            }
        }
    }
    let is_30 = root.get("openapi").and_then(Value::as_str).is_some_and(|v| v.starts_with("3.0"));
    if !root.contains_key("paths") && !root.contains_key("swagger") {
        if is_30 {
            warnings.push("", "the document has no `paths` (OpenAPI 3.0 requires one); generated without operations");
        }
        root.insert("paths".into(), json!({}));
    }
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else { continue };
            for (method, op) in item.iter_mut().filter(|(k, _)| HttpMethod::from_lowercase(k).is_some()) {
                let op_at = pointer_join(&pointer_join("/paths", path), method);
                let Some(op) = op.as_object_mut() else { continue };
                if !op.contains_key("responses") {
                    warnings.push(
                        op_at.clone(),
                        "operation has no `responses` (OpenAPI requires them); generated without a response type",
                    );
                    op.insert("responses".into(), json!({}));
                }
                if let Some(Value::Object(responses)) = op.get_mut("responses") {
                    capitalize_status_ranges(responses, &pointer_join(&op_at, "responses"), warnings);
                    describe_responses(responses, &pointer_join(&op_at, "responses"), warnings);
                }
            }
        }
    }
    if let Some(Value::Object(responses)) = root.get_mut("components").and_then(|c| c.get_mut("responses")) {
        describe_responses(responses, "/components/responses", warnings);
    }
}

/// A number or boolean where text belongs becomes that text.
fn stringify(value: &mut Value, pointer: &str, what: &str, warnings: &mut Warnings) {
    if matches!(value, Value::Number(_) | Value::Bool(_)) {
        let text = value.to_string();
        warnings.push(pointer, format!("{what} should be a string; read `{text}` as \"{text}\" (quote it in YAML)"));
        *value = Value::String(text);
    }
}

/// `4xx` means `4XX`: OpenAPI spells ranges in capitals, and nothing else could be meant.
fn capitalize_status_ranges(responses: &mut Map<String, Value>, pointer: &str, warnings: &mut Warnings) {
    let is_lower_range = |code: &str| {
        let bytes = code.as_bytes();
        bytes.len() == 3
            && (b'1'..=b'5').contains(&bytes[0])
            && bytes[1..].eq_ignore_ascii_case(b"xx")
            && &bytes[1..] != b"XX"
    };
    if !responses.keys().any(|code| is_lower_range(code)) {
        return;
    }
    let entries = std::mem::take(responses);
    for (code, response) in entries {
        let code = if is_lower_range(&code) {
            let range = format!("{}XX", &code[..1]);
            warnings.push(
                pointer_join(pointer, &code),
                format!("status range `{code}` is written `{range}`; read as `{range}`"),
            );
            range
        } else {
            code
        };
        // A capitalized duplicate (`4xx` beside `4XX`) keeps the one written last.
        responses.insert(code, response);
    }
}

fn describe_responses(responses: &mut Map<String, Value>, pointer: &str, warnings: &mut Warnings) {
    for (code, response) in responses.iter_mut().filter(|(k, _)| !k.starts_with("x-")) {
        if let Some(response) = response.as_object_mut()
            && !response.contains_key("$ref")
            && !response.contains_key("description")
        {
            warnings.push(
                pointer_join(pointer, code),
                "response has no `description` (OpenAPI requires one); an empty one is used",
            );
            response.insert("description".into(), json!(""));
        }
    }
}

fn normalize_components(components: &mut Value, warnings: &mut Warnings) {
    let Some(components) = components.as_object_mut() else { return };
    for (kind, entries) in components.iter_mut() {
        let base = pointer_join("/components", kind);
        if kind == "schemas" {
            if let Some(entries) = entries.as_object_mut() {
                for (name, schema) in entries.iter_mut() {
                    let pointer = pointer_join(&base, name);
                    resolve_recursive_refs(schema, &format!("#{pointer}"));
                    normalize_schema(schema, &pointer, warnings);
                }
            }
        } else {
            walk_document(entries, &base, warnings);
        }
    }
}

/// Walks non-schema parts of the document (paths, parameters, media types, headers) and
/// normalizes every `schema` found there.
fn walk_document(value: &mut Value, pointer: &str, warnings: &mut Warnings) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                let child_pointer = pointer_join(pointer, key);
                match key.as_str() {
                    "schema" => normalize_schema(child, &child_pointer, warnings),
                    "example" | "examples" | "default" | "enum" | "const" => {}
                    k if k.starts_with("x-") => {}
                    _ => walk_document(child, &child_pointer, warnings),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                walk_document(item, &format!("{pointer}/{i}"), warnings);
            }
        }
        _ => {}
    }
}

/// Normalizes one schema and, recursively, its subschemas.
pub fn normalize_schema(schema: &mut Value, pointer: &str, warnings: &mut Warnings) {
    // Boolean schemas: `true` accepts anything, `false` nothing.
    if let Value::Bool(accepts) = schema {
        *schema = if *accepts { json!({}) } else { json!({ "not": {} }) };
        return;
    }
    let Some(map) = schema.as_object_mut() else { return };
    recurse_into_subschemas(map, pointer, warnings);
    fold_annotation_members(map);
    rewrite_const(map);
    rewrite_examples(map);
    rewrite_exclusive_bounds(map);
    rewrite_content_encoding(map);
    rewrite_prefix_items(map);
    rewrite_null_union_members(map);
    rewrite_type_list(map);
    rewrite_ref_with_siblings(map);
    // `$defs` are only a place to keep schemas: the ones referenced were gathered into
    // components by `bundle`, and the rest describe nothing.
    map.remove("$defs");
}

fn recurse_into_subschemas(map: &mut Map<String, Value>, pointer: &str, warnings: &mut Warnings) {
    for key in SUBSCHEMA_KEYS {
        if let Some(child) = map.get_mut(*key) {
            // `additionalProperties: true|false` is valid 3.0 and means something else than a schema.
            if !(*key == "additionalProperties" && child.is_boolean()) {
                normalize_schema(child, &pointer_join(pointer, key), warnings);
            }
        }
    }
    for key in SUBSCHEMA_LIST_KEYS {
        if let Some(Value::Array(items)) = map.get_mut(*key) {
            for (i, item) in items.iter_mut().enumerate() {
                normalize_schema(item, &format!("{}/{i}", pointer_join(pointer, key)), warnings);
            }
        }
    }
    for key in SUBSCHEMA_MAP_KEYS {
        if let Some(Value::Object(children)) = map.get_mut(*key) {
            for (name, child) in children.iter_mut() {
                normalize_schema(child, &pointer_join(&pointer_join(pointer, key), name), warnings);
            }
        }
    }
}

/// JSON Schema 2019-09 `$recursiveRef: "#"` names the document root; in a component schema
/// the spec means that component (the OpenAI spec's recursive filters do this).
fn resolve_recursive_refs(value: &mut Value, component: &str) {
    match value {
        Value::Object(map) => {
            if map.get("$recursiveRef").and_then(Value::as_str) == Some("#") {
                map.remove("$recursiveRef");
                map.insert("$ref".into(), json!(component));
            }
            for (key, child) in map.iter_mut() {
                if !matches!(key.as_str(), "example" | "examples" | "default" | "enum" | "const") {
                    resolve_recursive_refs(child, component);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| resolve_recursive_refs(item, component)),
        _ => {}
    }
}

/// Moves annotation-only `allOf` members (`{nullable: true}`, `{description: ..}`) into the
/// parent, so `allOf: [{$ref: X}, {nullable: true}]` reads as a nullable reference to X.
fn fold_annotation_members(map: &mut Map<String, Value>) {
    let Some(Value::Array(members)) = map.get_mut("allOf") else { return };
    let is_annotation =
        |m: &Value| m.as_object().is_some_and(|o| o.keys().all(|k| ANNOTATION_KEYS.contains(&k.as_str())));
    if members.len() < 2 || !members.iter().any(|m| !is_annotation(m)) {
        return;
    }
    let (annotations, kept): (Vec<Value>, Vec<Value>) = std::mem::take(members).into_iter().partition(is_annotation);
    *members = kept;
    for annotation in annotations {
        if let Value::Object(annotation) = annotation {
            for (key, value) in annotation {
                map.entry(key).or_insert(value);
            }
        }
    }
}

/// `const: v` → `enum: [v]`, with the type inferred when the schema has none.
fn rewrite_const(map: &mut Map<String, Value>) {
    let Some(value) = map.remove("const") else { return };
    if !map.contains_key("type") {
        let ty = match &value {
            Value::String(_) => Some("string"),
            Value::Bool(_) => Some("boolean"),
            Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
            Value::Number(_) => Some("number"),
            _ => None,
        };
        if let Some(ty) = ty {
            map.insert("type".into(), json!(ty));
        }
    }
    map.insert("enum".into(), Value::Array(vec![value]));
}

/// 3.1 `examples: [..]` → 3.0 `example` (the first one).
fn rewrite_examples(map: &mut Map<String, Value>) {
    if let Some(Value::Array(examples)) = map.get("examples")
        && !map.contains_key("example")
        && let Some(first) = examples.first()
    {
        let first = first.clone();
        map.insert("example".into(), first);
    }
    if map.get("examples").is_some_and(Value::is_array) {
        map.remove("examples");
    }
}

/// 3.1 numeric `exclusiveMinimum: n` → 3.0 `minimum: n, exclusiveMinimum: true`.
fn rewrite_exclusive_bounds(map: &mut Map<String, Value>) {
    for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
        if let Some(Value::Number(n)) = map.get(exclusive) {
            let n = Value::Number(n.clone());
            map.insert(bound.into(), n);
            map.insert(exclusive.into(), Value::Bool(true));
        }
    }
}

/// 3.1 describes file contents with `contentMediaType`/`contentEncoding`; 3.0 with `format`.
fn rewrite_content_encoding(map: &mut Map<String, Value>) {
    if map.contains_key("format") || map.get("type").and_then(Value::as_str) != Some("string") {
        return;
    }
    if map.get("contentEncoding").and_then(Value::as_str) == Some("base64") {
        map.insert("format".into(), json!("byte"));
    } else if map.contains_key("contentMediaType") {
        map.insert("format".into(), json!("binary"));
    }
}

/// Tuples (`prefixItems`) become arrays of any value: Rust gets `Vec<serde_json::Value>`.
fn rewrite_prefix_items(map: &mut Map<String, Value>) {
    if map.remove("prefixItems").is_some() && !map.contains_key("items") {
        map.insert("items".into(), json!({}));
    }
}

fn is_null_schema(value: &Value) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(types)) => types.iter().all(|t| t == "null"),
        _ => value.get("enum").is_some_and(|e| e == &json!([null])),
    }
}

/// `anyOf: [X, {type: null}]` → X marked nullable (wrapped in `allOf` when X is a `$ref`,
/// since 3.0 ignores keywords beside `$ref`).
fn rewrite_null_union_members(map: &mut Map<String, Value>) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = map.get_mut(key) else { continue };
        let before = members.len();
        members.retain(|m| !is_null_schema(m));
        if members.len() == before {
            continue;
        }
        map.insert("nullable".into(), Value::Bool(true));
        let Some(Value::Array(members)) = map.get(key) else { continue };
        if members.len() == 1 {
            let only = members[0].clone();
            map.remove(key);
            if only.get("$ref").is_some() {
                map.insert("allOf".into(), Value::Array(vec![only]));
            } else if let Value::Object(only) = only {
                for (k, v) in only {
                    // The outer schema's own description wins over the member's.
                    map.entry(k).or_insert(v);
                }
            }
        }
    }
}

/// `type: [a, "null"]` → `type: a, nullable: true`; several non-null types become an `anyOf`
/// with each type's own keywords moved into its member.
fn rewrite_type_list(map: &mut Map<String, Value>) {
    let types: Vec<String> = match map.get("type") {
        Some(Value::Array(types)) => types.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect(),
        Some(Value::String(t)) if t == "null" => vec!["null".to_owned()],
        _ => return,
    };
    map.remove("type");
    let non_null: Vec<&String> = types.iter().filter(|t| *t != "null").collect();
    if non_null.len() < types.len() {
        map.insert("nullable".into(), Value::Bool(true));
    }
    match non_null.as_slice() {
        [] => {
            // Only null: nothing but `null` is valid.
            map.insert("enum".into(), json!([null]));
        }
        [only] => {
            map.insert("type".into(), json!(only));
        }
        several => {
            let mut members = Vec::new();
            for ty in several {
                let mut member = Map::new();
                member.insert("type".into(), json!(ty));
                if let Some((_, keys)) = TYPE_KEYWORDS.iter().find(|(t, _)| t == ty) {
                    for key in *keys {
                        if let Some(v) = map.get(*key) {
                            member.insert((*key).into(), v.clone());
                        }
                    }
                }
                if let Some(Value::Array(values)) = map.get("enum") {
                    let own: Vec<Value> = values.iter().filter(|v| json_type_of(v) == ty.as_str()).cloned().collect();
                    if !own.is_empty() {
                        member.insert("enum".into(), Value::Array(own));
                    }
                }
                members.push(Value::Object(member));
            }
            for (_, keys) in TYPE_KEYWORDS {
                for key in *keys {
                    map.remove(*key);
                }
            }
            map.remove("enum");
            map.insert("anyOf".into(), Value::Array(members));
        }
    }
}

fn json_type_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// 3.1 allows keywords beside `$ref` (a description, `nullable`, a default); 3.0 ignores them.
/// Wrapping the reference in `allOf` keeps them.
fn rewrite_ref_with_siblings(map: &mut Map<String, Value>) {
    if map.len() < 2 || !map.contains_key("$ref") {
        return;
    }
    let reference = map.remove("$ref").unwrap_or(Value::Null);
    map.insert("allOf".into(), json!([{ "$ref": reference }]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn norm(schema: Value) -> Value {
        let mut warnings = Warnings::new(Path::new("t"));
        let mut schema = schema;
        normalize_schema(&mut schema, "#", &mut warnings);
        schema
    }

    #[test]
    fn nullable_type_list() {
        assert_eq!(norm(json!({"type": ["string", "null"]})), json!({"type": "string", "nullable": true}));
    }

    #[test]
    fn several_types_become_any_of_with_their_keywords() {
        let got = norm(json!({"type": ["string", "array"], "items": {"type": "string"}, "description": "d"}));
        assert_eq!(
            got,
            json!({"description": "d", "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]})
        );
    }

    #[test]
    fn const_becomes_single_enum() {
        assert_eq!(norm(json!({"const": "function"})), json!({"type": "string", "enum": ["function"]}));
    }

    #[test]
    fn any_of_with_null_ref() {
        let got = norm(json!({"anyOf": [{"$ref": "#/components/schemas/X"}, {"type": "null"}], "description": "d"}));
        assert_eq!(got, json!({"description": "d", "nullable": true, "allOf": [{"$ref": "#/components/schemas/X"}]}));
    }

    #[test]
    fn any_of_with_null_inline_member_is_merged() {
        let got = norm(
            json!({"anyOf": [{"type": "string", "description": "inner"}, {"type": "null"}], "description": "outer"}),
        );
        assert_eq!(got, json!({"description": "outer", "nullable": true, "type": "string"}));
    }

    #[test]
    fn ref_siblings_are_kept_through_all_of() {
        let got = norm(json!({"$ref": "#/components/schemas/X", "description": "d"}));
        assert_eq!(got, json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/X"}]}));
        assert_eq!(norm(json!({"$ref": "#/x"})), json!({"$ref": "#/x"}));
    }

    #[test]
    fn annotation_only_all_of_members_fold_into_the_parent() {
        let got = norm(json!({"allOf": [{"$ref": "#/x"}, {"nullable": true, "description": "d"}]}));
        assert_eq!(got, json!({"allOf": [{"$ref": "#/x"}], "nullable": true, "description": "d"}));
        // A real second member stays.
        let got = norm(json!({"allOf": [{"$ref": "#/x"}, {"required": ["a"]}]}));
        assert_eq!(got["allOf"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn recursive_refs_name_the_component() {
        let mut doc = json!({"openapi": "3.1.0", "components": {"schemas": {"Filter": {
            "type": "object", "properties": {"filters": {"type": "array", "items": {"oneOf": [{"$ref": "#/components/schemas/Leaf"}, {"$recursiveRef": "#"}]}}}
        }}}});
        let mut warnings = Warnings::new(Path::new("t"));
        normalize(&mut doc, &mut warnings);
        let member = &doc["components"]["schemas"]["Filter"]["properties"]["filters"]["items"]["oneOf"][1];
        assert_eq!(member, &json!({"$ref": "#/components/schemas/Filter"}));
    }

    #[test]
    fn exclusive_bounds_and_examples() {
        let got = norm(json!({"type": "number", "exclusiveMinimum": 0, "examples": [1, 2]}));
        assert_eq!(got, json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "example": 1}));
    }

    #[test]
    fn nested_subschemas_are_visited() {
        let got = norm(json!({"type": "object", "properties": {"a": {"type": ["integer", "null"]}}, "items": true}));
        assert_eq!(got["properties"]["a"], json!({"type": "integer", "nullable": true}));
        assert_eq!(got["items"], json!({}));
    }

    #[test]
    fn required_fields_with_an_obvious_meaning_are_filled_with_warnings() {
        let mut doc = json!({
            "openapi": 3.0,
            "info": {"title": "t", "version": 1},
            "paths": {"/a": {"get": {"operationId": "a"}, "post": {"responses": {"200": {}, "x-note": 1}}}},
        });
        let mut warnings = Warnings::new(Path::new("t"));
        normalize(&mut doc, &mut warnings);
        assert_eq!(doc["openapi"], "3.0");
        assert_eq!(doc["info"]["version"], "1");
        assert_eq!(doc["paths"]["/a"]["get"]["responses"], json!({}));
        assert_eq!(doc["paths"]["/a"]["post"]["responses"]["200"]["description"], "");
        let pointers: Vec<String> = warnings.into_sorted().into_iter().map(|w| w.location.pointer).collect();
        assert_eq!(pointers, ["/info/version", "/openapi", "/paths/~1a/get", "/paths/~1a/post/responses/200"]);
        // A 3.1 document may have no paths at all.
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}});
        let mut warnings = Warnings::new(Path::new("t"));
        normalize(&mut doc, &mut warnings);
        assert_eq!(doc["paths"], json!({}));
        assert!(warnings.into_sorted().is_empty());
    }

    #[test]
    fn examples_in_the_document_are_left_alone() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"post": {"requestBody": {"content": {"application/json": {
                "schema": {"type": ["string", "null"]},
                "example": {"type": ["string", "null"]}
            }}}}}}
        });
        let mut warnings = Warnings::new(Path::new("t"));
        normalize(&mut doc, &mut warnings);
        let media = &doc["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"];
        assert_eq!(media["schema"], json!({"type": "string", "nullable": true}));
        assert_eq!(media["example"], json!({"type": ["string", "null"]}));
        assert_eq!(doc["openapi"], "3.0.3");
    }
}
