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

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;
use crate::types::*;

mod files;

pub use files::*;

/// Body of `POST /vector_stores`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CreateVectorStoreRequest {
    /// Name of the vector store.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the store contains.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Uploaded files to index right away.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    /// How files are chunked; `auto` when omitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// When the vector store expires after inactivity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// Up to 16 key/value string pairs for your own use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

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
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

/// How files are split into chunks before embedding; `auto` unless set.
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
impl Default for ChunkingStrategyRequestParam {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<AutoChunkingStrategyRequestParam> for ChunkingStrategyRequestParam {
    fn from(value: AutoChunkingStrategyRequestParam) -> Self {
        Self::Auto(value)
    }
}

impl From<StaticChunkingStrategyRequestParam> for ChunkingStrategyRequestParam {
    fn from(value: StaticChunkingStrategyRequestParam) -> Self {
        Self::Static(value)
    }
}

impl Serialize for ChunkingStrategyRequestParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Auto(value) => Serialize::serialize(value, serializer),
            Self::Static(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AutoChunkingStrategyRequestParam {
    /// Always `auto`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
}

impl Default for AutoChunkingStrategyRequestParam {
    fn default() -> Self {
        Self { r#type: "auto".to_owned() }
    }
}

impl AutoChunkingStrategyRequestParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// Fixed chunk size and overlap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StaticChunkingStrategyRequestParam {
    /// Always `static`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Chunk size and overlap.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#static: StaticChunkingStrategy,
}

impl Default for StaticChunkingStrategyRequestParam {
    fn default() -> Self {
        Self {
            r#type: "static".to_owned(),
            r#static: Default::default(),
        }
    }
}

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StaticChunkingStrategy {
    /// Largest chunk, between 100 and 4096 tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub max_chunk_size_tokens: i64,
    /// Tokens shared by consecutive chunks; at most half of the chunk size.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub chunk_overlap_tokens: i64,
}

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

/// Deletes the store after a period without use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VectorStoreExpirationAfter {
    /// Time the countdown starts from; only `last_active_at`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub anchor: String,
    /// Days of inactivity before the store expires.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub days: i64,
}

impl Default for VectorStoreExpirationAfter {
    fn default() -> Self {
        Self {
            anchor: "last_active_at".to_owned(),
            days: Default::default(),
        }
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeleteVectorStoreResponse {
    /// Id of the deleted store.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `vector_store.deleted`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Whether it was deleted.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub deleted: bool,
}

impl Default for DeleteVectorStoreResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "vector_store.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

/// Query and header parameters of `ListVectorStores`.
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ListVectorStoresResponse {
    /// Always `list`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// The vector stores on this page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub data: Vec<VectorStoreObject>,
    /// Id of the first store on the page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub first_id: String,
    /// Id of the last store on the page; pass it as `after` for the next page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub last_id: String,
    /// Whether more stores follow.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub has_more: bool,
}

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VectorStoreObject {
    /// Vector store id (`vs_...`).
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `vector_store`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Creation time.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub created_at: i64,
    /// Name of the store.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub name: String,
    /// Storage used, in bytes.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub usage_bytes: i64,
    /// Files in the store, by processing state.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub file_counts: VectorStoreObjectFileCounts,
    /// `completed` when the store is ready for use.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub status: VectorStoreObjectStatus,
    /// When the vector store expires after inactivity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// Time the store will expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Time the store was last used.
    pub last_active_at: Option<i64>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Default for VectorStoreObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "vector_store".to_owned(),
            created_at: Default::default(),
            name: Default::default(),
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

/// Files in the store, by processing state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct VectorStoreObjectFileCounts {
    /// Files being processed.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub in_progress: i64,
    /// Files ready for search.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub completed: i64,
    /// Files that could not be processed.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub failed: i64,
    /// Files whose processing was cancelled.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub cancelled: i64,
    /// All files.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub total: i64,
}

/// `completed` when the store is ready for use.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl Default for VectorStoreObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

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

crate::runtime::string_enum_traits!(VectorStoreObjectStatus);

/// Body of `POST /vector_stores/{vector_store_id}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct UpdateVectorStoreRequest {
    /// New name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New expiration policy; null removes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// Up to 16 key/value string pairs for your own use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

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
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
