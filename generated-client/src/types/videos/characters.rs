// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `videos.characters` operations use.
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

/// Multipart body of `POST /videos/characters`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVideoCharacterBody {
    /// Clip showing the character.
    pub video: crate::runtime::FileUpload,
    /// Name under which the character is shown.
    pub name: String,
}

impl CreateVideoCharacterBody {
    /// Creates a value from its required fields (`video`, `name`); the rest start unset.
    #[must_use]
    pub fn new(
        video: impl Into<crate::runtime::FileUpload>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            video: video.into(),
            name: name.into(),
        }
    }

    /// Sets `video`.
    #[must_use]
    pub fn video(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.video = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}

impl crate::runtime::ToMultipart for CreateVideoCharacterBody {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.video;
            form = form.file("video", values);
        }

        {
            let values = &self.name;
            form = form.text("name", values);
        }

        form
    }
}

/// A character that video prompts can feature.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VideoCharacterResource {
    /// Character id (`char_...`).
    pub id: Option<String>,
    /// Name under which the character is shown.
    pub name: Option<String>,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
}

impl Serialize for VideoCharacterResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.end()
    }
}

impl codec::ObjectFields for VideoCharacterResource {
    const EXPECTING: &'static str = "a `VideoCharacterResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for VideoCharacterResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
