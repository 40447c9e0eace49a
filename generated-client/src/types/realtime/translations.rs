// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `realtime.translations` operations use.
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

/// What to mint a Realtime translation client secret for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranslationClientSecretCreateRequest {
    /// How long the secret stays valid.
    pub expires_after: Option<RealtimeClientSecretExpiresAfter>,
    /// Settings of the translation session.
    pub session: RealtimeTranslationSessionCreateRequest,
}

impl Serialize for RealtimeTranslationClientSecretCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationClientSecretCreateRequest {
    const EXPECTING: &'static str = "a `RealtimeTranslationClientSecretCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "expires_after" => self.expires_after = map.next_value()?,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranslationClientSecretCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranslationClientSecretCreateRequest {
    /// Creates a value from its required fields (`session`); the rest start unset.
    #[must_use]
    pub fn new(session: impl Into<RealtimeTranslationSessionCreateRequest>) -> Self {
        Self {
            session: session.into(),
            ..Default::default()
        }
    }

    /// Sets `expires_after`.
    #[must_use]
    pub fn expires_after(
        mut self,
        value: impl Into<RealtimeClientSecretExpiresAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }

    /// Sets `session`.
    #[must_use]
    pub fn session(
        mut self,
        value: impl Into<RealtimeTranslationSessionCreateRequest>,
    ) -> Self {
        self.session = value.into();
        self
    }
}

/// Settings of a live speech translation session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranslationSessionCreateRequest {
    /// Translation model serving the session.
    pub model: String,
    /// Input and output audio settings.
    pub audio: Option<RealtimeTranslationSessionAudio>,
}

impl Serialize for RealtimeTranslationSessionCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationSessionCreateRequest {
    const EXPECTING: &'static str = "a `RealtimeTranslationSessionCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "audio" => self.audio = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranslationSessionCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranslationSessionCreateRequest {
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

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<RealtimeTranslationSessionAudio>) -> Self {
        self.audio = Some(value.into());
        self
    }
}

/// Audio settings of a translation session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranslationSessionAudio {
    /// What the speaker sends.
    pub input: Option<RealtimeTranslationSessionAudioInput>,
    /// What the translation produces.
    pub output: Option<RealtimeTranslationSessionAudioOutput>,
}

impl Serialize for RealtimeTranslationSessionAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationSessionAudio {
    const EXPECTING: &'static str = "a `RealtimeTranslationSessionAudio` object";
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

impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranslationSessionAudio {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioInput>,
    ) -> Self {
        self.input = Some(value.into());
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}

/// Input audio settings of a translation session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranslationSessionAudioInput {
    /// Also transcribe the source speech with this model; null turns it off.
    ///
    /// `None` leaves it out; `Some(Nullable::Null)` (`transcription_null()` on a request) sends `null`.
    pub transcription: Option<
        crate::runtime::Nullable<RealtimeTranslationSessionAudioInputTranscription>,
    >,
    /// Filter applied to the source audio; null turns it off.
    ///
    /// `None` leaves it out; `Some(Nullable::Null)` (`noise_reduction_null()` on a request) sends `null`.
    pub noise_reduction: Option<
        crate::runtime::Nullable<RealtimeTranslationSessionAudioInputNoiseReduction>,
    >,
}

impl Serialize for RealtimeTranslationSessionAudioInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "transcription", &self.transcription)?;
        codec::optional_entry(&mut map, "noise_reduction", &self.noise_reduction)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationSessionAudioInput {
    const EXPECTING: &'static str = "a `RealtimeTranslationSessionAudioInput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "transcription" => self.transcription = Some(map.next_value()?),
            "noise_reduction" => self.noise_reduction = Some(map.next_value()?),
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudioInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranslationSessionAudioInput {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `transcription`.
    #[must_use]
    pub fn transcription(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioInputTranscription>,
    ) -> Self {
        self.transcription = Some(crate::runtime::Nullable::Value(value.into()));
        self
    }

    /// Sets `noise_reduction`.
    #[must_use]
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioInputNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(crate::runtime::Nullable::Value(value.into()));
        self
    }

    /// Sets `transcription` to `null`, which the API reads apart from leaving it out.
    #[must_use]
    pub fn transcription_null(mut self) -> Self {
        self.transcription = Some(crate::runtime::Nullable::Null);
        self
    }

    /// Sets `noise_reduction` to `null`, which the API reads apart from leaving it out.
    #[must_use]
    pub fn noise_reduction_null(mut self) -> Self {
        self.noise_reduction = Some(crate::runtime::Nullable::Null);
        self
    }
}

/// Also transcribe the source speech with this model; null turns it off.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranslationSessionAudioInputTranscription {
    /// Transcription model.
    pub model: String,
}

impl Serialize for RealtimeTranslationSessionAudioInputTranscription {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationSessionAudioInputTranscription {
    const EXPECTING: &'static str = "a `RealtimeTranslationSessionAudioInputTranscription` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudioInputTranscription {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranslationSessionAudioInputTranscription {
    /// Creates a value from its required fields (`model`); the rest start unset.
    #[must_use]
    pub fn new(model: impl Into<String>) -> Self {
        Self { model: model.into() }
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }
}

/// Filter applied to the source audio; null turns it off.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranslationSessionAudioInputNoiseReduction {
    /// Kind of microphone the filter is tuned for.
    pub r#type: NoiseReductionType,
}

impl Serialize for RealtimeTranslationSessionAudioInputNoiseReduction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationSessionAudioInputNoiseReduction {
    const EXPECTING: &'static str = "a `RealtimeTranslationSessionAudioInputNoiseReduction` object";
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

impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudioInputNoiseReduction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranslationSessionAudioInputNoiseReduction {
    /// Creates a value from its required fields (`type`); the rest start unset.
    #[must_use]
    pub fn new(r#type: impl Into<NoiseReductionType>) -> Self {
        Self { r#type: r#type.into() }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<NoiseReductionType>) -> Self {
        self.r#type = value.into();
        self
    }
}

/// Output settings of a translation session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranslationSessionAudioOutput {
    /// Language to translate into, as an ISO-639-1 code such as `es`.
    pub language: Option<String>,
}

impl Serialize for RealtimeTranslationSessionAudioOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "language", &self.language)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationSessionAudioOutput {
    const EXPECTING: &'static str = "a `RealtimeTranslationSessionAudioOutput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "language" => self.language = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudioOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranslationSessionAudioOutput {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `language`.
    #[must_use]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}

/// A freshly minted translation client secret and its session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranslationClientSecretCreateResponse {
    /// The secret, used as a bearer token by the client app.
    pub value: String,
    /// When the secret stops working (Unix seconds).
    pub expires_at: i64,
    /// The translation session the secret opens.
    pub session: RealtimeTranslationSession,
}

impl Serialize for RealtimeTranslationClientSecretCreateResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationClientSecretCreateResponse {
    const EXPECTING: &'static str = "a `RealtimeTranslationClientSecretCreateResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value::<codec::Lenient<_>>()?.0,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranslationClientSecretCreateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A live speech translation session as reported by the server.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeTranslationSession {
    /// Session id.
    pub id: String,
    /// Always `translation`.
    pub r#type: String,
    /// When the session ends (Unix seconds).
    pub expires_at: i64,
    /// Translation model serving the session.
    pub model: String,
    /// Input and output audio settings.
    pub audio: RealtimeTranslationSessionAudio,
}

impl Default for RealtimeTranslationSession {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "translation".to_owned(),
            expires_at: Default::default(),
            model: Default::default(),
            audio: Default::default(),
        }
    }
}

impl Serialize for RealtimeTranslationSession {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("audio", &self.audio)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranslationSession {
    const EXPECTING: &'static str = "a `RealtimeTranslationSession` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "audio" => self.audio = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranslationSession {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
