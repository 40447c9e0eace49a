//! Where an `openapiv3` deserialization failure is, and what it means in the spec's terms:
//! the fallback for what the structure check does not cover. `openapiv3` flattens and
//! untags many types, which hides where a failure is, so the document is deserialized
//! again piece by piece (path items, operations, parameters, bodies, responses, schemas)
//! to find the innermost failing part.

use openapiv3::{Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostics::{escape_pointer_segment, pointer_join};
use crate::ir::HttpMethod;

type Failure = Option<(String, String)>;

fn check<T: DeserializeOwned>(value: &Value, pointer: &str) -> Failure {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(_) => None,
        Err(err) => {
            Some((format!("{pointer}{}", path_to_pointer(err.path())), in_spec_terms(&err.into_inner().to_string())))
        }
    }
}

fn children<'v>(value: &'v Value, key: &str) -> Vec<(String, &'v Value)> {
    match value.get(key) {
        Some(Value::Object(map)) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Some(Value::Array(items)) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        _ => Vec::new(),
    }
}

/// The innermost part of the document that fails to deserialize, with its pointer and
/// message; `None` when every part checked here deserializes on its own.
pub fn innermost(doc: &Value) -> Failure {
    for (path, item) in children(doc, "paths") {
        let at = pointer_join("/paths", &path);
        if let Some(found) = path_item(item, &at) {
            return Some(found);
        }
    }
    let components = doc.get("components").cloned().unwrap_or(Value::Null);
    for (name, value) in children(&components, "schemas") {
        if let Some(found) = schema(value, &pointer_join("/components/schemas", &name)) {
            return Some(found);
        }
    }
    for (kind, _) in [("parameters", 0), ("requestBodies", 1), ("responses", 2)] {
        for (name, value) in children(&components, kind) {
            let at = pointer_join(&pointer_join("/components", kind), &name);
            let found = match kind {
                "parameters" => check::<ReferenceOr<Parameter>>(value, &at),
                "requestBodies" => check::<ReferenceOr<RequestBody>>(value, &at),
                _ => check::<ReferenceOr<Response>>(value, &at),
            };
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

fn path_item(item: &Value, at: &str) -> Failure {
    for method in HttpMethod::ALL.map(HttpMethod::as_lower) {
        let Some(op) = item.get(method) else { continue };
        let op_at = pointer_join(at, method);
        for (i, param) in children(op, "parameters") {
            let param_at = format!("{}/{i}", pointer_join(&op_at, "parameters"));
            if let Some(found) = check::<ReferenceOr<Parameter>>(param, &param_at) {
                return Some(found);
            }
        }
        if let Some(body) = op.get("requestBody")
            && let Some(found) = check::<ReferenceOr<RequestBody>>(body, &pointer_join(&op_at, "requestBody"))
        {
            return Some(found);
        }
        match op.get("responses") {
            Some(Value::Object(responses)) => {
                for (code, response) in responses {
                    let response_at = pointer_join(&pointer_join(&op_at, "responses"), code);
                    if let Some(found) = check::<ReferenceOr<Response>>(response, &response_at) {
                        return Some(found);
                    }
                }
            }
            Some(other) => return check::<openapiv3::Responses>(other, &pointer_join(&op_at, "responses")),
            None => {}
        }
    }
    check::<ReferenceOr<PathItem>>(item, at)
}

fn schema(value: &Value, at: &str) -> Failure {
    for key in ["properties", "allOf", "oneOf", "anyOf"] {
        for (name, child) in children(value, key) {
            if let Some(found) = schema(child, &pointer_join(&pointer_join(at, key), &name)) {
                return Some(found);
            }
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = value.get(key).filter(|c| c.is_object())
            && let Some(found) = schema(child, &pointer_join(at, key))
        {
            return Some(found);
        }
    }
    check::<ReferenceOr<Schema>>(value, at)
}

/// Converts a serde_path_to_error path (`paths./a.get.responses`) to a JSON pointer.
pub fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer.push_str(&format!("/{}", escape_pointer_segment(key))),
            Segment::Enum { variant } => pointer.push_str(&format!("/{}", escape_pointer_segment(variant))),
            Segment::Unknown => {}
        }
    }
    pointer
}

/// serde's wording in the spec's terms: `invalid type: integer `5`, expected struct
/// Responses` → `expected a Responses object (a mapping), found integer `5``.
pub fn in_spec_terms(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let expected = match expected {
            "a sequence" => "a list".to_owned(),
            "a map" => "a mapping".to_owned(),
            e if e.starts_with("struct ") => format!("a {} object (a mapping)", &e["struct ".len()..]),
            e if e.starts_with("a JSON ") => format!("a {}", &e["a JSON ".len()..]),
            e => e.to_owned(),
        };
        let found = found.replace("floating point", "number").replace("map", "a mapping").replace("sequence", "a list");
        return format!("expected {expected}, found {found}");
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("{field} is missing here and is required");
    }
    if message.starts_with("data did not match any variant of untagged enum") {
        return "this is neither a `$ref` nor a valid object of the kind expected here".to_owned();
    }
    message.to_owned()
}

#[cfg(test)]
mod tests {
    use super::in_spec_terms;

    #[test]
    fn serde_messages_in_spec_terms() {
        assert_eq!(
            in_spec_terms("invalid type: integer `5`, expected struct Responses"),
            "expected a Responses object (a mapping), found integer `5`"
        );
        assert_eq!(in_spec_terms("invalid type: map, expected a sequence"), "expected a list, found a mapping");
        assert_eq!(in_spec_terms("missing field `in`"), "`in` is missing here and is required");
    }
}
