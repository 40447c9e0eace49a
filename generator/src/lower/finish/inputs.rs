//! Which types are inputs: reachable from a request body, a params struct or the events a
//! client sends over a WebSocket. Input types get a constructor and setters.

use super::super::draft::{LoweredOperation, TypeDraft};
use super::reachable;
use crate::ir::{TypeRef, WebSocketEndpoint};

/// Whether each type is an input.
pub fn mark(types: &[TypeDraft], operations: &[LoweredOperation], websockets: &[WebSocketEndpoint]) -> Vec<bool> {
    let roots = operations
        .iter()
        .flat_map(|op| op.body.iter().map(|b| b.ty.clone()).chain(op.params.map(TypeRef::Named)))
        .chain(websockets.iter().map(|ws| ws.client_events.clone()));
    let reached = reachable(types, roots);
    (0..types.len()).map(|i| reached.contains(&crate::ir::TypeId(i))).collect()
}
