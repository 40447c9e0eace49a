// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `responses.beta` operations use.
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

/// Query and header parameters of `BetaCancelResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaCancelResponseParams {
    /// Beta features to switch on for this request, sent comma-separated;
    /// `responses_multi_agent=v1` enables server-hosted multi-agent runs.
    pub openai_beta: Option<Vec<ResponsesBetaFeaturesItem>>,
}

impl BetaCancelResponseParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `openai_beta`.
    #[must_use]
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesBetaFeaturesItem>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}

/// An item of the `openai-beta` header.
#[derive(Debug, Clone)]
pub enum ResponsesBetaFeaturesItem {
    /// `responses_multi_agent=v1`
    ResponsesMultiAgentV1,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ResponsesBetaFeaturesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ResponsesBetaFeaturesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponsesMultiAgentV1 => "responses_multi_agent=v1",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ResponsesBetaFeaturesItem {
    fn from(value: &str) -> Self {
        match value {
            "responses_multi_agent=v1" => Self::ResponsesMultiAgentV1,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ResponsesBetaFeaturesItem);

/// Query and header parameters of `BetaCompactconversation`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaCompactconversationParams {
    /// Beta features to switch on for this request, sent comma-separated;
    /// `responses_multi_agent=v1` enables server-hosted multi-agent runs.
    pub openai_beta: Option<Vec<ResponsesBetaFeaturesItem>>,
}

impl BetaCompactconversationParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `openai_beta`.
    #[must_use]
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesBetaFeaturesItem>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}

/// Body of `POST /responses?beta=true`: every field of a regular
/// `POST /responses` body, plus the multi-agent settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaCreateResponse {
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
    /// Let the model run subagents on the server while it answers.
    pub multi_agent: Option<BetaMultiAgentParam>,
}

impl Serialize for BetaCreateResponse {
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
        codec::optional_entry(&mut map, "multi_agent", &self.multi_agent)?;
        map.end()
    }
}

impl codec::ObjectFields for BetaCreateResponse {
    const EXPECTING: &'static str = "a `BetaCreateResponse` object";
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
            "multi_agent" => self.multi_agent = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for BetaCreateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl BetaCreateResponse {
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

    /// Sets `multi_agent`.
    #[must_use]
    pub fn multi_agent(mut self, value: impl Into<BetaMultiAgentParam>) -> Self {
        self.multi_agent = Some(value.into());
        self
    }
}

/// Settings for multi-agent execution hosted by the service.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaMultiAgentParam {
    /// Turn multi-agent execution on for this response.
    pub enabled: bool,
    /// Most subagents, at any depth below the root agent, that may be
    /// active at once; 3 when absent. Neither this value, the depth of
    /// the agent tree nor the total number of subagents has a fixed cap.
    pub max_concurrent_subagents: Option<i64>,
}

impl Serialize for BetaMultiAgentParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("enabled", &self.enabled)?;
        codec::optional_entry(
            &mut map,
            "max_concurrent_subagents",
            &self.max_concurrent_subagents,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for BetaMultiAgentParam {
    const EXPECTING: &'static str = "a `BetaMultiAgentParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value::<codec::Lenient<_>>()?.0,
            "max_concurrent_subagents" => {
                self.max_concurrent_subagents = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for BetaMultiAgentParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl BetaMultiAgentParam {
    /// Creates a value from its required fields (`enabled`); the rest start unset.
    #[must_use]
    pub fn new(enabled: impl Into<bool>) -> Self {
        Self {
            enabled: enabled.into(),
            ..Default::default()
        }
    }

    /// Sets `enabled`.
    #[must_use]
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = value.into();
        self
    }

    /// Sets `max_concurrent_subagents`.
    #[must_use]
    pub fn max_concurrent_subagents(mut self, value: impl Into<i64>) -> Self {
        self.max_concurrent_subagents = Some(value.into());
        self
    }
}

/// Query and header parameters of `BetaCreateResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaCreateResponseParams {
    /// Beta features to switch on for this request, sent comma-separated;
    /// `responses_multi_agent=v1` enables server-hosted multi-agent runs.
    pub openai_beta: Option<Vec<ResponsesBetaFeaturesItem>>,
}

impl BetaCreateResponseParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `openai_beta`.
    #[must_use]
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesBetaFeaturesItem>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}

/// Query and header parameters of `BetaDeleteResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaDeleteResponseParams {
    /// Beta features to switch on for this request, sent comma-separated;
    /// `responses_multi_agent=v1` enables server-hosted multi-agent runs.
    pub openai_beta: Option<Vec<ResponsesBetaFeaturesItem>>,
}

impl BetaDeleteResponseParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `openai_beta`.
    #[must_use]
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesBetaFeaturesItem>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}

/// Query and header parameters of `BetaGetResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaGetResponseParams {
    /// Extra data to embed in the returned object.
    pub include: Option<Vec<IncludeEnum>>,
    /// Ask for the response to be replayed as server-sent events. This
    /// client decodes the JSON form only, so leave it unset.
    pub stream: Option<bool>,
    /// When replaying as a stream, the sequence number after which events start.
    pub starting_after: Option<i64>,
    /// Whether streamed delta events carry random padding that hides payload sizes.
    pub include_obfuscation: Option<bool>,
    /// Beta features to switch on for this request, sent comma-separated;
    /// `responses_multi_agent=v1` enables server-hosted multi-agent runs.
    pub openai_beta: Option<Vec<ResponsesBetaFeaturesItem>>,
}

impl BetaGetResponseParams {
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

    /// Sets `openai_beta`.
    #[must_use]
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesBetaFeaturesItem>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}

/// Query and header parameters of `BetaGetinputtokencounts`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaGetinputtokencountsParams {
    /// Beta features to switch on for this request, sent comma-separated;
    /// `responses_multi_agent=v1` enables server-hosted multi-agent runs.
    pub openai_beta: Option<Vec<ResponsesBetaFeaturesItem>>,
}

impl BetaGetinputtokencountsParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `openai_beta`.
    #[must_use]
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesBetaFeaturesItem>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}

/// Query and header parameters of `BetaListInputItems`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BetaListInputItemsParams {
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
    /// Extra data to embed in the returned items.
    pub include: Option<Vec<IncludeEnum>>,
    /// Beta features to switch on for this request, sent comma-separated;
    /// `responses_multi_agent=v1` enables server-hosted multi-agent runs.
    pub openai_beta: Option<Vec<ResponsesBetaFeaturesItem>>,
}

impl BetaListInputItemsParams {
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

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Sets `openai_beta`.
    #[must_use]
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesBetaFeaturesItem>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
