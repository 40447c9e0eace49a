//! The module of each type: types are grouped by the operations that use them, so files
//! stay reviewable and can be formatted in parallel. A type belongs to the one tag whose
//! operations reach it, or (when a few tags do) to the first of them; types that many tags
//! reach are `shared`, those none reaches `other`.

use std::collections::BTreeSet;

use super::super::draft::{LoweredOperation, TypeDraft};
use super::super::names;
use super::reachable;
use crate::ir::{Resource, ResponseKind, TypeRef, WebSocketEndpoint};

/// Module of the types that many groups of operations use.
pub const SHARED_MODULE: &str = "shared";
/// Module of the component types that no operation uses (webhook payloads, say).
pub const OTHER_MODULE: &str = "other";
/// A type used by this many groups of operations or more is `shared`; one used by fewer
/// lives with the first group (in document order) that uses it.
const SHARED_BY: usize = 4;

/// The module of each type, by id.
pub fn assign(
    types: &[TypeDraft],
    operations: &[LoweredOperation],
    websockets: &[WebSocketEndpoint],
    resources: &[Resource],
) -> Vec<String> {
    let mut tag_order: Vec<String> = Vec::new();
    let mut tags_of: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); types.len()];
    let mut roots: Vec<(String, Vec<TypeRef>)> = operations
        .iter()
        .map(|op| {
            let mut types: Vec<TypeRef> = op.body.iter().map(|b| b.ty.clone()).chain(op.stream.clone()).collect();
            if let ResponseKind::Json(ty) = &op.response {
                types.push(ty.clone());
            }
            types.extend(op.params.map(TypeRef::Named));
            (op.tag.clone().unwrap_or_else(|| SHARED_MODULE.to_owned()), types)
        })
        .collect();
    for socket in websockets {
        let group = resources[socket.resource].path.first().cloned().unwrap_or_default();
        roots.push((group, vec![socket.client_events.clone(), socket.server_events.clone()]));
    }
    for (tag, group_roots) in roots {
        let tag = module_name(&tag);
        let rank = tag_order.iter().position(|t| *t == tag).unwrap_or_else(|| {
            tag_order.push(tag);
            tag_order.len() - 1
        });
        for id in reachable(types, group_roots) {
            tags_of[id.0].insert(rank);
        }
    }
    tags_of
        .into_iter()
        .map(|tags| match tags.first() {
            None => OTHER_MODULE.to_owned(),
            Some(first) if tags.len() < SHARED_BY => tag_order[*first].clone(),
            Some(_) => SHARED_MODULE.to_owned(),
        })
        .collect()
}

/// A module name from a tag (`Fine-tuning` → `fine_tuning`), never a keyword.
fn module_name(tag: &str) -> String {
    let name = names::snake(tag);
    if names::is_raw(&name) || name == "mod" { format!("{name}_types") } else { name }
}
