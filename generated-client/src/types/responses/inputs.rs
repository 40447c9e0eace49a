// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the requests of the `responses` operations use.
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

#[cfg(feature = "responses")]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(feature = "responses")]
use crate::runtime::codec;
#[cfg(feature = "responses")]
use crate::types::*;

/// Body of `POST /responses/compact`.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompactResponseMethodPublicBody {
    /// Model that performs the compaction, e.g. `gpt-5`.
    pub model: String,
    /// The context to compact, as one string or a list of items.
    pub input: Option<InputParam>,
    /// Compact the context of this earlier response, followed by `input` when given.
    pub previous_response_id: Option<String>,
    /// A system (developer) message placed ahead of the input.
    pub instructions: Option<String>,
    /// Key under which the prompt cache is read and written.
    pub prompt_cache_key: Option<String>,
    /// How long a prompt cache entry written by this request is kept.
    #[deprecated]
    pub prompt_cache_retention: Option<
        CompactResponseMethodPublicBodyPromptCacheRetention,
    >,
    /// Processing tier: `auto` follows the project settings, `default` is
    /// standard capacity, `flex` is cheaper but slower, `fast` and
    /// `priority` are quicker at a higher price.
    pub service_tier: Option<CompactResponseMethodPublicBodyServiceTier>,
}

#[cfg(feature = "responses")]
impl Serialize for CompactResponseMethodPublicBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        codec::optional_entry(
            &mut map,
            "previous_response_id",
            &self.previous_response_id,
        )?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "prompt_cache_key", &self.prompt_cache_key)?;
        codec::optional_entry(
            &mut map,
            "prompt_cache_retention",
            &self.prompt_cache_retention,
        )?;
        codec::optional_entry(&mut map, "service_tier", &self.service_tier)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for CompactResponseMethodPublicBody {
    const EXPECTING: &'static str = "a `CompactResponseMethodPublicBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value()?,
            "previous_response_id" => self.previous_response_id = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "prompt_cache_key" => self.prompt_cache_key = map.next_value()?,
            "prompt_cache_retention" => self.prompt_cache_retention = map.next_value()?,
            "service_tier" => self.service_tier = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for CompactResponseMethodPublicBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
impl CompactResponseMethodPublicBody {
    /// Creates a value from its required fields (`model`); the rest start unset.
    #[must_use]
    pub fn new(model: impl Into<String>) -> Self {
        Self {
            model: model.into(),
            ..Default::default()
        }
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<InputParam>) -> Self {
        self.input = Some(value.into());
        self
    }

    /// Sets `previous_response_id`.
    #[must_use]
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `prompt_cache_key`.
    #[must_use]
    pub fn prompt_cache_key(mut self, value: impl Into<String>) -> Self {
        self.prompt_cache_key = Some(value.into());
        self
    }

    /// Sets `prompt_cache_retention`.
    #[deprecated]
    #[must_use]
    pub fn prompt_cache_retention(
        mut self,
        value: impl Into<CompactResponseMethodPublicBodyPromptCacheRetention>,
    ) -> Self {
        self.prompt_cache_retention = Some(value.into());
        self
    }

    /// Sets `service_tier`.
    #[must_use]
    pub fn service_tier(
        mut self,
        value: impl Into<CompactResponseMethodPublicBodyServiceTier>,
    ) -> Self {
        self.service_tier = Some(value.into());
        self
    }
}

/// Model input, either a single user text or a list of input items.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq)]
pub enum InputParam {
    /// Text treated as one user message.
    String(String),
    /// Messages, tool calls, tool results and other items, in order.
    Array(Vec<InputItem>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for InputParam {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(feature = "responses")]
impl From<String> for InputParam {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(feature = "responses")]
impl From<&str> for InputParam {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(feature = "responses")]
impl From<Vec<InputItem>> for InputParam {
    fn from(value: Vec<InputItem>) -> Self {
        Self::Array(value)
    }
}

#[cfg(feature = "responses")]
impl Serialize for InputParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for InputParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// How long a prompt cache entry written by this request is kept.
#[cfg(feature = "responses")]
#[deprecated]
#[derive(Debug, Clone)]
pub enum CompactResponseMethodPublicBodyPromptCacheRetention {
    /// `in_memory`
    InMemory,
    /// `24h`
    V24h,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for CompactResponseMethodPublicBodyPromptCacheRetention {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
impl CompactResponseMethodPublicBodyPromptCacheRetention {
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

#[cfg(feature = "responses")]
impl From<&str> for CompactResponseMethodPublicBodyPromptCacheRetention {
    fn from(value: &str) -> Self {
        match value {
            "in_memory" => Self::InMemory,
            "24h" => Self::V24h,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(CompactResponseMethodPublicBodyPromptCacheRetention);

/// Processing tier: `auto` follows the project settings, `default` is
/// standard capacity, `flex` is cheaper but slower, `fast` and
/// `priority` are quicker at a higher price.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
pub enum CompactResponseMethodPublicBodyServiceTier {
    /// `auto`
    Auto,
    /// `default`
    Default,
    /// `fast`
    Fast,
    /// `flex`
    Flex,
    /// `priority`
    Priority,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for CompactResponseMethodPublicBodyServiceTier {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
impl CompactResponseMethodPublicBodyServiceTier {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Default => "default",
            Self::Fast => "fast",
            Self::Flex => "flex",
            Self::Priority => "priority",
            Self::Other(value) => value,
        }
    }
}

#[cfg(feature = "responses")]
impl From<&str> for CompactResponseMethodPublicBodyServiceTier {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default" => Self::Default,
            "fast" => Self::Fast,
            "flex" => Self::Flex,
            "priority" => Self::Priority,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(CompactResponseMethodPublicBodyServiceTier);

/// Body of `POST /responses`.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateResponseRequest {
    /// Model that generates the response, e.g. `gpt-5`, `gpt-4.1` or `o3`.
    pub model: Option<String>,
    /// Text, image or file inputs, as one string or a list of items.
    pub input: Option<InputParam>,
    /// A system (developer) message placed ahead of the input. It is not
    /// carried over when `previous_response_id` chains responses.
    pub instructions: Option<String>,
    /// Continue from this earlier response, reusing its context. Cannot be combined with `conversation`.
    pub previous_response_id: Option<String>,
    /// Conversation this response belongs to. Its items come before the
    /// input, and this response's input and output are appended to it.
    pub conversation: Option<ConversationParam>,
    /// Tools the model may call.
    pub tools: Option<ToolsArray>,
    /// How the model picks tools.
    pub tool_choice: Option<ToolChoiceParam>,
    /// Whether the model may issue several tool calls in one turn (default true).
    pub parallel_tool_calls: Option<bool>,
    /// Upper bound on the number of built-in tool calls for the whole response.
    pub max_tool_calls: Option<i64>,
    /// Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    pub temperature: Option<f64>,
    /// Nucleus sampling; only tokens within this cumulative probability mass are considered.
    pub top_p: Option<f64>,
    /// How many most-likely alternatives to report per output token (needs the logprobs include).
    pub top_logprobs: Option<i64>,
    /// Cap on generated tokens, counting visible output and reasoning tokens.
    pub max_output_tokens: Option<i64>,
    /// Format and verbosity of text output.
    pub text: Option<ResponseTextParam>,
    /// Settings for reasoning models (gpt-5 and the o-series).
    pub reasoning: Option<Reasoning>,
    /// Extra data to embed in the output, such as search results or encrypted reasoning.
    pub include: Option<Vec<IncludeEnum>>,
    /// Keep the response so it can be retrieved later (default true).
    pub store: Option<bool>,
    /// Deliver the response as server-sent events while it is generated.
    pub stream: Option<bool>,
    /// Streaming settings; only with `stream: true`.
    pub stream_options: Option<ResponseStreamOptions>,
    /// Run the response asynchronously; poll or cancel it by id.
    pub background: Option<bool>,
    /// What to do when the context is too long: `auto` drops items from the
    /// start of the conversation, `disabled` (default) fails the request.
    pub truncation: Option<CreateResponseRequestTruncation>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Processing tier requested or used.
    pub service_tier: Option<ServiceTierResponses>,
    /// Stored prompt template and its variables.
    pub prompt: Option<Prompt>,
    /// Key that groups similar requests to improve prompt cache hits.
    pub prompt_cache_key: Option<String>,
    /// How long cached prompt prefixes are kept.
    pub prompt_cache_retention: Option<CreateResponseRequestPromptCacheRetention>,
    /// Stable, anonymised id of your end user, used for abuse detection.
    pub safety_identifier: Option<String>,
    /// Former end-user identifier; use `safety_identifier` and `prompt_cache_key` instead.
    #[deprecated]
    pub user: Option<String>,
}

#[cfg(feature = "responses")]
impl Serialize for CreateResponseRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(
            &mut map,
            "previous_response_id",
            &self.previous_response_id,
        )?;
        codec::optional_entry(&mut map, "conversation", &self.conversation)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(
            &mut map,
            "parallel_tool_calls",
            &self.parallel_tool_calls,
        )?;
        codec::optional_entry(&mut map, "max_tool_calls", &self.max_tool_calls)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "top_logprobs", &self.top_logprobs)?;
        codec::optional_entry(&mut map, "max_output_tokens", &self.max_output_tokens)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        codec::optional_entry(&mut map, "reasoning", &self.reasoning)?;
        codec::optional_entry(&mut map, "include", &self.include)?;
        codec::optional_entry(&mut map, "store", &self.store)?;
        codec::optional_entry(&mut map, "stream", &self.stream)?;
        codec::optional_entry(&mut map, "stream_options", &self.stream_options)?;
        codec::optional_entry(&mut map, "background", &self.background)?;
        codec::optional_entry(&mut map, "truncation", &self.truncation)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "service_tier", &self.service_tier)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        codec::optional_entry(&mut map, "prompt_cache_key", &self.prompt_cache_key)?;
        codec::optional_entry(
            &mut map,
            "prompt_cache_retention",
            &self.prompt_cache_retention,
        )?;
        codec::optional_entry(&mut map, "safety_identifier", &self.safety_identifier)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for CreateResponseRequest {
    const EXPECTING: &'static str = "a `CreateResponseRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value()?,
            "input" => self.input = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "previous_response_id" => self.previous_response_id = map.next_value()?,
            "conversation" => self.conversation = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "parallel_tool_calls" => self.parallel_tool_calls = map.next_value()?,
            "max_tool_calls" => self.max_tool_calls = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "top_logprobs" => self.top_logprobs = map.next_value()?,
            "max_output_tokens" => self.max_output_tokens = map.next_value()?,
            "text" => self.text = map.next_value()?,
            "reasoning" => self.reasoning = map.next_value()?,
            "include" => self.include = map.next_value()?,
            "store" => self.store = map.next_value()?,
            "stream" => self.stream = map.next_value()?,
            "stream_options" => self.stream_options = map.next_value()?,
            "background" => self.background = map.next_value()?,
            "truncation" => self.truncation = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "service_tier" => self.service_tier = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            "prompt_cache_key" => self.prompt_cache_key = map.next_value()?,
            "prompt_cache_retention" => self.prompt_cache_retention = map.next_value()?,
            "safety_identifier" => self.safety_identifier = map.next_value()?,
            "user" => self.user = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for CreateResponseRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
impl CreateResponseRequest {
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

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<InputParam>) -> Self {
        self.input = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `previous_response_id`.
    #[must_use]
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }

    /// Sets `conversation`.
    #[must_use]
    pub fn conversation(mut self, value: impl Into<ConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<ToolsArray>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_choice`.
    #[must_use]
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `parallel_tool_calls`.
    #[must_use]
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `max_tool_calls`.
    #[must_use]
    pub fn max_tool_calls(mut self, value: impl Into<i64>) -> Self {
        self.max_tool_calls = Some(value.into());
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

    /// Sets `top_logprobs`.
    #[must_use]
    pub fn top_logprobs(mut self, value: impl Into<i64>) -> Self {
        self.top_logprobs = Some(value.into());
        self
    }

    /// Sets `max_output_tokens`.
    #[must_use]
    pub fn max_output_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<ResponseTextParam>) -> Self {
        self.text = Some(value.into());
        self
    }

    /// Sets `reasoning`.
    #[must_use]
    pub fn reasoning(mut self, value: impl Into<Reasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
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
    pub fn stream_options(mut self, value: impl Into<ResponseStreamOptions>) -> Self {
        self.stream_options = Some(value.into());
        self
    }

    /// Sets `background`.
    #[must_use]
    pub fn background(mut self, value: impl Into<bool>) -> Self {
        self.background = Some(value.into());
        self
    }

    /// Sets `truncation`.
    #[must_use]
    pub fn truncation(
        mut self,
        value: impl Into<CreateResponseRequestTruncation>,
    ) -> Self {
        self.truncation = Some(value.into());
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

    /// Sets `service_tier`.
    #[must_use]
    pub fn service_tier(mut self, value: impl Into<ServiceTierResponses>) -> Self {
        self.service_tier = Some(value.into());
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
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
        value: impl Into<CreateResponseRequestPromptCacheRetention>,
    ) -> Self {
        self.prompt_cache_retention = Some(value.into());
        self
    }

    /// Sets `safety_identifier`.
    #[must_use]
    pub fn safety_identifier(mut self, value: impl Into<String>) -> Self {
        self.safety_identifier = Some(value.into());
        self
    }

    /// Sets `user`.
    #[deprecated]
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}

/// The conversation a response belongs to, by bare id or as an object.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq)]
pub enum ConversationParam {
    /// Conversation id.
    String(String),
    /// Identifies a conversation.
    ConversationReference(ConversationReference),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for ConversationParam {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(feature = "responses")]
impl From<String> for ConversationParam {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(feature = "responses")]
impl From<&str> for ConversationParam {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(feature = "responses")]
impl From<ConversationReference> for ConversationParam {
    fn from(value: ConversationReference) -> Self {
        Self::ConversationReference(value)
    }
}

#[cfg(feature = "responses")]
impl Serialize for ConversationParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::ConversationReference(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ConversationParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::ConversationReference)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Identifies a conversation.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationReference {
    /// Conversation id (`conv_...`).
    pub id: String,
}

#[cfg(feature = "responses")]
impl Serialize for ConversationReference {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ConversationReference {
    const EXPECTING: &'static str = "a `ConversationReference` object";
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

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ConversationReference {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
impl ConversationReference {
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

/// Optional extra data for the output: file or web search results,
/// web search sources, image URLs of inputs and computer screenshots,
/// code interpreter outputs, encrypted reasoning (for stateless
/// multi-turn use) and token log probabilities.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum IncludeEnum {
    /// `file_search_call.results`
    FileSearchCallResults,
    /// `web_search_call.results`
    WebSearchCallResults,
    /// `web_search_call.action.sources`
    WebSearchCallActionSources,
    /// `message.input_image.image_url`
    MessageInputImageImageUrl,
    /// `computer_call_output.output.image_url`
    ComputerCallOutputOutputImageUrl,
    /// `code_interpreter_call.outputs`
    CodeInterpreterCallOutputs,
    /// `reasoning.encrypted_content`
    ReasoningEncryptedContent,
    /// `message.output_text.logprobs`
    MessageOutputTextLogprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for IncludeEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl IncludeEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileSearchCallResults => "file_search_call.results",
            Self::WebSearchCallResults => "web_search_call.results",
            Self::WebSearchCallActionSources => "web_search_call.action.sources",
            Self::MessageInputImageImageUrl => "message.input_image.image_url",
            Self::ComputerCallOutputOutputImageUrl => {
                "computer_call_output.output.image_url"
            }
            Self::CodeInterpreterCallOutputs => "code_interpreter_call.outputs",
            Self::ReasoningEncryptedContent => "reasoning.encrypted_content",
            Self::MessageOutputTextLogprobs => "message.output_text.logprobs",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<&str> for IncludeEnum {
    fn from(value: &str) -> Self {
        match value {
            "file_search_call.results" => Self::FileSearchCallResults,
            "web_search_call.results" => Self::WebSearchCallResults,
            "web_search_call.action.sources" => Self::WebSearchCallActionSources,
            "message.input_image.image_url" => Self::MessageInputImageImageUrl,
            "computer_call_output.output.image_url" => {
                Self::ComputerCallOutputOutputImageUrl
            }
            "code_interpreter_call.outputs" => Self::CodeInterpreterCallOutputs,
            "reasoning.encrypted_content" => Self::ReasoningEncryptedContent,
            "message.output_text.logprobs" => Self::MessageOutputTextLogprobs,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
crate::runtime::string_enum_traits!(IncludeEnum);

/// Extra settings that only apply when `stream` is true.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseStreamOptions {
    /// Add random padding to delta events to hide payload sizes from
    /// network observers; turn off to save bandwidth on trusted links.
    pub include_obfuscation: Option<bool>,
}

#[cfg(feature = "responses")]
impl Serialize for ResponseStreamOptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(
            &mut map,
            "include_obfuscation",
            &self.include_obfuscation,
        )?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ResponseStreamOptions {
    const EXPECTING: &'static str = "a `ResponseStreamOptions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "include_obfuscation" => self.include_obfuscation = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseStreamOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
impl ResponseStreamOptions {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `include_obfuscation`.
    #[must_use]
    pub fn include_obfuscation(mut self, value: impl Into<bool>) -> Self {
        self.include_obfuscation = Some(value.into());
        self
    }
}

/// What to do when the context is too long: `auto` drops items from the
/// start of the conversation, `disabled` (default) fails the request.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
pub enum CreateResponseRequestTruncation {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for CreateResponseRequestTruncation {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
impl CreateResponseRequestTruncation {
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

#[cfg(feature = "responses")]
impl From<&str> for CreateResponseRequestTruncation {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(CreateResponseRequestTruncation);

/// How long cached prompt prefixes are kept.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
pub enum CreateResponseRequestPromptCacheRetention {
    /// `in_memory`
    InMemory,
    /// `24h`
    V24h,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for CreateResponseRequestPromptCacheRetention {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
impl CreateResponseRequestPromptCacheRetention {
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

#[cfg(feature = "responses")]
impl From<&str> for CreateResponseRequestPromptCacheRetention {
    fn from(value: &str) -> Self {
        match value {
            "in_memory" => Self::InMemory,
            "24h" => Self::V24h,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(CreateResponseRequestPromptCacheRetention);

/// Query and header parameters of `GetResponse`.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetResponseParams {
    /// Extra data to embed in the returned object.
    pub include: Option<Vec<IncludeEnum>>,
    /// Ask for the response to be replayed as server-sent events. This
    /// client decodes the JSON form only, so leave it unset.
    pub stream: Option<bool>,
    /// When replaying as a stream, the sequence number after which events start.
    pub starting_after: Option<i64>,
    /// Whether streamed delta events carry random padding that hides payload sizes.
    pub include_obfuscation: Option<bool>,
}

#[cfg(feature = "responses")]
impl GetResponseParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Sets `stream`.
    #[must_use]
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }

    /// Sets `starting_after`.
    #[must_use]
    pub fn starting_after(mut self, value: impl Into<i64>) -> Self {
        self.starting_after = Some(value.into());
        self
    }

    /// Sets `include_obfuscation`.
    #[must_use]
    pub fn include_obfuscation(mut self, value: impl Into<bool>) -> Self {
        self.include_obfuscation = Some(value.into());
        self
    }
}

/// Body of `POST /responses/input_tokens`: the context-defining fields
/// of a Responses request, whose input is measured instead of answered.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TokenCountsBody {
    /// Model whose tokenizer and prompt layout are used, e.g. `gpt-5` or `o3`.
    pub model: Option<String>,
    /// Text, image or file inputs, as one string or a list of items.
    pub input: Option<InputParam>,
    /// A system (developer) message placed ahead of the input.
    pub instructions: Option<String>,
    /// Count the input as a continuation of this earlier response. Cannot be combined with `conversation`.
    pub previous_response_id: Option<String>,
    /// Count the input as part of this conversation, whose items come first.
    pub conversation: Option<ConversationParam>,
    /// Tools the model could call; their definitions take up input tokens too.
    pub tools: Option<ToolsArray>,
    /// How the model would pick tools.
    pub tool_choice: Option<ToolChoiceParam>,
    /// Whether the model could issue several tool calls in one turn.
    pub parallel_tool_calls: Option<bool>,
    /// Format and verbosity settings of the text output.
    pub text: Option<ResponseTextParam>,
    /// Settings for reasoning models (gpt-5 and the o-series).
    pub reasoning: Option<Reasoning>,
    /// What to do when the context does not fit: `auto` drops the oldest
    /// items, `disabled` (default) makes the request fail.
    #[deprecated]
    pub truncation: Option<TokenCountsBodyTruncation>,
    /// A style preset owned by the model, such as `friendly` or
    /// `pragmatic`; leave it out for the model's usual style.
    pub personality: Option<String>,
}

#[cfg(feature = "responses")]
impl Serialize for TokenCountsBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(
            &mut map,
            "previous_response_id",
            &self.previous_response_id,
        )?;
        codec::optional_entry(&mut map, "conversation", &self.conversation)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(
            &mut map,
            "parallel_tool_calls",
            &self.parallel_tool_calls,
        )?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        codec::optional_entry(&mut map, "reasoning", &self.reasoning)?;
        codec::optional_entry(&mut map, "truncation", &self.truncation)?;
        codec::optional_entry(&mut map, "personality", &self.personality)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for TokenCountsBody {
    const EXPECTING: &'static str = "a `TokenCountsBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value()?,
            "input" => self.input = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "previous_response_id" => self.previous_response_id = map.next_value()?,
            "conversation" => self.conversation = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "parallel_tool_calls" => self.parallel_tool_calls = map.next_value()?,
            "text" => self.text = map.next_value()?,
            "reasoning" => self.reasoning = map.next_value()?,
            "truncation" => self.truncation = map.next_value()?,
            "personality" => self.personality = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for TokenCountsBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
impl TokenCountsBody {
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

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<InputParam>) -> Self {
        self.input = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `previous_response_id`.
    #[must_use]
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }

    /// Sets `conversation`.
    #[must_use]
    pub fn conversation(mut self, value: impl Into<ConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<ToolsArray>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_choice`.
    #[must_use]
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `parallel_tool_calls`.
    #[must_use]
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<ResponseTextParam>) -> Self {
        self.text = Some(value.into());
        self
    }

    /// Sets `reasoning`.
    #[must_use]
    pub fn reasoning(mut self, value: impl Into<Reasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }

    /// Sets `truncation`.
    #[deprecated]
    #[must_use]
    pub fn truncation(mut self, value: impl Into<TokenCountsBodyTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }

    /// Sets `personality`.
    #[must_use]
    pub fn personality(mut self, value: impl Into<String>) -> Self {
        self.personality = Some(value.into());
        self
    }
}

/// What to do when the context does not fit: `auto` drops the oldest
/// items, `disabled` (default) makes the request fail.
#[cfg(feature = "responses")]
#[deprecated]
#[derive(Debug, Clone)]
pub enum TokenCountsBodyTruncation {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for TokenCountsBodyTruncation {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
impl TokenCountsBodyTruncation {
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

#[cfg(feature = "responses")]
impl From<&str> for TokenCountsBodyTruncation {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(TokenCountsBodyTruncation);
