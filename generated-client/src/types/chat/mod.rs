// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `chat` operations.
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

#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "chat",
        feature = "realtime_api",
        feature = "threads"
    )
)]
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "chat",
        feature = "realtime_api",
        feature = "threads"
    )
)]
use crate::runtime::codec;
#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
use crate::types::*;

#[cfg(feature = "chat")]
mod completions;

#[cfg(feature = "chat")]
pub use completions::*;

/// Definition of a callable function.
#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FunctionObject {
    /// Function name (letters, digits, underscores and dashes, at most 64).
    pub name: String,
    /// What the function does, so the model knows when to call it.
    pub description: Option<String>,
    /// JSON Schema of the arguments; omit for a function without arguments.
    pub parameters: Option<FunctionParameters>,
    /// Force arguments to match the schema exactly.
    pub strict: Option<bool>,
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl Serialize for FunctionObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "parameters", &self.parameters)?;
        codec::optional_entry(&mut map, "strict", &self.strict)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl codec::ObjectFields for FunctionObject {
    const EXPECTING: &'static str = "a `FunctionObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            "parameters" => self.parameters = map.next_value()?,
            "strict" => self.strict = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl<'de> Deserialize<'de> for FunctionObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl FunctionObject {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `parameters`.
    #[must_use]
    pub fn parameters(mut self, value: impl Into<FunctionParameters>) -> Self {
        self.parameters = Some(value.into());
        self
    }

    /// Sets `strict`.
    #[must_use]
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}

/// JSON Schema object describing the arguments a function accepts.
#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
pub type FunctionParameters = serde_json::Value;

/// Output format for Chat Completions and Assistants: free text, JSON
/// matching a schema (Structured Outputs), or any JSON object.
#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseFormat {
    /// Plain text output.
    Text(ResponseFormatText),
    /// Structured Outputs; the schema is nested under `json_schema`.
    JsonSchema(ResponseFormatJsonSchema),
    /// Output is any valid JSON object (older JSON mode; prefer JSON schema).
    JsonObject(ResponseFormatJsonObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl Default for ResponseFormat {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl From<ResponseFormatText> for ResponseFormat {
    fn from(value: ResponseFormatText) -> Self {
        Self::Text(value)
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl From<ResponseFormatJsonSchema> for ResponseFormat {
    fn from(value: ResponseFormatJsonSchema) -> Self {
        Self::JsonSchema(value)
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl From<ResponseFormatJsonObject> for ResponseFormat {
    fn from(value: ResponseFormatJsonObject) -> Self {
        Self::JsonObject(value)
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl Serialize for ResponseFormat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::JsonSchema(value) => Serialize::serialize(value, serializer),
            Self::JsonObject(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl<'de> Deserialize<'de> for ResponseFormat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("text") => codec::from_value(value).map(Self::Text),
            Some("json_schema") => codec::from_value(value).map(Self::JsonSchema),
            Some("json_object") => codec::from_value(value).map(Self::JsonObject),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Structured Outputs; the schema is nested under `json_schema`.
#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFormatJsonSchema {
    /// Always `json_schema`.
    pub r#type: String,
    /// The schema and its settings.
    pub json_schema: ResponseFormatJsonSchemaJsonSchema,
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl Default for ResponseFormatJsonSchema {
    fn default() -> Self {
        Self {
            r#type: "json_schema".to_owned(),
            json_schema: Default::default(),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl Serialize for ResponseFormatJsonSchema {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("json_schema", &self.json_schema)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl codec::ObjectFields for ResponseFormatJsonSchema {
    const EXPECTING: &'static str = "a `ResponseFormatJsonSchema` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "json_schema" => self.json_schema = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl<'de> Deserialize<'de> for ResponseFormatJsonSchema {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl ResponseFormatJsonSchema {
    /// Creates a value from its required fields (`json_schema`); the rest start unset.
    #[must_use]
    pub fn new(json_schema: impl Into<ResponseFormatJsonSchemaJsonSchema>) -> Self {
        Self {
            json_schema: json_schema.into(),
            ..Default::default()
        }
    }

    /// Sets `json_schema`.
    #[must_use]
    pub fn json_schema(
        mut self,
        value: impl Into<ResponseFormatJsonSchemaJsonSchema>,
    ) -> Self {
        self.json_schema = value.into();
        self
    }
}

/// The schema and its settings.
#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseFormatJsonSchemaJsonSchema {
    /// Name of the format (letters, digits, underscores and dashes, at most 64).
    pub name: String,
    /// What the output represents.
    pub description: Option<String>,
    /// JSON Schema the output must follow.
    pub schema: Option<ResponseFormatJsonSchemaSchema>,
    /// Enforce the schema exactly.
    pub strict: Option<bool>,
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl Serialize for ResponseFormatJsonSchemaJsonSchema {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "schema", &self.schema)?;
        codec::optional_entry(&mut map, "strict", &self.strict)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl codec::ObjectFields for ResponseFormatJsonSchemaJsonSchema {
    const EXPECTING: &'static str = "a `ResponseFormatJsonSchemaJsonSchema` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            "schema" => self.schema = map.next_value()?,
            "strict" => self.strict = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl<'de> Deserialize<'de> for ResponseFormatJsonSchemaJsonSchema {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "chat", feature = "threads"))]
impl ResponseFormatJsonSchemaJsonSchema {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `schema`.
    #[must_use]
    pub fn schema(mut self, value: impl Into<ResponseFormatJsonSchemaSchema>) -> Self {
        self.schema = Some(value.into());
        self
    }

    /// Sets `strict`.
    #[must_use]
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}

/// Either the name of a stock voice or a reference to a custom one.
#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
#[derive(Debug, Clone, PartialEq)]
pub enum VoiceIdsOrCustomVoice {
    /// Name of a built-in voice, such as `alloy`, `ash`, `ballad`, `coral`,
    /// `echo`, `sage`, `shimmer`, `verse`, `marin` or `cedar` (older models
    /// also know `nova`, `fable` and `onyx`).
    VoiceIdsShared(VoiceIdsShared),
    /// A custom voice.
    Object(VoiceIdsOrCustomVoiceObject),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl Default for VoiceIdsOrCustomVoice {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl From<VoiceIdsShared> for VoiceIdsOrCustomVoice {
    fn from(value: VoiceIdsShared) -> Self {
        Self::VoiceIdsShared(value)
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl From<&str> for VoiceIdsOrCustomVoice {
    fn from(value: &str) -> Self {
        Self::VoiceIdsShared(value.to_owned())
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl From<VoiceIdsOrCustomVoiceObject> for VoiceIdsOrCustomVoice {
    fn from(value: VoiceIdsOrCustomVoiceObject) -> Self {
        Self::Object(value)
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl Serialize for VoiceIdsOrCustomVoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::VoiceIdsShared(value) => Serialize::serialize(value, serializer),
            Self::Object(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl<'de> Deserialize<'de> for VoiceIdsOrCustomVoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => {
                codec::from_value(value).map(Self::VoiceIdsShared)
            }
            serde_json::Value::Object(_) => codec::from_value(value).map(Self::Object),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Name of a built-in voice, such as `alloy`, `ash`, `ballad`, `coral`,
/// `echo`, `sage`, `shimmer`, `verse`, `marin` or `cedar` (older models
/// also know `nova`, `fable` and `onyx`).
#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
pub type VoiceIdsShared = String;

/// A custom voice.
#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VoiceIdsOrCustomVoiceObject {
    /// Id of the custom voice.
    pub id: String,
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl Serialize for VoiceIdsOrCustomVoiceObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl codec::ObjectFields for VoiceIdsOrCustomVoiceObject {
    const EXPECTING: &'static str = "a `VoiceIdsOrCustomVoiceObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl<'de> Deserialize<'de> for VoiceIdsOrCustomVoiceObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "audio", feature = "chat", feature = "realtime_api"))]
impl VoiceIdsOrCustomVoiceObject {
    /// Creates a value from its required fields (`id`); the rest start unset.
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
}
