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

use std::collections::BTreeMap;

use serde_json::Value;

use super::docs::rustdoc;
use super::names::{self, Scope};
use super::resources::ensure;
use super::schema::{Builder, Ctx, SchemaRef};
use crate::diagnostics::{Error, Result, Warnings, pointer_join};
use crate::ir::{PathParam, Resource, Style, StyleKind, TypeRef, WebSocketEndpoint};

/// An endpoint before it is placed in the resource tree.
pub struct PendingSocket {
    endpoint: WebSocketEndpoint,
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
                        docs: rustdoc(p.get("description").and_then(Value::as_str)),
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
                endpoint: WebSocketEndpoint {
                    path: path.clone(),
                    resource: 0,
                    method: String::new(),
                    query,
                    headers,
                    client_events,
                    server_events,
                    summary: text("summary"),
                    docs: rustdoc(text("description").as_deref()),
                },
                name,
                pointer,
            });
        }
        Ok(out)
    }
}

/// Adds each endpoint to its resource, like an operation.
pub fn place(
    pending: Vec<PendingSocket>,
    resources: &mut Vec<Resource>,
    warnings: &mut Warnings,
) -> Vec<WebSocketEndpoint> {
    let mut index: BTreeMap<Vec<String>, usize> =
        resources.iter().enumerate().map(|(i, r)| (r.path.clone(), i)).collect();
    pending
        .into_iter()
        .filter_map(|mut socket| {
            if socket.name.len() < 2 {
                warnings.push(socket.pointer, "`x-rust-method` needs a resource and a method; endpoint skipped");
                return None;
            }
            let method = socket.name.pop().unwrap_or_default();
            socket.endpoint.resource = ensure(resources, &mut index, &socket.name);
            socket.endpoint.method = method;
            Some(socket.endpoint)
        })
        .collect()
}
