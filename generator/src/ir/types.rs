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
    /// A list response that can be paged through.
    pub page: Option<PageImpl>,
    /// An event of a `text/event-stream` response.
    pub stream_event: Option<StreamEventStyle>,
    /// Examples from the spec (JSON), kept for documentation and tests.
    pub examples: Vec<Value>,
    /// The `types` submodule it is emitted in: the tag of the operations that use it, or
    /// `shared`. Keeps files reviewable and lets files be formatted in parallel.
    pub module: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Enum),
    TaggedUnion(TaggedUnion),
    UntaggedUnion(UntaggedUnion),
    /// `pub type Name = <target>;`
    Alias(TypeRef),
    /// Query, header and cookie parameters of one operation (not serialized by serde).
    Params(Struct),
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
    pub additional: Option<TypeRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Rust identifier (without `r#`).
    pub name: String,
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
    /// A field with nothing special about it: not required, not boxed, no constant, no
    /// default, not deprecated; set the rest with struct update syntax.
    pub fn new(name: impl Into<String>, wire_name: impl Into<String>, ty: TypeRef) -> Field {
        Field {
            name: name.into(),
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
pub struct TaggedUnion {
    pub tag: String,
    pub variants: Vec<TaggedVariant>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaggedVariant {
    pub name: String,
    /// Tag values that select this variant (several when the variant is itself a union).
    pub tag_values: Vec<String>,
    pub ty: TypeRef,
    pub boxed: bool,
    /// The variant's type does not carry the tag itself; serialization adds it.
    pub inject_tag: bool,
    pub docs: Option<String>,
    /// Filled in by the finishing pass; used when several variants share a tag value.
    pub shape: ObjectShape,
}

/// `oneOf`/`anyOf` without a tag: dispatched on the JSON kind, then on object keys.
#[derive(Debug, Clone, PartialEq)]
pub struct UntaggedUnion {
    pub variants: Vec<UntaggedVariant>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UntaggedVariant {
    pub name: String,
    pub ty: TypeRef,
    pub boxed: bool,
    pub docs: Option<String>,
    /// Filled in by the finishing pass: which JSON values this variant can hold.
    pub kinds: JsonKinds,
    /// Filled in by the finishing pass, for object variants.
    pub shape: ObjectShape,
    /// Filled in by the finishing pass, for array variants: what their items can hold, so
    /// several array variants are told apart by the first item.
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
    /// The `id` field of the last item (`Option<String>` when `optional`).
    LastItemId { optional: bool },
}

/// How SSE messages become events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamEventStyle {
    /// The `data:` payload is the event.
    Data,
    /// `{"event": <event name>, "data": <payload>}` is the event (Assistants streams).
    Envelope,
}
