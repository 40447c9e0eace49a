//! Operations, grouped into resources.

use super::{Style, TypeId, TypeRef};

/// One HTTP operation, lowered to a client method.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The spec's operationId (or a synthesized one).
    pub id: String,
    /// Index into [`super::Api::resources`].
    pub resource: usize,
    /// Rust method name (`create`, `list`, `submit_tool_outputs`): returns the response, or
    /// the event stream when `stream_only`.
    pub method: String,
    /// The method returning the event stream of an operation that can also answer at once
    /// (`create_stream`), unique among its resource's methods.
    pub stream_method: Option<String>,
    pub http_method: HttpMethod,
    /// Path template split into literal text and parameters.
    pub path: Vec<PathPart>,
    pub path_params: Vec<PathParam>,
    /// Struct of query, header and cookie parameters, when there are any.
    pub params: Option<TypeId>,
    /// Headers the operation always sends (required single-valued header parameters).
    pub fixed_headers: Vec<(String, String)>,
    /// Query pairs every call sends (written into the spec's path key: `/request/{id}?cmd=diff`).
    pub fixed_query: Vec<(String, String)>,
    pub body: Option<Body>,
    pub response: ResponseKind,
    /// The `text/event-stream` event type, when the operation can stream.
    pub stream: Option<TypeRef>,
    /// The operation only ever streams: its one method returns the event stream.
    pub stream_only: bool,
    /// Query parameter that carries the cursor, when the response pages.
    pub cursor_param: Option<String>,
    pub summary: Option<String>,
    pub docs: Option<String>,
    pub deprecated: bool,
    /// Requests a validating server of the spec accepts, for the generated tests.
    pub samples: Vec<RequestSample>,
    /// The generated tests of the operation (`tests/api.rs`), in order.
    pub tests: Vec<ApiTest>,
}

/// One generated test: a sample sent through one of the operation's methods.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiTest {
    /// Test function name, unique in `tests/api.rs` (`list_pets_minimal`).
    pub name: String,
    /// Index into [`Operation::samples`].
    pub sample: usize,
    /// Calls the streaming method and reads the stream to its end.
    pub stream: bool,
    /// The method called (`method` or `stream_method`).
    pub method: String,
}

/// One request to an operation, as JSON values: what the generated test sends.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestSample {
    /// `minimal` (required parts only) or `full` (optional parts too).
    pub label: String,
    /// One value per path parameter, in order.
    pub path: Vec<serde_json::Value>,
    /// Query, header and cookie parameters by wire name, in the params struct's order.
    pub params: Vec<(String, serde_json::Value)>,
    pub body: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl HttpMethod {
    /// Every method OpenAPI allows in a path item, in the order of its specification: the
    /// one list of them, for every stage that looks for operations among a path item's keys.
    pub const ALL: [HttpMethod; 8] = [
        HttpMethod::Get,
        HttpMethod::Put,
        HttpMethod::Post,
        HttpMethod::Delete,
        HttpMethod::Options,
        HttpMethod::Head,
        HttpMethod::Patch,
        HttpMethod::Trace,
    ];

    /// The method's key in a path item (`get`).
    pub const fn as_lower(self) -> &'static str {
        match self {
            HttpMethod::Get => "get",
            HttpMethod::Put => "put",
            HttpMethod::Post => "post",
            HttpMethod::Delete => "delete",
            HttpMethod::Options => "options",
            HttpMethod::Head => "head",
            HttpMethod::Patch => "patch",
            HttpMethod::Trace => "trace",
        }
    }

    /// The method a path item's key names, if it names one.
    pub fn from_lowercase(key: &str) -> Option<HttpMethod> {
        HttpMethod::ALL.into_iter().find(|method| method.as_lower() == key)
    }

    /// The `reqwest::Method` associated constant name.
    pub fn as_upper(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PathPart {
    Literal(String),
    /// Index into `path_params`.
    Param(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PathParam {
    /// Rust argument name.
    pub name: String,
    pub wire_name: String,
    pub ty: TypeRef,
    /// `simple`, `label` or `matrix` (or `Json` for `content`) for a path parameter.
    pub style: Style,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub kind: BodyKind,
    pub ty: TypeRef,
    /// The JSON body has a `stream` flag that the streaming method sets.
    pub has_stream_flag: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BodyKind {
    Json,
    Multipart,
    /// `application/x-www-form-urlencoded`, from the serialized value. Properties named
    /// here are written in their `encoding` style; the rest in the bracket convention
    /// (`metadata[key]=v`, `items[0][price]=p`, `expand[]=a`).
    Form(Vec<(String, Style)>),
    /// Raw bytes with this content type (`application/sdp`, `application/octet-stream`).
    Raw(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ResponseKind {
    Json(TypeRef),
    Binary,
    Text,
    Empty,
}

/// A node of the resource tree: `client.chat()` → `Chat`, `.completions()` → `ChatCompletions`.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// Snake-case path from the client (`["chat", "completions"]`); the first segment
    /// names the module of a top-level resource.
    pub path: Vec<String>,
    /// Accessor method on the parent resource, or on the `Client` (`chat`, `builder_api`).
    pub accessor: String,
    /// Rust struct name, unique in its top-level resource's file.
    pub type_name: String,
    /// The module (and file, under `src/resources/`) of its top-level resource: the first
    /// path segment, or `<segment>_api` where that is `mod` (the directory's own file).
    pub module: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub operations: Vec<usize>,
}

/// A WebSocket endpoint described by the `x-websockets` extension.
#[derive(Debug, Clone, PartialEq)]
pub struct WebSocketEndpoint {
    pub path: String,
    pub resource: usize,
    /// Rust method name, unique among its resource's methods (`connect`).
    pub method: String,
    pub query: Vec<PathParam>,
    /// Headers the endpoint always needs (a beta opt-in, say).
    pub headers: Vec<(String, String)>,
    pub client_events: TypeRef,
    pub server_events: TypeRef,
    pub summary: Option<String>,
    pub docs: Option<String>,
}
