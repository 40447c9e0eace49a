// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `files` operations.
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

#[cfg(any(feature = "files", feature = "uploads"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(any(feature = "files", feature = "uploads"))]
use crate::runtime::codec;
#[cfg(feature = "files")]
use crate::types::*;

/// Multipart body of `POST /files`.
#[cfg(feature = "files")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateFileRequest {
    /// The file to upload (the part's filename becomes the file's name).
    pub file: crate::runtime::FileUpload,
    /// What the file is for: `assistants` (tool files), `batch` (batch
    /// input), `fine-tune` (training data), `vision` (image inputs),
    /// `user_data` (general model inputs) or `evals` (eval data sets).
    pub purpose: CreateFileRequestPurpose,
    /// When the file is deleted automatically.
    pub expires_after: Option<FileExpirationAfter>,
}

#[cfg(feature = "files")]
impl CreateFileRequest {
    /// Creates a value from its required fields (`file`, `purpose`); the rest start unset.
    #[must_use]
    pub fn new(
        file: impl Into<crate::runtime::FileUpload>,
        purpose: impl Into<CreateFileRequestPurpose>,
    ) -> Self {
        Self {
            file: file.into(),
            purpose: purpose.into(),
            ..Default::default()
        }
    }

    /// Sets `file`.
    #[must_use]
    pub fn file(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.file = value.into();
        self
    }

    /// Sets `purpose`.
    #[must_use]
    pub fn purpose(mut self, value: impl Into<CreateFileRequestPurpose>) -> Self {
        self.purpose = value.into();
        self
    }

    /// Sets `expires_after`.
    #[must_use]
    pub fn expires_after(mut self, value: impl Into<FileExpirationAfter>) -> Self {
        self.expires_after = Some(value.into());
        self
    }
}

#[cfg(feature = "files")]
impl crate::runtime::ToMultipart for CreateFileRequest {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.file;
            form = form.file("file", values);
        }

        {
            let values = &self.purpose;
            form = form.text("purpose", values);
        }

        if let Some(values) = &self.expires_after {
            form = form.fields("expires_after", values);
        }

        form
    }
}

/// What the file is for: `assistants` (tool files), `batch` (batch
/// input), `fine-tune` (training data), `vision` (image inputs),
/// `user_data` (general model inputs) or `evals` (eval data sets).
#[cfg(feature = "files")]
#[derive(Debug, Clone)]
pub enum CreateFileRequestPurpose {
    /// `assistants`
    Assistants,
    /// `batch`
    Batch,
    /// `fine-tune`
    FineTune,
    /// `vision`
    Vision,
    /// `user_data`
    UserData,
    /// `evals`
    Evals,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "files")]
impl Default for CreateFileRequestPurpose {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "files")]
impl CreateFileRequestPurpose {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assistants => "assistants",
            Self::Batch => "batch",
            Self::FineTune => "fine-tune",
            Self::Vision => "vision",
            Self::UserData => "user_data",
            Self::Evals => "evals",
            Self::Other(value) => value,
        }
    }
}

#[cfg(feature = "files")]
impl From<&str> for CreateFileRequestPurpose {
    fn from(value: &str) -> Self {
        match value {
            "assistants" => Self::Assistants,
            "batch" => Self::Batch,
            "fine-tune" => Self::FineTune,
            "vision" => Self::Vision,
            "user_data" => Self::UserData,
            "evals" => Self::Evals,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "files")]
crate::runtime::string_enum_traits!(CreateFileRequestPurpose);

/// When an uploaded file is deleted automatically.
#[cfg(any(feature = "files", feature = "uploads"))]
#[derive(Debug, Clone, PartialEq)]
pub struct FileExpirationAfter {
    /// Time the countdown starts from; only `created_at`.
    pub anchor: String,
    /// Lifetime in seconds, between one hour and 30 days.
    pub seconds: i64,
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl Default for FileExpirationAfter {
    fn default() -> Self {
        Self {
            anchor: "created_at".to_owned(),
            seconds: Default::default(),
        }
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl Serialize for FileExpirationAfter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("anchor", &self.anchor)?;
        map.serialize_entry("seconds", &self.seconds)?;
        map.end()
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl codec::ObjectFields for FileExpirationAfter {
    const EXPECTING: &'static str = "a `FileExpirationAfter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "anchor" => self.anchor = map.next_value::<codec::Lenient<_>>()?.0,
            "seconds" => self.seconds = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl<'de> Deserialize<'de> for FileExpirationAfter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl FileExpirationAfter {
    /// Creates a value from its required fields (`seconds`); the rest start unset.
    #[must_use]
    pub fn new(seconds: impl Into<i64>) -> Self {
        Self {
            seconds: seconds.into(),
            ..Default::default()
        }
    }

    /// Sets `seconds`.
    #[must_use]
    pub fn seconds(mut self, value: impl Into<i64>) -> Self {
        self.seconds = value.into();
        self
    }
}

/// Confirmation that a file was deleted.
#[cfg(feature = "files")]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteFileResponse {
    /// Id of the deleted file.
    pub id: String,
    /// Always `file`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

#[cfg(feature = "files")]
impl Default for DeleteFileResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "file".to_owned(),
            deleted: Default::default(),
        }
    }
}

#[cfg(feature = "files")]
impl Serialize for DeleteFileResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

#[cfg(feature = "files")]
impl codec::ObjectFields for DeleteFileResponse {
    const EXPECTING: &'static str = "a `DeleteFileResponse` object";
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

#[cfg(feature = "files")]
impl<'de> Deserialize<'de> for DeleteFileResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListFiles`.
#[cfg(feature = "files")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFilesParams {
    /// Only return files uploaded with this purpose.
    pub purpose: Option<String>,
    /// Page size, from 1 to 10,000.
    ///
    /// Defaults to `10000` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, newest first (`desc`, the default) or oldest first (`asc`).
    ///
    /// Defaults to `"desc"` when unset.
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
}

#[cfg(feature = "files")]
impl ListFilesParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `purpose`.
    #[must_use]
    pub fn purpose(mut self, value: impl Into<String>) -> Self {
        self.purpose = Some(value.into());
        self
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

/// A page of files.
#[cfg(feature = "files")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFilesResponse {
    /// Always `list`.
    pub object: String,
    /// The files on this page.
    pub data: Vec<OpenAiFile>,
    /// Id of the first file on the page.
    pub first_id: String,
    /// Id of the last file on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more files follow.
    pub has_more: bool,
}

#[cfg(feature = "files")]
impl Serialize for ListFilesResponse {
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

#[cfg(feature = "files")]
impl codec::ObjectFields for ListFilesResponse {
    const EXPECTING: &'static str = "a `ListFilesResponse` object";
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

#[cfg(feature = "files")]
impl<'de> Deserialize<'de> for ListFilesResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "files")]
impl crate::runtime::Page for ListFilesResponse {
    type Item = OpenAiFile;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<OpenAiFile> {
        self.data
    }
}

/// Metadata of an uploaded or generated file.
#[cfg(any(feature = "files", feature = "uploads"))]
#[derive(Debug, Clone, PartialEq)]
pub struct OpenAiFile {
    /// File id (`file-...`).
    pub id: String,
    /// Always `file`.
    pub object: String,
    /// Size in bytes.
    pub bytes: i64,
    /// Upload time.
    pub created_at: i64,
    /// Time the file will be deleted, if it expires.
    pub expires_at: Option<i64>,
    /// Name of the file.
    pub filename: String,
    /// What the file is used for.
    pub purpose: OpenAiFilePurpose,
    /// Former processing state.
    #[deprecated]
    pub status: OpenAiFileStatus,
    /// Former validation error details.
    #[deprecated]
    pub status_details: Option<String>,
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl Default for OpenAiFile {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "file".to_owned(),
            bytes: Default::default(),
            created_at: Default::default(),
            expires_at: Default::default(),
            filename: Default::default(),
            purpose: Default::default(),
            status: Default::default(),
            status_details: Default::default(),
        }
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl Serialize for OpenAiFile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("bytes", &self.bytes)?;
        map.serialize_entry("created_at", &self.created_at)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        map.serialize_entry("filename", &self.filename)?;
        map.serialize_entry("purpose", &self.purpose)?;
        map.serialize_entry("status", &self.status)?;
        codec::optional_entry(&mut map, "status_details", &self.status_details)?;
        map.end()
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl codec::ObjectFields for OpenAiFile {
    const EXPECTING: &'static str = "an `OpenAiFile` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "bytes" => self.bytes = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value()?,
            "filename" => self.filename = map.next_value::<codec::Lenient<_>>()?.0,
            "purpose" => self.purpose = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "status_details" => self.status_details = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl<'de> Deserialize<'de> for OpenAiFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// What the file is used for.
#[cfg(any(feature = "files", feature = "uploads"))]
#[derive(Debug, Clone)]
pub enum OpenAiFilePurpose {
    /// `assistants`
    Assistants,
    /// `assistants_output`
    AssistantsOutput,
    /// `batch`
    Batch,
    /// `batch_output`
    BatchOutput,
    /// `fine-tune`
    FineTune,
    /// `fine-tune-results`
    FineTuneResults,
    /// `vision`
    Vision,
    /// `user_data`
    UserData,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "files", feature = "uploads"))]
impl Default for OpenAiFilePurpose {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl OpenAiFilePurpose {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assistants => "assistants",
            Self::AssistantsOutput => "assistants_output",
            Self::Batch => "batch",
            Self::BatchOutput => "batch_output",
            Self::FineTune => "fine-tune",
            Self::FineTuneResults => "fine-tune-results",
            Self::Vision => "vision",
            Self::UserData => "user_data",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl From<&str> for OpenAiFilePurpose {
    fn from(value: &str) -> Self {
        match value {
            "assistants" => Self::Assistants,
            "assistants_output" => Self::AssistantsOutput,
            "batch" => Self::Batch,
            "batch_output" => Self::BatchOutput,
            "fine-tune" => Self::FineTune,
            "fine-tune-results" => Self::FineTuneResults,
            "vision" => Self::Vision,
            "user_data" => Self::UserData,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
crate::runtime::string_enum_traits!(OpenAiFilePurpose);

/// Former processing state.
#[cfg(any(feature = "files", feature = "uploads"))]
#[deprecated]
#[derive(Debug, Clone)]
pub enum OpenAiFileStatus {
    /// `uploaded`
    Uploaded,
    /// `processed`
    Processed,
    /// `error`
    Error,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "files", feature = "uploads"))]
impl Default for OpenAiFileStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl OpenAiFileStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Uploaded => "uploaded",
            Self::Processed => "processed",
            Self::Error => "error",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
impl From<&str> for OpenAiFileStatus {
    fn from(value: &str) -> Self {
        match value {
            "uploaded" => Self::Uploaded,
            "processed" => Self::Processed,
            "error" => Self::Error,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "files", feature = "uploads"))]
crate::runtime::string_enum_traits!(OpenAiFileStatus);
