// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `videos` operations.
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

mod characters;

pub use characters::*;

/// Multipart body of `POST /videos/edits`, which can carry the source clip itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVideoEditMultipartBody {
    /// The clip to edit, uploaded as a file or named by video job id.
    pub video: CreateVideoEditMultipartBodyVideo,
    /// The change to make to the video.
    pub prompt: String,
}

impl CreateVideoEditMultipartBody {
    /// Creates a value from its required fields (`video`, `prompt`); the rest start unset.
    #[must_use]
    pub fn new(
        video: impl Into<CreateVideoEditMultipartBodyVideo>,
        prompt: impl Into<String>,
    ) -> Self {
        Self {
            video: video.into(),
            prompt: prompt.into(),
        }
    }

    /// Sets `video`.
    #[must_use]
    pub fn video(mut self, value: impl Into<CreateVideoEditMultipartBodyVideo>) -> Self {
        self.video = value.into();
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = value.into();
        self
    }
}

impl crate::runtime::ToMultipart for CreateVideoEditMultipartBody {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.video;
            form = match values {
                crate::types::CreateVideoEditMultipartBodyVideo::File(file) => {
                    form.file("video", file)
                }
                other => form.fields("video", other),
            };
        }

        {
            let values = &self.prompt;
            form = form.text("prompt", values);
        }

        form
    }
}

/// The clip to edit, uploaded as a file or named by video job id.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateVideoEditMultipartBodyVideo {
    /// A `File` value.
    File(crate::runtime::FileUpload),
    /// Points at a finished video job to start from.
    VideoReferenceInputParam(VideoReferenceInputParam),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateVideoEditMultipartBodyVideo {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<crate::runtime::FileUpload> for CreateVideoEditMultipartBodyVideo {
    fn from(value: crate::runtime::FileUpload) -> Self {
        Self::File(value)
    }
}

impl From<VideoReferenceInputParam> for CreateVideoEditMultipartBodyVideo {
    fn from(value: VideoReferenceInputParam) -> Self {
        Self::VideoReferenceInputParam(value)
    }
}

impl Serialize for CreateVideoEditMultipartBodyVideo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::File(value) => Serialize::serialize(value, serializer),
            Self::VideoReferenceInputParam(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateVideoEditMultipartBodyVideo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::File),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::VideoReferenceInputParam)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Points at a finished video job to start from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VideoReferenceInputParam {
    /// Id of the video job (`video_...`).
    pub id: String,
}

impl Serialize for VideoReferenceInputParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for VideoReferenceInputParam {
    const EXPECTING: &'static str = "a `VideoReferenceInputParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VideoReferenceInputParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl VideoReferenceInputParam {
    /// Creates a value from its required fields (`id`); the rest start unset.
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
}

/// Multipart body of `POST /videos/extensions`, which can carry the source clip itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVideoExtendMultipartBody {
    /// The clip to continue, uploaded as a file or named by video job id.
    pub video: CreateVideoExtendMultipartBodyVideo,
    /// What should happen in the added segment.
    pub prompt: String,
    /// Length of the added segment alone.
    pub seconds: VideoSeconds,
}

impl CreateVideoExtendMultipartBody {
    /// Creates a value from its required fields (`video`, `prompt`, `seconds`); the rest start unset.
    #[must_use]
    pub fn new(
        video: impl Into<CreateVideoExtendMultipartBodyVideo>,
        prompt: impl Into<String>,
        seconds: impl Into<VideoSeconds>,
    ) -> Self {
        Self {
            video: video.into(),
            prompt: prompt.into(),
            seconds: seconds.into(),
        }
    }

    /// Sets `video`.
    #[must_use]
    pub fn video(
        mut self,
        value: impl Into<CreateVideoExtendMultipartBodyVideo>,
    ) -> Self {
        self.video = value.into();
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = value.into();
        self
    }

    /// Sets `seconds`.
    #[must_use]
    pub fn seconds(mut self, value: impl Into<VideoSeconds>) -> Self {
        self.seconds = value.into();
        self
    }
}

impl crate::runtime::ToMultipart for CreateVideoExtendMultipartBody {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.video;
            form = match values {
                crate::types::CreateVideoExtendMultipartBodyVideo::File(file) => {
                    form.file("video", file)
                }
                other => form.fields("video", other),
            };
        }

        {
            let values = &self.prompt;
            form = form.text("prompt", values);
        }

        {
            let values = &self.seconds;
            form = form.text("seconds", values);
        }

        form
    }
}

/// The clip to continue, uploaded as a file or named by video job id.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateVideoExtendMultipartBodyVideo {
    /// A `File` value.
    File(crate::runtime::FileUpload),
    /// Points at a finished video job to start from.
    VideoReferenceInputParam(VideoReferenceInputParam),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateVideoExtendMultipartBodyVideo {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<crate::runtime::FileUpload> for CreateVideoExtendMultipartBodyVideo {
    fn from(value: crate::runtime::FileUpload) -> Self {
        Self::File(value)
    }
}

impl From<VideoReferenceInputParam> for CreateVideoExtendMultipartBodyVideo {
    fn from(value: VideoReferenceInputParam) -> Self {
        Self::VideoReferenceInputParam(value)
    }
}

impl Serialize for CreateVideoExtendMultipartBodyVideo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::File(value) => Serialize::serialize(value, serializer),
            Self::VideoReferenceInputParam(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateVideoExtendMultipartBodyVideo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::File),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::VideoReferenceInputParam)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Length of a generated clip in seconds, written as a string (`4`, `8` or `12`).
#[derive(Debug, Clone)]
pub enum VideoSeconds {
    /// `4`
    V4,
    /// `8`
    V8,
    /// `12`
    V12,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for VideoSeconds {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl VideoSeconds {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V4 => "4",
            Self::V8 => "8",
            Self::V12 => "12",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for VideoSeconds {
    fn from(value: &str) -> Self {
        match value {
            "4" => Self::V4,
            "8" => Self::V8,
            "12" => Self::V12,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(VideoSeconds);

/// Multipart body of `POST /videos`, which can carry the reference image itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVideoMultipartBody {
    /// Video model, `sora-2` (the default) or `sora-2-pro`, or a dated snapshot of them.
    pub model: Option<String>,
    /// Description of the clip to render.
    pub prompt: String,
    /// Image to use as a visual starting point, uploaded as a file or given by URL or file id.
    pub input_reference: Option<CreateVideoMultipartBodyInputReference>,
    /// Clip length; `4` seconds when left out.
    pub seconds: Option<VideoSeconds>,
    /// Frame size; `720x1280` when left out.
    pub size: Option<VideoSize>,
}

impl CreateVideoMultipartBody {
    /// Creates a value from its required fields (`prompt`); the rest start unset.
    #[must_use]
    pub fn new(prompt: impl Into<String>) -> Self {
        Self {
            prompt: prompt.into(),
            ..Default::default()
        }
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = value.into();
        self
    }

    /// Sets `input_reference`.
    #[must_use]
    pub fn input_reference(
        mut self,
        value: impl Into<CreateVideoMultipartBodyInputReference>,
    ) -> Self {
        self.input_reference = Some(value.into());
        self
    }

    /// Sets `seconds`.
    #[must_use]
    pub fn seconds(mut self, value: impl Into<VideoSeconds>) -> Self {
        self.seconds = Some(value.into());
        self
    }

    /// Sets `size`.
    #[must_use]
    pub fn size(mut self, value: impl Into<VideoSize>) -> Self {
        self.size = Some(value.into());
        self
    }
}

impl crate::runtime::ToMultipart for CreateVideoMultipartBody {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        if let Some(values) = &self.model {
            form = form.text("model", values);
        }

        {
            let values = &self.prompt;
            form = form.text("prompt", values);
        }

        if let Some(values) = &self.input_reference {
            form = match values {
                crate::types::CreateVideoMultipartBodyInputReference::File(file) => {
                    form.file("input_reference", file)
                }
                other => form.fields("input_reference", other),
            };
        }

        if let Some(values) = &self.seconds {
            form = form.text("seconds", values);
        }

        if let Some(values) = &self.size {
            form = form.text("size", values);
        }

        form
    }
}

/// Image to use as a visual starting point, uploaded as a file or given by URL or file id.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateVideoMultipartBodyInputReference {
    /// A `File` value.
    File(crate::runtime::FileUpload),
    /// An image that steers generation, given by URL or by file id (set exactly one).
    VideoImageRefParam(VideoImageRefParam),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateVideoMultipartBodyInputReference {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<crate::runtime::FileUpload> for CreateVideoMultipartBodyInputReference {
    fn from(value: crate::runtime::FileUpload) -> Self {
        Self::File(value)
    }
}

impl From<VideoImageRefParam> for CreateVideoMultipartBodyInputReference {
    fn from(value: VideoImageRefParam) -> Self {
        Self::VideoImageRefParam(value)
    }
}

impl Serialize for CreateVideoMultipartBodyInputReference {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::File(value) => Serialize::serialize(value, serializer),
            Self::VideoImageRefParam(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateVideoMultipartBodyInputReference {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::File),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::VideoImageRefParam)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// An image that steers generation, given by URL or by file id (set exactly one).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VideoImageRefParam {
    /// Public URL of the image, or its bytes as a base64 `data:` URL.
    pub image_url: Option<String>,
    /// Id of an image stored with the Files API.
    pub file_id: Option<String>,
}

impl Serialize for VideoImageRefParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "image_url", &self.image_url)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        map.end()
    }
}

impl codec::ObjectFields for VideoImageRefParam {
    const EXPECTING: &'static str = "a `VideoImageRefParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "image_url" => self.image_url = map.next_value()?,
            "file_id" => self.file_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VideoImageRefParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl VideoImageRefParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `image_url`.
    #[must_use]
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
        self
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}

/// Frame size as width x height; portrait (`720x1280`, `1024x1792`) or landscape (`1280x720`, `1792x1024`).
#[derive(Debug, Clone)]
pub enum VideoSize {
    /// `720x1280`
    V720x1280,
    /// `1280x720`
    V1280x720,
    /// `1024x1792`
    V1024x1792,
    /// `1792x1024`
    V1792x1024,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for VideoSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl VideoSize {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V720x1280 => "720x1280",
            Self::V1280x720 => "1280x720",
            Self::V1024x1792 => "1024x1792",
            Self::V1792x1024 => "1792x1024",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for VideoSize {
    fn from(value: &str) -> Self {
        match value {
            "720x1280" => Self::V720x1280,
            "1280x720" => Self::V1280x720,
            "1024x1792" => Self::V1024x1792,
            "1792x1024" => Self::V1792x1024,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(VideoSize);

/// Body of `POST /videos/{video_id}/remix`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVideoRemixBody {
    /// How the remix should differ from the original.
    pub prompt: String,
}

impl Serialize for CreateVideoRemixBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("prompt", &self.prompt)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateVideoRemixBody {
    const EXPECTING: &'static str = "a `CreateVideoRemixBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "prompt" => self.prompt = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateVideoRemixBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateVideoRemixBody {
    /// Creates a value from its required fields (`prompt`); the rest start unset.
    #[must_use]
    pub fn new(prompt: impl Into<String>) -> Self {
        Self { prompt: prompt.into() }
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = value.into();
        self
    }
}

/// Confirmation that a video job was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedVideoResource {
    /// Always `video.deleted`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
    /// Id of the deleted video job.
    pub id: String,
}

impl Default for DeletedVideoResource {
    fn default() -> Self {
        Self {
            object: "video.deleted".to_owned(),
            deleted: Default::default(),
            id: Default::default(),
        }
    }
}

impl Serialize for DeletedVideoResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for DeletedVideoResource {
    const EXPECTING: &'static str = "a `DeletedVideoResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for DeletedVideoResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListVideos`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVideosParams {
    /// Page size, at most 100.
    pub limit: Option<i64>,
    /// Sort by creation time, `asc` (oldest first) or `desc` (newest first).
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
}

impl ListVideosParams {
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

/// Query and header parameters of `RetrieveVideoContent`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RetrieveVideoContentParams {
    /// Which file to download; the MP4 clip (`video`) when left out.
    pub variant: Option<VideoContentVariant>,
}

impl RetrieveVideoContentParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `variant`.
    #[must_use]
    pub fn variant(mut self, value: impl Into<VideoContentVariant>) -> Self {
        self.variant = Some(value.into());
        self
    }
}

/// File of a finished video job to download, the clip (`video`), a `thumbnail` or a `spritesheet` of frames.
#[derive(Debug, Clone)]
pub enum VideoContentVariant {
    /// `video`
    Video,
    /// `thumbnail`
    Thumbnail,
    /// `spritesheet`
    Spritesheet,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for VideoContentVariant {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl VideoContentVariant {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Video => "video",
            Self::Thumbnail => "thumbnail",
            Self::Spritesheet => "spritesheet",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for VideoContentVariant {
    fn from(value: &str) -> Self {
        match value {
            "video" => Self::Video,
            "thumbnail" => Self::Thumbnail,
            "spritesheet" => Self::Spritesheet,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(VideoContentVariant);

/// A page of video jobs.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoListResource {
    /// Always `list`.
    pub object: String,
    /// The video jobs on this page.
    pub data: Vec<VideoResource>,
    /// Id of the first job on the page; null when the page is empty.
    pub first_id: Option<String>,
    /// Id of the last job on the page, to pass as `after`; null when the page is empty.
    pub last_id: Option<String>,
    /// Whether more jobs follow.
    pub has_more: bool,
}

impl Default for VideoListResource {
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

impl Serialize for VideoListResource {
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

impl codec::ObjectFields for VideoListResource {
    const EXPECTING: &'static str = "a `VideoListResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value()?,
            "last_id" => self.last_id = map.next_value()?,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VideoListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for VideoListResource {
    type Item = VideoResource;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<VideoResource> {
        self.data
    }
}

/// A video generation job and, once it finishes, the clip it produced.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoResource {
    /// Video job id (`video_...`).
    pub id: String,
    /// Always `video`.
    pub object: String,
    /// Model rendering the clip, such as `sora-2`.
    pub model: String,
    /// Stage the job has reached.
    pub status: VideoStatus,
    /// Rough share of the work done, in percent.
    pub progress: i64,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Time the job ended, in seconds since the Unix epoch; null while it runs.
    pub completed_at: Option<i64>,
    /// Time after which the rendered files can no longer be downloaded; null when not set.
    pub expires_at: Option<i64>,
    /// Prompt the clip was rendered from.
    pub prompt: Option<String>,
    /// Frame size of the clip.
    pub size: VideoSize,
    /// Length of the clip in seconds; for an extension, the length of the joined result.
    pub seconds: String,
    /// Job this one remixes; null for a fresh generation.
    pub remixed_from_video_id: Option<String>,
    /// Why the job failed; null unless `status` is `failed`.
    pub error: Option<VideoError>,
}

impl Default for VideoResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "video".to_owned(),
            model: Default::default(),
            status: Default::default(),
            progress: Default::default(),
            created_at: Default::default(),
            completed_at: Default::default(),
            expires_at: Default::default(),
            prompt: Default::default(),
            size: Default::default(),
            seconds: Default::default(),
            remixed_from_video_id: Default::default(),
            error: Default::default(),
        }
    }
}

impl Serialize for VideoResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("progress", &self.progress)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("completed_at", &self.completed_at)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        map.serialize_entry("prompt", &self.prompt)?;
        map.serialize_entry("size", &self.size)?;
        map.serialize_entry("seconds", &self.seconds)?;
        map.serialize_entry("remixed_from_video_id", &self.remixed_from_video_id)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl codec::ObjectFields for VideoResource {
    const EXPECTING: &'static str = "a `VideoResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "progress" => self.progress = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "completed_at" => self.completed_at = map.next_value()?,
            "expires_at" => self.expires_at = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            "size" => self.size = map.next_value::<codec::Lenient<_>>()?.0,
            "seconds" => self.seconds = map.next_value::<codec::Lenient<_>>()?.0,
            "remixed_from_video_id" => self.remixed_from_video_id = map.next_value()?,
            "error" => self.error = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VideoResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Stage of a video job, `queued`, `in_progress`, `completed` or `failed`.
#[derive(Debug, Clone)]
pub enum VideoStatus {
    /// `queued`
    Queued,
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for VideoStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl VideoStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for VideoStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(VideoStatus);

/// What went wrong with a failed video job.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VideoError {
    /// Machine-readable error code.
    pub code: String,
    /// Explanation of the failure for humans.
    pub message: String,
}

impl Serialize for VideoError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl codec::ObjectFields for VideoError {
    const EXPECTING: &'static str = "a `VideoError` object";
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

impl<'de> Deserialize<'de> for VideoError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
