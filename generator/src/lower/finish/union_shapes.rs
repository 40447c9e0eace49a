//! What the JSON of each union variant looks like: its JSON kinds, and for objects (or
//! arrays of objects) their keys, looking through references, aliases, flattened fields and
//! nested unions. Untagged unions dispatch on them; tagged unions, where several variants
//! share a tag value.

use super::super::draft::{DraftKind, TypeDraft};
use super::resolve_alias;
use crate::ir::{Constant, ItemShape, JsonKinds, ObjectShape, TypeId, TypeKind, TypeRef, VariantShape};

/// The shape of every variant of every union, by type id (empty for other types).
pub fn compute(types: &[TypeDraft]) -> Vec<Vec<VariantShape>> {
    types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::TaggedUnion(u) => u.variants.iter().map(|v| variant_shape(types, &v.ty)).collect(),
            TypeKind::UntaggedUnion(u) => u.variants.iter().map(|v| variant_shape(types, &v.ty)).collect(),
            _ => Vec::new(),
        })
        .collect()
}

fn variant_shape(types: &[TypeDraft], ty: &TypeRef) -> VariantShape {
    let kinds = kinds_of(types, ty, &mut Vec::new());
    let object = if kinds.object { object_shape(types, ty, &mut Vec::new()) } else { ObjectShape::default() };
    VariantShape { kinds, object, items: item_shape(types, ty) }
}

/// The JSON kinds a type accepts. `path` holds the named types being looked through; a
/// type that leads back to one of them (a recursive union) accepts anything.
fn kinds_of(types: &[TypeDraft], ty: &TypeRef, path: &mut Vec<TypeId>) -> JsonKinds {
    let none = JsonKinds::default();
    match ty {
        TypeRef::String | TypeRef::Binary => JsonKinds { string: true, ..none },
        TypeRef::Integer(_) => JsonKinds { integer: true, ..none },
        TypeRef::Number(_) => JsonKinds { integer: true, number: true, ..none },
        TypeRef::Boolean => JsonKinds { boolean: true, ..none },
        TypeRef::Any => JsonKinds::ANY,
        TypeRef::Array(_) => JsonKinds { array: true, ..none },
        TypeRef::Map(_) => JsonKinds { object: true, ..none },
        TypeRef::Option(inner) => kinds_of(types, inner, path).union(JsonKinds { null: true, ..none }),
        TypeRef::Named(id) if path.contains(id) || path.len() > 32 => JsonKinds::ANY,
        TypeRef::Named(id) => {
            path.push(*id);
            let kinds = match &types[id.0].kind {
                TypeKind::Struct(_) | TypeKind::Params(_) | TypeKind::TaggedUnion(_) => {
                    JsonKinds { object: true, ..none }
                }
                TypeKind::Enum(e) if e.variants.first().is_some_and(|v| v.value.is_integer()) => {
                    JsonKinds { integer: true, ..none }
                }
                TypeKind::Enum(_) => JsonKinds { string: true, ..none },
                TypeKind::Alias(target) => kinds_of(types, target, path),
                TypeKind::UntaggedUnion(u) => {
                    u.variants.iter().fold(none, |acc, v| acc.union(kinds_of(types, &v.ty, path)))
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
fn object_shape(types: &[TypeDraft], ty: &TypeRef, path: &mut Vec<TypeId>) -> ObjectShape {
    let TypeRef::Named(id) = resolve_alias(types, ty.unwrap_option()) else { return ObjectShape::default() };
    if path.contains(id) || path.len() > 16 {
        return ObjectShape::default();
    }
    path.push(*id);
    let shape = object_shape_of(types, &types[id.0].kind, path);
    path.pop();
    shape
}

fn object_shape_of(types: &[TypeDraft], kind: &DraftKind, path: &mut Vec<TypeId>) -> ObjectShape {
    let variants: Vec<&TypeRef> = match kind {
        TypeKind::Struct(s) => {
            let mut shape = ObjectShape::default();
            for field in &s.fields {
                if field.flatten {
                    let inner = object_shape(types, &field.ty, path);
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
    let shapes: Vec<ObjectShape> = variants.into_iter().map(|v| object_shape(types, v, path)).collect();
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
fn item_shape(types: &[TypeDraft], ty: &TypeRef) -> Option<ItemShape> {
    let TypeRef::Array(item) = resolve_alias(types, ty.unwrap_option()) else { return None };
    let kinds = kinds_of(types, item, &mut Vec::new());
    let shape = if kinds.object { object_shape(types, item, &mut Vec::new()) } else { ObjectShape::default() };
    Some(ItemShape { kinds, shape })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::def;
    use crate::ir::TypeKind;
    use crate::lower::lower_schemas;

    #[test]
    fn array_variants_know_their_items() {
        let api = lower_schemas(concat!(
            "    Route: {oneOf: [{type: array, items: {$ref: '#/components/schemas/P'}}, {type: array, items: {type: string}}]}\n",
            "    P: {type: object, required: [lat], properties: {lat: {type: number}}}\n",
        ));
        let TypeKind::UntaggedUnion(union) = &def(&api, "Route").kind else { panic!() };
        let items = union.variants[0].shape.items.as_ref().expect("array variant");
        assert!(items.kinds.object && !items.kinds.string);
        assert_eq!(items.shape.required, vec!["lat".to_owned()]);
        assert!(union.variants[1].shape.items.as_ref().is_some_and(|i| i.kinds.string));
        assert_eq!((union.variants[0].name.as_str(), union.variants[1].name.as_str()), ("PArray", "StringArray"));
    }
}
