//! Flags the tag property in every struct that is a variant of a tagged union, so its
//! `Default` carries the tag value even when the property is optional. A tag declared as a
//! plain string (`propertyName: species`, `species: {type: string}`) that selects the struct
//! through one value only becomes that constant: `Dog::new("Rex")`, not `Dog::new("dog", "Rex")`.

use std::collections::{BTreeMap, BTreeSet};

use super::super::draft::TypeDraft;
use super::resolve_alias;
use crate::ir::{Constant, TypeId, TypeKind, TypeRef};

pub fn mark(types: &mut [TypeDraft]) {
    let mut tagged: BTreeMap<(TypeId, String), BTreeSet<String>> = BTreeMap::new();
    for def in types.iter() {
        if let TypeKind::TaggedUnion(union) = &def.kind {
            for variant in &union.variants {
                if let TypeRef::Named(id) = resolve_alias(types, variant.ty.unwrap_option()) {
                    tagged.entry((*id, union.tag.clone())).or_default().extend(variant.tag_values.iter().cloned());
                }
            }
        }
    }
    for ((id, tag), values) in tagged {
        if let TypeKind::Struct(s) = &mut types[id.0].kind {
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

#[cfg(test)]
mod tests {
    use super::super::test_support::def;
    use crate::ir::{Constant, TypeKind};
    use crate::lower::lower_schemas;

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
}
