//! `oneOf`/`anyOf` → tagged unions (explicit discriminator, or a property every member fixes
//! to its own value), merged string enums, or untagged unions dispatched on the JSON kind.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{Discriminator, ReferenceOr, Schema};

use super::flat_schema::View;
use super::names;
use super::namespaces::VariantNames;
use super::schema::{Builder, Ctx, Lowered, SchemaRef, string_enum};
use crate::diagnostics::{Result, pointer_join};
use crate::ir::{TaggedUnion, TaggedVariant, TypeKind, TypeRef, UntaggedUnion, UntaggedVariant};

/// Tag properties tried, in this order, when a union has no discriminator.
const PREFERRED_TAGS: &[&str] = &["type", "object", "event", "role", "kind"];
/// How deep tag values are looked for through nested unions and references.
const TAG_DEPTH: usize = 8;
/// The variant of a tagged union that holds a value with a tag the client does not know.
pub(super) const TAGGED_CATCH_ALL: &str = "Unknown";
/// The variant of an untagged union that holds a value no variant accepts.
const UNTAGGED_CATCH_ALL: &str = "Other";

impl<'a, 's> Builder<'a, 's> {
    pub(super) fn define_union(&mut self, view: &View<'a>, ctx: &Ctx) -> Result<Lowered> {
        let (keyword, all_members) =
            if view.one_of.is_empty() { ("anyOf", view.any_of) } else { ("oneOf", view.one_of) };
        if !view.one_of.is_empty() && !view.any_of.is_empty() {
            self.warnings.push(ctx.pointer.clone(), "schema has both `oneOf` and `anyOf`; only `oneOf` is used");
        }
        // `properties` plus `oneOf: [{required: [a]}, {required: [b]}]` only constrains the object.
        if view.has_properties() && all_members.iter().all(is_constraint_only) {
            return self.define_without_union(view, ctx);
        }
        let members: Vec<(usize, &'a ReferenceOr<Schema>)> = all_members.iter().enumerate().collect();
        if let [(i, only)] = members.as_slice() {
            return Ok(Lowered::Plain(self.lower((*only).into(), &ctx.same_name(&[keyword, &i.to_string()]))?));
        }
        if let Some(discriminator) = &view.data.discriminator {
            if discriminator.mapping.is_empty() && !self.any_member_has(&members, &discriminator.property_name, ctx)? {
                // The tag is kept beside the value (linode: `{type: paypal, data: {..}}`), so
                // it cannot select a member: the members' shapes can.
                self.warnings.push(
                    pointer_join(&ctx.pointer, "discriminator"),
                    format!(
                        "no member has the discriminator property `{}`; the union is read by the members' shapes",
                        discriminator.property_name
                    ),
                );
            } else {
                return self.tagged(discriminator, &members, keyword, ctx);
            }
        }
        if let Some(tag) = self.implicit_tag(&members, ctx)? {
            let discriminator =
                Discriminator { property_name: tag, mapping: Default::default(), extensions: Default::default() };
            return self.tagged(&discriminator, &members, keyword, ctx);
        }
        if let Some(shape) = self.string_union(&members, ctx)? {
            return Ok(shape);
        }
        if self.is_file_union(&members, ctx)? {
            // "One file or several": a list of files says the same and needs no JSON decoding.
            return Ok(Lowered::Plain(TypeRef::Array(Box::new(TypeRef::Binary))));
        }
        if view.has_properties() {
            self.warnings.push(ctx.pointer.clone(), format!("object properties beside `{keyword}` are ignored"));
        }
        self.untagged(&members, keyword, ctx)
    }

    /// The object this schema describes, ignoring its constraint-only `oneOf`.
    fn define_without_union(&mut self, view: &View<'a>, ctx: &Ctx) -> Result<Lowered> {
        let props = view.properties.into_iter().map(|p| (p, ctx.clone())).collect::<Vec<_>>();
        let (fields, _) = self.fields(&props, view.required)?;
        Ok(Lowered::Named(TypeKind::Struct(crate::ir::Struct { fields, additional: None })))
    }

    fn tagged(
        &mut self,
        discriminator: &Discriminator,
        members: &[(usize, &'a ReferenceOr<Schema>)],
        keyword: &str,
        ctx: &Ctx,
    ) -> Result<Lowered> {
        let tag = &discriminator.property_name;
        let mut variant_names = VariantNames::new(TAGGED_CATCH_ALL);
        let mut variants = Vec::new();
        for (i, member) in members {
            let member_ctx = ctx.same_name(&[keyword, &i.to_string()]);
            let mut values = mapped_values(discriminator, member);
            // Several values the mapping gives one member are a name and its aliases (an
            // event renamed, its old name still sent): the first names the variant.
            let named_by_mapping = !values.is_empty();
            if values.is_empty() {
                values = self.tag_values((*member).into(), tag, &member_ctx, 0)?;
            }
            if values.is_empty() {
                match member {
                    // OpenAPI's implicit mapping: the schema name is the tag value.
                    ReferenceOr::Reference { reference } => {
                        values.push(super::schema::unescape(reference.rsplit('/').next().unwrap_or(reference)));
                    }
                    ReferenceOr::Item(_) => {
                        self.warnings.push(
                            member_ctx.pointer.clone(),
                            format!("union member has no value for tag `{tag}` and no name; it can only be received as `Unknown`"),
                        );
                        continue;
                    }
                }
            }
            // Values shared with earlier members stay: the variants' shapes decide between them.
            values.dedup();
            let label = match (values.as_slice(), member) {
                ([only], _) => only.clone(),
                ([first, ..], _) if named_by_mapping => first.clone(),
                (_, ReferenceOr::Reference { reference }) => {
                    reference.rsplit('/').next().unwrap_or("Variant").to_owned()
                }
                _ => format!("variant{i}"),
            };
            let name = variant_names.claim(&label);
            let (schema, _) = self.deref((*member).into(), &member_ctx)?;
            let inject_tag = !self.has_property(schema, tag, &member_ctx, 0)?;
            let ty = self.lower((*member).into(), &ctx.child(&name, &[keyword, &i.to_string()]))?;
            let docs = super::docs::rustdoc(View::of(schema).description());
            variants.push(TaggedVariant { name, tag_values: values, ty, boxed: false, inject_tag, docs, shape: () });
        }
        let catch_all = variant_names.catch_all();
        Ok(Lowered::Named(TypeKind::TaggedUnion(TaggedUnion { tag: tag.clone(), variants, catch_all })))
    }

    /// A property every member fixes to values no other member uses.
    fn implicit_tag(&mut self, members: &[(usize, &'a ReferenceOr<Schema>)], ctx: &Ctx) -> Result<Option<String>> {
        let mut candidates: Option<BTreeSet<String>> = None;
        for (_, member) in members {
            let (schema, member_ctx) = self.deref((*member).into(), ctx)?;
            let single = self.single_valued_properties(schema, &member_ctx, 0)?;
            candidates = Some(match candidates {
                None => single,
                Some(previous) => previous.intersection(&single).cloned().collect(),
            });
        }
        let candidates = candidates.unwrap_or_default();
        let ordered = PREFERRED_TAGS
            .iter()
            .map(|t| (*t).to_owned())
            .filter(|t| candidates.contains(t))
            .chain(candidates.iter().filter(|c| !PREFERRED_TAGS.contains(&c.as_str())).cloned());
        for tag in ordered {
            let mut seen = BTreeSet::new();
            let mut disjoint = true;
            for (_, member) in members {
                for value in self.tag_values((*member).into(), &tag, ctx, 0)? {
                    disjoint &= seen.insert(value);
                }
            }
            if disjoint {
                return Ok(Some(tag));
            }
        }
        Ok(None)
    }

    /// Properties of an object (through `allOf`) whose schema allows exactly one string, or
    /// that hold a tag in every member of a nested union.
    fn single_valued_properties(&mut self, schema: &'a Schema, ctx: &Ctx, depth: usize) -> Result<BTreeSet<String>> {
        let mut found = BTreeSet::new();
        if depth > TAG_DEPTH {
            return Ok(found);
        }
        let view = View::of(schema);
        if let Some(props) = view.properties {
            for (name, prop) in props {
                let (prop_schema, _) = self.deref(prop.into(), ctx)?;
                if View::of(prop_schema).enum_without_null().0.iter().all(|v| v.is_string())
                    && !View::of(prop_schema).enum_without_null().0.is_empty()
                {
                    found.insert(name.clone());
                }
            }
        }
        for member in view.all_of {
            let (member_schema, member_ctx) = self.deref(member.into(), ctx)?;
            found.extend(self.single_valued_properties(member_schema, &member_ctx, depth + 1)?);
        }
        let union = if view.one_of.is_empty() { view.any_of } else { view.one_of };
        let mut common: Option<BTreeSet<String>> = None;
        for member in union {
            let (member_schema, member_ctx) = self.deref(member.into(), ctx)?;
            let inner = self.single_valued_properties(member_schema, &member_ctx, depth + 1)?;
            common = Some(match common {
                None => inner,
                Some(c) => c.intersection(&inner).cloned().collect(),
            });
        }
        found.extend(common.unwrap_or_default());
        Ok(found)
    }

    /// The values of `tag` that select this schema (several for a nested union).
    pub(super) fn tag_values(
        &mut self,
        schema: SchemaRef<'a>,
        tag: &str,
        ctx: &Ctx,
        depth: usize,
    ) -> Result<Vec<String>> {
        if depth > TAG_DEPTH {
            return Ok(Vec::new());
        }
        let (schema, ctx) = self.deref(schema, ctx)?;
        let view = View::of(schema);
        if let Some(prop) = view.properties.and_then(|p| p.get(tag)) {
            let (prop_schema, _) = self.deref(prop.into(), &ctx)?;
            let values: Vec<String> = View::of(prop_schema)
                .enum_without_null()
                .0
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            if !values.is_empty() {
                return Ok(values);
            }
        }
        for member in view.all_of {
            let values = self.tag_values(member.into(), tag, &ctx, depth + 1)?;
            if !values.is_empty() {
                return Ok(values);
            }
        }
        let union = if view.one_of.is_empty() { view.any_of } else { view.one_of };
        let mut values = Vec::new();
        for member in union {
            let member_values = self.tag_values(member.into(), tag, &ctx, depth + 1)?;
            if member_values.is_empty() {
                return Ok(Vec::new());
            }
            values.extend(member_values);
        }
        Ok(values)
    }

    /// Whether the object (through `allOf` and nested unions) declares `tag` itself.
    /// Whether any member (through references and combinators) has the property `tag`.
    fn any_member_has(&mut self, members: &[(usize, &'a ReferenceOr<Schema>)], tag: &str, ctx: &Ctx) -> Result<bool> {
        for (_, member) in members {
            let (schema, member_ctx) = self.deref((*member).into(), ctx)?;
            if self.has_property(schema, tag, &member_ctx, 0)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub(super) fn has_property(&mut self, schema: &'a Schema, tag: &str, ctx: &Ctx, depth: usize) -> Result<bool> {
        if depth > TAG_DEPTH {
            return Ok(false);
        }
        let view = View::of(schema);
        if view.properties.is_some_and(|p| p.contains_key(tag)) {
            return Ok(true);
        }
        let union = if view.one_of.is_empty() { view.any_of } else { view.one_of };
        for member in view.all_of.iter().chain(union) {
            let (member_schema, member_ctx) = self.deref(member.into(), ctx)?;
            if self.has_property(member_schema, tag, &member_ctx, depth + 1)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Unions of strings and string enums: one enum (unknown values land in `Other`).
    fn string_union(&mut self, members: &[(usize, &'a ReferenceOr<Schema>)], ctx: &Ctx) -> Result<Option<Lowered>> {
        let mut enum_refs = Vec::new();
        let mut inline_values: Vec<String> = Vec::new();
        for (_, member) in members {
            let (schema, _) = self.deref((*member).into(), ctx)?;
            let view = View::of(schema);
            if view.ty != Some("string") || view.format == Some("binary") || !view.all_of.is_empty() {
                return Ok(None);
            }
            let values = view.enum_without_null().0;
            match member {
                ReferenceOr::Reference { reference } if !values.is_empty() => enum_refs.push(reference.as_str()),
                _ => inline_values.extend(values.iter().filter_map(|v| v.as_str().map(str::to_owned))),
            }
        }
        Ok(Some(match (enum_refs.as_slice(), inline_values.is_empty()) {
            ([only], true) => Lowered::Plain(self.lower(SchemaRef::Ref(only), ctx)?),
            ([], true) => Lowered::Plain(TypeRef::String),
            _ => {
                for reference in &enum_refs {
                    let (schema, _) = self.deref(SchemaRef::Ref(reference), ctx)?;
                    inline_values.extend(
                        View::of(schema).enum_without_null().0.iter().filter_map(|v| v.as_str().map(str::to_owned)),
                    );
                }
                let values: Vec<&str> = inline_values.iter().map(String::as_str).collect();
                Lowered::Named(TypeKind::Enum(string_enum(&values, None)))
            }
        }))
    }

    /// Every member is a file or a list of files.
    fn is_file_union(&mut self, members: &[(usize, &'a ReferenceOr<Schema>)], ctx: &Ctx) -> Result<bool> {
        for (_, member) in members {
            let (schema, member_ctx) = self.deref((*member).into(), ctx)?;
            let view = View::of(schema);
            let is_file = |v: &View| v.ty == Some("string") && v.format == Some("binary");
            let file_list = view.ty == Some("array")
                && match view.items {
                    Some(items) => is_file(&View::of(self.deref(items.into(), &member_ctx)?.0)),
                    None => false,
                };
            if !is_file(&view) && !file_list {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn untagged(&mut self, members: &[(usize, &'a ReferenceOr<Schema>)], keyword: &str, ctx: &Ctx) -> Result<Lowered> {
        let mut variant_names = VariantNames::new(UNTAGGED_CATCH_ALL);
        let mut variants = Vec::new();
        let inline_arrays =
            members.iter().filter(|(_, m)| matches!(m, ReferenceOr::Item(s) if is_untitled_array(s))).count();
        for (i, member) in members {
            let member_ctx = ctx.same_name(&[keyword, &i.to_string()]);
            let (schema, _) = self.deref((*member).into(), &member_ctx)?;
            let label = match member {
                ReferenceOr::Reference { reference } => ref_label(reference),
                // Several arrays are told apart by their items (`StringArray`, `IntegerArray`),
                // which reads better than `Array`, `Array2`.
                ReferenceOr::Item(schema) if inline_arrays > 1 && is_untitled_array(schema) => array_label(schema, 0),
                ReferenceOr::Item(_) => match &schema.schema_data.title {
                    Some(title) => names::type_name(title),
                    None => kind_label(&View::of(schema)).to_owned(),
                },
            };
            let name = variant_names.claim(&label);
            let ty = self.lower((*member).into(), &ctx.child(&name, &[keyword, &i.to_string()]))?;
            variants.push(UntaggedVariant {
                name,
                ty,
                boxed: false,
                docs: super::docs::rustdoc(View::of(schema).description()),
                shape: (),
            });
        }
        let catch_all = variant_names.catch_all();
        Ok(Lowered::Named(TypeKind::UntaggedUnion(UntaggedUnion { variants, catch_all })))
    }
}

/// Tag values the discriminator's mapping assigns to a `$ref` member.
fn mapped_values(discriminator: &Discriminator, member: &ReferenceOr<Schema>) -> Vec<String> {
    let ReferenceOr::Reference { reference } = member else { return Vec::new() };
    let short = reference.rsplit('/').next().unwrap_or(reference);
    let by_target: BTreeMap<&str, Vec<&String>> =
        discriminator.mapping.iter().fold(BTreeMap::new(), |mut acc, (value, target)| {
            acc.entry(target.as_str()).or_default().push(value);
            acc
        });
    let mut values: Vec<String> = Vec::new();
    for target in [reference.as_str(), short] {
        if let Some(found) = by_target.get(target) {
            values.extend(found.iter().map(|v| (*v).clone()));
        }
    }
    // Keep the mapping's order, without duplicates.
    let order: Vec<&String> = discriminator.mapping.keys().collect();
    values.sort_by_key(|v| order.iter().position(|o| *o == v));
    values.dedup();
    values
}

/// `{required: [...]}` with nothing else: a constraint on the enclosing object.
fn is_constraint_only(member: &ReferenceOr<Schema>) -> bool {
    match member {
        ReferenceOr::Reference { .. } => false,
        ReferenceOr::Item(schema) => {
            let view = View::of(schema);
            view.ty.is_none()
                && !view.has_properties()
                && view.one_of.is_empty()
                && view.any_of.is_empty()
                && view.all_of.is_empty()
        }
    }
}

/// A variant name from a `$ref` (`#/components/schemas/Dog` → `Dog`).
fn ref_label(reference: &str) -> String {
    names::type_name(&super::schema::unescape(reference.rsplit('/').next().unwrap_or("Variant")))
}

fn is_untitled_array(schema: &Schema) -> bool {
    schema.schema_data.title.is_none() && View::of(schema).ty == Some("array")
}

/// An inline array named from its items: `StringArray`, `DogArray`, `IntegerArrayArray`.
fn array_label(schema: &Schema, depth: usize) -> String {
    let item = match View::of(schema).items {
        None => "Value".to_owned(),
        Some(ReferenceOr::Reference { reference }) => ref_label(reference),
        Some(ReferenceOr::Item(item)) => match &item.schema_data.title {
            Some(title) => names::type_name(title),
            None if depth < 4 && is_untitled_array(item) => array_label(item, depth + 1),
            None => kind_label(&View::of(item)).to_owned(),
        },
    };
    format!("{item}Array")
}

/// A variant name for an inline member from what it holds.
fn kind_label(view: &View) -> &'static str {
    if !view.enum_values.is_empty() {
        return "Enum";
    }
    match view.ty {
        // File contents, in a multipart body.
        Some("string") if view.format == Some("binary") => "File",
        Some("string") => "String",
        Some("integer") => "Integer",
        Some("number") => "Number",
        Some("boolean") => "Boolean",
        Some("array") => "Array",
        Some("object") => "Object",
        _ => "Value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(value: serde_json::Value) -> Schema {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn arrays_are_named_from_their_items() {
        let strings = schema(serde_json::json!({"type": "array", "items": {"type": "string"}}));
        assert_eq!(array_label(&strings, 0), "StringArray");
        let nested =
            schema(serde_json::json!({"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}));
        assert_eq!(array_label(&nested, 0), "IntegerArrayArray");
        let refs = schema(serde_json::json!({"type": "array", "items": {"$ref": "#/components/schemas/input_part"}}));
        assert_eq!(array_label(&refs, 0), "InputPartArray");
        let untyped = schema(serde_json::json!({"type": "array"}));
        assert_eq!(array_label(&untyped, 0), "ValueArray");
    }
}
