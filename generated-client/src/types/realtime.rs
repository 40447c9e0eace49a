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

/// An event the client sends over the Realtime WebSocket.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeClientEvent {
    /// Changes the session configuration; fields left out keep their current value.
    SessionUpdate(RealtimeClientEventSessionUpdate),
    /// Adds audio to the input buffer.
    InputAudioBufferAppend(RealtimeClientEventInputAudioBufferAppend),
    /// Turns the buffered audio into a user message (not needed when server VAD is on).
    InputAudioBufferCommit(RealtimeClientEventInputAudioBufferCommit),
    /// Discards the buffered audio.
    InputAudioBufferClear(RealtimeClientEventInputAudioBufferClear),
    /// Asks the model to respond now, optionally with settings for this response only.
    ResponseCreate(RealtimeClientEventResponseCreate),
    /// Stops the response being generated.
    ResponseCancel(RealtimeClientEventResponseCancel),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeClientEvent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeClientEventSessionUpdate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventSessionUpdate) -> Self {
        Self::SessionUpdate(value)
    }
}

impl From<RealtimeClientEventInputAudioBufferAppend> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferAppend) -> Self {
        Self::InputAudioBufferAppend(value)
    }
}

impl From<RealtimeClientEventInputAudioBufferCommit> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferCommit) -> Self {
        Self::InputAudioBufferCommit(value)
    }
}

impl From<RealtimeClientEventInputAudioBufferClear> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferClear) -> Self {
        Self::InputAudioBufferClear(value)
    }
}

impl From<RealtimeClientEventResponseCreate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventResponseCreate) -> Self {
        Self::ResponseCreate(value)
    }
}

impl From<RealtimeClientEventResponseCancel> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventResponseCancel) -> Self {
        Self::ResponseCancel(value)
    }
}

impl Serialize for RealtimeClientEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SessionUpdate(value) => Serialize::serialize(value, serializer),
            Self::InputAudioBufferAppend(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferCommit(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferClear(value) => Serialize::serialize(value, serializer),
            Self::ResponseCreate(value) => Serialize::serialize(value, serializer),
            Self::ResponseCancel(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("session.update") => codec::from_value(value).map(Self::SessionUpdate),
            Some("input_audio_buffer.append") => {
                codec::from_value(value).map(Self::InputAudioBufferAppend)
            }
            Some("input_audio_buffer.commit") => {
                codec::from_value(value).map(Self::InputAudioBufferCommit)
            }
            Some("input_audio_buffer.clear") => {
                codec::from_value(value).map(Self::InputAudioBufferClear)
            }
            Some("response.create") => codec::from_value(value).map(Self::ResponseCreate),
            Some("response.cancel") => codec::from_value(value).map(Self::ResponseCancel),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Changes the session configuration; fields left out keep their current value.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventSessionUpdate {
    /// Optional id chosen by the client, echoed in related errors.
    pub event_id: Option<String>,
    /// Always `session.update`.
    pub r#type: String,
    /// Session configuration.
    pub session: RealtimeSession,
}

impl Default for RealtimeClientEventSessionUpdate {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "session.update".to_owned(),
            session: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventSessionUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventSessionUpdate {
    const EXPECTING: &'static str = "a `RealtimeClientEventSessionUpdate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventSessionUpdate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventSessionUpdate {
    /// Creates a value from its required fields (`session`); the rest start unset.
    #[must_use]
    pub fn new(session: impl Into<RealtimeSession>) -> Self {
        Self {
            session: session.into(),
            ..Default::default()
        }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `session`.
    #[must_use]
    pub fn session(mut self, value: impl Into<RealtimeSession>) -> Self {
        self.session = value.into();
        self
    }
}

/// Configuration of a Realtime session, as sent in `session.update` and reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeSession {
    /// Session id (server-assigned).
    pub id: Option<String>,
    /// Always `realtime.session` (server-reported).
    pub object: Option<String>,
    /// Realtime model serving the session.
    pub model: Option<String>,
    /// Output kinds; `["text"]` disables audio output.
    pub modalities: Option<Vec<RealtimeSessionModalitiesItem>>,
    /// System instructions for the whole session.
    pub instructions: Option<String>,
    /// Voice the model speaks with.
    pub voice: Option<VoiceIdsShared>,
    /// Encoding of audio sent by the client.
    pub input_audio_format: Option<RealtimeSessionInputAudioFormat>,
    /// Encoding of audio sent by the server.
    pub output_audio_format: Option<RealtimeSessionOutputAudioFormat>,
    /// Transcribe user audio asynchronously with this model; null turns it off.
    pub input_audio_transcription: Option<RealtimeAudioTranscription>,
    /// How the end of the user's turn is detected; null means the client commits manually.
    pub turn_detection: Option<RealtimeTurnDetection>,
    /// Noise reduction applied to input audio.
    pub input_audio_noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    /// Speaking speed of the voice.
    pub speed: Option<f64>,
    /// Functions the model may call.
    pub tools: Option<Vec<RealtimeFunctionTool>>,
    /// `auto`, `none`, `required`, or a function name.
    pub tool_choice: Option<String>,
    /// Sampling temperature.
    pub temperature: Option<f64>,
    /// Output token cap per response, or `inf`.
    pub max_response_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    /// Time the session expires (server-reported).
    pub expires_at: Option<i64>,
    /// Extra data to include in server events.
    pub include: Option<Vec<RealtimeSessionIncludeItem>>,
}

impl Serialize for RealtimeSession {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
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
        codec::optional_entry(&mut map, "turn_detection", &self.turn_detection)?;
        codec::optional_entry(
            &mut map,
            "input_audio_noise_reduction",
            &self.input_audio_noise_reduction,
        )?;
        codec::optional_entry(&mut map, "speed", &self.speed)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(
            &mut map,
            "max_response_output_tokens",
            &self.max_response_output_tokens,
        )?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "include", &self.include)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSession {
    const EXPECTING: &'static str = "a `RealtimeSession` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "modalities" => self.modalities = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "voice" => self.voice = map.next_value()?,
            "input_audio_format" => self.input_audio_format = map.next_value()?,
            "output_audio_format" => self.output_audio_format = map.next_value()?,
            "input_audio_transcription" => {
                self.input_audio_transcription = map.next_value()?;
            }
            "turn_detection" => self.turn_detection = map.next_value()?,
            "input_audio_noise_reduction" => {
                self.input_audio_noise_reduction = map.next_value()?;
            }
            "speed" => self.speed = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "max_response_output_tokens" => {
                self.max_response_output_tokens = map.next_value()?;
            }
            "expires_at" => self.expires_at = map.next_value()?,
            "include" => self.include = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSession {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeSession {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `modalities`.
    #[must_use]
    pub fn modalities(
        mut self,
        value: impl Into<Vec<RealtimeSessionModalitiesItem>>,
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
    pub fn voice(mut self, value: impl Into<VoiceIdsShared>) -> Self {
        self.voice = Some(value.into());
        self
    }

    /// Sets `input_audio_format`.
    #[must_use]
    pub fn input_audio_format(
        mut self,
        value: impl Into<RealtimeSessionInputAudioFormat>,
    ) -> Self {
        self.input_audio_format = Some(value.into());
        self
    }

    /// Sets `output_audio_format`.
    #[must_use]
    pub fn output_audio_format(
        mut self,
        value: impl Into<RealtimeSessionOutputAudioFormat>,
    ) -> Self {
        self.output_audio_format = Some(value.into());
        self
    }

    /// Sets `input_audio_transcription`.
    #[must_use]
    pub fn input_audio_transcription(
        mut self,
        value: impl Into<RealtimeAudioTranscription>,
    ) -> Self {
        self.input_audio_transcription = Some(value.into());
        self
    }

    /// Sets `turn_detection`.
    #[must_use]
    pub fn turn_detection(mut self, value: impl Into<RealtimeTurnDetection>) -> Self {
        self.turn_detection = Some(value.into());
        self
    }

    /// Sets `input_audio_noise_reduction`.
    #[must_use]
    pub fn input_audio_noise_reduction(
        mut self,
        value: impl Into<RealtimeSessionInputAudioNoiseReduction>,
    ) -> Self {
        self.input_audio_noise_reduction = Some(value.into());
        self
    }

    /// Sets `speed`.
    #[must_use]
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
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
        value: impl Into<RealtimeSessionMaxResponseOutputTokens>,
    ) -> Self {
        self.max_response_output_tokens = Some(value.into());
        self
    }

    /// Sets `expires_at`.
    #[must_use]
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<RealtimeSessionIncludeItem>>) -> Self {
        self.include = Some(value.into());
        self
    }
}

/// An item of the `modalities` field of [`RealtimeSession`](crate::types::RealtimeSession).
#[derive(Debug, Clone)]
pub enum RealtimeSessionModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionModalitiesItem {
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

impl From<&str> for RealtimeSessionModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionModalitiesItem);

/// Encoding of audio sent by the client.
#[derive(Debug, Clone)]
pub enum RealtimeSessionInputAudioFormat {
    /// `pcm16`
    Pcm16,
    /// `g711_ulaw`
    G711Ulaw,
    /// `g711_alaw`
    G711Alaw,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionInputAudioFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionInputAudioFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pcm16 => "pcm16",
            Self::G711Ulaw => "g711_ulaw",
            Self::G711Alaw => "g711_alaw",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeSessionInputAudioFormat {
    fn from(value: &str) -> Self {
        match value {
            "pcm16" => Self::Pcm16,
            "g711_ulaw" => Self::G711Ulaw,
            "g711_alaw" => Self::G711Alaw,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionInputAudioFormat);

/// Encoding of audio sent by the server.
#[derive(Debug, Clone)]
pub enum RealtimeSessionOutputAudioFormat {
    /// `pcm16`
    Pcm16,
    /// `g711_ulaw`
    G711Ulaw,
    /// `g711_alaw`
    G711Alaw,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionOutputAudioFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionOutputAudioFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pcm16 => "pcm16",
            Self::G711Ulaw => "g711_ulaw",
            Self::G711Alaw => "g711_alaw",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeSessionOutputAudioFormat {
    fn from(value: &str) -> Self {
        match value {
            "pcm16" => Self::Pcm16,
            "g711_ulaw" => Self::G711Ulaw,
            "g711_alaw" => Self::G711Alaw,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionOutputAudioFormat);

/// Settings for transcribing user audio.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeAudioTranscription {
    /// Transcription model, e.g. `whisper-1` or `gpt-4o-transcribe`.
    pub model: Option<String>,
    /// ISO-639-1 language of the audio.
    pub language: Option<String>,
    /// Text that guides the transcription.
    pub prompt: Option<String>,
}

impl Serialize for RealtimeAudioTranscription {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "language", &self.language)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeAudioTranscription {
    const EXPECTING: &'static str = "a `RealtimeAudioTranscription` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value()?,
            "language" => self.language = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeAudioTranscription {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeAudioTranscription {
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

    /// Sets `language`.
    #[must_use]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}

/// Voice activity detection mode.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeTurnDetection {
    /// Detects turns from silence.
    ServerVad(RealtimeServerVad),
    /// Detects turns from what the user says.
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

/// Detects turns from silence.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerVad {
    /// Always `server_vad`.
    pub r#type: String,
    /// Speech detection sensitivity between 0 and 1.
    pub threshold: Option<f64>,
    /// Audio kept before detected speech, in milliseconds.
    pub prefix_padding_ms: Option<i64>,
    /// Silence that ends the turn, in milliseconds.
    pub silence_duration_ms: Option<i64>,
    /// Start a response automatically at the end of the turn.
    pub create_response: Option<bool>,
    /// Interrupt a running response when the user starts speaking.
    pub interrupt_response: Option<bool>,
    /// Prompt the model after this much user silence.
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

/// Detects turns from what the user says.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeSemanticVad {
    /// Always `semantic_vad`.
    pub r#type: String,
    /// How quickly the model decides the user has finished.
    pub eagerness: Option<RealtimeSemanticVadEagerness>,
    /// Start a response automatically at the end of the turn.
    pub create_response: Option<bool>,
    /// Interrupt a running response when the user starts speaking.
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

/// How quickly the model decides the user has finished.
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

/// Noise reduction applied to input audio.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeSessionInputAudioNoiseReduction {
    /// Close-talking microphones or far-field ones such as laptops.
    pub r#type: Option<RealtimeSessionInputAudioNoiseReductionType>,
}

impl Serialize for RealtimeSessionInputAudioNoiseReduction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionInputAudioNoiseReduction {
    const EXPECTING: &'static str = "a `RealtimeSessionInputAudioNoiseReduction` object";
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

impl<'de> Deserialize<'de> for RealtimeSessionInputAudioNoiseReduction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeSessionInputAudioNoiseReduction {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(
        mut self,
        value: impl Into<RealtimeSessionInputAudioNoiseReductionType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

/// Close-talking microphones or far-field ones such as laptops.
#[derive(Debug, Clone)]
pub enum RealtimeSessionInputAudioNoiseReductionType {
    /// `near_field`
    NearField,
    /// `far_field`
    FarField,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionInputAudioNoiseReductionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionInputAudioNoiseReductionType {
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

impl From<&str> for RealtimeSessionInputAudioNoiseReductionType {
    fn from(value: &str) -> Self {
        match value {
            "near_field" => Self::NearField,
            "far_field" => Self::FarField,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionInputAudioNoiseReductionType);

/// A function the Realtime model may call (flat shape, no nested `function`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeFunctionTool {
    /// Always `function`.
    pub r#type: Option<String>,
    /// Function name.
    pub name: Option<String>,
    /// What the function does.
    pub description: Option<String>,
    /// JSON Schema of the arguments.
    pub parameters: Option<serde_json::Value>,
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

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
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

/// Output token cap per response, or `inf`.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeSessionMaxResponseOutputTokens {
    /// An `Integer` value.
    Integer(i64),
    /// An `Enum` value.
    Enum(RealtimeSessionMaxResponseOutputTokensEnum),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for RealtimeSessionMaxResponseOutputTokens {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<i64> for RealtimeSessionMaxResponseOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<RealtimeSessionMaxResponseOutputTokensEnum>
for RealtimeSessionMaxResponseOutputTokens {
    fn from(value: RealtimeSessionMaxResponseOutputTokensEnum) -> Self {
        Self::Enum(value)
    }
}

impl Serialize for RealtimeSessionMaxResponseOutputTokens {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionMaxResponseOutputTokens {
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

/// One of the forms of [`RealtimeSessionMaxResponseOutputTokens`](crate::types::RealtimeSessionMaxResponseOutputTokens).
#[derive(Debug, Clone)]
pub enum RealtimeSessionMaxResponseOutputTokensEnum {
    /// `inf`
    Inf,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionMaxResponseOutputTokensEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionMaxResponseOutputTokensEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inf => "inf",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeSessionMaxResponseOutputTokensEnum {
    fn from(value: &str) -> Self {
        match value {
            "inf" => Self::Inf,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionMaxResponseOutputTokensEnum);

/// An item of the `include` field of [`RealtimeSession`](crate::types::RealtimeSession).
#[derive(Debug, Clone)]
pub enum RealtimeSessionIncludeItem {
    /// `item.input_audio_transcription.logprobs`
    ItemInputAudioTranscriptionLogprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionIncludeItem {
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

impl From<&str> for RealtimeSessionIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "item.input_audio_transcription.logprobs" => {
                Self::ItemInputAudioTranscriptionLogprobs
            }
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionIncludeItem);

/// Adds audio to the input buffer.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventInputAudioBufferAppend {
    /// Optional id chosen by the client.
    pub event_id: Option<String>,
    /// Always `input_audio_buffer.append`.
    pub r#type: String,
    /// Base64-encoded audio in the session's input format.
    pub audio: String,
}

impl Default for RealtimeClientEventInputAudioBufferAppend {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.append".to_owned(),
            audio: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventInputAudioBufferAppend {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("audio", &self.audio)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventInputAudioBufferAppend {
    const EXPECTING: &'static str = "a `RealtimeClientEventInputAudioBufferAppend` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio" => self.audio = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferAppend {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventInputAudioBufferAppend {
    /// Creates a value from its required fields (`audio`); the rest start unset.
    #[must_use]
    pub fn new(audio: impl Into<String>) -> Self {
        Self {
            audio: audio.into(),
            ..Default::default()
        }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = value.into();
        self
    }
}

/// Turns the buffered audio into a user message (not needed when server VAD is on).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventInputAudioBufferCommit {
    /// Optional id chosen by the client.
    pub event_id: Option<String>,
    /// Always `input_audio_buffer.commit`.
    pub r#type: String,
}

impl Default for RealtimeClientEventInputAudioBufferCommit {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.commit".to_owned(),
        }
    }
}

impl Serialize for RealtimeClientEventInputAudioBufferCommit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventInputAudioBufferCommit {
    const EXPECTING: &'static str = "a `RealtimeClientEventInputAudioBufferCommit` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferCommit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventInputAudioBufferCommit {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}

/// Discards the buffered audio.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventInputAudioBufferClear {
    /// Optional id chosen by the client.
    pub event_id: Option<String>,
    /// Always `input_audio_buffer.clear`.
    pub r#type: String,
}

impl Default for RealtimeClientEventInputAudioBufferClear {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.clear".to_owned(),
        }
    }
}

impl Serialize for RealtimeClientEventInputAudioBufferClear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventInputAudioBufferClear {
    const EXPECTING: &'static str = "a `RealtimeClientEventInputAudioBufferClear` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferClear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventInputAudioBufferClear {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}

/// Asks the model to respond now, optionally with settings for this response only.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventResponseCreate {
    /// Optional id chosen by the client.
    pub event_id: Option<String>,
    /// Always `response.create`.
    pub r#type: String,
    /// Settings for this response only.
    pub response: Option<RealtimeResponseCreateParams>,
}

impl Default for RealtimeClientEventResponseCreate {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.create".to_owned(),
            response: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventResponseCreate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "response", &self.response)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventResponseCreate {
    const EXPECTING: &'static str = "a `RealtimeClientEventResponseCreate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventResponseCreate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventResponseCreate {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `response`.
    #[must_use]
    pub fn response(mut self, value: impl Into<RealtimeResponseCreateParams>) -> Self {
        self.response = Some(value.into());
        self
    }
}

/// Settings that apply to one response only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseCreateParams {
    /// Output kinds for this response.
    pub modalities: Option<Vec<RealtimeResponseCreateParamsModalitiesItem>>,
    /// Instructions for this response.
    pub instructions: Option<String>,
    /// Voice to speak with.
    pub voice: Option<VoiceIdsOrCustomVoice>,
    /// Encoding of audio in this response.
    pub output_audio_format: Option<RealtimeResponseCreateParamsOutputAudioFormat>,
    /// Functions available for this response.
    pub tools: Option<Vec<RealtimeFunctionTool>>,
    /// How this response picks tools.
    pub tool_choice: Option<RealtimeResponseCreateParamsToolChoice>,
    /// Sampling temperature.
    pub temperature: Option<f64>,
    /// Output token cap, or `inf`.
    pub max_output_tokens: Option<RealtimeResponseCreateParamsMaxOutputTokens>,
    /// `auto` adds the response to the conversation; `none` keeps it out of band.
    pub conversation: Option<String>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Serialize for RealtimeResponseCreateParams {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "modalities", &self.modalities)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "voice", &self.voice)?;
        codec::optional_entry(
            &mut map,
            "output_audio_format",
            &self.output_audio_format,
        )?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "max_output_tokens", &self.max_output_tokens)?;
        codec::optional_entry(&mut map, "conversation", &self.conversation)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseCreateParams {
    const EXPECTING: &'static str = "a `RealtimeResponseCreateParams` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "modalities" => self.modalities = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "voice" => self.voice = map.next_value()?,
            "output_audio_format" => self.output_audio_format = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "max_output_tokens" => self.max_output_tokens = map.next_value()?,
            "conversation" => self.conversation = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseCreateParams {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeResponseCreateParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `modalities`.
    #[must_use]
    pub fn modalities(
        mut self,
        value: impl Into<Vec<RealtimeResponseCreateParamsModalitiesItem>>,
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

    /// Sets `output_audio_format`.
    #[must_use]
    pub fn output_audio_format(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsOutputAudioFormat>,
    ) -> Self {
        self.output_audio_format = Some(value.into());
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
    pub fn tool_choice(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsToolChoice>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `max_output_tokens`.
    #[must_use]
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsMaxOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }

    /// Sets `conversation`.
    #[must_use]
    pub fn conversation(mut self, value: impl Into<String>) -> Self {
        self.conversation = Some(value.into());
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

/// An item of the `modalities` field of [`RealtimeResponseCreateParams`](crate::types::RealtimeResponseCreateParams).
#[derive(Debug, Clone)]
pub enum RealtimeResponseCreateParamsModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseCreateParamsModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseCreateParamsModalitiesItem {
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

impl From<&str> for RealtimeResponseCreateParamsModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseCreateParamsModalitiesItem);

/// Encoding of audio in this response.
#[derive(Debug, Clone)]
pub enum RealtimeResponseCreateParamsOutputAudioFormat {
    /// `pcm16`
    Pcm16,
    /// `g711_ulaw`
    G711Ulaw,
    /// `g711_alaw`
    G711Alaw,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseCreateParamsOutputAudioFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseCreateParamsOutputAudioFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pcm16 => "pcm16",
            Self::G711Ulaw => "g711_ulaw",
            Self::G711Alaw => "g711_alaw",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeResponseCreateParamsOutputAudioFormat {
    fn from(value: &str) -> Self {
        match value {
            "pcm16" => Self::Pcm16,
            "g711_ulaw" => Self::G711Ulaw,
            "g711_alaw" => Self::G711Alaw,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseCreateParamsOutputAudioFormat);

/// How this response picks tools.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeResponseCreateParamsToolChoice {
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
impl Default for RealtimeResponseCreateParamsToolChoice {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<ToolChoiceOptions> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceOptions) -> Self {
        Self::ToolChoiceOptions(value)
    }
}

impl From<ToolChoiceFunction> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceFunction) -> Self {
        Self::ToolChoiceFunction(value)
    }
}

impl From<ToolChoiceMcp> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceMcp) -> Self {
        Self::ToolChoiceMcp(value)
    }
}

impl Serialize for RealtimeResponseCreateParamsToolChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ToolChoiceOptions(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceFunction(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceMcp(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseCreateParamsToolChoice {
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

/// Output token cap, or `inf`.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeResponseCreateParamsMaxOutputTokens {
    /// An `Integer` value.
    Integer(i64),
    /// An `Enum` value.
    Enum(RealtimeResponseCreateParamsMaxOutputTokensEnum),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for RealtimeResponseCreateParamsMaxOutputTokens {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<i64> for RealtimeResponseCreateParamsMaxOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<RealtimeResponseCreateParamsMaxOutputTokensEnum>
for RealtimeResponseCreateParamsMaxOutputTokens {
    fn from(value: RealtimeResponseCreateParamsMaxOutputTokensEnum) -> Self {
        Self::Enum(value)
    }
}

impl Serialize for RealtimeResponseCreateParamsMaxOutputTokens {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseCreateParamsMaxOutputTokens {
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

/// One of the forms of [`RealtimeResponseCreateParamsMaxOutputTokens`](crate::types::RealtimeResponseCreateParamsMaxOutputTokens).
#[derive(Debug, Clone)]
pub enum RealtimeResponseCreateParamsMaxOutputTokensEnum {
    /// `inf`
    Inf,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseCreateParamsMaxOutputTokensEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseCreateParamsMaxOutputTokensEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inf => "inf",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeResponseCreateParamsMaxOutputTokensEnum {
    fn from(value: &str) -> Self {
        match value {
            "inf" => Self::Inf,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseCreateParamsMaxOutputTokensEnum);

/// Stops the response being generated.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventResponseCancel {
    /// Optional id chosen by the client.
    pub event_id: Option<String>,
    /// Always `response.cancel`.
    pub r#type: String,
    /// Response to cancel; the current one when absent.
    pub response_id: Option<String>,
}

impl Default for RealtimeClientEventResponseCancel {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.cancel".to_owned(),
            response_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventResponseCancel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "response_id", &self.response_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventResponseCancel {
    const EXPECTING: &'static str = "a `RealtimeClientEventResponseCancel` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventResponseCancel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventResponseCancel {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `response_id`.
    #[must_use]
    pub fn response_id(mut self, value: impl Into<String>) -> Self {
        self.response_id = Some(value.into());
        self
    }
}

/// An event the server sends over the Realtime WebSocket.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeServerEvent {
    /// Something went wrong; the session usually stays open.
    Error(RealtimeServerEventError),
    /// First event of every connection, with the initial session configuration.
    SessionCreated(RealtimeServerEventSessionCreated),
    /// Confirms a `session.update` with the resulting configuration.
    SessionUpdated(RealtimeServerEventSessionUpdated),
    /// The input buffer became a user message item.
    InputAudioBufferCommitted(RealtimeServerEventInputAudioBufferCommitted),
    /// The input buffer was emptied.
    InputAudioBufferCleared(RealtimeServerEventInputAudioBufferCleared),
    /// Voice activity detection heard the user start speaking.
    InputAudioBufferSpeechStarted(RealtimeServerEventInputAudioBufferSpeechStarted),
    /// Voice activity detection heard the user stop speaking.
    InputAudioBufferSpeechStopped(RealtimeServerEventInputAudioBufferSpeechStopped),
    /// A piece of text output.
    ResponseOutputTextDelta(RealtimeServerEventResponseTextDelta),
    /// A text part is complete.
    ResponseOutputTextDone(RealtimeServerEventResponseTextDone),
    /// A chunk of audio output.
    ResponseOutputAudioDelta(RealtimeServerEventResponseAudioDelta),
    /// An audio part is complete.
    ResponseOutputAudioDone(RealtimeServerEventResponseAudioDone),
    /// A piece of the transcript of audio output.
    ResponseOutputAudioTranscriptDelta(RealtimeServerEventResponseAudioTranscriptDelta),
    /// A piece of the JSON arguments of a function call.
    ResponseFunctionCallArgumentsDelta(
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    ),
    /// The arguments of a function call are complete.
    ResponseFunctionCallArgumentsDone(
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    ),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeServerEvent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeServerEventError> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventError) -> Self {
        Self::Error(value)
    }
}

impl From<RealtimeServerEventSessionCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventSessionCreated) -> Self {
        Self::SessionCreated(value)
    }
}

impl From<RealtimeServerEventSessionUpdated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventSessionUpdated) -> Self {
        Self::SessionUpdated(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferCommitted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferCommitted) -> Self {
        Self::InputAudioBufferCommitted(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferCleared> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferCleared) -> Self {
        Self::InputAudioBufferCleared(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferSpeechStarted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferSpeechStarted) -> Self {
        Self::InputAudioBufferSpeechStarted(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferSpeechStopped> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferSpeechStopped) -> Self {
        Self::InputAudioBufferSpeechStopped(value)
    }
}

impl From<RealtimeServerEventResponseTextDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseTextDelta) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}

impl From<RealtimeServerEventResponseTextDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseTextDone) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}

impl From<RealtimeServerEventResponseAudioDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioDelta) -> Self {
        Self::ResponseOutputAudioDelta(value)
    }
}

impl From<RealtimeServerEventResponseAudioDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioDone) -> Self {
        Self::ResponseOutputAudioDone(value)
    }
}

impl From<RealtimeServerEventResponseAudioTranscriptDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioTranscriptDelta) -> Self {
        Self::ResponseOutputAudioTranscriptDelta(value)
    }
}

impl From<RealtimeServerEventResponseFunctionCallArgumentsDelta>
for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseFunctionCallArgumentsDelta) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}

impl From<RealtimeServerEventResponseFunctionCallArgumentsDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseFunctionCallArgumentsDone) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}

impl Serialize for RealtimeServerEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Error(value) => Serialize::serialize(value, serializer),
            Self::SessionCreated(value) => Serialize::serialize(value, serializer),
            Self::SessionUpdated(value) => Serialize::serialize(value, serializer),
            Self::InputAudioBufferCommitted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferCleared(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferSpeechStarted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferSpeechStopped(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputTextDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputTextDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputAudioDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputAudioDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputAudioTranscriptDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseFunctionCallArgumentsDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseFunctionCallArgumentsDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("error") => codec::from_value(value).map(Self::Error),
            Some("session.created") => codec::from_value(value).map(Self::SessionCreated),
            Some("session.updated") => codec::from_value(value).map(Self::SessionUpdated),
            Some("input_audio_buffer.committed") => {
                codec::from_value(value).map(Self::InputAudioBufferCommitted)
            }
            Some("input_audio_buffer.cleared") => {
                codec::from_value(value).map(Self::InputAudioBufferCleared)
            }
            Some("input_audio_buffer.speech_started") => {
                codec::from_value(value).map(Self::InputAudioBufferSpeechStarted)
            }
            Some("input_audio_buffer.speech_stopped") => {
                codec::from_value(value).map(Self::InputAudioBufferSpeechStopped)
            }
            Some("response.output_text.delta") => {
                codec::from_value(value).map(Self::ResponseOutputTextDelta)
            }
            Some("response.output_text.done") => {
                codec::from_value(value).map(Self::ResponseOutputTextDone)
            }
            Some("response.output_audio.delta") => {
                codec::from_value(value).map(Self::ResponseOutputAudioDelta)
            }
            Some("response.output_audio.done") => {
                codec::from_value(value).map(Self::ResponseOutputAudioDone)
            }
            Some("response.output_audio_transcript.delta") => {
                codec::from_value(value).map(Self::ResponseOutputAudioTranscriptDelta)
            }
            Some("response.function_call_arguments.delta") => {
                codec::from_value(value).map(Self::ResponseFunctionCallArgumentsDelta)
            }
            Some("response.function_call_arguments.done") => {
                codec::from_value(value).map(Self::ResponseFunctionCallArgumentsDone)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Something went wrong; the session usually stays open.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventError {
    /// Id of this server event.
    pub event_id: String,
    /// Always `error`.
    pub r#type: String,
    /// Details of the problem.
    pub error: RealtimeServerEventErrorError,
}

impl Default for RealtimeServerEventError {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "error".to_owned(),
            error: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventError {
    const EXPECTING: &'static str = "a `RealtimeServerEventError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "error" => self.error = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of the problem.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventErrorError {
    /// Error category, e.g. `invalid_request_error`.
    pub r#type: String,
    /// Error code.
    pub code: Option<String>,
    /// Explanation.
    pub message: String,
    /// Offending parameter.
    pub param: Option<String>,
    /// Id of the client event that triggered the error.
    pub event_id: Option<String>,
}

impl Serialize for RealtimeServerEventErrorError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        codec::optional_entry(&mut map, "param", &self.param)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventErrorError {
    const EXPECTING: &'static str = "a `RealtimeServerEventErrorError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "code" => self.code = map.next_value()?,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            "param" => self.param = map.next_value()?,
            "event_id" => self.event_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventErrorError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// First event of every connection, with the initial session configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventSessionCreated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `session.created`.
    pub r#type: String,
    /// Session configuration.
    pub session: RealtimeSession,
}

impl Default for RealtimeServerEventSessionCreated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "session.created".to_owned(),
            session: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventSessionCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventSessionCreated {
    const EXPECTING: &'static str = "a `RealtimeServerEventSessionCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventSessionCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirms a `session.update` with the resulting configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventSessionUpdated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `session.updated`.
    pub r#type: String,
    /// Session configuration.
    pub session: RealtimeSession,
}

impl Default for RealtimeServerEventSessionUpdated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "session.updated".to_owned(),
            session: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventSessionUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventSessionUpdated {
    const EXPECTING: &'static str = "a `RealtimeServerEventSessionUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventSessionUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The input buffer became a user message item.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferCommitted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.committed`.
    pub r#type: String,
    /// Item after which the new item was inserted.
    pub previous_item_id: Option<String>,
    /// Id of the new user message item.
    pub item_id: String,
}

impl Default for RealtimeServerEventInputAudioBufferCommitted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.committed".to_owned(),
            previous_item_id: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferCommitted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "previous_item_id", &self.previous_item_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferCommitted {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferCommitted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "previous_item_id" => self.previous_item_id = map.next_value()?,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferCommitted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The input buffer was emptied.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferCleared {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.cleared`.
    pub r#type: String,
}

impl Default for RealtimeServerEventInputAudioBufferCleared {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.cleared".to_owned(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferCleared {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferCleared {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferCleared` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferCleared {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Voice activity detection heard the user start speaking.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferSpeechStarted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.speech_started`.
    pub r#type: String,
    /// Offset in the session's input audio where speech began.
    pub audio_start_ms: i64,
    /// Item that will hold the user's speech.
    pub item_id: String,
}

impl Default for RealtimeServerEventInputAudioBufferSpeechStarted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.speech_started".to_owned(),
            audio_start_ms: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferSpeechStarted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("audio_start_ms", &self.audio_start_ms)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferSpeechStarted {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferSpeechStarted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio_start_ms" => {
                self.audio_start_ms = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferSpeechStarted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Voice activity detection heard the user stop speaking.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferSpeechStopped {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.speech_stopped`.
    pub r#type: String,
    /// Offset in the session's input audio where speech ended.
    pub audio_end_ms: i64,
    /// Item that holds the user's speech.
    pub item_id: String,
}

impl Default for RealtimeServerEventInputAudioBufferSpeechStopped {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.speech_stopped".to_owned(),
            audio_end_ms: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferSpeechStopped {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("audio_end_ms", &self.audio_end_ms)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferSpeechStopped {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferSpeechStopped` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio_end_ms" => {
                self.audio_end_ms = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferSpeechStopped {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of text output.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseTextDelta {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.output_text.delta`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Item receiving the text.
    pub item_id: String,
    /// Position of the item in the response.
    pub output_index: i64,
    /// Position of the part in the item.
    pub content_index: i64,
    /// Text added.
    pub delta: String,
}

impl Default for RealtimeServerEventResponseTextDelta {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.output_text.delta".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseTextDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseTextDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseTextDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseTextDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A text part is complete.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseTextDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.output_text.done`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Item holding the text.
    pub item_id: String,
    /// Position of the item in the response.
    pub output_index: i64,
    /// Position of the part in the item.
    pub content_index: i64,
    /// The full text.
    pub text: String,
}

impl Default for RealtimeServerEventResponseTextDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.output_text.done".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            text: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseTextDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseTextDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseTextDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseTextDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A chunk of audio output.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseAudioDelta {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.output_audio.delta`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Item receiving the audio.
    pub item_id: String,
    /// Position of the item in the response.
    pub output_index: i64,
    /// Position of the part in the item.
    pub content_index: i64,
    /// Base64-encoded audio in the session's output format.
    pub delta: String,
}

impl Default for RealtimeServerEventResponseAudioDelta {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.output_audio.delta".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseAudioDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseAudioDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseAudioDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An audio part is complete.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseAudioDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.output_audio.done`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Item holding the audio.
    pub item_id: String,
    /// Position of the item in the response.
    pub output_index: i64,
    /// Position of the part in the item.
    pub content_index: i64,
}

impl Default for RealtimeServerEventResponseAudioDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.output_audio.done".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseAudioDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseAudioDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseAudioDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the transcript of audio output.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseAudioTranscriptDelta {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.output_audio_transcript.delta`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Item holding the audio.
    pub item_id: String,
    /// Position of the item in the response.
    pub output_index: i64,
    /// Position of the part in the item.
    pub content_index: i64,
    /// Transcript text added.
    pub delta: String,
}

impl Default for RealtimeServerEventResponseAudioTranscriptDelta {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.output_audio_transcript.delta".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseAudioTranscriptDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseAudioTranscriptDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseAudioTranscriptDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioTranscriptDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the JSON arguments of a function call.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseFunctionCallArgumentsDelta {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.function_call_arguments.delta`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Function call item.
    pub item_id: String,
    /// Position of the item in the response.
    pub output_index: i64,
    /// Id of the function call.
    pub call_id: String,
    /// Argument text added.
    pub delta: String,
}

impl Default for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.function_call_arguments.delta".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            call_id: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseFunctionCallArgumentsDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The arguments of a function call are complete.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseFunctionCallArgumentsDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.function_call_arguments.done`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Function call item.
    pub item_id: String,
    /// Position of the item in the response.
    pub output_index: i64,
    /// Id of the function call.
    pub call_id: String,
    /// Function name.
    pub name: String,
    /// The full arguments as a JSON-encoded string.
    pub arguments: String,
}

impl Default for RealtimeServerEventResponseFunctionCallArgumentsDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.function_call_arguments.done".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            call_id: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseFunctionCallArgumentsDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseFunctionCallArgumentsDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseFunctionCallArgumentsDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseFunctionCallArgumentsDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
