//! The module of each type, so that `types/` mirrors `resources/`: a type belongs to the
//! root resource whose operations reach it (`types/threads.rs` beside
//! `resources/threads.rs`), or, when a few root resources do, to the first of them; types
//! that many reach are `shared`, those none reaches `other`. Within a group, a type only
//! one sub-resource's operations reach goes to that sub-resource's module
//! (`types/threads/runs.rs`), and a group that still holds more than [`SPLIT_OVER`] types
//! puts those only its requests, only its responses or only its event streams use into
//! `inputs`, `outputs` and `events`, then what is left by the field of its requests and
//! responses that reaches it (`tools`, `input`, `output`); types several fields share go
//! to a module named after the union that reaches most of them (`items`, for what both
//! `input` and `output` hold). Files stay reviewable and are formatted in parallel.

use std::collections::{BTreeMap, BTreeSet};

use super::super::draft::{DraftKind, LoweredOperation, TypeDraft};
use super::super::names;
use super::super::resources::Placement;
use super::reachable;
use crate::ir::{ModulePath, Resource, ResponseKind, SubModule, SubModuleKind, TypeId, TypeRef, WebSocketEndpoint};

/// Module of the types that many groups of operations use.
pub const SHARED_MODULE: &str = "shared";
/// Module of the component types that no operation or webhook uses.
pub const OTHER_MODULE: &str = "other";
/// Module of the webhooks' payloads and their event union.
const WEBHOOKS_MODULE: &str = "webhooks";
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
    /// The root resources (by index) whose operations and endpoints reach it.
    roots: BTreeSet<usize>,
}

/// Where each type lives, and who reaches it.
pub struct Assignment {
    /// The module of each type, by id.
    pub modules: Vec<ModulePath>,
    /// The root resources (indices into the resources) whose operations and WebSocket
    /// endpoints reach each type, by id; the webhooks count as the root `resources.len()`.
    pub reached_by: Vec<BTreeSet<usize>>,
    /// The module of the webhooks' payloads, when there are webhooks.
    pub webhooks_module: Option<String>,
}

/// The module of each type and the root resources that reach it.
pub fn assign(
    types: &[TypeDraft],
    operations: &[LoweredOperation],
    placements: &[Placement],
    websockets: &[WebSocketEndpoint],
    webhook_event: Option<TypeId>,
    resources: &[Resource],
) -> Assignment {
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
        let mut root = resource;
        while let Some(parent) = resources[root].parent {
            root = parent;
        }
        for id in reachable(types, group_roots) {
            let entry = &mut uses[id.0];
            entry.groups.insert(rank);
            entry.roots.insert(root);
            entry.children.insert(path.get(1).cloned());
            entry.roles.insert(role);
        }
    }
    // The webhooks are a group after every resource's: a payload type an operation reaches
    // too lives with that operation's group.
    let webhooks_module = webhook_event.map(|event| {
        let module = webhooks_module(resources);
        let rank = group_order.len();
        group_order.push(module.clone());
        roots_of.entry(module.clone()).or_default().insert(event);
        for id in reachable(types, [TypeRef::Named(event)]) {
            let entry = &mut uses[id.0];
            entry.groups.insert(rank);
            entry.roots.insert(resources.len());
            entry.children.insert(None);
            entry.roles.insert(Role::Event);
        }
        module
    });
    let mut modules: Vec<ModulePath> = uses.iter().map(|u| place(u, &group_order)).collect();
    split_large_groups(&mut modules, &uses);
    split_by_field(types, &mut modules, &roots_of);
    one_module_per_name(&mut modules);
    Assignment { modules, reached_by: uses.into_iter().map(|u| u.roots).collect(), webhooks_module }
}

/// The webhooks' module: `webhooks`, unless a root resource's module has that name.
fn webhooks_module(resources: &[Resource]) -> String {
    let mut scope = names::Scope::new();
    for root in resources.iter().filter(|r| r.parent.is_none()) {
        scope.reserve(&module_name(root.path.first().map_or(SHARED_MODULE, String::as_str)));
    }
    for name in [SHARED_MODULE, OTHER_MODULE] {
        scope.reserve(name);
    }
    if scope.contains(WEBHOOKS_MODULE) { scope.unique("webhook_events") } else { WEBHOOKS_MODULE.to_owned() }
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
/// a `tools` field reaches go to `tools`, those only `input` reaches to `input`; the types
/// one set of several fields reaches go to the module of the union that reaches most of
/// them. The roots stay; so does a would-be module of fewer than [`MIN_FIELD_MODULE`]
/// types, or of shared types no union gathers.
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
        // Members by the set of fields that reach them.
        let mut by_fields: BTreeMap<Vec<String>, Vec<TypeId>> = BTreeMap::new();
        for (id, fields) in via {
            by_fields.entry(fields.into_iter().collect()).or_default().push(id);
        }
        let group_types: BTreeSet<TypeId> =
            (0..modules.len()).filter(|&i| modules[i].group == *group).map(TypeId).collect();
        let (single, shared): (Vec<_>, Vec<_>) = by_fields
            .into_iter()
            .filter(|(_, ids)| ids.len() >= MIN_FIELD_MODULE)
            .partition(|(fields, _)| fields.len() == 1);
        for (fields, ids) in single {
            let sub = SubModule { name: module_name(&fields[0]), holds: SubModuleKind::Field };
            for id in ids {
                modules[id.0].sub = Some(sub.clone());
            }
        }
        // Shared types join the module of the union that gathers them: the field module
        // it went to above (the `output` union's variants join `output`), or its own.
        for (_, ids) in shared {
            let Some(union) = family(types, &group_types, &ids) else { continue };
            let sub = match &modules[union.0].sub {
                Some(sub) if sub.holds == SubModuleKind::Field => sub.clone(),
                _ => {
                    let name = &types[union.0].name;
                    SubModule {
                        name: module_name(&plural(&names::snake(name))),
                        holds: SubModuleKind::Family(name.clone()),
                    }
                }
            };
            for id in ids {
                modules[id.0].sub = Some(sub.clone());
            }
        }
    }
}

/// The union of the group that gathers `members` (types several fields share, such as the
/// items both a request's `input` and a response's `output` hold): of those reaching more
/// than half of them, the one reaching the fewest types in all, the first in the arena on a
/// tie.
fn family(types: &[TypeDraft], group: &BTreeSet<TypeId>, members: &[TypeId]) -> Option<TypeId> {
    let members: BTreeSet<TypeId> = members.iter().copied().collect();
    let mut best: Option<(usize, TypeId)> = None;
    for &id in group {
        if !matches!(types[id.0].kind, DraftKind::TaggedUnion(_) | DraftKind::UntaggedUnion(_)) {
            continue;
        }
        let reach = reachable(types, [TypeRef::Named(id)]);
        let covered = reach.intersection(&members).count();
        if covered * 2 > members.len() && best.is_none_or(|(fewest, _)| reach.len() < fewest) {
            best = Some((reach.len(), id));
        }
    }
    best.map(|(_, id)| id)
}

/// The plural of a snake-case noun, for a module of many of them (`item` to `items`).
fn plural(noun: &str) -> String {
    if noun.ends_with('s') {
        noun.to_owned()
    } else if noun.ends_with('x') || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else if let Some(stem) = noun.strip_suffix('y').filter(|stem| !stem.ends_with(['a', 'e', 'i', 'o', 'u'])) {
        format!("{stem}ies")
    } else {
        format!("{noun}s")
    }
}

/// A module name from a resource (`fine_tuning`), never a keyword.
pub(super) fn module_name(name: &str) -> String {
    let name = names::snake(name);
    if names::is_raw(&name) || name == "mod" { format!("{name}_types") } else { name }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::def;
    use super::*;
    use crate::lower::lower_text;

    /// One operation whose body and response are `Thing`, with more than [`SPLIT_OVER`]
    /// types behind its fields: ten `V` types both `input` (through the union `Item`, with
    /// `ins` types of its own) and `output` (through `OutputItem`, with `outs`) hold.
    fn spec(ins: usize, outs: usize) -> String {
        let mut s = String::from(concat!(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n",
            "paths:\n  /things:\n    post:\n",
            "      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}\n",
            "      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}\n",
            "components:\n  schemas:\n",
            "    Thing:\n      type: object\n      properties:\n",
            "        input: {type: array, items: {$ref: '#/components/schemas/Item'}}\n",
            "        output: {type: array, items: {$ref: '#/components/schemas/OutputItem'}}\n",
            "        tools: {type: array, items: {$ref: '#/components/schemas/Tool'}}\n",
            "        extra: {type: array, items: {$ref: '#/components/schemas/Extra'}}\n",
        ));
        let union = |s: &mut String, name: &str, members: Vec<String>| {
            s.push_str(&format!("    {name}:\n      oneOf:\n"));
            for m in members {
                s.push_str(&format!("        - $ref: '#/components/schemas/{m}'\n"));
            }
        };
        let shared: Vec<String> = (0..10).map(|i| format!("V{i}")).collect();
        let own = |prefix: &str, n: usize| (0..n).map(|i| format!("{prefix}{i}")).collect::<Vec<_>>();
        union(&mut s, "Item", [shared.clone(), own("In", ins)].concat());
        union(&mut s, "OutputItem", [shared.clone(), own("Out", outs)].concat());
        union(&mut s, "Tool", own("T", 8));
        union(&mut s, "Extra", own("F", 40));
        for name in [shared, own("In", ins), own("Out", outs), own("T", 8), own("F", 40)].concat() {
            s.push_str(&format!(
                "    {name}: {{type: object, properties: {{{}: {{type: string}}}}}}\n",
                name.to_lowercase()
            ));
        }
        s
    }

    fn sub(api: &crate::ir::Api, name: &str) -> Option<(String, SubModuleKind)> {
        def(api, name).module.sub.as_ref().map(|s| (s.name.clone(), s.holds.clone()))
    }

    #[test]
    fn shared_types_get_the_module_of_the_union_that_gathers_them() {
        // `Item` (12 types) is tighter than `OutputItem` (18) and too small for a field
        // module of its own, so what both hold goes to `items`.
        let (api, _) = lower_text(&spec(2, 8));
        assert_eq!(sub(&api, "V0"), Some(("items".into(), SubModuleKind::Family("Item".into()))));
        assert_eq!(sub(&api, "Out0"), Some(("output".into(), SubModuleKind::Field)));
        assert_eq!(sub(&api, "T0"), Some(("tools".into(), SubModuleKind::Field)));
        assert_eq!(sub(&api, "Thing"), None, "the root stays in the group's own module");
    }

    #[test]
    fn shared_types_join_the_field_module_of_their_union() {
        // Now `OutputItem` (18 types) is the tighter union, and it has the `output` module.
        let (api, _) = lower_text(&spec(12, 8));
        assert_eq!(sub(&api, "V0"), Some(("output".into(), SubModuleKind::Field)));
        assert_eq!(sub(&api, "OutputItem"), Some(("output".into(), SubModuleKind::Field)));
        assert_eq!(sub(&api, "In0"), Some(("input".into(), SubModuleKind::Field)));
    }

    #[test]
    fn plurals_of_module_nouns() {
        let cases = [("item", "items"), ("box", "boxes"), ("match", "matches"), ("entry", "entries"), ("day", "days")];
        for (noun, expected) in cases {
            assert_eq!(plural(noun), expected);
        }
        assert_eq!(plural("run_step_details"), "run_step_details");
    }
}
