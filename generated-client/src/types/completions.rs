// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `completions` operations.
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

/// Body of `POST /completions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateCompletionRequest {
    /// Completion model, e.g. `gpt-3.5-turbo-instruct`, `davinci-002` or `babbage-002`.
    pub model: String,
    /// What to continue: one string, a list of strings, a token array or
    /// a list of token arrays. Without a prompt the model starts as if at
    /// the beginning of a fresh document.
    pub prompt: Option<CreateCompletionRequestPrompt>,
    /// Text that follows the insertion point (only `gpt-3.5-turbo-instruct`).
    pub suffix: Option<String>,
    /// Cap on generated tokens (16 by default); prompt plus output must fit the context.
    pub max_tokens: Option<i64>,
    /// Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    pub temperature: Option<f64>,
    /// Nucleus sampling; only tokens within this cumulative probability mass are considered.
    pub top_p: Option<f64>,
    /// How many completions to return for each prompt.
    pub n: Option<i64>,
    /// Generate this many candidates on the server and return the `n`
    /// with the best log probability per token; must exceed `n`, and
    /// cannot be combined with streaming.
    pub best_of: Option<i64>,
    /// Deliver the text as server-sent events while it is generated.
    pub stream: Option<bool>,
    /// Streaming settings; only with `stream: true`.
    pub stream_options: Option<ChatCompletionStreamOptions>,
    /// Also report the log probabilities of this many likely alternatives per token (at most 5).
    pub logprobs: Option<i64>,
    /// Return the prompt in front of the completion.
    pub echo: Option<bool>,
    /// Where generation stops.
    pub stop: Option<StopConfiguration>,
    /// Between -2 and 2; positive values discourage tokens that already appeared at all.
    pub presence_penalty: Option<f64>,
    /// Between -2 and 2; positive values discourage tokens in proportion to how often they appeared.
    pub frequency_penalty: Option<f64>,
    /// Bias from -100 to 100 added to the logits of the given token ids
    /// (keys are token ids as strings); -100 effectively bans a token.
    pub logit_bias: Option<BTreeMap<String, i64>>,
    /// Ask for repeatable sampling; compare `system_fingerprint` to detect backend changes.
    pub seed: Option<i64>,
    /// Identifier of your end user, for abuse monitoring.
    pub user: Option<String>,
}

impl Serialize for CreateCompletionRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("prompt", &self.prompt)?;
        codec::optional_entry(&mut map, "suffix", &self.suffix)?;
        codec::optional_entry(&mut map, "max_tokens", &self.max_tokens)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "n", &self.n)?;
        codec::optional_entry(&mut map, "best_of", &self.best_of)?;
        codec::optional_entry(&mut map, "stream", &self.stream)?;
        codec::optional_entry(&mut map, "stream_options", &self.stream_options)?;
        codec::optional_entry(&mut map, "logprobs", &self.logprobs)?;
        codec::optional_entry(&mut map, "echo", &self.echo)?;
        codec::optional_entry(&mut map, "stop", &self.stop)?;
        codec::optional_entry(&mut map, "presence_penalty", &self.presence_penalty)?;
        codec::optional_entry(&mut map, "frequency_penalty", &self.frequency_penalty)?;
        codec::optional_entry(&mut map, "logit_bias", &self.logit_bias)?;
        codec::optional_entry(&mut map, "seed", &self.seed)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateCompletionRequest {
    const EXPECTING: &'static str = "a `CreateCompletionRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "prompt" => self.prompt = map.next_value()?,
            "suffix" => self.suffix = map.next_value()?,
            "max_tokens" => self.max_tokens = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "n" => self.n = map.next_value()?,
            "best_of" => self.best_of = map.next_value()?,
            "stream" => self.stream = map.next_value()?,
            "stream_options" => self.stream_options = map.next_value()?,
            "logprobs" => self.logprobs = map.next_value()?,
            "echo" => self.echo = map.next_value()?,
            "stop" => self.stop = map.next_value()?,
            "presence_penalty" => self.presence_penalty = map.next_value()?,
            "frequency_penalty" => self.frequency_penalty = map.next_value()?,
            "logit_bias" => self.logit_bias = map.next_value()?,
            "seed" => self.seed = map.next_value()?,
            "user" => self.user = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateCompletionRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateCompletionRequest {
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

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<CreateCompletionRequestPrompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }

    /// Sets `suffix`.
    #[must_use]
    pub fn suffix(mut self, value: impl Into<String>) -> Self {
        self.suffix = Some(value.into());
        self
    }

    /// Sets `max_tokens`.
    #[must_use]
    pub fn max_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_tokens = Some(value.into());
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

    /// Sets `n`.
    #[must_use]
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }

    /// Sets `best_of`.
    #[must_use]
    pub fn best_of(mut self, value: impl Into<i64>) -> Self {
        self.best_of = Some(value.into());
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

    /// Sets `logprobs`.
    #[must_use]
    pub fn logprobs(mut self, value: impl Into<i64>) -> Self {
        self.logprobs = Some(value.into());
        self
    }

    /// Sets `echo`.
    #[must_use]
    pub fn echo(mut self, value: impl Into<bool>) -> Self {
        self.echo = Some(value.into());
        self
    }

    /// Sets `stop`.
    #[must_use]
    pub fn stop(mut self, value: impl Into<StopConfiguration>) -> Self {
        self.stop = Some(value.into());
        self
    }

    /// Sets `presence_penalty`.
    #[must_use]
    pub fn presence_penalty(mut self, value: impl Into<f64>) -> Self {
        self.presence_penalty = Some(value.into());
        self
    }

    /// Sets `frequency_penalty`.
    #[must_use]
    pub fn frequency_penalty(mut self, value: impl Into<f64>) -> Self {
        self.frequency_penalty = Some(value.into());
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

    /// Sets `seed`.
    #[must_use]
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}

/// What to continue: one string, a list of strings, a token array or
/// a list of token arrays. Without a prompt the model starts as if at
/// the beginning of a fresh document.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateCompletionRequestPrompt {
    /// A `String` value.
    String(String),
    /// A `StringArray` value.
    StringArray(Vec<String>),
    /// An `IntegerArray` value.
    IntegerArray(Vec<i64>),
    /// An `IntegerArrayArray` value.
    IntegerArrayArray(Vec<Vec<i64>>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateCompletionRequestPrompt {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for CreateCompletionRequestPrompt {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for CreateCompletionRequestPrompt {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<String>> for CreateCompletionRequestPrompt {
    fn from(value: Vec<String>) -> Self {
        Self::StringArray(value)
    }
}

impl From<Vec<i64>> for CreateCompletionRequestPrompt {
    fn from(value: Vec<i64>) -> Self {
        Self::IntegerArray(value)
    }
}

impl From<Vec<Vec<i64>>> for CreateCompletionRequestPrompt {
    fn from(value: Vec<Vec<i64>>) -> Self {
        Self::IntegerArrayArray(value)
    }
}

impl Serialize for CreateCompletionRequestPrompt {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::StringArray(value) => Serialize::serialize(value, serializer),
            Self::IntegerArray(value) => Serialize::serialize(value, serializer),
            Self::IntegerArrayArray(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateCompletionRequestPrompt {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(items) => {
                match items.first() {
                    None => codec::from_value(value).map(Self::StringArray),
                    Some(first) => {
                        match first {
                            serde_json::Value::Number(
                                number,
                            ) if number.is_i64() || number.is_u64() => {
                                codec::from_value(value).map(Self::IntegerArray)
                            }
                            serde_json::Value::String(_) => {
                                codec::from_value(value).map(Self::StringArray)
                            }
                            serde_json::Value::Array(_) => {
                                codec::from_value(value).map(Self::IntegerArrayArray)
                            }
                            _ => Ok(Self::Other(value)),
                        }
                    }
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A legacy completion. Streamed chunks have the same shape, each
/// carrying the next piece of text of every choice.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCompletionResponse {
    /// Completion id (`cmpl-...`).
    pub id: String,
    /// Always `text_completion`.
    pub object: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created: i64,
    /// Model that produced the completion.
    pub model: String,
    /// Identifies the backend configuration; use it with `seed` to notice changes.
    pub system_fingerprint: Option<String>,
    /// The generated alternatives.
    pub choices: Vec<CompletionChoice>,
    /// Token usage; in a stream only the last chunk has it, and only when asked for.
    pub usage: Option<CompletionUsage>,
}

impl Default for CreateCompletionResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "text_completion".to_owned(),
            created: Default::default(),
            model: Default::default(),
            system_fingerprint: Default::default(),
            choices: Default::default(),
            usage: Default::default(),
        }
    }
}

impl Serialize for CreateCompletionResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created", &self.created)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "system_fingerprint", &self.system_fingerprint)?;
        map.serialize_entry("choices", &self.choices)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateCompletionResponse {
    const EXPECTING: &'static str = "a `CreateCompletionResponse` object";
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
            "system_fingerprint" => self.system_fingerprint = map.next_value()?,
            "choices" => self.choices = map.next_value::<codec::Lenient<_>>()?.0,
            "usage" => self.usage = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateCompletionResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::StreamEvent for CreateCompletionResponse {
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

/// One generated alternative of a legacy completion.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletionChoice {
    /// Position of this choice in the list.
    pub index: i64,
    /// The generated text (in a stream, the next piece of it).
    pub text: String,
    /// Why generation ended: `stop` (natural end or stop sequence),
    /// `length` (token limit) or `content_filter` (filtered); null in
    /// stream chunks before the last one.
    pub finish_reason: Option<CompletionChoiceFinishReason>,
    /// Token log probabilities, when requested.
    pub logprobs: Option<CompletionChoiceLogprobs>,
}

impl Serialize for CompletionChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("finish_reason", &self.finish_reason)?;
        map.serialize_entry("logprobs", &self.logprobs)?;
        map.end()
    }
}

impl codec::ObjectFields for CompletionChoice {
    const EXPECTING: &'static str = "a `CompletionChoice` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "finish_reason" => self.finish_reason = map.next_value()?,
            "logprobs" => self.logprobs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CompletionChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Why generation ended: `stop` (natural end or stop sequence),
/// `length` (token limit) or `content_filter` (filtered); null in
/// stream chunks before the last one.
#[derive(Debug, Clone)]
pub enum CompletionChoiceFinishReason {
    /// `stop`
    Stop,
    /// `length`
    Length,
    /// `content_filter`
    ContentFilter,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CompletionChoiceFinishReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CompletionChoiceFinishReason {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stop => "stop",
            Self::Length => "length",
            Self::ContentFilter => "content_filter",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CompletionChoiceFinishReason {
    fn from(value: &str) -> Self {
        match value {
            "stop" => Self::Stop,
            "length" => Self::Length,
            "content_filter" => Self::ContentFilter,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CompletionChoiceFinishReason);

/// Log probabilities of the generated tokens of a legacy completion.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletionChoiceLogprobs {
    /// The generated tokens.
    pub tokens: Option<Vec<String>>,
    /// Log probability of each token; null for the first token of an echoed prompt.
    pub token_logprobs: Option<Vec<Option<f64>>>,
    /// For each position, the most likely tokens and their log
    /// probabilities; null for the first token of an echoed prompt.
    pub top_logprobs: Option<Vec<Option<BTreeMap<String, f64>>>>,
    /// Character offset of each token in the text.
    pub text_offset: Option<Vec<i64>>,
}

impl Serialize for CompletionChoiceLogprobs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "tokens", &self.tokens)?;
        codec::optional_entry(&mut map, "token_logprobs", &self.token_logprobs)?;
        codec::optional_entry(&mut map, "top_logprobs", &self.top_logprobs)?;
        codec::optional_entry(&mut map, "text_offset", &self.text_offset)?;
        map.end()
    }
}

impl codec::ObjectFields for CompletionChoiceLogprobs {
    const EXPECTING: &'static str = "a `CompletionChoiceLogprobs` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "tokens" => self.tokens = map.next_value()?,
            "token_logprobs" => self.token_logprobs = map.next_value()?,
            "top_logprobs" => self.top_logprobs = map.next_value()?,
            "text_offset" => self.text_offset = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CompletionChoiceLogprobs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
