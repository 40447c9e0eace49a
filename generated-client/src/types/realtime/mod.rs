// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `realtime` operations.
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

mod calls;
mod client_secrets;
mod events;
mod inputs;
mod outputs;
mod sessions;
mod transcription_sessions;
mod translations;

pub use calls::*;
pub use client_secrets::*;
pub use events::*;
pub use inputs::*;
pub use outputs::*;
pub use sessions::*;
pub use transcription_sessions::*;
pub use translations::*;

/// An item of a Realtime conversation, told apart by `type`: a message, a
/// function call or its output, or one of the MCP items.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeConversationItem {
    /// A message of the conversation. System and user messages hold `input_*` parts
    /// (system messages text only); assistant messages hold `output_text` or
    /// `output_audio` parts.
    Message(RealtimeConversationItemMessage),
    /// The model asks the client to run a function.
    FunctionCall(RealtimeConversationItemFunctionCall),
    /// The result of a function call, sent back by the client.
    FunctionCallOutput(RealtimeConversationItemFunctionCallOutput),
    /// The client's answer to an MCP approval request.
    McpApprovalResponse(RealtimeMcpApprovalResponse),
    /// The tools an MCP server offers, as fetched by the session.
    McpListTools(RealtimeMcpListTools),
    /// A call of an MCP tool made by the session, with its outcome.
    McpCall(RealtimeMcpToolCall),
    /// The model wants to call an MCP tool that needs the client's approval first.
    McpApprovalRequest(RealtimeMcpApprovalRequest),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeConversationItem {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeConversationItemMessage> for RealtimeConversationItem {
    fn from(value: RealtimeConversationItemMessage) -> Self {
        Self::Message(value)
    }
}

impl From<RealtimeConversationItemFunctionCall> for RealtimeConversationItem {
    fn from(value: RealtimeConversationItemFunctionCall) -> Self {
        Self::FunctionCall(value)
    }
}

impl From<RealtimeConversationItemFunctionCallOutput> for RealtimeConversationItem {
    fn from(value: RealtimeConversationItemFunctionCallOutput) -> Self {
        Self::FunctionCallOutput(value)
    }
}

impl From<RealtimeMcpApprovalResponse> for RealtimeConversationItem {
    fn from(value: RealtimeMcpApprovalResponse) -> Self {
        Self::McpApprovalResponse(value)
    }
}

impl From<RealtimeMcpListTools> for RealtimeConversationItem {
    fn from(value: RealtimeMcpListTools) -> Self {
        Self::McpListTools(value)
    }
}

impl From<RealtimeMcpToolCall> for RealtimeConversationItem {
    fn from(value: RealtimeMcpToolCall) -> Self {
        Self::McpCall(value)
    }
}

impl From<RealtimeMcpApprovalRequest> for RealtimeConversationItem {
    fn from(value: RealtimeMcpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}

impl Serialize for RealtimeConversationItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Message(value) => Serialize::serialize(value, serializer),
            Self::FunctionCall(value) => Serialize::serialize(value, serializer),
            Self::FunctionCallOutput(value) => Serialize::serialize(value, serializer),
            Self::McpApprovalResponse(value) => Serialize::serialize(value, serializer),
            Self::McpListTools(value) => Serialize::serialize(value, serializer),
            Self::McpCall(value) => Serialize::serialize(value, serializer),
            Self::McpApprovalRequest(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeConversationItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("message") => codec::from_value(value).map(Self::Message),
            Some("function_call") => codec::from_value(value).map(Self::FunctionCall),
            Some("function_call_output") => {
                codec::from_value(value).map(Self::FunctionCallOutput)
            }
            Some("mcp_approval_response") => {
                codec::from_value(value).map(Self::McpApprovalResponse)
            }
            Some("mcp_list_tools") => codec::from_value(value).map(Self::McpListTools),
            Some("mcp_call") => codec::from_value(value).map(Self::McpCall),
            Some("mcp_approval_request") => {
                codec::from_value(value).map(Self::McpApprovalRequest)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A message of the conversation. System and user messages hold `input_*` parts
/// (system messages text only); assistant messages hold `output_text` or
/// `output_audio` parts.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeConversationItemMessage {
    /// Item id; the client may pick one when creating the item, otherwise the server assigns it.
    pub id: Option<String>,
    /// Always `realtime.item`; may be left out when sending.
    pub object: Option<String>,
    /// Always `message`.
    pub r#type: String,
    /// Progress of the item; ignored when the client sends it.
    pub status: Option<RealtimeConversationItemMessageStatus>,
    /// Who the message comes from.
    pub role: RealtimeConversationItemMessageRole,
    /// The parts of the message, in order.
    pub content: Vec<RealtimeMessageContent>,
}

impl Default for RealtimeConversationItemMessage {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: Default::default(),
            r#type: "message".to_owned(),
            status: Default::default(),
            role: Default::default(),
            content: Default::default(),
        }
    }
}

impl Serialize for RealtimeConversationItemMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeConversationItemMessage {
    const EXPECTING: &'static str = "a `RealtimeConversationItemMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value()?,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeConversationItemMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeConversationItemMessage {
    /// Creates a value from its required fields (`role`, `content`); the rest start unset.
    #[must_use]
    pub fn new(
        role: impl Into<RealtimeConversationItemMessageRole>,
        content: impl Into<Vec<RealtimeMessageContent>>,
    ) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `object`.
    #[must_use]
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemMessageStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(
        mut self,
        value: impl Into<RealtimeConversationItemMessageRole>,
    ) -> Self {
        self.role = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<Vec<RealtimeMessageContent>>) -> Self {
        self.content = value.into();
        self
    }
}

/// Progress of the item; ignored when the client sends it.
#[derive(Debug, Clone)]
pub enum RealtimeConversationItemMessageStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `in_progress`
    InProgress,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeConversationItemMessageStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeConversationItemMessageStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::InProgress => "in_progress",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeConversationItemMessageStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "in_progress" => Self::InProgress,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeConversationItemMessageStatus);

/// Who the message comes from.
#[derive(Debug, Clone)]
pub enum RealtimeConversationItemMessageRole {
    /// `system`
    System,
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeConversationItemMessageRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeConversationItemMessageRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeConversationItemMessageRole {
    fn from(value: &str) -> Self {
        match value {
            "system" => Self::System,
            "user" => Self::User,
            "assistant" => Self::Assistant,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeConversationItemMessageRole);

/// One part of a Realtime message, told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeMessageContent {
    /// Text written by the user or the system.
    InputText(RealtimeInputTextContent),
    /// Audio spoken by the user.
    InputAudio(RealtimeInputAudioContent),
    /// An image shown to the model by the user.
    InputImage(RealtimeInputImageContent),
    /// Text produced by the model.
    OutputText(RealtimeOutputTextContent),
    /// Speech produced by the model.
    OutputAudio(RealtimeOutputAudioContent),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeMessageContent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeInputTextContent> for RealtimeMessageContent {
    fn from(value: RealtimeInputTextContent) -> Self {
        Self::InputText(value)
    }
}

impl From<RealtimeInputAudioContent> for RealtimeMessageContent {
    fn from(value: RealtimeInputAudioContent) -> Self {
        Self::InputAudio(value)
    }
}

impl From<RealtimeInputImageContent> for RealtimeMessageContent {
    fn from(value: RealtimeInputImageContent) -> Self {
        Self::InputImage(value)
    }
}

impl From<RealtimeOutputTextContent> for RealtimeMessageContent {
    fn from(value: RealtimeOutputTextContent) -> Self {
        Self::OutputText(value)
    }
}

impl From<RealtimeOutputAudioContent> for RealtimeMessageContent {
    fn from(value: RealtimeOutputAudioContent) -> Self {
        Self::OutputAudio(value)
    }
}

impl Serialize for RealtimeMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => Serialize::serialize(value, serializer),
            Self::InputAudio(value) => Serialize::serialize(value, serializer),
            Self::InputImage(value) => Serialize::serialize(value, serializer),
            Self::OutputText(value) => Serialize::serialize(value, serializer),
            Self::OutputAudio(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("input_text") => codec::from_value(value).map(Self::InputText),
            Some("input_audio") => codec::from_value(value).map(Self::InputAudio),
            Some("input_image") => codec::from_value(value).map(Self::InputImage),
            Some("output_text") => codec::from_value(value).map(Self::OutputText),
            Some("output_audio") => codec::from_value(value).map(Self::OutputAudio),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Text written by the user or the system.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeInputTextContent {
    /// Always `input_text`.
    pub r#type: String,
    /// The text.
    pub text: Option<String>,
}

impl Default for RealtimeInputTextContent {
    fn default() -> Self {
        Self {
            r#type: "input_text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for RealtimeInputTextContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeInputTextContent {
    const EXPECTING: &'static str = "a `RealtimeInputTextContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeInputTextContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeInputTextContent {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}

/// Audio spoken by the user.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeInputAudioContent {
    /// Always `input_audio`.
    pub r#type: String,
    /// Base64-encoded audio in the session's input format; left out of most server events.
    pub audio: Option<String>,
    /// Transcript of the audio, when input transcription is on.
    pub transcript: Option<String>,
}

impl Default for RealtimeInputAudioContent {
    fn default() -> Self {
        Self {
            r#type: "input_audio".to_owned(),
            audio: Default::default(),
            transcript: Default::default(),
        }
    }
}

impl Serialize for RealtimeInputAudioContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "transcript", &self.transcript)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeInputAudioContent {
    const EXPECTING: &'static str = "a `RealtimeInputAudioContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio" => self.audio = map.next_value()?,
            "transcript" => self.transcript = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeInputAudioContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeInputAudioContent {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }

    /// Sets `transcript`.
    #[must_use]
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}

/// An image shown to the model by the user.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeInputImageContent {
    /// Always `input_image`.
    pub r#type: String,
    /// The image as a base64 data URL (PNG or JPEG).
    pub image_url: Option<String>,
    /// Resolution the model looks at the image with (`auto` by default).
    pub detail: Option<RealtimeInputImageContentDetail>,
}

impl Default for RealtimeInputImageContent {
    fn default() -> Self {
        Self {
            r#type: "input_image".to_owned(),
            image_url: Default::default(),
            detail: Default::default(),
        }
    }
}

impl Serialize for RealtimeInputImageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "image_url", &self.image_url)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeInputImageContent {
    const EXPECTING: &'static str = "a `RealtimeInputImageContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_url" => self.image_url = map.next_value()?,
            "detail" => self.detail = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeInputImageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeInputImageContent {
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

    /// Sets `detail`.
    #[must_use]
    pub fn detail(mut self, value: impl Into<RealtimeInputImageContentDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }
}

/// Resolution the model looks at the image with (`auto` by default).
#[derive(Debug, Clone)]
pub enum RealtimeInputImageContentDetail {
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
impl Default for RealtimeInputImageContentDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeInputImageContentDetail {
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

impl From<&str> for RealtimeInputImageContentDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeInputImageContentDetail);

/// Text produced by the model.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeOutputTextContent {
    /// Always `output_text`.
    pub r#type: String,
    /// The text.
    pub text: Option<String>,
}

impl Default for RealtimeOutputTextContent {
    fn default() -> Self {
        Self {
            r#type: "output_text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for RealtimeOutputTextContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeOutputTextContent {
    const EXPECTING: &'static str = "a `RealtimeOutputTextContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeOutputTextContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeOutputTextContent {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}

/// Speech produced by the model.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeOutputAudioContent {
    /// Always `output_audio`.
    pub r#type: String,
    /// Base64-encoded audio in the session's output format; left out of most server events.
    pub audio: Option<String>,
    /// What the model said, as text.
    pub transcript: Option<String>,
}

impl Default for RealtimeOutputAudioContent {
    fn default() -> Self {
        Self {
            r#type: "output_audio".to_owned(),
            audio: Default::default(),
            transcript: Default::default(),
        }
    }
}

impl Serialize for RealtimeOutputAudioContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "transcript", &self.transcript)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeOutputAudioContent {
    const EXPECTING: &'static str = "a `RealtimeOutputAudioContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio" => self.audio = map.next_value()?,
            "transcript" => self.transcript = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeOutputAudioContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeOutputAudioContent {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }

    /// Sets `transcript`.
    #[must_use]
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}

/// The model asks the client to run a function.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeConversationItemFunctionCall {
    /// Item id; the client may pick one when creating the item, otherwise the server assigns it.
    pub id: Option<String>,
    /// Always `realtime.item`; may be left out when sending.
    pub object: Option<String>,
    /// Always `function_call`.
    pub r#type: String,
    /// Progress of the item; ignored when the client sends it.
    pub status: Option<RealtimeConversationItemFunctionCallStatus>,
    /// Id of the call, repeated in the `function_call_output` item that answers it.
    pub call_id: Option<String>,
    /// Function to run.
    pub name: String,
    /// Arguments as a JSON-encoded string (may be empty).
    pub arguments: String,
}

impl Default for RealtimeConversationItemFunctionCall {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: Default::default(),
            r#type: "function_call".to_owned(),
            status: Default::default(),
            call_id: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
        }
    }
}

impl Serialize for RealtimeConversationItemFunctionCall {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        codec::optional_entry(&mut map, "call_id", &self.call_id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeConversationItemFunctionCall {
    const EXPECTING: &'static str = "a `RealtimeConversationItemFunctionCall` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value()?,
            "call_id" => self.call_id = map.next_value()?,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeConversationItemFunctionCall {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeConversationItemFunctionCall {
    /// Creates a value from its required fields (`name`, `arguments`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>, arguments: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            arguments: arguments.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `object`.
    #[must_use]
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemFunctionCallStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `call_id`.
    #[must_use]
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `arguments`.
    #[must_use]
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = value.into();
        self
    }
}

/// Progress of the item; ignored when the client sends it.
#[derive(Debug, Clone)]
pub enum RealtimeConversationItemFunctionCallStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `in_progress`
    InProgress,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeConversationItemFunctionCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeConversationItemFunctionCallStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::InProgress => "in_progress",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeConversationItemFunctionCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "in_progress" => Self::InProgress,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeConversationItemFunctionCallStatus);

/// The result of a function call, sent back by the client.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeConversationItemFunctionCallOutput {
    /// Item id; the client may pick one when creating the item, otherwise the server assigns it.
    pub id: Option<String>,
    /// Always `realtime.item`; may be left out when sending.
    pub object: Option<String>,
    /// Always `function_call_output`.
    pub r#type: String,
    /// Progress of the item; ignored when the client sends it.
    pub status: Option<RealtimeConversationItemFunctionCallOutputStatus>,
    /// Id of the function call this answers.
    pub call_id: String,
    /// What the function returned, as free text (often JSON).
    pub output: String,
}

impl Default for RealtimeConversationItemFunctionCallOutput {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: Default::default(),
            r#type: "function_call_output".to_owned(),
            status: Default::default(),
            call_id: Default::default(),
            output: Default::default(),
        }
    }
}

impl Serialize for RealtimeConversationItemFunctionCallOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeConversationItemFunctionCallOutput {
    const EXPECTING: &'static str = "a `RealtimeConversationItemFunctionCallOutput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value()?,
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output" => self.output = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeConversationItemFunctionCallOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeConversationItemFunctionCallOutput {
    /// Creates a value from its required fields (`call_id`, `output`); the rest start unset.
    #[must_use]
    pub fn new(call_id: impl Into<String>, output: impl Into<String>) -> Self {
        Self {
            call_id: call_id.into(),
            output: output.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `object`.
    #[must_use]
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemFunctionCallOutputStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `call_id`.
    #[must_use]
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = value.into();
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = value.into();
        self
    }
}

/// Progress of the item; ignored when the client sends it.
#[derive(Debug, Clone)]
pub enum RealtimeConversationItemFunctionCallOutputStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `in_progress`
    InProgress,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeConversationItemFunctionCallOutputStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeConversationItemFunctionCallOutputStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::InProgress => "in_progress",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeConversationItemFunctionCallOutputStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "in_progress" => Self::InProgress,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeConversationItemFunctionCallOutputStatus);

/// The client's answer to an MCP approval request.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeMcpApprovalResponse {
    /// Always `mcp_approval_response`.
    pub r#type: String,
    /// Item id.
    pub id: String,
    /// The approval request being answered.
    pub approval_request_id: String,
    /// Whether the call may go ahead.
    pub approve: bool,
    /// Why, optionally.
    pub reason: Option<String>,
}

impl Default for RealtimeMcpApprovalResponse {
    fn default() -> Self {
        Self {
            r#type: "mcp_approval_response".to_owned(),
            id: Default::default(),
            approval_request_id: Default::default(),
            approve: Default::default(),
            reason: Default::default(),
        }
    }
}

impl Serialize for RealtimeMcpApprovalResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("approval_request_id", &self.approval_request_id)?;
        map.serialize_entry("approve", &self.approve)?;
        codec::optional_entry(&mut map, "reason", &self.reason)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeMcpApprovalResponse {
    const EXPECTING: &'static str = "a `RealtimeMcpApprovalResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "approval_request_id" => {
                self.approval_request_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "approve" => self.approve = map.next_value::<codec::Lenient<_>>()?.0,
            "reason" => self.reason = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeMcpApprovalResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeMcpApprovalResponse {
    /// Creates a value from its required fields (`id`, `approval_request_id`, `approve`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        approval_request_id: impl Into<String>,
        approve: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            approval_request_id: approval_request_id.into(),
            approve: approve.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `approval_request_id`.
    #[must_use]
    pub fn approval_request_id(mut self, value: impl Into<String>) -> Self {
        self.approval_request_id = value.into();
        self
    }

    /// Sets `approve`.
    #[must_use]
    pub fn approve(mut self, value: impl Into<bool>) -> Self {
        self.approve = value.into();
        self
    }

    /// Sets `reason`.
    #[must_use]
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}

/// The tools an MCP server offers, as fetched by the session.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeMcpListTools {
    /// Always `mcp_list_tools`.
    pub r#type: String,
    /// Item id.
    pub id: Option<String>,
    /// Server that was asked.
    pub server_label: String,
    /// The tools it offers.
    pub tools: Vec<McpListToolsTool>,
}

impl Default for RealtimeMcpListTools {
    fn default() -> Self {
        Self {
            r#type: "mcp_list_tools".to_owned(),
            id: Default::default(),
            server_label: Default::default(),
            tools: Default::default(),
        }
    }
}

impl Serialize for RealtimeMcpListTools {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("server_label", &self.server_label)?;
        map.serialize_entry("tools", &self.tools)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeMcpListTools {
    const EXPECTING: &'static str = "a `RealtimeMcpListTools` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "server_label" => {
                self.server_label = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "tools" => self.tools = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeMcpListTools {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeMcpListTools {
    /// Creates a value from its required fields (`server_label`, `tools`); the rest start unset.
    #[must_use]
    pub fn new(
        server_label: impl Into<String>,
        tools: impl Into<Vec<McpListToolsTool>>,
    ) -> Self {
        Self {
            server_label: server_label.into(),
            tools: tools.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `server_label`.
    #[must_use]
    pub fn server_label(mut self, value: impl Into<String>) -> Self {
        self.server_label = value.into();
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<McpListToolsTool>>) -> Self {
        self.tools = value.into();
        self
    }
}

/// A call of an MCP tool made by the session, with its outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeMcpToolCall {
    /// Always `mcp_call`.
    pub r#type: String,
    /// Item id.
    pub id: String,
    /// Server of the tool.
    pub server_label: String,
    /// Tool called.
    pub name: String,
    /// Arguments as a JSON-encoded string.
    pub arguments: String,
    /// The approval request that allowed the call, if one was needed.
    pub approval_request_id: Option<String>,
    /// What the tool returned.
    pub output: Option<String>,
    /// Why the call failed; null when it succeeded.
    pub error: Option<RealtimeMcpError>,
}

impl Default for RealtimeMcpToolCall {
    fn default() -> Self {
        Self {
            r#type: "mcp_call".to_owned(),
            id: Default::default(),
            server_label: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
            approval_request_id: Default::default(),
            output: Default::default(),
            error: Default::default(),
        }
    }
}

impl Serialize for RealtimeMcpToolCall {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("server_label", &self.server_label)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        codec::optional_entry(
            &mut map,
            "approval_request_id",
            &self.approval_request_id,
        )?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        codec::optional_entry(&mut map, "error", &self.error)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeMcpToolCall {
    const EXPECTING: &'static str = "a `RealtimeMcpToolCall` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "server_label" => {
                self.server_label = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            "approval_request_id" => self.approval_request_id = map.next_value()?,
            "output" => self.output = map.next_value()?,
            "error" => self.error = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeMcpToolCall {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeMcpToolCall {
    /// Creates a value from its required fields (`id`, `server_label`, `name`, `arguments`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            server_label: server_label.into(),
            name: name.into(),
            arguments: arguments.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `server_label`.
    #[must_use]
    pub fn server_label(mut self, value: impl Into<String>) -> Self {
        self.server_label = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `arguments`.
    #[must_use]
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = value.into();
        self
    }

    /// Sets `approval_request_id`.
    #[must_use]
    pub fn approval_request_id(mut self, value: impl Into<String>) -> Self {
        self.approval_request_id = Some(value.into());
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }

    /// Sets `error`.
    #[must_use]
    pub fn error(mut self, value: impl Into<RealtimeMcpError>) -> Self {
        self.error = Some(value.into());
        self
    }
}

/// Failure of an MCP tool call, told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeMcpError {
    /// The MCP server broke the protocol.
    ProtocolError(RealtimeMcpProtocolError),
    /// The tool ran and reported a failure.
    ToolExecutionError(RealtimeMcpToolExecutionError),
    /// The MCP server answered with an HTTP error.
    HttpError(RealtimeMcphttpError),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeMcpError {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeMcpProtocolError> for RealtimeMcpError {
    fn from(value: RealtimeMcpProtocolError) -> Self {
        Self::ProtocolError(value)
    }
}

impl From<RealtimeMcpToolExecutionError> for RealtimeMcpError {
    fn from(value: RealtimeMcpToolExecutionError) -> Self {
        Self::ToolExecutionError(value)
    }
}

impl From<RealtimeMcphttpError> for RealtimeMcpError {
    fn from(value: RealtimeMcphttpError) -> Self {
        Self::HttpError(value)
    }
}

impl Serialize for RealtimeMcpError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ProtocolError(value) => Serialize::serialize(value, serializer),
            Self::ToolExecutionError(value) => Serialize::serialize(value, serializer),
            Self::HttpError(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeMcpError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("protocol_error") => codec::from_value(value).map(Self::ProtocolError),
            Some("tool_execution_error") => {
                codec::from_value(value).map(Self::ToolExecutionError)
            }
            Some("http_error") => codec::from_value(value).map(Self::HttpError),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The MCP server broke the protocol.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeMcpProtocolError {
    /// Always `protocol_error`.
    pub r#type: String,
    /// Protocol error code.
    pub code: i64,
    /// Explanation.
    pub message: String,
}

impl Default for RealtimeMcpProtocolError {
    fn default() -> Self {
        Self {
            r#type: "protocol_error".to_owned(),
            code: Default::default(),
            message: Default::default(),
        }
    }
}

impl Serialize for RealtimeMcpProtocolError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeMcpProtocolError {
    const EXPECTING: &'static str = "a `RealtimeMcpProtocolError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "code" => self.code = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeMcpProtocolError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeMcpProtocolError {
    /// Creates a value from its required fields (`code`, `message`); the rest start unset.
    #[must_use]
    pub fn new(code: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            ..Default::default()
        }
    }

    /// Sets `code`.
    #[must_use]
    pub fn code(mut self, value: impl Into<i64>) -> Self {
        self.code = value.into();
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
}

/// The tool ran and reported a failure.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeMcpToolExecutionError {
    /// Always `tool_execution_error`.
    pub r#type: String,
    /// Explanation.
    pub message: String,
}

impl Default for RealtimeMcpToolExecutionError {
    fn default() -> Self {
        Self {
            r#type: "tool_execution_error".to_owned(),
            message: Default::default(),
        }
    }
}

impl Serialize for RealtimeMcpToolExecutionError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeMcpToolExecutionError {
    const EXPECTING: &'static str = "a `RealtimeMcpToolExecutionError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeMcpToolExecutionError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeMcpToolExecutionError {
    /// Creates a value from its required fields (`message`); the rest start unset.
    #[must_use]
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            ..Default::default()
        }
    }

    /// Sets `message`.
    #[must_use]
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
}

/// The MCP server answered with an HTTP error.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeMcphttpError {
    /// Always `http_error`.
    pub r#type: String,
    /// HTTP status code.
    pub code: i64,
    /// Explanation.
    pub message: String,
}

impl Default for RealtimeMcphttpError {
    fn default() -> Self {
        Self {
            r#type: "http_error".to_owned(),
            code: Default::default(),
            message: Default::default(),
        }
    }
}

impl Serialize for RealtimeMcphttpError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeMcphttpError {
    const EXPECTING: &'static str = "a `RealtimeMcphttpError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "code" => self.code = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeMcphttpError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeMcphttpError {
    /// Creates a value from its required fields (`code`, `message`); the rest start unset.
    #[must_use]
    pub fn new(code: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            ..Default::default()
        }
    }

    /// Sets `code`.
    #[must_use]
    pub fn code(mut self, value: impl Into<i64>) -> Self {
        self.code = value.into();
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
}

/// The model wants to call an MCP tool that needs the client's approval first.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeMcpApprovalRequest {
    /// Always `mcp_approval_request`.
    pub r#type: String,
    /// Item id, quoted by the approval response.
    pub id: String,
    /// Server of the tool.
    pub server_label: String,
    /// Tool the model wants to call.
    pub name: String,
    /// Proposed arguments as a JSON-encoded string.
    pub arguments: String,
}

impl Default for RealtimeMcpApprovalRequest {
    fn default() -> Self {
        Self {
            r#type: "mcp_approval_request".to_owned(),
            id: Default::default(),
            server_label: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
        }
    }
}

impl Serialize for RealtimeMcpApprovalRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("server_label", &self.server_label)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeMcpApprovalRequest {
    const EXPECTING: &'static str = "a `RealtimeMcpApprovalRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "server_label" => {
                self.server_label = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeMcpApprovalRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeMcpApprovalRequest {
    /// Creates a value from its required fields (`id`, `server_label`, `name`, `arguments`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            server_label: server_label.into(),
            name: name.into(),
            arguments: arguments.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `server_label`.
    #[must_use]
    pub fn server_label(mut self, value: impl Into<String>) -> Self {
        self.server_label = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `arguments`.
    #[must_use]
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = value.into();
        self
    }
}

/// A session as the server reports it, speech-to-speech (`realtime`) or transcription-only (`transcription`).
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeSessionInfo {
    /// A speech-to-speech Realtime session as reported by the server, with every setting resolved.
    Realtime(RealtimeSessionCreateResponse),
    /// A transcription-only Realtime session as reported by the server.
    Transcription(RealtimeTranscriptionSessionCreateResponse),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeSessionInfo {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeSessionCreateResponse> for RealtimeSessionInfo {
    fn from(value: RealtimeSessionCreateResponse) -> Self {
        Self::Realtime(value)
    }
}

impl From<RealtimeTranscriptionSessionCreateResponse> for RealtimeSessionInfo {
    fn from(value: RealtimeTranscriptionSessionCreateResponse) -> Self {
        Self::Transcription(value)
    }
}

impl Serialize for RealtimeSessionInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Realtime(value) => Serialize::serialize(value, serializer),
            Self::Transcription(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("realtime") => codec::from_value(value).map(Self::Realtime),
            Some("transcription") => codec::from_value(value).map(Self::Transcription),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A speech-to-speech Realtime session as reported by the server, with every setting resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeSessionCreateResponse {
    /// Always `realtime`.
    pub r#type: String,
    /// Session id (`sess_...`).
    pub id: String,
    /// Always `realtime.session`.
    pub object: String,
    /// When the session ends (Unix seconds).
    pub expires_at: Option<i64>,
    /// What the model answers with, `["audio"]` or `["text"]`.
    pub output_modalities: Option<
        Vec<RealtimeSessionCreateResponseOutputModalitiesItem>,
    >,
    /// Realtime model serving the session.
    pub model: Option<String>,
    /// System instructions of the session.
    pub instructions: Option<String>,
    /// Settings of the input and output audio.
    pub audio: Option<RealtimeSessionAudioResponse>,
    /// Extra data added to server events.
    pub include: Option<Vec<RealtimeSessionCreateResponseIncludeItem>>,
    /// Tracing settings; null when tracing is off.
    pub tracing: Option<RealtimeTracingConfig>,
    /// Functions and MCP servers the model may use.
    pub tools: Option<Vec<RealtimeTool>>,
    /// How the model picks tools.
    pub tool_choice: Option<RealtimeToolChoice>,
    /// Reasoning settings.
    pub reasoning: Option<RealtimeReasoning>,
    /// Output token cap of each response.
    pub max_output_tokens: Option<RealtimeMaxOutputTokens>,
    /// How the conversation is shortened when it outgrows the context window.
    pub truncation: Option<RealtimeTruncation>,
    /// The stored prompt template in use, if any.
    pub prompt: Option<Prompt>,
}

impl Default for RealtimeSessionCreateResponse {
    fn default() -> Self {
        Self {
            r#type: "realtime".to_owned(),
            id: Default::default(),
            object: "realtime.session".to_owned(),
            expires_at: Default::default(),
            output_modalities: Default::default(),
            model: Default::default(),
            instructions: Default::default(),
            audio: Default::default(),
            include: Default::default(),
            tracing: Default::default(),
            tools: Default::default(),
            tool_choice: Default::default(),
            reasoning: Default::default(),
            max_output_tokens: Default::default(),
            truncation: Default::default(),
            prompt: Default::default(),
        }
    }
}

impl Serialize for RealtimeSessionCreateResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "output_modalities", &self.output_modalities)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "include", &self.include)?;
        codec::optional_entry(&mut map, "tracing", &self.tracing)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(&mut map, "reasoning", &self.reasoning)?;
        codec::optional_entry(&mut map, "max_output_tokens", &self.max_output_tokens)?;
        codec::optional_entry(&mut map, "truncation", &self.truncation)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionCreateResponse {
    const EXPECTING: &'static str = "a `RealtimeSessionCreateResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value()?,
            "output_modalities" => self.output_modalities = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "include" => self.include = map.next_value()?,
            "tracing" => self.tracing = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "reasoning" => self.reasoning = map.next_value()?,
            "max_output_tokens" => self.max_output_tokens = map.next_value()?,
            "truncation" => self.truncation = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionCreateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `output_modalities` field of [`RealtimeSessionCreateResponse`](crate::types::RealtimeSessionCreateResponse).
#[derive(Debug, Clone)]
pub enum RealtimeSessionCreateResponseOutputModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionCreateResponseOutputModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionCreateResponseOutputModalitiesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Audio => "audio",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeSessionCreateResponseOutputModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionCreateResponseOutputModalitiesItem);

/// Audio settings of a speech-to-speech session, as reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeSessionAudioResponse {
    /// What the client sends.
    pub input: Option<RealtimeSessionAudioInputResponse>,
    /// What the model speaks.
    pub output: Option<RealtimeSessionAudioOutputResponse>,
}

impl Serialize for RealtimeSessionAudioResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionAudioResponse {
    const EXPECTING: &'static str = "a `RealtimeSessionAudioResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value()?,
            "output" => self.output = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionAudioResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Settings of the input audio, as reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeSessionAudioInputResponse {
    /// Encoding of the input audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Transcription of the user's speech; null when off.
    pub transcription: Option<AudioTranscriptionResponse>,
    /// Filter applied to input audio; null when off.
    pub noise_reduction: Option<RealtimeNoiseReduction>,
    /// Turn detection in use; null when the client commits turns itself.
    pub turn_detection: Option<RealtimeTurnDetection>,
}

impl Serialize for RealtimeSessionAudioInputResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        codec::optional_entry(&mut map, "transcription", &self.transcription)?;
        codec::optional_entry(&mut map, "noise_reduction", &self.noise_reduction)?;
        codec::optional_entry(&mut map, "turn_detection", &self.turn_detection)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionAudioInputResponse {
    const EXPECTING: &'static str = "a `RealtimeSessionAudioInputResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            "transcription" => self.transcription = map.next_value()?,
            "noise_reduction" => self.noise_reduction = map.next_value()?,
            "turn_detection" => self.turn_detection = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionAudioInputResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Encoding of a Realtime audio stream, told apart by `type`: 24 kHz 16-bit PCM
/// (`audio/pcm`), or 8 kHz G.711 µ-law (`audio/pcmu`) or A-law (`audio/pcma`).
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeAudioFormats {
    /// Raw 16-bit little-endian PCM, mono.
    AudioPcm(RealtimeAudioFormatPcm),
    /// G.711 µ-law, the usual telephony encoding in North America and Japan.
    AudioPcmu(RealtimeAudioFormatPcmu),
    /// G.711 A-law, the usual telephony encoding elsewhere.
    AudioPcma(RealtimeAudioFormatPcma),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeAudioFormats {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeAudioFormatPcm> for RealtimeAudioFormats {
    fn from(value: RealtimeAudioFormatPcm) -> Self {
        Self::AudioPcm(value)
    }
}

impl From<RealtimeAudioFormatPcmu> for RealtimeAudioFormats {
    fn from(value: RealtimeAudioFormatPcmu) -> Self {
        Self::AudioPcmu(value)
    }
}

impl From<RealtimeAudioFormatPcma> for RealtimeAudioFormats {
    fn from(value: RealtimeAudioFormatPcma) -> Self {
        Self::AudioPcma(value)
    }
}

impl Serialize for RealtimeAudioFormats {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::AudioPcm(value) => Serialize::serialize(value, serializer),
            Self::AudioPcmu(value) => Serialize::serialize(value, serializer),
            Self::AudioPcma(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeAudioFormats {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("audio/pcm") => codec::from_value(value).map(Self::AudioPcm),
            Some("audio/pcmu") => codec::from_value(value).map(Self::AudioPcmu),
            Some("audio/pcma") => codec::from_value(value).map(Self::AudioPcma),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Raw 16-bit little-endian PCM, mono.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeAudioFormatPcm {
    /// Always `audio/pcm`.
    pub r#type: Option<String>,
    /// Sample rate in Hz; only `24000` is supported.
    pub rate: Option<i64>,
}

impl Default for RealtimeAudioFormatPcm {
    fn default() -> Self {
        Self {
            r#type: Some("audio/pcm".to_owned()),
            rate: Default::default(),
        }
    }
}

impl Serialize for RealtimeAudioFormatPcm {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "rate", &self.rate)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeAudioFormatPcm {
    const EXPECTING: &'static str = "a `RealtimeAudioFormatPcm` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "rate" => self.rate = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeAudioFormatPcm {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeAudioFormatPcm {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `rate`.
    #[must_use]
    pub fn rate(mut self, value: impl Into<i64>) -> Self {
        self.rate = Some(value.into());
        self
    }
}

/// G.711 µ-law, the usual telephony encoding in North America and Japan.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeAudioFormatPcmu {
    /// Always `audio/pcmu`.
    pub r#type: Option<String>,
}

impl Default for RealtimeAudioFormatPcmu {
    fn default() -> Self {
        Self {
            r#type: Some("audio/pcmu".to_owned()),
        }
    }
}

impl Serialize for RealtimeAudioFormatPcmu {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeAudioFormatPcmu {
    const EXPECTING: &'static str = "a `RealtimeAudioFormatPcmu` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeAudioFormatPcmu {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeAudioFormatPcmu {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// G.711 A-law, the usual telephony encoding elsewhere.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeAudioFormatPcma {
    /// Always `audio/pcma`.
    pub r#type: Option<String>,
}

impl Default for RealtimeAudioFormatPcma {
    fn default() -> Self {
        Self {
            r#type: Some("audio/pcma".to_owned()),
        }
    }
}

impl Serialize for RealtimeAudioFormatPcma {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeAudioFormatPcma {
    const EXPECTING: &'static str = "a `RealtimeAudioFormatPcma` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeAudioFormatPcma {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeAudioFormatPcma {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// How the user's speech is transcribed, as reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudioTranscriptionResponse {
    /// Transcription model.
    pub model: Option<String>,
    /// ISO-639-1 code of the expected language.
    pub language: Option<String>,
    /// ISO-639-1 codes of the expected languages.
    pub languages: Option<Vec<String>>,
    /// Text that steers the transcription.
    pub prompt: Option<String>,
}

impl Serialize for AudioTranscriptionResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "language", &self.language)?;
        codec::optional_entry(&mut map, "languages", &self.languages)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        map.end()
    }
}

impl codec::ObjectFields for AudioTranscriptionResponse {
    const EXPECTING: &'static str = "an `AudioTranscriptionResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value()?,
            "language" => self.language = map.next_value()?,
            "languages" => self.languages = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AudioTranscriptionResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Noise filtering of the input audio.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeNoiseReduction {
    /// Kind of microphone the filter is tuned for.
    pub r#type: Option<NoiseReductionType>,
}

impl Serialize for RealtimeNoiseReduction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeNoiseReduction {
    const EXPECTING: &'static str = "a `RealtimeNoiseReduction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeNoiseReduction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeNoiseReduction {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<NoiseReductionType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

/// `near_field` for headsets and other close microphones, `far_field` for laptop or room microphones.
#[derive(Debug, Clone)]
pub enum NoiseReductionType {
    /// `near_field`
    NearField,
    /// `far_field`
    FarField,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for NoiseReductionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl NoiseReductionType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::NearField => "near_field",
            Self::FarField => "far_field",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for NoiseReductionType {
    fn from(value: &str) -> Self {
        match value {
            "near_field" => Self::NearField,
            "far_field" => Self::FarField,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(NoiseReductionType);

/// Voice activity detection mode: `server_vad` ends a turn after a stretch of
/// silence, `semantic_vad` judges from the words whether the user has finished.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeTurnDetection {
    /// Ends the user's turn after a stretch of silence.
    ServerVad(RealtimeServerVad),
    /// Ends the user's turn when a model judges from the words that they have finished.
    SemanticVad(RealtimeSemanticVad),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeTurnDetection {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeServerVad> for RealtimeTurnDetection {
    fn from(value: RealtimeServerVad) -> Self {
        Self::ServerVad(value)
    }
}

impl From<RealtimeSemanticVad> for RealtimeTurnDetection {
    fn from(value: RealtimeSemanticVad) -> Self {
        Self::SemanticVad(value)
    }
}

impl Serialize for RealtimeTurnDetection {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ServerVad(value) => Serialize::serialize(value, serializer),
            Self::SemanticVad(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeTurnDetection {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("server_vad") => codec::from_value(value).map(Self::ServerVad),
            Some("semantic_vad") => codec::from_value(value).map(Self::SemanticVad),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Ends the user's turn after a stretch of silence.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerVad {
    /// Always `server_vad`.
    pub r#type: String,
    /// Loudness needed to count as speech, 0 to 1 (default 0.5); raise it in noisy places.
    pub threshold: Option<f64>,
    /// Audio kept from before speech was detected, in milliseconds (default 300).
    pub prefix_padding_ms: Option<i64>,
    /// Silence that ends the turn, in milliseconds (default 500).
    pub silence_duration_ms: Option<i64>,
    /// Start a response automatically when a turn ends.
    pub create_response: Option<bool>,
    /// Cut off the running response when the user starts speaking.
    pub interrupt_response: Option<bool>,
    /// After this much silence following the model's answer, commit the buffer and prompt the model again.
    pub idle_timeout_ms: Option<i64>,
}

impl Default for RealtimeServerVad {
    fn default() -> Self {
        Self {
            r#type: "server_vad".to_owned(),
            threshold: Default::default(),
            prefix_padding_ms: Default::default(),
            silence_duration_ms: Default::default(),
            create_response: Default::default(),
            interrupt_response: Default::default(),
            idle_timeout_ms: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerVad {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "threshold", &self.threshold)?;
        codec::optional_entry(&mut map, "prefix_padding_ms", &self.prefix_padding_ms)?;
        codec::optional_entry(
            &mut map,
            "silence_duration_ms",
            &self.silence_duration_ms,
        )?;
        codec::optional_entry(&mut map, "create_response", &self.create_response)?;
        codec::optional_entry(&mut map, "interrupt_response", &self.interrupt_response)?;
        codec::optional_entry(&mut map, "idle_timeout_ms", &self.idle_timeout_ms)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerVad {
    const EXPECTING: &'static str = "a `RealtimeServerVad` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "threshold" => self.threshold = map.next_value()?,
            "prefix_padding_ms" => self.prefix_padding_ms = map.next_value()?,
            "silence_duration_ms" => self.silence_duration_ms = map.next_value()?,
            "create_response" => self.create_response = map.next_value()?,
            "interrupt_response" => self.interrupt_response = map.next_value()?,
            "idle_timeout_ms" => self.idle_timeout_ms = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerVad {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeServerVad {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `threshold`.
    #[must_use]
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
    }

    /// Sets `prefix_padding_ms`.
    #[must_use]
    pub fn prefix_padding_ms(mut self, value: impl Into<i64>) -> Self {
        self.prefix_padding_ms = Some(value.into());
        self
    }

    /// Sets `silence_duration_ms`.
    #[must_use]
    pub fn silence_duration_ms(mut self, value: impl Into<i64>) -> Self {
        self.silence_duration_ms = Some(value.into());
        self
    }

    /// Sets `create_response`.
    #[must_use]
    pub fn create_response(mut self, value: impl Into<bool>) -> Self {
        self.create_response = Some(value.into());
        self
    }

    /// Sets `interrupt_response`.
    #[must_use]
    pub fn interrupt_response(mut self, value: impl Into<bool>) -> Self {
        self.interrupt_response = Some(value.into());
        self
    }

    /// Sets `idle_timeout_ms`.
    #[must_use]
    pub fn idle_timeout_ms(mut self, value: impl Into<i64>) -> Self {
        self.idle_timeout_ms = Some(value.into());
        self
    }
}

/// Ends the user's turn when a model judges from the words that they have finished.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeSemanticVad {
    /// Always `semantic_vad`.
    pub r#type: String,
    /// How quickly the turn is considered over; `low` lets the user pause longer, `auto` equals `medium`.
    pub eagerness: Option<RealtimeSemanticVadEagerness>,
    /// Start a response automatically when a turn ends.
    pub create_response: Option<bool>,
    /// Cut off the running response when the user starts speaking.
    pub interrupt_response: Option<bool>,
}

impl Default for RealtimeSemanticVad {
    fn default() -> Self {
        Self {
            r#type: "semantic_vad".to_owned(),
            eagerness: Default::default(),
            create_response: Default::default(),
            interrupt_response: Default::default(),
        }
    }
}

impl Serialize for RealtimeSemanticVad {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "eagerness", &self.eagerness)?;
        codec::optional_entry(&mut map, "create_response", &self.create_response)?;
        codec::optional_entry(&mut map, "interrupt_response", &self.interrupt_response)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSemanticVad {
    const EXPECTING: &'static str = "a `RealtimeSemanticVad` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "eagerness" => self.eagerness = map.next_value()?,
            "create_response" => self.create_response = map.next_value()?,
            "interrupt_response" => self.interrupt_response = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSemanticVad {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeSemanticVad {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `eagerness`.
    #[must_use]
    pub fn eagerness(mut self, value: impl Into<RealtimeSemanticVadEagerness>) -> Self {
        self.eagerness = Some(value.into());
        self
    }

    /// Sets `create_response`.
    #[must_use]
    pub fn create_response(mut self, value: impl Into<bool>) -> Self {
        self.create_response = Some(value.into());
        self
    }

    /// Sets `interrupt_response`.
    #[must_use]
    pub fn interrupt_response(mut self, value: impl Into<bool>) -> Self {
        self.interrupt_response = Some(value.into());
        self
    }
}

/// How quickly the turn is considered over; `low` lets the user pause longer, `auto` equals `medium`.
#[derive(Debug, Clone)]
pub enum RealtimeSemanticVadEagerness {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSemanticVadEagerness {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSemanticVadEagerness {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeSemanticVadEagerness {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSemanticVadEagerness);

/// Settings of the output audio, as reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeSessionAudioOutputResponse {
    /// Encoding of the output audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Voice of the model.
    pub voice: Option<VoiceIdsShared>,
    /// Speaking rate, 1.0 being normal.
    pub speed: Option<f64>,
}

impl Serialize for RealtimeSessionAudioOutputResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        codec::optional_entry(&mut map, "voice", &self.voice)?;
        codec::optional_entry(&mut map, "speed", &self.speed)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionAudioOutputResponse {
    const EXPECTING: &'static str = "a `RealtimeSessionAudioOutputResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            "voice" => self.voice = map.next_value()?,
            "speed" => self.speed = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionAudioOutputResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `include` field of [`RealtimeSessionCreateResponse`](crate::types::RealtimeSessionCreateResponse).
#[derive(Debug, Clone)]
pub enum RealtimeSessionCreateResponseIncludeItem {
    /// `item.input_audio_transcription.logprobs`
    ItemInputAudioTranscriptionLogprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionCreateResponseIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionCreateResponseIncludeItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ItemInputAudioTranscriptionLogprobs => {
                "item.input_audio_transcription.logprobs"
            }
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeSessionCreateResponseIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "item.input_audio_transcription.logprobs" => {
                Self::ItemInputAudioTranscriptionLogprobs
            }
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionCreateResponseIncludeItem);

/// Tracing of a session: `auto` names the workflow after the session, or an object sets the names.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeTracingConfig {
    /// An `Enum` value.
    Enum(RealtimeTracingConfigEnum),
    /// Names under which the session's traces are filed.
    RealtimeTracingConfiguration(RealtimeTracingConfiguration),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for RealtimeTracingConfig {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<RealtimeTracingConfigEnum> for RealtimeTracingConfig {
    fn from(value: RealtimeTracingConfigEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<RealtimeTracingConfiguration> for RealtimeTracingConfig {
    fn from(value: RealtimeTracingConfiguration) -> Self {
        Self::RealtimeTracingConfiguration(value)
    }
}

impl Serialize for RealtimeTracingConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::RealtimeTracingConfiguration(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeTracingConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::RealtimeTracingConfiguration)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`RealtimeTracingConfig`](crate::types::RealtimeTracingConfig).
#[derive(Debug, Clone)]
pub enum RealtimeTracingConfigEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeTracingConfigEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeTracingConfigEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeTracingConfigEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeTracingConfigEnum);

/// Names under which the session's traces are filed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTracingConfiguration {
    /// Workflow the traces belong to.
    pub workflow_name: Option<String>,
    /// Id that groups related traces.
    pub group_id: Option<String>,
    /// Free-form data attached to the traces.
    pub metadata: Option<serde_json::Value>,
}

impl Serialize for RealtimeTracingConfiguration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "workflow_name", &self.workflow_name)?;
        codec::optional_entry(&mut map, "group_id", &self.group_id)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTracingConfiguration {
    const EXPECTING: &'static str = "a `RealtimeTracingConfiguration` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "workflow_name" => self.workflow_name = map.next_value()?,
            "group_id" => self.group_id = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTracingConfiguration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTracingConfiguration {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `workflow_name`.
    #[must_use]
    pub fn workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = Some(value.into());
        self
    }

    /// Sets `group_id`.
    #[must_use]
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

/// A tool of a Realtime session, told apart by `type`: a function the client
/// runs, or the tools of a remote MCP server.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeTool {
    /// A function the model may call; the client runs it and sends back a `function_call_output` item.
    Function(RealtimeFunctionTool),
    /// Gives the model the tools of a remote MCP (Model Context Protocol) server or connector.
    Mcp(McpTool),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeTool {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeFunctionTool> for RealtimeTool {
    fn from(value: RealtimeFunctionTool) -> Self {
        Self::Function(value)
    }
}

impl From<McpTool> for RealtimeTool {
    fn from(value: McpTool) -> Self {
        Self::Mcp(value)
    }
}

impl Serialize for RealtimeTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => Serialize::serialize(value, serializer),
            Self::Mcp(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("function") => codec::from_value(value).map(Self::Function),
            Some("mcp") => codec::from_value(value).map(Self::Mcp),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A function the model may call; the client runs it and sends back a `function_call_output` item.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeFunctionTool {
    /// Always `function`.
    pub r#type: Option<String>,
    /// Function name.
    pub name: Option<String>,
    /// When and how to use the function, for the model.
    pub description: Option<String>,
    /// JSON Schema of the arguments.
    pub parameters: Option<serde_json::Value>,
}

impl Default for RealtimeFunctionTool {
    fn default() -> Self {
        Self {
            r#type: Some("function".to_owned()),
            name: Default::default(),
            description: Default::default(),
            parameters: Default::default(),
        }
    }
}

impl Serialize for RealtimeFunctionTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "parameters", &self.parameters)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeFunctionTool {
    const EXPECTING: &'static str = "a `RealtimeFunctionTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "parameters" => self.parameters = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeFunctionTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeFunctionTool {
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

    /// Sets `parameters`.
    #[must_use]
    pub fn parameters(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.parameters = Some(value.into());
        self
    }
}

/// How the model picks tools: a mode (`none`, `auto`, `required`), or one function or MCP tool it must call.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeToolChoice {
    /// `none` never calls tools, `auto` lets the model decide, `required` forces at least one call.
    ToolChoiceOptions(ToolChoiceOptions),
    /// Forces a call to the named function.
    ToolChoiceFunction(ToolChoiceFunction),
    /// Forces a call to a tool of an MCP server.
    ToolChoiceMcp(ToolChoiceMcp),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for RealtimeToolChoice {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<ToolChoiceOptions> for RealtimeToolChoice {
    fn from(value: ToolChoiceOptions) -> Self {
        Self::ToolChoiceOptions(value)
    }
}

impl From<ToolChoiceFunction> for RealtimeToolChoice {
    fn from(value: ToolChoiceFunction) -> Self {
        Self::ToolChoiceFunction(value)
    }
}

impl From<ToolChoiceMcp> for RealtimeToolChoice {
    fn from(value: ToolChoiceMcp) -> Self {
        Self::ToolChoiceMcp(value)
    }
}

impl Serialize for RealtimeToolChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ToolChoiceOptions(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceFunction(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceMcp(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeToolChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => {
                codec::from_value(value).map(Self::ToolChoiceOptions)
            }
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["type", "name"],
                            known: &["type", "name"],
                            constants: &[("type", "function")],
                        },
                        codec::ObjectShape {
                            required: &["type", "server_label"],
                            known: &["type", "server_label", "name"],
                            constants: &[("type", "mcp")],
                        },
                    ],
                ) {
                    Some(0) => codec::from_value(value).map(Self::ToolChoiceFunction),
                    Some(1) => codec::from_value(value).map(Self::ToolChoiceMcp),
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Reasoning settings of a Realtime session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeReasoning {
    /// How much the model may think before it speaks.
    pub effort: Option<RealtimeReasoningEffort>,
}

impl Serialize for RealtimeReasoning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "effort", &self.effort)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeReasoning {
    const EXPECTING: &'static str = "a `RealtimeReasoning` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "effort" => self.effort = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeReasoning {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeReasoning {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `effort`.
    #[must_use]
    pub fn effort(mut self, value: impl Into<RealtimeReasoningEffort>) -> Self {
        self.effort = Some(value.into());
        self
    }
}

/// Thinking budget of a reasoning realtime model; lower values answer sooner (default `low`).
#[derive(Debug, Clone)]
pub enum RealtimeReasoningEffort {
    /// `minimal`
    Minimal,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `xhigh`
    Xhigh,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeReasoningEffort {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeReasoningEffort {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeReasoningEffort {
    fn from(value: &str) -> Self {
        match value {
            "minimal" => Self::Minimal,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "xhigh" => Self::Xhigh,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeReasoningEffort);

/// Cap on output tokens per response, from 1 to 4096, or `inf` for the model's own limit.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeMaxOutputTokens {
    /// An `Integer` value.
    Integer(i64),
    /// An `Enum` value.
    Enum(RealtimeMaxOutputTokensEnum),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for RealtimeMaxOutputTokens {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<i64> for RealtimeMaxOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<RealtimeMaxOutputTokensEnum> for RealtimeMaxOutputTokens {
    fn from(value: RealtimeMaxOutputTokensEnum) -> Self {
        Self::Enum(value)
    }
}

impl Serialize for RealtimeMaxOutputTokens {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeMaxOutputTokens {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => {
                codec::from_value(value).map(Self::Integer)
            }
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`RealtimeMaxOutputTokens`](crate::types::RealtimeMaxOutputTokens).
#[derive(Debug, Clone)]
pub enum RealtimeMaxOutputTokensEnum {
    /// `inf`
    Inf,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeMaxOutputTokensEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeMaxOutputTokensEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inf => "inf",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeMaxOutputTokensEnum {
    fn from(value: &str) -> Self {
        match value {
            "inf" => Self::Inf,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeMaxOutputTokensEnum);

/// What to do when the conversation no longer fits the model's context: `auto`
/// drops the oldest turns, `disabled` makes the response fail instead, and a
/// `retention_ratio` object drops a set share at once (which keeps the prompt
/// cache useful).
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeTruncation {
    /// An `Enum` value.
    Enum(RealtimeTruncationEnum),
    /// Truncation that keeps a fixed share of the conversation each time it runs out of room.
    RealtimeTruncationRetentionRatio(RealtimeTruncationRetentionRatio),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for RealtimeTruncation {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<RealtimeTruncationEnum> for RealtimeTruncation {
    fn from(value: RealtimeTruncationEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<RealtimeTruncationRetentionRatio> for RealtimeTruncation {
    fn from(value: RealtimeTruncationRetentionRatio) -> Self {
        Self::RealtimeTruncationRetentionRatio(value)
    }
}

impl Serialize for RealtimeTruncation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::RealtimeTruncationRetentionRatio(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeTruncation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::RealtimeTruncationRetentionRatio)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`RealtimeTruncation`](crate::types::RealtimeTruncation).
#[derive(Debug, Clone)]
pub enum RealtimeTruncationEnum {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeTruncationEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeTruncationEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Disabled => "disabled",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeTruncationEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeTruncationEnum);

/// Truncation that keeps a fixed share of the conversation each time it runs out of room.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeTruncationRetentionRatio {
    /// Always `retention_ratio`.
    pub r#type: String,
    /// Share of the conversation's tokens kept after truncating (0.8 keeps 80%).
    pub retention_ratio: f64,
    /// Token budgets that decide when truncation starts.
    pub token_limits: Option<RealtimeTruncationRetentionRatioTokenLimits>,
}

impl Default for RealtimeTruncationRetentionRatio {
    fn default() -> Self {
        Self {
            r#type: "retention_ratio".to_owned(),
            retention_ratio: Default::default(),
            token_limits: Default::default(),
        }
    }
}

impl Serialize for RealtimeTruncationRetentionRatio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("retention_ratio", &self.retention_ratio)?;
        codec::optional_entry(&mut map, "token_limits", &self.token_limits)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTruncationRetentionRatio {
    const EXPECTING: &'static str = "a `RealtimeTruncationRetentionRatio` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "retention_ratio" => {
                self.retention_ratio = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "token_limits" => self.token_limits = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTruncationRetentionRatio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTruncationRetentionRatio {
    /// Creates a value from its required fields (`retention_ratio`); the rest start unset.
    #[must_use]
    pub fn new(retention_ratio: impl Into<f64>) -> Self {
        Self {
            retention_ratio: retention_ratio.into(),
            ..Default::default()
        }
    }

    /// Sets `retention_ratio`.
    #[must_use]
    pub fn retention_ratio(mut self, value: impl Into<f64>) -> Self {
        self.retention_ratio = value.into();
        self
    }

    /// Sets `token_limits`.
    #[must_use]
    pub fn token_limits(
        mut self,
        value: impl Into<RealtimeTruncationRetentionRatioTokenLimits>,
    ) -> Self {
        self.token_limits = Some(value.into());
        self
    }
}

/// Token budgets that decide when truncation starts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTruncationRetentionRatioTokenLimits {
    /// Tokens allowed after the instructions before truncating; by default the context size minus the output cap.
    pub post_instructions: Option<i64>,
}

impl Serialize for RealtimeTruncationRetentionRatioTokenLimits {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "post_instructions", &self.post_instructions)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTruncationRetentionRatioTokenLimits {
    const EXPECTING: &'static str = "a `RealtimeTruncationRetentionRatioTokenLimits` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "post_instructions" => self.post_instructions = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTruncationRetentionRatioTokenLimits {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTruncationRetentionRatioTokenLimits {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `post_instructions`.
    #[must_use]
    pub fn post_instructions(mut self, value: impl Into<i64>) -> Self {
        self.post_instructions = Some(value.into());
        self
    }
}

/// A transcription-only Realtime session as reported by the server.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeTranscriptionSessionCreateResponse {
    /// Always `transcription`.
    pub r#type: String,
    /// Session id.
    pub id: String,
    /// Kind of object, `realtime.transcription_session`.
    pub object: String,
    /// When the session ends (Unix seconds).
    pub expires_at: Option<i64>,
    /// Extra data added to server events.
    pub include: Option<Vec<RealtimeTranscriptionSessionCreateResponseIncludeItem>>,
    /// Settings of the input audio.
    pub audio: Option<RealtimeTranscriptionSessionAudioResponse>,
}

impl Default for RealtimeTranscriptionSessionCreateResponse {
    fn default() -> Self {
        Self {
            r#type: "transcription".to_owned(),
            id: Default::default(),
            object: Default::default(),
            expires_at: Default::default(),
            include: Default::default(),
            audio: Default::default(),
        }
    }
}

impl Serialize for RealtimeTranscriptionSessionCreateResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "include", &self.include)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranscriptionSessionCreateResponse {
    const EXPECTING: &'static str = "a `RealtimeTranscriptionSessionCreateResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value()?,
            "include" => self.include = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `include` field of [`RealtimeTranscriptionSessionCreateResponse`](crate::types::RealtimeTranscriptionSessionCreateResponse).
#[derive(Debug, Clone)]
pub enum RealtimeTranscriptionSessionCreateResponseIncludeItem {
    /// `item.input_audio_transcription.logprobs`
    ItemInputAudioTranscriptionLogprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeTranscriptionSessionCreateResponseIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeTranscriptionSessionCreateResponseIncludeItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ItemInputAudioTranscriptionLogprobs => {
                "item.input_audio_transcription.logprobs"
            }
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeTranscriptionSessionCreateResponseIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "item.input_audio_transcription.logprobs" => {
                Self::ItemInputAudioTranscriptionLogprobs
            }
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    RealtimeTranscriptionSessionCreateResponseIncludeItem
);

/// Audio settings of a transcription session, as reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranscriptionSessionAudioResponse {
    /// What the client sends and how it is transcribed.
    pub input: Option<RealtimeTranscriptionSessionAudioInputResponse>,
}

impl Serialize for RealtimeTranscriptionSessionAudioResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranscriptionSessionAudioResponse {
    const EXPECTING: &'static str = "a `RealtimeTranscriptionSessionAudioResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionAudioResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Input audio settings of a transcription session, as reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranscriptionSessionAudioInputResponse {
    /// Encoding of the input audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Transcription model and hints; null when unset.
    pub transcription: Option<AudioTranscriptionResponse>,
    /// Filter applied to input audio; null when off.
    pub noise_reduction: Option<RealtimeNoiseReduction>,
    /// Voice activity detection in use; null when the client commits turns itself.
    pub turn_detection: Option<RealtimeTurnDetectionSettings>,
}

impl Serialize for RealtimeTranscriptionSessionAudioInputResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        codec::optional_entry(&mut map, "transcription", &self.transcription)?;
        codec::optional_entry(&mut map, "noise_reduction", &self.noise_reduction)?;
        codec::optional_entry(&mut map, "turn_detection", &self.turn_detection)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranscriptionSessionAudioInputResponse {
    const EXPECTING: &'static str = "a `RealtimeTranscriptionSessionAudioInputResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            "transcription" => self.transcription = map.next_value()?,
            "noise_reduction" => self.noise_reduction = map.next_value()?,
            "turn_detection" => self.turn_detection = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionAudioInputResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Voice activity detection settings as some endpoints report them, without a fixed set of modes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTurnDetectionSettings {
    /// Detection mode, such as `server_vad`.
    pub r#type: Option<String>,
    /// Loudness needed to count as speech, 0 to 1.
    pub threshold: Option<f64>,
    /// Audio kept from before speech was detected, in milliseconds.
    pub prefix_padding_ms: Option<i64>,
    /// Silence that ends the turn, in milliseconds.
    pub silence_duration_ms: Option<i64>,
}

impl Serialize for RealtimeTurnDetectionSettings {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "threshold", &self.threshold)?;
        codec::optional_entry(&mut map, "prefix_padding_ms", &self.prefix_padding_ms)?;
        codec::optional_entry(
            &mut map,
            "silence_duration_ms",
            &self.silence_duration_ms,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTurnDetectionSettings {
    const EXPECTING: &'static str = "a `RealtimeTurnDetectionSettings` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "threshold" => self.threshold = map.next_value()?,
            "prefix_padding_ms" => self.prefix_padding_ms = map.next_value()?,
            "silence_duration_ms" => self.silence_duration_ms = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTurnDetectionSettings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTurnDetectionSettings {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `threshold`.
    #[must_use]
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
    }

    /// Sets `prefix_padding_ms`.
    #[must_use]
    pub fn prefix_padding_ms(mut self, value: impl Into<i64>) -> Self {
        self.prefix_padding_ms = Some(value.into());
        self
    }

    /// Sets `silence_duration_ms`.
    #[must_use]
    pub fn silence_duration_ms(mut self, value: impl Into<i64>) -> Self {
        self.silence_duration_ms = Some(value.into());
        self
    }
}
