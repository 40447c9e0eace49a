//! Stage 4b, surface: the IR → the API surface, what a user of the generated crate can name
//! and call: operations (their Rust methods, parameters by location, body, response,
//! streaming, paging), the WebSocket endpoints, the group features, the client's settings
//! and every public type (fields with their Rust types and setters, the constructor of a
//! request type, enum values, union variants and their tags). It is plain serializable
//! data, so two of them compare without any generator state ([`crate::diff`]), and it is
//! written into every generated crate as `api-surface.json`: the drift check compares the
//! API the committed crate was generated from with the one the spec now gives.
//!
//! Identities are stable across spec editions: an operation is its HTTP method and path
//! template, a type its Rust name, a field its wire name, an enum value its value. What
//! user code cannot name is left out (docs, wire constants, serde details, feature gates of
//! single types), which keeps the file a fraction of the crate's size. Types are
//! spelled as the generated code spells them (`Option<Box<Node>>`, `Vec<String>`,
//! `BTreeMap<String, i64>`, `FileUpload`, `serde_json::Value`). The format is documented in
//! `docs/api-diff.md`.

mod from_ir;
mod json;

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::diagnostics::{Error, Result};

/// The version of the surface format; bumped when a reader of the old one would misread it.
pub const SURFACE_VERSION: u32 = 1;

/// Where the surface goes in a generated crate (excluded from the crate's package).
pub const SURFACE_FILE: &str = "api-surface.json";

/// What a user of the generated crate sees of the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Surface {
    /// The preamble every generated file carries (JSON has no comments).
    #[serde(rename = "@generated", default, skip_serializing_if = "String::is_empty")]
    pub generated: String,
    pub surface_version: u32,
    pub api: ApiSurface,
    pub client: ClientSurface,
    /// The group features, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<FeatureSurface>,
    /// By path, then HTTP method.
    #[serde(default)]
    pub operations: Vec<OperationSurface>,
    /// By path.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub websockets: Vec<WebSocketSurface>,
    /// By name. Parameter structs are described with their operations instead.
    #[serde(default)]
    pub types: Vec<TypeSurface>,
}

/// The spec's `info`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ApiSurface {
    pub title: String,
    pub version: String,
}

impl ApiSurface {
    /// A one-line name of the API for report headings (`Petstore 1.0.0`).
    pub fn label(&self) -> String {
        match (self.title.is_empty(), self.version.is_empty()) {
            (false, false) => format!("{} {}", self.title, self.version),
            (false, true) => self.title.clone(),
            (true, false) => self.version.clone(),
            (true, true) => "(untitled)".to_owned(),
        }
    }
}

/// How `Client::from_env` and the builder find the server and the credentials.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ClientSurface {
    pub base_url: String,
    /// `bearer`, `header <name>` or `none`.
    pub auth: String,
    /// Environment variables the client reads: the API key's, the base URL's, the webhook
    /// secret's, then one per identity header.
    pub env: Vec<String>,
    /// `ClientBuilder` methods of the identity headers (`organization`), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identity_headers: Vec<String>,
}

/// A group's Cargo feature.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FeatureSurface {
    pub name: String,
    /// Outside `full`: built only when named.
    #[serde(default, skip_serializing_if = "is_false")]
    pub opt_in: bool,
}

/// One operation: `client.<rust>(..)`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OperationSurface {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path template with its parameters' wire names (`/files/{file_id}`), and the
    /// query pairs its spec key fixes (`?cmd=diff`).
    pub path: String,
    /// The spec's operationId (or the generator's).
    pub id: String,
    /// The method, after the resource accessors (`chat.completions.create`).
    pub rust: String,
    /// The method returning the event stream, beside `rust` (`chat.completions.create_stream`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_rust: Option<String>,
    /// `rust` itself returns the event stream: the operation only streams.
    #[serde(default, skip_serializing_if = "is_false")]
    pub stream_only: bool,
    /// Path parameters (the method's leading arguments, in order), then the query, header
    /// and cookie parameters (fields of `params_type`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<ParamSurface>,
    /// The struct of query, header and cookie parameters (the method's `params` argument).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<BodySurface>,
    pub response: ResponseSurface,
    /// The event type of the stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
    /// The response pages (`.into_stream()` walks every page).
    #[serde(default, skip_serializing_if = "is_false")]
    pub paginated: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
}

/// A parameter of an operation or WebSocket endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ParamSurface {
    /// Wire name.
    pub name: String,
    /// `path`, `query`, `header` or `cookie`.
    #[serde(rename = "in")]
    pub location: String,
    /// The Rust argument or field name.
    pub rust: String,
    /// Its Rust type; `Option<..>` when the parameter may be left out.
    #[serde(rename = "type")]
    pub ty: String,
}

/// The request body.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BodySurface {
    /// `json`, `multipart`, `form`, or `raw <content type>`.
    pub kind: String,
    /// The Rust type the method takes (`impl Into<Bytes>` for a raw body).
    #[serde(rename = "type")]
    pub ty: String,
}

/// What the plain method's `Call` yields.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ResponseSurface {
    /// `json`, `binary`, `text` or `empty`.
    pub kind: String,
    /// The decoded type of a JSON response.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<String>,
}

/// A WebSocket endpoint (`x-websockets`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct WebSocketSurface {
    pub path: String,
    /// `realtime.connect`.
    pub rust: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub query: Vec<ParamSurface>,
    pub client_events: String,
    pub server_events: String,
}

/// A public type of `types`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeSurface {
    pub name: String,
    /// A struct carried by requests: it has `new(..)` and setters.
    #[serde(default, skip_serializing_if = "is_false")]
    pub input: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    #[serde(flatten)]
    pub shape: TypeShape,
}

/// What a type is, with what user code can name of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeShape {
    Struct {
        /// A request type's constructor arguments, in order (`new(model, input)`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        new: Option<Vec<String>>,
        fields: Vec<FieldSurface>,
        /// The field holding the keys the struct does not name: (Rust name, map type).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extra: Option<FieldSurface>,
    },
    Enum {
        values: Vec<EnumValueSurface>,
        /// The value `Default` gives.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        default: Option<Value>,
    },
    TaggedUnion {
        /// The property it dispatches on.
        tag: String,
        variants: Vec<VariantSurface>,
    },
    UntaggedUnion {
        variants: Vec<VariantSurface>,
    },
    Alias {
        target: String,
    },
}

impl TypeShape {
    /// `struct`, `enum`, `tagged_union`, `untagged_union` or `alias`.
    pub fn kind(&self) -> &'static str {
        match self {
            TypeShape::Struct { .. } => "struct",
            TypeShape::Enum { .. } => "enum",
            TypeShape::TaggedUnion { .. } => "tagged_union",
            TypeShape::UntaggedUnion { .. } => "untagged_union",
            TypeShape::Alias { .. } => "alias",
        }
    }
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FieldSurface {
    /// Wire name.
    pub name: String,
    /// The Rust field name, when it is not the wire name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust: Option<String>,
    /// Its Rust type; `Option<..>` when the field may be absent.
    #[serde(rename = "type")]
    pub ty: String,
    /// Of a request type: the setter's name, when it is not the field's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setter: Option<String>,
    /// Of a request type: the field has no setter (`Default` fills it in, or it is read-only).
    #[serde(default, skip_serializing_if = "is_false")]
    pub no_setter: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
}

impl FieldSurface {
    /// The Rust field name.
    pub fn rust_name(&self) -> &str {
        self.rust.as_deref().unwrap_or(&self.name)
    }

    /// The setter of a field of a request type, if it has one.
    pub fn setter_name(&self) -> Option<&str> {
        if self.no_setter { None } else { Some(self.setter.as_deref().unwrap_or(self.rust_name())) }
    }
}

/// A value of a string or integer enum.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EnumValueSurface {
    pub value: Value,
    /// The variant's name.
    pub rust: String,
}

/// A variant of a union.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct VariantSurface {
    pub name: String,
    /// The type it holds.
    #[serde(rename = "type")]
    pub ty: String,
    /// Of a tagged union: the tag values that select it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Surface {
    /// The surface of an API; `generated` is the preamble the file carries.
    pub fn from_api(api: &crate::ir::Api, generated: impl Into<String>) -> Surface {
        from_ir::surface(api, generated.into())
    }

    /// The file's text: deterministic, one operation, type, field, value or variant a line.
    pub fn to_json(&self) -> String {
        json::to_text(self)
    }

    /// Reads a surface from its file's text; `path` names it in errors.
    pub fn from_json(path: &Path, text: &str) -> Result<Surface> {
        let invalid = |message: String| Error::Io { path: path.to_path_buf(), source: std::io::Error::other(message) };
        let value: Value = serde_json::from_str(text).map_err(|err| invalid(format!("not JSON: {err}")))?;
        let version = value.get("surface_version").and_then(Value::as_u64);
        match version {
            Some(v) if v == u64::from(SURFACE_VERSION) => {}
            Some(v) => {
                return Err(invalid(format!(
                    "an API surface of version {v}; this generator reads version {SURFACE_VERSION} \
                     (regenerate it with the generator that reads it)"
                )));
            }
            None => return Err(invalid("not an API surface (no `surface_version`)".to_owned())),
        }
        serde_path_to_error::deserialize(value)
            .map_err(|err| invalid(format!("not a valid API surface at {}: {}", err.path(), err.inner())))
    }

    /// Whether a document is a surface (has `surface_version`) rather than a spec.
    pub fn is_surface(document: &Value) -> bool {
        document.get("surface_version").is_some()
    }
}

/// The surface a generated crate in `dir` was generated from: `None` when the crate has
/// none (it was written by an older generator, or it is not there).
pub fn read_committed(dir: &Path) -> Result<Option<Surface>> {
    let path = dir.join(SURFACE_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => Surface::from_json(&path, &text).map(Some),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Io { path, source }),
    }
}

#[cfg(test)]
mod tests;
