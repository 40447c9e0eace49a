// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `threads` operations.
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

mod events;
mod inputs;
mod message_content_text_annotations;
mod messages;
mod outputs;
mod run_step_tool_calls;
mod runs;

pub use events::*;
pub use inputs::*;
pub use message_content_text_annotations::*;
pub use messages::*;
pub use outputs::*;
pub use run_step_tool_calls::*;
pub use runs::*;

/// An image stored as an uploaded file.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageContentImageFileObject {
    /// Always `image_file`.
    pub r#type: String,
    /// The image.
    pub image_file: MessageContentImageFileObjectImageFile,
}

impl Default for MessageContentImageFileObject {
    fn default() -> Self {
        Self {
            r#type: "image_file".to_owned(),
            image_file: Default::default(),
        }
    }
}

impl Serialize for MessageContentImageFileObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("image_file", &self.image_file)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentImageFileObject {
    const EXPECTING: &'static str = "a `MessageContentImageFileObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_file" => self.image_file = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentImageFileObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl MessageContentImageFileObject {
    /// Creates a value from its required fields (`image_file`); the rest start unset.
    #[must_use]
    pub fn new(image_file: impl Into<MessageContentImageFileObjectImageFile>) -> Self {
        Self {
            image_file: image_file.into(),
            ..Default::default()
        }
    }

    /// Sets `image_file`.
    #[must_use]
    pub fn image_file(
        mut self,
        value: impl Into<MessageContentImageFileObjectImageFile>,
    ) -> Self {
        self.image_file = value.into();
        self
    }
}

/// The image.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageContentImageFileObjectImageFile {
    /// File id of the image.
    pub file_id: String,
    /// Resolution at which the model looks at the image.
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}

impl Serialize for MessageContentImageFileObjectImageFile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_id", &self.file_id)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentImageFileObjectImageFile {
    const EXPECTING: &'static str = "a `MessageContentImageFileObjectImageFile` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value::<codec::Lenient<_>>()?.0,
            "detail" => self.detail = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentImageFileObjectImageFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl MessageContentImageFileObjectImageFile {
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

    /// Sets `detail`.
    #[must_use]
    pub fn detail(
        mut self,
        value: impl Into<MessageContentImageFileObjectImageFileDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}

/// Resolution at which the model looks at the image.
#[derive(Debug, Clone)]
pub enum MessageContentImageFileObjectImageFileDetail {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for MessageContentImageFileObjectImageFileDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessageContentImageFileObjectImageFileDetail {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for MessageContentImageFileObjectImageFileDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessageContentImageFileObjectImageFileDetail);

/// An image given by URL.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageContentImageUrlObject {
    /// Always `image_url`.
    pub r#type: String,
    /// The image.
    pub image_url: MessageContentImageUrlObjectImageUrl,
}

impl Default for MessageContentImageUrlObject {
    fn default() -> Self {
        Self {
            r#type: "image_url".to_owned(),
            image_url: Default::default(),
        }
    }
}

impl Serialize for MessageContentImageUrlObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("image_url", &self.image_url)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentImageUrlObject {
    const EXPECTING: &'static str = "a `MessageContentImageUrlObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_url" => self.image_url = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentImageUrlObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl MessageContentImageUrlObject {
    /// Creates a value from its required fields (`image_url`); the rest start unset.
    #[must_use]
    pub fn new(image_url: impl Into<MessageContentImageUrlObjectImageUrl>) -> Self {
        Self {
            image_url: image_url.into(),
            ..Default::default()
        }
    }

    /// Sets `image_url`.
    #[must_use]
    pub fn image_url(
        mut self,
        value: impl Into<MessageContentImageUrlObjectImageUrl>,
    ) -> Self {
        self.image_url = value.into();
        self
    }
}

/// The image.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageContentImageUrlObjectImageUrl {
    /// Address of the image.
    pub url: String,
    /// Resolution at which the model looks at the image.
    pub detail: Option<MessageContentImageUrlObjectImageUrlDetail>,
}

impl Serialize for MessageContentImageUrlObjectImageUrl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("url", &self.url)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentImageUrlObjectImageUrl {
    const EXPECTING: &'static str = "a `MessageContentImageUrlObjectImageUrl` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "url" => self.url = map.next_value::<codec::Lenient<_>>()?.0,
            "detail" => self.detail = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentImageUrlObjectImageUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl MessageContentImageUrlObjectImageUrl {
    /// Creates a value from its required fields (`url`); the rest start unset.
    #[must_use]
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            ..Default::default()
        }
    }

    /// Sets `url`.
    #[must_use]
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = value.into();
        self
    }

    /// Sets `detail`.
    #[must_use]
    pub fn detail(
        mut self,
        value: impl Into<MessageContentImageUrlObjectImageUrlDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}

/// Resolution at which the model looks at the image.
#[derive(Debug, Clone)]
pub enum MessageContentImageUrlObjectImageUrlDetail {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for MessageContentImageUrlObjectImageUrlDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessageContentImageUrlObjectImageUrlDetail {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for MessageContentImageUrlObjectImageUrlDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessageContentImageUrlObjectImageUrlDetail);

/// A message in a thread.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageObject {
    /// Message id (`msg_...`).
    pub id: String,
    /// Always `thread.message`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Thread the message belongs to.
    pub thread_id: String,
    /// Generation state of the message.
    pub status: MessageObjectStatus,
    /// Why the message is incomplete.
    pub incomplete_details: Option<MessageObjectIncompleteDetails>,
    /// Time the message was completed.
    pub completed_at: Option<i64>,
    /// Time the message was marked incomplete.
    pub incomplete_at: Option<i64>,
    /// Author of the message.
    pub role: MessageObjectRole,
    /// Text, image and refusal parts.
    pub content: Vec<MessageContent>,
    /// Assistant that wrote the message, if any.
    pub assistant_id: Option<String>,
    /// Run that wrote the message, if any.
    pub run_id: Option<String>,
    /// Files attached to the message.
    pub attachments: Option<Vec<MessageAttachment>>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Default for MessageObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread.message".to_owned(),
            created_at: Default::default(),
            thread_id: Default::default(),
            status: Default::default(),
            incomplete_details: Default::default(),
            completed_at: Default::default(),
            incomplete_at: Default::default(),
            role: Default::default(),
            content: Default::default(),
            assistant_id: Default::default(),
            run_id: Default::default(),
            attachments: Default::default(),
            metadata: Default::default(),
        }
    }
}

impl Serialize for MessageObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("incomplete_details", &self.incomplete_details)?;
        map.serialize_entry("completed_at", &self.completed_at)?;
        map.serialize_entry("incomplete_at", &self.incomplete_at)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        map.serialize_entry("assistant_id", &self.assistant_id)?;
        map.serialize_entry("run_id", &self.run_id)?;
        map.serialize_entry("attachments", &self.attachments)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageObject {
    const EXPECTING: &'static str = "a `MessageObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "thread_id" => self.thread_id = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "incomplete_details" => self.incomplete_details = map.next_value()?,
            "completed_at" => self.completed_at = map.next_value()?,
            "incomplete_at" => self.incomplete_at = map.next_value()?,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "assistant_id" => self.assistant_id = map.next_value()?,
            "run_id" => self.run_id = map.next_value()?,
            "attachments" => self.attachments = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Generation state of the message.
#[derive(Debug, Clone)]
pub enum MessageObjectStatus {
    /// `in_progress`
    InProgress,
    /// `incomplete`
    Incomplete,
    /// `completed`
    Completed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for MessageObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessageObjectStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Incomplete => "incomplete",
            Self::Completed => "completed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for MessageObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "incomplete" => Self::Incomplete,
            "completed" => Self::Completed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessageObjectStatus);

/// Why the message is incomplete.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageObjectIncompleteDetails {
    /// What cut the message short.
    pub reason: MessageObjectIncompleteDetailsReason,
}

impl Serialize for MessageObjectIncompleteDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("reason", &self.reason)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageObjectIncompleteDetails {
    const EXPECTING: &'static str = "a `MessageObjectIncompleteDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reason" => self.reason = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageObjectIncompleteDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// What cut the message short.
#[derive(Debug, Clone)]
pub enum MessageObjectIncompleteDetailsReason {
    /// `content_filter`
    ContentFilter,
    /// `max_tokens`
    MaxTokens,
    /// `run_cancelled`
    RunCancelled,
    /// `run_expired`
    RunExpired,
    /// `run_failed`
    RunFailed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for MessageObjectIncompleteDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessageObjectIncompleteDetailsReason {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContentFilter => "content_filter",
            Self::MaxTokens => "max_tokens",
            Self::RunCancelled => "run_cancelled",
            Self::RunExpired => "run_expired",
            Self::RunFailed => "run_failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for MessageObjectIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        match value {
            "content_filter" => Self::ContentFilter,
            "max_tokens" => Self::MaxTokens,
            "run_cancelled" => Self::RunCancelled,
            "run_expired" => Self::RunExpired,
            "run_failed" => Self::RunFailed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessageObjectIncompleteDetailsReason);

/// Author of the message.
#[derive(Debug, Clone)]
pub enum MessageObjectRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for MessageObjectRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessageObjectRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for MessageObjectRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessageObjectRole);

/// A file attached to a message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageAttachment {
    /// Attached file.
    pub file_id: Option<String>,
    /// Tools that may use the file.
    pub tools: Option<Vec<MessageAttachmentTool>>,
}

impl Serialize for MessageAttachment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageAttachment {
    const EXPECTING: &'static str = "a `MessageAttachment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageAttachment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl MessageAttachment {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<MessageAttachmentTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
}

/// A tool that may read an attachment.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageAttachmentTool {
    /// Runs Python code in a sandbox.
    CodeInterpreter(AssistantToolsCode),
    /// File search, without settings.
    FileSearch(AssistantToolsFileSearchTypeOnly),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for MessageAttachmentTool {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<AssistantToolsCode> for MessageAttachmentTool {
    fn from(value: AssistantToolsCode) -> Self {
        Self::CodeInterpreter(value)
    }
}

impl From<AssistantToolsFileSearchTypeOnly> for MessageAttachmentTool {
    fn from(value: AssistantToolsFileSearchTypeOnly) -> Self {
        Self::FileSearch(value)
    }
}

impl Serialize for MessageAttachmentTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => Serialize::serialize(value, serializer),
            Self::FileSearch(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MessageAttachmentTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("code_interpreter") => {
                codec::from_value(value).map(Self::CodeInterpreter)
            }
            Some("file_search") => codec::from_value(value).map(Self::FileSearch),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// File search, without settings.
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantToolsFileSearchTypeOnly {
    /// Always `file_search`.
    pub r#type: String,
}

impl Default for AssistantToolsFileSearchTypeOnly {
    fn default() -> Self {
        Self {
            r#type: "file_search".to_owned(),
        }
    }
}

impl Serialize for AssistantToolsFileSearchTypeOnly {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantToolsFileSearchTypeOnly {
    const EXPECTING: &'static str = "an `AssistantToolsFileSearchTypeOnly` object";
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

impl<'de> Deserialize<'de> for AssistantToolsFileSearchTypeOnly {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl AssistantToolsFileSearchTypeOnly {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// A run, that is one execution of an assistant on a thread.
#[derive(Debug, Clone, PartialEq)]
pub struct RunObject {
    /// Run id (`run_...`).
    pub id: String,
    /// Always `thread.run`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Thread the run executes on.
    pub thread_id: String,
    /// Assistant being run.
    pub assistant_id: String,
    /// Lifecycle state: `queued`, `in_progress`, `requires_action` (waiting
    /// for tool outputs), `cancelling`, `cancelled`, `failed`, `completed`,
    /// `incomplete` (a token limit was reached) or `expired`.
    pub status: RunObjectStatus,
    /// What the run waits for while `requires_action`.
    pub required_action: Option<RunRequiredAction>,
    /// Why the run failed, when it did.
    pub last_error: Option<RunObjectLastError>,
    /// Time the run expires if it is still waiting.
    pub expires_at: Option<i64>,
    /// Time the run started.
    pub started_at: Option<i64>,
    /// Time the run was cancelled.
    pub cancelled_at: Option<i64>,
    /// Time the run failed.
    pub failed_at: Option<i64>,
    /// Time the run completed.
    pub completed_at: Option<i64>,
    /// Why the run ended incomplete.
    pub incomplete_details: Option<RunObjectIncompleteDetails>,
    /// Model used.
    pub model: String,
    /// Instructions used.
    pub instructions: String,
    /// Tools used.
    pub tools: Vec<AssistantTool>,
    /// Files and vector stores the run's tools could use.
    pub tool_resources: Option<ToolResources>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Token usage; null until finished.
    pub usage: Option<RunCompletionUsage>,
    /// Sampling temperature used.
    pub temperature: Option<f64>,
    /// Nucleus sampling mass used.
    pub top_p: Option<f64>,
    /// Prompt token cap in effect.
    pub max_prompt_tokens: Option<i64>,
    /// Completion token cap in effect.
    pub max_completion_tokens: Option<i64>,
    /// How the thread is shortened to fit the context.
    pub truncation_strategy: Option<TruncationObject>,
    /// How tools are picked.
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Whether parallel tool calls were allowed.
    pub parallel_tool_calls: bool,
    /// Output format; `auto` keeps the default.
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}

impl Default for RunObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread.run".to_owned(),
            created_at: Default::default(),
            thread_id: Default::default(),
            assistant_id: Default::default(),
            status: Default::default(),
            required_action: Default::default(),
            last_error: Default::default(),
            expires_at: Default::default(),
            started_at: Default::default(),
            cancelled_at: Default::default(),
            failed_at: Default::default(),
            completed_at: Default::default(),
            incomplete_details: Default::default(),
            model: Default::default(),
            instructions: Default::default(),
            tools: Default::default(),
            tool_resources: Default::default(),
            metadata: Default::default(),
            usage: Default::default(),
            temperature: Default::default(),
            top_p: Default::default(),
            max_prompt_tokens: Default::default(),
            max_completion_tokens: Default::default(),
            truncation_strategy: Default::default(),
            tool_choice: Default::default(),
            parallel_tool_calls: Default::default(),
            response_format: Default::default(),
        }
    }
}

impl Serialize for RunObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("assistant_id", &self.assistant_id)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("required_action", &self.required_action)?;
        map.serialize_entry("last_error", &self.last_error)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        map.serialize_entry("started_at", &self.started_at)?;
        map.serialize_entry("cancelled_at", &self.cancelled_at)?;
        map.serialize_entry("failed_at", &self.failed_at)?;
        map.serialize_entry("completed_at", &self.completed_at)?;
        map.serialize_entry("incomplete_details", &self.incomplete_details)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("instructions", &self.instructions)?;
        map.serialize_entry("tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_resources", &self.tool_resources)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.serialize_entry("usage", &self.usage)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        map.serialize_entry("max_prompt_tokens", &self.max_prompt_tokens)?;
        map.serialize_entry("max_completion_tokens", &self.max_completion_tokens)?;
        map.serialize_entry("truncation_strategy", &self.truncation_strategy)?;
        map.serialize_entry("tool_choice", &self.tool_choice)?;
        map.serialize_entry("parallel_tool_calls", &self.parallel_tool_calls)?;
        map.serialize_entry("response_format", &self.response_format)?;
        map.end()
    }
}

impl codec::ObjectFields for RunObject {
    const EXPECTING: &'static str = "a `RunObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "thread_id" => self.thread_id = map.next_value::<codec::Lenient<_>>()?.0,
            "assistant_id" => {
                self.assistant_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "required_action" => self.required_action = map.next_value()?,
            "last_error" => self.last_error = map.next_value()?,
            "expires_at" => self.expires_at = map.next_value()?,
            "started_at" => self.started_at = map.next_value()?,
            "cancelled_at" => self.cancelled_at = map.next_value()?,
            "failed_at" => self.failed_at = map.next_value()?,
            "completed_at" => self.completed_at = map.next_value()?,
            "incomplete_details" => self.incomplete_details = map.next_value()?,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "instructions" => {
                self.instructions = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "tools" => self.tools = map.next_value::<codec::Lenient<_>>()?.0,
            "tool_resources" => self.tool_resources = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "max_prompt_tokens" => self.max_prompt_tokens = map.next_value()?,
            "max_completion_tokens" => self.max_completion_tokens = map.next_value()?,
            "truncation_strategy" => self.truncation_strategy = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "parallel_tool_calls" => {
                self.parallel_tool_calls = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "response_format" => self.response_format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Lifecycle state: `queued`, `in_progress`, `requires_action` (waiting
/// for tool outputs), `cancelling`, `cancelled`, `failed`, `completed`,
/// `incomplete` (a token limit was reached) or `expired`.
#[derive(Debug, Clone)]
pub enum RunObjectStatus {
    /// `queued`
    Queued,
    /// `in_progress`
    InProgress,
    /// `requires_action`
    RequiresAction,
    /// `cancelling`
    Cancelling,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `expired`
    Expired,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RunObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RunObjectStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::InProgress => "in_progress",
            Self::RequiresAction => "requires_action",
            Self::Cancelling => "cancelling",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Expired => "expired",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RunObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "in_progress" => Self::InProgress,
            "requires_action" => Self::RequiresAction,
            "cancelling" => Self::Cancelling,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "expired" => Self::Expired,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RunObjectStatus);

/// Tool calls whose outputs the run needs before it can continue.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRequiredAction {
    /// Always `submit_tool_outputs`.
    pub r#type: String,
    /// The pending calls.
    pub submit_tool_outputs: RunRequiredActionSubmitToolOutputs,
}

impl Default for RunRequiredAction {
    fn default() -> Self {
        Self {
            r#type: "submit_tool_outputs".to_owned(),
            submit_tool_outputs: Default::default(),
        }
    }
}

impl Serialize for RunRequiredAction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("submit_tool_outputs", &self.submit_tool_outputs)?;
        map.end()
    }
}

impl codec::ObjectFields for RunRequiredAction {
    const EXPECTING: &'static str = "a `RunRequiredAction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "submit_tool_outputs" => {
                self.submit_tool_outputs = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunRequiredAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The pending calls.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunRequiredActionSubmitToolOutputs {
    /// Calls to answer via submit_tool_outputs.
    pub tool_calls: Vec<RunToolCallObject>,
}

impl Serialize for RunRequiredActionSubmitToolOutputs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("tool_calls", &self.tool_calls)?;
        map.end()
    }
}

impl codec::ObjectFields for RunRequiredActionSubmitToolOutputs {
    const EXPECTING: &'static str = "a `RunRequiredActionSubmitToolOutputs` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "tool_calls" => self.tool_calls = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunRequiredActionSubmitToolOutputs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A function call a run is waiting on.
#[derive(Debug, Clone, PartialEq)]
pub struct RunToolCallObject {
    /// Id to quote when submitting the output.
    pub id: String,
    /// Always `function`.
    pub r#type: String,
    /// The call.
    pub function: RunToolCallObjectFunction,
}

impl Default for RunToolCallObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "function".to_owned(),
            function: Default::default(),
        }
    }
}

impl Serialize for RunToolCallObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("function", &self.function)?;
        map.end()
    }
}

impl codec::ObjectFields for RunToolCallObject {
    const EXPECTING: &'static str = "a `RunToolCallObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "function" => self.function = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunToolCallObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunToolCallObjectFunction {
    /// Function name.
    pub name: String,
    /// Arguments as a JSON-encoded string.
    pub arguments: String,
}

impl Serialize for RunToolCallObjectFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for RunToolCallObjectFunction {
    const EXPECTING: &'static str = "a `RunToolCallObjectFunction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunToolCallObjectFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Why the run failed, when it did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunObjectLastError {
    /// Error code.
    pub code: RunObjectLastErrorCode,
    /// Explanation.
    pub message: String,
}

impl Serialize for RunObjectLastError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl codec::ObjectFields for RunObjectLastError {
    const EXPECTING: &'static str = "a `RunObjectLastError` object";
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

impl<'de> Deserialize<'de> for RunObjectLastError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Error code.
#[derive(Debug, Clone)]
pub enum RunObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// `invalid_prompt`
    InvalidPrompt,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RunObjectLastErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RunObjectLastErrorCode {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::RateLimitExceeded => "rate_limit_exceeded",
            Self::InvalidPrompt => "invalid_prompt",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RunObjectLastErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "rate_limit_exceeded" => Self::RateLimitExceeded,
            "invalid_prompt" => Self::InvalidPrompt,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RunObjectLastErrorCode);

/// Why the run ended incomplete.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunObjectIncompleteDetails {
    /// The limit that was hit.
    pub reason: Option<RunObjectIncompleteDetailsReason>,
}

impl Serialize for RunObjectIncompleteDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "reason", &self.reason)?;
        map.end()
    }
}

impl codec::ObjectFields for RunObjectIncompleteDetails {
    const EXPECTING: &'static str = "a `RunObjectIncompleteDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reason" => self.reason = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunObjectIncompleteDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The limit that was hit.
#[derive(Debug, Clone)]
pub enum RunObjectIncompleteDetailsReason {
    /// `max_completion_tokens`
    MaxCompletionTokens,
    /// `max_prompt_tokens`
    MaxPromptTokens,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RunObjectIncompleteDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RunObjectIncompleteDetailsReason {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::MaxCompletionTokens => "max_completion_tokens",
            Self::MaxPromptTokens => "max_prompt_tokens",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RunObjectIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        match value {
            "max_completion_tokens" => Self::MaxCompletionTokens,
            "max_prompt_tokens" => Self::MaxPromptTokens,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RunObjectIncompleteDetailsReason);

/// Tokens used by a run; null until it reaches a terminal state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunCompletionUsage {
    /// Prompt tokens.
    pub prompt_tokens: i64,
    /// Completion tokens.
    pub completion_tokens: i64,
    /// Prompt plus completion tokens.
    pub total_tokens: i64,
}

impl Serialize for RunCompletionUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("prompt_tokens", &self.prompt_tokens)?;
        map.serialize_entry("completion_tokens", &self.completion_tokens)?;
        map.serialize_entry("total_tokens", &self.total_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for RunCompletionUsage {
    const EXPECTING: &'static str = "a `RunCompletionUsage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "prompt_tokens" => {
                self.prompt_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "completion_tokens" => {
                self.completion_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "total_tokens" => {
                self.total_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunCompletionUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// How the thread is shortened to fit the context window before a run.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TruncationObject {
    /// `auto` drops messages from the middle; `last_messages` keeps only the newest ones.
    pub r#type: TruncationObjectType,
    /// How many recent messages to keep with `last_messages`.
    pub last_messages: Option<i64>,
}

impl Serialize for TruncationObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "last_messages", &self.last_messages)?;
        map.end()
    }
}

impl codec::ObjectFields for TruncationObject {
    const EXPECTING: &'static str = "a `TruncationObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "last_messages" => self.last_messages = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for TruncationObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl TruncationObject {
    /// Creates a value from its required fields (`type`); the rest start unset.
    #[must_use]
    pub fn new(r#type: impl Into<TruncationObjectType>) -> Self {
        Self {
            r#type: r#type.into(),
            ..Default::default()
        }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<TruncationObjectType>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets `last_messages`.
    #[must_use]
    pub fn last_messages(mut self, value: impl Into<i64>) -> Self {
        self.last_messages = Some(value.into());
        self
    }
}

/// `auto` drops messages from the middle; `last_messages` keeps only the newest ones.
#[derive(Debug, Clone)]
pub enum TruncationObjectType {
    /// `auto`
    Auto,
    /// `last_messages`
    LastMessages,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for TruncationObjectType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl TruncationObjectType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::LastMessages => "last_messages",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for TruncationObjectType {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "last_messages" => Self::LastMessages,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(TruncationObjectType);

/// How a run picks tools, by mode or by naming one tool.
#[derive(Debug, Clone, PartialEq)]
pub enum AssistantsApiToolChoiceOption {
    /// An `Enum` value.
    Enum(AssistantsApiToolChoiceOptionEnum),
    /// Forces a call to one tool.
    AssistantsNamedToolChoice(AssistantsNamedToolChoice),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for AssistantsApiToolChoiceOption {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<AssistantsApiToolChoiceOptionEnum> for AssistantsApiToolChoiceOption {
    fn from(value: AssistantsApiToolChoiceOptionEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<AssistantsNamedToolChoice> for AssistantsApiToolChoiceOption {
    fn from(value: AssistantsNamedToolChoice) -> Self {
        Self::AssistantsNamedToolChoice(value)
    }
}

impl Serialize for AssistantsApiToolChoiceOption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::AssistantsNamedToolChoice(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for AssistantsApiToolChoiceOption {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::AssistantsNamedToolChoice)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`AssistantsApiToolChoiceOption`](crate::types::AssistantsApiToolChoiceOption).
#[derive(Debug, Clone)]
pub enum AssistantsApiToolChoiceOptionEnum {
    /// `none`
    None,
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for AssistantsApiToolChoiceOptionEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl AssistantsApiToolChoiceOptionEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Auto => "auto",
            Self::Required => "required",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for AssistantsApiToolChoiceOptionEnum {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(AssistantsApiToolChoiceOptionEnum);

/// Forces a call to one tool.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssistantsNamedToolChoice {
    /// Kind of tool to call.
    pub r#type: AssistantsNamedToolChoiceType,
    /// The function, when `type` is `function`.
    pub function: Option<AssistantsNamedToolChoiceFunction>,
}

impl Serialize for AssistantsNamedToolChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "function", &self.function)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantsNamedToolChoice {
    const EXPECTING: &'static str = "an `AssistantsNamedToolChoice` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "function" => self.function = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantsNamedToolChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl AssistantsNamedToolChoice {
    /// Creates a value from its required fields (`type`); the rest start unset.
    #[must_use]
    pub fn new(r#type: impl Into<AssistantsNamedToolChoiceType>) -> Self {
        Self {
            r#type: r#type.into(),
            ..Default::default()
        }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<AssistantsNamedToolChoiceType>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets `function`.
    #[must_use]
    pub fn function(
        mut self,
        value: impl Into<AssistantsNamedToolChoiceFunction>,
    ) -> Self {
        self.function = Some(value.into());
        self
    }
}

/// Kind of tool to call.
#[derive(Debug, Clone)]
pub enum AssistantsNamedToolChoiceType {
    /// `function`
    Function,
    /// `code_interpreter`
    CodeInterpreter,
    /// `file_search`
    FileSearch,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for AssistantsNamedToolChoiceType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl AssistantsNamedToolChoiceType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Function => "function",
            Self::CodeInterpreter => "code_interpreter",
            Self::FileSearch => "file_search",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for AssistantsNamedToolChoiceType {
    fn from(value: &str) -> Self {
        match value {
            "function" => Self::Function,
            "code_interpreter" => Self::CodeInterpreter,
            "file_search" => Self::FileSearch,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(AssistantsNamedToolChoiceType);

/// The function, when `type` is `function`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssistantsNamedToolChoiceFunction {
    /// Function name.
    pub name: String,
}

impl Serialize for AssistantsNamedToolChoiceFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantsNamedToolChoiceFunction {
    const EXPECTING: &'static str = "an `AssistantsNamedToolChoiceFunction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantsNamedToolChoiceFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl AssistantsNamedToolChoiceFunction {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}

/// One step of a run, either creating a message or calling tools.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepObject {
    /// Step id (`step_...`).
    pub id: String,
    /// Always `thread.run.step`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Assistant of the run.
    pub assistant_id: String,
    /// Thread of the run.
    pub thread_id: String,
    /// Run the step belongs to.
    pub run_id: String,
    /// Kind of step.
    pub r#type: RunStepObjectType,
    /// State of the step.
    pub status: RunStepObjectStatus,
    /// What the step did.
    pub step_details: RunStepDetails,
    /// Why the step failed, when it did.
    pub last_error: Option<RunStepObjectLastError>,
    /// Time the step expired with its run.
    pub expired_at: Option<i64>,
    /// Time the step was cancelled.
    pub cancelled_at: Option<i64>,
    /// Time the step failed.
    pub failed_at: Option<i64>,
    /// Time the step completed.
    pub completed_at: Option<i64>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Token usage; null until finished.
    pub usage: Option<RunCompletionUsage>,
}

impl Default for RunStepObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread.run.step".to_owned(),
            created_at: Default::default(),
            assistant_id: Default::default(),
            thread_id: Default::default(),
            run_id: Default::default(),
            r#type: Default::default(),
            status: Default::default(),
            step_details: Default::default(),
            last_error: Default::default(),
            expired_at: Default::default(),
            cancelled_at: Default::default(),
            failed_at: Default::default(),
            completed_at: Default::default(),
            metadata: Default::default(),
            usage: Default::default(),
        }
    }
}

impl Serialize for RunStepObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("assistant_id", &self.assistant_id)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("run_id", &self.run_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("step_details", &self.step_details)?;
        map.serialize_entry("last_error", &self.last_error)?;
        map.serialize_entry("expired_at", &self.expired_at)?;
        map.serialize_entry("cancelled_at", &self.cancelled_at)?;
        map.serialize_entry("failed_at", &self.failed_at)?;
        map.serialize_entry("completed_at", &self.completed_at)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.serialize_entry("usage", &self.usage)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepObject {
    const EXPECTING: &'static str = "a `RunStepObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "assistant_id" => {
                self.assistant_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "thread_id" => self.thread_id = map.next_value::<codec::Lenient<_>>()?.0,
            "run_id" => self.run_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "step_details" => {
                self.step_details = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "last_error" => self.last_error = map.next_value()?,
            "expired_at" => self.expired_at = map.next_value()?,
            "cancelled_at" => self.cancelled_at = map.next_value()?,
            "failed_at" => self.failed_at = map.next_value()?,
            "completed_at" => self.completed_at = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Kind of step.
#[derive(Debug, Clone)]
pub enum RunStepObjectType {
    /// `message_creation`
    MessageCreation,
    /// `tool_calls`
    ToolCalls,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RunStepObjectType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RunStepObjectType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::MessageCreation => "message_creation",
            Self::ToolCalls => "tool_calls",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RunStepObjectType {
    fn from(value: &str) -> Self {
        match value {
            "message_creation" => Self::MessageCreation,
            "tool_calls" => Self::ToolCalls,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RunStepObjectType);

/// State of the step.
#[derive(Debug, Clone)]
pub enum RunStepObjectStatus {
    /// `in_progress`
    InProgress,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `completed`
    Completed,
    /// `expired`
    Expired,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RunStepObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RunStepObjectStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Completed => "completed",
            Self::Expired => "expired",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RunStepObjectStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "completed" => Self::Completed,
            "expired" => Self::Expired,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RunStepObjectStatus);

/// Why the step failed, when it did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepObjectLastError {
    /// Error code.
    pub code: RunStepObjectLastErrorCode,
    /// Explanation.
    pub message: String,
}

impl Serialize for RunStepObjectLastError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepObjectLastError {
    const EXPECTING: &'static str = "a `RunStepObjectLastError` object";
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

impl<'de> Deserialize<'de> for RunStepObjectLastError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Error code.
#[derive(Debug, Clone)]
pub enum RunStepObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RunStepObjectLastErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RunStepObjectLastErrorCode {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::RateLimitExceeded => "rate_limit_exceeded",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RunStepObjectLastErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "rate_limit_exceeded" => Self::RateLimitExceeded,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RunStepObjectLastErrorCode);

/// A conversation thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadObject {
    /// Thread id (`thread_...`).
    pub id: String,
    /// Always `thread`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Files and vector stores available to runs on the thread.
    pub tool_resources: Option<ToolResources>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Default for ThreadObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread".to_owned(),
            created_at: Default::default(),
            tool_resources: Default::default(),
            metadata: Default::default(),
        }
    }
}

impl Serialize for ThreadObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("tool_resources", &self.tool_resources)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for ThreadObject {
    const EXPECTING: &'static str = "a `ThreadObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "tool_resources" => self.tool_resources = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ThreadObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
