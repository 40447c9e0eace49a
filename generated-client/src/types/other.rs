// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the spec's components that no operation uses.
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

/// JSON body of `POST /containers/{container_id}/files`, copying a file stored with the Files API.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateContainerFileBody {
    /// Id of the stored file (`file-...`) to copy into the container.
    pub file_id: String,
}

impl Serialize for CreateContainerFileBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_id", &self.file_id)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateContainerFileBody {
    const EXPECTING: &'static str = "a `CreateContainerFileBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateContainerFileBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// JSON body of `POST /videos/edits`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVideoEditJsonBody {
    /// The finished video job to edit.
    pub video: VideoReferenceInputParam,
    /// The change to make to the video.
    pub prompt: String,
}

impl Serialize for CreateVideoEditJsonBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("video", &self.video)?;
        map.serialize_entry("prompt", &self.prompt)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateVideoEditJsonBody {
    const EXPECTING: &'static str = "a `CreateVideoEditJsonBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "video" => self.video = map.next_value::<codec::Lenient<_>>()?.0,
            "prompt" => self.prompt = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateVideoEditJsonBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// JSON body of `POST /videos/extensions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVideoExtendJsonBody {
    /// The finished video job to continue.
    pub video: VideoReferenceInputParam,
    /// What should happen in the added segment.
    pub prompt: String,
    /// Length of the added segment alone.
    pub seconds: VideoSeconds,
}

impl Serialize for CreateVideoExtendJsonBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("video", &self.video)?;
        map.serialize_entry("prompt", &self.prompt)?;
        map.serialize_entry("seconds", &self.seconds)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateVideoExtendJsonBody {
    const EXPECTING: &'static str = "a `CreateVideoExtendJsonBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "video" => self.video = map.next_value::<codec::Lenient<_>>()?.0,
            "prompt" => self.prompt = map.next_value::<codec::Lenient<_>>()?.0,
            "seconds" => self.seconds = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateVideoExtendJsonBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// JSON body of `POST /videos`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVideoJsonBody {
    /// Video model, `sora-2` (the default) or `sora-2-pro`, or a dated snapshot of them.
    pub model: Option<String>,
    /// Description of the clip to render.
    pub prompt: String,
    /// Image to use as a visual starting point.
    pub input_reference: Option<VideoImageRefParam>,
    /// Clip length; `4` seconds when left out.
    pub seconds: Option<VideoSeconds>,
    /// Frame size; `720x1280` when left out.
    pub size: Option<VideoSize>,
}

impl Serialize for CreateVideoJsonBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.serialize_entry("prompt", &self.prompt)?;
        codec::optional_entry(&mut map, "input_reference", &self.input_reference)?;
        codec::optional_entry(&mut map, "seconds", &self.seconds)?;
        codec::optional_entry(&mut map, "size", &self.size)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateVideoJsonBody {
    const EXPECTING: &'static str = "a `CreateVideoJsonBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value()?,
            "prompt" => self.prompt = map.next_value::<codec::Lenient<_>>()?.0,
            "input_reference" => self.input_reference = map.next_value()?,
            "seconds" => self.seconds = map.next_value()?,
            "size" => self.size = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateVideoJsonBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of every failed request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponse {
    /// The error.
    pub error: Error,
}

impl Serialize for ErrorResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl codec::ObjectFields for ErrorResponse {
    const EXPECTING: &'static str = "an `ErrorResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "error" => self.error = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ErrorResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
