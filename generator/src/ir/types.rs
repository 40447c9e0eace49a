//! Named types and references to types.

use serde_json::Value;

/// Index into [`super::Api::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

/// A named Rust type the generated crate defines.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// Rust type name, unique in the crate.
    pub name: String,
    pub docs: Option<String>,
    /// JSON pointer of the schema this came from.
    pub origin: String,
    pub deprecated: bool,
    pub kind: TypeKind,
    /// Reachable from a request (gets a constructor and setters).
    pub input: bool,
    /// Sent as a multipart form (gets `ToMultipart`, no serde derives).
    pub multipart: bool,
    /// Of a multipart body: the content type its media type's `encoding` gives a property's
    /// part (wire name, content type), such as `application/json` for an object sent as one
    /// JSON part instead of bracketed fields.
    pub part_types: Vec<(String, String)>,
    /// A list response that can be paged through.
    pub page: Option<PageImpl>,
    /// An event of a `text/event-stream` response.
    pub stream_event: Option<StreamEventKind>,
    /// The `types` module it is emitted in, named like the resource whose operations use
    /// it (`types/threads.rs` beside `resources/threads.rs`). Keeps files reviewable and
    /// lets files be formatted in parallel.
    pub module: ModulePath,
    /// The Cargo features it exists with.
    pub gate: TypeGate,
}

/// The Cargo features a type exists with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeGate {
    /// Its group's ([`super::Api::groups`]): only that group's operations reach it.
    Group(usize),
    /// Any of these groups' (sorted), those whose operations reach it: a `shared` type, or
    /// one in a group's module that other groups reach too.
    AnyGroup(Vec<usize>),
    /// A type no operation uses (`other`): the `full` feature's.
    Full,
}

/// What a type is. `S` is what each union variant knows about the JSON it holds: a
/// [`VariantShape`] in the IR. Lowering builds kinds with `()` there, because a variant's
/// shape depends on types that may not be defined yet when the union is.
/// Where a type lives under `src/types/`: a group (`threads`), and within a large group a
/// sub-module (`threads/runs.rs`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ModulePath {
    /// The root resource whose operations use the type, or `shared` / `other`.
    pub group: String,
    pub sub: Option<SubModule>,
}

/// A sub-module of a large group.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubModule {
    /// Module name (`runs`, `requests`).
    pub name: String,
    pub holds: SubModuleKind,
}

/// What a sub-module holds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SubModuleKind {
    /// The types only the operations of this sub-resource use.
    Resource,
    /// The group's types only its requests use.
    Requests,
    /// The group's types only its responses use.
    Responses,
    /// The group's types only its event streams use.
    Events,
    /// The types only this field of the group's requests and responses reaches.
    Field,
    /// The types several fields of the group's requests and responses share, gathered by
    /// the union (named here) that reaches most of them.
    Family(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind<S = VariantShape> {
    Struct(Struct),
    Enum(Enum),
    TaggedUnion(TaggedUnion<S>),
    UntaggedUnion(UntaggedUnion<S>),
    /// `pub type Name = <target>;`
    Alias(TypeRef),
    /// Query, header and cookie parameters of one operation (not serialized by serde).
    Params(Struct),
}

/// A type reference held by a definition, with the definition's `boxed` flag for it.
pub struct RefMut<'a> {
    pub ty: &'a mut TypeRef,
    /// `None` where no `Box` can go: an alias target, the extra properties (a map).
    pub boxed: Option<&'a mut bool>,
}

impl<S> TypeKind<S> {
    /// Every type reference the kind holds, in definition order: field types, then the
    /// extra properties' map, variant types, the alias target.
    pub fn refs(&self) -> Box<dyn Iterator<Item = &TypeRef> + '_> {
        match self {
            TypeKind::Struct(s) | TypeKind::Params(s) => {
                Box::new(s.fields.iter().map(|f| &f.ty).chain(s.additional.iter().map(|a| &a.ty)))
            }
            TypeKind::TaggedUnion(u) => Box::new(u.variants.iter().map(|v| &v.ty)),
            TypeKind::UntaggedUnion(u) => Box::new(u.variants.iter().map(|v| &v.ty)),
            TypeKind::Alias(target) => Box::new(std::iter::once(target)),
            TypeKind::Enum(_) => Box::new(std::iter::empty()),
        }
    }

    /// The references of [`TypeKind::refs`], in the same order, with their `boxed` flags.
    pub fn refs_mut(&mut self) -> Box<dyn Iterator<Item = RefMut<'_>> + '_> {
        match self {
            TypeKind::Struct(s) | TypeKind::Params(s) => Box::new(
                s.fields
                    .iter_mut()
                    .map(|f| RefMut { ty: &mut f.ty, boxed: Some(&mut f.boxed) })
                    .chain(s.additional.iter_mut().map(|a| RefMut { ty: &mut a.ty, boxed: None })),
            ),
            TypeKind::TaggedUnion(u) => {
                Box::new(u.variants.iter_mut().map(|v| RefMut { ty: &mut v.ty, boxed: Some(&mut v.boxed) }))
            }
            TypeKind::UntaggedUnion(u) => {
                Box::new(u.variants.iter_mut().map(|v| RefMut { ty: &mut v.ty, boxed: Some(&mut v.boxed) }))
            }
            TypeKind::Alias(target) => Box::new(std::iter::once(RefMut { ty: target, boxed: None })),
            TypeKind::Enum(_) => Box::new(std::iter::empty()),
        }
    }
}

/// Follows aliases to the type a reference finally names; `kind_of` looks a type up.
pub fn follow_aliases<'a, S: 'a>(mut ty: &'a TypeRef, kind_of: impl Fn(TypeId) -> &'a TypeKind<S>) -> &'a TypeRef {
    // A cycle of aliases is an error reported by lowering; the bound only keeps this total.
    for _ in 0..64 {
        match ty {
            TypeRef::Named(id) => match kind_of(*id) {
                TypeKind::Alias(target) => ty = target,
                _ => return ty,
            },
            _ => return ty,
        }
    }
    ty
}

/// How a field or variant refers to a type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    Named(TypeId),
    String,
    Integer(IntWidth),
    Number(FloatWidth),
    Boolean,
    /// File contents in a multipart body (`FileUpload`).
    Binary,
    /// Any JSON value.
    Any,
    Array(Box<TypeRef>),
    /// JSON object with arbitrary keys.
    Map(Box<TypeRef>),
    Option(Box<TypeRef>),
}

impl TypeRef {
    /// Wraps in `Option` unless already optional.
    pub fn optional(self) -> TypeRef {
        match self {
            TypeRef::Option(_) => self,
            other => TypeRef::Option(Box::new(other)),
        }
    }

    pub fn is_option(&self) -> bool {
        matches!(self, TypeRef::Option(_))
    }

    /// The named type this reference holds, inside any arrays, maps and options.
    pub fn named_inside(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(id) => Some(*id),
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => inner.named_inside(),
            _ => None,
        }
    }

    /// The type inside an `Option`, or the type itself.
    pub fn unwrap_option(&self) -> &TypeRef {
        match self {
            TypeRef::Option(inner) => inner,
            other => other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IntWidth {
    I32,
    I64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FloatWidth {
    F32,
    F64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Extra keys beyond the named fields (`additionalProperties: <schema>`), flattened.
    pub additional: Option<ExtraProperties>,
}

/// The field that holds the keys a struct does not name, flattened into it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraProperties {
    /// Rust identifier, unique among the struct's fields (`additional_properties`).
    pub field: String,
    /// The field's type: a `TypeRef::Map` of the values.
    pub ty: TypeRef,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Rust identifier (without `r#`).
    pub name: String,
    /// Name of its setter on an input type (`with_new` for a field `new`), unique among
    /// the type's methods. Fields that `Default` fills in get no setter; see `emit::builders`.
    pub setter: String,
    /// Name on the wire.
    pub wire_name: String,
    pub docs: Option<String>,
    /// Full field type: `Option<..>` when the field may be absent or null.
    pub ty: TypeRef,
    pub required: bool,
    /// Recursion: the named type inside is boxed.
    pub boxed: bool,
    /// A single allowed value (`enum: [function]`, `const: 2`), or the one tag value that
    /// selects this struct in a tagged union. Required constants and union tags are filled
    /// in by `Default`; other optional ones start unset.
    pub constant: Option<Constant>,
    /// The property a tagged union that contains this struct dispatches on.
    pub tag: bool,
    /// The field's type is merged into this struct (`#[serde(flatten)]`): an `allOf` of a
    /// union and properties shared by all its variants.
    pub flatten: bool,
    pub default: Option<Value>,
    pub deprecated: bool,
    pub read_only: bool,
    pub write_only: bool,
    /// Query, header or cookie parameter encoding (only for `TypeKind::Params`).
    pub param: Option<ParamEncoding>,
    /// The method that sets an explicit `null`, for a property where `null` means something
    /// other than leaving it out (`x-rust-explicit-null`): the field is then
    /// `Option<Nullable<T>>` — unset, `null`, or a value.
    pub null_setter: Option<String>,
}

/// A field's one allowed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Constant {
    String(String),
    Integer(i64),
}

impl Constant {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Constant::String(s) => Some(s),
            Constant::Integer(_) => None,
        }
    }
}

impl Field {
    /// An argument of a request type's `new(..)`: neither a constant (which `Default` fills
    /// in) nor optional.
    pub fn in_constructor(&self) -> bool {
        self.constant.is_none() && !self.ty.is_option()
    }

    /// Has a setter on a request type: values `Default` fills in (required constants, union
    /// tags) and read-only fields (the server sets them; requests never carry them) have none.
    pub fn has_setter(&self) -> bool {
        let filled_in = self.constant.is_some() && (!self.ty.is_option() || self.tag);
        !filled_in && !self.read_only
    }

    /// A field with nothing special about it: its setter named like it, not required, not
    /// boxed, no constant, no default, not deprecated; set the rest with struct update syntax.
    pub fn new(name: impl Into<String>, wire_name: impl Into<String>, ty: TypeRef) -> Field {
        let name = name.into();
        Field {
            setter: name.clone(),
            name,
            wire_name: wire_name.into(),
            docs: None,
            ty,
            required: false,
            boxed: false,
            constant: None,
            tag: false,
            flatten: false,
            default: None,
            deprecated: false,
            read_only: false,
            write_only: false,
            param: None,
            null_setter: None,
        }
    }
}

/// Where a parameter goes and how its value is written there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamEncoding {
    pub location: ParamLocation,
    pub style: Style,
}

/// The `in` of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    /// Every cookie parameter of an operation goes into one `Cookie` header.
    Cookie,
}

impl ParamLocation {
    /// From a parameter's `in`.
    pub fn from_spec(location: &str) -> Option<ParamLocation> {
        Some(match location {
            "path" => ParamLocation::Path,
            "query" => ParamLocation::Query,
            "header" => ParamLocation::Header,
            "cookie" => ParamLocation::Cookie,
            _ => return None,
        })
    }

    /// The word the docs use for a parameter here.
    pub fn noun(self) -> &'static str {
        match self {
            ParamLocation::Path => "path parameter",
            ParamLocation::Query => "query parameter",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

/// How a value is serialized into a parameter or a form field: OpenAPI's `style` with
/// `explode` and `allowReserved`, already defaulted for its location.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub kind: StyleKind,
    pub explode: bool,
    /// Query values and form fields: RFC 3986 reserved characters are sent unescaped.
    pub allow_reserved: bool,
}

impl Style {
    pub const fn new(kind: StyleKind, explode: bool) -> Style {
        Style { kind, explode, allow_reserved: false }
    }
}

/// OpenAPI parameter styles (RFC 6570 expansions), plus `Json` for a parameter described
/// by `content: {application/json: ..}`: its JSON text as one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StyleKind {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
    Json,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub variants: Vec<EnumVariant>,
    /// Variant used by `Default` (the spec's default), if any.
    pub default: Option<usize>,
    /// The variant holding a value the client does not know (`Other`).
    pub catch_all: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    pub name: String,
    pub value: EnumValue,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EnumValue {
    String(String),
    Integer(i64),
}

impl EnumValue {
    pub fn is_integer(&self) -> bool {
        matches!(self, EnumValue::Integer(_))
    }
}

/// `oneOf` dispatched on a property (`type`, `event`, `role`...).
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedUnion<S = VariantShape> {
    pub tag: String,
    pub variants: Vec<TaggedVariant<S>>,
    /// The variant holding a value with a tag the client does not know (`Unknown`).
    pub catch_all: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaggedVariant<S = VariantShape> {
    pub name: String,
    /// Tag values that select this variant (several when the variant is itself a union).
    pub tag_values: Vec<String>,
    pub ty: TypeRef,
    pub boxed: bool,
    /// The variant's type does not carry the tag itself; serialization adds it.
    pub inject_tag: bool,
    pub docs: Option<String>,
    /// Chooses between variants that share a tag value (by `object`).
    pub shape: S,
}

/// `oneOf`/`anyOf` without a tag: dispatched on the JSON kind, then on object keys.
#[derive(Debug, Clone, PartialEq)]
pub struct UntaggedUnion<S = VariantShape> {
    pub variants: Vec<UntaggedVariant<S>>,
    /// The variant holding a value no variant accepts (`Other`).
    pub catch_all: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UntaggedVariant<S = VariantShape> {
    pub name: String,
    pub ty: TypeRef,
    pub boxed: bool,
    pub docs: Option<String>,
    pub shape: S,
}

/// What the JSON of a union variant looks like, computed over the whole arena (it looks
/// through references, aliases and nested unions).
#[derive(Debug, Clone, PartialEq)]
pub struct VariantShape {
    /// Which JSON values the variant can hold.
    pub kinds: JsonKinds,
    /// For object variants: their keys.
    pub object: ObjectShape,
    /// For array variants: what their items can hold, so several array variants are told
    /// apart by the first item.
    pub items: Option<ItemShape>,
}

/// The JSON kinds, and for objects the shape, of an array variant's items.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemShape {
    pub kinds: JsonKinds,
    pub shape: ObjectShape,
}

/// What an object variant looks like, for choosing between variants that the tag (or the
/// JSON kind) alone cannot tell apart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectShape {
    /// Keys that must be present.
    pub required: Vec<String>,
    /// Every key the variant knows.
    pub known: Vec<String>,
    /// Keys fixed to one value (`role: user`): a different value rules the variant out.
    pub constants: Vec<(String, String)>,
}

/// A set of JSON value kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct JsonKinds {
    pub null: bool,
    pub boolean: bool,
    pub integer: bool,
    /// Any number, integral or not.
    pub number: bool,
    pub string: bool,
    pub array: bool,
    pub object: bool,
}

impl JsonKinds {
    pub const ANY: JsonKinds =
        JsonKinds { null: true, boolean: true, integer: true, number: true, string: true, array: true, object: true };

    pub fn union(self, other: JsonKinds) -> JsonKinds {
        JsonKinds {
            null: self.null || other.null,
            boolean: self.boolean || other.boolean,
            integer: self.integer || other.integer,
            number: self.number || other.number,
            string: self.string || other.string,
            array: self.array || other.array,
            object: self.object || other.object,
        }
    }
}

/// How a list response yields its next cursor.
#[derive(Debug, Clone, PartialEq)]
pub struct PageImpl {
    /// Field holding the items (`data`).
    pub items_field: String,
    pub item: TypeRef,
    /// Field holding `has_more`, and whether it is an `Option<bool>`.
    pub has_more: Option<(String, bool)>,
    pub cursor: CursorSource,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CursorSource {
    /// A `last_id` field (`Option<String>` when `optional`).
    Field { name: String, optional: bool },
    /// The `id` field `field` of the last item (`Option<String>` when `optional`).
    LastItemId { field: String, optional: bool },
}

/// What the event type of a stream says about its messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamEventKind {
    pub style: StreamEventStyle,
    pub end: StreamEnd,
}

/// How a stream of these events says it is complete (the `x-stream-end` extension of the
/// `text/event-stream` media type). When it says nothing, the end of the body is the end.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamEnd {
    /// A message whose data is this text (`[DONE]`) ends the stream.
    pub data: Option<String>,
    /// An event of one of these types (the SSE `event` name, or the data's `type`) is the
    /// last one (`response.completed`).
    pub events: Vec<String>,
}

impl StreamEnd {
    /// Whether an end of the body before the signal is an error.
    pub fn is_declared(&self) -> bool {
        self.data.is_some() || !self.events.is_empty()
    }

    /// The union of two declarations, for an event type that several streams share.
    pub fn merge(&mut self, other: StreamEnd) {
        self.data = self.data.take().or(other.data);
        for event in other.events {
            if !self.events.contains(&event) {
                self.events.push(event);
            }
        }
    }
}

/// How SSE messages become events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamEventStyle {
    /// The `data:` payload is the event.
    Data,
    /// `{"event": <event name>, "data": <payload>}` is the event (Assistants streams).
    Envelope,
}
