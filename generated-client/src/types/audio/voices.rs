// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `audio.voices` operations use.
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

/// Multipart body of `POST /audio/voices`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVoiceRequest {
    /// Name to give the voice.
    pub name: String,
    /// Speech to model the voice on, at most 10 MiB, of type `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm` or `audio/mp4`.
    pub audio_sample: crate::runtime::FileUpload,
    /// Id of the consent recording that authorises the voice (`cons_...`).
    pub consent: String,
}

impl CreateVoiceRequest {
    /// Creates a value from its required fields (`name`, `audio_sample`, `consent`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        audio_sample: impl Into<crate::runtime::FileUpload>,
        consent: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            audio_sample: audio_sample.into(),
            consent: consent.into(),
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `audio_sample`.
    #[must_use]
    pub fn audio_sample(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.audio_sample = value.into();
        self
    }

    /// Sets `consent`.
    #[must_use]
    pub fn consent(mut self, value: impl Into<String>) -> Self {
        self.consent = value.into();
        self
    }
}

impl crate::runtime::ToMultipart for CreateVoiceRequest {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.name;
            form = form.text("name", values);
        }

        {
            let values = &self.audio_sample;
            form = form.file("audio_sample", values);
        }

        {
            let values = &self.consent;
            form = form.text("consent", values);
        }

        form
    }
}

/// A custom voice, usable for generated speech.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceResource {
    /// Always `audio.voice`.
    pub object: String,
    /// Voice id, passed as the voice of speech requests.
    pub id: String,
    /// Name of the voice.
    pub name: String,
    /// Creation time.
    pub created_at: i64,
}

impl Default for VoiceResource {
    fn default() -> Self {
        Self {
            object: "audio.voice".to_owned(),
            id: Default::default(),
            name: Default::default(),
            created_at: Default::default(),
        }
    }
}

impl Serialize for VoiceResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.end()
    }
}

impl codec::ObjectFields for VoiceResource {
    const EXPECTING: &'static str = "a `VoiceResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VoiceResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
