// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `chat` operations.
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

#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "completions",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api"
    )
)]
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "completions",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api"
    )
)]
use crate::runtime::codec;
#[cfg(any(feature = "chat", feature = "evals"))]
use crate::types::*;

#[cfg(feature = "chat")]
mod completions;

#[cfg(feature = "chat")]
pub use completions::*;

/// An audio part, base64-encoded.
#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionRequestMessageContentPartAudio {
    /// Always `input_audio`.
    pub r#type: String,
    /// The audio data.
    pub input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio,
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl Default for ChatCompletionRequestMessageContentPartAudio {
    fn default() -> Self {
        Self {
            r#type: "input_audio".to_owned(),
            input_audio: Default::default(),
        }
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl Serialize for ChatCompletionRequestMessageContentPartAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("input_audio", &self.input_audio)?;
        map.end()
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl codec::ObjectFields for ChatCompletionRequestMessageContentPartAudio {
    const EXPECTING: &'static str = "a `ChatCompletionRequestMessageContentPartAudio` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "input_audio" => self.input_audio = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl ChatCompletionRequestMessageContentPartAudio {
    /// Creates a value from its required fields (`input_audio`); the rest start unset.
    #[must_use]
    pub fn new(
        input_audio: impl Into<ChatCompletionRequestMessageContentPartAudioInputAudio>,
    ) -> Self {
        Self {
            input_audio: input_audio.into(),
            ..Default::default()
        }
    }

    /// Sets `input_audio`.
    #[must_use]
    pub fn input_audio(
        mut self,
        value: impl Into<ChatCompletionRequestMessageContentPartAudioInputAudio>,
    ) -> Self {
        self.input_audio = value.into();
        self
    }
}

/// The audio data.
#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionRequestMessageContentPartAudioInputAudio {
    /// Base64-encoded audio.
    pub data: String,
    /// Encoding of the audio.
    pub format: ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl Serialize for ChatCompletionRequestMessageContentPartAudioInputAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("format", &self.format)?;
        map.end()
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl codec::ObjectFields for ChatCompletionRequestMessageContentPartAudioInputAudio {
    const EXPECTING: &'static str = "a `ChatCompletionRequestMessageContentPartAudioInputAudio` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "format" => self.format = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartAudioInputAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl ChatCompletionRequestMessageContentPartAudioInputAudio {
    /// Creates a value from its required fields (`data`, `format`); the rest start unset.
    #[must_use]
    pub fn new(
        data: impl Into<String>,
        format: impl Into<ChatCompletionRequestMessageContentPartAudioInputAudioFormat>,
    ) -> Self {
        Self {
            data: data.into(),
            format: format.into(),
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn data(mut self, value: impl Into<String>) -> Self {
        self.data = value.into();
        self
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(
        mut self,
        value: impl Into<ChatCompletionRequestMessageContentPartAudioInputAudioFormat>,
    ) -> Self {
        self.format = value.into();
        self
    }
}

/// Encoding of the audio.
#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone)]
pub enum ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    /// `wav`
    Wav,
    /// `mp3`
    Mp3,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl Default for ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wav => "wav",
            Self::Mp3 => "mp3",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
impl From<&str> for ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    fn from(value: &str) -> Self {
        match value {
            "wav" => Self::Wav,
            "mp3" => Self::Mp3,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "chat", feature = "evals", feature = "fine_tuning"))]
crate::runtime::string_enum_traits!(
    ChatCompletionRequestMessageContentPartAudioInputAudioFormat
);

/// Extra settings that only apply when `stream` is true.
#[cfg(any(feature = "chat", feature = "completions"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatCompletionStreamOptions {
    /// Send one more chunk before `[DONE]` carrying token usage (with empty `choices`).
    pub include_usage: Option<bool>,
    /// Add random padding to chunks to hide payload sizes.
    pub include_obfuscation: Option<bool>,
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl Serialize for ChatCompletionStreamOptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "include_usage", &self.include_usage)?;
        codec::optional_entry(
            &mut map,
            "include_obfuscation",
            &self.include_obfuscation,
        )?;
        map.end()
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl codec::ObjectFields for ChatCompletionStreamOptions {
    const EXPECTING: &'static str = "a `ChatCompletionStreamOptions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "include_usage" => self.include_usage = map.next_value()?,
            "include_obfuscation" => self.include_obfuscation = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl<'de> Deserialize<'de> for ChatCompletionStreamOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl ChatCompletionStreamOptions {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `include_usage`.
    #[must_use]
    pub fn include_usage(mut self, value: impl Into<bool>) -> Self {
        self.include_usage = Some(value.into());
        self
    }

    /// Sets `include_obfuscation`.
    #[must_use]
    pub fn include_obfuscation(mut self, value: impl Into<bool>) -> Self {
        self.include_obfuscation = Some(value.into());
        self
    }
}

/// A function the model may call; the definition is nested under `function`.
#[cfg(any(feature = "chat", feature = "evals"))]
#[derive(Debug, Clone, PartialEq)]
pub struct ChatCompletionTool {
    /// Always `function`.
    pub r#type: String,
    /// The function definition.
    pub function: FunctionObject,
}

#[cfg(any(feature = "chat", feature = "evals"))]
impl Default for ChatCompletionTool {
    fn default() -> Self {
        Self {
            r#type: "function".to_owned(),
            function: Default::default(),
        }
    }
}

#[cfg(any(feature = "chat", feature = "evals"))]
impl Serialize for ChatCompletionTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("function", &self.function)?;
        map.end()
    }
}

#[cfg(any(feature = "chat", feature = "evals"))]
impl codec::ObjectFields for ChatCompletionTool {
    const EXPECTING: &'static str = "a `ChatCompletionTool` object";
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

#[cfg(any(feature = "chat", feature = "evals"))]
impl<'de> Deserialize<'de> for ChatCompletionTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "chat", feature = "evals"))]
impl ChatCompletionTool {
    /// Creates a value from its required fields (`function`); the rest start unset.
    #[must_use]
    pub fn new(function: impl Into<FunctionObject>) -> Self {
        Self {
            function: function.into(),
            ..Default::default()
        }
    }

    /// Sets `function`.
    #[must_use]
    pub fn function(mut self, value: impl Into<FunctionObject>) -> Self {
        self.function = value.into();
        self
    }
}

/// Token accounting for a chat completion.
#[cfg(any(feature = "chat", feature = "completions"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletionUsage {
    /// Tokens in the prompt.
    pub prompt_tokens: i64,
    /// Tokens generated.
    pub completion_tokens: i64,
    /// Prompt plus completion tokens.
    pub total_tokens: i64,
    /// Breakdown of prompt tokens.
    pub prompt_tokens_details: Option<CompletionUsagePromptTokensDetails>,
    /// Breakdown of completion tokens.
    pub completion_tokens_details: Option<CompletionUsageCompletionTokensDetails>,
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl Serialize for CompletionUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("prompt_tokens", &self.prompt_tokens)?;
        map.serialize_entry("completion_tokens", &self.completion_tokens)?;
        map.serialize_entry("total_tokens", &self.total_tokens)?;
        codec::optional_entry(
            &mut map,
            "prompt_tokens_details",
            &self.prompt_tokens_details,
        )?;
        codec::optional_entry(
            &mut map,
            "completion_tokens_details",
            &self.completion_tokens_details,
        )?;
        map.end()
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl codec::ObjectFields for CompletionUsage {
    const EXPECTING: &'static str = "a `CompletionUsage` object";
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
            "prompt_tokens_details" => self.prompt_tokens_details = map.next_value()?,
            "completion_tokens_details" => {
                self.completion_tokens_details = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl<'de> Deserialize<'de> for CompletionUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of prompt tokens.
#[cfg(any(feature = "chat", feature = "completions"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletionUsagePromptTokensDetails {
    /// Tokens served from the prompt cache.
    pub cached_tokens: Option<i64>,
    /// Audio input tokens.
    pub audio_tokens: Option<i64>,
    /// Text input tokens.
    pub text_tokens: Option<i64>,
    /// Image input tokens.
    pub image_tokens: Option<i64>,
    /// Tokens written to the prompt cache.
    pub cache_write_tokens: Option<i64>,
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl Serialize for CompletionUsagePromptTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "cached_tokens", &self.cached_tokens)?;
        codec::optional_entry(&mut map, "audio_tokens", &self.audio_tokens)?;
        codec::optional_entry(&mut map, "text_tokens", &self.text_tokens)?;
        codec::optional_entry(&mut map, "image_tokens", &self.image_tokens)?;
        codec::optional_entry(&mut map, "cache_write_tokens", &self.cache_write_tokens)?;
        map.end()
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl codec::ObjectFields for CompletionUsagePromptTokensDetails {
    const EXPECTING: &'static str = "a `CompletionUsagePromptTokensDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cached_tokens" => self.cached_tokens = map.next_value()?,
            "audio_tokens" => self.audio_tokens = map.next_value()?,
            "text_tokens" => self.text_tokens = map.next_value()?,
            "image_tokens" => self.image_tokens = map.next_value()?,
            "cache_write_tokens" => self.cache_write_tokens = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl<'de> Deserialize<'de> for CompletionUsagePromptTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of completion tokens.
#[cfg(any(feature = "chat", feature = "completions"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletionUsageCompletionTokensDetails {
    /// Tokens spent on hidden reasoning.
    pub reasoning_tokens: Option<i64>,
    /// Audio output tokens.
    pub audio_tokens: Option<i64>,
    /// Text output tokens.
    pub text_tokens: Option<i64>,
    /// Tokens of the prediction that appeared in the output.
    pub accepted_prediction_tokens: Option<i64>,
    /// Tokens of the prediction that did not appear (still billed).
    pub rejected_prediction_tokens: Option<i64>,
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl Serialize for CompletionUsageCompletionTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "reasoning_tokens", &self.reasoning_tokens)?;
        codec::optional_entry(&mut map, "audio_tokens", &self.audio_tokens)?;
        codec::optional_entry(&mut map, "text_tokens", &self.text_tokens)?;
        codec::optional_entry(
            &mut map,
            "accepted_prediction_tokens",
            &self.accepted_prediction_tokens,
        )?;
        codec::optional_entry(
            &mut map,
            "rejected_prediction_tokens",
            &self.rejected_prediction_tokens,
        )?;
        map.end()
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl codec::ObjectFields for CompletionUsageCompletionTokensDetails {
    const EXPECTING: &'static str = "a `CompletionUsageCompletionTokensDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reasoning_tokens" => self.reasoning_tokens = map.next_value()?,
            "audio_tokens" => self.audio_tokens = map.next_value()?,
            "text_tokens" => self.text_tokens = map.next_value()?,
            "accepted_prediction_tokens" => {
                self.accepted_prediction_tokens = map.next_value()?;
            }
            "rejected_prediction_tokens" => {
                self.rejected_prediction_tokens = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl<'de> Deserialize<'de> for CompletionUsageCompletionTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Up to four sequences at which generation stops; the sequence itself is not returned.
#[cfg(any(feature = "chat", feature = "completions"))]
#[derive(Debug, Clone, PartialEq)]
pub enum StopConfiguration {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<String>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "chat", feature = "completions"))]
impl Default for StopConfiguration {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl From<String> for StopConfiguration {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl From<&str> for StopConfiguration {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl From<Vec<String>> for StopConfiguration {
    fn from(value: Vec<String>) -> Self {
        Self::Array(value)
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl Serialize for StopConfiguration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "chat", feature = "completions"))]
impl<'de> Deserialize<'de> for StopConfiguration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Either the name of a stock voice or a reference to a custom one.
#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
#[derive(Debug, Clone, PartialEq)]
pub enum VoiceIdsOrCustomVoice {
    /// Name of a built-in voice, such as `alloy`, `ash`, `ballad`, `coral`,
    /// `echo`, `sage`, `shimmer`, `verse`, `marin` or `cedar` (older models
    /// also know `nova`, `fable` and `onyx`).
    VoiceIdsShared(VoiceIdsShared),
    /// A custom voice.
    Object(VoiceIdsOrCustomVoiceObject),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl Default for VoiceIdsOrCustomVoice {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl From<VoiceIdsShared> for VoiceIdsOrCustomVoice {
    fn from(value: VoiceIdsShared) -> Self {
        Self::VoiceIdsShared(value)
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl From<&str> for VoiceIdsOrCustomVoice {
    fn from(value: &str) -> Self {
        Self::VoiceIdsShared(value.to_owned())
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl From<VoiceIdsOrCustomVoiceObject> for VoiceIdsOrCustomVoice {
    fn from(value: VoiceIdsOrCustomVoiceObject) -> Self {
        Self::Object(value)
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl Serialize for VoiceIdsOrCustomVoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::VoiceIdsShared(value) => Serialize::serialize(value, serializer),
            Self::Object(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl<'de> Deserialize<'de> for VoiceIdsOrCustomVoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => {
                codec::from_value(value).map(Self::VoiceIdsShared)
            }
            serde_json::Value::Object(_) => codec::from_value(value).map(Self::Object),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Name of a built-in voice, such as `alloy`, `ash`, `ballad`, `coral`,
/// `echo`, `sage`, `shimmer`, `verse`, `marin` or `cedar` (older models
/// also know `nova`, `fable` and `onyx`).
#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
pub type VoiceIdsShared = String;

/// A custom voice.
#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VoiceIdsOrCustomVoiceObject {
    /// Id of the custom voice.
    pub id: String,
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl Serialize for VoiceIdsOrCustomVoiceObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl codec::ObjectFields for VoiceIdsOrCustomVoiceObject {
    const EXPECTING: &'static str = "a `VoiceIdsOrCustomVoiceObject` object";
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

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl<'de> Deserialize<'de> for VoiceIdsOrCustomVoiceObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl VoiceIdsOrCustomVoiceObject {
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
