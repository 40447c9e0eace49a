// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `realtime.transcription_sessions` operations use.
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

/// Settings of a transcription session created through the legacy `POST /realtime/transcription_sessions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeBetaTranscriptionSessionCreateRequest {
    /// Voice activity detection settings.
    pub turn_detection: Option<RealtimeBetaTranscriptionTurnDetection>,
    /// Filter applied to the input audio.
    pub input_audio_noise_reduction: Option<RealtimeNoiseReduction>,
    /// Encoding of the client's audio (`pcm16` by default, 24 kHz mono little-endian).
    pub input_audio_format: Option<
        RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat,
    >,
    /// Transcription model and hints.
    pub input_audio_transcription: Option<AudioTranscription>,
    /// Extra data to add to server events.
    pub include: Option<Vec<RealtimeBetaTranscriptionSessionCreateRequestIncludeItem>>,
}

impl Serialize for RealtimeBetaTranscriptionSessionCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "turn_detection", &self.turn_detection)?;
        codec::optional_entry(
            &mut map,
            "input_audio_noise_reduction",
            &self.input_audio_noise_reduction,
        )?;
        codec::optional_entry(&mut map, "input_audio_format", &self.input_audio_format)?;
        codec::optional_entry(
            &mut map,
            "input_audio_transcription",
            &self.input_audio_transcription,
        )?;
        codec::optional_entry(&mut map, "include", &self.include)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeBetaTranscriptionSessionCreateRequest {
    const EXPECTING: &'static str = "a `RealtimeBetaTranscriptionSessionCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "turn_detection" => self.turn_detection = map.next_value()?,
            "input_audio_noise_reduction" => {
                self.input_audio_noise_reduction = map.next_value()?;
            }
            "input_audio_format" => self.input_audio_format = map.next_value()?,
            "input_audio_transcription" => {
                self.input_audio_transcription = map.next_value()?;
            }
            "include" => self.include = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeBetaTranscriptionSessionCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeBetaTranscriptionSessionCreateRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `turn_detection`.
    #[must_use]
    pub fn turn_detection(
        mut self,
        value: impl Into<RealtimeBetaTranscriptionTurnDetection>,
    ) -> Self {
        self.turn_detection = Some(value.into());
        self
    }

    /// Sets `input_audio_noise_reduction`.
    #[must_use]
    pub fn input_audio_noise_reduction(
        mut self,
        value: impl Into<RealtimeNoiseReduction>,
    ) -> Self {
        self.input_audio_noise_reduction = Some(value.into());
        self
    }

    /// Sets `input_audio_format`.
    #[must_use]
    pub fn input_audio_format(
        mut self,
        value: impl Into<RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat>,
    ) -> Self {
        self.input_audio_format = Some(value.into());
        self
    }

    /// Sets `input_audio_transcription`.
    #[must_use]
    pub fn input_audio_transcription(
        mut self,
        value: impl Into<AudioTranscription>,
    ) -> Self {
        self.input_audio_transcription = Some(value.into());
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(
        mut self,
        value: impl Into<Vec<RealtimeBetaTranscriptionSessionCreateRequestIncludeItem>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
}

/// Silence-based voice activity detection of a legacy transcription session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeBetaTranscriptionTurnDetection {
    /// Only `server_vad`.
    pub r#type: Option<String>,
    /// Loudness needed to count as speech, 0 to 1.
    pub threshold: Option<f64>,
    /// Audio kept from before speech was detected, in milliseconds.
    pub prefix_padding_ms: Option<i64>,
    /// Silence that ends the turn, in milliseconds.
    pub silence_duration_ms: Option<i64>,
}

impl Serialize for RealtimeBetaTranscriptionTurnDetection {
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

impl codec::ObjectFields for RealtimeBetaTranscriptionTurnDetection {
    const EXPECTING: &'static str = "a `RealtimeBetaTranscriptionTurnDetection` object";
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

impl<'de> Deserialize<'de> for RealtimeBetaTranscriptionTurnDetection {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeBetaTranscriptionTurnDetection {
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

/// Encoding of the client's audio (`pcm16` by default, 24 kHz mono little-endian).
#[derive(Debug, Clone)]
pub enum RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat {
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
impl Default for RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat {
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

impl From<&str> for RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat {
    fn from(value: &str) -> Self {
        match value {
            "pcm16" => Self::Pcm16,
            "g711_ulaw" => Self::G711Ulaw,
            "g711_alaw" => Self::G711Alaw,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat
);

/// An item of the `include` field of [`RealtimeBetaTranscriptionSessionCreateRequest`](crate::types::RealtimeBetaTranscriptionSessionCreateRequest).
#[derive(Debug, Clone)]
pub enum RealtimeBetaTranscriptionSessionCreateRequestIncludeItem {
    /// `item.input_audio_transcription.logprobs`
    ItemInputAudioTranscriptionLogprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeBetaTranscriptionSessionCreateRequestIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeBetaTranscriptionSessionCreateRequestIncludeItem {
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

impl From<&str> for RealtimeBetaTranscriptionSessionCreateRequestIncludeItem {
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
    RealtimeBetaTranscriptionSessionCreateRequestIncludeItem
);

/// A transcription session created through the legacy `POST /realtime/transcription_sessions`, with its ephemeral key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeBetaTranscriptionSessionCreateResponse {
    /// Session id.
    pub id: Option<String>,
    /// Kind of object, `realtime.transcription_session`.
    pub object: Option<String>,
    /// Ephemeral key for the client app.
    pub client_secret: RealtimeBetaClientSecret,
    /// Kinds of output of the session.
    pub modalities: Option<
        Vec<RealtimeBetaTranscriptionSessionCreateResponseModalitiesItem>,
    >,
    /// Encoding of the client's audio.
    pub input_audio_format: Option<String>,
    /// Transcription model and hints.
    pub input_audio_transcription: Option<AudioTranscriptionResponse>,
    /// Voice activity detection settings.
    pub turn_detection: Option<RealtimeTurnDetectionSettings>,
}

impl Serialize for RealtimeBetaTranscriptionSessionCreateResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("client_secret", &self.client_secret)?;
        codec::optional_entry(&mut map, "modalities", &self.modalities)?;
        codec::optional_entry(&mut map, "input_audio_format", &self.input_audio_format)?;
        codec::optional_entry(
            &mut map,
            "input_audio_transcription",
            &self.input_audio_transcription,
        )?;
        codec::optional_entry(&mut map, "turn_detection", &self.turn_detection)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeBetaTranscriptionSessionCreateResponse {
    const EXPECTING: &'static str = "a `RealtimeBetaTranscriptionSessionCreateResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "client_secret" => {
                self.client_secret = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "modalities" => self.modalities = map.next_value()?,
            "input_audio_format" => self.input_audio_format = map.next_value()?,
            "input_audio_transcription" => {
                self.input_audio_transcription = map.next_value()?;
            }
            "turn_detection" => self.turn_detection = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeBetaTranscriptionSessionCreateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `modalities` field of [`RealtimeBetaTranscriptionSessionCreateResponse`](crate::types::RealtimeBetaTranscriptionSessionCreateResponse).
#[derive(Debug, Clone)]
pub enum RealtimeBetaTranscriptionSessionCreateResponseModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeBetaTranscriptionSessionCreateResponseModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeBetaTranscriptionSessionCreateResponseModalitiesItem {
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

impl From<&str> for RealtimeBetaTranscriptionSessionCreateResponseModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    RealtimeBetaTranscriptionSessionCreateResponseModalitiesItem
);
