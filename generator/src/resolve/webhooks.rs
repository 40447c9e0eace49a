//! The root `webhooks` map (OpenAPI 3.1): the requests the API sends to the application
//! rather than answers. Each entry is a path item whose operation (`post`, as a rule) has a
//! JSON request body: the event's payload. `read` finds each payload schema, following
//! `$ref`s to path items and request bodies, after the structure check has vetted them;
//! lowering makes the payloads types and gathers them into one event union.
//!
//! ```yaml
//! webhooks:
//!   order_shipped:
//!     post:
//!       description: An order left the warehouse.
//!       requestBody:
//!         content:
//!           application/json:
//!             schema: {$ref: "#/components/schemas/OrderShipped"}   # `type: order.shipped`
//!       responses: {"200": {description: Received.}}
//! ```

use openapiv3::{ReferenceOr, Schema};
use serde::Deserialize as _;
use serde_json::Value;

use super::Problem;
use crate::diagnostics::pointer_join;
use crate::ir::HttpMethod;

/// One entry of `webhooks`, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookSpec {
    /// The key (`response_completed`).
    pub name: String,
    /// JSON pointer of the entry (`/webhooks/response_completed`).
    pub pointer: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The payload, or why the entry has none that can be decoded (no operation, no
    /// request body, no JSON media type, no schema).
    pub payload: Result<WebhookPayload, String>,
}

/// The JSON schema of a webhook's request body, and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookPayload {
    pub pointer: String,
    pub schema: ReferenceOr<Schema>,
}

const AT: &str = "/webhooks";

/// The entries of `webhooks` in document order (none when it is absent). Their structure
/// and `$ref`s were checked by `structure`; a payload schema `openapiv3` cannot read is an
/// error at its pointer.
pub(super) fn read(doc: &Value) -> Result<Vec<WebhookSpec>, Problem> {
    let Some(Value::Object(hooks)) = doc.get("webhooks") else { return Ok(Vec::new()) };
    hooks
        .iter()
        .map(|(name, item)| {
            let pointer = pointer_join(AT, name);
            let (item, item_at) = follow(doc, item, &pointer);
            let operation = item.and_then(|item| {
                let key = ["post"]
                    .into_iter()
                    .chain(HttpMethod::ALL.iter().map(|m| m.as_lower()))
                    .find(|key| item.get(*key).is_some_and(Value::is_object))?;
                Some((&item[key], pointer_join(&item_at, key)))
            });
            let text = |key: &str| {
                operation.as_ref().and_then(|(op, _)| op.get(key)).and_then(Value::as_str).map(str::to_owned)
            };
            let payload = match &operation {
                None => Ok(Err("it has no operation".to_owned())),
                Some((op, op_at)) => payload(doc, op, op_at),
            }?;
            Ok(WebhookSpec {
                name: name.clone(),
                pointer,
                summary: text("summary"),
                description: text("description"),
                payload,
            })
        })
        .collect()
}

/// The payload of one webhook operation.
fn payload(doc: &Value, op: &Value, at: &str) -> Result<Result<WebhookPayload, String>, Problem> {
    let Some(body) = op.get("requestBody") else { return Ok(Err("its operation has no request body".to_owned())) };
    let (body, body_at) = follow(doc, body, &pointer_join(at, "requestBody"));
    let content = body.and_then(|b| b.get("content")).and_then(Value::as_object);
    let Some((media_type, media)) =
        content.and_then(|content| content.iter().find(|(media_type, _)| is_json(media_type)))
    else {
        return Ok(Err("its request body is not JSON".to_owned()));
    };
    let media_at = pointer_join(&pointer_join(&body_at, "content"), media_type);
    let Some(schema) = media.get("schema") else { return Ok(Err("its request body has no schema".to_owned())) };
    let pointer = pointer_join(&media_at, "schema");
    match ReferenceOr::<Schema>::deserialize(schema) {
        Ok(schema) => Ok(Ok(WebhookPayload { pointer, schema })),
        Err(err) => Err(Problem::new(&pointer, super::deserialization_failure::in_spec_terms(&err.to_string()))),
    }
}

/// `application/json`, `application/json; charset=utf-8`, `application/cloudevents+json`.
fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// The object at `value`, through a `$ref` into the document (one hop: components are not
/// references to references here, and a longer chain is read as absent), with its pointer.
fn follow<'d>(doc: &'d Value, value: &'d Value, at: &str) -> (Option<&'d Value>, String) {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.strip_prefix('#').unwrap_or(reference);
            (doc.pointer(pointer).filter(|target| target.get("$ref").is_none()), pointer.to_owned())
        }
        None => (Some(value), at.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn hook(body: Value) -> Value {
        json!({"post": {"description": "It happened.", "requestBody": body, "responses": {}}})
    }

    #[test]
    fn payloads_are_found_through_references() {
        let doc = json!({
            "webhooks": {
                "a": hook(json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}})),
                "b": hook(json!({"$ref": "#/components/requestBodies/B"})),
                "c": {"$ref": "#/components/pathItems/C"},
            },
            "components": {
                "requestBodies": {"B": {"content": {"application/cloudevents+json": {"schema": {"type": "object"}}}}},
                "pathItems": {"C": hook(json!({"content": {"text/plain": {"schema": {"type": "string"}}}}))},
            },
        });
        let hooks = read(&doc).unwrap();
        let names: Vec<&str> = hooks.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, ["a", "b", "c"]);
        assert_eq!(hooks[0].description.as_deref(), Some("It happened."));
        let a = hooks[0].payload.as_ref().unwrap();
        assert_eq!(a.pointer, "/webhooks/a/post/requestBody/content/application~1json/schema");
        assert_eq!(a.schema, ReferenceOr::Reference { reference: "#/components/schemas/A".to_owned() });
        let b = hooks[1].payload.as_ref().unwrap();
        assert_eq!(b.pointer, "/components/requestBodies/B/content/application~1cloudevents+json/schema");
        assert_eq!(hooks[2].payload, Err("its request body is not JSON".to_owned()));
        assert!(read(&json!({})).unwrap().is_empty());
    }

    #[test]
    fn entries_without_a_payload_say_why() {
        let doc = json!({"webhooks": {
            "ping": {"post": {"responses": {}}},
            "nothing": {"summary": "x"},
        }});
        let hooks = read(&doc).unwrap();
        assert_eq!(hooks[0].payload, Err("its operation has no request body".to_owned()));
        assert_eq!(hooks[1].payload, Err("it has no operation".to_owned()));
    }

    #[test]
    fn an_unreadable_schema_is_an_error_at_its_pointer() {
        let doc = json!({"webhooks": {"a": hook(json!({"content": {"application/json": {"schema": {"type": 5}}}}))}});
        let problem = read(&doc).unwrap_err();
        assert_eq!(problem.pointer, "/webhooks/a/post/requestBody/content/application~1json/schema");
    }
}
