// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the requests of the `threads` operations use.
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

/// Body of `POST /threads/runs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateThreadAndRunRequest {
    /// Assistant to run.
    pub assistant_id: String,
    /// The thread to create.
    pub thread: Option<CreateThreadRequest>,
    /// Model to use instead of the assistant's.
    pub model: Option<String>,
    /// Instructions that replace the assistant's for this run.
    pub instructions: Option<String>,
    /// Tools that replace the assistant's for this run.
    pub tools: Option<Vec<AssistantTool>>,
    /// Tool resources for this run.
    pub tool_resources: Option<ToolResources>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Sampling temperature between 0 and 2.
    pub temperature: Option<f64>,
    /// Nucleus sampling mass between 0 and 1.
    pub top_p: Option<f64>,
    /// Report the run's progress as server-sent events.
    pub stream: Option<bool>,
    /// Cap on prompt tokens over the whole run.
    pub max_prompt_tokens: Option<i64>,
    /// Cap on completion tokens over the whole run.
    pub max_completion_tokens: Option<i64>,
    /// How the thread is shortened to fit the context.
    pub truncation_strategy: Option<TruncationObject>,
    /// How tools are picked.
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Whether the model may call several tools at once (default true).
    pub parallel_tool_calls: Option<bool>,
    /// Output format; `auto` keeps the default.
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}

impl Serialize for CreateThreadAndRunRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("assistant_id", &self.assistant_id)?;
        codec::optional_entry(&mut map, "thread", &self.thread)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_resources", &self.tool_resources)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "stream", &self.stream)?;
        codec::optional_entry(&mut map, "max_prompt_tokens", &self.max_prompt_tokens)?;
        codec::optional_entry(
            &mut map,
            "max_completion_tokens",
            &self.max_completion_tokens,
        )?;
        codec::optional_entry(
            &mut map,
            "truncation_strategy",
            &self.truncation_strategy,
        )?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(
            &mut map,
            "parallel_tool_calls",
            &self.parallel_tool_calls,
        )?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateThreadAndRunRequest {
    const EXPECTING: &'static str = "a `CreateThreadAndRunRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "assistant_id" => {
                self.assistant_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "thread" => self.thread = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_resources" => self.tool_resources = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "stream" => self.stream = map.next_value()?,
            "max_prompt_tokens" => self.max_prompt_tokens = map.next_value()?,
            "max_completion_tokens" => self.max_completion_tokens = map.next_value()?,
            "truncation_strategy" => self.truncation_strategy = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "parallel_tool_calls" => self.parallel_tool_calls = map.next_value()?,
            "response_format" => self.response_format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateThreadAndRunRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateThreadAndRunRequest {
    /// Creates a value from its required fields (`assistant_id`); the rest start unset.
    #[must_use]
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            ..Default::default()
        }
    }

    /// Sets `assistant_id`.
    #[must_use]
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = value.into();
        self
    }

    /// Sets `thread`.
    #[must_use]
    pub fn thread(mut self, value: impl Into<CreateThreadRequest>) -> Self {
        self.thread = Some(value.into());
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<AssistantTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_resources`.
    #[must_use]
    pub fn tool_resources(mut self, value: impl Into<ToolResources>) -> Self {
        self.tool_resources = Some(value.into());
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

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `top_p`.
    #[must_use]
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }

    /// Sets `stream`.
    #[must_use]
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }

    /// Sets `max_prompt_tokens`.
    #[must_use]
    pub fn max_prompt_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_prompt_tokens = Some(value.into());
        self
    }

    /// Sets `max_completion_tokens`.
    #[must_use]
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }

    /// Sets `truncation_strategy`.
    #[must_use]
    pub fn truncation_strategy(mut self, value: impl Into<TruncationObject>) -> Self {
        self.truncation_strategy = Some(value.into());
        self
    }

    /// Sets `tool_choice`.
    #[must_use]
    pub fn tool_choice(
        mut self,
        value: impl Into<AssistantsApiToolChoiceOption>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `parallel_tool_calls`.
    #[must_use]
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
}

/// Body of `POST /threads`; also the `thread` of a create-and-run request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateThreadRequest {
    /// Messages to start the thread with.
    pub messages: Option<Vec<CreateMessageRequest>>,
    /// Files and vector stores available to runs on this thread.
    pub tool_resources: Option<CreateToolResources>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Serialize for CreateThreadRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "messages", &self.messages)?;
        codec::optional_entry(&mut map, "tool_resources", &self.tool_resources)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateThreadRequest {
    const EXPECTING: &'static str = "a `CreateThreadRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "messages" => self.messages = map.next_value()?,
            "tool_resources" => self.tool_resources = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateThreadRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateThreadRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `messages`.
    #[must_use]
    pub fn messages(mut self, value: impl Into<Vec<CreateMessageRequest>>) -> Self {
        self.messages = Some(value.into());
        self
    }

    /// Sets `tool_resources`.
    #[must_use]
    pub fn tool_resources(mut self, value: impl Into<CreateToolResources>) -> Self {
        self.tool_resources = Some(value.into());
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

/// Body of `POST /threads/{thread_id}/messages`; also used for messages in thread and run requests.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateMessageRequest {
    /// `user` for messages from the end user, `assistant` to insert replies of the assistant.
    pub role: CreateMessageRequestRole,
    /// The message, as text or a list of text and image parts.
    pub content: CreateMessageRequestContent,
    /// Attached files, each with the tools allowed to read it.
    pub attachments: Option<Vec<MessageAttachment>>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Serialize for CreateMessageRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        codec::optional_entry(&mut map, "attachments", &self.attachments)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateMessageRequest {
    const EXPECTING: &'static str = "a `CreateMessageRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "attachments" => self.attachments = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateMessageRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateMessageRequest {
    /// Creates a value from its required fields (`role`, `content`); the rest start unset.
    #[must_use]
    pub fn new(
        role: impl Into<CreateMessageRequestRole>,
        content: impl Into<CreateMessageRequestContent>,
    ) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<CreateMessageRequestRole>) -> Self {
        self.role = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<CreateMessageRequestContent>) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `attachments`.
    #[must_use]
    pub fn attachments(mut self, value: impl Into<Vec<MessageAttachment>>) -> Self {
        self.attachments = Some(value.into());
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

/// `user` for messages from the end user, `assistant` to insert replies of the assistant.
#[derive(Debug, Clone)]
pub enum CreateMessageRequestRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateMessageRequestRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateMessageRequestRole {
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

impl From<&str> for CreateMessageRequestRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateMessageRequestRole);

/// The message, as text or a list of text and image parts.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateMessageRequestContent {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<MessageRequestContentPart>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateMessageRequestContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for CreateMessageRequestContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for CreateMessageRequestContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<MessageRequestContentPart>> for CreateMessageRequestContent {
    fn from(value: Vec<MessageRequestContentPart>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for CreateMessageRequestContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateMessageRequestContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A part of a message being created.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageRequestContentPart {
    /// An image stored as an uploaded file.
    ImageFile(MessageContentImageFileObject),
    /// An image given by URL.
    ImageUrl(MessageContentImageUrlObject),
    /// A text part.
    Text(MessageRequestContentTextObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for MessageRequestContentPart {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<MessageContentImageFileObject> for MessageRequestContentPart {
    fn from(value: MessageContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}

impl From<MessageContentImageUrlObject> for MessageRequestContentPart {
    fn from(value: MessageContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}

impl From<MessageRequestContentTextObject> for MessageRequestContentPart {
    fn from(value: MessageRequestContentTextObject) -> Self {
        Self::Text(value)
    }
}

impl Serialize for MessageRequestContentPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(value) => Serialize::serialize(value, serializer),
            Self::ImageUrl(value) => Serialize::serialize(value, serializer),
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MessageRequestContentPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("image_file") => codec::from_value(value).map(Self::ImageFile),
            Some("image_url") => codec::from_value(value).map(Self::ImageUrl),
            Some("text") => codec::from_value(value).map(Self::Text),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A text part.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageRequestContentTextObject {
    /// Always `text`.
    pub r#type: String,
    /// The text.
    pub text: String,
}

impl Default for MessageRequestContentTextObject {
    fn default() -> Self {
        Self {
            r#type: "text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for MessageRequestContentTextObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageRequestContentTextObject {
    const EXPECTING: &'static str = "a `MessageRequestContentTextObject` object";
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

impl<'de> Deserialize<'de> for MessageRequestContentTextObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl MessageRequestContentTextObject {
    /// Creates a value from its required fields (`text`); the rest start unset.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Default::default()
        }
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = value.into();
        self
    }
}

/// Body of `POST /threads/{thread_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyThreadRequest {
    /// New tool resources.
    pub tool_resources: Option<ToolResources>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Serialize for ModifyThreadRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "tool_resources", &self.tool_resources)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for ModifyThreadRequest {
    const EXPECTING: &'static str = "a `ModifyThreadRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "tool_resources" => self.tool_resources = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ModifyThreadRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ModifyThreadRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `tool_resources`.
    #[must_use]
    pub fn tool_resources(mut self, value: impl Into<ToolResources>) -> Self {
        self.tool_resources = Some(value.into());
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
