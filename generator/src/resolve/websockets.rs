//! The root `x-websockets` extension (OpenAPI has no way to say "this path speaks
//! WebSocket"), read into typed endpoints. Each endpoint and each of its parameters is
//! checked here like the rest of the document: a value of the wrong kind is an error at its
//! own JSON pointer, the first in document order, never dropped.
//!
//! ```yaml
//! x-websockets:
//!   /realtime:
//!     operationId: connectRealtime        # optional: names the event types
//!     x-rust-method: realtime.connect     # optional: resource and method
//!     summary: Open a session             # optional, and so is `description`
//!     parameters: [{name: model, in: query, required: true, schema: {type: string}}]
//!     headers: {OpenAI-Beta: realtime=v1}
//!     client-events: {$ref: "#/components/schemas/RealtimeClientEvent"}
//!     server-events: {$ref: "#/components/schemas/RealtimeServerEvent"}
//! ```

use serde_json::{Map, Value};

use super::Problem;
use super::structure::schema_reference;
use crate::diagnostics::pointer_join;
use crate::load::describe;

/// One endpoint of `x-websockets`, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct WebSocketSpec {
    /// The path key (`/realtime`).
    pub path: String,
    /// JSON pointer of the endpoint (`/x-websockets/~1realtime`).
    pub pointer: String,
    pub operation_id: Option<String>,
    /// `x-rust-method`: the resource path and method name, dot-separated.
    pub rust_method: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The query parameters of the upgrade request, in order.
    pub parameters: Vec<WebSocketParam>,
    /// Headers the upgrade request always sends (name, value), in order.
    pub headers: Vec<(String, String)>,
    /// `$ref` to the component schema of the events the client sends.
    pub client_events: String,
    /// `$ref` to the component schema of the events the server sends.
    pub server_events: String,
}

/// A query parameter of a WebSocket endpoint. Its `required`, `schema` and the like are
/// checked but not kept: every parameter becomes a string argument of the connect method.
#[derive(Debug, Clone, PartialEq)]
pub struct WebSocketParam {
    pub name: String,
    pub description: Option<String>,
}

const AT: &str = "/x-websockets";

/// The endpoints of `x-websockets` in document order (none when the extension is absent),
/// or the first malformed part.
pub(super) fn read(doc: &Value) -> Result<Vec<WebSocketSpec>, Problem> {
    let Some(sockets) = doc.get("x-websockets") else { return Ok(Vec::new()) };
    let Value::Object(sockets) = sockets else {
        return Err(Problem::new(
            AT,
            format!("expected a mapping of paths to WebSocket endpoints, found {}", describe(sockets)),
        ));
    };
    sockets.iter().map(|(path, endpoint)| read_endpoint(doc, path, endpoint, &pointer_join(AT, path))).collect()
}

fn read_endpoint(doc: &Value, path: &str, value: &Value, at: &str) -> Result<WebSocketSpec, Problem> {
    if !path.starts_with('/') {
        return Err(Problem::new(at, format!("WebSocket path `{path}` does not start with `/`")));
    }
    let fields = mapping(value, at, "a WebSocket endpoint")?;
    let mut endpoint = WebSocketSpec {
        path: path.to_owned(),
        pointer: at.to_owned(),
        operation_id: None,
        rust_method: None,
        summary: None,
        description: None,
        parameters: Vec::new(),
        headers: Vec::new(),
        client_events: String::new(),
        server_events: String::new(),
    };
    for (key, value) in fields {
        let field_at = pointer_join(at, key);
        match key.as_str() {
            "operationId" => endpoint.operation_id = Some(string(value, &field_at)?),
            "x-rust-method" => endpoint.rust_method = Some(string(value, &field_at)?),
            "summary" => endpoint.summary = Some(string(value, &field_at)?),
            "description" => endpoint.description = Some(string(value, &field_at)?),
            "parameters" => {
                let Value::Array(items) = value else {
                    return Err(Problem::new(
                        &field_at,
                        format!("expected a list of parameters, found {}", describe(value)),
                    ));
                };
                endpoint.parameters = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| read_parameter(item, &format!("{field_at}/{i}")))
                    .collect::<Result<_, _>>()?;
            }
            "headers" => {
                let headers = mapping(value, &field_at, "a mapping of header names to values")?;
                endpoint.headers = headers
                    .iter()
                    .map(|(name, value)| match value {
                        Value::String(text) => Ok((name.clone(), text.clone())),
                        other => Err(Problem::new(
                            &pointer_join(&field_at, name),
                            format!("expected the value of header `{name}` as a string, found {}", describe(other)),
                        )),
                    })
                    .collect::<Result<_, Problem>>()?;
            }
            "client-events" => endpoint.client_events = events_reference(doc, value, &field_at, key)?,
            "server-events" => endpoint.server_events = events_reference(doc, value, &field_at, key)?,
            _ => {}
        }
    }
    for (key, sender) in [("client-events", "client"), ("server-events", "server")] {
        if !fields.contains_key(key) {
            return Err(Problem::new(
                at,
                format!(
                    "this WebSocket endpoint has no `{key}`: a `$ref` to the schema of the events the {sender} sends"
                ),
            ));
        }
    }
    Ok(endpoint)
}

fn read_parameter(value: &Value, at: &str) -> Result<WebSocketParam, Problem> {
    let fields = mapping(value, at, "a parameter")?;
    let name = match fields.get("name") {
        Some(name) => string(name, &pointer_join(at, "name"))?,
        None => return Err(Problem::new(at, "this parameter has no `name`")),
    };
    match fields.get("in") {
        Some(Value::String(place)) if place == "query" => {}
        Some(Value::String(place)) => {
            return Err(Problem::new(
                &pointer_join(at, "in"),
                format!(
                    "`in: {place}`: a WebSocket endpoint takes query parameters only (the headers it always sends go in its `headers`)"
                ),
            ));
        }
        Some(other) => {
            return Err(Problem::new(&pointer_join(at, "in"), format!("expected `query`, found {}", describe(other))));
        }
        None => return Err(Problem::new(at, "this parameter has no `in` (a WebSocket endpoint takes `in: query`)")),
    }
    let mut description = None;
    for (key, value) in fields {
        let field_at = pointer_join(at, key);
        match key.as_str() {
            "description" => description = Some(string(value, &field_at)?),
            "required" | "deprecated" => boolean(value, &field_at)?,
            "schema" => drop(mapping(value, &field_at, "a schema")?),
            _ => {}
        }
    }
    Ok(WebSocketParam { name, description })
}

/// The `$ref` an events field must be, checked like a schema reference in the document.
fn events_reference(doc: &Value, value: &Value, at: &str, key: &str) -> Result<String, Problem> {
    match value.get("$ref") {
        Some(reference) => {
            schema_reference(doc, reference, &pointer_join(at, "$ref"))?;
            Ok(reference.as_str().unwrap_or_default().to_owned())
        }
        None => Err(Problem::new(at, format!("`{key}` must be a `$ref` to the event union schema"))),
    }
}

fn mapping<'v>(value: &'v Value, at: &str, what: &str) -> Result<&'v Map<String, Value>, Problem> {
    value.as_object().ok_or_else(|| Problem::new(at, format!("expected {what} (a mapping), found {}", describe(value))))
}

fn string(value: &Value, at: &str) -> Result<String, Problem> {
    match value {
        Value::String(text) => Ok(text.clone()),
        other => Err(Problem::new(at, format!("expected a string, found {}", describe(other)))),
    }
}

fn boolean(value: &Value, at: &str) -> Result<(), Problem> {
    match value {
        Value::Bool(_) => Ok(()),
        other => Err(Problem::new(at, format!("expected `true` or `false`, found {}", describe(other)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(sockets: Value) -> Value {
        json!({"x-websockets": sockets, "components": {"schemas": {"Client": {}, "Server": {}}}})
    }

    fn endpoint(extra: Value) -> Value {
        let mut endpoint = json!({
            "client-events": {"$ref": "#/components/schemas/Client"},
            "server-events": {"$ref": "#/components/schemas/Server"},
        });
        endpoint.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        endpoint
    }

    fn first_problem(sockets: Value) -> (String, String) {
        let problem = read(&doc(sockets)).expect_err("a problem");
        (problem.pointer, problem.message)
    }

    #[test]
    fn endpoints_are_read_in_order() {
        let sockets = json!({"/live": endpoint(json!({
            "x-rust-method": "live.connect",
            "parameters": [{"name": "model", "in": "query", "required": true, "description": "The model."}],
            "headers": {"B": "2", "A": "1"},
        }))});
        let read = read(&doc(sockets)).unwrap();
        assert_eq!(read.len(), 1);
        let live = &read[0];
        assert_eq!((live.path.as_str(), live.pointer.as_str()), ("/live", "/x-websockets/~1live"));
        assert_eq!(live.rust_method.as_deref(), Some("live.connect"));
        assert_eq!(live.parameters, [WebSocketParam { name: "model".into(), description: Some("The model.".into()) }]);
        assert_eq!(live.headers, [("B".to_owned(), "2".to_owned()), ("A".to_owned(), "1".to_owned())]);
        assert_eq!(live.client_events, "#/components/schemas/Client");
        assert!(super::read(&json!({})).unwrap().is_empty());
    }

    #[test]
    fn malformed_parameters_are_errors_at_their_pointer() {
        let (at, message) = first_problem(json!({"/live": endpoint(json!({"parameters": [{"in": "query"}]}))}));
        assert_eq!(
            (at.as_str(), message.as_str()),
            ("/x-websockets/~1live/parameters/0", "this parameter has no `name`")
        );
        let (at, message) =
            first_problem(json!({"/live": endpoint(json!({"parameters": [{"name": "a", "in": "header"}]}))}));
        assert_eq!(at, "/x-websockets/~1live/parameters/0/in");
        assert!(message.starts_with("`in: header`: a WebSocket endpoint takes query parameters only"), "{message}");
        let (at, _) = first_problem(json!({"/live": endpoint(json!({"parameters": [5]}))}));
        assert_eq!(at, "/x-websockets/~1live/parameters/0");
    }

    #[test]
    fn malformed_endpoints_are_errors_at_their_pointer() {
        let (at, message) = first_problem(json!({"/live": 5}));
        assert_eq!(
            (at.as_str(), message.as_str()),
            ("/x-websockets/~1live", "expected a WebSocket endpoint (a mapping), found the number 5")
        );
        let (at, _) = first_problem(json!({"/live": endpoint(json!({"headers": {"A": 1}}))}));
        assert_eq!(at, "/x-websockets/~1live/headers/A");
        let (at, message) = first_problem(json!({"/live": {"client-events": {"$ref": "#/components/schemas/Client"}}}));
        assert_eq!(at, "/x-websockets/~1live");
        assert!(message.contains("no `server-events`"), "{message}");
        let (at, message) =
            first_problem(json!({"/live": endpoint(json!({"server-events": {"$ref": "#/components/schemas/Sever"}}))}));
        assert_eq!(at, "/x-websockets/~1live/server-events/$ref");
        assert!(message.contains("did you mean `Server`?"), "{message}");
        let (at, _) = first_problem(json!([]));
        assert_eq!(at, "/x-websockets");
    }
}
