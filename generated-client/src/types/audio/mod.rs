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

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;

mod speech;
mod transcriptions;
mod translations;
mod voice_consents;
mod voices;

pub use speech::*;
pub use transcriptions::*;
pub use translations::*;
pub use voice_consents::*;
pub use voices::*;

/// A stretch of transcribed audio with decoding statistics.
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

impl<'de> Deserialize<'de> for TranscriptionSegment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
