//! Schemas → IR types. The `Builder` owns the type arena: every component schema gets its
//! `TypeId` before any is converted, so forward and recursive references are plain ids.
//! Inline schemas that need a Rust type are named from their context (parent + field).
//! The arena holds drafts (`draft::TypeDraft`).

use std::collections::BTreeMap;

use openapiv3::{AdditionalProperties, ReferenceOr, Schema};
use serde_json::Value;

use super::docs::rustdoc;
use super::draft::{DraftKind, TypeDraft};
use super::finish::ITEMS_FIELD;
use super::flat_schema::{Properties, View};
use super::names::{self, Scope};
use super::namespaces::{FieldNames, StructNames, VariantNames};
use crate::diagnostics::{Result, Warnings, pointer_join};
use crate::ir::{
    Constant, Enum, EnumValue, EnumVariant, ExtraProperties, Field, FloatWidth, IntWidth, Struct, TypeId, TypeKind,
    TypeRef,
};
use crate::resolve::Spec;

/// A schema position: a `$ref` or an inline schema.
#[derive(Clone, Copy)]
pub enum SchemaRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(value: &'a ReferenceOr<Schema>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(value: &'a ReferenceOr<Box<Schema>>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

/// Where a schema sits: the name its type would get, and its JSON pointer.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub hint: String,
    pub pointer: String,
    /// The schema is the `items` of an array: nested arrays name their items once
    /// (`GridRowsItem`, not `GridRowsItemItem`).
    pub array_item: bool,
}

impl Ctx {
    pub fn new(hint: impl Into<String>, pointer: impl Into<String>) -> Ctx {
        Ctx { hint: hint.into(), pointer: pointer.into(), array_item: false }
    }

    /// A nested position: `suffix` extends the name, `segments` the pointer.
    pub fn child(&self, suffix: &str, segments: &[&str]) -> Ctx {
        let mut pointer = self.pointer.clone();
        for segment in segments {
            pointer = pointer_join(&pointer, segment);
        }
        Ctx { hint: format!("{}{}", self.hint, names::type_name(suffix)), pointer, array_item: false }
    }

    /// The `items` of an array at this position.
    fn items(&self) -> Ctx {
        let ctx = if self.array_item { self.same_name(&["items"]) } else { self.child("Item", &["items"]) };
        Ctx { array_item: true, ..ctx }
    }

    /// A nested position that keeps this name (an `allOf` wrapper around one schema).
    pub fn same_name(&self, segments: &[&str]) -> Ctx {
        Ctx { hint: self.hint.clone(), ..self.child("", segments) }
    }
}

/// What a schema lowers to: a type of its own, or a reference to an existing one.
pub enum Lowered {
    Named(DraftKind),
    Plain(TypeRef),
}

pub struct Builder<'a, 's> {
    pub spec: &'a Spec<'s>,
    pub warnings: &'a mut Warnings,
    /// The arena; `None` only while a component is being converted.
    pub types: Vec<Option<TypeDraft>>,
    /// Rust name of each type in the arena, known from the moment its id is handed out.
    pub names: Vec<String>,
    pub type_names: Scope,
    /// Raw component name → its type.
    pub components: BTreeMap<String, TypeId>,
    /// Inline schemas already converted, by JSON pointer (shared `allOf` bases reuse them).
    inline_cache: BTreeMap<String, TypeRef>,
    /// Pointers of `allOf` merges in progress, to stop self-inclusion.
    pub(super) merging: Vec<String>,
    /// Pointers of inline schemas being converted, to stop one that contains itself.
    inline_in_progress: Vec<String>,
}

impl<'a, 's> Builder<'a, 's> {
    pub fn new(spec: &'a Spec<'s>, warnings: &'a mut Warnings) -> Self {
        Builder {
            spec,
            warnings,
            types: Vec::new(),
            names: Vec::new(),
            type_names: Scope::new(),
            components: BTreeMap::new(),
            inline_cache: BTreeMap::new(),
            merging: Vec::new(),
            inline_in_progress: Vec::new(),
        }
    }

    /// Gives every component schema its id and name, in document order.
    pub fn declare_components(&mut self) {
        let spec: &'a Spec<'s> = self.spec;
        let Some(components) = &spec.api.components else { return };
        for name in components.schemas.keys() {
            let id = TypeId(self.types.len());
            self.types.push(None);
            let rust_name = self.type_names.unique(&names::type_name(name));
            self.names.push(rust_name);
            self.components.insert(name.clone(), id);
        }
    }

    /// Converts every component schema.
    pub fn lower_components(&mut self) -> Result<()> {
        let spec: &'a Spec<'s> = self.spec;
        let Some(components) = &spec.api.components else { return Ok(()) };
        for (name, schema) in &components.schemas {
            let id = self.components[name];
            let rust_name = self.names[id.0].clone();
            let pointer = pointer_join("/components/schemas", name);
            let ctx = Ctx::new(rust_name.clone(), pointer.clone());
            let (kind, source) = match schema {
                ReferenceOr::Reference { reference } => {
                    (TypeKind::Alias(self.lower(SchemaRef::Ref(reference), &ctx)?), None)
                }
                ReferenceOr::Item(schema) => {
                    let kind = match self.define(schema, &ctx)? {
                        Lowered::Named(kind) => kind,
                        Lowered::Plain(target) => TypeKind::Alias(target),
                    };
                    (kind, Some(schema))
                }
            };
            self.types[id.0] = Some(TypeDraft::new(rust_name, pointer, source, kind));
        }
        Ok(())
    }

    /// The type for a schema position, creating named types for inline schemas that need one.
    pub fn lower(&mut self, schema: SchemaRef<'a>, ctx: &Ctx) -> Result<TypeRef> {
        match schema {
            SchemaRef::Ref(reference) => {
                let raw = self.spec.schema_ref_name(reference, &ctx.pointer)?;
                let id = self.component_id(raw);
                let nullable = self.spec.component_schema(raw).is_some_and(|s| match s {
                    ReferenceOr::Item(schema) => is_nullable(schema),
                    ReferenceOr::Reference { .. } => false,
                });
                let ty = TypeRef::Named(id);
                Ok(if nullable { ty.optional() } else { ty })
            }
            SchemaRef::Inline(schema) => {
                if let Some(ty) = self.inline_cache.get(&ctx.pointer) {
                    return Ok(ty.clone());
                }
                if self.inline_in_progress.contains(&ctx.pointer) {
                    return Err(crate::diagnostics::Error::spec(
                        self.spec.source.locate(&ctx.pointer),
                        "this inline schema contains itself (an `allOf` merges a schema that holds it); \
                         only a named schema can be recursive: move it under `#/components/schemas` and `$ref` it",
                    ));
                }
                self.inline_in_progress.push(ctx.pointer.clone());
                let defined = self.define(schema, ctx);
                self.inline_in_progress.pop();
                let ty = match defined? {
                    Lowered::Plain(ty) => ty,
                    Lowered::Named(kind) => {
                        let name = self.type_names.unique(&ctx.hint);
                        let id = self.push_type(TypeDraft::new(name, ctx.pointer.clone(), Some(schema), kind));
                        TypeRef::Named(id)
                    }
                };
                let ty = if is_nullable(schema) { ty.optional() } else { ty };
                self.inline_cache.insert(ctx.pointer.clone(), ty.clone());
                Ok(ty)
            }
        }
    }

    pub fn push_type(&mut self, def: TypeDraft) -> TypeId {
        let id = TypeId(self.types.len());
        self.names.push(def.name.clone());
        self.types.push(Some(def));
        id
    }

    /// The component id for a raw (possibly `~`-escaped) reference name.
    fn component_id(&self, raw: &str) -> TypeId {
        self.components[&unescape(raw)]
    }

    /// The finished arena, in id order.
    pub fn into_drafts(self) -> Result<Vec<TypeDraft>> {
        self.types
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                t.ok_or_else(|| crate::diagnostics::Error::Internal {
                    stage: "lowering",
                    message: format!("type {i} was never defined"),
                })
            })
            .collect()
    }

    /// The kind of a type in the arena (`None` while it is being converted).
    pub fn kind_of(&self, id: TypeId) -> Option<&DraftKind> {
        self.types[id.0].as_ref().map(|def| &def.kind)
    }

    /// Follows aliases to the type finally named (through `Option`s).
    pub fn resolve_alias_ref(&self, ty: &TypeRef) -> TypeRef {
        let mut ty = ty.unwrap_option().clone();
        for _ in 0..64 {
            match &ty {
                TypeRef::Named(id) => match self.kind_of(*id) {
                    Some(TypeKind::Alias(target)) => ty = target.unwrap_option().clone(),
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    /// The struct a type reference finally names, if it names one.
    pub fn struct_of(&self, ty: &TypeRef) -> Option<&Struct> {
        match self.resolve_alias_ref(ty) {
            TypeRef::Named(id) => match self.kind_of(id) {
                Some(TypeKind::Struct(s)) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn struct_has_field(&self, ty: &TypeRef, wire: &str) -> bool {
        self.struct_of(ty).is_some_and(|s| s.fields.iter().any(|f| f.wire_name == wire))
    }

    /// An object with an array of items (`data`): a list response.
    pub fn looks_like_list(&self, ty: &TypeRef) -> bool {
        self.struct_of(ty).is_some_and(|s| {
            s.fields.iter().any(|f| f.wire_name == ITEMS_FIELD && matches!(f.ty.unwrap_option(), TypeRef::Array(_)))
        })
    }

    /// Marks a multipart body, with the content types its `encoding` gives its parts.
    pub fn mark_multipart(&mut self, id: TypeId, part_types: Vec<(String, String)>) {
        if let Some(def) = self.types[id.0].as_mut() {
            def.multipart = true;
            for (property, content_type) in part_types {
                if !def.part_types.iter().any(|(p, _)| *p == property) {
                    def.part_types.push((property, content_type));
                }
            }
        }
    }

    /// Follows `$ref`s to the component schema (with its context), or returns the inline one.
    pub fn deref(&self, schema: SchemaRef<'a>, ctx: &Ctx) -> Result<(&'a Schema, Ctx)> {
        let spec: &'a Spec<'s> = self.spec;
        let mut reference = match schema {
            SchemaRef::Inline(schema) => return Ok((schema, ctx.clone())),
            SchemaRef::Ref(reference) => reference,
        };
        for _ in 0..32 {
            let raw = spec.schema_ref_name(reference, &ctx.pointer)?;
            match spec.component_schema(raw) {
                Some(ReferenceOr::Item(schema)) => {
                    let hint = self.names[self.component_id(raw).0].clone();
                    return Ok((schema, Ctx::new(hint, pointer_join("/components/schemas", &unescape(raw)))));
                }
                Some(ReferenceOr::Reference { reference: next }) => reference = next,
                None => break,
            }
        }
        Err(crate::diagnostics::Error::spec(
            spec.source.locate(&ctx.pointer),
            format!("reference cycle through `{reference}` that cannot be represented"),
        ))
    }

    /// What one schema lowers to.
    pub fn define(&mut self, schema: &'a Schema, ctx: &Ctx) -> Result<Lowered> {
        let view = View::of(schema);
        if !view.all_of.is_empty() {
            return self.define_all_of(&view, ctx);
        }
        if !view.one_of.is_empty() || !view.any_of.is_empty() {
            return self.define_union(&view, ctx);
        }
        if !view.enum_without_null().0.is_empty() {
            return Ok(self.define_enum(&view, ctx));
        }
        Ok(match view.ty {
            Some("object") => self.define_object(&view, ctx)?,
            Some("array") => Lowered::Plain(self.array_of(&view, ctx)?),
            Some(_) => Lowered::Plain(primitive(&view)),
            None => Lowered::Plain(TypeRef::Any),
        })
    }

    fn array_of(&mut self, view: &View<'a>, ctx: &Ctx) -> Result<TypeRef> {
        let item = match view.items {
            Some(items) => self.lower(items.into(), &ctx.items())?,
            None => TypeRef::Any,
        };
        Ok(TypeRef::Array(Box::new(item)))
    }

    fn define_object(&mut self, view: &View<'a>, ctx: &Ctx) -> Result<Lowered> {
        let additional = match view.additional {
            Some(AdditionalProperties::Schema(schema)) => {
                Some(self.lower(schema.as_ref().into(), &ctx.child("Value", &["additionalProperties"]))?)
            }
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Any),
            Some(AdditionalProperties::Any(false)) | None => None,
        };
        match view.properties {
            Some(props) if !props.is_empty() => {
                let (fields, names) = self.fields(&[(props, ctx.clone())], view.required)?;
                // `additionalProperties: true` beside named fields adds nothing a client needs.
                let additional = additional.filter(|t| *t != TypeRef::Any);
                Ok(Lowered::Named(TypeKind::Struct(new_struct(fields, names, additional))))
            }
            // `additionalProperties: false` and no properties: always `{}`, which a fieldless
            // struct says (and sends) exactly; `Value` would default to `null`.
            _ if matches!(view.additional, Some(AdditionalProperties::Any(false))) => {
                Ok(Lowered::Named(TypeKind::Struct(Struct::default())))
            }
            // A free-form object (`additionalProperties: true` or `{}`) is a `Value`, so a
            // `json!({..})` goes in as it is; a map of typed values stays a `BTreeMap`.
            _ => Ok(Lowered::Plain(match additional {
                Some(TypeRef::Any) | None => TypeRef::Any,
                Some(value) => TypeRef::Map(Box::new(value)),
            })),
        }
    }

    /// Fields from one or more property maps (several for `allOf`), in the order properties
    /// first appear (which names them); a later definition of a property replaces an earlier
    /// one in place. Returns the names the struct holds, for the fields the generator adds.
    pub fn fields(
        &mut self,
        parts: &[(&'a Properties, Ctx)],
        required: &[String],
    ) -> Result<(Vec<Field>, StructNames)> {
        let mut names = StructNames::new();
        let mut order: Vec<&'a str> = Vec::new();
        let mut claimed: BTreeMap<&'a str, FieldNames> = BTreeMap::new();
        for (props, _) in parts {
            for wire in props.keys().map(String::as_str) {
                if !claimed.contains_key(wire) {
                    claimed.insert(wire, names.property(wire));
                    order.push(wire);
                }
            }
        }
        // Every definition is lowered, replaced ones too: the inline types they define are
        // named in this order.
        let mut by_wire: BTreeMap<&str, Field> = BTreeMap::new();
        for (props, part_ctx) in parts {
            for (wire, schema) in props.iter() {
                let field_names = claimed[wire.as_str()].clone();
                let field = self.field(wire, field_names, schema.into(), required.contains(wire), part_ctx)?;
                by_wire.insert(wire.as_str(), field);
            }
        }
        let mut fields: Vec<Field> = order.into_iter().filter_map(|wire| by_wire.remove(wire)).collect();
        // Methods the generator adds come after every setter, so setters keep their names.
        for field in fields.iter_mut().filter(|f| f.null_setter.is_some()) {
            field.null_setter = Some(names.method(&format!("{}_null", field.setter)));
        }
        Ok((fields, names))
    }

    fn field(
        &mut self,
        wire: &str,
        names: FieldNames,
        schema: SchemaRef<'a>,
        required: bool,
        owner: &Ctx,
    ) -> Result<Field> {
        let ctx = owner.child(wire, &["properties", wire]);
        let inline = match schema {
            SchemaRef::Inline(schema) => Some(schema),
            SchemaRef::Ref(_) => None,
        };
        let view = inline.map(View::of);
        let (constant, ty) = match view.as_ref().and_then(constant_of) {
            Some((constant, ty)) => (Some(constant), ty),
            None => (None, self.lower(schema, &ctx)?),
        };
        let data = inline.map(|s| &s.schema_data);
        let explicit_null = self.explicit_null(data, required, &ctx);
        Ok(Field {
            // Named by `fields`, after every setter.
            null_setter: explicit_null.then(String::new),
            setter: names.setter,
            docs: rustdoc(view.as_ref().and_then(View::description)),
            required,
            constant,
            default: data.and_then(|d| d.default.clone()),
            deprecated: data.is_some_and(|d| d.deprecated),
            read_only: data.is_some_and(|d| d.read_only),
            write_only: data.is_some_and(|d| d.write_only),
            ..Field::new(names.name, wire, if required { ty } else { ty.optional() })
        })
    }

    /// Whether a property keeps an explicit `null` apart from leaving it out: it says so
    /// (`x-rust-explicit-null: true`), and it can be both left out and `null`. The
    /// extension anywhere else is reported and ignored.
    fn explicit_null(&mut self, data: Option<&openapiv3::SchemaData>, required: bool, ctx: &Ctx) -> bool {
        let Some(data) = data else { return false };
        match data.extensions.get(EXPLICIT_NULL) {
            None | Some(Value::Bool(false)) => false,
            Some(Value::Bool(true)) if !required && data.nullable => true,
            Some(Value::Bool(true)) => {
                let why = if required { "required" } else { "not nullable" };
                self.warnings.push(
                    format!("{}/{EXPLICIT_NULL}", ctx.pointer),
                    format!(
                        "`{EXPLICIT_NULL}` is for properties that are optional and nullable; this one is {why}: ignored"
                    ),
                );
                false
            }
            Some(_) => {
                self.warnings.push(format!("{}/{EXPLICIT_NULL}", ctx.pointer), "expected `true` or `false`; ignored");
                false
            }
        }
    }

    fn define_enum(&mut self, view: &View, ctx: &Ctx) -> Lowered {
        let (values, _) = view.enum_without_null();
        if values.iter().all(|v| v.is_string()) {
            let strings: Vec<&str> = values.iter().filter_map(|v| v.as_str()).collect();
            return Lowered::Named(TypeKind::Enum(string_enum(&strings, view.data.default.as_ref())));
        }
        if values.iter().all(|v| v.is_i64()) {
            let mut names = VariantNames::new(ENUM_CATCH_ALL);
            let variants = values
                .iter()
                .filter_map(|v| v.as_i64())
                .map(|n| {
                    let label = if n < 0 { format!("minus{}", n.unsigned_abs()) } else { n.to_string() };
                    EnumVariant { name: names.claim(&label), value: EnumValue::Integer(n), docs: None }
                })
                .collect::<Vec<_>>();
            let default = view
                .data
                .default
                .as_ref()
                .and_then(|d| d.as_i64())
                .and_then(|d| variants.iter().position(|v| v.value == EnumValue::Integer(d)));
            return Lowered::Named(TypeKind::Enum(Enum { variants, default, catch_all: names.catch_all() }));
        }
        if values.iter().all(|v| v.is_boolean()) {
            // `type: string, enum: [true, false]`: the values (and the examples such specs
            // carry) say booleans; a server that checks `type` will refuse them.
            if view.ty.is_some_and(|ty| ty != "boolean") {
                self.warnings.push(
                    ctx.pointer.clone(),
                    format!(
                        "`type: {}` with boolean `enum` values; generated as `bool`, as the values say",
                        view.ty.unwrap_or_default()
                    ),
                );
            }
            return Lowered::Plain(TypeRef::Boolean);
        }
        if values.iter().all(|v| v.is_number()) {
            return Lowered::Plain(TypeRef::Number(FloatWidth::F64));
        }
        self.warnings.push(ctx.pointer.clone(), "enum mixes value types; generated as any JSON value");
        Lowered::Plain(TypeRef::Any)
    }
}

/// The variant of every enum that holds a value the client does not know.
const ENUM_CATCH_ALL: &str = "Other";

/// The property extension that keeps an explicit `null` apart from leaving a property out.
pub const EXPLICIT_NULL: &str = "x-rust-explicit-null";

/// A string enum with variants named from the values, unique after case conversion.
pub fn string_enum(values: &[&str], default: Option<&Value>) -> Enum {
    let mut names = VariantNames::new(ENUM_CATCH_ALL);
    let mut seen = std::collections::BTreeSet::new();
    let variants: Vec<EnumVariant> = values
        .iter()
        .filter(|v| seen.insert(**v))
        .map(|v| EnumVariant { name: names.claim(v), value: EnumValue::String((*v).to_owned()), docs: None })
        .collect();
    let default = default
        .and_then(Value::as_str)
        .and_then(|d| variants.iter().position(|v| v.value == EnumValue::String(d.to_owned())));
    Enum { variants, default, catch_all: names.catch_all() }
}

/// A struct from its fields, the names they hold and the type of the extra properties'
/// values, whose field is named last (clear of every other field).
pub fn new_struct(fields: Vec<Field>, mut names: StructNames, additional: Option<TypeRef>) -> Struct {
    let additional =
        additional.map(|value| ExtraProperties { field: names.extra_properties(), ty: TypeRef::Map(Box::new(value)) });
    Struct { fields, additional }
}

/// The one value a property allows (`const: x`, `enum: [2]`) and the type that holds it.
fn constant_of(view: &View) -> Option<(Constant, TypeRef)> {
    if let Some(only) = view.single_string_value() {
        return Some((Constant::String(only.to_owned()), TypeRef::String));
    }
    match (view.ty, view.enum_without_null().0.as_slice()) {
        (Some("integer"), [only]) => Some((Constant::Integer(only.as_i64()?), primitive(view))),
        _ => None,
    }
}

fn primitive(view: &View) -> TypeRef {
    match (view.ty, view.format) {
        (Some("string"), Some("binary")) => TypeRef::Binary,
        (Some("string"), _) => TypeRef::String,
        (Some("integer"), Some("int32")) => TypeRef::Integer(IntWidth::I32),
        (Some("integer"), _) => TypeRef::Integer(IntWidth::I64),
        (Some("number"), Some("float")) => TypeRef::Number(FloatWidth::F32),
        (Some("number"), _) => TypeRef::Number(FloatWidth::F64),
        (Some("boolean"), _) => TypeRef::Boolean,
        _ => TypeRef::Any,
    }
}

/// `nullable: true`, or `null` among the enum values.
pub fn is_nullable(schema: &Schema) -> bool {
    schema.schema_data.nullable || View::of(schema).enum_without_null().1
}

pub use crate::diagnostics::unescape_pointer_segment as unescape;

#[cfg(test)]
mod tests {
    use crate::ir::{Api, Constant, Struct, TypeDef, TypeKind, TypeRef};
    use crate::lower::lower_schemas;

    fn named<'a>(api: &'a Api, name: &str) -> &'a TypeDef {
        api.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}"))
    }

    fn fields<'a>(api: &'a Api, name: &str) -> &'a Struct {
        match &named(api, name).kind {
            TypeKind::Struct(s) => s,
            other => panic!("{name} is {other:?}"),
        }
    }

    #[test]
    fn explicit_null_fields_get_a_null_setter_after_every_setter() {
        let schemas = concat!(
            "    Session:\n      type: object\n      required: [mode]\n      properties:\n",
            "        turn:\n          anyOf: [{$ref: '#/components/schemas/Turn'}, {type: 'null'}]\n",
            "          x-rust-explicit-null: true\n",
            "        turn_null: {type: string}\n",
            "        note: {type: [string, 'null'], x-rust-explicit-null: true}\n",
            "        plain: {type: [string, 'null']}\n",
            "        mode: {type: [string, 'null'], x-rust-explicit-null: true}\n",
            "        count: {type: integer, x-rust-explicit-null: true}\n",
            "    Turn: {type: object, properties: {kind: {type: string}}}\n",
        );
        let text = format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://example.com'}}]\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        let (api, warnings) = crate::lower::lower_text(&text);
        let s = fields(&api, "Session");
        let null_setters: Vec<(&str, Option<&str>)> =
            s.fields.iter().map(|f| (f.name.as_str(), f.null_setter.as_deref())).collect();
        assert_eq!(
            null_setters,
            [
                // `turn_null` is the next field's setter: the null setter takes the next name.
                ("turn", Some("turn_null_2")),
                ("turn_null", None),
                ("note", Some("note_null")),
                ("plain", None),
                ("mode", None),
                ("count", None),
            ]
        );
        let messages: Vec<String> = warnings.iter().map(|w| format!("{}: {}", w.location.pointer, w.message)).collect();
        assert_eq!(
            messages,
            [
                "/components/schemas/Session/properties/count/x-rust-explicit-null: `x-rust-explicit-null` is for properties that are optional and nullable; this one is not nullable: ignored",
                "/components/schemas/Session/properties/mode/x-rust-explicit-null: `x-rust-explicit-null` is for properties that are optional and nullable; this one is required: ignored",
            ]
        );
    }

    #[test]
    fn const_values_become_constant_fields() {
        let api = lower_schemas(
            "    Settings:\n      type: object\n      required: [object, version]\n      properties:\n        object: {const: settings}\n        version: {const: 2}\n",
        );
        let s = fields(&api, "Settings");
        assert_eq!(s.fields[0].constant, Some(Constant::String("settings".to_owned())));
        assert_eq!(
            (&s.fields[1].constant, &s.fields[1].ty),
            (&Some(Constant::Integer(2)), &TypeRef::Integer(crate::ir::IntWidth::I64))
        );
        assert!(!api.types.iter().any(|t| t.name.starts_with("SettingsVersion")), "no one-value enum");
    }

    #[test]
    fn boolean_enum_values_under_a_string_type_are_booleans_with_a_warning() {
        // Seen in public specs: `type: string, enum: [true, false]` with `example: true`.
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://example.com'}]\npaths: {}\ncomponents:\n  schemas:\n    Search:\n      type: object\n      properties:\n        trim: {type: string, enum: [true, false]}\n";
        let (api, warnings) = crate::lower::lower_text(text);
        assert_eq!(fields(&api, "Search").fields[0].ty, TypeRef::Boolean.optional());
        let messages: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(
            messages,
            [
                "warning: spec.yaml: /components/schemas/Search/properties/trim: `type: string` with boolean `enum` values; generated as `bool`, as the values say"
            ]
        );
    }

    #[test]
    fn a_closed_object_without_properties_is_an_empty_struct() {
        let api = lower_schemas("    Empty: {type: object, additionalProperties: false}\n    Open: {type: object}\n");
        assert!(fields(&api, "Empty").fields.is_empty());
        assert_eq!(named(&api, "Open").kind, TypeKind::Alias(TypeRef::Any));
    }

    #[test]
    fn nested_arrays_name_their_items_once() {
        let api = lower_schemas(
            "    Grid:\n      type: object\n      properties:\n        layers:\n          type: array\n          items:\n            type: array\n            items: {type: object, properties: {depth: {type: number}}}\n",
        );
        assert!(fields(&api, "GridLayersItem").fields.iter().any(|f| f.name == "depth"));
    }
}
