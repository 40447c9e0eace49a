// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `audio.transcriptions` operations use.
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

/// Multipart body of `POST /audio/transcriptions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTranscriptionRequest {
    /// The recording to transcribe, in one of the accepted containers: `flac`, `mp3`, `mp4`, `mpeg`, `mpga`, `m4a`, `ogg`, `wav` or `webm`.
    pub file: crate::runtime::FileUpload,
    /// Transcription model, e.g. `whisper-1`, `gpt-4o-transcribe` or `gpt-4o-mini-transcribe`.
    pub model: String,
    /// ISO-639-1 code of the spoken language (such as `en`); improves speed and accuracy.
    pub language: Option<String>,
    /// Several candidate languages, as ISO-639-1 codes.
    pub languages: Option<Vec<String>>,
    /// Words or names that are likely to occur, to help recognition.
    pub keywords: Option<Vec<String>>,
    /// Text that sets the style or continues a previous segment; should match the audio language.
    pub prompt: Option<String>,
    /// Format of the transcript (default `json`).
    pub response_format: Option<AudioResponseFormat>,
    /// Sampling temperature between 0 and 1; 0 lets the model pick it automatically.
    pub temperature: Option<f64>,
    /// Extra data in the answer; `logprobs` adds token log probabilities (json format only).
    pub include: Option<Vec<CreateTranscriptionRequestIncludeItem>>,
    /// Timestamp detail for `verbose_json`; `word`, `segment` or both.
    pub timestamp_granularities: Option<
        Vec<CreateTranscriptionRequestTimestampGranularitiesItem>,
    >,
    /// How long audio is split before transcribing; `auto` or explicit voice activity detection settings.
    pub chunking_strategy: Option<CreateTranscriptionRequestChunkingStrategy>,
    /// Names of known speakers, for diarization.
    pub known_speaker_names: Option<Vec<String>>,
    /// Short audio samples (data URLs) of the known speakers, in the same order as their names.
    pub known_speaker_references: Option<Vec<String>>,
}

impl CreateTranscriptionRequest {
    /// Creates a value from its required fields (`file`, `model`); the rest start unset.
    #[must_use]
    pub fn new(
        file: impl Into<crate::runtime::FileUpload>,
        model: impl Into<String>,
    ) -> Self {
        Self {
            file: file.into(),
            model: model.into(),
            ..Default::default()
        }
    }

    /// Sets `file`.
    #[must_use]
    pub fn file(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.file = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }

    /// Sets `language`.
    #[must_use]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }

    /// Sets `languages`.
    #[must_use]
    pub fn languages(mut self, value: impl Into<Vec<String>>) -> Self {
        self.languages = Some(value.into());
        self
    }

    /// Sets `keywords`.
    #[must_use]
    pub fn keywords(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keywords = Some(value.into());
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(mut self, value: impl Into<AudioResponseFormat>) -> Self {
        self.response_format = Some(value.into());
        self
    }

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(
        mut self,
        value: impl Into<Vec<CreateTranscriptionRequestIncludeItem>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Sets `timestamp_granularities`.
    #[must_use]
    pub fn timestamp_granularities(
        mut self,
        value: impl Into<Vec<CreateTranscriptionRequestTimestampGranularitiesItem>>,
    ) -> Self {
        self.timestamp_granularities = Some(value.into());
        self
    }

    /// Sets `chunking_strategy`.
    #[must_use]
    pub fn chunking_strategy(
        mut self,
        value: impl Into<CreateTranscriptionRequestChunkingStrategy>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }

    /// Sets `known_speaker_names`.
    #[must_use]
    pub fn known_speaker_names(mut self, value: impl Into<Vec<String>>) -> Self {
        self.known_speaker_names = Some(value.into());
        self
    }

    /// Sets `known_speaker_references`.
    #[must_use]
    pub fn known_speaker_references(mut self, value: impl Into<Vec<String>>) -> Self {
        self.known_speaker_references = Some(value.into());
        self
    }
}

impl crate::runtime::ToMultipart for CreateTranscriptionRequest {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.file;
            form = form.file("file", values);
        }

        {
            let values = &self.model;
            form = form.text("model", values);
        }

        if let Some(values) = &self.language {
            form = form.text("language", values);
        }

        if let Some(values) = &self.languages {
            for item in values {
                form = form.text("languages[]", item);
            }
        }

        if let Some(values) = &self.keywords {
            for item in values {
                form = form.text("keywords[]", item);
            }
        }

        if let Some(values) = &self.prompt {
            form = form.text("prompt", values);
        }

        if let Some(values) = &self.response_format {
            form = form.text("response_format", values);
        }

        if let Some(values) = &self.temperature {
            form = form.text("temperature", values);
        }

        if let Some(values) = &self.include {
            for item in values {
                form = form.text("include[]", item);
            }
        }

        if let Some(values) = &self.timestamp_granularities {
            for item in values {
                form = form.text("timestamp_granularities[]", item);
            }
        }

        if let Some(values) = &self.chunking_strategy {
            form = form.fields("chunking_strategy", values);
        }

        if let Some(values) = &self.known_speaker_names {
            for item in values {
                form = form.text("known_speaker_names[]", item);
            }
        }

        if let Some(values) = &self.known_speaker_references {
            for item in values {
                form = form.text("known_speaker_references[]", item);
            }
        }

        form
    }
}

/// Format of the transcript.
#[derive(Debug, Clone)]
pub enum AudioResponseFormat {
    /// `json`
    Json,
    /// `text`
    Text,
    /// `srt`
    Srt,
    /// `verbose_json`
    VerboseJson,
    /// `vtt`
    Vtt,
    /// `diarized_json`
    DiarizedJson,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for AudioResponseFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl AudioResponseFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Text => "text",
            Self::Srt => "srt",
            Self::VerboseJson => "verbose_json",
            Self::Vtt => "vtt",
            Self::DiarizedJson => "diarized_json",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for AudioResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "text" => Self::Text,
            "srt" => Self::Srt,
            "verbose_json" => Self::VerboseJson,
            "vtt" => Self::Vtt,
            "diarized_json" => Self::DiarizedJson,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(AudioResponseFormat);

/// An item of the `include` field of [`CreateTranscriptionRequest`](crate::types::CreateTranscriptionRequest).
#[derive(Debug, Clone)]
pub enum CreateTranscriptionRequestIncludeItem {
    /// `logprobs`
    Logprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateTranscriptionRequestIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateTranscriptionRequestIncludeItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Logprobs => "logprobs",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateTranscriptionRequestIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "logprobs" => Self::Logprobs,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateTranscriptionRequestIncludeItem);

/// An item of the `timestamp_granularities` field of [`CreateTranscriptionRequest`](crate::types::CreateTranscriptionRequest).
#[derive(Debug, Clone)]
pub enum CreateTranscriptionRequestTimestampGranularitiesItem {
    /// `word`
    Word,
    /// `segment`
    Segment,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateTranscriptionRequestTimestampGranularitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateTranscriptionRequestTimestampGranularitiesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Word => "word",
            Self::Segment => "segment",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateTranscriptionRequestTimestampGranularitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "word" => Self::Word,
            "segment" => Self::Segment,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    CreateTranscriptionRequestTimestampGranularitiesItem
);

/// How long audio is split before transcribing; `auto` or explicit voice activity detection settings.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTranscriptionRequestChunkingStrategy {
    /// An `Enum` value.
    Enum(CreateTranscriptionRequestChunkingStrategyEnum),
    /// Voice activity detection settings for splitting audio.
    VadConfig(VadConfig),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateTranscriptionRequestChunkingStrategy {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<CreateTranscriptionRequestChunkingStrategyEnum>
for CreateTranscriptionRequestChunkingStrategy {
    fn from(value: CreateTranscriptionRequestChunkingStrategyEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<VadConfig> for CreateTranscriptionRequestChunkingStrategy {
    fn from(value: VadConfig) -> Self {
        Self::VadConfig(value)
    }
}

impl Serialize for CreateTranscriptionRequestChunkingStrategy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::VadConfig(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateTranscriptionRequestChunkingStrategy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            serde_json::Value::Object(_) => codec::from_value(value).map(Self::VadConfig),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`CreateTranscriptionRequestChunkingStrategy`](crate::types::CreateTranscriptionRequestChunkingStrategy).
#[derive(Debug, Clone)]
pub enum CreateTranscriptionRequestChunkingStrategyEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateTranscriptionRequestChunkingStrategyEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateTranscriptionRequestChunkingStrategyEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateTranscriptionRequestChunkingStrategyEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateTranscriptionRequestChunkingStrategyEnum);

/// Voice activity detection settings for splitting audio.
#[derive(Debug, Clone, PartialEq)]
pub struct VadConfig {
    /// Always `server_vad`.
    pub r#type: String,
    /// Audio kept before detected speech, in milliseconds.
    pub prefix_padding_ms: Option<i64>,
    /// Silence that ends a chunk, in milliseconds.
    pub silence_duration_ms: Option<i64>,
    /// Detection sensitivity between 0 and 1; higher needs louder speech.
    pub threshold: Option<f64>,
}

impl Default for VadConfig {
    fn default() -> Self {
        Self {
            r#type: "server_vad".to_owned(),
            prefix_padding_ms: Default::default(),
            silence_duration_ms: Default::default(),
            threshold: Default::default(),
        }
    }
}

impl Serialize for VadConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "prefix_padding_ms", &self.prefix_padding_ms)?;
        codec::optional_entry(
            &mut map,
            "silence_duration_ms",
            &self.silence_duration_ms,
        )?;
        codec::optional_entry(&mut map, "threshold", &self.threshold)?;
        map.end()
    }
}

impl codec::ObjectFields for VadConfig {
    const EXPECTING: &'static str = "a `VadConfig` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "prefix_padding_ms" => self.prefix_padding_ms = map.next_value()?,
            "silence_duration_ms" => self.silence_duration_ms = map.next_value()?,
            "threshold" => self.threshold = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VadConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl VadConfig {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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

    /// Sets `threshold`.
    #[must_use]
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
    }
}

/// A transcript; which shape depends on the requested `response_format`.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTranscriptionResponse {
    /// Transcript with language, duration, segments and optional word timings.
    CreateTranscriptionResponseVerboseJson(CreateTranscriptionResponseVerboseJson),
    /// Transcript split into segments labelled by speaker.
    CreateTranscriptionResponseDiarizedJson(CreateTranscriptionResponseDiarizedJson),
    /// Plain JSON transcript.
    CreateTranscriptionResponseJson(CreateTranscriptionResponseJson),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateTranscriptionResponse {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<CreateTranscriptionResponseVerboseJson> for CreateTranscriptionResponse {
    fn from(value: CreateTranscriptionResponseVerboseJson) -> Self {
        Self::CreateTranscriptionResponseVerboseJson(value)
    }
}

impl From<CreateTranscriptionResponseDiarizedJson> for CreateTranscriptionResponse {
    fn from(value: CreateTranscriptionResponseDiarizedJson) -> Self {
        Self::CreateTranscriptionResponseDiarizedJson(value)
    }
}

impl From<CreateTranscriptionResponseJson> for CreateTranscriptionResponse {
    fn from(value: CreateTranscriptionResponseJson) -> Self {
        Self::CreateTranscriptionResponseJson(value)
    }
}

impl Serialize for CreateTranscriptionResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CreateTranscriptionResponseVerboseJson(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::CreateTranscriptionResponseDiarizedJson(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::CreateTranscriptionResponseJson(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateTranscriptionResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["language", "duration", "text"],
                            known: &[
                                "task",
                                "language",
                                "duration",
                                "text",
                                "words",
                                "segments",
                                "usage",
                            ],
                            constants: &[("task", "transcribe")],
                        },
                        codec::ObjectShape {
                            required: &["task", "duration", "text", "segments"],
                            known: &["task", "duration", "text", "segments", "usage"],
                            constants: &[("task", "transcribe")],
                        },
                        codec::ObjectShape {
                            required: &["text"],
                            known: &["text", "logprobs", "usage"],
                            constants: &[],
                        },
                    ],
                ) {
                    Some(0) => {
                        codec::from_value(value)
                            .map(Self::CreateTranscriptionResponseVerboseJson)
                    }
                    Some(1) => {
                        codec::from_value(value)
                            .map(Self::CreateTranscriptionResponseDiarizedJson)
                    }
                    Some(2) => {
                        codec::from_value(value)
                            .map(Self::CreateTranscriptionResponseJson)
                    }
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Transcript with language, duration, segments and optional word timings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTranscriptionResponseVerboseJson {
    /// Always `transcribe`.
    pub task: Option<String>,
    /// Detected language.
    pub language: String,
    /// Length of the audio, in seconds.
    pub duration: f64,
    /// The transcribed text.
    pub text: String,
    /// Word timings, when requested.
    pub words: Option<Vec<TranscriptionWord>>,
    /// Segment details, when requested.
    pub segments: Option<Vec<TranscriptionSegment>>,
    /// Audio seconds billed.
    pub usage: Option<TranscriptTextUsageDuration>,
}

impl Serialize for CreateTranscriptionResponseVerboseJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "task", &self.task)?;
        map.serialize_entry("language", &self.language)?;
        map.serialize_entry("duration", &self.duration)?;
        map.serialize_entry("text", &self.text)?;
        codec::optional_entry(&mut map, "words", &self.words)?;
        codec::optional_entry(&mut map, "segments", &self.segments)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateTranscriptionResponseVerboseJson {
    const EXPECTING: &'static str = "a `CreateTranscriptionResponseVerboseJson` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "task" => self.task = map.next_value()?,
            "language" => self.language = map.next_value::<codec::Lenient<_>>()?.0,
            "duration" => self.duration = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "words" => self.words = map.next_value()?,
            "segments" => self.segments = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateTranscriptionResponseVerboseJson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A word with its timing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionWord {
    /// The word.
    pub word: String,
    /// Start time, in seconds.
    pub start: f64,
    /// End time, in seconds.
    pub end: f64,
}

impl Serialize for TranscriptionWord {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("word", &self.word)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.end()
    }
}

impl codec::ObjectFields for TranscriptionWord {
    const EXPECTING: &'static str = "a `TranscriptionWord` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "word" => self.word = map.next_value::<codec::Lenient<_>>()?.0,
            "start" => self.start = map.next_value::<codec::Lenient<_>>()?.0,
            "end" => self.end = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for TranscriptionWord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Transcript split into segments labelled by speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTranscriptionResponseDiarizedJson {
    /// Always `transcribe`.
    pub task: String,
    /// Length of the audio, in seconds.
    pub duration: f64,
    /// The full transcribed text.
    pub text: String,
    /// Speaker-labelled segments in time order.
    pub segments: Vec<TranscriptionDiarizedSegment>,
    /// Billing usage.
    pub usage: Option<TranscriptionUsage>,
}

impl Default for CreateTranscriptionResponseDiarizedJson {
    fn default() -> Self {
        Self {
            task: "transcribe".to_owned(),
            duration: Default::default(),
            text: Default::default(),
            segments: Default::default(),
            usage: Default::default(),
        }
    }
}

impl Serialize for CreateTranscriptionResponseDiarizedJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("task", &self.task)?;
        map.serialize_entry("duration", &self.duration)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("segments", &self.segments)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateTranscriptionResponseDiarizedJson {
    const EXPECTING: &'static str = "a `CreateTranscriptionResponseDiarizedJson` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "task" => self.task = map.next_value::<codec::Lenient<_>>()?.0,
            "duration" => self.duration = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "segments" => self.segments = map.next_value::<codec::Lenient<_>>()?.0,
            "usage" => self.usage = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateTranscriptionResponseDiarizedJson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A segment attributed to one speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptionDiarizedSegment {
    /// Always `transcript.text.segment`.
    pub r#type: String,
    /// Segment id.
    pub id: String,
    /// Start time, in seconds.
    pub start: f64,
    /// End time, in seconds.
    pub end: f64,
    /// Text of the segment.
    pub text: String,
    /// Speaker label (a known speaker name or `A`, `B`, ...).
    pub speaker: String,
}

impl Default for TranscriptionDiarizedSegment {
    fn default() -> Self {
        Self {
            r#type: "transcript.text.segment".to_owned(),
            id: Default::default(),
            start: Default::default(),
            end: Default::default(),
            text: Default::default(),
            speaker: Default::default(),
        }
    }
}

impl Serialize for TranscriptionDiarizedSegment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("speaker", &self.speaker)?;
        map.end()
    }
}

impl codec::ObjectFields for TranscriptionDiarizedSegment {
    const EXPECTING: &'static str = "a `TranscriptionDiarizedSegment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "start" => self.start = map.next_value::<codec::Lenient<_>>()?.0,
            "end" => self.end = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "speaker" => self.speaker = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for TranscriptionDiarizedSegment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Plain JSON transcript.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTranscriptionResponseJson {
    /// The transcribed text.
    pub text: String,
    /// Token log probabilities, when requested.
    pub logprobs: Option<Vec<CreateTranscriptionResponseJsonLogprobsItem>>,
    /// Billing usage.
    pub usage: Option<TranscriptionUsage>,
}

impl Serialize for CreateTranscriptionResponseJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text", &self.text)?;
        codec::optional_entry(&mut map, "logprobs", &self.logprobs)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateTranscriptionResponseJson {
    const EXPECTING: &'static str = "a `CreateTranscriptionResponseJson` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "logprobs" => self.logprobs = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateTranscriptionResponseJson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `logprobs` field of [`CreateTranscriptionResponseJson`](crate::types::CreateTranscriptionResponseJson).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTranscriptionResponseJsonLogprobsItem {
    /// The token.
    pub token: Option<String>,
    /// Natural log of its probability.
    pub logprob: Option<f64>,
    /// Bytes of the token.
    pub bytes: Option<Vec<f64>>,
}

impl Serialize for CreateTranscriptionResponseJsonLogprobsItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "token", &self.token)?;
        codec::optional_entry(&mut map, "logprob", &self.logprob)?;
        codec::optional_entry(&mut map, "bytes", &self.bytes)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateTranscriptionResponseJsonLogprobsItem {
    const EXPECTING: &'static str = "a `CreateTranscriptionResponseJsonLogprobsItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "token" => self.token = map.next_value()?,
            "logprob" => self.logprob = map.next_value()?,
            "bytes" => self.bytes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateTranscriptionResponseJsonLogprobsItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
