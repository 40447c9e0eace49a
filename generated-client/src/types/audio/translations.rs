// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `audio.translations` operations use.
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

/// Multipart body of `POST /audio/translations`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTranslationRequest {
    /// The recording to translate, in one of the accepted containers: `flac`, `mp3`, `mp4`, `mpeg`, `mpga`, `m4a`, `ogg`, `wav` or `webm`. Give the part a filename with the right extension.
    pub file: crate::runtime::FileUpload,
    /// Translation model; currently only `whisper-1`.
    pub model: String,
    /// English text that sets the style or continues a previous segment of the recording.
    pub prompt: Option<String>,
    /// Format of the answer (default `json`); `text`, `srt` and `vtt` are not JSON.
    pub response_format: Option<CreateTranslationRequestResponseFormat>,
    /// Sampling temperature between 0 and 1 (default 0, which lets the model raise it as needed).
    pub temperature: Option<f64>,
}

impl CreateTranslationRequest {
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

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(
        mut self,
        value: impl Into<CreateTranslationRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
}

impl crate::runtime::ToMultipart for CreateTranslationRequest {
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

        if let Some(values) = &self.prompt {
            form = form.text("prompt", values);
        }

        if let Some(values) = &self.response_format {
            form = form.text("response_format", values);
        }

        if let Some(values) = &self.temperature {
            form = form.text("temperature", values);
        }

        form
    }
}

/// Format of the answer (default `json`); `text`, `srt` and `vtt` are not JSON.
#[derive(Debug, Clone)]
pub enum CreateTranslationRequestResponseFormat {
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
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateTranslationRequestResponseFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateTranslationRequestResponseFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Text => "text",
            Self::Srt => "srt",
            Self::VerboseJson => "verbose_json",
            Self::Vtt => "vtt",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateTranslationRequestResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "text" => Self::Text,
            "srt" => Self::Srt,
            "verbose_json" => Self::VerboseJson,
            "vtt" => Self::Vtt,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateTranslationRequestResponseFormat);

/// An English translation; which shape depends on the requested `response_format`.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTranslationResponse {
    /// Translation with the audio length and timed segments (`verbose_json` format).
    CreateTranslationResponseVerboseJson(CreateTranslationResponseVerboseJson),
    /// Translation as plain JSON text (`json` format).
    CreateTranslationResponseJson(CreateTranslationResponseJson),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateTranslationResponse {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<CreateTranslationResponseVerboseJson> for CreateTranslationResponse {
    fn from(value: CreateTranslationResponseVerboseJson) -> Self {
        Self::CreateTranslationResponseVerboseJson(value)
    }
}

impl From<CreateTranslationResponseJson> for CreateTranslationResponse {
    fn from(value: CreateTranslationResponseJson) -> Self {
        Self::CreateTranslationResponseJson(value)
    }
}

impl Serialize for CreateTranslationResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CreateTranslationResponseVerboseJson(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::CreateTranslationResponseJson(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateTranslationResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["language", "duration", "text"],
                            known: &["language", "duration", "text", "segments"],
                            constants: &[],
                        },
                        codec::ObjectShape {
                            required: &["text"],
                            known: &["text"],
                            constants: &[],
                        },
                    ],
                ) {
                    Some(0) => {
                        codec::from_value(value)
                            .map(Self::CreateTranslationResponseVerboseJson)
                    }
                    Some(1) => {
                        codec::from_value(value).map(Self::CreateTranslationResponseJson)
                    }
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Translation with the audio length and timed segments (`verbose_json` format).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTranslationResponseVerboseJson {
    /// Language of the text; always `english`.
    pub language: String,
    /// Length of the recording, in seconds.
    pub duration: f64,
    /// The English text.
    pub text: String,
    /// The text cut into timed segments, with decoding statistics.
    pub segments: Option<Vec<TranscriptionSegment>>,
}

impl Serialize for CreateTranslationResponseVerboseJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("language", &self.language)?;
        map.serialize_entry("duration", &self.duration)?;
        map.serialize_entry("text", &self.text)?;
        codec::optional_entry(&mut map, "segments", &self.segments)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateTranslationResponseVerboseJson {
    const EXPECTING: &'static str = "a `CreateTranslationResponseVerboseJson` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "language" => self.language = map.next_value::<codec::Lenient<_>>()?.0,
            "duration" => self.duration = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "segments" => self.segments = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateTranslationResponseVerboseJson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Translation as plain JSON text (`json` format).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTranslationResponseJson {
    /// The English text.
    pub text: String,
}

impl Serialize for CreateTranslationResponseJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateTranslationResponseJson {
    const EXPECTING: &'static str = "a `CreateTranslationResponseJson` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateTranslationResponseJson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
