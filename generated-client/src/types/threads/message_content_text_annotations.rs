// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types several fields of the `threads` requests and responses share, most of them reached through [`MessageContentTextAnnotation`](crate::types::MessageContentTextAnnotation).
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

/// A part of a stored message.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageContent {
    /// An image stored as an uploaded file.
    ImageFile(MessageContentImageFileObject),
    /// An image given by URL.
    ImageUrl(MessageContentImageUrlObject),
    /// Text, with citations.
    Text(MessageContentTextObject),
    /// The assistant declined to answer.
    Refusal(MessageContentRefusalObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for MessageContent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<MessageContentImageFileObject> for MessageContent {
    fn from(value: MessageContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}

impl From<MessageContentImageUrlObject> for MessageContent {
    fn from(value: MessageContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}

impl From<MessageContentTextObject> for MessageContent {
    fn from(value: MessageContentTextObject) -> Self {
        Self::Text(value)
    }
}

impl From<MessageContentRefusalObject> for MessageContent {
    fn from(value: MessageContentRefusalObject) -> Self {
        Self::Refusal(value)
    }
}

impl Serialize for MessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(value) => Serialize::serialize(value, serializer),
            Self::ImageUrl(value) => Serialize::serialize(value, serializer),
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::Refusal(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("image_file") => codec::from_value(value).map(Self::ImageFile),
            Some("image_url") => codec::from_value(value).map(Self::ImageUrl),
            Some("text") => codec::from_value(value).map(Self::Text),
            Some("refusal") => codec::from_value(value).map(Self::Refusal),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Text, with citations.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageContentTextObject {
    /// Always `text`.
    pub r#type: String,
    /// The text and its annotations.
    pub text: MessageContentTextObjectText,
}

impl Default for MessageContentTextObject {
    fn default() -> Self {
        Self {
            r#type: "text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for MessageContentTextObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentTextObject {
    const EXPECTING: &'static str = "a `MessageContentTextObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentTextObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The text and its annotations.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageContentTextObjectText {
    /// The text.
    pub value: String,
    /// Citations and file references in the text.
    pub annotations: Vec<MessageContentTextAnnotation>,
}

impl Serialize for MessageContentTextObjectText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("annotations", &self.annotations)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentTextObjectText {
    const EXPECTING: &'static str = "a `MessageContentTextObjectText` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            "annotations" => self.annotations = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentTextObjectText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A reference inside message text.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageContentTextAnnotation {
    /// Cites a file searched with file search.
    FileCitation(MessageContentTextAnnotationsFileCitationObject),
    /// Points at a file produced by the code interpreter.
    FilePath(MessageContentTextAnnotationsFilePathObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for MessageContentTextAnnotation {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<MessageContentTextAnnotationsFileCitationObject>
for MessageContentTextAnnotation {
    fn from(value: MessageContentTextAnnotationsFileCitationObject) -> Self {
        Self::FileCitation(value)
    }
}

impl From<MessageContentTextAnnotationsFilePathObject> for MessageContentTextAnnotation {
    fn from(value: MessageContentTextAnnotationsFilePathObject) -> Self {
        Self::FilePath(value)
    }
}

impl Serialize for MessageContentTextAnnotation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(value) => Serialize::serialize(value, serializer),
            Self::FilePath(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MessageContentTextAnnotation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_citation") => codec::from_value(value).map(Self::FileCitation),
            Some("file_path") => codec::from_value(value).map(Self::FilePath),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Cites a file searched with file search.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageContentTextAnnotationsFileCitationObject {
    /// Always `file_citation`.
    pub r#type: String,
    /// The placeholder text in the message that is replaced by the citation.
    pub text: String,
    /// The cited file.
    pub file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation,
    /// First character of the placeholder.
    pub start_index: i64,
    /// Character after the placeholder.
    pub end_index: i64,
}

impl Default for MessageContentTextAnnotationsFileCitationObject {
    fn default() -> Self {
        Self {
            r#type: "file_citation".to_owned(),
            text: Default::default(),
            file_citation: Default::default(),
            start_index: Default::default(),
            end_index: Default::default(),
        }
    }
}

impl Serialize for MessageContentTextAnnotationsFileCitationObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("file_citation", &self.file_citation)?;
        map.serialize_entry("start_index", &self.start_index)?;
        map.serialize_entry("end_index", &self.end_index)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentTextAnnotationsFileCitationObject {
    const EXPECTING: &'static str = "a `MessageContentTextAnnotationsFileCitationObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "file_citation" => {
                self.file_citation = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "start_index" => self.start_index = map.next_value::<codec::Lenient<_>>()?.0,
            "end_index" => self.end_index = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentTextAnnotationsFileCitationObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The cited file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageContentTextAnnotationsFileCitationObjectFileCitation {
    /// File id.
    pub file_id: String,
}

impl Serialize for MessageContentTextAnnotationsFileCitationObjectFileCitation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_id", &self.file_id)?;
        map.end()
    }
}

impl codec::ObjectFields
for MessageContentTextAnnotationsFileCitationObjectFileCitation {
    const EXPECTING: &'static str = "a `MessageContentTextAnnotationsFileCitationObjectFileCitation` object";
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

impl<'de> Deserialize<'de>
for MessageContentTextAnnotationsFileCitationObjectFileCitation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Points at a file produced by the code interpreter.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageContentTextAnnotationsFilePathObject {
    /// Always `file_path`.
    pub r#type: String,
    /// The placeholder text in the message.
    pub text: String,
    /// The produced file.
    pub file_path: MessageContentTextAnnotationsFilePathObjectFilePath,
    /// First character of the placeholder.
    pub start_index: i64,
    /// Character after the placeholder.
    pub end_index: i64,
}

impl Default for MessageContentTextAnnotationsFilePathObject {
    fn default() -> Self {
        Self {
            r#type: "file_path".to_owned(),
            text: Default::default(),
            file_path: Default::default(),
            start_index: Default::default(),
            end_index: Default::default(),
        }
    }
}

impl Serialize for MessageContentTextAnnotationsFilePathObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("file_path", &self.file_path)?;
        map.serialize_entry("start_index", &self.start_index)?;
        map.serialize_entry("end_index", &self.end_index)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentTextAnnotationsFilePathObject {
    const EXPECTING: &'static str = "a `MessageContentTextAnnotationsFilePathObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "file_path" => self.file_path = map.next_value::<codec::Lenient<_>>()?.0,
            "start_index" => self.start_index = map.next_value::<codec::Lenient<_>>()?.0,
            "end_index" => self.end_index = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentTextAnnotationsFilePathObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The produced file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageContentTextAnnotationsFilePathObjectFilePath {
    /// File id.
    pub file_id: String,
}

impl Serialize for MessageContentTextAnnotationsFilePathObjectFilePath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_id", &self.file_id)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentTextAnnotationsFilePathObjectFilePath {
    const EXPECTING: &'static str = "a `MessageContentTextAnnotationsFilePathObjectFilePath` object";
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

impl<'de> Deserialize<'de> for MessageContentTextAnnotationsFilePathObjectFilePath {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The assistant declined to answer.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageContentRefusalObject {
    /// Always `refusal`.
    pub r#type: String,
    /// The refusal text.
    pub refusal: String,
}

impl Default for MessageContentRefusalObject {
    fn default() -> Self {
        Self {
            r#type: "refusal".to_owned(),
            refusal: Default::default(),
        }
    }
}

impl Serialize for MessageContentRefusalObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("refusal", &self.refusal)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageContentRefusalObject {
    const EXPECTING: &'static str = "a `MessageContentRefusalObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "refusal" => self.refusal = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageContentRefusalObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
