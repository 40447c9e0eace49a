// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `chatkit.threads` operations use.
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

/// Confirmation that a ChatKit thread was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitDeletedThreadResource {
    /// Id of the deleted thread.
    pub id: String,
    /// Always `chatkit.thread.deleted`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl Default for ChatKitDeletedThreadResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.thread.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ChatKitDeletedThreadResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitDeletedThreadResource {
    const EXPECTING: &'static str = "a `ChatKitDeletedThreadResource` object";
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

impl<'de> Deserialize<'de> for ChatKitDeletedThreadResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of the items of a ChatKit thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitThreadItemListResource {
    /// Always `list`.
    pub object: String,
    /// The items on this page.
    pub data: Vec<ChatKitThreadItem>,
    /// Id of the first item on the page; null when the page is empty.
    pub first_id: Option<String>,
    /// Id of the last item on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more items follow.
    pub has_more: bool,
}

impl Default for ChatKitThreadItemListResource {
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

impl Serialize for ChatKitThreadItemListResource {
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

impl codec::ObjectFields for ChatKitThreadItemListResource {
    const EXPECTING: &'static str = "a `ChatKitThreadItemListResource` object";
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

impl<'de> Deserialize<'de> for ChatKitThreadItemListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ChatKitThreadItemListResource {
    type Item = ChatKitThreadItem;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<ChatKitThreadItem> {
        self.data
    }
}

/// One entry of a ChatKit thread, identified by its `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatKitThreadItem {
    /// A message written by the end user.
    ChatkitUserMessage(ChatKitUserMessageItem),
    /// A message written by the assistant.
    ChatkitAssistantMessage(ChatKitAssistantMessageItem),
    /// An interactive widget shown in the thread.
    ChatkitWidget(ChatKitWidgetMessageItem),
    /// A call, requested by the assistant, to a tool that runs in the ChatKit front end.
    ChatkitClientToolCall(ChatKitClientToolCallItem),
    /// A progress note that the workflow posted in the thread.
    ChatkitTask(ChatKitTaskItem),
    /// Several workflow tasks shown together in the thread.
    ChatkitTaskGroup(ChatKitTaskGroupItem),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatKitThreadItem {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatKitUserMessageItem> for ChatKitThreadItem {
    fn from(value: ChatKitUserMessageItem) -> Self {
        Self::ChatkitUserMessage(value)
    }
}

impl From<ChatKitAssistantMessageItem> for ChatKitThreadItem {
    fn from(value: ChatKitAssistantMessageItem) -> Self {
        Self::ChatkitAssistantMessage(value)
    }
}

impl From<ChatKitWidgetMessageItem> for ChatKitThreadItem {
    fn from(value: ChatKitWidgetMessageItem) -> Self {
        Self::ChatkitWidget(value)
    }
}

impl From<ChatKitClientToolCallItem> for ChatKitThreadItem {
    fn from(value: ChatKitClientToolCallItem) -> Self {
        Self::ChatkitClientToolCall(value)
    }
}

impl From<ChatKitTaskItem> for ChatKitThreadItem {
    fn from(value: ChatKitTaskItem) -> Self {
        Self::ChatkitTask(value)
    }
}

impl From<ChatKitTaskGroupItem> for ChatKitThreadItem {
    fn from(value: ChatKitTaskGroupItem) -> Self {
        Self::ChatkitTaskGroup(value)
    }
}

impl Serialize for ChatKitThreadItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ChatkitUserMessage(value) => Serialize::serialize(value, serializer),
            Self::ChatkitAssistantMessage(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ChatkitWidget(value) => Serialize::serialize(value, serializer),
            Self::ChatkitClientToolCall(value) => Serialize::serialize(value, serializer),
            Self::ChatkitTask(value) => Serialize::serialize(value, serializer),
            Self::ChatkitTaskGroup(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatKitThreadItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("chatkit.user_message") => {
                codec::from_value(value).map(Self::ChatkitUserMessage)
            }
            Some("chatkit.assistant_message") => {
                codec::from_value(value).map(Self::ChatkitAssistantMessage)
            }
            Some("chatkit.widget") => codec::from_value(value).map(Self::ChatkitWidget),
            Some("chatkit.client_tool_call") => {
                codec::from_value(value).map(Self::ChatkitClientToolCall)
            }
            Some("chatkit.task") => codec::from_value(value).map(Self::ChatkitTask),
            Some("chatkit.task_group") => {
                codec::from_value(value).map(Self::ChatkitTaskGroup)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A message written by the end user.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitUserMessageItem {
    /// Item id.
    pub id: String,
    /// Always `chatkit.thread_item`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Thread the item belongs to.
    pub thread_id: String,
    /// Always `chatkit.user_message`.
    pub r#type: String,
    /// The parts of the message, in order.
    pub content: Vec<ChatKitUserMessageContent>,
    /// Files attached to the message; empty when there are none.
    pub attachments: Vec<ChatKitAttachment>,
    /// Model and tool choices the user made for the reply, or null when none.
    pub inference_options: Option<ChatKitInferenceOptions>,
}

impl Default for ChatKitUserMessageItem {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.thread_item".to_owned(),
            created_at: Default::default(),
            thread_id: Default::default(),
            r#type: "chatkit.user_message".to_owned(),
            content: Default::default(),
            attachments: Default::default(),
            inference_options: Default::default(),
        }
    }
}

impl Serialize for ChatKitUserMessageItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("content", &self.content)?;
        map.serialize_entry("attachments", &self.attachments)?;
        map.serialize_entry("inference_options", &self.inference_options)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitUserMessageItem {
    const EXPECTING: &'static str = "a `ChatKitUserMessageItem` object";
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
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "attachments" => self.attachments = map.next_value::<codec::Lenient<_>>()?.0,
            "inference_options" => self.inference_options = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitUserMessageItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A part of a user message, identified by its `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatKitUserMessageContent {
    /// Text the user typed.
    InputText(ChatKitUserMessageInputText),
    /// A passage the user quoted to refer to it.
    QuotedText(ChatKitUserMessageQuotedText),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatKitUserMessageContent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatKitUserMessageInputText> for ChatKitUserMessageContent {
    fn from(value: ChatKitUserMessageInputText) -> Self {
        Self::InputText(value)
    }
}

impl From<ChatKitUserMessageQuotedText> for ChatKitUserMessageContent {
    fn from(value: ChatKitUserMessageQuotedText) -> Self {
        Self::QuotedText(value)
    }
}

impl Serialize for ChatKitUserMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => Serialize::serialize(value, serializer),
            Self::QuotedText(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatKitUserMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("input_text") => codec::from_value(value).map(Self::InputText),
            Some("quoted_text") => codec::from_value(value).map(Self::QuotedText),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Text the user typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitUserMessageInputText {
    /// Always `input_text`.
    pub r#type: String,
    /// The text.
    pub text: String,
}

impl Default for ChatKitUserMessageInputText {
    fn default() -> Self {
        Self {
            r#type: "input_text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for ChatKitUserMessageInputText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitUserMessageInputText {
    const EXPECTING: &'static str = "a `ChatKitUserMessageInputText` object";
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

impl<'de> Deserialize<'de> for ChatKitUserMessageInputText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A passage the user quoted to refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitUserMessageQuotedText {
    /// Always `quoted_text`.
    pub r#type: String,
    /// The quoted passage.
    pub text: String,
}

impl Default for ChatKitUserMessageQuotedText {
    fn default() -> Self {
        Self {
            r#type: "quoted_text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for ChatKitUserMessageQuotedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitUserMessageQuotedText {
    const EXPECTING: &'static str = "a `ChatKitUserMessageQuotedText` object";
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

impl<'de> Deserialize<'de> for ChatKitUserMessageQuotedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A file attached to a ChatKit user message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitAttachment {
    /// Whether the attachment is an image or another file.
    pub r#type: ChatKitAttachmentType,
    /// Attachment id.
    pub id: String,
    /// File name as uploaded.
    pub name: String,
    /// Media type of the file, such as `image/png`.
    pub mime_type: String,
    /// Address of an inline preview, or null when there is none.
    pub preview_url: Option<String>,
}

impl Serialize for ChatKitAttachment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("mime_type", &self.mime_type)?;
        map.serialize_entry("preview_url", &self.preview_url)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitAttachment {
    const EXPECTING: &'static str = "a `ChatKitAttachment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "mime_type" => self.mime_type = map.next_value::<codec::Lenient<_>>()?.0,
            "preview_url" => self.preview_url = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitAttachment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Kind of a ChatKit attachment: `image` or `file`.
#[derive(Debug, Clone)]
pub enum ChatKitAttachmentType {
    /// `image`
    Image,
    /// `file`
    File,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatKitAttachmentType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatKitAttachmentType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::File => "file",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatKitAttachmentType {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "file" => Self::File,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatKitAttachmentType);

/// Choices that steer how the reply to a user message is produced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitInferenceOptions {
    /// The tool the reply should use, or null to let ChatKit decide.
    pub tool_choice: Option<ChatKitToolChoice>,
    /// Model requested for the reply, or null for the session's default.
    pub model: Option<String>,
}

impl Serialize for ChatKitInferenceOptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("tool_choice", &self.tool_choice)?;
        map.serialize_entry("model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitInferenceOptions {
    const EXPECTING: &'static str = "a `ChatKitInferenceOptions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "tool_choice" => self.tool_choice = map.next_value()?,
            "model" => self.model = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitInferenceOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A tool picked for producing a ChatKit reply.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitToolChoice {
    /// Id of the tool.
    pub id: String,
}

impl Serialize for ChatKitToolChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitToolChoice {
    const EXPECTING: &'static str = "a `ChatKitToolChoice` object";
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

impl<'de> Deserialize<'de> for ChatKitToolChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A message written by the assistant.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitAssistantMessageItem {
    /// Item id.
    pub id: String,
    /// Always `chatkit.thread_item`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Thread the item belongs to.
    pub thread_id: String,
    /// Always `chatkit.assistant_message`.
    pub r#type: String,
    /// The text parts of the reply, in order.
    pub content: Vec<ChatKitResponseOutputText>,
}

impl Default for ChatKitAssistantMessageItem {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.thread_item".to_owned(),
            created_at: Default::default(),
            thread_id: Default::default(),
            r#type: "chatkit.assistant_message".to_owned(),
            content: Default::default(),
        }
    }
}

impl Serialize for ChatKitAssistantMessageItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitAssistantMessageItem {
    const EXPECTING: &'static str = "a `ChatKitAssistantMessageItem` object";
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
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitAssistantMessageItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A text part of a ChatKit assistant message, with its citations.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitResponseOutputText {
    /// Always `output_text`.
    pub r#type: String,
    /// The text.
    pub text: String,
    /// Sources cited by the text, in order.
    pub annotations: Vec<ChatKitResponseOutputTextAnnotation>,
}

impl Default for ChatKitResponseOutputText {
    fn default() -> Self {
        Self {
            r#type: "output_text".to_owned(),
            text: Default::default(),
            annotations: Default::default(),
        }
    }
}

impl Serialize for ChatKitResponseOutputText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("annotations", &self.annotations)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitResponseOutputText {
    const EXPECTING: &'static str = "a `ChatKitResponseOutputText` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "annotations" => self.annotations = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitResponseOutputText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A source cited by a ChatKit assistant message, identified by its `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatKitResponseOutputTextAnnotation {
    /// A citation of an uploaded file.
    File(ChatKitFileAnnotation),
    /// A citation of a web page.
    Url(ChatKitUrlAnnotation),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatKitResponseOutputTextAnnotation {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatKitFileAnnotation> for ChatKitResponseOutputTextAnnotation {
    fn from(value: ChatKitFileAnnotation) -> Self {
        Self::File(value)
    }
}

impl From<ChatKitUrlAnnotation> for ChatKitResponseOutputTextAnnotation {
    fn from(value: ChatKitUrlAnnotation) -> Self {
        Self::Url(value)
    }
}

impl Serialize for ChatKitResponseOutputTextAnnotation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::File(value) => Serialize::serialize(value, serializer),
            Self::Url(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatKitResponseOutputTextAnnotation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file") => codec::from_value(value).map(Self::File),
            Some("url") => codec::from_value(value).map(Self::Url),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A citation of an uploaded file.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitFileAnnotation {
    /// Always `file`.
    pub r#type: String,
    /// The cited file.
    pub source: ChatKitFileAnnotationSource,
}

impl Default for ChatKitFileAnnotation {
    fn default() -> Self {
        Self {
            r#type: "file".to_owned(),
            source: Default::default(),
        }
    }
}

impl Serialize for ChatKitFileAnnotation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("source", &self.source)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitFileAnnotation {
    const EXPECTING: &'static str = "a `ChatKitFileAnnotation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitFileAnnotation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The file a citation points to.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitFileAnnotationSource {
    /// Always `file`.
    pub r#type: String,
    /// Name of the file.
    pub filename: String,
}

impl Default for ChatKitFileAnnotationSource {
    fn default() -> Self {
        Self {
            r#type: "file".to_owned(),
            filename: Default::default(),
        }
    }
}

impl Serialize for ChatKitFileAnnotationSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("filename", &self.filename)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitFileAnnotationSource {
    const EXPECTING: &'static str = "a `ChatKitFileAnnotationSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "filename" => self.filename = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitFileAnnotationSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A citation of a web page.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitUrlAnnotation {
    /// Always `url`.
    pub r#type: String,
    /// The cited page.
    pub source: ChatKitUrlAnnotationSource,
}

impl Default for ChatKitUrlAnnotation {
    fn default() -> Self {
        Self {
            r#type: "url".to_owned(),
            source: Default::default(),
        }
    }
}

impl Serialize for ChatKitUrlAnnotation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("source", &self.source)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitUrlAnnotation {
    const EXPECTING: &'static str = "a `ChatKitUrlAnnotation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitUrlAnnotation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The web page a citation points to.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitUrlAnnotationSource {
    /// Always `url`.
    pub r#type: String,
    /// Address of the page.
    pub url: String,
}

impl Default for ChatKitUrlAnnotationSource {
    fn default() -> Self {
        Self {
            r#type: "url".to_owned(),
            url: Default::default(),
        }
    }
}

impl Serialize for ChatKitUrlAnnotationSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("url", &self.url)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitUrlAnnotationSource {
    const EXPECTING: &'static str = "a `ChatKitUrlAnnotationSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "url" => self.url = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitUrlAnnotationSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An interactive widget shown in the thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitWidgetMessageItem {
    /// Item id.
    pub id: String,
    /// Always `chatkit.thread_item`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Thread the item belongs to.
    pub thread_id: String,
    /// Always `chatkit.widget`.
    pub r#type: String,
    /// The widget definition, serialised as a JSON string.
    pub widget: String,
}

impl Default for ChatKitWidgetMessageItem {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.thread_item".to_owned(),
            created_at: Default::default(),
            thread_id: Default::default(),
            r#type: "chatkit.widget".to_owned(),
            widget: Default::default(),
        }
    }
}

impl Serialize for ChatKitWidgetMessageItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("widget", &self.widget)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitWidgetMessageItem {
    const EXPECTING: &'static str = "a `ChatKitWidgetMessageItem` object";
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
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "widget" => self.widget = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitWidgetMessageItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A call, requested by the assistant, to a tool that runs in the ChatKit front end.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitClientToolCallItem {
    /// Item id.
    pub id: String,
    /// Always `chatkit.thread_item`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Thread the item belongs to.
    pub thread_id: String,
    /// Always `chatkit.client_tool_call`.
    pub r#type: String,
    /// Whether the call has finished.
    pub status: ChatKitClientToolCallStatus,
    /// Id of the call, matching its output.
    pub call_id: String,
    /// Name of the tool called.
    pub name: String,
    /// Arguments of the call, as a JSON string.
    pub arguments: String,
    /// Result returned by the tool as a JSON string, or null while it runs.
    pub output: Option<String>,
}

impl Default for ChatKitClientToolCallItem {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.thread_item".to_owned(),
            created_at: Default::default(),
            thread_id: Default::default(),
            r#type: "chatkit.client_tool_call".to_owned(),
            status: Default::default(),
            call_id: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
            output: Default::default(),
        }
    }
}

impl Serialize for ChatKitClientToolCallItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.serialize_entry("output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitClientToolCallItem {
    const EXPECTING: &'static str = "a `ChatKitClientToolCallItem` object";
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
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            "output" => self.output = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitClientToolCallItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// State of a client tool call: `in_progress` or `completed`.
#[derive(Debug, Clone)]
pub enum ChatKitClientToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatKitClientToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatKitClientToolCallStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatKitClientToolCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatKitClientToolCallStatus);

/// A progress note that the workflow posted in the thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitTaskItem {
    /// Item id.
    pub id: String,
    /// Always `chatkit.thread_item`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Thread the item belongs to.
    pub thread_id: String,
    /// Always `chatkit.task`.
    pub r#type: String,
    /// Kind of task.
    pub task_type: ChatKitTaskType,
    /// Short title of the task, or null.
    pub heading: Option<String>,
    /// Longer explanation of the task, or null.
    pub summary: Option<String>,
}

impl Default for ChatKitTaskItem {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.thread_item".to_owned(),
            created_at: Default::default(),
            thread_id: Default::default(),
            r#type: "chatkit.task".to_owned(),
            task_type: Default::default(),
            heading: Default::default(),
            summary: Default::default(),
        }
    }
}

impl Serialize for ChatKitTaskItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("task_type", &self.task_type)?;
        map.serialize_entry("heading", &self.heading)?;
        map.serialize_entry("summary", &self.summary)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitTaskItem {
    const EXPECTING: &'static str = "a `ChatKitTaskItem` object";
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
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "task_type" => self.task_type = map.next_value::<codec::Lenient<_>>()?.0,
            "heading" => self.heading = map.next_value()?,
            "summary" => self.summary = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitTaskItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Kind of a workflow task: `custom` or `thought` (a reasoning step).
#[derive(Debug, Clone)]
pub enum ChatKitTaskType {
    /// `custom`
    Custom,
    /// `thought`
    Thought,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatKitTaskType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatKitTaskType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "custom",
            Self::Thought => "thought",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatKitTaskType {
    fn from(value: &str) -> Self {
        match value {
            "custom" => Self::Custom,
            "thought" => Self::Thought,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatKitTaskType);

/// Several workflow tasks shown together in the thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitTaskGroupItem {
    /// Item id.
    pub id: String,
    /// Always `chatkit.thread_item`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Thread the item belongs to.
    pub thread_id: String,
    /// Always `chatkit.task_group`.
    pub r#type: String,
    /// The tasks of the group, in order.
    pub tasks: Vec<ChatKitTaskGroupTask>,
}

impl Default for ChatKitTaskGroupItem {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.thread_item".to_owned(),
            created_at: Default::default(),
            thread_id: Default::default(),
            r#type: "chatkit.task_group".to_owned(),
            tasks: Default::default(),
        }
    }
}

impl Serialize for ChatKitTaskGroupItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("thread_id", &self.thread_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("tasks", &self.tasks)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitTaskGroupItem {
    const EXPECTING: &'static str = "a `ChatKitTaskGroupItem` object";
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
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "tasks" => self.tasks = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitTaskGroupItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One task inside a task group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitTaskGroupTask {
    /// Kind of task.
    pub r#type: ChatKitTaskType,
    /// Short title of the task, or null.
    pub heading: Option<String>,
    /// Longer explanation of the task, or null.
    pub summary: Option<String>,
}

impl Serialize for ChatKitTaskGroupTask {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("heading", &self.heading)?;
        map.serialize_entry("summary", &self.summary)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitTaskGroupTask {
    const EXPECTING: &'static str = "a `ChatKitTaskGroupTask` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "heading" => self.heading = map.next_value()?,
            "summary" => self.summary = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitTaskGroupTask {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of ChatKit threads.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitThreadListResource {
    /// Always `list`.
    pub object: String,
    /// The threads on this page.
    pub data: Vec<ChatKitThreadResource>,
    /// Id of the first thread on the page; null when the page is empty.
    pub first_id: Option<String>,
    /// Id of the last thread on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more threads follow.
    pub has_more: bool,
}

impl Default for ChatKitThreadListResource {
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

impl Serialize for ChatKitThreadListResource {
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

impl codec::ObjectFields for ChatKitThreadListResource {
    const EXPECTING: &'static str = "a `ChatKitThreadListResource` object";
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

impl<'de> Deserialize<'de> for ChatKitThreadListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ChatKitThreadListResource {
    type Item = ChatKitThreadResource;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<ChatKitThreadResource> {
        self.data
    }
}

/// A stored ChatKit conversation thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitThreadResource {
    /// Thread id (`cthr_...`).
    pub id: String,
    /// Always `chatkit.thread`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Title of the thread, or null until one is generated or set.
    pub title: Option<String>,
    /// Whether the thread accepts new input; new threads are `active`.
    pub status: ChatKitThreadStatus,
    /// End-user identifier owning the thread.
    pub user: String,
}

impl Default for ChatKitThreadResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.thread".to_owned(),
            created_at: Default::default(),
            title: Default::default(),
            status: Default::default(),
            user: Default::default(),
        }
    }
}

impl Serialize for ChatKitThreadResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("user", &self.user)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitThreadResource {
    const EXPECTING: &'static str = "a `ChatKitThreadResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "title" => self.title = map.next_value()?,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "user" => self.user = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitThreadResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// State of a ChatKit thread, identified by its `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatKitThreadStatus {
    /// The thread is open for new messages.
    Active(ChatKitActiveStatus),
    /// The thread can be read but takes no new input for now.
    Locked(ChatKitLockedStatus),
    /// The thread has been closed for good.
    Closed(ChatKitClosedStatus),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatKitThreadStatus {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatKitActiveStatus> for ChatKitThreadStatus {
    fn from(value: ChatKitActiveStatus) -> Self {
        Self::Active(value)
    }
}

impl From<ChatKitLockedStatus> for ChatKitThreadStatus {
    fn from(value: ChatKitLockedStatus) -> Self {
        Self::Locked(value)
    }
}

impl From<ChatKitClosedStatus> for ChatKitThreadStatus {
    fn from(value: ChatKitClosedStatus) -> Self {
        Self::Closed(value)
    }
}

impl Serialize for ChatKitThreadStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Active(value) => Serialize::serialize(value, serializer),
            Self::Locked(value) => Serialize::serialize(value, serializer),
            Self::Closed(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatKitThreadStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("active") => codec::from_value(value).map(Self::Active),
            Some("locked") => codec::from_value(value).map(Self::Locked),
            Some("closed") => codec::from_value(value).map(Self::Closed),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The thread is open for new messages.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitActiveStatus {
    /// Always `active`.
    pub r#type: String,
}

impl Default for ChatKitActiveStatus {
    fn default() -> Self {
        Self {
            r#type: "active".to_owned(),
        }
    }
}

impl Serialize for ChatKitActiveStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitActiveStatus {
    const EXPECTING: &'static str = "a `ChatKitActiveStatus` object";
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

impl<'de> Deserialize<'de> for ChatKitActiveStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The thread can be read but takes no new input for now.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitLockedStatus {
    /// Always `locked`.
    pub r#type: String,
    /// Why the thread was locked, or null when no reason was given.
    pub reason: Option<String>,
}

impl Default for ChatKitLockedStatus {
    fn default() -> Self {
        Self {
            r#type: "locked".to_owned(),
            reason: Default::default(),
        }
    }
}

impl Serialize for ChatKitLockedStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("reason", &self.reason)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitLockedStatus {
    const EXPECTING: &'static str = "a `ChatKitLockedStatus` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "reason" => self.reason = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitLockedStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The thread has been closed for good.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitClosedStatus {
    /// Always `closed`.
    pub r#type: String,
    /// Why the thread was closed, or null when no reason was given.
    pub reason: Option<String>,
}

impl Default for ChatKitClosedStatus {
    fn default() -> Self {
        Self {
            r#type: "closed".to_owned(),
            reason: Default::default(),
        }
    }
}

impl Serialize for ChatKitClosedStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("reason", &self.reason)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitClosedStatus {
    const EXPECTING: &'static str = "a `ChatKitClosedStatus` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "reason" => self.reason = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitClosedStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListThreadItemsMethod`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListThreadItemsMethodParams {
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

impl ListThreadItemsMethodParams {
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

/// Query and header parameters of `ListThreadsMethod`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListThreadsMethodParams {
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
    /// Only return threads owned by this end-user identifier; all users when omitted.
    pub user: Option<String>,
}

impl ListThreadsMethodParams {
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

    /// Sets `user`.
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}
