//! WebSocket endpoints, from the `x-websockets` entries `resolve` read and checked
//! ([`crate::resolve::WebSocketSpec`]): a path, query parameters, and the client and server
//! event schemas, which become typed event enums and a `connect` method.

use super::docs::rustdoc;
use super::names::{self, Scope};
use super::resources::Tree;
use super::schema::{Builder, Ctx, SchemaRef};
use crate::diagnostics::{Result, Warnings, pointer_join};
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
                path: path.clone(),
                query,
                headers: socket.headers.clone(),
                client_events,
                server_events,
                summary: socket.summary.clone(),
                docs: rustdoc(socket.description.as_deref()),
                name,
                pointer: pointer.clone(),
            });
        }
        Ok(out)
    }
}

/// The resource of each endpoint that names one (its `x-rust-method` without the method).
pub fn resource_paths(pending: &[PendingSocket]) -> Vec<Vec<String>> {
    pending.iter().filter(|s| s.name.len() >= 2).map(|s| s.name[..s.name.len() - 1].to_vec()).collect()
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
