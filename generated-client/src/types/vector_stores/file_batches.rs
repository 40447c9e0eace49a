// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `vector_stores.file_batches` operations use.
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

/// Body of `POST /vector_stores/{vector_store_id}/file_batches`: either a
/// list of file ids sharing one set of options, or a list of files that
/// each carry their own options.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateVectorStoreFileBatchRequest {
    /// A batch given as plain file ids; the chunking strategy and attributes apply to every file.
    FileIds(CreateVectorStoreFileBatchRequestFileIds),
    /// A batch given as file entries, each with its own chunking strategy and attributes.
    Files(CreateVectorStoreFileBatchRequestFiles),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateVectorStoreFileBatchRequest {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<CreateVectorStoreFileBatchRequestFileIds>
for CreateVectorStoreFileBatchRequest {
    fn from(value: CreateVectorStoreFileBatchRequestFileIds) -> Self {
        Self::FileIds(value)
    }
}

impl From<CreateVectorStoreFileBatchRequestFiles> for CreateVectorStoreFileBatchRequest {
    fn from(value: CreateVectorStoreFileBatchRequestFiles) -> Self {
        Self::Files(value)
    }
}

impl Serialize for CreateVectorStoreFileBatchRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileIds(value) => Serialize::serialize(value, serializer),
            Self::Files(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateVectorStoreFileBatchRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["file_ids"],
                            known: &["file_ids", "chunking_strategy", "attributes"],
                            constants: &[],
                        },
                        codec::ObjectShape {
                            required: &["files"],
                            known: &["files"],
                            constants: &[],
                        },
                    ],
                ) {
                    Some(0) => codec::from_value(value).map(Self::FileIds),
                    Some(1) => codec::from_value(value).map(Self::Files),
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A batch given as plain file ids; the chunking strategy and attributes apply to every file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVectorStoreFileBatchRequestFileIds {
    /// Uploaded files to add, between 1 and 2000.
    pub file_ids: Vec<String>,
    /// How every file is chunked; `auto` when omitted.
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// Attributes stored with every file of the batch.
    pub attributes: Option<VectorStoreFileAttributes>,
}

impl Serialize for CreateVectorStoreFileBatchRequestFileIds {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_ids", &self.file_ids)?;
        codec::optional_entry(&mut map, "chunking_strategy", &self.chunking_strategy)?;
        codec::optional_entry(&mut map, "attributes", &self.attributes)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateVectorStoreFileBatchRequestFileIds {
    const EXPECTING: &'static str = "a `CreateVectorStoreFileBatchRequestFileIds` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_ids" => self.file_ids = map.next_value::<codec::Lenient<_>>()?.0,
            "chunking_strategy" => self.chunking_strategy = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateVectorStoreFileBatchRequestFileIds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateVectorStoreFileBatchRequestFileIds {
    /// Creates a value from its required fields (`file_ids`); the rest start unset.
    #[must_use]
    pub fn new(file_ids: impl Into<Vec<String>>) -> Self {
        Self {
            file_ids: file_ids.into(),
            ..Default::default()
        }
    }

    /// Sets `file_ids`.
    #[must_use]
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = value.into();
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

/// A batch given as file entries, each with its own chunking strategy and attributes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVectorStoreFileBatchRequestFiles {
    /// Files to add, between 1 and 2000, each with its own options.
    pub files: Vec<CreateVectorStoreFileRequest>,
}

impl Serialize for CreateVectorStoreFileBatchRequestFiles {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("files", &self.files)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateVectorStoreFileBatchRequestFiles {
    const EXPECTING: &'static str = "a `CreateVectorStoreFileBatchRequestFiles` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "files" => self.files = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateVectorStoreFileBatchRequestFiles {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateVectorStoreFileBatchRequestFiles {
    /// Creates a value from its required fields (`files`); the rest start unset.
    #[must_use]
    pub fn new(files: impl Into<Vec<CreateVectorStoreFileRequest>>) -> Self {
        Self { files: files.into() }
    }

    /// Sets `files`.
    #[must_use]
    pub fn files(mut self, value: impl Into<Vec<CreateVectorStoreFileRequest>>) -> Self {
        self.files = value.into();
        self
    }
}

/// Query and header parameters of `ListFilesInVectorStoreBatch`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFilesInVectorStoreBatchParams {
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
    /// Only return files in this indexing state.
    pub filter: Option<VectorStoreFileStatusFilter>,
}

impl ListFilesInVectorStoreBatchParams {
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

    /// Sets `filter`.
    #[must_use]
    pub fn filter(mut self, value: impl Into<VectorStoreFileStatusFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }
}

/// A group of files being added to a vector store together.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorStoreFileBatchObject {
    /// File batch id (`vsfb_...`).
    pub id: String,
    /// Always `vector_store.files_batch`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Store the files are added to.
    pub vector_store_id: String,
    /// Progress of the batch as a whole; `completed` once every file is processed.
    pub status: VectorStoreFileBatchObjectStatus,
    /// Files of the batch, by processing state.
    pub file_counts: VectorStoreFileBatchObjectFileCounts,
}

impl Default for VectorStoreFileBatchObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "vector_store.files_batch".to_owned(),
            created_at: Default::default(),
            vector_store_id: Default::default(),
            status: Default::default(),
            file_counts: Default::default(),
        }
    }
}

impl Serialize for VectorStoreFileBatchObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("vector_store_id", &self.vector_store_id)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("file_counts", &self.file_counts)?;
        map.end()
    }
}

impl codec::ObjectFields for VectorStoreFileBatchObject {
    const EXPECTING: &'static str = "a `VectorStoreFileBatchObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "vector_store_id" => {
                self.vector_store_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "file_counts" => self.file_counts = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VectorStoreFileBatchObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Progress of the batch as a whole; `completed` once every file is processed.
#[derive(Debug, Clone)]
pub enum VectorStoreFileBatchObjectStatus {
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
impl Default for VectorStoreFileBatchObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl VectorStoreFileBatchObjectStatus {
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

impl From<&str> for VectorStoreFileBatchObjectStatus {
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

crate::runtime::string_enum_traits!(VectorStoreFileBatchObjectStatus);

/// Files of the batch, by processing state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorStoreFileBatchObjectFileCounts {
    /// Files being processed.
    pub in_progress: i64,
    /// Files ready for search.
    pub completed: i64,
    /// Files that could not be processed.
    pub failed: i64,
    /// Files whose processing was cancelled.
    pub cancelled: i64,
    /// All files of the batch.
    pub total: i64,
}

impl Serialize for VectorStoreFileBatchObjectFileCounts {
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

impl codec::ObjectFields for VectorStoreFileBatchObjectFileCounts {
    const EXPECTING: &'static str = "a `VectorStoreFileBatchObjectFileCounts` object";
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

impl<'de> Deserialize<'de> for VectorStoreFileBatchObjectFileCounts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
