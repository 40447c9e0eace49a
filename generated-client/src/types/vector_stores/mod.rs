// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `vector_stores` operations.
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

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
use crate::runtime::codec;
#[cfg(feature = "vector_stores")]
use crate::types::*;

#[cfg(feature = "vector_stores")]
mod file_batches;
#[cfg(feature = "vector_stores")]
mod files;

#[cfg(feature = "vector_stores")]
pub use file_batches::*;
#[cfg(feature = "vector_stores")]
pub use files::*;

/// Body of `POST /vector_stores/{vector_store_id}/files`.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVectorStoreFileRequest {
    /// Uploaded file to add.
    pub file_id: String,
    /// How files are chunked; `auto` when omitted.
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// Attributes of the file, usable in search filters.
    pub attributes: Option<VectorStoreFileAttributes>,
}

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for CreateVectorStoreFileRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "vector_stores")]
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

/// How files are split into chunks before embedding; `auto` unless set.
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq)]
pub enum ChunkingStrategyRequestParam {
    /// Let the service choose (currently 800-token chunks overlapping by 400).
    Auto(AutoChunkingStrategyRequestParam),
    /// Fixed chunk size and overlap.
    Static(StaticChunkingStrategyRequestParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl Default for ChunkingStrategyRequestParam {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl From<AutoChunkingStrategyRequestParam> for ChunkingStrategyRequestParam {
    fn from(value: AutoChunkingStrategyRequestParam) -> Self {
        Self::Auto(value)
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl From<StaticChunkingStrategyRequestParam> for ChunkingStrategyRequestParam {
    fn from(value: StaticChunkingStrategyRequestParam) -> Self {
        Self::Static(value)
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl Serialize for ChunkingStrategyRequestParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Auto(value) => Serialize::serialize(value, serializer),
            Self::Static(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for ChunkingStrategyRequestParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("auto") => codec::from_value(value).map(Self::Auto),
            Some("static") => codec::from_value(value).map(Self::Static),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Let the service choose (currently 800-token chunks overlapping by 400).
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq)]
pub struct AutoChunkingStrategyRequestParam {
    /// Always `auto`.
    pub r#type: String,
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl Default for AutoChunkingStrategyRequestParam {
    fn default() -> Self {
        Self { r#type: "auto".to_owned() }
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl Serialize for AutoChunkingStrategyRequestParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl codec::ObjectFields for AutoChunkingStrategyRequestParam {
    const EXPECTING: &'static str = "an `AutoChunkingStrategyRequestParam` object";
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

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for AutoChunkingStrategyRequestParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl AutoChunkingStrategyRequestParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// Fixed chunk size and overlap.
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq)]
pub struct StaticChunkingStrategyRequestParam {
    /// Always `static`.
    pub r#type: String,
    /// Chunk size and overlap.
    pub r#static: StaticChunkingStrategy,
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl Default for StaticChunkingStrategyRequestParam {
    fn default() -> Self {
        Self {
            r#type: "static".to_owned(),
            r#static: Default::default(),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl Serialize for StaticChunkingStrategyRequestParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("static", &self.r#static)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl codec::ObjectFields for StaticChunkingStrategyRequestParam {
    const EXPECTING: &'static str = "a `StaticChunkingStrategyRequestParam` object";
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

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for StaticChunkingStrategyRequestParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl StaticChunkingStrategyRequestParam {
    /// Creates a value from its required fields (`static`); the rest start unset.
    #[must_use]
    pub fn new(r#static: impl Into<StaticChunkingStrategy>) -> Self {
        Self {
            r#static: r#static.into(),
            ..Default::default()
        }
    }

    /// Sets `static`.
    #[must_use]
    pub fn r#static(mut self, value: impl Into<StaticChunkingStrategy>) -> Self {
        self.r#static = value.into();
        self
    }
}

/// Chunk size and overlap, in tokens.
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaticChunkingStrategy {
    /// Largest chunk, between 100 and 4096 tokens.
    pub max_chunk_size_tokens: i64,
    /// Tokens shared by consecutive chunks; at most half of the chunk size.
    pub chunk_overlap_tokens: i64,
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl Serialize for StaticChunkingStrategy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("max_chunk_size_tokens", &self.max_chunk_size_tokens)?;
        map.serialize_entry("chunk_overlap_tokens", &self.chunk_overlap_tokens)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl codec::ObjectFields for StaticChunkingStrategy {
    const EXPECTING: &'static str = "a `StaticChunkingStrategy` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "max_chunk_size_tokens" => {
                self.max_chunk_size_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "chunk_overlap_tokens" => {
                self.chunk_overlap_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for StaticChunkingStrategy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
impl StaticChunkingStrategy {
    /// Creates a value from its required fields (`max_chunk_size_tokens`, `chunk_overlap_tokens`); the rest start unset.
    #[must_use]
    pub fn new(
        max_chunk_size_tokens: impl Into<i64>,
        chunk_overlap_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            max_chunk_size_tokens: max_chunk_size_tokens.into(),
            chunk_overlap_tokens: chunk_overlap_tokens.into(),
        }
    }

    /// Sets `max_chunk_size_tokens`.
    #[must_use]
    pub fn max_chunk_size_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_chunk_size_tokens = value.into();
        self
    }

    /// Sets `chunk_overlap_tokens`.
    #[must_use]
    pub fn chunk_overlap_tokens(mut self, value: impl Into<i64>) -> Self {
        self.chunk_overlap_tokens = value.into();
        self
    }
}

/// Body of `POST /vector_stores`.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVectorStoreRequest {
    /// Name of the vector store.
    pub name: Option<String>,
    /// What the store contains.
    pub description: Option<String>,
    /// Uploaded files to index right away.
    pub file_ids: Option<Vec<String>>,
    /// How files are chunked; `auto` when omitted.
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// When the vector store expires after inactivity.
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

#[cfg(feature = "vector_stores")]
impl Serialize for CreateVectorStoreRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "file_ids", &self.file_ids)?;
        codec::optional_entry(&mut map, "chunking_strategy", &self.chunking_strategy)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for CreateVectorStoreRequest {
    const EXPECTING: &'static str = "a `CreateVectorStoreRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "file_ids" => self.file_ids = map.next_value()?,
            "chunking_strategy" => self.chunking_strategy = map.next_value()?,
            "expires_after" => self.expires_after = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for CreateVectorStoreRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "vector_stores")]
impl CreateVectorStoreRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `file_ids`.
    #[must_use]
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
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

    /// Sets `expires_after`.
    #[must_use]
    pub fn expires_after(
        mut self,
        value: impl Into<VectorStoreExpirationAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata<K: Into<String>, V: Into<String>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.metadata = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}

/// Deletes the store after a period without use.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub struct VectorStoreExpirationAfter {
    /// Time the countdown starts from; only `last_active_at`.
    pub anchor: String,
    /// Days of inactivity before the store expires.
    pub days: i64,
}

#[cfg(feature = "vector_stores")]
impl Default for VectorStoreExpirationAfter {
    fn default() -> Self {
        Self {
            anchor: "last_active_at".to_owned(),
            days: Default::default(),
        }
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreExpirationAfter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("anchor", &self.anchor)?;
        map.serialize_entry("days", &self.days)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for VectorStoreExpirationAfter {
    const EXPECTING: &'static str = "a `VectorStoreExpirationAfter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "anchor" => self.anchor = map.next_value::<codec::Lenient<_>>()?.0,
            "days" => self.days = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreExpirationAfter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "vector_stores")]
impl VectorStoreExpirationAfter {
    /// Creates a value from its required fields (`days`); the rest start unset.
    #[must_use]
    pub fn new(days: impl Into<i64>) -> Self {
        Self {
            days: days.into(),
            ..Default::default()
        }
    }

    /// Sets `days`.
    #[must_use]
    pub fn days(mut self, value: impl Into<i64>) -> Self {
        self.days = value.into();
        self
    }
}

/// Confirmation that a vector store was deleted.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVectorStoreResponse {
    /// Id of the deleted store.
    pub id: String,
    /// Always `vector_store.deleted`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

#[cfg(feature = "vector_stores")]
impl Default for DeleteVectorStoreResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "vector_store.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for DeleteVectorStoreResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for DeleteVectorStoreResponse {
    const EXPECTING: &'static str = "a `DeleteVectorStoreResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for DeleteVectorStoreResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of vector store files.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVectorStoreFilesResponse {
    /// Always `list`.
    pub object: String,
    /// The files on this page.
    pub data: Vec<VectorStoreFileObject>,
    /// Id of the first file on the page.
    pub first_id: String,
    /// Id of the last file on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more files follow.
    pub has_more: bool,
}

#[cfg(feature = "vector_stores")]
impl Serialize for ListVectorStoreFilesResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("first_id", &self.first_id)?;
        map.serialize_entry("last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for ListVectorStoreFilesResponse {
    const EXPECTING: &'static str = "a `ListVectorStoreFilesResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value::<codec::Lenient<_>>()?.0,
            "last_id" => self.last_id = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for ListVectorStoreFilesResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "vector_stores")]
impl crate::runtime::Page for ListVectorStoreFilesResponse {
    type Item = VectorStoreFileObject;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<VectorStoreFileObject> {
        self.data
    }
}

/// A file that belongs to a vector store.
#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreFileObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `completed` when the file is ready for search.
#[cfg(feature = "vector_stores")]
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
#[cfg(feature = "vector_stores")]
impl Default for VectorStoreFileObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
crate::runtime::string_enum_traits!(VectorStoreFileObjectStatus);

/// Why processing failed, when it did.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorStoreFileObjectLastError {
    /// Error code.
    pub code: VectorStoreFileObjectLastErrorCode,
    /// Explanation.
    pub message: String,
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreFileObjectLastError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreFileObjectLastError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Error code.
#[cfg(feature = "vector_stores")]
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
#[cfg(feature = "vector_stores")]
impl Default for VectorStoreFileObjectLastErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
crate::runtime::string_enum_traits!(VectorStoreFileObjectLastErrorCode);

/// How a file was chunked.
#[cfg(feature = "vector_stores")]
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
#[cfg(feature = "vector_stores")]
impl Default for ChunkingStrategyResponse {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "vector_stores")]
impl From<StaticChunkingStrategyResponseParam> for ChunkingStrategyResponse {
    fn from(value: StaticChunkingStrategyResponseParam) -> Self {
        Self::Static(value)
    }
}

#[cfg(feature = "vector_stores")]
impl From<OtherChunkingStrategyResponseParam> for ChunkingStrategyResponse {
    fn from(value: OtherChunkingStrategyResponseParam) -> Self {
        Self::OtherValue(value)
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for ChunkingStrategyResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Static(value) => Serialize::serialize(value, serializer),
            Self::OtherValue(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "vector_stores")]
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
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub struct StaticChunkingStrategyResponseParam {
    /// Always `static`.
    pub r#type: String,
    /// Chunk size and overlap.
    pub r#static: StaticChunkingStrategy,
}

#[cfg(feature = "vector_stores")]
impl Default for StaticChunkingStrategyResponseParam {
    fn default() -> Self {
        Self {
            r#type: "static".to_owned(),
            r#static: Default::default(),
        }
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for StaticChunkingStrategyResponseParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("static", &self.r#static)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for StaticChunkingStrategyResponseParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Chunked in a way that cannot be described (e.g. files indexed before chunking strategies existed).
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub struct OtherChunkingStrategyResponseParam {
    /// Always `other`.
    pub r#type: String,
}

#[cfg(feature = "vector_stores")]
impl Default for OtherChunkingStrategyResponseParam {
    fn default() -> Self {
        Self { r#type: "other".to_owned() }
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for OtherChunkingStrategyResponseParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
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

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for OtherChunkingStrategyResponseParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListVectorStores`.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVectorStoresParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, newest first (`desc`, the default) or oldest first (`asc`).
    ///
    /// Defaults to `"desc"` when unset.
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Pagination cursor; the id of the first object of the next page, for paging backwards.
    pub before: Option<String>,
}

#[cfg(feature = "vector_stores")]
impl ListVectorStoresParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `order`.
    #[must_use]
    pub fn order(mut self, value: impl Into<SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `before`.
    #[must_use]
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}

/// A page of vector stores.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVectorStoresResponse {
    /// Always `list`.
    pub object: String,
    /// The vector stores on this page.
    pub data: Vec<VectorStoreObject>,
    /// Id of the first store on the page.
    pub first_id: String,
    /// Id of the last store on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more stores follow.
    pub has_more: bool,
}

#[cfg(feature = "vector_stores")]
impl Serialize for ListVectorStoresResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("first_id", &self.first_id)?;
        map.serialize_entry("last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for ListVectorStoresResponse {
    const EXPECTING: &'static str = "a `ListVectorStoresResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value::<codec::Lenient<_>>()?.0,
            "last_id" => self.last_id = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for ListVectorStoresResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "vector_stores")]
impl crate::runtime::Page for ListVectorStoresResponse {
    type Item = VectorStoreObject;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<VectorStoreObject> {
        self.data
    }
}

/// A vector store.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub struct VectorStoreObject {
    /// Vector store id (`vs_...`).
    pub id: String,
    /// Always `vector_store`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Name of the store.
    pub name: String,
    /// Free text about the store's purpose given when it was created; null when none was.
    pub description: Option<String>,
    /// Storage used, in bytes.
    pub usage_bytes: i64,
    /// Files in the store, by processing state.
    pub file_counts: VectorStoreObjectFileCounts,
    /// `completed` when the store is ready for use.
    pub status: VectorStoreObjectStatus,
    /// When the vector store expires after inactivity.
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// Time the store will expire.
    pub expires_at: Option<i64>,
    /// Time the store was last used.
    pub last_active_at: Option<i64>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

#[cfg(feature = "vector_stores")]
impl Default for VectorStoreObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "vector_store".to_owned(),
            created_at: Default::default(),
            name: Default::default(),
            description: Default::default(),
            usage_bytes: Default::default(),
            file_counts: Default::default(),
            status: Default::default(),
            expires_after: Default::default(),
            expires_at: Default::default(),
            last_active_at: Default::default(),
            metadata: Default::default(),
        }
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        map.serialize_entry("usage_bytes", &self.usage_bytes)?;
        map.serialize_entry("file_counts", &self.file_counts)?;
        map.serialize_entry("status", &self.status)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        map.serialize_entry("last_active_at", &self.last_active_at)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for VectorStoreObject {
    const EXPECTING: &'static str = "a `VectorStoreObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            "usage_bytes" => self.usage_bytes = map.next_value::<codec::Lenient<_>>()?.0,
            "file_counts" => self.file_counts = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_after" => self.expires_after = map.next_value()?,
            "expires_at" => self.expires_at = map.next_value()?,
            "last_active_at" => self.last_active_at = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Files in the store, by processing state.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorStoreObjectFileCounts {
    /// Files being processed.
    pub in_progress: i64,
    /// Files ready for search.
    pub completed: i64,
    /// Files that could not be processed.
    pub failed: i64,
    /// Files whose processing was cancelled.
    pub cancelled: i64,
    /// All files.
    pub total: i64,
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreObjectFileCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("in_progress", &self.in_progress)?;
        map.serialize_entry("completed", &self.completed)?;
        map.serialize_entry("failed", &self.failed)?;
        map.serialize_entry("cancelled", &self.cancelled)?;
        map.serialize_entry("total", &self.total)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for VectorStoreObjectFileCounts {
    const EXPECTING: &'static str = "a `VectorStoreObjectFileCounts` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "in_progress" => self.in_progress = map.next_value::<codec::Lenient<_>>()?.0,
            "completed" => self.completed = map.next_value::<codec::Lenient<_>>()?.0,
            "failed" => self.failed = map.next_value::<codec::Lenient<_>>()?.0,
            "cancelled" => self.cancelled = map.next_value::<codec::Lenient<_>>()?.0,
            "total" => self.total = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreObjectFileCounts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `completed` when the store is ready for use.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone)]
pub enum VectorStoreObjectStatus {
    /// `expired`
    Expired,
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "vector_stores")]
impl Default for VectorStoreObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "vector_stores")]
impl VectorStoreObjectStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Expired => "expired",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Other(value) => value,
        }
    }
}

#[cfg(feature = "vector_stores")]
impl From<&str> for VectorStoreObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "expired" => Self::Expired,
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "vector_stores")]
crate::runtime::string_enum_traits!(VectorStoreObjectStatus);

/// Body of `POST /vector_stores/{vector_store_id}`.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateVectorStoreRequest {
    /// New name.
    pub name: Option<String>,
    /// New expiration policy; null removes it.
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

#[cfg(feature = "vector_stores")]
impl Serialize for UpdateVectorStoreRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for UpdateVectorStoreRequest {
    const EXPECTING: &'static str = "an `UpdateVectorStoreRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "expires_after" => self.expires_after = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for UpdateVectorStoreRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "vector_stores")]
impl UpdateVectorStoreRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `expires_after`.
    #[must_use]
    pub fn expires_after(
        mut self,
        value: impl Into<VectorStoreExpirationAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata<K: Into<String>, V: Into<String>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.metadata = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}

/// The `filter` query parameter.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone)]
pub enum VectorStoreFileStatusFilter {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `cancelled`
    Cancelled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "vector_stores")]
impl Default for VectorStoreFileStatusFilter {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "vector_stores")]
impl VectorStoreFileStatusFilter {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Other(value) => value,
        }
    }
}

#[cfg(feature = "vector_stores")]
impl From<&str> for VectorStoreFileStatusFilter {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            "cancelled" => Self::Cancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "vector_stores")]
crate::runtime::string_enum_traits!(VectorStoreFileStatusFilter);

/// Body of `POST /vector_stores/{vector_store_id}/search`.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorStoreSearchRequest {
    /// What to look for; one query or several.
    pub query: VectorStoreSearchRequestQuery,
    /// Let the service reformulate a natural-language query before searching (default false).
    pub rewrite_query: Option<bool>,
    /// Largest number of results, from 1 to 50 (default 10).
    pub max_num_results: Option<i64>,
    /// Only search files whose attributes pass this filter.
    pub filters: Option<Filters>,
    /// How results are ranked and which are dropped.
    pub ranking_options: Option<VectorStoreSearchRankingOptions>,
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreSearchRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("query", &self.query)?;
        codec::optional_entry(&mut map, "rewrite_query", &self.rewrite_query)?;
        codec::optional_entry(&mut map, "max_num_results", &self.max_num_results)?;
        codec::optional_entry(&mut map, "filters", &self.filters)?;
        codec::optional_entry(&mut map, "ranking_options", &self.ranking_options)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for VectorStoreSearchRequest {
    const EXPECTING: &'static str = "a `VectorStoreSearchRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "query" => self.query = map.next_value::<codec::Lenient<_>>()?.0,
            "rewrite_query" => self.rewrite_query = map.next_value()?,
            "max_num_results" => self.max_num_results = map.next_value()?,
            "filters" => self.filters = map.next_value()?,
            "ranking_options" => self.ranking_options = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreSearchRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "vector_stores")]
impl VectorStoreSearchRequest {
    /// Creates a value from its required fields (`query`); the rest start unset.
    #[must_use]
    pub fn new(query: impl Into<VectorStoreSearchRequestQuery>) -> Self {
        Self {
            query: query.into(),
            ..Default::default()
        }
    }

    /// Sets `query`.
    #[must_use]
    pub fn query(mut self, value: impl Into<VectorStoreSearchRequestQuery>) -> Self {
        self.query = value.into();
        self
    }

    /// Sets `rewrite_query`.
    #[must_use]
    pub fn rewrite_query(mut self, value: impl Into<bool>) -> Self {
        self.rewrite_query = Some(value.into());
        self
    }

    /// Sets `max_num_results`.
    #[must_use]
    pub fn max_num_results(mut self, value: impl Into<i64>) -> Self {
        self.max_num_results = Some(value.into());
        self
    }

    /// Sets `filters`.
    #[must_use]
    pub fn filters(mut self, value: impl Into<Filters>) -> Self {
        self.filters = Some(value.into());
        self
    }

    /// Sets `ranking_options`.
    #[must_use]
    pub fn ranking_options(
        mut self,
        value: impl Into<VectorStoreSearchRankingOptions>,
    ) -> Self {
        self.ranking_options = Some(value.into());
        self
    }
}

/// What to look for; one query or several.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub enum VectorStoreSearchRequestQuery {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<String>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(feature = "vector_stores")]
impl Default for VectorStoreSearchRequestQuery {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(feature = "vector_stores")]
impl From<String> for VectorStoreSearchRequestQuery {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(feature = "vector_stores")]
impl From<&str> for VectorStoreSearchRequestQuery {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(feature = "vector_stores")]
impl From<Vec<String>> for VectorStoreSearchRequestQuery {
    fn from(value: Vec<String>) -> Self {
        Self::Array(value)
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreSearchRequestQuery {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreSearchRequestQuery {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Ranking settings of a vector store search.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorStoreSearchRankingOptions {
    /// Re-ranking algorithm (default `auto`); `none` skips re-ranking, which answers faster.
    pub ranker: Option<VectorStoreSearchRankingOptionsRanker>,
    /// Results scoring below this value, between 0 and 1, are left out (default 0).
    pub score_threshold: Option<f64>,
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreSearchRankingOptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "ranker", &self.ranker)?;
        codec::optional_entry(&mut map, "score_threshold", &self.score_threshold)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for VectorStoreSearchRankingOptions {
    const EXPECTING: &'static str = "a `VectorStoreSearchRankingOptions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ranker" => self.ranker = map.next_value()?,
            "score_threshold" => self.score_threshold = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreSearchRankingOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "vector_stores")]
impl VectorStoreSearchRankingOptions {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `ranker`.
    #[must_use]
    pub fn ranker(
        mut self,
        value: impl Into<VectorStoreSearchRankingOptionsRanker>,
    ) -> Self {
        self.ranker = Some(value.into());
        self
    }

    /// Sets `score_threshold`.
    #[must_use]
    pub fn score_threshold(mut self, value: impl Into<f64>) -> Self {
        self.score_threshold = Some(value.into());
        self
    }
}

/// Re-ranking algorithm (default `auto`); `none` skips re-ranking, which answers faster.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone)]
pub enum VectorStoreSearchRankingOptionsRanker {
    /// `none`
    None,
    /// `auto`
    Auto,
    /// `default-2024-11-15`
    Default20241115,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "vector_stores")]
impl Default for VectorStoreSearchRankingOptionsRanker {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "vector_stores")]
impl VectorStoreSearchRankingOptionsRanker {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Auto => "auto",
            Self::Default20241115 => "default-2024-11-15",
            Self::Other(value) => value,
        }
    }
}

#[cfg(feature = "vector_stores")]
impl From<&str> for VectorStoreSearchRankingOptionsRanker {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "auto" => Self::Auto,
            "default-2024-11-15" => Self::Default20241115,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "vector_stores")]
crate::runtime::string_enum_traits!(VectorStoreSearchRankingOptionsRanker);

/// The results of a vector store search.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub struct VectorStoreSearchResultsPage {
    /// Always `vector_store.search_results.page`.
    pub object: String,
    /// The query that was run (after any rewriting), as one string or a list, the way it was given.
    pub search_query: VectorStoreSearchResultsPageSearchQuery,
    /// Matching files, best score first.
    pub data: Vec<VectorStoreSearchResultItem>,
    /// Whether further results exist.
    pub has_more: bool,
    /// Token of the following page, or null on the last one.
    pub next_page: Option<String>,
}

#[cfg(feature = "vector_stores")]
impl Default for VectorStoreSearchResultsPage {
    fn default() -> Self {
        Self {
            object: "vector_store.search_results.page".to_owned(),
            search_query: Default::default(),
            data: Default::default(),
            has_more: Default::default(),
            next_page: Default::default(),
        }
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreSearchResultsPage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("search_query", &self.search_query)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.serialize_entry("next_page", &self.next_page)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for VectorStoreSearchResultsPage {
    const EXPECTING: &'static str = "a `VectorStoreSearchResultsPage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "search_query" => {
                self.search_query = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            "next_page" => self.next_page = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreSearchResultsPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The query that was run (after any rewriting), as one string or a list, the way it was given.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub enum VectorStoreSearchResultsPageSearchQuery {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<String>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(feature = "vector_stores")]
impl Default for VectorStoreSearchResultsPageSearchQuery {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(feature = "vector_stores")]
impl From<String> for VectorStoreSearchResultsPageSearchQuery {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(feature = "vector_stores")]
impl From<&str> for VectorStoreSearchResultsPageSearchQuery {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(feature = "vector_stores")]
impl From<Vec<String>> for VectorStoreSearchResultsPageSearchQuery {
    fn from(value: Vec<String>) -> Self {
        Self::Array(value)
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreSearchResultsPageSearchQuery {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreSearchResultsPageSearchQuery {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One file that matched a search, with its matching chunks.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorStoreSearchResultItem {
    /// Id of the matching file.
    pub file_id: String,
    /// Name of the matching file.
    pub filename: String,
    /// Relevance, from 0 to 1.
    pub score: f64,
    /// Attributes stored with the file.
    pub attributes: Option<VectorStoreFileAttributes>,
    /// The chunks of the file that matched.
    pub content: Vec<VectorStoreSearchResultContentObject>,
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreSearchResultItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_id", &self.file_id)?;
        map.serialize_entry("filename", &self.filename)?;
        map.serialize_entry("score", &self.score)?;
        map.serialize_entry("attributes", &self.attributes)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for VectorStoreSearchResultItem {
    const EXPECTING: &'static str = "a `VectorStoreSearchResultItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value::<codec::Lenient<_>>()?.0,
            "filename" => self.filename = map.next_value::<codec::Lenient<_>>()?.0,
            "score" => self.score = map.next_value::<codec::Lenient<_>>()?.0,
            "attributes" => self.attributes = map.next_value()?,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreSearchResultItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A matching chunk of text.
#[cfg(feature = "vector_stores")]
#[derive(Debug, Clone, PartialEq)]
pub struct VectorStoreSearchResultContentObject {
    /// Always `text`.
    pub r#type: String,
    /// The chunk's text.
    pub text: String,
}

#[cfg(feature = "vector_stores")]
impl Default for VectorStoreSearchResultContentObject {
    fn default() -> Self {
        Self {
            r#type: "text".to_owned(),
            text: Default::default(),
        }
    }
}

#[cfg(feature = "vector_stores")]
impl Serialize for VectorStoreSearchResultContentObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

#[cfg(feature = "vector_stores")]
impl codec::ObjectFields for VectorStoreSearchResultContentObject {
    const EXPECTING: &'static str = "a `VectorStoreSearchResultContentObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "vector_stores")]
impl<'de> Deserialize<'de> for VectorStoreSearchResultContentObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
