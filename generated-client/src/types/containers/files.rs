// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `containers.files` operations use.
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

/// A page of container files.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerFileListResource {
    /// Always `list`.
    pub object: String,
    /// The files on this page.
    pub data: Vec<ContainerFileResource>,
    /// Id of the first file on the page.
    pub first_id: String,
    /// Id of the last file on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more files follow.
    pub has_more: bool,
}

impl Default for ContainerFileListResource {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            first_id: Default::default(),
            last_id: Default::default(),
            has_more: Default::default(),
        }
    }
}

impl Serialize for ContainerFileListResource {
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

impl codec::ObjectFields for ContainerFileListResource {
    const EXPECTING: &'static str = "a `ContainerFileListResource` object";
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

impl<'de> Deserialize<'de> for ContainerFileListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ContainerFileListResource {
    type Item = ContainerFileResource;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<ContainerFileResource> {
        self.data
    }
}

/// A file that lives inside a container.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerFileResource {
    /// Container file id (`cfile_...`).
    pub id: String,
    /// Object kind, `container.file`.
    pub object: String,
    /// Container holding the file.
    pub container_id: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Size in bytes.
    pub bytes: i64,
    /// Location of the file in the container's file system, e.g. under `/mnt/data/`.
    pub path: String,
    /// Who put the file there, such as `user` or `assistant`.
    pub source: String,
}

impl Serialize for ContainerFileResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("container_id", &self.container_id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("bytes", &self.bytes)?;
        map.serialize_entry("path", &self.path)?;
        map.serialize_entry("source", &self.source)?;
        map.end()
    }
}

impl codec::ObjectFields for ContainerFileResource {
    const EXPECTING: &'static str = "a `ContainerFileResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "container_id" => {
                self.container_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "bytes" => self.bytes = map.next_value::<codec::Lenient<_>>()?.0,
            "path" => self.path = map.next_value::<codec::Lenient<_>>()?.0,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ContainerFileResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Multipart body of `POST /containers/{container_id}/files`: either the file's bytes
/// (`file`) or the id of a file stored with the Files API (`file_id`); give exactly one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateContainerFileUploadBody {
    /// The file to place in the container (the part's filename becomes its name).
    pub file: Option<crate::runtime::FileUpload>,
    /// Id of a stored file (`file-...`) to copy in instead of uploading bytes.
    pub file_id: Option<String>,
}

impl CreateContainerFileUploadBody {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `file`.
    #[must_use]
    pub fn file(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.file = Some(value.into());
        self
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}

impl crate::runtime::ToMultipart for CreateContainerFileUploadBody {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        if let Some(values) = &self.file {
            form = form.file("file", values);
        }

        if let Some(values) = &self.file_id {
            form = form.text("file_id", values);
        }

        form
    }
}

/// Query and header parameters of `ListContainerFiles`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListContainerFilesParams {
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
}

impl ListContainerFilesParams {
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
}
