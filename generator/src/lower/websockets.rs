//! WebSocket endpoints from the root `x-websockets` extension (OpenAPI has no way to say
//! "this path speaks WebSocket"): a path, query parameters, and the client and server event
//! schemas, which become typed event enums and a `connect` method.
//!
//! ```yaml
//! x-websockets:
//!   /realtime:
//!     x-rust-method: realtime.connect
//!     parameters: [{name: model, in: query, required: true, schema: {type: string}}]
//!     headers: {OpenAI-Beta: realtime=v1}
//!     client-events: {$ref: "#/components/schemas/RealtimeClientEvent"}
//!     server-events: {$ref: "#/components/schemas/RealtimeServerEvent"}
//! ```

use serde_json::Value;

use super::docs::rustdoc;
use super::names::{self, Scope};
use super::resources::Tree;
use super::schema::{Builder, Ctx, SchemaRef};
use crate::diagnostics::{Error, Result, Warnings, pointer_join};
use crate::ir::{PathParam, Style, StyleKind, TypeRef, WebSocketEndpoint};

/// An endpoint before it is placed in the resource tree: every part of a
/// `WebSocketEndpoint` but its resource and method.
pub struct PendingSocket {
    path: String,
    query: Vec<PathParam>,
    headers: Vec<(String, String)>,
    client_events: TypeRef,
    server_events: TypeRef,
    summary: Option<String>,
    docs: Option<String>,
    name: Vec<String>,
    pointer: String,
}

impl<'a, 's> Builder<'a, 's> {
    pub fn lower_websockets(&mut self) -> Result<Vec<PendingSocket>> {
        let spec: &'a crate::resolve::Spec<'s> = self.spec;
        let Some(Value::Object(sockets)) = spec.api.extensions.get("x-websockets") else { return Ok(Vec::new()) };
        let mut out = Vec::new();
        for (path, def) in sockets {
            let pointer = pointer_join("/x-websockets", path);
            let text = |key: &str| def.get(key).and_then(Value::as_str).map(str::to_owned);
            let id = text("operationId").unwrap_or_else(|| names::snake(&format!("connect {path}")));
            let hint = names::type_name(&id);
            let events = |this: &mut Self, key: &str| -> Result<TypeRef> {
                let reference = def.get(key).and_then(|v| v.get("$ref")).and_then(Value::as_str).ok_or_else(|| {
                    let at = if def.get(key).is_some() { pointer_join(&pointer, key) } else { pointer.clone() };
                    Error::spec(spec.source.locate(&at), format!("`{key}` must be a `$ref` to the event union schema"))
                })?;
                this.lower(SchemaRef::Ref(reference), &Ctx::new(format!("{hint}Event"), pointer_join(&pointer, key)))
            };
            let client_events = events(self, "client-events")?;
            let server_events = events(self, "server-events")?;
            let mut scope = Scope::new();
            let query = def
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
                .filter_map(|p| {
                    let wire = p.get("name")?.as_str()?.to_owned();
                    Some(PathParam {
                        name: scope.unique(&names::snake(&wire)),
                        wire_name: wire,
                        ty: TypeRef::String,
                        style: Style::new(StyleKind::Form, true),
                    })
                })
                .collect();
            let headers = def
                .get("headers")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect();
            let name = match text("x-rust-method") {
                Some(explicit) => explicit.split('.').map(names::snake).collect(),
                None => {
                    let mut parts: Vec<String> =
                        path.split('/').filter(|s| !s.is_empty() && !s.starts_with('{')).map(names::snake).collect();
                    parts.push("connect".to_owned());
                    parts
                }
            };
            out.push(PendingSocket {
                path: path.clone(),
                query,
                headers,
                client_events,
                server_events,
                summary: text("summary"),
                docs: rustdoc(text("description").as_deref()),
                name,
                pointer,
            });
        }
        Ok(out)
    }
}

/// Adds each endpoint to its resource, like an operation; its method is claimed after the
/// operations' (a clash gets a number: `connect_2`).
pub fn place(pending: Vec<PendingSocket>, tree: &mut Tree, warnings: &mut Warnings) -> Vec<WebSocketEndpoint> {
    pending
        .into_iter()
        .filter_map(|mut socket| {
            if socket.name.len() < 2 {
                warnings.push(socket.pointer, "`x-rust-method` needs a resource and a method; endpoint skipped");
                return None;
            }
            let method = socket.name.pop().unwrap_or_default();
            let resource = tree.ensure(&socket.name);
            Some(WebSocketEndpoint {
                path: socket.path,
                resource,
                method: tree.claim_method(resource, &method),
                query: socket.query,
                headers: socket.headers,
                client_events: socket.client_events,
                server_events: socket.server_events,
                summary: socket.summary,
                docs: socket.docs,
            })
        })
        .collect()
}
