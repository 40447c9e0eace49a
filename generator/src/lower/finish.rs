//! Passes over the finished arena: which types are inputs, what JSON each untagged variant
//! can hold, where recursion needs a `Box`, and which list responses page.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::{Error, Result};
use crate::ir::{
    Api, Constant, CursorSource, ItemShape, JsonKinds, ObjectShape, PageImpl, ResponseKind, TypeId, TypeKind, TypeRef,
};

/// Runs every pass.
pub fn finish(api: &mut Api, locate: &dyn Fn(&str) -> crate::diagnostics::Location) -> Result<()> {
    mark_inputs(api);
    relax_read_only(api);
    mark_tags(api);
    fill_union_kinds(api);
    box_recursion(api, locate)?;
    attach_pages(api);
    assign_modules(api);
    Ok(())
}

/// Module of the types that many groups of operations use.
pub const SHARED_MODULE: &str = "shared";
/// Module of the component types that no operation uses (webhook payloads, say).
pub const OTHER_MODULE: &str = "other";
/// A type used by this many groups of operations or more is `shared`; one used by fewer
/// lives with the first group (in document order) that uses it.
const SHARED_BY: usize = 4;

/// Groups types into modules by the operations that use them: a type belongs to the one tag
/// whose operations reach it, or (when a few tags do) to the first of them; types that many
/// tags reach are `shared`, those none reaches `other`. Files stay reviewable and can be
/// formatted in parallel.
fn assign_modules(api: &mut Api) {
    let mut tag_order: Vec<String> = Vec::new();
    let mut tags_of: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); api.types.len()];
    let mut roots: Vec<(String, Vec<TypeRef>)> = api
        .operations
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
    for socket in &api.websockets {
        let group = api.resources[socket.resource].path.first().cloned().unwrap_or_default();
        roots.push((group, vec![socket.client_events.clone(), socket.server_events.clone()]));
    }
    for (tag, types) in roots {
        let tag = module_name(&tag);
        let rank = tag_order.iter().position(|t| *t == tag).unwrap_or_else(|| {
            tag_order.push(tag);
            tag_order.len() - 1
        });
        let mut stack = types;
        let mut seen = BTreeSet::new();
        while let Some(ty) = stack.pop() {
            let Some(id) = named_in(&ty, &mut stack) else { continue };
            if seen.insert(id) {
                tags_of[id.0].insert(rank);
                stack.extend(children(&api.types[id.0].kind));
            }
        }
    }
    for (def, tags) in api.types.iter_mut().zip(tags_of) {
        def.module = match tags.first() {
            None => OTHER_MODULE.to_owned(),
            Some(first) if tags.len() < SHARED_BY => tag_order[*first].clone(),
            Some(_) => SHARED_MODULE.to_owned(),
        };
    }
}

/// A module name from a tag (`Fine-tuning` → `fine_tuning`), never a keyword.
fn module_name(tag: &str) -> String {
    let name = super::names::snake(tag);
    if super::names::is_raw(&name) || name == "mod" { format!("{name}_types") } else { name }
}

/// Types reachable from request bodies and parameters get constructors and setters.
fn mark_inputs(api: &mut Api) {
    let mut stack: Vec<TypeRef> = Vec::new();
    for op in &api.operations {
        if let Some(body) = &op.body {
            stack.push(body.ty.clone());
        }
        if let Some(params) = op.params {
            stack.push(TypeRef::Named(params));
        }
    }
    for ws in &api.websockets {
        stack.push(ws.client_events.clone());
    }
    let mut seen = BTreeSet::new();
    while let Some(ty) = stack.pop() {
        let Some(id) = named_in(&ty, &mut stack) else { continue };
        if !seen.insert(id) {
            continue;
        }
        api.types[id.0].input = true;
        stack.extend(children(&api.types[id.0].kind));
    }
}

/// A required `readOnly` property is required in responses only (OpenAPI 3.0, "Fixed
/// Fields"): in a type that requests also carry it becomes optional and unset by default,
/// so callers are never asked for a value the server assigns.
fn relax_read_only(api: &mut Api) {
    for def in api.types.iter_mut().filter(|d| d.input) {
        if let TypeKind::Struct(s) = &mut def.kind {
            for field in s.fields.iter_mut().filter(|f| f.read_only && f.required && f.constant.is_none()) {
                field.required = false;
                field.ty = field.ty.clone().optional();
            }
        }
    }
}

/// Flags the tag property in every struct that is a variant of a tagged union, so its
/// `Default` carries the tag value even when the property is optional. A tag declared as a
/// plain string (`propertyName: species`, `species: {type: string}`) that selects the struct
/// through one value only becomes that constant: `Dog::new("Rex")`, not `Dog::new("dog", "Rex")`.
fn mark_tags(api: &mut Api) {
    let mut tagged: BTreeMap<(TypeId, String), BTreeSet<String>> = BTreeMap::new();
    for def in &api.types {
        if let TypeKind::TaggedUnion(union) = &def.kind {
            for variant in &union.variants {
                if let TypeRef::Named(id) = api.resolve_alias(variant.ty.unwrap_option()) {
                    tagged.entry((*id, union.tag.clone())).or_default().extend(variant.tag_values.iter().cloned());
                }
            }
        }
    }
    for ((id, tag), values) in tagged {
        if let TypeKind::Struct(s) = &mut api.types[id.0].kind {
            for field in s.fields.iter_mut().filter(|f| f.wire_name == tag) {
                field.tag = true;
                if field.constant.is_none()
                    && *field.ty.unwrap_option() == TypeRef::String
                    && let [only] = Vec::from_iter(&values).as_slice()
                {
                    field.constant = Some(Constant::String((*only).clone()));
                }
            }
        }
    }
}

/// Pushes the element types of containers; returns the named type, if any.
fn named_in(ty: &TypeRef, stack: &mut Vec<TypeRef>) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => {
            stack.push((**inner).clone());
            None
        }
        _ => None,
    }
}

fn children(kind: &TypeKind) -> Vec<TypeRef> {
    match kind {
        TypeKind::Struct(s) | TypeKind::Params(s) => {
            s.fields.iter().map(|f| f.ty.clone()).chain(s.additional.clone()).collect()
        }
        TypeKind::TaggedUnion(u) => u.variants.iter().map(|v| v.ty.clone()).collect(),
        TypeKind::UntaggedUnion(u) => u.variants.iter().map(|v| v.ty.clone()).collect(),
        TypeKind::Alias(target) => vec![target.clone()],
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// The JSON kinds a type accepts. `path` holds the named types being looked through; a
/// type that leads back to one of them (a recursive union) accepts anything.
pub fn kinds_of(api: &Api, ty: &TypeRef, path: &mut Vec<TypeId>) -> JsonKinds {
    let none = JsonKinds::default();
    match ty {
        TypeRef::String | TypeRef::Binary => JsonKinds { string: true, ..none },
        TypeRef::Integer(_) => JsonKinds { integer: true, ..none },
        TypeRef::Number(_) => JsonKinds { integer: true, number: true, ..none },
        TypeRef::Boolean => JsonKinds { boolean: true, ..none },
        TypeRef::Any => JsonKinds::ANY,
        TypeRef::Array(_) => JsonKinds { array: true, ..none },
        TypeRef::Map(_) => JsonKinds { object: true, ..none },
        TypeRef::Option(inner) => kinds_of(api, inner, path).union(JsonKinds { null: true, ..none }),
        TypeRef::Named(id) if path.contains(id) || path.len() > 32 => JsonKinds::ANY,
        TypeRef::Named(id) => {
            path.push(*id);
            let kinds = match &api.ty(*id).kind {
                TypeKind::Struct(_) | TypeKind::Params(_) | TypeKind::TaggedUnion(_) => {
                    JsonKinds { object: true, ..none }
                }
                TypeKind::Enum(e) if e.variants.first().is_some_and(|v| v.value.is_integer()) => {
                    JsonKinds { integer: true, ..none }
                }
                TypeKind::Enum(_) => JsonKinds { string: true, ..none },
                TypeKind::Alias(target) => kinds_of(api, target, path),
                TypeKind::UntaggedUnion(u) => {
                    u.variants.iter().fold(none, |acc, v| acc.union(kinds_of(api, &v.ty, path)))
                }
            };
            path.pop();
            kinds
        }
    }
}

/// The shape of an object type: required and known keys and fixed values, looking
/// through aliases, flattened fields and nested unions (whose known keys are those of any
/// variant and whose required keys are those of every variant).
/// `path` holds the named types being looked through; a type leading back to one of them
/// adds nothing (without it, a union with two recursive variants takes exponential time).
fn object_shape(api: &Api, ty: &TypeRef, path: &mut Vec<TypeId>) -> ObjectShape {
    let TypeRef::Named(id) = api.resolve_alias(ty.unwrap_option()) else { return ObjectShape::default() };
    if path.contains(id) || path.len() > 16 {
        return ObjectShape::default();
    }
    path.push(*id);
    let shape = object_shape_of(api, *id, path);
    path.pop();
    shape
}

fn object_shape_of(api: &Api, id: TypeId, path: &mut Vec<TypeId>) -> ObjectShape {
    let variants: Vec<&TypeRef> = match &api.ty(id).kind {
        TypeKind::Struct(s) => {
            let mut shape = ObjectShape::default();
            for field in &s.fields {
                if field.flatten {
                    let inner = object_shape(api, &field.ty, path);
                    shape.known.extend(inner.known);
                    shape.required.extend(inner.required);
                    continue;
                }
                shape.known.push(field.wire_name.clone());
                if field.required && !field.ty.is_option() {
                    shape.required.push(field.wire_name.clone());
                }
                if let Some(value) = field.constant.as_ref().and_then(Constant::as_str) {
                    shape.constants.push((field.wire_name.clone(), value.to_owned()));
                }
            }
            return shape;
        }
        TypeKind::TaggedUnion(u) => u.variants.iter().map(|v| &v.ty).collect(),
        TypeKind::UntaggedUnion(u) => u.variants.iter().map(|v| &v.ty).collect(),
        _ => return ObjectShape::default(),
    };
    let shapes: Vec<ObjectShape> = variants.into_iter().map(|v| object_shape(api, v, path)).collect();
    let mut known: Vec<String> = shapes.iter().flat_map(|s| s.known.iter().cloned()).collect();
    known.sort();
    known.dedup();
    let required = shapes
        .first()
        .map(|first| first.required.iter().filter(|k| shapes.iter().all(|s| s.required.contains(k))).cloned().collect())
        .unwrap_or_default();
    ObjectShape { required, known, constants: Vec::new() }
}

/// What the items of an array type can hold (`None` for anything but an array).
fn item_shape(api: &Api, ty: &TypeRef) -> Option<ItemShape> {
    let TypeRef::Array(item) = api.resolve_alias(ty.unwrap_option()) else { return None };
    let kinds = kinds_of(api, item, &mut Vec::new());
    let shape = if kinds.object { object_shape(api, item, &mut Vec::new()) } else { ObjectShape::default() };
    Some(ItemShape { kinds, shape })
}

fn fill_union_kinds(api: &mut Api) {
    for i in 0..api.types.len() {
        match &api.types[i].kind {
            TypeKind::UntaggedUnion(union) => {
                let filled: Vec<_> = union
                    .variants
                    .iter()
                    .map(|v| {
                        let kinds = kinds_of(api, &v.ty, &mut Vec::new());
                        let shape = if kinds.object {
                            object_shape(api, &v.ty, &mut Vec::new())
                        } else {
                            ObjectShape::default()
                        };
                        (kinds, shape, item_shape(api, &v.ty))
                    })
                    .collect();
                if let TypeKind::UntaggedUnion(union) = &mut api.types[i].kind {
                    for (variant, (kinds, shape, items)) in union.variants.iter_mut().zip(filled) {
                        variant.kinds = kinds;
                        variant.shape = shape;
                        variant.items = items;
                    }
                }
            }
            TypeKind::TaggedUnion(union) => {
                let shapes: Vec<_> = union.variants.iter().map(|v| object_shape(api, &v.ty, &mut Vec::new())).collect();
                if let TypeKind::TaggedUnion(union) = &mut api.types[i].kind {
                    for (variant, shape) in union.variants.iter_mut().zip(shapes) {
                        variant.shape = shape;
                    }
                }
            }
            _ => {}
        }
    }
}

/// The named type held by value (not behind `Vec`/map), if any.
fn by_value(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Option(inner) => by_value(inner),
        _ => None,
    }
}

/// Boxes every by-value edge inside a strongly connected component of the type graph.
fn box_recursion(api: &mut Api, locate: &dyn Fn(&str) -> crate::diagnostics::Location) -> Result<()> {
    let edges: Vec<Vec<TypeId>> = api
        .types
        .iter()
        .map(|t| match &t.kind {
            TypeKind::Struct(s) => s.fields.iter().filter_map(|f| by_value(&f.ty)).collect(),
            TypeKind::TaggedUnion(u) => u.variants.iter().filter_map(|v| by_value(&v.ty)).collect(),
            TypeKind::UntaggedUnion(u) => u.variants.iter().filter_map(|v| by_value(&v.ty)).collect(),
            TypeKind::Alias(target) => by_value(target).into_iter().collect(),
            TypeKind::Enum(_) | TypeKind::Params(_) => Vec::new(),
        })
        .collect();
    let component = strongly_connected(&edges);
    let in_cycle = |from: usize, to: TypeId| component[from] == component[to.0];
    for (i, def) in api.types.iter_mut().enumerate() {
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    field.boxed = by_value(&field.ty).is_some_and(|to| in_cycle(i, to));
                }
            }
            TypeKind::TaggedUnion(u) => {
                for v in &mut u.variants {
                    v.boxed = by_value(&v.ty).is_some_and(|to| in_cycle(i, to));
                }
            }
            TypeKind::UntaggedUnion(u) => {
                for v in &mut u.variants {
                    v.boxed = by_value(&v.ty).is_some_and(|to| in_cycle(i, to));
                }
            }
            _ => {}
        }
    }
    // A cycle made only of aliases has nowhere to put the Box.
    for (i, def) in api.types.iter().enumerate() {
        if let TypeKind::Alias(target) = &def.kind
            && let Some(to) = by_value(target)
            && in_cycle(i, to)
        {
            let only_aliases = api
                .types
                .iter()
                .enumerate()
                .filter(|(j, _)| component[*j] == component[i])
                .all(|(_, t)| matches!(t.kind, TypeKind::Alias(_)));
            if only_aliases {
                return Err(Error::spec(
                    locate(&def.origin),
                    format!(
                        "`{}` is defined only in terms of itself (a reference cycle with no object in it cannot be represented)",
                        def.name
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Tarjan's algorithm, iterative so deep type graphs cannot overflow the stack.
fn strongly_connected(edges: &[Vec<TypeId>]) -> Vec<usize> {
    let n = edges.len();
    let (mut index, mut low, mut on_stack) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let mut component = vec![usize::MAX; n];
    let (mut next_index, mut next_component) = (0, 0);
    let mut stack = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[v] == usize::MAX {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&TypeId(w)) = edges[v].get(*edge) {
                *edge += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

/// List operations with an `after` cursor whose response has `data` and `has_more`.
fn attach_pages(api: &mut Api) {
    for op_index in 0..api.operations.len() {
        let op = &api.operations[op_index];
        let ResponseKind::Json(ty) = &op.response else { continue };
        let Some(params) = op.params else { continue };
        let TypeKind::Params(params) = &api.ty(params).kind else { continue };
        let Some(cursor) = params.fields.iter().find(|f| f.wire_name == "after") else { continue };
        let cursor_param = cursor.wire_name.clone();
        let TypeRef::Named(list_id) = api.resolve_alias(ty.unwrap_option()).clone() else { continue };
        let Some(page) = page_shape(api, list_id) else { continue };
        api.types[list_id.0].page = Some(page);
        api.operations[op_index].cursor_param = Some(cursor_param);
    }
}

fn page_shape(api: &Api, list: TypeId) -> Option<PageImpl> {
    let TypeKind::Struct(s) = &api.ty(list).kind else { return None };
    let field = |name: &str| s.fields.iter().find(|f| f.wire_name == name);
    let data = field("data")?;
    let TypeRef::Array(item) = data.ty.unwrap_option() else { return None };
    let has_more = field("has_more").filter(|f| *f.ty.unwrap_option() == TypeRef::Boolean);
    let cursor = match field("last_id").filter(|f| *f.ty.unwrap_option() == TypeRef::String) {
        Some(last_id) => CursorSource::Field { name: last_id.name.clone(), optional: last_id.ty.is_option() },
        None => {
            let TypeRef::Named(item_id) = api.resolve_alias(item) else { return None };
            let TypeKind::Struct(item_struct) = &api.ty(*item_id).kind else { return None };
            let id =
                item_struct.fields.iter().find(|f| f.wire_name == "id" && *f.ty.unwrap_option() == TypeRef::String)?;
            CursorSource::LastItemId { optional: id.ty.is_option() }
        }
    };
    if data.ty.is_option() {
        return None;
    }
    Some(PageImpl {
        items_field: data.name.clone(),
        item: (**item).clone(),
        has_more: has_more.map(|f| (f.name.clone(), f.ty.is_option())),
        cursor,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::lower::{lower_schemas, lower_text};

    fn def<'a>(api: &'a Api, name: &str) -> &'a crate::ir::TypeDef {
        api.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}"))
    }

    #[test]
    fn a_tag_with_one_value_becomes_a_constant() {
        let api = lower_schemas(concat!(
            "    Pet:\n      oneOf: [{$ref: '#/components/schemas/Dog'}, {$ref: '#/components/schemas/Cat'}]\n",
            "      discriminator: {propertyName: kind, mapping: {dog: '#/components/schemas/Dog', cat: '#/components/schemas/Cat', kitten: '#/components/schemas/Cat'}}\n",
            "    Dog: {type: object, required: [kind], properties: {kind: {type: string}}}\n",
            "    Cat: {type: object, required: [kind], properties: {kind: {type: string}}}\n",
        ));
        let field = |name: &str| match &def(&api, name).kind {
            TypeKind::Struct(s) => s.fields[0].clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(field("Dog").constant, Some(Constant::String("dog".to_owned())));
        // Two values select `Cat`: the caller chooses.
        assert_eq!(field("Cat").constant, None);
        assert!(field("Cat").tag);
    }

    #[test]
    fn required_read_only_fields_are_optional_in_request_types() {
        let (api, _) = lower_text(concat!(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n",
            "paths:\n  /a:\n    put:\n      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}\n",
            "      responses: {'204': {description: none}}\n",
            "components:\n  schemas:\n",
            "    A: {type: object, required: [id], properties: {id: {type: string, readOnly: true}}}\n",
            "    B: {type: object, required: [id], properties: {id: {type: string, readOnly: true}}}\n",
        ));
        let id = |name: &str| match &def(&api, name).kind {
            TypeKind::Struct(s) => s.fields[0].ty.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(id("A"), TypeRef::String.optional());
        assert_eq!(id("B"), TypeRef::String, "response-only types keep it required");
    }

    #[test]
    fn array_variants_know_their_items() {
        let api = lower_schemas(concat!(
            "    Route: {oneOf: [{type: array, items: {$ref: '#/components/schemas/P'}}, {type: array, items: {type: string}}]}\n",
            "    P: {type: object, required: [lat], properties: {lat: {type: number}}}\n",
        ));
        let TypeKind::UntaggedUnion(union) = &def(&api, "Route").kind else { panic!() };
        let items = union.variants[0].items.as_ref().expect("array variant");
        assert!(items.kinds.object && !items.kinds.string);
        assert_eq!(items.shape.required, vec!["lat".to_owned()]);
        assert!(union.variants[1].items.as_ref().is_some_and(|i| i.kinds.string));
        assert_eq!((union.variants[0].name.as_str(), union.variants[1].name.as_str()), ("PArray", "StringArray"));
    }

    #[test]
    fn components_of_a_small_graph() {
        // 0 → 1 → 2 → 0, 3 → 3, 4 alone
        let edges = vec![vec![TypeId(1)], vec![TypeId(2)], vec![TypeId(0)], vec![TypeId(3)], vec![]];
        let c = strongly_connected(&edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[0], c[3]);
        assert_ne!(c[3], c[4]);
    }
}
