// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `audio.voice_consents` operations use.
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

/// Multipart body of `POST /audio/voice_consents`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVoiceConsentRequest {
    /// Label to show for the recording.
    pub name: String,
    /// The consent audio, at most 10 MiB, of type `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm` or `audio/mp4`.
    pub recording: crate::runtime::FileUpload,
    /// BCP 47 tag of the language the consent is spoken in, such as `en-US`.
    pub language: String,
}

impl CreateVoiceConsentRequest {
    /// Creates a value from its required fields (`name`, `recording`, `language`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        recording: impl Into<crate::runtime::FileUpload>,
        language: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            recording: recording.into(),
            language: language.into(),
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `recording`.
    #[must_use]
    pub fn recording(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.recording = value.into();
        self
    }

    /// Sets `language`.
    #[must_use]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = value.into();
        self
    }
}

impl crate::runtime::ToMultipart for CreateVoiceConsentRequest {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.name;
            form = form.text("name", values);
        }

        {
            let values = &self.recording;
            form = form.file("recording", values);
        }

        {
            let values = &self.language;
            form = form.text("language", values);
        }

        form
    }
}

/// Query and header parameters of `ListVoiceConsents`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVoiceConsentsParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
}

impl ListVoiceConsentsParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}

/// Body of `POST /audio/voice_consents/{consent_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateVoiceConsentRequest {
    /// New label for the recording.
    pub name: String,
}

impl Serialize for UpdateVoiceConsentRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateVoiceConsentRequest {
    const EXPECTING: &'static str = "an `UpdateVoiceConsentRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateVoiceConsentRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateVoiceConsentRequest {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}

/// Confirmation that a voice consent recording was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceConsentDeletedResource {
    /// Id of the deleted recording.
    pub id: String,
    /// Always `audio.voice_consent`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl Default for VoiceConsentDeletedResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "audio.voice_consent".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for VoiceConsentDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for VoiceConsentDeletedResource {
    const EXPECTING: &'static str = "a `VoiceConsentDeletedResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VoiceConsentDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of voice consent recordings.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceConsentListResource {
    /// Always `list`.
    pub object: String,
    /// The recordings on this page.
    pub data: Vec<VoiceConsentResource>,
    /// Id of the first recording on the page; null when the page is empty.
    pub first_id: Option<String>,
    /// Id of the last recording on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more recordings follow.
    pub has_more: bool,
}

impl Default for VoiceConsentListResource {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            first_id: Default::default(),
            last_id: Default::default(),
            has_more: Default::default(),
        }
    }
}

impl Serialize for VoiceConsentListResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        codec::optional_entry(&mut map, "first_id", &self.first_id)?;
        codec::optional_entry(&mut map, "last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

impl codec::ObjectFields for VoiceConsentListResource {
    const EXPECTING: &'static str = "a `VoiceConsentListResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value()?,
            "last_id" => self.last_id = map.next_value()?,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VoiceConsentListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for VoiceConsentListResource {
    type Item = VoiceConsentResource;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<VoiceConsentResource> {
        self.data
    }
}

/// A recording in which a speaker agrees to the creation of a custom voice.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceConsentResource {
    /// Always `audio.voice_consent`.
    pub object: String,
    /// Consent recording id (`cons_...`).
    pub id: String,
    /// Label given to the recording.
    pub name: String,
    /// BCP 47 tag of the spoken language, such as `en-US`.
    pub language: String,
    /// Upload time.
    pub created_at: i64,
}

impl Default for VoiceConsentResource {
    fn default() -> Self {
        Self {
            object: "audio.voice_consent".to_owned(),
            id: Default::default(),
            name: Default::default(),
            language: Default::default(),
            created_at: Default::default(),
        }
    }
}

impl Serialize for VoiceConsentResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("language", &self.language)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.end()
    }
}

impl codec::ObjectFields for VoiceConsentResource {
    const EXPECTING: &'static str = "a `VoiceConsentResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "language" => self.language = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VoiceConsentResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
