// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `uploads` operations.
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

mod parts;

pub use parts::*;

/// Body of `POST /uploads/{upload_id}/complete`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompleteUploadRequest {
    /// Ids of the parts (`part_...`), in the order their bytes are joined.
    pub part_ids: Vec<String>,
    /// MD5 checksum of the whole file; when given, the joined bytes are checked against it.
    pub md5: Option<String>,
}

impl Serialize for CompleteUploadRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("part_ids", &self.part_ids)?;
        codec::optional_entry(&mut map, "md5", &self.md5)?;
        map.end()
    }
}

impl codec::ObjectFields for CompleteUploadRequest {
    const EXPECTING: &'static str = "a `CompleteUploadRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "part_ids" => self.part_ids = map.next_value::<codec::Lenient<_>>()?.0,
            "md5" => self.md5 = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CompleteUploadRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CompleteUploadRequest {
    /// Creates a value from its required fields (`part_ids`); the rest start unset.
    #[must_use]
    pub fn new(part_ids: impl Into<Vec<String>>) -> Self {
        Self {
            part_ids: part_ids.into(),
            ..Default::default()
        }
    }

    /// Sets `part_ids`.
    #[must_use]
    pub fn part_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.part_ids = value.into();
        self
    }

    /// Sets `md5`.
    #[must_use]
    pub fn md5(mut self, value: impl Into<String>) -> Self {
        self.md5 = Some(value.into());
        self
    }
}

/// Body of `POST /uploads`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateUploadRequest {
    /// Name the resulting file will have.
    pub filename: String,
    /// What the resulting file is for, with the same meaning as the
    /// `purpose` of `POST /files`: `assistants`, `batch`, `fine-tune` or
    /// `vision`.
    pub purpose: CreateUploadRequestPurpose,
    /// Total size of the file in bytes; the parts must add up to it.
    pub bytes: i64,
    /// MIME type of the file, such as `text/jsonl`; it has to be one the chosen purpose accepts.
    pub mime_type: String,
    /// When the resulting file is deleted automatically.
    pub expires_after: Option<FileExpirationAfter>,
}

impl Serialize for CreateUploadRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("filename", &self.filename)?;
        map.serialize_entry("purpose", &self.purpose)?;
        map.serialize_entry("bytes", &self.bytes)?;
        map.serialize_entry("mime_type", &self.mime_type)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateUploadRequest {
    const EXPECTING: &'static str = "a `CreateUploadRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "filename" => self.filename = map.next_value::<codec::Lenient<_>>()?.0,
            "purpose" => self.purpose = map.next_value::<codec::Lenient<_>>()?.0,
            "bytes" => self.bytes = map.next_value::<codec::Lenient<_>>()?.0,
            "mime_type" => self.mime_type = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_after" => self.expires_after = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateUploadRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateUploadRequest {
    /// Creates a value from its required fields (`filename`, `purpose`, `bytes`, `mime_type`); the rest start unset.
    #[must_use]
    pub fn new(
        filename: impl Into<String>,
        purpose: impl Into<CreateUploadRequestPurpose>,
        bytes: impl Into<i64>,
        mime_type: impl Into<String>,
    ) -> Self {
        Self {
            filename: filename.into(),
            purpose: purpose.into(),
            bytes: bytes.into(),
            mime_type: mime_type.into(),
            ..Default::default()
        }
    }

    /// Sets `filename`.
    #[must_use]
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = value.into();
        self
    }

    /// Sets `purpose`.
    #[must_use]
    pub fn purpose(mut self, value: impl Into<CreateUploadRequestPurpose>) -> Self {
        self.purpose = value.into();
        self
    }

    /// Sets `bytes`.
    #[must_use]
    pub fn bytes(mut self, value: impl Into<i64>) -> Self {
        self.bytes = value.into();
        self
    }

    /// Sets `mime_type`.
    #[must_use]
    pub fn mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = value.into();
        self
    }

    /// Sets `expires_after`.
    #[must_use]
    pub fn expires_after(mut self, value: impl Into<FileExpirationAfter>) -> Self {
        self.expires_after = Some(value.into());
        self
    }
}

/// What the resulting file is for, with the same meaning as the
/// `purpose` of `POST /files`: `assistants`, `batch`, `fine-tune` or
/// `vision`.
#[derive(Debug, Clone)]
pub enum CreateUploadRequestPurpose {
    /// `assistants`
    Assistants,
    /// `batch`
    Batch,
    /// `fine-tune`
    FineTune,
    /// `vision`
    Vision,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateUploadRequestPurpose {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateUploadRequestPurpose {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assistants => "assistants",
            Self::Batch => "batch",
            Self::FineTune => "fine-tune",
            Self::Vision => "vision",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateUploadRequestPurpose {
    fn from(value: &str) -> Self {
        match value {
            "assistants" => Self::Assistants,
            "batch" => Self::Batch,
            "fine-tune" => Self::FineTune,
            "vision" => Self::Vision,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateUploadRequestPurpose);

/// A file being sent in parts, and the file it becomes once completed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Upload {
    /// Upload id (`upload_...`).
    pub id: String,
    /// Always `upload`.
    pub object: Option<String>,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Name the resulting file will have.
    pub filename: String,
    /// Announced total size in bytes.
    pub bytes: i64,
    /// Purpose the resulting file will have, as in `POST /files`.
    pub purpose: String,
    /// Whether the upload still takes parts (`pending`), was turned into a file (`completed`), or was abandoned (`cancelled`, `expired`).
    pub status: UploadStatus,
    /// Time after which an unfinished upload is discarded.
    pub expires_at: i64,
    /// The file that was created; present once the upload is completed.
    pub file: Option<OpenAiFile>,
}

impl Serialize for Upload {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("filename", &self.filename)?;
        map.serialize_entry("bytes", &self.bytes)?;
        map.serialize_entry("purpose", &self.purpose)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "file", &self.file)?;
        map.end()
    }
}

impl codec::ObjectFields for Upload {
    const EXPECTING: &'static str = "an `Upload` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "filename" => self.filename = map.next_value::<codec::Lenient<_>>()?.0,
            "bytes" => self.bytes = map.next_value::<codec::Lenient<_>>()?.0,
            "purpose" => self.purpose = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value::<codec::Lenient<_>>()?.0,
            "file" => self.file = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Upload {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Whether the upload still takes parts (`pending`), was turned into a file (`completed`), or was abandoned (`cancelled`, `expired`).
#[derive(Debug, Clone)]
pub enum UploadStatus {
    /// `pending`
    Pending,
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `expired`
    Expired,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UploadStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UploadStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Expired => "expired",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UploadStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "expired" => Self::Expired,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UploadStatus);
