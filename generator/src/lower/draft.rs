//! What lowering builds before the IR: types and operations as the spec describes them.
//! What needs every type or operation is decided afterwards — names in the resource tree
//! (`resources`) and of tests (`test_names`), whole-arena facts by the passes of `finish`
//! (which refine the drafts' kinds in place) — and `assemble` builds the IR's `TypeDef`s
//! and `Operation`s once, complete, from the drafts and those decisions.

use openapiv3::Schema;

use super::docs::rustdoc;
use super::flat_schema::View;
use crate::ir::{
    Body, HttpMethod, PathParam, PathPart, RequestSample, ResponseKind, StreamEventKind, TypeId, TypeKind, TypeRef,
};

/// A kind as lowering builds it: union variants without their shapes (see [`TypeKind`]).
pub type DraftKind = TypeKind<()>;

/// A type of the arena while lowering.
#[derive(Debug)]
pub struct TypeDraft {
    /// Rust type name, unique in the crate.
    pub name: String,
    pub docs: Option<String>,
    /// JSON pointer of the schema this came from.
    pub origin: String,
    pub deprecated: bool,
    pub kind: DraftKind,
    /// Sent as a multipart body (marked when an operation's body is lowered).
    pub multipart: bool,
    /// The content types a multipart body's `encoding` gives its properties' parts.
    pub part_types: Vec<(String, String)>,
    /// An event of a `text/event-stream` response (marked when a response is lowered).
    pub stream_event: Option<StreamEventKind>,
}

impl TypeDraft {
    pub fn new(name: String, origin: String, schema: Option<&Schema>, kind: DraftKind) -> TypeDraft {
        let view = schema.map(View::of);
        TypeDraft {
            name,
            docs: rustdoc(view.as_ref().and_then(View::description)),
            origin,
            deprecated: schema.is_some_and(|s| s.schema_data.deprecated),
            kind,
            multipart: false,
            part_types: Vec::new(),
            stream_event: None,
        }
    }
}

/// An operation as the spec describes it. The IR's `Operation` adds what needs every
/// operation or the whole arena: its place in the resource tree and its method names
/// (`resources`), its tests' names (`test_names`) and its paging (`finish`).
pub struct LoweredOperation {
    /// The spec's operationId (or one made from the method and path).
    pub id: String,
    pub http_method: HttpMethod,
    pub path: Vec<PathPart>,
    pub path_params: Vec<PathParam>,
    pub params: Option<TypeId>,
    pub fixed_headers: Vec<(String, String)>,
    pub fixed_query: Vec<(String, String)>,
    pub body: Option<Body>,
    pub response: ResponseKind,
    pub stream: Option<TypeRef>,
    pub stream_only: bool,
    pub summary: Option<String>,
    pub docs: Option<String>,
    pub deprecated: bool,
    /// JSON pointer of the operation, for warnings.
    pub origin: String,
    pub samples: Vec<RequestSample>,
    /// `x-rust-method` (`chat.completions.create`), when the spec names it.
    pub explicit_name: Option<String>,
    pub raw_path: String,
    /// The response is a list (drives `list` vs `retrieve` naming).
    pub returns_list: bool,
}
