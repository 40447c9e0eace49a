// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `uploads.parts` operations use.
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

/// Multipart body of `POST /uploads/{upload_id}/parts`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddUploadPartRequest {
    /// The bytes of this part, at most 64 MB.
    pub data: crate::runtime::FileUpload,
}

impl AddUploadPartRequest {
    /// Creates a value from its required fields (`data`); the rest start unset.
    #[must_use]
    pub fn new(data: impl Into<crate::runtime::FileUpload>) -> Self {
        Self { data: data.into() }
    }

    /// Sets `data`.
    #[must_use]
    pub fn data(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.data = value.into();
        self
    }
}

impl crate::runtime::ToMultipart for AddUploadPartRequest {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.data;
            form = form.file("data", values);
        }

        form
    }
}

/// One chunk of bytes added to an upload.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPart {
    /// Part id (`part_...`), listed when completing the upload.
    pub id: String,
    /// Always `upload.part`.
    pub object: String,
    /// Time the part was received, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Upload the part belongs to.
    pub upload_id: String,
}

impl Default for UploadPart {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "upload.part".to_owned(),
            created_at: Default::default(),
            upload_id: Default::default(),
        }
    }
}

impl Serialize for UploadPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("upload_id", &self.upload_id)?;
        map.end()
    }
}

impl codec::ObjectFields for UploadPart {
    const EXPECTING: &'static str = "an `UploadPart` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "upload_id" => self.upload_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UploadPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
