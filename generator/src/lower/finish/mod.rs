//! Passes over the whole draft arena, once every type and operation is lowered: what no
//! schema says on its own. Passes that refine the drafts' kinds change them in place; the
//! others return what they decide, and the IR's `TypeDef`s and `Operation`s are built with
//! it (`assemble`).

mod boxing;
mod groups;
mod inputs;
mod modules;
mod pagination;
mod read_only;
mod tags;
mod union_shapes;

use std::collections::BTreeSet;

pub use groups::{FULL_FEATURE, RESERVED_FEATURES, WEBHOOKS_FEATURE, mark_opt_in};
pub use modules::{OTHER_MODULE, SHARED_MODULE};
pub use pagination::ITEMS_FIELD;

use super::draft::{LoweredOperation, TypeDraft};
use super::resources::Placement;
use crate::diagnostics::{Location, Result};
use crate::ir::{
    Group, ModulePath, PageImpl, Resource, TypeGate, TypeId, TypeRef, VariantShape, WebSocketEndpoint, follow_aliases,
};

/// What the passes decide about each type (by id) and each operation (by index).
pub struct Finished {
    pub types: Vec<TypeFacts>,
    /// The query parameter that takes the next page's cursor, for operations that page.
    pub cursors: Vec<Option<String>>,
    /// The groups (root resources, then the webhooks) and their Cargo features.
    pub groups: Vec<Group>,
    /// Index into `groups` of the webhooks' group, when there are webhooks.
    pub webhooks_group: Option<usize>,
}

/// What the passes decide about one type.
pub struct TypeFacts {
    pub input: bool,
    /// Of each variant, for a union.
    pub shapes: Vec<VariantShape>,
    pub page: Option<PageImpl>,
    pub module: ModulePath,
    pub gate: TypeGate,
}

/// Runs every pass, in an order each depends on.
pub fn finish(
    types: &mut [TypeDraft],
    operations: &[LoweredOperation],
    placements: &[Placement],
    websockets: &[WebSocketEndpoint],
    webhook_event: Option<TypeId>,
    resources: &[Resource],
    locate: &dyn Fn(&str) -> Location,
) -> Result<Finished> {
    // First: read-only fields are relaxed in input types only.
    let inputs = inputs::mark(types, operations, websockets);
    // Before the shapes: a relaxed field is no longer a required key.
    read_only::relax(types, &inputs);
    // Before the shapes: a tag that becomes a constant is a fixed key.
    tags::mark(types);
    // Once the fields are final.
    let shapes = union_shapes::compute(types);
    // Reads only which type holds which by value, which no pass changes.
    boxing::mark(types, locate)?;
    // After read-only relaxing, which can make a list's items optional (then it does not page).
    let (pages, cursors) = pagination::attach(types, operations);
    // Reads only references, like boxing.
    let assignment = modules::assign(types, operations, placements, websockets, webhook_event, resources);
    // Who reaches each type decides which groups' features it exists with.
    let groups =
        groups::decide(&assignment.modules, &assignment.reached_by, resources, assignment.webhooks_module.as_deref());
    let types = (inputs.into_iter().zip(shapes).zip(pages).zip(assignment.modules).zip(groups.gates))
        .map(|((((input, shapes), page), module), gate)| TypeFacts { input, shapes, page, module, gate })
        .collect();
    Ok(Finished { types, cursors, groups: groups.groups, webhooks_group: groups.webhooks })
}

/// Follows aliases in the draft arena.
fn resolve_alias<'a>(types: &'a [TypeDraft], ty: &'a TypeRef) -> &'a TypeRef {
    follow_aliases(ty, |id| &types[id.0].kind)
}

/// The named types reachable from `roots` through every reference a type holds.
fn reachable(types: &[TypeDraft], roots: impl IntoIterator<Item = TypeRef>) -> BTreeSet<TypeId> {
    let mut stack: Vec<TypeRef> = roots.into_iter().collect();
    let mut seen = BTreeSet::new();
    while let Some(ty) = stack.pop() {
        if let Some(id) = ty.named_inside()
            && seen.insert(id)
        {
            stack.extend(types[id.0].kind.refs().cloned());
        }
    }
    seen
}

#[cfg(test)]
pub(super) mod test_support {
    use crate::ir::{Api, TypeDef};

    pub fn def<'a>(api: &'a Api, name: &str) -> &'a TypeDef {
        api.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}"))
    }
}
