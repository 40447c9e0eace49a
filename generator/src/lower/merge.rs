//! `allOf`: one member is a reference with extra keywords beside it; several members are
//! merged into one struct whose required fields are the union of every member's.

use super::flat_schema::{Properties, View};
use super::namespaces::StructNames;
use super::schema::{Builder, Ctx, Lowered, SchemaRef, new_struct};
use crate::diagnostics::{Error, Result};
use crate::ir::{Field, TypeKind, TypeRef};

/// The object parts of an `allOf`, flattened through nested `allOf`s and references.
#[derive(Default)]
struct Parts<'a> {
    props: Vec<(&'a Properties, Ctx)>,
    required: Vec<String>,
    additional: Option<TypeRef>,
    /// Members that are not objects (unions, primitives): kept only if nothing else is.
    other: Vec<(SchemaRef<'a>, Ctx)>,
}

impl<'a, 's> Builder<'a, 's> {
    pub(super) fn define_all_of(&mut self, view: &View<'a>, ctx: &Ctx) -> Result<Lowered> {
        let plain_wrapper = view.all_of.len() == 1
            && !view.has_properties()
            && view.one_of.is_empty()
            && view.any_of.is_empty()
            && view.enum_values.is_empty();
        if plain_wrapper {
            // `allOf: [$ref]` carries a description or `nullable` beside a reference.
            return Ok(Lowered::Plain(self.lower((&view.all_of[0]).into(), &ctx.same_name(&["allOf", "0"]))?));
        }
        let mut parts = Parts::default();
        self.merging.push(ctx.pointer.clone());
        let collected = self.collect_members(view, ctx, &mut parts);
        self.merging.pop();
        collected?;
        if parts.props.is_empty() {
            return Ok(match parts.other.as_slice() {
                [(only, member_ctx)] => Lowered::Plain(self.lower(*only, member_ctx)?),
                _ => {
                    self.warnings
                        .push(ctx.pointer.clone(), "`allOf` without object members; generated as any JSON value");
                    Lowered::Plain(TypeRef::Any)
                }
            });
        }
        let (mut fields, mut names) = self.fields(&parts.props, &parts.required)?;
        match parts.other.as_slice() {
            [] => {}
            [(union, union_ctx)] if self.is_union(*union, union_ctx)? => {
                // Properties every variant shares, plus the union itself, flattened in.
                let ty = self.lower(*union, &ctx.child("Variant", &["allOf"]))?;
                fields.push(flattened_field(ty, &mut names));
            }
            _ => self.warnings.push(
                ctx.pointer.clone(),
                "`allOf` mixes objects with non-object members; only the object members' fields are generated",
            ),
        }
        Ok(Lowered::Named(TypeKind::Struct(new_struct(fields, names, parts.additional))))
    }

    fn is_union(&self, schema: SchemaRef<'a>, ctx: &Ctx) -> Result<bool> {
        let (schema, _) = self.deref(schema, ctx)?;
        let view = View::of(schema);
        Ok(!view.one_of.is_empty() || !view.any_of.is_empty())
    }

    fn collect_members(&mut self, view: &View<'a>, ctx: &Ctx, parts: &mut Parts<'a>) -> Result<()> {
        for (i, member) in view.all_of.iter().enumerate() {
            let member_ref: SchemaRef<'a> = member.into();
            let inline_ctx = ctx.same_name(&["allOf", &i.to_string()]);
            let (schema, member_ctx) = self.deref(member_ref, &inline_ctx)?;
            if self.merging.contains(&member_ctx.pointer) {
                return Err(Error::spec(
                    self.spec.source.locate(&inline_ctx.pointer),
                    format!("`allOf` includes itself through {}: a type cannot contain itself", member_ctx.pointer),
                ));
            }
            let member_view = View::of(schema);
            if !member_view.all_of.is_empty() {
                self.merging.push(member_ctx.pointer.clone());
                let nested = self.collect_members(&member_view, &member_ctx, parts);
                self.merging.pop();
                nested?;
            } else if member_view.is_object_like() && member_view.one_of.is_empty() && member_view.any_of.is_empty() {
                self.add_object_part(&member_view, &member_ctx, parts)?;
            } else if member_view.ty.is_none() && !member_view.required.is_empty() {
                // `{required: [a, b]}` alone tightens the other members.
                parts.required.extend(member_view.required.iter().cloned());
            } else {
                parts.other.push((member_ref, inline_ctx));
            }
        }
        if view.has_properties() || !view.required.is_empty() {
            self.add_object_part(view, ctx, parts)?;
        }
        Ok(())
    }

    fn add_object_part(&mut self, view: &View<'a>, ctx: &Ctx, parts: &mut Parts<'a>) -> Result<()> {
        if let Some(props) = view.properties {
            parts.props.push((props, ctx.clone()));
        }
        parts.required.extend(view.required.iter().cloned());
        if parts.additional.is_none()
            && let Some(openapiv3::AdditionalProperties::Schema(schema)) = view.additional
        {
            let ty = self.lower(schema.as_ref().into(), &ctx.child("Value", &["additionalProperties"]))?;
            parts.additional = Some(ty);
        }
        Ok(())
    }
}

/// The field holding a union merged into a struct with `#[serde(flatten)]`: `variant`,
/// with underscores after it until no property has the name.
fn flattened_field(ty: TypeRef, names: &mut StructNames) -> Field {
    let names = names.added((0..).map(|n| format!("variant{}", "_".repeat(n))));
    Field {
        setter: names.setter,
        docs: Some("The variant, whose fields sit beside the shared ones on the wire.".to_owned()),
        required: true,
        flatten: true,
        ..Field::new(names.name, "", ty)
    }
}
