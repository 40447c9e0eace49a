// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `audio.speech` operations use.
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

/// Body of `POST /audio/speech`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSpeechRequest {
    /// Speech model, e.g. `tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`.
    pub model: String,
    /// Text to speak, at most 4096 characters.
    pub input: String,
    /// How to speak (tone, accent, pace); not supported by `tts-1` and `tts-1-hd`.
    pub instructions: Option<String>,
    /// Voice to speak with.
    pub voice: VoiceIdsOrCustomVoice,
    /// Encoding of the returned audio (default `mp3`).
    pub response_format: Option<CreateSpeechRequestResponseFormat>,
    /// Playback speed from 0.25 to 4 (default 1).
    pub speed: Option<f64>,
}

impl Serialize for CreateSpeechRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("input", &self.input)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        map.serialize_entry("voice", &self.voice)?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        codec::optional_entry(&mut map, "speed", &self.speed)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateSpeechRequest {
    const EXPECTING: &'static str = "a `CreateSpeechRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "instructions" => self.instructions = map.next_value()?,
            "voice" => self.voice = map.next_value::<codec::Lenient<_>>()?.0,
            "response_format" => self.response_format = map.next_value()?,
            "speed" => self.speed = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateSpeechRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateSpeechRequest {
    /// Creates a value from its required fields (`model`, `input`, `voice`); the rest start unset.
    #[must_use]
    pub fn new(
        model: impl Into<String>,
        input: impl Into<String>,
        voice: impl Into<VoiceIdsOrCustomVoice>,
    ) -> Self {
        Self {
            model: model.into(),
            input: input.into(),
            voice: voice.into(),
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
    pub fn input(mut self, value: impl Into<String>) -> Self {
        self.input = value.into();
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
        self.voice = value.into();
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(
        mut self,
        value: impl Into<CreateSpeechRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }

    /// Sets `speed`.
    #[must_use]
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }
}

/// Encoding of the returned audio (default `mp3`).
#[derive(Debug, Clone)]
pub enum CreateSpeechRequestResponseFormat {
    /// `mp3`
    Mp3,
    /// `opus`
    Opus,
    /// `aac`
    Aac,
    /// `flac`
    Flac,
    /// `wav`
    Wav,
    /// `pcm`
    Pcm,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateSpeechRequestResponseFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateSpeechRequestResponseFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mp3 => "mp3",
            Self::Opus => "opus",
            Self::Aac => "aac",
            Self::Flac => "flac",
            Self::Wav => "wav",
            Self::Pcm => "pcm",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateSpeechRequestResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "mp3" => Self::Mp3,
            "opus" => Self::Opus,
            "aac" => Self::Aac,
            "flac" => Self::Flac,
            "wav" => Self::Wav,
            "pcm" => Self::Pcm,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateSpeechRequestResponseFormat);
