//! Documentation for types the spec leaves undocumented, from where they are defined: an
//! inline schema is described by its place in the type that holds it ("An item of the
//! `include` field of `CreateTranscriptionRequest`.", "One of the forms of
//! `FineTuneBatchSize`.") or in the operation that uses it ("The `order` query parameter
//! of `GET /conversations/{conversation_id}/items`."). A reader of the generated docs
//! sees what the type is for, not a JSON pointer.

use std::collections::BTreeMap;

use serde_json::Value;

use super::draft::TypeDraft;
use crate::diagnostics::unescape_pointer_segment;
use crate::ir::ParamLocation;

/// Gives every draft without docs a description of its place, when its origin says one.
pub fn describe_undocumented(types: &mut [TypeDraft], doc: &Value) {
    let by_origin: BTreeMap<&str, &str> = types.iter().map(|t| (t.origin.as_str(), t.name.as_str())).collect();
    let described: Vec<Option<String>> =
        types.iter().map(|t| if t.docs.is_some() { None } else { describe(&t.origin, &by_origin, doc) }).collect();
    for (ty, docs) in types.iter_mut().zip(described) {
        if docs.is_some() {
            ty.docs = docs;
        }
    }
}

/// The description of the type defined at `origin`.
fn describe(origin: &str, by_origin: &BTreeMap<&str, &str>, doc: &Value) -> Option<String> {
    let segments: Vec<String> = origin.split('/').skip(1).map(unescape_pointer_segment).collect();
    // The nearest enclosing named type, or the operation or parameter the schema belongs to
    // when that is nearer (a parameter's schema inside an operation whose parameters
    // struct is a named type).
    let named = (1..segments.len()).rev().find_map(|n| {
        let prefix: String = origin.split('/').take(n + 1).collect::<Vec<_>>().join("/");
        by_origin.get(prefix.as_str()).map(|name| (format!("[`{name}`](crate::types::{name})"), n))
    });
    let place = operation_place(&segments, doc).or_else(|| component_place(&segments, doc));
    let (mut phrase, consumed) = match (named, place) {
        (Some(named), Some(place)) => {
            if place.1 > named.1 {
                place
            } else {
                named
            }
        }
        (named, place) => named.or(place)?,
    };
    let mut rest = &segments[consumed..];
    while !rest.is_empty() {
        let (next, step) = match rest {
            [keyword, name, ..] if keyword == "properties" => (format!("the `{name}` field of {phrase}"), 2),
            [keyword, _, ..] if keyword == "anyOf" || keyword == "oneOf" => {
                (format!("one of the forms of {phrase}"), 2)
            }
            [keyword, _, ..] if keyword == "allOf" => (format!("a part of {phrase}"), 2),
            // The merged members of an `allOf`.
            [keyword] if keyword == "allOf" => (phrase, 1),
            [keyword, ..] if keyword == "items" => (format!("an item of {phrase}"), 1),
            [keyword, ..] if keyword == "additionalProperties" => (format!("a value of {phrase}"), 1),
            // Anything else (`not`, `prefixItems`, extensions) has no plain wording.
            _ => return None,
        };
        phrase = next;
        rest = &rest[step..];
    }
    let mut chars = phrase.chars();
    let first = chars.next()?;
    Some(format!("{}{}.", first.to_uppercase(), chars.as_str()))
}

/// `the request body of `POST /files``, `the `order` query parameter of `GET /items`` or
/// `the response of ..`, with how many segments of the origin that phrase covers.
fn operation_place(segments: &[String], doc: &Value) -> Option<(String, usize)> {
    let [paths, path, method, rest @ ..] = segments else { return None };
    if paths != "paths" {
        return None;
    }
    let operation = format!("`{} {path}`", method.to_uppercase());
    match rest {
        [keyword, index, schema, ..] if keyword == "parameters" && schema == "schema" => {
            let parameter =
                doc.get("paths")?.get(path)?.get(method)?.get("parameters")?.get(index.parse::<usize>().ok()?)?;
            Some((format!("{} of {operation}", parameter_phrase(parameter)?), 6))
        }
        [body, content, _, schema, ..] if body == "requestBody" && content == "content" && schema == "schema" => {
            Some((format!("the request body of {operation}"), 7))
        }
        [responses, _, content, _, schema, ..]
            if responses == "responses" && content == "content" && schema == "schema" =>
        {
            Some((format!("the response of {operation}"), 8))
        }
        _ => None,
    }
}

/// For a schema under `components`: `the `include[]` query parameter`, `the `Customer`
/// request body`, `the `Note` schema`.
fn component_place(segments: &[String], doc: &Value) -> Option<(String, usize)> {
    let [components, kind, name, rest @ ..] = segments else { return None };
    if components != "components" {
        return None;
    }
    match (kind.as_str(), rest) {
        ("schemas", _) => Some((format!("the `{name}` schema"), 3)),
        ("parameters", [schema, ..]) if schema == "schema" => {
            Some((parameter_phrase(doc.get("components")?.get("parameters")?.get(name)?)?, 4))
        }
        ("requestBodies", [content, _, schema, ..]) if content == "content" && schema == "schema" => {
            Some((format!("the `{name}` request body"), 6))
        }
        ("responses", [content, _, schema, ..]) if content == "content" && schema == "schema" => {
            Some((format!("the `{name}` response"), 6))
        }
        _ => None,
    }
}

/// `the `order` query parameter`, from a parameter object.
fn parameter_phrase(parameter: &Value) -> Option<String> {
    let name = parameter.get("name")?.as_str()?;
    let location = ParamLocation::from_spec(parameter.get("in")?.as_str()?)?;
    Some(format!("the `{name}` {}", location.noun()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe_in(origin: &str, names: &[(&str, &str)], doc: &Value) -> Option<String> {
        describe(origin, &names.iter().copied().collect(), doc)
    }

    #[test]
    fn inline_schemas_are_described_by_their_place() {
        let names = [("/components/schemas/Req", "Req"), ("/components/schemas/Size", "Size")];
        let none = Value::Null;
        assert_eq!(
            describe_in("/components/schemas/Req/properties/include/items", &names, &none).as_deref(),
            Some("An item of the `include` field of [`Req`](crate::types::Req).")
        );
        assert_eq!(
            describe_in("/components/schemas/Size/oneOf/0", &names, &none).as_deref(),
            Some("One of the forms of [`Size`](crate::types::Size).")
        );
        assert_eq!(describe_in("/components/schemas/Req/not", &names, &none), None);
        assert_eq!(describe_in("/components/schemas/Note", &[], &none).as_deref(), Some("The `Note` schema."));
    }

    #[test]
    fn operation_schemas_name_their_operation() {
        let doc = serde_json::json!({"paths": {"/items/{id}": {"get": {"parameters": [
            {"name": "id", "in": "path"}, {"name": "order", "in": "query"}
        ]}}}});
        assert_eq!(
            describe_in("/paths/~1items~1{id}/get/parameters/1/schema", &[], &doc).as_deref(),
            Some("The `order` query parameter of `GET /items/{id}`.")
        );
        let params = [("/paths/~1items~1{id}/get", "GetItemParams")];
        assert_eq!(
            describe_in("/paths/~1items~1{id}/get/parameters/1/schema/items", &params, &doc).as_deref(),
            Some("An item of the `order` query parameter of `GET /items/{id}`.")
        );
        assert_eq!(
            describe_in("/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/items", &[], &doc)
                .as_deref(),
            Some("An item of the response of `GET /items/{id}`.")
        );
    }
}
