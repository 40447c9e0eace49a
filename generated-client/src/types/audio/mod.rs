// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `audio` operations.
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

#[cfg(any(feature = "audio", feature = "realtime_api"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(any(feature = "audio", feature = "realtime_api"))]
use crate::runtime::codec;

#[cfg(feature = "audio")]
mod speech;
#[cfg(feature = "audio")]
mod transcriptions;
#[cfg(feature = "audio")]
mod translations;
#[cfg(feature = "audio")]
mod voice_consents;
#[cfg(feature = "audio")]
mod voices;

#[cfg(feature = "audio")]
pub use speech::*;
#[cfg(feature = "audio")]
pub use transcriptions::*;
#[cfg(feature = "audio")]
pub use translations::*;
#[cfg(feature = "audio")]
pub use voice_consents::*;
#[cfg(feature = "audio")]
pub use voices::*;

/// A stretch of transcribed audio with decoding statistics.
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionSegment {
    /// Segment number.
    pub id: i64,
    /// Seek position used when decoding the segment.
    pub seek: i64,
    /// Start time, in seconds.
    pub start: f64,
    /// End time, in seconds.
    pub end: f64,
    /// Text of the segment.
    pub text: String,
    /// Token ids of the text.
    pub tokens: Vec<i64>,
    /// Temperature used for this segment.
    pub temperature: f64,
    /// Average token log probability; very low values suggest a poor transcription.
    pub avg_logprob: f64,
    /// Compression ratio of the text; very high values suggest repetition.
    pub compression_ratio: f64,
    /// Probability that the segment contains no speech.
    pub no_speech_prob: f64,
}

#[cfg(feature = "audio")]
impl Serialize for TranscriptionSegment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("seek", &self.seek)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("tokens", &self.tokens)?;
        map.serialize_entry("temperature", &self.temperature)?;
        map.serialize_entry("avg_logprob", &self.avg_logprob)?;
        map.serialize_entry("compression_ratio", &self.compression_ratio)?;
        map.serialize_entry("no_speech_prob", &self.no_speech_prob)?;
        map.end()
    }
}

#[cfg(feature = "audio")]
impl codec::ObjectFields for TranscriptionSegment {
    const EXPECTING: &'static str = "a `TranscriptionSegment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "seek" => self.seek = map.next_value::<codec::Lenient<_>>()?.0,
            "start" => self.start = map.next_value::<codec::Lenient<_>>()?.0,
            "end" => self.end = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "tokens" => self.tokens = map.next_value::<codec::Lenient<_>>()?.0,
            "temperature" => self.temperature = map.next_value::<codec::Lenient<_>>()?.0,
            "avg_logprob" => self.avg_logprob = map.next_value::<codec::Lenient<_>>()?.0,
            "compression_ratio" => {
                self.compression_ratio = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "no_speech_prob" => {
                self.no_speech_prob = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptionSegment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Billing usage of a transcription, in tokens or in seconds depending on the model.
#[cfg(any(feature = "audio", feature = "realtime_api"))]
#[derive(Debug, Clone, PartialEq)]
pub enum TranscriptionUsage {
    /// Usage counted in tokens.
    Tokens(TranscriptTextUsageTokens),
    /// Usage counted in seconds of audio.
    Duration(TranscriptTextUsageDuration),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl Default for TranscriptionUsage {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl From<TranscriptTextUsageTokens> for TranscriptionUsage {
    fn from(value: TranscriptTextUsageTokens) -> Self {
        Self::Tokens(value)
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl From<TranscriptTextUsageDuration> for TranscriptionUsage {
    fn from(value: TranscriptTextUsageDuration) -> Self {
        Self::Duration(value)
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl Serialize for TranscriptionUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Tokens(value) => Serialize::serialize(value, serializer),
            Self::Duration(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl<'de> Deserialize<'de> for TranscriptionUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("tokens") => codec::from_value(value).map(Self::Tokens),
            Some("duration") => codec::from_value(value).map(Self::Duration),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Usage counted in tokens.
#[cfg(any(feature = "audio", feature = "realtime_api"))]
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptTextUsageTokens {
    /// Always `tokens`.
    pub r#type: String,
    /// Input tokens billed.
    pub input_tokens: i64,
    /// Breakdown of input tokens.
    pub input_token_details: Option<TranscriptTextUsageTokensInputTokenDetails>,
    /// Output tokens generated.
    pub output_tokens: i64,
    /// Input plus output tokens.
    pub total_tokens: i64,
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl Default for TranscriptTextUsageTokens {
    fn default() -> Self {
        Self {
            r#type: "tokens".to_owned(),
            input_tokens: Default::default(),
            input_token_details: Default::default(),
            output_tokens: Default::default(),
            total_tokens: Default::default(),
        }
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl Serialize for TranscriptTextUsageTokens {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("input_tokens", &self.input_tokens)?;
        codec::optional_entry(
            &mut map,
            "input_token_details",
            &self.input_token_details,
        )?;
        map.serialize_entry("output_tokens", &self.output_tokens)?;
        map.serialize_entry("total_tokens", &self.total_tokens)?;
        map.end()
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl codec::ObjectFields for TranscriptTextUsageTokens {
    const EXPECTING: &'static str = "a `TranscriptTextUsageTokens` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "input_tokens" => {
                self.input_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "input_token_details" => self.input_token_details = map.next_value()?,
            "output_tokens" => {
                self.output_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "total_tokens" => {
                self.total_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl<'de> Deserialize<'de> for TranscriptTextUsageTokens {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of input tokens.
#[cfg(any(feature = "audio", feature = "realtime_api"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptTextUsageTokensInputTokenDetails {
    /// Text input tokens (the prompt).
    pub text_tokens: Option<i64>,
    /// Audio input tokens.
    pub audio_tokens: Option<i64>,
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl Serialize for TranscriptTextUsageTokensInputTokenDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "text_tokens", &self.text_tokens)?;
        codec::optional_entry(&mut map, "audio_tokens", &self.audio_tokens)?;
        map.end()
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl codec::ObjectFields for TranscriptTextUsageTokensInputTokenDetails {
    const EXPECTING: &'static str = "a `TranscriptTextUsageTokensInputTokenDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "text_tokens" => self.text_tokens = map.next_value()?,
            "audio_tokens" => self.audio_tokens = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl<'de> Deserialize<'de> for TranscriptTextUsageTokensInputTokenDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Usage counted in seconds of audio.
#[cfg(any(feature = "audio", feature = "realtime_api"))]
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptTextUsageDuration {
    /// Always `duration`.
    pub r#type: String,
    /// Seconds of audio processed.
    pub seconds: f64,
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl Default for TranscriptTextUsageDuration {
    fn default() -> Self {
        Self {
            r#type: "duration".to_owned(),
            seconds: Default::default(),
        }
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl Serialize for TranscriptTextUsageDuration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("seconds", &self.seconds)?;
        map.end()
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl codec::ObjectFields for TranscriptTextUsageDuration {
    const EXPECTING: &'static str = "a `TranscriptTextUsageDuration` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "seconds" => self.seconds = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "audio", feature = "realtime_api"))]
impl<'de> Deserialize<'de> for TranscriptTextUsageDuration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
