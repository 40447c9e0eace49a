// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `chat.completions` operations use.
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

use std::collections::BTreeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;
use crate::types::*;

/// Confirmation that a stored chat completion was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionDeleted {
    /// Always `chat.completion.deleted`.
    pub object: String,
    /// Id of the deleted completion.
    pub id: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl Default for ChatCompletionDeleted {
    fn default() -> Self {
        Self {
            object: "chat.completion.deleted".to_owned(),
            id: Default::default(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionDeleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionDeleted {
    const EXPECTING: &'static str = "a `ChatCompletionDeleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionDeleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of stored chat completions.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionList {
    /// Always `list`.
    pub object: String,
    /// The completions on this page.
    pub data: Vec<CreateChatCompletionResponse>,
    /// Id of the first completion on the page.
    pub first_id: String,
    /// Id of the last completion on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more completions follow.
    pub has_more: bool,
}

impl Default for ChatCompletionList {
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

impl Serialize for ChatCompletionList {
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

impl codec::ObjectFields for ChatCompletionList {
    const EXPECTING: &'static str = "a `ChatCompletionList` object";
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

impl<'de> Deserialize<'de> for ChatCompletionList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ChatCompletionList {
    type Item = CreateChatCompletionResponse;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<CreateChatCompletionResponse> {
        self.data
    }
}

/// A chat completion.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateChatCompletionResponse {
    /// Completion id (`chatcmpl-...`).
    pub id: String,
    /// Always `chat.completion`.
    pub object: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created: i64,
    /// Model that produced the completion.
    pub model: String,
    /// Generated alternatives; more than one when `n` was above 1.
    pub choices: Vec<ChatCompletionChoice>,
    /// Token usage.
    pub usage: Option<CompletionUsage>,
    /// Processing tier requested or used.
    pub service_tier: Option<ServiceTier>,
    /// Identifies the backend configuration that served the request.
    #[deprecated]
    pub system_fingerprint: Option<String>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Id of the API request that produced the completion; reported on stored completions.
    pub request_id: Option<String>,
    /// Seed the request asked for; reported on stored completions.
    pub seed: Option<i64>,
    /// Sampling temperature of the request; reported on stored completions.
    pub temperature: Option<f64>,
    /// Nucleus sampling mass of the request; reported on stored completions.
    pub top_p: Option<f64>,
    /// Presence penalty of the request; reported on stored completions.
    pub presence_penalty: Option<f64>,
    /// Frequency penalty of the request; reported on stored completions.
    pub frequency_penalty: Option<f64>,
}

impl Default for CreateChatCompletionResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chat.completion".to_owned(),
            created: Default::default(),
            model: Default::default(),
            choices: Default::default(),
            usage: Default::default(),
            service_tier: Default::default(),
            system_fingerprint: Default::default(),
            metadata: Default::default(),
            request_id: Default::default(),
            seed: Default::default(),
            temperature: Default::default(),
            top_p: Default::default(),
            presence_penalty: Default::default(),
            frequency_penalty: Default::default(),
        }
    }
}

impl Serialize for CreateChatCompletionResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created", &self.created)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("choices", &self.choices)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        codec::optional_entry(&mut map, "service_tier", &self.service_tier)?;
        codec::optional_entry(&mut map, "system_fingerprint", &self.system_fingerprint)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "request_id", &self.request_id)?;
        codec::optional_entry(&mut map, "seed", &self.seed)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "presence_penalty", &self.presence_penalty)?;
        codec::optional_entry(&mut map, "frequency_penalty", &self.frequency_penalty)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateChatCompletionResponse {
    const EXPECTING: &'static str = "a `CreateChatCompletionResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created" => self.created = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "choices" => self.choices = map.next_value::<codec::Lenient<_>>()?.0,
            "usage" => self.usage = map.next_value()?,
            "service_tier" => self.service_tier = map.next_value()?,
            "system_fingerprint" => self.system_fingerprint = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "request_id" => self.request_id = map.next_value()?,
            "seed" => self.seed = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "presence_penalty" => self.presence_penalty = map.next_value()?,
            "frequency_penalty" => self.frequency_penalty = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateChatCompletionResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One generated alternative.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionChoice {
    /// Position of this choice in the list.
    pub index: i64,
    /// The generated message.
    pub message: ChatCompletionResponseMessage,
    /// Why generation ended: a natural stop or stop sequence, the token
    /// limit, tool calls, filtered content, or a legacy function call.
    pub finish_reason: ChatCompletionChoiceFinishReason,
    /// Token log probabilities, when requested.
    pub logprobs: Option<ChatCompletionChoiceLogprobs>,
}

impl Serialize for ChatCompletionChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("message", &self.message)?;
        map.serialize_entry("finish_reason", &self.finish_reason)?;
        map.serialize_entry("logprobs", &self.logprobs)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionChoice {
    const EXPECTING: &'static str = "a `ChatCompletionChoice` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            "finish_reason" => {
                self.finish_reason = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "logprobs" => self.logprobs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The message the model generated.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionResponseMessage {
    /// Always `assistant`.
    pub role: String,
    /// Reply text.
    pub content: Option<String>,
    /// Refusal text, if the model declined.
    pub refusal: Option<String>,
    /// Tool calls the model made.
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    /// Web citations, for search-enabled models.
    pub annotations: Option<Vec<ChatCompletionUrlCitation>>,
    /// Spoken version of the reply, when audio output was requested.
    pub audio: Option<ChatCompletionResponseAudio>,
    /// Legacy function call, superseded by `tool_calls`.
    pub function_call: Option<ChatCompletionFunctionCall>,
}

impl Default for ChatCompletionResponseMessage {
    fn default() -> Self {
        Self {
            role: "assistant".to_owned(),
            content: Default::default(),
            refusal: Default::default(),
            tool_calls: Default::default(),
            annotations: Default::default(),
            audio: Default::default(),
            function_call: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionResponseMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        map.serialize_entry("refusal", &self.refusal)?;
        codec::optional_entry(&mut map, "tool_calls", &self.tool_calls)?;
        codec::optional_entry(&mut map, "annotations", &self.annotations)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "function_call", &self.function_call)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionResponseMessage {
    const EXPECTING: &'static str = "a `ChatCompletionResponseMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value()?,
            "refusal" => self.refusal = map.next_value()?,
            "tool_calls" => self.tool_calls = map.next_value()?,
            "annotations" => self.annotations = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "function_call" => self.function_call = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionResponseMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Tool calls made by the model.
pub type ChatCompletionMessageToolCalls = Vec<ChatCompletionMessageToolCallUnion>;

/// A function or custom tool call.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionMessageToolCallUnion {
    /// A call of one of your functions.
    Function(ChatCompletionMessageToolCall),
    /// A call of one of your custom tools.
    Custom(ChatCompletionMessageCustomToolCall),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatCompletionMessageToolCallUnion {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatCompletionMessageToolCall> for ChatCompletionMessageToolCallUnion {
    fn from(value: ChatCompletionMessageToolCall) -> Self {
        Self::Function(value)
    }
}

impl From<ChatCompletionMessageCustomToolCall> for ChatCompletionMessageToolCallUnion {
    fn from(value: ChatCompletionMessageCustomToolCall) -> Self {
        Self::Custom(value)
    }
}

impl Serialize for ChatCompletionMessageToolCallUnion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => Serialize::serialize(value, serializer),
            Self::Custom(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionMessageToolCallUnion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("function") => codec::from_value(value).map(Self::Function),
            Some("custom") => codec::from_value(value).map(Self::Custom),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A call of one of your functions.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionMessageToolCall {
    /// Id to quote in the tool message that answers it.
    pub id: String,
    /// Always `function`.
    pub r#type: String,
    /// Function name and JSON arguments.
    pub function: ChatCompletionFunctionCall,
}

impl Default for ChatCompletionMessageToolCall {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "function".to_owned(),
            function: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionMessageToolCall {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("function", &self.function)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionMessageToolCall {
    const EXPECTING: &'static str = "a `ChatCompletionMessageToolCall` object";
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

impl<'de> Deserialize<'de> for ChatCompletionMessageToolCall {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionMessageToolCall {
    /// Creates a value from its required fields (`id`, `function`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        function: impl Into<ChatCompletionFunctionCall>,
    ) -> Self {
        Self {
            id: id.into(),
            function: function.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `function`.
    #[must_use]
    pub fn function(mut self, value: impl Into<ChatCompletionFunctionCall>) -> Self {
        self.function = value.into();
        self
    }
}

/// A legacy function call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionFunctionCall {
    /// Function to call.
    pub name: String,
    /// Arguments as a JSON-encoded string.
    pub arguments: String,
}

impl Serialize for ChatCompletionFunctionCall {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionFunctionCall {
    const EXPECTING: &'static str = "a `ChatCompletionFunctionCall` object";
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

impl<'de> Deserialize<'de> for ChatCompletionFunctionCall {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionFunctionCall {
    /// Creates a value from its required fields (`name`, `arguments`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>, arguments: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            arguments: arguments.into(),
        }
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

/// A call of one of your custom tools.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionMessageCustomToolCall {
    /// Id to quote in the tool message that answers it.
    pub id: String,
    /// Always `custom`.
    pub r#type: String,
    /// The call.
    pub custom: ChatCompletionMessageCustomToolCallCustom,
}

impl Default for ChatCompletionMessageCustomToolCall {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "custom".to_owned(),
            custom: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionMessageCustomToolCall {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("custom", &self.custom)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionMessageCustomToolCall {
    const EXPECTING: &'static str = "a `ChatCompletionMessageCustomToolCall` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "custom" => self.custom = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionMessageCustomToolCall {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionMessageCustomToolCall {
    /// Creates a value from its required fields (`id`, `custom`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        custom: impl Into<ChatCompletionMessageCustomToolCallCustom>,
    ) -> Self {
        Self {
            id: id.into(),
            custom: custom.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `custom`.
    #[must_use]
    pub fn custom(
        mut self,
        value: impl Into<ChatCompletionMessageCustomToolCallCustom>,
    ) -> Self {
        self.custom = value.into();
        self
    }
}

/// The call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionMessageCustomToolCallCustom {
    /// Tool name.
    pub name: String,
    /// Free-text input generated for the tool.
    pub input: String,
}

impl Serialize for ChatCompletionMessageCustomToolCallCustom {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("input", &self.input)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionMessageCustomToolCallCustom {
    const EXPECTING: &'static str = "a `ChatCompletionMessageCustomToolCallCustom` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionMessageCustomToolCallCustom {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionMessageCustomToolCallCustom {
    /// Creates a value from its required fields (`name`, `input`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>, input: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            input: input.into(),
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<String>) -> Self {
        self.input = value.into();
        self
    }
}

/// A citation of a web page.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionUrlCitation {
    /// Always `url_citation`.
    pub r#type: String,
    /// The cited page and span.
    pub url_citation: ChatCompletionUrlCitationUrlCitation,
}

impl Default for ChatCompletionUrlCitation {
    fn default() -> Self {
        Self {
            r#type: "url_citation".to_owned(),
            url_citation: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionUrlCitation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("url_citation", &self.url_citation)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionUrlCitation {
    const EXPECTING: &'static str = "a `ChatCompletionUrlCitation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "url_citation" => {
                self.url_citation = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionUrlCitation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The cited page and span.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionUrlCitationUrlCitation {
    /// Address of the page.
    pub url: String,
    /// Title of the page.
    pub title: String,
    /// First character of the cited span.
    pub start_index: i64,
    /// Character after the cited span.
    pub end_index: i64,
}

impl Serialize for ChatCompletionUrlCitationUrlCitation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("url", &self.url)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("start_index", &self.start_index)?;
        map.serialize_entry("end_index", &self.end_index)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionUrlCitationUrlCitation {
    const EXPECTING: &'static str = "a `ChatCompletionUrlCitationUrlCitation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "url" => self.url = map.next_value::<codec::Lenient<_>>()?.0,
            "title" => self.title = map.next_value::<codec::Lenient<_>>()?.0,
            "start_index" => self.start_index = map.next_value::<codec::Lenient<_>>()?.0,
            "end_index" => self.end_index = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionUrlCitationUrlCitation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Audio generated for a reply.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionResponseAudio {
    /// Id to refer to this audio in later turns.
    pub id: String,
    /// Time after which the audio can no longer be referenced.
    pub expires_at: i64,
    /// Base64-encoded audio in the requested format.
    pub data: String,
    /// Text of what was said.
    pub transcript: String,
}

impl Serialize for ChatCompletionResponseAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("transcript", &self.transcript)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionResponseAudio {
    const EXPECTING: &'static str = "a `ChatCompletionResponseAudio` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "transcript" => self.transcript = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionResponseAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Why generation ended: a natural stop or stop sequence, the token
/// limit, tool calls, filtered content, or a legacy function call.
#[derive(Debug, Clone)]
pub enum ChatCompletionChoiceFinishReason {
    /// `stop`
    Stop,
    /// `length`
    Length,
    /// `tool_calls`
    ToolCalls,
    /// `content_filter`
    ContentFilter,
    /// `function_call`
    FunctionCall,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatCompletionChoiceFinishReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatCompletionChoiceFinishReason {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stop => "stop",
            Self::Length => "length",
            Self::ToolCalls => "tool_calls",
            Self::ContentFilter => "content_filter",
            Self::FunctionCall => "function_call",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatCompletionChoiceFinishReason {
    fn from(value: &str) -> Self {
        match value {
            "stop" => Self::Stop,
            "length" => Self::Length,
            "tool_calls" => Self::ToolCalls,
            "content_filter" => Self::ContentFilter,
            "function_call" => Self::FunctionCall,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatCompletionChoiceFinishReason);

/// Log probabilities of the generated tokens.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionChoiceLogprobs {
    /// One entry per content token.
    pub content: Option<Vec<ChatCompletionTokenLogprob>>,
    /// One entry per refusal token.
    pub refusal: Option<Vec<ChatCompletionTokenLogprob>>,
}

impl Serialize for ChatCompletionChoiceLogprobs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("content", &self.content)?;
        map.serialize_entry("refusal", &self.refusal)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionChoiceLogprobs {
    const EXPECTING: &'static str = "a `ChatCompletionChoiceLogprobs` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "content" => self.content = map.next_value()?,
            "refusal" => self.refusal = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionChoiceLogprobs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Log probability of one token and its best alternatives.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionTokenLogprob {
    /// The token.
    pub token: String,
    /// Natural log of its probability.
    pub logprob: f64,
    /// UTF-8 bytes of the token.
    pub bytes: Option<Vec<i64>>,
    /// The most likely alternatives at this position.
    pub top_logprobs: Vec<ChatCompletionTokenLogprobTopLogprobsItem>,
}

impl Serialize for ChatCompletionTokenLogprob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("token", &self.token)?;
        map.serialize_entry("logprob", &self.logprob)?;
        map.serialize_entry("bytes", &self.bytes)?;
        map.serialize_entry("top_logprobs", &self.top_logprobs)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionTokenLogprob {
    const EXPECTING: &'static str = "a `ChatCompletionTokenLogprob` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "token" => self.token = map.next_value::<codec::Lenient<_>>()?.0,
            "logprob" => self.logprob = map.next_value::<codec::Lenient<_>>()?.0,
            "bytes" => self.bytes = map.next_value()?,
            "top_logprobs" => {
                self.top_logprobs = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionTokenLogprob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `top_logprobs` field of [`ChatCompletionTokenLogprob`](crate::types::ChatCompletionTokenLogprob).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionTokenLogprobTopLogprobsItem {
    /// An alternative token.
    pub token: String,
    /// Natural log of its probability.
    pub logprob: f64,
    /// UTF-8 bytes of the token.
    pub bytes: Option<Vec<i64>>,
}

impl Serialize for ChatCompletionTokenLogprobTopLogprobsItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("token", &self.token)?;
        map.serialize_entry("logprob", &self.logprob)?;
        map.serialize_entry("bytes", &self.bytes)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionTokenLogprobTopLogprobsItem {
    const EXPECTING: &'static str = "a `ChatCompletionTokenLogprobTopLogprobsItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "token" => self.token = map.next_value::<codec::Lenient<_>>()?.0,
            "logprob" => self.logprob = map.next_value::<codec::Lenient<_>>()?.0,
            "bytes" => self.bytes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionTokenLogprobTopLogprobsItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Processing tier that serves the request: `auto` lets the project
/// settings decide, `default` is standard capacity, `flex` is cheaper but
/// slower, `priority` is faster at a higher price. Responses echo the
/// tier that was actually used.
#[derive(Debug, Clone)]
pub enum ServiceTier {
    /// `auto`
    Auto,
    /// `default`
    Default,
    /// `flex`
    Flex,
    /// `scale`
    Scale,
    /// `priority`
    Priority,
    /// `fast`
    Fast,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ServiceTier {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ServiceTier {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Default => "default",
            Self::Flex => "flex",
            Self::Scale => "scale",
            Self::Priority => "priority",
            Self::Fast => "fast",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ServiceTier {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default" => Self::Default,
            "flex" => Self::Flex,
            "scale" => Self::Scale,
            "priority" => Self::Priority,
            "fast" => Self::Fast,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ServiceTier);

/// A page of messages of a stored chat completion.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionMessageList {
    /// Always `list`.
    pub object: String,
    /// The messages on this page.
    pub data: Vec<ChatCompletionStoredMessage>,
    /// Id of the first message on the page.
    pub first_id: String,
    /// Id of the last message on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more messages follow.
    pub has_more: bool,
}

impl Default for ChatCompletionMessageList {
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

impl Serialize for ChatCompletionMessageList {
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

impl codec::ObjectFields for ChatCompletionMessageList {
    const EXPECTING: &'static str = "a `ChatCompletionMessageList` object";
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

impl<'de> Deserialize<'de> for ChatCompletionMessageList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ChatCompletionMessageList {
    type Item = ChatCompletionStoredMessage;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<ChatCompletionStoredMessage> {
        self.data
    }
}

/// A message of a stored chat completion, with its id.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionStoredMessage {
    /// Always `assistant`.
    pub role: String,
    /// Reply text.
    pub content: Option<String>,
    /// Refusal text, if the model declined.
    pub refusal: Option<String>,
    /// Tool calls the model made.
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    /// Web citations, for search-enabled models.
    pub annotations: Option<Vec<ChatCompletionUrlCitation>>,
    /// Spoken version of the reply, when audio output was requested.
    pub audio: Option<ChatCompletionResponseAudio>,
    /// Legacy function call, superseded by `tool_calls`.
    pub function_call: Option<ChatCompletionFunctionCall>,
    /// Message id.
    pub id: String,
    /// The message's parts, when it was sent as text and image parts.
    pub content_parts: Option<Vec<ChatCompletionStoredMessageContentPart>>,
}

impl Default for ChatCompletionStoredMessage {
    fn default() -> Self {
        Self {
            role: "assistant".to_owned(),
            content: Default::default(),
            refusal: Default::default(),
            tool_calls: Default::default(),
            annotations: Default::default(),
            audio: Default::default(),
            function_call: Default::default(),
            id: Default::default(),
            content_parts: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionStoredMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        map.serialize_entry("refusal", &self.refusal)?;
        codec::optional_entry(&mut map, "tool_calls", &self.tool_calls)?;
        codec::optional_entry(&mut map, "annotations", &self.annotations)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "function_call", &self.function_call)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "content_parts", &self.content_parts)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionStoredMessage {
    const EXPECTING: &'static str = "a `ChatCompletionStoredMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value()?,
            "refusal" => self.refusal = map.next_value()?,
            "tool_calls" => self.tool_calls = map.next_value()?,
            "annotations" => self.annotations = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "function_call" => self.function_call = map.next_value()?,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "content_parts" => self.content_parts = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionStoredMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A text or image part of a stored message.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionStoredMessageContentPart {
    /// A text part.
    Text(ChatCompletionRequestMessageContentPartText),
    /// An image part, by URL or base64 data URL.
    ImageUrl(ChatCompletionRequestMessageContentPartImage),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatCompletionStoredMessageContentPart {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatCompletionRequestMessageContentPartText>
for ChatCompletionStoredMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartText) -> Self {
        Self::Text(value)
    }
}

impl From<ChatCompletionRequestMessageContentPartImage>
for ChatCompletionStoredMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartImage) -> Self {
        Self::ImageUrl(value)
    }
}

impl Serialize for ChatCompletionStoredMessageContentPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::ImageUrl(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionStoredMessageContentPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("text") => codec::from_value(value).map(Self::Text),
            Some("image_url") => codec::from_value(value).map(Self::ImageUrl),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A text part.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestMessageContentPartText {
    /// Always `text`.
    pub r#type: String,
    /// The text.
    pub text: String,
}

impl Default for ChatCompletionRequestMessageContentPartText {
    fn default() -> Self {
        Self {
            r#type: "text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestMessageContentPartText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestMessageContentPartText {
    const EXPECTING: &'static str = "a `ChatCompletionRequestMessageContentPartText` object";
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

impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestMessageContentPartText {
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

/// An image part, by URL or base64 data URL.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestMessageContentPartImage {
    /// Always `image_url`.
    pub r#type: String,
    /// Where the image is and how closely to look at it.
    pub image_url: ChatCompletionRequestMessageContentPartImageImageUrl,
}

impl Default for ChatCompletionRequestMessageContentPartImage {
    fn default() -> Self {
        Self {
            r#type: "image_url".to_owned(),
            image_url: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestMessageContentPartImage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("image_url", &self.image_url)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestMessageContentPartImage {
    const EXPECTING: &'static str = "a `ChatCompletionRequestMessageContentPartImage` object";
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

impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestMessageContentPartImage {
    /// Creates a value from its required fields (`image_url`); the rest start unset.
    #[must_use]
    pub fn new(
        image_url: impl Into<ChatCompletionRequestMessageContentPartImageImageUrl>,
    ) -> Self {
        Self {
            image_url: image_url.into(),
            ..Default::default()
        }
    }

    /// Sets `image_url`.
    #[must_use]
    pub fn image_url(
        mut self,
        value: impl Into<ChatCompletionRequestMessageContentPartImageImageUrl>,
    ) -> Self {
        self.image_url = value.into();
        self
    }
}

/// Where the image is and how closely to look at it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionRequestMessageContentPartImageImageUrl {
    /// Image URL or `data:` URL.
    pub url: String,
    /// Resolution at which the model looks at the image.
    pub detail: Option<ChatCompletionRequestMessageContentPartImageImageUrlDetail>,
}

impl Serialize for ChatCompletionRequestMessageContentPartImageImageUrl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("url", &self.url)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestMessageContentPartImageImageUrl {
    const EXPECTING: &'static str = "a `ChatCompletionRequestMessageContentPartImageImageUrl` object";
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

impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartImageImageUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestMessageContentPartImageImageUrl {
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
        value: impl Into<ChatCompletionRequestMessageContentPartImageImageUrlDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}

/// Resolution at which the model looks at the image.
#[derive(Debug, Clone)]
pub enum ChatCompletionRequestMessageContentPartImageImageUrlDetail {
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
impl Default for ChatCompletionRequestMessageContentPartImageImageUrlDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatCompletionRequestMessageContentPartImageImageUrlDetail {
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

impl From<&str> for ChatCompletionRequestMessageContentPartImageImageUrlDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    ChatCompletionRequestMessageContentPartImageImageUrlDetail
);

/// Body of `POST /chat/completions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateChatCompletionRequest {
    /// The conversation so far, oldest message first.
    pub messages: Vec<ChatCompletionRequestMessage>,
    /// Model that writes the reply, e.g. `gpt-5`, `gpt-4o` or `o3`.
    pub model: String,
    /// Voice and format of audio output; required when `modalities` includes `audio`.
    pub audio: Option<ChatCompletionAudioParam>,
    /// Between -2 and 2; positive values discourage repeating tokens in proportion to how often they appeared.
    pub frequency_penalty: Option<f64>,
    /// Between -2 and 2; positive values encourage moving on to new topics.
    pub presence_penalty: Option<f64>,
    /// Map from token id (as a string) to a bias between -100 and 100 added to its logit.
    pub logit_bias: Option<BTreeMap<String, i64>>,
    /// Return the log probability of each output token.
    pub logprobs: Option<bool>,
    /// With `logprobs`, how many most-likely alternatives to return per position.
    pub top_logprobs: Option<i64>,
    /// Cap on generated tokens, reasoning tokens included.
    pub max_completion_tokens: Option<i64>,
    /// Older output cap that reasoning models do not accept; use `max_completion_tokens`.
    #[deprecated]
    pub max_tokens: Option<i64>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Output kinds to produce.
    pub modalities: Option<ResponseModalities>,
    /// How many alternative replies to generate. You pay for all of them.
    pub n: Option<i64>,
    /// Whether the model may call several tools at once (default true).
    pub parallel_tool_calls: Option<bool>,
    /// Text that the output is expected to largely repeat, which speeds up generation.
    pub prediction: Option<PredictionContent>,
    /// Key that groups similar requests to improve prompt cache hits.
    pub prompt_cache_key: Option<String>,
    /// How long cached prompt prefixes are kept.
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
    /// How hard a reasoning model thinks before answering.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Output format: text, a JSON schema, or any JSON object.
    pub response_format: Option<ResponseFormat>,
    /// Stable, anonymised id of your end user, used for abuse detection.
    pub safety_identifier: Option<String>,
    /// Best-effort determinism; equal seeds and parameters tend to give equal output.
    #[deprecated]
    pub seed: Option<i64>,
    /// Processing tier requested or used.
    pub service_tier: Option<ServiceTier>,
    /// Sequences at which generation stops.
    pub stop: Option<StopConfiguration>,
    /// Keep the completion for later retrieval, listing and evals.
    pub store: Option<bool>,
    /// Deliver the reply as server-sent chunks.
    pub stream: Option<bool>,
    /// Streaming settings; only with `stream: true`.
    pub stream_options: Option<ChatCompletionStreamOptions>,
    /// Sampling temperature between 0 and 2; higher is more random.
    pub temperature: Option<f64>,
    /// Nucleus sampling; only tokens within this cumulative probability mass are considered.
    pub top_p: Option<f64>,
    /// Tools the model may call.
    pub tools: Option<Vec<ChatCompletionToolUnion>>,
    /// How the model picks tools.
    pub tool_choice: Option<ChatCompletionToolChoiceOption>,
    /// Former end-user identifier; use `safety_identifier` and `prompt_cache_key` instead.
    #[deprecated]
    pub user: Option<String>,
    /// How detailed the answer should be.
    pub verbosity: Option<Verbosity>,
    /// Web search settings for search models.
    pub web_search_options: Option<WebSearchOptions>,
}

impl Serialize for CreateChatCompletionRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("messages", &self.messages)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "frequency_penalty", &self.frequency_penalty)?;
        codec::optional_entry(&mut map, "presence_penalty", &self.presence_penalty)?;
        codec::optional_entry(&mut map, "logit_bias", &self.logit_bias)?;
        codec::optional_entry(&mut map, "logprobs", &self.logprobs)?;
        codec::optional_entry(&mut map, "top_logprobs", &self.top_logprobs)?;
        codec::optional_entry(
            &mut map,
            "max_completion_tokens",
            &self.max_completion_tokens,
        )?;
        codec::optional_entry(&mut map, "max_tokens", &self.max_tokens)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "modalities", &self.modalities)?;
        codec::optional_entry(&mut map, "n", &self.n)?;
        codec::optional_entry(
            &mut map,
            "parallel_tool_calls",
            &self.parallel_tool_calls,
        )?;
        codec::optional_entry(&mut map, "prediction", &self.prediction)?;
        codec::optional_entry(&mut map, "prompt_cache_key", &self.prompt_cache_key)?;
        codec::optional_entry(
            &mut map,
            "prompt_cache_retention",
            &self.prompt_cache_retention,
        )?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        codec::optional_entry(&mut map, "safety_identifier", &self.safety_identifier)?;
        codec::optional_entry(&mut map, "seed", &self.seed)?;
        codec::optional_entry(&mut map, "service_tier", &self.service_tier)?;
        codec::optional_entry(&mut map, "stop", &self.stop)?;
        codec::optional_entry(&mut map, "store", &self.store)?;
        codec::optional_entry(&mut map, "stream", &self.stream)?;
        codec::optional_entry(&mut map, "stream_options", &self.stream_options)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        codec::optional_entry(&mut map, "verbosity", &self.verbosity)?;
        codec::optional_entry(&mut map, "web_search_options", &self.web_search_options)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateChatCompletionRequest {
    const EXPECTING: &'static str = "a `CreateChatCompletionRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "messages" => self.messages = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "audio" => self.audio = map.next_value()?,
            "frequency_penalty" => self.frequency_penalty = map.next_value()?,
            "presence_penalty" => self.presence_penalty = map.next_value()?,
            "logit_bias" => self.logit_bias = map.next_value()?,
            "logprobs" => self.logprobs = map.next_value()?,
            "top_logprobs" => self.top_logprobs = map.next_value()?,
            "max_completion_tokens" => self.max_completion_tokens = map.next_value()?,
            "max_tokens" => self.max_tokens = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "modalities" => self.modalities = map.next_value()?,
            "n" => self.n = map.next_value()?,
            "parallel_tool_calls" => self.parallel_tool_calls = map.next_value()?,
            "prediction" => self.prediction = map.next_value()?,
            "prompt_cache_key" => self.prompt_cache_key = map.next_value()?,
            "prompt_cache_retention" => self.prompt_cache_retention = map.next_value()?,
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            "response_format" => self.response_format = map.next_value()?,
            "safety_identifier" => self.safety_identifier = map.next_value()?,
            "seed" => self.seed = map.next_value()?,
            "service_tier" => self.service_tier = map.next_value()?,
            "stop" => self.stop = map.next_value()?,
            "store" => self.store = map.next_value()?,
            "stream" => self.stream = map.next_value()?,
            "stream_options" => self.stream_options = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "user" => self.user = map.next_value()?,
            "verbosity" => self.verbosity = map.next_value()?,
            "web_search_options" => self.web_search_options = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateChatCompletionRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateChatCompletionRequest {
    /// Creates a value from its required fields (`messages`, `model`); the rest start unset.
    #[must_use]
    pub fn new(
        messages: impl Into<Vec<ChatCompletionRequestMessage>>,
        model: impl Into<String>,
    ) -> Self {
        Self {
            messages: messages.into(),
            model: model.into(),
            ..Default::default()
        }
    }

    /// Sets `messages`.
    #[must_use]
    pub fn messages(
        mut self,
        value: impl Into<Vec<ChatCompletionRequestMessage>>,
    ) -> Self {
        self.messages = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<ChatCompletionAudioParam>) -> Self {
        self.audio = Some(value.into());
        self
    }

    /// Sets `frequency_penalty`.
    #[must_use]
    pub fn frequency_penalty(mut self, value: impl Into<f64>) -> Self {
        self.frequency_penalty = Some(value.into());
        self
    }

    /// Sets `presence_penalty`.
    #[must_use]
    pub fn presence_penalty(mut self, value: impl Into<f64>) -> Self {
        self.presence_penalty = Some(value.into());
        self
    }

    /// Sets `logit_bias`.
    #[must_use]
    pub fn logit_bias<K: Into<String>, V: Into<i64>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.logit_bias = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }

    /// Sets `logprobs`.
    #[must_use]
    pub fn logprobs(mut self, value: impl Into<bool>) -> Self {
        self.logprobs = Some(value.into());
        self
    }

    /// Sets `top_logprobs`.
    #[must_use]
    pub fn top_logprobs(mut self, value: impl Into<i64>) -> Self {
        self.top_logprobs = Some(value.into());
        self
    }

    /// Sets `max_completion_tokens`.
    #[must_use]
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }

    /// Sets `max_tokens`.
    #[deprecated]
    #[must_use]
    pub fn max_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_tokens = Some(value.into());
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

    /// Sets `modalities`.
    #[must_use]
    pub fn modalities(mut self, value: impl Into<ResponseModalities>) -> Self {
        self.modalities = Some(value.into());
        self
    }

    /// Sets `n`.
    #[must_use]
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }

    /// Sets `parallel_tool_calls`.
    #[must_use]
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `prediction`.
    #[must_use]
    pub fn prediction(mut self, value: impl Into<PredictionContent>) -> Self {
        self.prediction = Some(value.into());
        self
    }

    /// Sets `prompt_cache_key`.
    #[must_use]
    pub fn prompt_cache_key(mut self, value: impl Into<String>) -> Self {
        self.prompt_cache_key = Some(value.into());
        self
    }

    /// Sets `prompt_cache_retention`.
    #[must_use]
    pub fn prompt_cache_retention(
        mut self,
        value: impl Into<CreateChatCompletionRequestPromptCacheRetention>,
    ) -> Self {
        self.prompt_cache_retention = Some(value.into());
        self
    }

    /// Sets `reasoning_effort`.
    #[must_use]
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(mut self, value: impl Into<ResponseFormat>) -> Self {
        self.response_format = Some(value.into());
        self
    }

    /// Sets `safety_identifier`.
    #[must_use]
    pub fn safety_identifier(mut self, value: impl Into<String>) -> Self {
        self.safety_identifier = Some(value.into());
        self
    }

    /// Sets `seed`.
    #[deprecated]
    #[must_use]
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }

    /// Sets `service_tier`.
    #[must_use]
    pub fn service_tier(mut self, value: impl Into<ServiceTier>) -> Self {
        self.service_tier = Some(value.into());
        self
    }

    /// Sets `stop`.
    #[must_use]
    pub fn stop(mut self, value: impl Into<StopConfiguration>) -> Self {
        self.stop = Some(value.into());
        self
    }

    /// Sets `store`.
    #[must_use]
    pub fn store(mut self, value: impl Into<bool>) -> Self {
        self.store = Some(value.into());
        self
    }

    /// Sets `stream`.
    #[must_use]
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }

    /// Sets `stream_options`.
    #[must_use]
    pub fn stream_options(
        mut self,
        value: impl Into<ChatCompletionStreamOptions>,
    ) -> Self {
        self.stream_options = Some(value.into());
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

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<ChatCompletionToolUnion>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_choice`.
    #[must_use]
    pub fn tool_choice(
        mut self,
        value: impl Into<ChatCompletionToolChoiceOption>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `user`.
    #[deprecated]
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }

    /// Sets `verbosity`.
    #[must_use]
    pub fn verbosity(mut self, value: impl Into<Verbosity>) -> Self {
        self.verbosity = Some(value.into());
        self
    }

    /// Sets `web_search_options`.
    #[must_use]
    pub fn web_search_options(mut self, value: impl Into<WebSearchOptions>) -> Self {
        self.web_search_options = Some(value.into());
        self
    }
}

/// One message of the conversation, identified by its `role`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestMessage {
    /// Instructions from the developer that the model must follow (replaces system messages on newer models).
    Developer(ChatCompletionRequestDeveloperMessage),
    /// Instructions for the model (older equivalent of developer messages).
    System(ChatCompletionRequestSystemMessage),
    /// A message from the end user, possibly with images, audio or files.
    User(ChatCompletionRequestUserMessage),
    /// An earlier reply of the model, replayed as context, possibly with the tool calls it made.
    Assistant(ChatCompletionRequestAssistantMessage),
    /// The result of a tool call, answering one entry of an assistant message's `tool_calls`.
    Tool(ChatCompletionRequestToolMessage),
    /// Legacy result of a function call; use tool messages instead.
    Function(ChatCompletionRequestFunctionMessage),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatCompletionRequestMessage {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatCompletionRequestDeveloperMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestDeveloperMessage) -> Self {
        Self::Developer(value)
    }
}

impl From<ChatCompletionRequestSystemMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestSystemMessage) -> Self {
        Self::System(value)
    }
}

impl From<ChatCompletionRequestUserMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestUserMessage) -> Self {
        Self::User(value)
    }
}

impl From<ChatCompletionRequestAssistantMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestAssistantMessage) -> Self {
        Self::Assistant(value)
    }
}

impl From<ChatCompletionRequestToolMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestToolMessage) -> Self {
        Self::Tool(value)
    }
}

impl From<ChatCompletionRequestFunctionMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestFunctionMessage) -> Self {
        Self::Function(value)
    }
}

impl Serialize for ChatCompletionRequestMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Developer(value) => Serialize::serialize(value, serializer),
            Self::System(value) => Serialize::serialize(value, serializer),
            Self::User(value) => Serialize::serialize(value, serializer),
            Self::Assistant(value) => Serialize::serialize(value, serializer),
            Self::Tool(value) => Serialize::serialize(value, serializer),
            Self::Function(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("role").and_then(serde_json::Value::as_str) {
            Some("developer") => codec::from_value(value).map(Self::Developer),
            Some("system") => codec::from_value(value).map(Self::System),
            Some("user") => codec::from_value(value).map(Self::User),
            Some("assistant") => codec::from_value(value).map(Self::Assistant),
            Some("tool") => codec::from_value(value).map(Self::Tool),
            Some("function") => codec::from_value(value).map(Self::Function),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Instructions from the developer that the model must follow (replaces system messages on newer models).
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestDeveloperMessage {
    /// Always `developer`.
    pub role: String,
    /// The instructions, as text or text parts.
    pub content: ChatCompletionRequestDeveloperMessageContent,
    /// Optional name that distinguishes participants with the same role.
    pub name: Option<String>,
}

impl Default for ChatCompletionRequestDeveloperMessage {
    fn default() -> Self {
        Self {
            role: "developer".to_owned(),
            content: Default::default(),
            name: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestDeveloperMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestDeveloperMessage {
    const EXPECTING: &'static str = "a `ChatCompletionRequestDeveloperMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestDeveloperMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestDeveloperMessage {
    /// Creates a value from its required fields (`content`); the rest start unset.
    #[must_use]
    pub fn new(
        content: impl Into<ChatCompletionRequestDeveloperMessageContent>,
    ) -> Self {
        Self {
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(
        mut self,
        value: impl Into<ChatCompletionRequestDeveloperMessageContent>,
    ) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

/// The instructions, as text or text parts.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestDeveloperMessageContent {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<ChatCompletionRequestMessageContentPartText>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ChatCompletionRequestDeveloperMessageContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ChatCompletionRequestDeveloperMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ChatCompletionRequestDeveloperMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<ChatCompletionRequestMessageContentPartText>>
for ChatCompletionRequestDeveloperMessageContent {
    fn from(value: Vec<ChatCompletionRequestMessageContentPartText>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for ChatCompletionRequestDeveloperMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestDeveloperMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Instructions for the model (older equivalent of developer messages).
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestSystemMessage {
    /// Always `system`.
    pub role: String,
    /// The instructions, as text or text parts.
    pub content: ChatCompletionRequestSystemMessageContent,
    /// Optional name that distinguishes participants with the same role.
    pub name: Option<String>,
}

impl Default for ChatCompletionRequestSystemMessage {
    fn default() -> Self {
        Self {
            role: "system".to_owned(),
            content: Default::default(),
            name: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestSystemMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestSystemMessage {
    const EXPECTING: &'static str = "a `ChatCompletionRequestSystemMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestSystemMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestSystemMessage {
    /// Creates a value from its required fields (`content`); the rest start unset.
    #[must_use]
    pub fn new(content: impl Into<ChatCompletionRequestSystemMessageContent>) -> Self {
        Self {
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(
        mut self,
        value: impl Into<ChatCompletionRequestSystemMessageContent>,
    ) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

/// The instructions, as text or text parts.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestSystemMessageContent {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<ChatCompletionRequestMessageContentPartText>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ChatCompletionRequestSystemMessageContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ChatCompletionRequestSystemMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ChatCompletionRequestSystemMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<ChatCompletionRequestMessageContentPartText>>
for ChatCompletionRequestSystemMessageContent {
    fn from(value: Vec<ChatCompletionRequestMessageContentPartText>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for ChatCompletionRequestSystemMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestSystemMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A message from the end user, possibly with images, audio or files.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestUserMessage {
    /// Always `user`.
    pub role: String,
    /// The message, as text or a list of parts.
    pub content: ChatCompletionRequestUserMessageContent,
    /// Optional name that distinguishes participants with the same role.
    pub name: Option<String>,
}

impl Default for ChatCompletionRequestUserMessage {
    fn default() -> Self {
        Self {
            role: "user".to_owned(),
            content: Default::default(),
            name: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestUserMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestUserMessage {
    const EXPECTING: &'static str = "a `ChatCompletionRequestUserMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestUserMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestUserMessage {
    /// Creates a value from its required fields (`content`); the rest start unset.
    #[must_use]
    pub fn new(content: impl Into<ChatCompletionRequestUserMessageContent>) -> Self {
        Self {
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(
        mut self,
        value: impl Into<ChatCompletionRequestUserMessageContent>,
    ) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

/// The message, as text or a list of parts.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestUserMessageContent {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<ChatCompletionRequestUserMessageContentPart>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ChatCompletionRequestUserMessageContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ChatCompletionRequestUserMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ChatCompletionRequestUserMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<ChatCompletionRequestUserMessageContentPart>>
for ChatCompletionRequestUserMessageContent {
    fn from(value: Vec<ChatCompletionRequestUserMessageContentPart>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for ChatCompletionRequestUserMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestUserMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A part of a user message.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestUserMessageContentPart {
    /// A text part.
    Text(ChatCompletionRequestMessageContentPartText),
    /// An image part, by URL or base64 data URL.
    ImageUrl(ChatCompletionRequestMessageContentPartImage),
    /// An audio part, base64-encoded.
    InputAudio(ChatCompletionRequestMessageContentPartAudio),
    /// A file part (such as a PDF), by upload id or inline data.
    File(ChatCompletionRequestMessageContentPartFile),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatCompletionRequestUserMessageContentPart {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatCompletionRequestMessageContentPartText>
for ChatCompletionRequestUserMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartText) -> Self {
        Self::Text(value)
    }
}

impl From<ChatCompletionRequestMessageContentPartImage>
for ChatCompletionRequestUserMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartImage) -> Self {
        Self::ImageUrl(value)
    }
}

impl From<ChatCompletionRequestMessageContentPartAudio>
for ChatCompletionRequestUserMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartAudio) -> Self {
        Self::InputAudio(value)
    }
}

impl From<ChatCompletionRequestMessageContentPartFile>
for ChatCompletionRequestUserMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartFile) -> Self {
        Self::File(value)
    }
}

impl Serialize for ChatCompletionRequestUserMessageContentPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::ImageUrl(value) => Serialize::serialize(value, serializer),
            Self::InputAudio(value) => Serialize::serialize(value, serializer),
            Self::File(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestUserMessageContentPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("text") => codec::from_value(value).map(Self::Text),
            Some("image_url") => codec::from_value(value).map(Self::ImageUrl),
            Some("input_audio") => codec::from_value(value).map(Self::InputAudio),
            Some("file") => codec::from_value(value).map(Self::File),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A file part (such as a PDF), by upload id or inline data.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestMessageContentPartFile {
    /// Always `file`.
    pub r#type: String,
    /// The file.
    pub file: ChatCompletionRequestMessageContentPartFileFile,
}

impl Default for ChatCompletionRequestMessageContentPartFile {
    fn default() -> Self {
        Self {
            r#type: "file".to_owned(),
            file: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestMessageContentPartFile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("file", &self.file)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestMessageContentPartFile {
    const EXPECTING: &'static str = "a `ChatCompletionRequestMessageContentPartFile` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "file" => self.file = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestMessageContentPartFile {
    /// Creates a value from its required fields (`file`); the rest start unset.
    #[must_use]
    pub fn new(
        file: impl Into<ChatCompletionRequestMessageContentPartFileFile>,
    ) -> Self {
        Self {
            file: file.into(),
            ..Default::default()
        }
    }

    /// Sets `file`.
    #[must_use]
    pub fn file(
        mut self,
        value: impl Into<ChatCompletionRequestMessageContentPartFileFile>,
    ) -> Self {
        self.file = value.into();
        self
    }
}

/// The file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionRequestMessageContentPartFileFile {
    /// Id of an uploaded file.
    pub file_id: Option<String>,
    /// Base64-encoded file contents.
    pub file_data: Option<String>,
    /// Name of the file, used with `file_data`.
    pub filename: Option<String>,
}

impl Serialize for ChatCompletionRequestMessageContentPartFileFile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        codec::optional_entry(&mut map, "file_data", &self.file_data)?;
        codec::optional_entry(&mut map, "filename", &self.filename)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestMessageContentPartFileFile {
    const EXPECTING: &'static str = "a `ChatCompletionRequestMessageContentPartFileFile` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value()?,
            "file_data" => self.file_data = map.next_value()?,
            "filename" => self.filename = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartFileFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestMessageContentPartFileFile {
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

    /// Sets `file_data`.
    #[must_use]
    pub fn file_data(mut self, value: impl Into<String>) -> Self {
        self.file_data = Some(value.into());
        self
    }

    /// Sets `filename`.
    #[must_use]
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self
    }
}

/// An earlier reply of the model, replayed as context, possibly with the tool calls it made.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestAssistantMessage {
    /// Always `assistant`.
    pub role: String,
    /// The reply text; may be null when the reply only made tool calls.
    pub content: Option<ChatCompletionRequestAssistantMessageContent>,
    /// Refusal text of the earlier reply.
    pub refusal: Option<String>,
    /// Optional name that distinguishes participants with the same role.
    pub name: Option<String>,
    /// Refers to audio the model produced in an earlier turn.
    pub audio: Option<ChatCompletionRequestAssistantMessageAudio>,
    /// Tool calls the model made.
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    /// Legacy single function call; superseded by `tool_calls`.
    #[deprecated]
    pub function_call: Option<ChatCompletionFunctionCall>,
}

impl Default for ChatCompletionRequestAssistantMessage {
    fn default() -> Self {
        Self {
            role: "assistant".to_owned(),
            content: Default::default(),
            refusal: Default::default(),
            name: Default::default(),
            audio: Default::default(),
            tool_calls: Default::default(),
            function_call: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestAssistantMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        codec::optional_entry(&mut map, "content", &self.content)?;
        codec::optional_entry(&mut map, "refusal", &self.refusal)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "tool_calls", &self.tool_calls)?;
        codec::optional_entry(&mut map, "function_call", &self.function_call)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestAssistantMessage {
    const EXPECTING: &'static str = "a `ChatCompletionRequestAssistantMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value()?,
            "refusal" => self.refusal = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "tool_calls" => self.tool_calls = map.next_value()?,
            "function_call" => self.function_call = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestAssistantMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestAssistantMessage {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(
        mut self,
        value: impl Into<ChatCompletionRequestAssistantMessageContent>,
    ) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `refusal`.
    #[must_use]
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = Some(value.into());
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(
        mut self,
        value: impl Into<ChatCompletionRequestAssistantMessageAudio>,
    ) -> Self {
        self.audio = Some(value.into());
        self
    }

    /// Sets `tool_calls`.
    #[must_use]
    pub fn tool_calls(
        mut self,
        value: impl Into<ChatCompletionMessageToolCalls>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }

    /// Sets `function_call`.
    #[deprecated]
    #[must_use]
    pub fn function_call(
        mut self,
        value: impl Into<ChatCompletionFunctionCall>,
    ) -> Self {
        self.function_call = Some(value.into());
        self
    }
}

/// The reply text; may be null when the reply only made tool calls.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestAssistantMessageContent {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<ChatCompletionRequestAssistantMessageContentPart>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ChatCompletionRequestAssistantMessageContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ChatCompletionRequestAssistantMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ChatCompletionRequestAssistantMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<ChatCompletionRequestAssistantMessageContentPart>>
for ChatCompletionRequestAssistantMessageContent {
    fn from(value: Vec<ChatCompletionRequestAssistantMessageContentPart>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for ChatCompletionRequestAssistantMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestAssistantMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A part of a replayed assistant message.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestAssistantMessageContentPart {
    /// A text part.
    Text(ChatCompletionRequestMessageContentPartText),
    /// A refusal part.
    Refusal(ChatCompletionRequestMessageContentPartRefusal),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatCompletionRequestAssistantMessageContentPart {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatCompletionRequestMessageContentPartText>
for ChatCompletionRequestAssistantMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartText) -> Self {
        Self::Text(value)
    }
}

impl From<ChatCompletionRequestMessageContentPartRefusal>
for ChatCompletionRequestAssistantMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartRefusal) -> Self {
        Self::Refusal(value)
    }
}

impl Serialize for ChatCompletionRequestAssistantMessageContentPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::Refusal(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestAssistantMessageContentPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("text") => codec::from_value(value).map(Self::Text),
            Some("refusal") => codec::from_value(value).map(Self::Refusal),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A refusal part.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestMessageContentPartRefusal {
    /// Always `refusal`.
    pub r#type: String,
    /// The refusal text.
    pub refusal: String,
}

impl Default for ChatCompletionRequestMessageContentPartRefusal {
    fn default() -> Self {
        Self {
            r#type: "refusal".to_owned(),
            refusal: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestMessageContentPartRefusal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("refusal", &self.refusal)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestMessageContentPartRefusal {
    const EXPECTING: &'static str = "a `ChatCompletionRequestMessageContentPartRefusal` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "refusal" => self.refusal = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartRefusal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestMessageContentPartRefusal {
    /// Creates a value from its required fields (`refusal`); the rest start unset.
    #[must_use]
    pub fn new(refusal: impl Into<String>) -> Self {
        Self {
            refusal: refusal.into(),
            ..Default::default()
        }
    }

    /// Sets `refusal`.
    #[must_use]
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = value.into();
        self
    }
}

/// Refers to audio the model produced in an earlier turn.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionRequestAssistantMessageAudio {
    /// Id of the earlier audio output.
    pub id: String,
}

impl Serialize for ChatCompletionRequestAssistantMessageAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestAssistantMessageAudio {
    const EXPECTING: &'static str = "a `ChatCompletionRequestAssistantMessageAudio` object";
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

impl<'de> Deserialize<'de> for ChatCompletionRequestAssistantMessageAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestAssistantMessageAudio {
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

/// The result of a tool call, answering one entry of an assistant message's `tool_calls`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestToolMessage {
    /// Always `tool`.
    pub role: String,
    /// The tool's result, as text or text parts.
    pub content: ChatCompletionRequestToolMessageContent,
    /// Id of the tool call being answered.
    pub tool_call_id: String,
}

impl Default for ChatCompletionRequestToolMessage {
    fn default() -> Self {
        Self {
            role: "tool".to_owned(),
            content: Default::default(),
            tool_call_id: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestToolMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        map.serialize_entry("tool_call_id", &self.tool_call_id)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestToolMessage {
    const EXPECTING: &'static str = "a `ChatCompletionRequestToolMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "tool_call_id" => {
                self.tool_call_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestToolMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestToolMessage {
    /// Creates a value from its required fields (`content`, `tool_call_id`); the rest start unset.
    #[must_use]
    pub fn new(
        content: impl Into<ChatCompletionRequestToolMessageContent>,
        tool_call_id: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            tool_call_id: tool_call_id.into(),
            ..Default::default()
        }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(
        mut self,
        value: impl Into<ChatCompletionRequestToolMessageContent>,
    ) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `tool_call_id`.
    #[must_use]
    pub fn tool_call_id(mut self, value: impl Into<String>) -> Self {
        self.tool_call_id = value.into();
        self
    }
}

/// The tool's result, as text or text parts.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestToolMessageContent {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<ChatCompletionRequestMessageContentPartText>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ChatCompletionRequestToolMessageContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ChatCompletionRequestToolMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ChatCompletionRequestToolMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<ChatCompletionRequestMessageContentPartText>>
for ChatCompletionRequestToolMessageContent {
    fn from(value: Vec<ChatCompletionRequestMessageContentPartText>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for ChatCompletionRequestToolMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestToolMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Legacy result of a function call; use tool messages instead.
#[deprecated]
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestFunctionMessage {
    /// Always `function`.
    pub role: String,
    /// The function's result.
    pub content: Option<String>,
    /// Function that produced the result.
    pub name: String,
}

impl Default for ChatCompletionRequestFunctionMessage {
    fn default() -> Self {
        Self {
            role: "function".to_owned(),
            content: Default::default(),
            name: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionRequestFunctionMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionRequestFunctionMessage {
    const EXPECTING: &'static str = "a `ChatCompletionRequestFunctionMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value()?,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionRequestFunctionMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionRequestFunctionMessage {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Default::default()
        }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}

/// How spoken output is produced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionAudioParam {
    /// Voice to speak with.
    pub voice: VoiceIdsOrCustomVoice,
    /// Audio encoding of the output.
    pub format: ChatCompletionAudioParamFormat,
}

impl Serialize for ChatCompletionAudioParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("voice", &self.voice)?;
        map.serialize_entry("format", &self.format)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionAudioParam {
    const EXPECTING: &'static str = "a `ChatCompletionAudioParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "voice" => self.voice = map.next_value::<codec::Lenient<_>>()?.0,
            "format" => self.format = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionAudioParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionAudioParam {
    /// Creates a value from its required fields (`voice`, `format`); the rest start unset.
    #[must_use]
    pub fn new(
        voice: impl Into<VoiceIdsOrCustomVoice>,
        format: impl Into<ChatCompletionAudioParamFormat>,
    ) -> Self {
        Self {
            voice: voice.into(),
            format: format.into(),
        }
    }

    /// Sets `voice`.
    #[must_use]
    pub fn voice(mut self, value: impl Into<VoiceIdsOrCustomVoice>) -> Self {
        self.voice = value.into();
        self
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(mut self, value: impl Into<ChatCompletionAudioParamFormat>) -> Self {
        self.format = value.into();
        self
    }
}

/// Audio encoding of the output.
#[derive(Debug, Clone)]
pub enum ChatCompletionAudioParamFormat {
    /// `wav`
    Wav,
    /// `aac`
    Aac,
    /// `mp3`
    Mp3,
    /// `flac`
    Flac,
    /// `opus`
    Opus,
    /// `pcm16`
    Pcm16,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatCompletionAudioParamFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatCompletionAudioParamFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wav => "wav",
            Self::Aac => "aac",
            Self::Mp3 => "mp3",
            Self::Flac => "flac",
            Self::Opus => "opus",
            Self::Pcm16 => "pcm16",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatCompletionAudioParamFormat {
    fn from(value: &str) -> Self {
        match value {
            "wav" => Self::Wav,
            "aac" => Self::Aac,
            "mp3" => Self::Mp3,
            "flac" => Self::Flac,
            "opus" => Self::Opus,
            "pcm16" => Self::Pcm16,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatCompletionAudioParamFormat);

/// Kinds of output to produce; `["text", "audio"]` also speaks the reply.
pub type ResponseModalities = Vec<ResponseModalitiesItem>;

/// An item of [`ResponseModalities`](crate::types::ResponseModalities).
#[derive(Debug, Clone)]
pub enum ResponseModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ResponseModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ResponseModalitiesItem {
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

impl From<&str> for ResponseModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ResponseModalitiesItem);

/// Predicted output, such as the current version of a file being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictionContent {
    /// Always `content`.
    pub r#type: String,
    /// The predicted text, whole or as text parts.
    pub content: PredictionContentContent,
}

impl Default for PredictionContent {
    fn default() -> Self {
        Self {
            r#type: "content".to_owned(),
            content: Default::default(),
        }
    }
}

impl Serialize for PredictionContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for PredictionContent {
    const EXPECTING: &'static str = "a `PredictionContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for PredictionContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl PredictionContent {
    /// Creates a value from its required fields (`content`); the rest start unset.
    #[must_use]
    pub fn new(content: impl Into<PredictionContentContent>) -> Self {
        Self {
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<PredictionContentContent>) -> Self {
        self.content = value.into();
        self
    }
}

/// The predicted text, whole or as text parts.
#[derive(Debug, Clone, PartialEq)]
pub enum PredictionContentContent {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<ChatCompletionRequestMessageContentPartText>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for PredictionContentContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for PredictionContentContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for PredictionContentContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<ChatCompletionRequestMessageContentPartText>>
for PredictionContentContent {
    fn from(value: Vec<ChatCompletionRequestMessageContentPartText>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for PredictionContentContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for PredictionContentContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// How long cached prompt prefixes are kept.
#[derive(Debug, Clone)]
pub enum CreateChatCompletionRequestPromptCacheRetention {
    /// `in_memory`
    InMemory,
    /// `24h`
    V24h,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateChatCompletionRequestPromptCacheRetention {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateChatCompletionRequestPromptCacheRetention {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InMemory => "in_memory",
            Self::V24h => "24h",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateChatCompletionRequestPromptCacheRetention {
    fn from(value: &str) -> Self {
        match value {
            "in_memory" => Self::InMemory,
            "24h" => Self::V24h,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateChatCompletionRequestPromptCacheRetention);

/// A tool available to the chat model.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionToolUnion {
    /// A function the model may call; the definition is nested under `function`.
    Function(ChatCompletionTool),
    /// A tool that takes free-text input, optionally constrained by a grammar.
    Custom(CustomToolChatCompletions),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatCompletionToolUnion {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatCompletionTool> for ChatCompletionToolUnion {
    fn from(value: ChatCompletionTool) -> Self {
        Self::Function(value)
    }
}

impl From<CustomToolChatCompletions> for ChatCompletionToolUnion {
    fn from(value: CustomToolChatCompletions) -> Self {
        Self::Custom(value)
    }
}

impl Serialize for ChatCompletionToolUnion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => Serialize::serialize(value, serializer),
            Self::Custom(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionToolUnion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("function") => codec::from_value(value).map(Self::Function),
            Some("custom") => codec::from_value(value).map(Self::Custom),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A tool that takes free-text input, optionally constrained by a grammar.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomToolChatCompletions {
    /// Always `custom`.
    pub r#type: String,
    /// Definition of the custom tool.
    pub custom: CustomToolChatCompletionsCustom,
}

impl Default for CustomToolChatCompletions {
    fn default() -> Self {
        Self {
            r#type: "custom".to_owned(),
            custom: Default::default(),
        }
    }
}

impl Serialize for CustomToolChatCompletions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("custom", &self.custom)?;
        map.end()
    }
}

impl codec::ObjectFields for CustomToolChatCompletions {
    const EXPECTING: &'static str = "a `CustomToolChatCompletions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "custom" => self.custom = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CustomToolChatCompletions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CustomToolChatCompletions {
    /// Creates a value from its required fields (`custom`); the rest start unset.
    #[must_use]
    pub fn new(custom: impl Into<CustomToolChatCompletionsCustom>) -> Self {
        Self {
            custom: custom.into(),
            ..Default::default()
        }
    }

    /// Sets `custom`.
    #[must_use]
    pub fn custom(mut self, value: impl Into<CustomToolChatCompletionsCustom>) -> Self {
        self.custom = value.into();
        self
    }
}

/// Definition of the custom tool.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomToolChatCompletionsCustom {
    /// Tool name.
    pub name: String,
    /// What the tool does.
    pub description: Option<String>,
    /// Format of the tool input; free text when omitted.
    pub format: Option<ChatCustomToolFormat>,
}

impl Serialize for CustomToolChatCompletionsCustom {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        map.end()
    }
}

impl codec::ObjectFields for CustomToolChatCompletionsCustom {
    const EXPECTING: &'static str = "a `CustomToolChatCompletionsCustom` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            "format" => self.format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CustomToolChatCompletionsCustom {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CustomToolChatCompletionsCustom {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(mut self, value: impl Into<ChatCustomToolFormat>) -> Self {
        self.format = Some(value.into());
        self
    }
}

/// Input format of a custom chat tool.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCustomToolFormat {
    /// Unconstrained text input.
    Text(ChatCustomToolTextFormat),
    /// Input constrained by a grammar.
    Grammar(ChatCustomToolGrammarFormat),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ChatCustomToolFormat {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ChatCustomToolTextFormat> for ChatCustomToolFormat {
    fn from(value: ChatCustomToolTextFormat) -> Self {
        Self::Text(value)
    }
}

impl From<ChatCustomToolGrammarFormat> for ChatCustomToolFormat {
    fn from(value: ChatCustomToolGrammarFormat) -> Self {
        Self::Grammar(value)
    }
}

impl Serialize for ChatCustomToolFormat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::Grammar(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCustomToolFormat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("text") => codec::from_value(value).map(Self::Text),
            Some("grammar") => codec::from_value(value).map(Self::Grammar),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Unconstrained text input.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCustomToolTextFormat {
    /// Always `text`.
    pub r#type: String,
}

impl Default for ChatCustomToolTextFormat {
    fn default() -> Self {
        Self { r#type: "text".to_owned() }
    }
}

impl Serialize for ChatCustomToolTextFormat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCustomToolTextFormat {
    const EXPECTING: &'static str = "a `ChatCustomToolTextFormat` object";
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

impl<'de> Deserialize<'de> for ChatCustomToolTextFormat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCustomToolTextFormat {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// Input constrained by a grammar.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCustomToolGrammarFormat {
    /// Always `grammar`.
    pub r#type: String,
    /// The grammar.
    pub grammar: ChatCustomToolGrammarFormatGrammar,
}

impl Default for ChatCustomToolGrammarFormat {
    fn default() -> Self {
        Self {
            r#type: "grammar".to_owned(),
            grammar: Default::default(),
        }
    }
}

impl Serialize for ChatCustomToolGrammarFormat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("grammar", &self.grammar)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCustomToolGrammarFormat {
    const EXPECTING: &'static str = "a `ChatCustomToolGrammarFormat` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "grammar" => self.grammar = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCustomToolGrammarFormat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCustomToolGrammarFormat {
    /// Creates a value from its required fields (`grammar`); the rest start unset.
    #[must_use]
    pub fn new(grammar: impl Into<ChatCustomToolGrammarFormatGrammar>) -> Self {
        Self {
            grammar: grammar.into(),
            ..Default::default()
        }
    }

    /// Sets `grammar`.
    #[must_use]
    pub fn grammar(
        mut self,
        value: impl Into<ChatCustomToolGrammarFormatGrammar>,
    ) -> Self {
        self.grammar = value.into();
        self
    }
}

/// The grammar.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCustomToolGrammarFormatGrammar {
    /// Grammar text.
    pub definition: String,
    /// Grammar language.
    pub syntax: ChatCustomToolGrammarFormatGrammarSyntax,
}

impl Serialize for ChatCustomToolGrammarFormatGrammar {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("definition", &self.definition)?;
        map.serialize_entry("syntax", &self.syntax)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCustomToolGrammarFormatGrammar {
    const EXPECTING: &'static str = "a `ChatCustomToolGrammarFormatGrammar` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "definition" => self.definition = map.next_value::<codec::Lenient<_>>()?.0,
            "syntax" => self.syntax = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCustomToolGrammarFormatGrammar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCustomToolGrammarFormatGrammar {
    /// Creates a value from its required fields (`definition`, `syntax`); the rest start unset.
    #[must_use]
    pub fn new(
        definition: impl Into<String>,
        syntax: impl Into<ChatCustomToolGrammarFormatGrammarSyntax>,
    ) -> Self {
        Self {
            definition: definition.into(),
            syntax: syntax.into(),
        }
    }

    /// Sets `definition`.
    #[must_use]
    pub fn definition(mut self, value: impl Into<String>) -> Self {
        self.definition = value.into();
        self
    }

    /// Sets `syntax`.
    #[must_use]
    pub fn syntax(
        mut self,
        value: impl Into<ChatCustomToolGrammarFormatGrammarSyntax>,
    ) -> Self {
        self.syntax = value.into();
        self
    }
}

/// Grammar language.
#[derive(Debug, Clone)]
pub enum ChatCustomToolGrammarFormatGrammarSyntax {
    /// `lark`
    Lark,
    /// `regex`
    Regex,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatCustomToolGrammarFormatGrammarSyntax {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatCustomToolGrammarFormatGrammarSyntax {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lark => "lark",
            Self::Regex => "regex",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatCustomToolGrammarFormatGrammarSyntax {
    fn from(value: &str) -> Self {
        match value {
            "lark" => Self::Lark,
            "regex" => Self::Regex,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatCustomToolGrammarFormatGrammarSyntax);

/// How the model picks tools: `none`, `auto` or `required`, a restricted
/// set of allowed tools, or one specific function or custom tool.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionToolChoiceOption {
    /// `none` never calls tools, `auto` lets the model decide, `required` forces a call.
    ChatCompletionToolChoiceMode(ChatCompletionToolChoiceMode),
    /// Limits the model to a subset of the declared tools.
    ChatCompletionAllowedToolsChoice(ChatCompletionAllowedToolsChoice),
    /// Forces a call to the named function.
    ChatCompletionNamedToolChoice(ChatCompletionNamedToolChoice),
    /// Forces a call to the named custom tool.
    ChatCompletionNamedToolChoiceCustom(ChatCompletionNamedToolChoiceCustom),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ChatCompletionToolChoiceOption {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<ChatCompletionToolChoiceMode> for ChatCompletionToolChoiceOption {
    fn from(value: ChatCompletionToolChoiceMode) -> Self {
        Self::ChatCompletionToolChoiceMode(value)
    }
}

impl From<ChatCompletionAllowedToolsChoice> for ChatCompletionToolChoiceOption {
    fn from(value: ChatCompletionAllowedToolsChoice) -> Self {
        Self::ChatCompletionAllowedToolsChoice(value)
    }
}

impl From<ChatCompletionNamedToolChoice> for ChatCompletionToolChoiceOption {
    fn from(value: ChatCompletionNamedToolChoice) -> Self {
        Self::ChatCompletionNamedToolChoice(value)
    }
}

impl From<ChatCompletionNamedToolChoiceCustom> for ChatCompletionToolChoiceOption {
    fn from(value: ChatCompletionNamedToolChoiceCustom) -> Self {
        Self::ChatCompletionNamedToolChoiceCustom(value)
    }
}

impl Serialize for ChatCompletionToolChoiceOption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ChatCompletionToolChoiceMode(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ChatCompletionAllowedToolsChoice(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ChatCompletionNamedToolChoice(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ChatCompletionNamedToolChoiceCustom(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatCompletionToolChoiceOption {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => {
                codec::from_value(value).map(Self::ChatCompletionToolChoiceMode)
            }
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["type", "allowed_tools"],
                            known: &["type", "allowed_tools"],
                            constants: &[("type", "allowed_tools")],
                        },
                        codec::ObjectShape {
                            required: &["type", "function"],
                            known: &["type", "function"],
                            constants: &[("type", "function")],
                        },
                        codec::ObjectShape {
                            required: &["type", "custom"],
                            known: &["type", "custom"],
                            constants: &[("type", "custom")],
                        },
                    ],
                ) {
                    Some(0) => {
                        codec::from_value(value)
                            .map(Self::ChatCompletionAllowedToolsChoice)
                    }
                    Some(1) => {
                        codec::from_value(value).map(Self::ChatCompletionNamedToolChoice)
                    }
                    Some(2) => {
                        codec::from_value(value)
                            .map(Self::ChatCompletionNamedToolChoiceCustom)
                    }
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// `none` never calls tools, `auto` lets the model decide, `required` forces a call.
#[derive(Debug, Clone)]
pub enum ChatCompletionToolChoiceMode {
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
impl Default for ChatCompletionToolChoiceMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatCompletionToolChoiceMode {
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

impl From<&str> for ChatCompletionToolChoiceMode {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatCompletionToolChoiceMode);

/// Limits the model to a subset of the declared tools.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionAllowedToolsChoice {
    /// Always `allowed_tools`.
    pub r#type: String,
    /// The allowed subset.
    pub allowed_tools: ChatCompletionAllowedToolsChoiceAllowedTools,
}

impl Default for ChatCompletionAllowedToolsChoice {
    fn default() -> Self {
        Self {
            r#type: "allowed_tools".to_owned(),
            allowed_tools: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionAllowedToolsChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("allowed_tools", &self.allowed_tools)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionAllowedToolsChoice {
    const EXPECTING: &'static str = "a `ChatCompletionAllowedToolsChoice` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "allowed_tools" => {
                self.allowed_tools = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionAllowedToolsChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionAllowedToolsChoice {
    /// Creates a value from its required fields (`allowed_tools`); the rest start unset.
    #[must_use]
    pub fn new(
        allowed_tools: impl Into<ChatCompletionAllowedToolsChoiceAllowedTools>,
    ) -> Self {
        Self {
            allowed_tools: allowed_tools.into(),
            ..Default::default()
        }
    }

    /// Sets `allowed_tools`.
    #[must_use]
    pub fn allowed_tools(
        mut self,
        value: impl Into<ChatCompletionAllowedToolsChoiceAllowedTools>,
    ) -> Self {
        self.allowed_tools = value.into();
        self
    }
}

/// The allowed subset.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionAllowedToolsChoiceAllowedTools {
    /// Whether calling one of them is optional or mandatory.
    pub mode: ChatCompletionAllowedToolsChoiceAllowedToolsMode,
    /// Tool descriptors such as `{"type":"function","function":{"name":"f"}}`.
    pub tools: Vec<serde_json::Value>,
}

impl Serialize for ChatCompletionAllowedToolsChoiceAllowedTools {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("mode", &self.mode)?;
        map.serialize_entry("tools", &self.tools)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionAllowedToolsChoiceAllowedTools {
    const EXPECTING: &'static str = "a `ChatCompletionAllowedToolsChoiceAllowedTools` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "mode" => self.mode = map.next_value::<codec::Lenient<_>>()?.0,
            "tools" => self.tools = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionAllowedToolsChoiceAllowedTools {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionAllowedToolsChoiceAllowedTools {
    /// Creates a value from its required fields (`mode`, `tools`); the rest start unset.
    #[must_use]
    pub fn new(
        mode: impl Into<ChatCompletionAllowedToolsChoiceAllowedToolsMode>,
        tools: impl Into<Vec<serde_json::Value>>,
    ) -> Self {
        Self {
            mode: mode.into(),
            tools: tools.into(),
        }
    }

    /// Sets `mode`.
    #[must_use]
    pub fn mode(
        mut self,
        value: impl Into<ChatCompletionAllowedToolsChoiceAllowedToolsMode>,
    ) -> Self {
        self.mode = value.into();
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<serde_json::Value>>) -> Self {
        self.tools = value.into();
        self
    }
}

/// Whether calling one of them is optional or mandatory.
#[derive(Debug, Clone)]
pub enum ChatCompletionAllowedToolsChoiceAllowedToolsMode {
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatCompletionAllowedToolsChoiceAllowedToolsMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatCompletionAllowedToolsChoiceAllowedToolsMode {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Required => "required",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatCompletionAllowedToolsChoiceAllowedToolsMode {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatCompletionAllowedToolsChoiceAllowedToolsMode);

/// Forces a call to the named function.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionNamedToolChoice {
    /// Always `function`.
    pub r#type: String,
    /// The function to call.
    pub function: ChatCompletionNamedToolChoiceFunction,
}

impl Default for ChatCompletionNamedToolChoice {
    fn default() -> Self {
        Self {
            r#type: "function".to_owned(),
            function: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionNamedToolChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("function", &self.function)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionNamedToolChoice {
    const EXPECTING: &'static str = "a `ChatCompletionNamedToolChoice` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "function" => self.function = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionNamedToolChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionNamedToolChoice {
    /// Creates a value from its required fields (`function`); the rest start unset.
    #[must_use]
    pub fn new(function: impl Into<ChatCompletionNamedToolChoiceFunction>) -> Self {
        Self {
            function: function.into(),
            ..Default::default()
        }
    }

    /// Sets `function`.
    #[must_use]
    pub fn function(
        mut self,
        value: impl Into<ChatCompletionNamedToolChoiceFunction>,
    ) -> Self {
        self.function = value.into();
        self
    }
}

/// The function to call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionNamedToolChoiceFunction {
    /// Function name.
    pub name: String,
}

impl Serialize for ChatCompletionNamedToolChoiceFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionNamedToolChoiceFunction {
    const EXPECTING: &'static str = "a `ChatCompletionNamedToolChoiceFunction` object";
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

impl<'de> Deserialize<'de> for ChatCompletionNamedToolChoiceFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionNamedToolChoiceFunction {
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

/// Forces a call to the named custom tool.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionNamedToolChoiceCustom {
    /// Always `custom`.
    pub r#type: String,
    /// The custom tool to call.
    pub custom: ChatCompletionNamedToolChoiceCustomCustom,
}

impl Default for ChatCompletionNamedToolChoiceCustom {
    fn default() -> Self {
        Self {
            r#type: "custom".to_owned(),
            custom: Default::default(),
        }
    }
}

impl Serialize for ChatCompletionNamedToolChoiceCustom {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("custom", &self.custom)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionNamedToolChoiceCustom {
    const EXPECTING: &'static str = "a `ChatCompletionNamedToolChoiceCustom` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "custom" => self.custom = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionNamedToolChoiceCustom {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionNamedToolChoiceCustom {
    /// Creates a value from its required fields (`custom`); the rest start unset.
    #[must_use]
    pub fn new(custom: impl Into<ChatCompletionNamedToolChoiceCustomCustom>) -> Self {
        Self {
            custom: custom.into(),
            ..Default::default()
        }
    }

    /// Sets `custom`.
    #[must_use]
    pub fn custom(
        mut self,
        value: impl Into<ChatCompletionNamedToolChoiceCustomCustom>,
    ) -> Self {
        self.custom = value.into();
        self
    }
}

/// The custom tool to call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionNamedToolChoiceCustomCustom {
    /// Tool name.
    pub name: String,
}

impl Serialize for ChatCompletionNamedToolChoiceCustomCustom {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionNamedToolChoiceCustomCustom {
    const EXPECTING: &'static str = "a `ChatCompletionNamedToolChoiceCustomCustom` object";
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

impl<'de> Deserialize<'de> for ChatCompletionNamedToolChoiceCustomCustom {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatCompletionNamedToolChoiceCustomCustom {
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

/// Settings for the web search that search-enabled chat models perform.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebSearchOptions {
    /// Approximate location of the user.
    pub user_location: Option<WebSearchOptionsUserLocation>,
    /// How much retrieved web content goes into the context window.
    pub search_context_size: Option<WebSearchOptionsSearchContextSize>,
}

impl Serialize for WebSearchOptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "user_location", &self.user_location)?;
        codec::optional_entry(
            &mut map,
            "search_context_size",
            &self.search_context_size,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for WebSearchOptions {
    const EXPECTING: &'static str = "a `WebSearchOptions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "user_location" => self.user_location = map.next_value()?,
            "search_context_size" => self.search_context_size = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebSearchOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl WebSearchOptions {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `user_location`.
    #[must_use]
    pub fn user_location(
        mut self,
        value: impl Into<WebSearchOptionsUserLocation>,
    ) -> Self {
        self.user_location = Some(value.into());
        self
    }

    /// Sets `search_context_size`.
    #[must_use]
    pub fn search_context_size(
        mut self,
        value: impl Into<WebSearchOptionsSearchContextSize>,
    ) -> Self {
        self.search_context_size = Some(value.into());
        self
    }
}

/// Approximate location of the user.
#[derive(Debug, Clone, PartialEq)]
pub struct WebSearchOptionsUserLocation {
    /// Always `approximate`.
    pub r#type: String,
    /// The location fields.
    pub approximate: WebSearchLocation,
}

impl Default for WebSearchOptionsUserLocation {
    fn default() -> Self {
        Self {
            r#type: "approximate".to_owned(),
            approximate: Default::default(),
        }
    }
}

impl Serialize for WebSearchOptionsUserLocation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("approximate", &self.approximate)?;
        map.end()
    }
}

impl codec::ObjectFields for WebSearchOptionsUserLocation {
    const EXPECTING: &'static str = "a `WebSearchOptionsUserLocation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "approximate" => self.approximate = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebSearchOptionsUserLocation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl WebSearchOptionsUserLocation {
    /// Creates a value from its required fields (`approximate`); the rest start unset.
    #[must_use]
    pub fn new(approximate: impl Into<WebSearchLocation>) -> Self {
        Self {
            approximate: approximate.into(),
            ..Default::default()
        }
    }

    /// Sets `approximate`.
    #[must_use]
    pub fn approximate(mut self, value: impl Into<WebSearchLocation>) -> Self {
        self.approximate = value.into();
        self
    }
}

/// Free-text location fields.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebSearchLocation {
    /// Two-letter ISO country code.
    pub country: Option<String>,
    /// Region or state.
    pub region: Option<String>,
    /// City.
    pub city: Option<String>,
    /// IANA time zone name.
    pub timezone: Option<String>,
}

impl Serialize for WebSearchLocation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "country", &self.country)?;
        codec::optional_entry(&mut map, "region", &self.region)?;
        codec::optional_entry(&mut map, "city", &self.city)?;
        codec::optional_entry(&mut map, "timezone", &self.timezone)?;
        map.end()
    }
}

impl codec::ObjectFields for WebSearchLocation {
    const EXPECTING: &'static str = "a `WebSearchLocation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "country" => self.country = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "city" => self.city = map.next_value()?,
            "timezone" => self.timezone = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebSearchLocation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl WebSearchLocation {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `country`.
    #[must_use]
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `city`.
    #[must_use]
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `timezone`.
    #[must_use]
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }
}

/// How much retrieved web content goes into the context window.
#[derive(Debug, Clone)]
pub enum WebSearchOptionsSearchContextSize {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for WebSearchOptionsSearchContextSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl WebSearchOptionsSearchContextSize {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for WebSearchOptionsSearchContextSize {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(WebSearchOptionsSearchContextSize);

/// One streamed chunk of a chat completion.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateChatCompletionStreamResponse {
    /// Completion id, the same in every chunk.
    pub id: String,
    /// Always `chat.completion.chunk`.
    pub object: String,
    /// Creation time, the same in every chunk.
    pub created: i64,
    /// Model that produced the completion.
    pub model: String,
    /// Deltas for each choice; empty in the final usage chunk.
    pub choices: Vec<ChatCompletionStreamChoice>,
    /// Token usage, only in the last chunk and only when requested.
    pub usage: Option<CompletionUsage>,
    /// Processing tier requested or used.
    pub service_tier: Option<ServiceTier>,
    /// Identifies the backend configuration that served the request.
    #[deprecated]
    pub system_fingerprint: Option<String>,
    /// Random padding that hides the payload size.
    pub obfuscation: Option<String>,
}

impl Default for CreateChatCompletionStreamResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chat.completion.chunk".to_owned(),
            created: Default::default(),
            model: Default::default(),
            choices: Default::default(),
            usage: Default::default(),
            service_tier: Default::default(),
            system_fingerprint: Default::default(),
            obfuscation: Default::default(),
        }
    }
}

impl Serialize for CreateChatCompletionStreamResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created", &self.created)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("choices", &self.choices)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        codec::optional_entry(&mut map, "service_tier", &self.service_tier)?;
        codec::optional_entry(&mut map, "system_fingerprint", &self.system_fingerprint)?;
        codec::optional_entry(&mut map, "obfuscation", &self.obfuscation)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateChatCompletionStreamResponse {
    const EXPECTING: &'static str = "a `CreateChatCompletionStreamResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created" => self.created = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "choices" => self.choices = map.next_value::<codec::Lenient<_>>()?.0,
            "usage" => self.usage = map.next_value()?,
            "service_tier" => self.service_tier = map.next_value()?,
            "system_fingerprint" => self.system_fingerprint = map.next_value()?,
            "obfuscation" => self.obfuscation = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateChatCompletionStreamResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::StreamEvent for CreateChatCompletionStreamResponse {
    const END: crate::runtime::StreamEnd = crate::runtime::StreamEnd {
        data: Some("[DONE]"),
        events: &[],
    };
    #[inline]
    fn from_sse(
        _event: Option<&str>,
        data: &str,
    ) -> Result<Self, crate::runtime::DecodeError> {
        crate::runtime::sse::decode_data(data)
    }
}

/// The change to one choice carried by a chunk.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionStreamChoice {
    /// Which choice this delta belongs to.
    pub index: i64,
    /// What this chunk adds to the message.
    pub delta: ChatCompletionStreamResponseDelta,
    /// Why generation ended; null until the choice's last chunk.
    pub finish_reason: Option<ChatCompletionStreamChoiceFinishReason>,
    /// Log probabilities of the tokens in this chunk, when requested.
    pub logprobs: Option<ChatCompletionChoiceLogprobs>,
}

impl Serialize for ChatCompletionStreamChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.serialize_entry("finish_reason", &self.finish_reason)?;
        codec::optional_entry(&mut map, "logprobs", &self.logprobs)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionStreamChoice {
    const EXPECTING: &'static str = "a `ChatCompletionStreamChoice` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "finish_reason" => self.finish_reason = map.next_value()?,
            "logprobs" => self.logprobs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionStreamChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Newly generated pieces of the message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionStreamResponseDelta {
    /// Author role, sent in the first chunk.
    pub role: Option<ChatCompletionStreamResponseDeltaRole>,
    /// Text added.
    pub content: Option<String>,
    /// Refusal text added.
    pub refusal: Option<String>,
    /// Pieces of tool calls.
    pub tool_calls: Option<Vec<ChatCompletionMessageToolCallChunk>>,
    /// Piece of a legacy function call.
    #[deprecated]
    pub function_call: Option<ChatCompletionStreamResponseDeltaFunctionCall>,
}

impl Serialize for ChatCompletionStreamResponseDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        codec::optional_entry(&mut map, "content", &self.content)?;
        codec::optional_entry(&mut map, "refusal", &self.refusal)?;
        codec::optional_entry(&mut map, "tool_calls", &self.tool_calls)?;
        codec::optional_entry(&mut map, "function_call", &self.function_call)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionStreamResponseDelta {
    const EXPECTING: &'static str = "a `ChatCompletionStreamResponseDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            "content" => self.content = map.next_value()?,
            "refusal" => self.refusal = map.next_value()?,
            "tool_calls" => self.tool_calls = map.next_value()?,
            "function_call" => self.function_call = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionStreamResponseDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Author role, sent in the first chunk.
#[derive(Debug, Clone)]
pub enum ChatCompletionStreamResponseDeltaRole {
    /// `developer`
    Developer,
    /// `system`
    System,
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `tool`
    Tool,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatCompletionStreamResponseDeltaRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatCompletionStreamResponseDeltaRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Developer => "developer",
            Self::System => "system",
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Tool => "tool",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatCompletionStreamResponseDeltaRole {
    fn from(value: &str) -> Self {
        match value {
            "developer" => Self::Developer,
            "system" => Self::System,
            "user" => Self::User,
            "assistant" => Self::Assistant,
            "tool" => Self::Tool,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatCompletionStreamResponseDeltaRole);

/// A piece of a tool call; pieces with the same index belong together.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionMessageToolCallChunk {
    /// Which tool call this piece belongs to.
    pub index: i64,
    /// Tool call id, in the first piece.
    pub id: Option<String>,
    /// Always `function`, in the first piece.
    pub r#type: Option<String>,
    /// Name (first piece) and argument text of the call.
    pub function: Option<ChatCompletionMessageToolCallChunkFunction>,
}

impl Serialize for ChatCompletionMessageToolCallChunk {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "function", &self.function)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionMessageToolCallChunk {
    const EXPECTING: &'static str = "a `ChatCompletionMessageToolCallChunk` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "function" => self.function = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionMessageToolCallChunk {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Name (first piece) and argument text of the call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionMessageToolCallChunkFunction {
    /// Function name.
    pub name: Option<String>,
    /// Argument text added.
    pub arguments: Option<String>,
}

impl Serialize for ChatCompletionMessageToolCallChunkFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionMessageToolCallChunkFunction {
    const EXPECTING: &'static str = "a `ChatCompletionMessageToolCallChunkFunction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "arguments" => self.arguments = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionMessageToolCallChunkFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Piece of a legacy function call.
#[deprecated]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionStreamResponseDeltaFunctionCall {
    /// Function name.
    pub name: Option<String>,
    /// Argument text added.
    pub arguments: Option<String>,
}

impl Serialize for ChatCompletionStreamResponseDeltaFunctionCall {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatCompletionStreamResponseDeltaFunctionCall {
    const EXPECTING: &'static str = "a `ChatCompletionStreamResponseDeltaFunctionCall` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "arguments" => self.arguments = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatCompletionStreamResponseDeltaFunctionCall {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Why generation ended; null until the choice's last chunk.
#[derive(Debug, Clone)]
pub enum ChatCompletionStreamChoiceFinishReason {
    /// `stop`
    Stop,
    /// `length`
    Length,
    /// `tool_calls`
    ToolCalls,
    /// `content_filter`
    ContentFilter,
    /// `function_call`
    FunctionCall,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatCompletionStreamChoiceFinishReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatCompletionStreamChoiceFinishReason {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stop => "stop",
            Self::Length => "length",
            Self::ToolCalls => "tool_calls",
            Self::ContentFilter => "content_filter",
            Self::FunctionCall => "function_call",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatCompletionStreamChoiceFinishReason {
    fn from(value: &str) -> Self {
        match value {
            "stop" => Self::Stop,
            "length" => Self::Length,
            "tool_calls" => Self::ToolCalls,
            "content_filter" => Self::ContentFilter,
            "function_call" => Self::FunctionCall,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatCompletionStreamChoiceFinishReason);

/// Query and header parameters of `GetChatCompletionMessages`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetChatCompletionMessagesParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
}

impl GetChatCompletionMessagesParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
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
}

/// Query and header parameters of `ListChatCompletions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListChatCompletionsParams {
    /// Only return completions produced by this model.
    pub model: Option<String>,
    /// Only return completions whose metadata contains all of these
    /// key/value pairs, sent as `metadata[key]=value`.
    pub metadata: Option<Metadata>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
}

impl ListChatCompletionsParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
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

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
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
}

/// Body of `POST /chat/completions/{completion_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateChatCompletionRequest {
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Serialize for UpdateChatCompletionRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateChatCompletionRequest {
    const EXPECTING: &'static str = "an `UpdateChatCompletionRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateChatCompletionRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateChatCompletionRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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
