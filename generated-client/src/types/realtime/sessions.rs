// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `realtime.sessions` operations use.
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

/// Settings of a session created through the legacy `POST /realtime/sessions`, in the flat shape of the beta interface.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeBetaSessionCreateRequest {
    /// What the model may answer with; `["text"]` turns speech off.
    pub modalities: Option<Vec<RealtimeBetaSessionCreateRequestModalitiesItem>>,
    /// System instructions for the whole session.
    pub instructions: Option<String>,
    /// Voice of the model.
    pub voice: Option<VoiceIdsOrCustomVoice>,
    /// Encoding of the client's audio: `pcm16`, `g711_ulaw` or `g711_alaw`.
    pub input_audio_format: Option<String>,
    /// Encoding of the model's audio: `pcm16`, `g711_ulaw` or `g711_alaw`.
    pub output_audio_format: Option<String>,
    /// Transcribe the user's speech with this model as well.
    pub input_audio_transcription: Option<
        RealtimeBetaSessionCreateRequestInputAudioTranscription,
    >,
    /// Speaking rate, 1.0 being normal.
    pub speed: Option<f64>,
    /// Record traces of the session.
    pub tracing: Option<RealtimeTracingConfig>,
    /// Voice activity detection settings.
    pub turn_detection: Option<RealtimeTurnDetectionSettings>,
    /// Functions the model may call.
    pub tools: Option<Vec<RealtimeFunctionTool>>,
    /// `auto`, `none`, `required`, or the name of a function.
    pub tool_choice: Option<String>,
    /// Sampling temperature.
    pub temperature: Option<f64>,
    /// Output token cap of each response.
    pub max_response_output_tokens: Option<RealtimeMaxOutputTokens>,
    /// How the conversation is shortened when it outgrows the context window.
    pub truncation: Option<RealtimeTruncation>,
    /// A stored prompt template with values for its variables.
    pub prompt: Option<Prompt>,
}

impl Serialize for RealtimeBetaSessionCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "modalities", &self.modalities)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "voice", &self.voice)?;
        codec::optional_entry(&mut map, "input_audio_format", &self.input_audio_format)?;
        codec::optional_entry(
            &mut map,
            "output_audio_format",
            &self.output_audio_format,
        )?;
        codec::optional_entry(
            &mut map,
            "input_audio_transcription",
            &self.input_audio_transcription,
        )?;
        codec::optional_entry(&mut map, "speed", &self.speed)?;
        codec::optional_entry(&mut map, "tracing", &self.tracing)?;
        codec::optional_entry(&mut map, "turn_detection", &self.turn_detection)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(
            &mut map,
            "max_response_output_tokens",
            &self.max_response_output_tokens,
        )?;
        codec::optional_entry(&mut map, "truncation", &self.truncation)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeBetaSessionCreateRequest {
    const EXPECTING: &'static str = "a `RealtimeBetaSessionCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "modalities" => self.modalities = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "voice" => self.voice = map.next_value()?,
            "input_audio_format" => self.input_audio_format = map.next_value()?,
            "output_audio_format" => self.output_audio_format = map.next_value()?,
            "input_audio_transcription" => {
                self.input_audio_transcription = map.next_value()?;
            }
            "speed" => self.speed = map.next_value()?,
            "tracing" => self.tracing = map.next_value()?,
            "turn_detection" => self.turn_detection = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "max_response_output_tokens" => {
                self.max_response_output_tokens = map.next_value()?;
            }
            "truncation" => self.truncation = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeBetaSessionCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeBetaSessionCreateRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `modalities`.
    #[must_use]
    pub fn modalities(
        mut self,
        value: impl Into<Vec<RealtimeBetaSessionCreateRequestModalitiesItem>>,
    ) -> Self {
        self.modalities = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `voice`.
    #[must_use]
    pub fn voice(mut self, value: impl Into<VoiceIdsOrCustomVoice>) -> Self {
        self.voice = Some(value.into());
        self
    }

    /// Sets `input_audio_format`.
    #[must_use]
    pub fn input_audio_format(mut self, value: impl Into<String>) -> Self {
        self.input_audio_format = Some(value.into());
        self
    }

    /// Sets `output_audio_format`.
    #[must_use]
    pub fn output_audio_format(mut self, value: impl Into<String>) -> Self {
        self.output_audio_format = Some(value.into());
        self
    }

    /// Sets `input_audio_transcription`.
    #[must_use]
    pub fn input_audio_transcription(
        mut self,
        value: impl Into<RealtimeBetaSessionCreateRequestInputAudioTranscription>,
    ) -> Self {
        self.input_audio_transcription = Some(value.into());
        self
    }

    /// Sets `speed`.
    #[must_use]
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }

    /// Sets `tracing`.
    #[must_use]
    pub fn tracing(mut self, value: impl Into<RealtimeTracingConfig>) -> Self {
        self.tracing = Some(value.into());
        self
    }

    /// Sets `turn_detection`.
    #[must_use]
    pub fn turn_detection(
        mut self,
        value: impl Into<RealtimeTurnDetectionSettings>,
    ) -> Self {
        self.turn_detection = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<RealtimeFunctionTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_choice`.
    #[must_use]
    pub fn tool_choice(mut self, value: impl Into<String>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `max_response_output_tokens`.
    #[must_use]
    pub fn max_response_output_tokens(
        mut self,
        value: impl Into<RealtimeMaxOutputTokens>,
    ) -> Self {
        self.max_response_output_tokens = Some(value.into());
        self
    }

    /// Sets `truncation`.
    #[must_use]
    pub fn truncation(mut self, value: impl Into<RealtimeTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}

/// An item of the `modalities` field of [`RealtimeBetaSessionCreateRequest`](crate::types::RealtimeBetaSessionCreateRequest).
#[derive(Debug, Clone)]
pub enum RealtimeBetaSessionCreateRequestModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeBetaSessionCreateRequestModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeBetaSessionCreateRequestModalitiesItem {
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

impl From<&str> for RealtimeBetaSessionCreateRequestModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeBetaSessionCreateRequestModalitiesItem);

/// Transcribe the user's speech with this model as well.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeBetaSessionCreateRequestInputAudioTranscription {
    /// Transcription model, e.g. `whisper-1`.
    pub model: Option<String>,
}

impl Serialize for RealtimeBetaSessionCreateRequestInputAudioTranscription {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeBetaSessionCreateRequestInputAudioTranscription {
    const EXPECTING: &'static str = "a `RealtimeBetaSessionCreateRequestInputAudioTranscription` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeBetaSessionCreateRequestInputAudioTranscription {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeBetaSessionCreateRequestInputAudioTranscription {
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
}

/// A session created through the legacy `POST /realtime/sessions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeBetaSessionCreateResponse {
    /// Session id.
    pub id: Option<String>,
    /// Kind of object, `realtime.session`.
    pub object: Option<String>,
    /// When the session ends (Unix seconds).
    pub expires_at: Option<i64>,
    /// Extra data added to server events.
    pub include: Option<Vec<RealtimeBetaSessionCreateResponseIncludeItem>>,
    /// Realtime model serving the session.
    pub model: Option<String>,
    /// What the model answers with.
    pub output_modalities: Option<
        Vec<RealtimeBetaSessionCreateResponseOutputModalitiesItem>,
    >,
    /// System instructions of the session.
    pub instructions: Option<String>,
    /// Settings of the input and output audio.
    pub audio: Option<RealtimeBetaSessionAudio>,
    /// Tracing settings; null when tracing is off.
    pub tracing: Option<RealtimeTracingConfig>,
    /// Voice activity detection settings; null when the client commits turns itself.
    pub turn_detection: Option<RealtimeTurnDetectionSettings>,
    /// Functions the model may call.
    pub tools: Option<Vec<RealtimeFunctionTool>>,
    /// How the model picks tools.
    pub tool_choice: Option<String>,
    /// Output token cap of each response.
    pub max_output_tokens: Option<RealtimeMaxOutputTokens>,
    /// Ephemeral key for the client app, handed out with the session.
    pub client_secret: Option<RealtimeBetaClientSecret>,
    /// Kinds of output the model produces (the beta spelling of `output_modalities`).
    pub modalities: Option<Vec<RealtimeBetaSessionCreateResponseModalitiesItem>>,
    /// Voice the model speaks with.
    pub voice: Option<VoiceIdsShared>,
    /// Encoding of the client's audio, such as `pcm16`, `g711_ulaw` or `g711_alaw`.
    pub input_audio_format: Option<String>,
    /// Encoding of the model's audio, with the same choices as the input.
    pub output_audio_format: Option<String>,
    /// How the user's speech is transcribed, or null when it is not.
    pub input_audio_transcription: Option<AudioTranscriptionResponse>,
    /// Sampling temperature of the model.
    pub temperature: Option<f64>,
    /// Output token cap of each response (the beta name of `max_output_tokens`).
    pub max_response_output_tokens: Option<RealtimeMaxOutputTokens>,
    /// Pace of the spoken answer; 1.0 is the normal speed.
    pub speed: Option<f64>,
}

impl Serialize for RealtimeBetaSessionCreateResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "include", &self.include)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "output_modalities", &self.output_modalities)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "tracing", &self.tracing)?;
        codec::optional_entry(&mut map, "turn_detection", &self.turn_detection)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(&mut map, "max_output_tokens", &self.max_output_tokens)?;
        codec::optional_entry(&mut map, "client_secret", &self.client_secret)?;
        codec::optional_entry(&mut map, "modalities", &self.modalities)?;
        codec::optional_entry(&mut map, "voice", &self.voice)?;
        codec::optional_entry(&mut map, "input_audio_format", &self.input_audio_format)?;
        codec::optional_entry(
            &mut map,
            "output_audio_format",
            &self.output_audio_format,
        )?;
        codec::optional_entry(
            &mut map,
            "input_audio_transcription",
            &self.input_audio_transcription,
        )?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(
            &mut map,
            "max_response_output_tokens",
            &self.max_response_output_tokens,
        )?;
        codec::optional_entry(&mut map, "speed", &self.speed)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeBetaSessionCreateResponse {
    const EXPECTING: &'static str = "a `RealtimeBetaSessionCreateResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "expires_at" => self.expires_at = map.next_value()?,
            "include" => self.include = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "output_modalities" => self.output_modalities = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "tracing" => self.tracing = map.next_value()?,
            "turn_detection" => self.turn_detection = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "max_output_tokens" => self.max_output_tokens = map.next_value()?,
            "client_secret" => self.client_secret = map.next_value()?,
            "modalities" => self.modalities = map.next_value()?,
            "voice" => self.voice = map.next_value()?,
            "input_audio_format" => self.input_audio_format = map.next_value()?,
            "output_audio_format" => self.output_audio_format = map.next_value()?,
            "input_audio_transcription" => {
                self.input_audio_transcription = map.next_value()?;
            }
            "temperature" => self.temperature = map.next_value()?,
            "max_response_output_tokens" => {
                self.max_response_output_tokens = map.next_value()?;
            }
            "speed" => self.speed = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeBetaSessionCreateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `include` field of [`RealtimeBetaSessionCreateResponse`](crate::types::RealtimeBetaSessionCreateResponse).
#[derive(Debug, Clone)]
pub enum RealtimeBetaSessionCreateResponseIncludeItem {
    /// `item.input_audio_transcription.logprobs`
    ItemInputAudioTranscriptionLogprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeBetaSessionCreateResponseIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeBetaSessionCreateResponseIncludeItem {
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

impl From<&str> for RealtimeBetaSessionCreateResponseIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "item.input_audio_transcription.logprobs" => {
                Self::ItemInputAudioTranscriptionLogprobs
            }
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeBetaSessionCreateResponseIncludeItem);

/// An item of the `output_modalities` field of [`RealtimeBetaSessionCreateResponse`](crate::types::RealtimeBetaSessionCreateResponse).
#[derive(Debug, Clone)]
pub enum RealtimeBetaSessionCreateResponseOutputModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeBetaSessionCreateResponseOutputModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeBetaSessionCreateResponseOutputModalitiesItem {
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

impl From<&str> for RealtimeBetaSessionCreateResponseOutputModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    RealtimeBetaSessionCreateResponseOutputModalitiesItem
);

/// Audio settings of a legacy session, as reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeBetaSessionAudio {
    /// What the client sends.
    pub input: Option<RealtimeTranscriptionSessionAudioInputResponse>,
    /// What the model speaks.
    pub output: Option<RealtimeSessionAudioOutputResponse>,
}

impl Serialize for RealtimeBetaSessionAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeBetaSessionAudio {
    const EXPECTING: &'static str = "a `RealtimeBetaSessionAudio` object";
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

impl<'de> Deserialize<'de> for RealtimeBetaSessionAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `modalities` field of [`RealtimeBetaSessionCreateResponse`](crate::types::RealtimeBetaSessionCreateResponse).
#[derive(Debug, Clone)]
pub enum RealtimeBetaSessionCreateResponseModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeBetaSessionCreateResponseModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeBetaSessionCreateResponseModalitiesItem {
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

impl From<&str> for RealtimeBetaSessionCreateResponseModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeBetaSessionCreateResponseModalitiesItem);
