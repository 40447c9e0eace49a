//! WebSocket endpoints, from the `x-websockets` entries `resolve` read and checked
//! ([`crate::resolve::WebSocketSpec`]): a path, query parameters, and the client and server
//! event schemas, which become typed event enums and a `connect` method.

use std::collections::BTreeMap;

use super::docs::rustdoc;
use super::names::{self, Scope};
use super::resources::ensure;
use super::schema::{Builder, Ctx, SchemaRef};
use crate::diagnostics::{Result, Warnings, pointer_join};
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
        let mut out = Vec::new();
        for socket in &spec.websockets {
            let (path, pointer) = (&socket.path, &socket.pointer);
            let id = socket.operation_id.clone().unwrap_or_else(|| names::snake(&format!("connect {path}")));
            let hint = names::type_name(&id);
            let mut events = |reference: &'a str, key: &str| -> Result<TypeRef> {
                self.lower(SchemaRef::Ref(reference), &Ctx::new(format!("{hint}Event"), pointer_join(pointer, key)))
            };
            let client_events = events(&socket.client_events, "client-events")?;
            let server_events = events(&socket.server_events, "server-events")?;
            let mut scope = Scope::new();
            let query = socket
                .parameters
                .iter()
                .map(|p| PathParam {
                    name: scope.unique(&names::snake(&p.name)),
                    wire_name: p.name.clone(),
                    ty: TypeRef::String,
                    docs: rustdoc(p.description.as_deref()),
                    style: Style::new(StyleKind::Form, true),
                })
                .collect();
            let name = match &socket.rust_method {
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
                    headers: socket.headers.clone(),
                    client_events,
                    server_events,
                    summary: socket.summary.clone(),
                    docs: rustdoc(socket.description.as_deref()),
                },
                name,
                pointer: pointer.clone(),
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
