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

/// Confirmation that a file was removed from a vector store.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVectorStoreFileResponse {
    /// Id of the removed file.
    pub id: String,
    /// Always `vector_store.file.deleted`.
    pub object: String,
    /// Whether it was removed.
    pub deleted: bool,
}

impl Default for DeleteVectorStoreFileResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "vector_store.file.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for DeleteVectorStoreFileResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for DeleteVectorStoreFileResponse {
    const EXPECTING: &'static str = "a `DeleteVectorStoreFileResponse` object";
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

impl<'de> Deserialize<'de> for DeleteVectorStoreFileResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListVectorStoreFiles`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVectorStoreFilesParams {
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

impl ListVectorStoreFilesParams {
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

/// Body of `POST /vector_stores/{vector_store_id}/files/{file_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateVectorStoreFileAttributesRequest {
    /// The attributes to store with the file.
    pub attributes: Option<VectorStoreFileAttributes>,
}

impl Serialize for UpdateVectorStoreFileAttributesRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("attributes", &self.attributes)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateVectorStoreFileAttributesRequest {
    const EXPECTING: &'static str = "an `UpdateVectorStoreFileAttributesRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateVectorStoreFileAttributesRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateVectorStoreFileAttributesRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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

/// The text extracted from a vector store file, as one page of parts.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorStoreFileContentResponse {
    /// Always `vector_store.file_content.page`.
    pub object: String,
    /// The extracted parts, in document order.
    pub data: Vec<VectorStoreFileContentResponseDataItem>,
    /// Whether further pages of content exist.
    pub has_more: bool,
    /// Token of the following page, or null on the last one.
    pub next_page: Option<String>,
}

impl Default for VectorStoreFileContentResponse {
    fn default() -> Self {
        Self {
            object: "vector_store.file_content.page".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
            next_page: Default::default(),
        }
    }
}

impl Serialize for VectorStoreFileContentResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.serialize_entry("next_page", &self.next_page)?;
        map.end()
    }
}

impl codec::ObjectFields for VectorStoreFileContentResponse {
    const EXPECTING: &'static str = "a `VectorStoreFileContentResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
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

impl<'de> Deserialize<'de> for VectorStoreFileContentResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One extracted part.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorStoreFileContentResponseDataItem {
    /// Kind of part; currently always `text`.
    pub r#type: Option<String>,
    /// The extracted text.
    pub text: Option<String>,
}

impl Serialize for VectorStoreFileContentResponseDataItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for VectorStoreFileContentResponseDataItem {
    const EXPECTING: &'static str = "a `VectorStoreFileContentResponseDataItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "text" => self.text = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VectorStoreFileContentResponseDataItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
