// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `vector_stores.files` operations use.
#![allow(deprecated)]
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::should_implement_trait,
    clippy::wrong_self_convention,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::tabs_in_doc_comments,
)]

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;
use crate::types::*;

/// Body of `POST /vector_stores/{vector_store_id}/files`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVectorStoreFileRequest {
    /// Uploaded file to add.
    pub file_id: String,
    /// How files are chunked; `auto` when omitted.
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// Attributes of the file, usable in search filters.
    pub attributes: Option<VectorStoreFileAttributes>,
}

impl Serialize for CreateVectorStoreFileRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_id", &self.file_id)?;
        codec::optional_entry(&mut map, "chunking_strategy", &self.chunking_strategy)?;
        codec::optional_entry(&mut map, "attributes", &self.attributes)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateVectorStoreFileRequest {
    const EXPECTING: &'static str = "a `CreateVectorStoreFileRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value::<codec::Lenient<_>>()?.0,
            "chunking_strategy" => self.chunking_strategy = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateVectorStoreFileRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateVectorStoreFileRequest {
    /// Creates a value from its required fields (`file_id`); the rest start unset.
    #[must_use]
    pub fn new(file_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            ..Default::default()
        }
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = value.into();
        self
    }

    /// Sets `chunking_strategy`.
    #[must_use]
    pub fn chunking_strategy(
        mut self,
        value: impl Into<ChunkingStrategyRequestParam>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn attributes<K: Into<String>, V: Into<VectorStoreFileAttributeValue>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.attributes = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}

/// A file that belongs to a vector store.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorStoreFileObject {
    /// File id.
    pub id: String,
    /// Always `vector_store.file`.
    pub object: String,
    /// Storage used by the file's index, in bytes.
    pub usage_bytes: i64,
    /// Time the file was added.
    pub created_at: i64,
    /// Store the file belongs to.
    pub vector_store_id: String,
    /// `completed` when the file is ready for search.
    pub status: VectorStoreFileObjectStatus,
    /// Why processing failed, when it did.
    pub last_error: Option<VectorStoreFileObjectLastError>,
    /// How the file was chunked.
    pub chunking_strategy: Option<ChunkingStrategyResponse>,
    /// Attributes of the file, usable in search filters.
    pub attributes: Option<VectorStoreFileAttributes>,
}

impl Default for VectorStoreFileObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "vector_store.file".to_owned(),
            usage_bytes: Default::default(),
            created_at: Default::default(),
            vector_store_id: Default::default(),
            status: Default::default(),
            last_error: Default::default(),
            chunking_strategy: Default::default(),
            attributes: Default::default(),
        }
    }
}

impl Serialize for VectorStoreFileObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("usage_bytes", &self.usage_bytes)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("vector_store_id", &self.vector_store_id)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("last_error", &self.last_error)?;
        codec::optional_entry(&mut map, "chunking_strategy", &self.chunking_strategy)?;
        codec::optional_entry(&mut map, "attributes", &self.attributes)?;
        map.end()
    }
}

impl codec::ObjectFields for VectorStoreFileObject {
    const EXPECTING: &'static str = "a `VectorStoreFileObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "usage_bytes" => self.usage_bytes = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "vector_store_id" => {
                self.vector_store_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "last_error" => self.last_error = map.next_value()?,
            "chunking_strategy" => self.chunking_strategy = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VectorStoreFileObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `completed` when the file is ready for search.
#[derive(Debug, Clone)]
pub enum VectorStoreFileObjectStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for VectorStoreFileObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl VectorStoreFileObjectStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for VectorStoreFileObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(VectorStoreFileObjectStatus);

/// Why processing failed, when it did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorStoreFileObjectLastError {
    /// Error code.
    pub code: VectorStoreFileObjectLastErrorCode,
    /// Explanation.
    pub message: String,
}

impl Serialize for VectorStoreFileObjectLastError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl codec::ObjectFields for VectorStoreFileObjectLastError {
    const EXPECTING: &'static str = "a `VectorStoreFileObjectLastError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code" => self.code = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VectorStoreFileObjectLastError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Error code.
#[derive(Debug, Clone)]
pub enum VectorStoreFileObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `unsupported_file`
    UnsupportedFile,
    /// `invalid_file`
    InvalidFile,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for VectorStoreFileObjectLastErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl VectorStoreFileObjectLastErrorCode {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::UnsupportedFile => "unsupported_file",
            Self::InvalidFile => "invalid_file",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for VectorStoreFileObjectLastErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "unsupported_file" => Self::UnsupportedFile,
            "invalid_file" => Self::InvalidFile,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(VectorStoreFileObjectLastErrorCode);

/// How a file was chunked.
#[derive(Debug, Clone, PartialEq)]
pub enum ChunkingStrategyResponse {
    /// Fixed-size chunks.
    Static(StaticChunkingStrategyResponseParam),
    /// Chunked in a way that cannot be described (e.g. files indexed before chunking strategies existed).
    OtherValue(OtherChunkingStrategyResponseParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChunkingStrategyResponse {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<StaticChunkingStrategyResponseParam> for ChunkingStrategyResponse {
    fn from(value: StaticChunkingStrategyResponseParam) -> Self {
        Self::Static(value)
    }
}

impl From<OtherChunkingStrategyResponseParam> for ChunkingStrategyResponse {
    fn from(value: OtherChunkingStrategyResponseParam) -> Self {
        Self::OtherValue(value)
    }
}

impl Serialize for ChunkingStrategyResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Static(value) => Serialize::serialize(value, serializer),
            Self::OtherValue(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChunkingStrategyResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("static") => codec::from_value(value).map(Self::Static),
            Some("other") => codec::from_value(value).map(Self::OtherValue),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Fixed-size chunks.
#[derive(Debug, Clone, PartialEq)]
pub struct StaticChunkingStrategyResponseParam {
    /// Always `static`.
    pub r#type: String,
    /// Chunk size and overlap.
    pub r#static: StaticChunkingStrategy,
}

impl Default for StaticChunkingStrategyResponseParam {
    fn default() -> Self {
        Self {
            r#type: "static".to_owned(),
            r#static: Default::default(),
        }
    }
}

impl Serialize for StaticChunkingStrategyResponseParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("static", &self.r#static)?;
        map.end()
    }
}

impl codec::ObjectFields for StaticChunkingStrategyResponseParam {
    const EXPECTING: &'static str = "a `StaticChunkingStrategyResponseParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "static" => self.r#static = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for StaticChunkingStrategyResponseParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Chunked in a way that cannot be described (e.g. files indexed before chunking strategies existed).
#[derive(Debug, Clone, PartialEq)]
pub struct OtherChunkingStrategyResponseParam {
    /// Always `other`.
    pub r#type: String,
}

impl Default for OtherChunkingStrategyResponseParam {
    fn default() -> Self {
        Self { r#type: "other".to_owned() }
    }
}

impl Serialize for OtherChunkingStrategyResponseParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for OtherChunkingStrategyResponseParam {
    const EXPECTING: &'static str = "an `OtherChunkingStrategyResponseParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for OtherChunkingStrategyResponseParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
