//! The module of each type, so that `types/` mirrors `resources/`: a type belongs to the
//! root resource whose operations reach it (`types/threads.rs` beside
//! `resources/threads.rs`), or, when a few root resources do, to the first of them; types
//! that many reach are `shared`, those none reaches `other`. Within a group, a type only
//! one sub-resource's operations reach goes to that sub-resource's module
//! (`types/threads/runs.rs`), and a group that still holds more than [`SPLIT_OVER`] types
//! puts those only its requests, only its responses or only its event streams use into
//! `inputs`, `outputs` and `events`, then what is left by the field of its requests and
//! responses that reaches it (`tools`, `input`, `output`). Files stay reviewable and are formatted in parallel.

use std::collections::{BTreeMap, BTreeSet};

use super::super::draft::{DraftKind, LoweredOperation, TypeDraft};
use super::super::names;
use super::super::resources::Placement;
use super::reachable;
use crate::ir::{ModulePath, Resource, ResponseKind, SubModule, SubModuleKind, TypeId, TypeRef, WebSocketEndpoint};

/// Module of the types that many groups of operations use.
pub const SHARED_MODULE: &str = "shared";
/// Module of the component types that no operation uses (webhook payloads, say).
pub const OTHER_MODULE: &str = "other";
/// A type used by this many groups of operations or more is `shared`; one used by fewer
/// lives with the first group (in document order) that uses it.
const SHARED_BY: usize = 4;
/// A group whose own module would hold more types than this is split by role.
const SPLIT_OVER: usize = 60;
/// A field of a large group's root types gets a module of its own for this many types.
const MIN_FIELD_MODULE: usize = 8;

/// How an operation's root reaches a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Request,
    Response,
    Event,
}

/// Who reaches one type.
#[derive(Default)]
struct Uses {
    /// Group ranks, in document order.
    groups: BTreeSet<usize>,
    /// The sub-resource (child of the root) of each use; `None` for the root itself.
    children: BTreeSet<Option<String>>,
    roles: BTreeSet<Role>,
}

/// The module of each type, by id.
pub fn assign(
    types: &[TypeDraft],
    operations: &[LoweredOperation],
    placements: &[Placement],
    websockets: &[WebSocketEndpoint],
    resources: &[Resource],
) -> Vec<ModulePath> {
    // (resource, role, roots) for every operation and WebSocket endpoint.
    let mut roots: Vec<(usize, Role, Vec<TypeRef>)> = Vec::new();
    for (op, placement) in operations.iter().zip(placements) {
        let mut request: Vec<TypeRef> = op.body.iter().map(|b| b.ty.clone()).collect();
        request.extend(op.params.map(TypeRef::Named));
        request.extend(op.path_params.iter().map(|p| p.ty.clone()));
        roots.push((placement.resource, Role::Request, request));
        if let ResponseKind::Json(ty) = &op.response {
            roots.push((placement.resource, Role::Response, vec![ty.clone()]));
        }
        roots.push((placement.resource, Role::Event, op.stream.iter().cloned().collect()));
    }
    for socket in websockets {
        roots.push((socket.resource, Role::Request, vec![socket.client_events.clone()]));
        roots.push((socket.resource, Role::Event, vec![socket.server_events.clone()]));
    }
    let mut group_order: Vec<String> = Vec::new();
    let mut uses: Vec<Uses> = (0..types.len()).map(|_| Uses::default()).collect();
    let mut roots_of: BTreeMap<String, BTreeSet<TypeId>> = BTreeMap::new();
    for (resource, role, group_roots) in roots {
        let path = &resources[resource].path;
        let group = module_name(path.first().map_or(SHARED_MODULE, String::as_str));
        let rank = group_order.iter().position(|g| *g == group).unwrap_or_else(|| {
            group_order.push(group);
            group_order.len() - 1
        });
        for ty in &group_roots {
            if let TypeRef::Named(id) = super::resolve_alias(types, ty) {
                roots_of.entry(group_order[rank].clone()).or_default().insert(*id);
            }
        }
        for id in reachable(types, group_roots) {
            let entry = &mut uses[id.0];
            entry.groups.insert(rank);
            entry.children.insert(path.get(1).cloned());
            entry.roles.insert(role);
        }
    }
    let mut modules: Vec<ModulePath> = uses.iter().map(|u| place(u, &group_order)).collect();
    split_large_groups(&mut modules, &uses);
    split_by_field(types, &mut modules, &roots_of);
    one_module_per_name(&mut modules);
    modules
}

/// A sub-resource, a role and a field can give a group's sub-modules the same name
/// (`conversations.items` and an `items` field): they are one module, described as the
/// first of them (in sorted order).
fn one_module_per_name(modules: &mut [ModulePath]) {
    let mut first: BTreeMap<(String, String), SubModule> = BTreeMap::new();
    let mut subs: Vec<&ModulePath> = modules.iter().filter(|m| m.sub.is_some()).collect();
    subs.sort();
    for module in subs {
        if let Some(sub) = &module.sub {
            first.entry((module.group.clone(), sub.name.clone())).or_insert_with(|| sub.clone());
        }
    }
    for module in modules.iter_mut() {
        if let Some(sub) = &mut module.sub {
            *sub = first[&(module.group.clone(), sub.name.clone())].clone();
        }
    }
}

/// The group, and the sub-resource module when one sub-resource alone uses the type.
fn place(uses: &Uses, group_order: &[String]) -> ModulePath {
    let group = match uses.groups.first() {
        None => return ModulePath { group: OTHER_MODULE.to_owned(), sub: None },
        Some(first) if uses.groups.len() < SHARED_BY => group_order[*first].clone(),
        Some(_) => return ModulePath { group: SHARED_MODULE.to_owned(), sub: None },
    };
    let sub = match (uses.groups.len(), uses.children.iter().collect::<Vec<_>>().as_slice()) {
        (1, [Some(child)]) => Some(SubModule { name: module_name(child), holds: SubModuleKind::Resource }),
        _ => None,
    };
    ModulePath { group, sub }
}

/// Splits the types left in a large group's own module by the one role that reaches them.
fn split_large_groups(modules: &mut [ModulePath], uses: &[Uses]) {
    let mut own: BTreeMap<String, Vec<TypeId>> = BTreeMap::new();
    for (i, module) in modules.iter().enumerate() {
        if module.sub.is_none() && module.group != SHARED_MODULE && module.group != OTHER_MODULE {
            own.entry(module.group.clone()).or_default().push(TypeId(i));
        }
    }
    for ids in own.values().filter(|ids| ids.len() > SPLIT_OVER) {
        for id in ids {
            let holds = match uses[id.0].roles.iter().collect::<Vec<_>>().as_slice() {
                [Role::Request] => SubModuleKind::Requests,
                [Role::Response] => SubModuleKind::Responses,
                [Role::Event] => SubModuleKind::Events,
                _ => continue,
            };
            let name = match holds {
                SubModuleKind::Requests => "inputs",
                SubModuleKind::Responses => "outputs",
                _ => "events",
            };
            modules[id.0].sub = Some(SubModule { name: name.to_owned(), holds });
        }
    }
}

/// Splits what is still left in a large group's own module by the field of the group's
/// root types (request bodies, responses) through which a type is reached: the types only
/// a `tools` field reaches go to `tools`, those only `input` reaches to `input`. The roots,
/// and types several fields reach, stay; so does a would-be module of fewer than
/// [`MIN_FIELD_MODULE`] types.
fn split_by_field(types: &[TypeDraft], modules: &mut [ModulePath], roots_of: &BTreeMap<String, BTreeSet<TypeId>>) {
    let own = |modules: &[ModulePath], group: &str| -> BTreeSet<TypeId> {
        (0..modules.len()).filter(|&i| modules[i].group == group && modules[i].sub.is_none()).map(TypeId).collect()
    };
    for (group, roots) in roots_of {
        let members = own(modules, group);
        if members.len() <= SPLIT_OVER {
            continue;
        }
        // The fields of the roots that reach each member.
        let mut via: BTreeMap<TypeId, BTreeSet<String>> = BTreeMap::new();
        for root in roots {
            let DraftKind::Struct(s) = &types[root.0].kind else { continue };
            for field in &s.fields {
                for id in reachable(types, [field.ty.clone()]) {
                    if members.contains(&id) && !roots.contains(&id) {
                        via.entry(id).or_default().insert(field.name.clone());
                    }
                }
            }
        }
        let mut by_field: BTreeMap<String, Vec<TypeId>> = BTreeMap::new();
        for (id, fields) in via {
            if let [field] = fields.iter().collect::<Vec<_>>().as_slice() {
                by_field.entry((*field).clone()).or_default().push(id);
            }
        }
        for (field, ids) in by_field.into_iter().filter(|(_, ids)| ids.len() >= MIN_FIELD_MODULE) {
            let sub = SubModule { name: module_name(&field), holds: SubModuleKind::Field };
            for id in ids {
                modules[id.0].sub = Some(sub.clone());
            }
        }
    }
}

/// A module name from a resource (`fine_tuning`), never a keyword.
fn module_name(name: &str) -> String {
    let name = names::snake(name);
    if names::is_raw(&name) || name == "mod" { format!("{name}_types") } else { name }
}
