// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `embeddings` operations.
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

/// Body of `POST /embeddings`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateEmbeddingRequest {
    /// Text(s) to embed: one string, a list of strings, a token array, or
    /// a list of token arrays. At most 2048 inputs and 300,000 tokens per
    /// request, and each input within the model's context length.
    pub input: CreateEmbeddingRequestInput,
    /// Embedding model, e.g. `text-embedding-3-small` or `text-embedding-3-large`.
    pub model: String,
    /// Return vectors as float arrays (default) or base64 strings.
    pub encoding_format: Option<CreateEmbeddingRequestEncodingFormat>,
    /// Shorten vectors to this many dimensions (text-embedding-3 models).
    pub dimensions: Option<i64>,
    /// Identifier of your end user, for abuse monitoring.
    pub user: Option<String>,
}

impl Serialize for CreateEmbeddingRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "encoding_format", &self.encoding_format)?;
        codec::optional_entry(&mut map, "dimensions", &self.dimensions)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEmbeddingRequest {
    const EXPECTING: &'static str = "a `CreateEmbeddingRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "encoding_format" => self.encoding_format = map.next_value()?,
            "dimensions" => self.dimensions = map.next_value()?,
            "user" => self.user = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEmbeddingRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEmbeddingRequest {
    /// Creates a value from its required fields (`input`, `model`); the rest start unset.
    #[must_use]
    pub fn new(
        input: impl Into<CreateEmbeddingRequestInput>,
        model: impl Into<String>,
    ) -> Self {
        Self {
            input: input.into(),
            model: model.into(),
            ..Default::default()
        }
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<CreateEmbeddingRequestInput>) -> Self {
        self.input = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }

    /// Sets `encoding_format`.
    #[must_use]
    pub fn encoding_format(
        mut self,
        value: impl Into<CreateEmbeddingRequestEncodingFormat>,
    ) -> Self {
        self.encoding_format = Some(value.into());
        self
    }

    /// Sets `dimensions`.
    #[must_use]
    pub fn dimensions(mut self, value: impl Into<i64>) -> Self {
        self.dimensions = Some(value.into());
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}

/// Text(s) to embed: one string, a list of strings, a token array, or
/// a list of token arrays. At most 2048 inputs and 300,000 tokens per
/// request, and each input within the model's context length.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEmbeddingRequestInput {
    /// A `String` value.
    String(String),
    /// A `StringArray` value.
    StringArray(Vec<String>),
    /// An `IntegerArray` value.
    IntegerArray(Vec<i64>),
    /// An `IntegerArrayArray` value.
    IntegerArrayArray(Vec<Vec<i64>>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateEmbeddingRequestInput {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for CreateEmbeddingRequestInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for CreateEmbeddingRequestInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<String>> for CreateEmbeddingRequestInput {
    fn from(value: Vec<String>) -> Self {
        Self::StringArray(value)
    }
}

impl From<Vec<i64>> for CreateEmbeddingRequestInput {
    fn from(value: Vec<i64>) -> Self {
        Self::IntegerArray(value)
    }
}

impl From<Vec<Vec<i64>>> for CreateEmbeddingRequestInput {
    fn from(value: Vec<Vec<i64>>) -> Self {
        Self::IntegerArrayArray(value)
    }
}

impl Serialize for CreateEmbeddingRequestInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::StringArray(value) => Serialize::serialize(value, serializer),
            Self::IntegerArray(value) => Serialize::serialize(value, serializer),
            Self::IntegerArrayArray(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateEmbeddingRequestInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(items) => {
                match items.first() {
                    None => codec::from_value(value).map(Self::StringArray),
                    Some(first) => {
                        match first {
                            serde_json::Value::Number(
                                number,
                            ) if number.is_i64() || number.is_u64() => {
                                codec::from_value(value).map(Self::IntegerArray)
                            }
                            serde_json::Value::String(_) => {
                                codec::from_value(value).map(Self::StringArray)
                            }
                            serde_json::Value::Array(_) => {
                                codec::from_value(value).map(Self::IntegerArrayArray)
                            }
                            _ => Ok(Self::Other(value)),
                        }
                    }
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Return vectors as float arrays (default) or base64 strings.
#[derive(Debug, Clone)]
pub enum CreateEmbeddingRequestEncodingFormat {
    /// `float`
    Float,
    /// `base64`
    Base64,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateEmbeddingRequestEncodingFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateEmbeddingRequestEncodingFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Float => "float",
            Self::Base64 => "base64",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateEmbeddingRequestEncodingFormat {
    fn from(value: &str) -> Self {
        match value {
            "float" => Self::Float,
            "base64" => Self::Base64,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateEmbeddingRequestEncodingFormat);

/// Embeddings for the inputs, in input order.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEmbeddingResponse {
    /// Always `list`.
    pub object: String,
    /// One embedding per input.
    pub data: Vec<Embedding>,
    /// Model that computed the embeddings.
    pub model: String,
    /// Tokens consumed.
    pub usage: CreateEmbeddingResponseUsage,
}

impl Default for CreateEmbeddingResponse {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            model: Default::default(),
            usage: Default::default(),
        }
    }
}

impl Serialize for CreateEmbeddingResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("usage", &self.usage)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEmbeddingResponse {
    const EXPECTING: &'static str = "a `CreateEmbeddingResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "usage" => self.usage = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEmbeddingResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The vector of one input.
#[derive(Debug, Clone, PartialEq)]
pub struct Embedding {
    /// Always `embedding`.
    pub object: String,
    /// Position of the input this vector belongs to.
    pub index: i64,
    /// The vector (a base64 string on the wire when `encoding_format` is `base64`).
    pub embedding: Vec<f64>,
}

impl Default for Embedding {
    fn default() -> Self {
        Self {
            object: "embedding".to_owned(),
            index: Default::default(),
            embedding: Default::default(),
        }
    }
}

impl Serialize for Embedding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("embedding", &self.embedding)?;
        map.end()
    }
}

impl codec::ObjectFields for Embedding {
    const EXPECTING: &'static str = "an `Embedding` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "embedding" => self.embedding = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Embedding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Tokens consumed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateEmbeddingResponseUsage {
    /// Tokens in the inputs.
    pub prompt_tokens: i64,
    /// Total tokens billed.
    pub total_tokens: i64,
}

impl Serialize for CreateEmbeddingResponseUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("prompt_tokens", &self.prompt_tokens)?;
        map.serialize_entry("total_tokens", &self.total_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEmbeddingResponseUsage {
    const EXPECTING: &'static str = "a `CreateEmbeddingResponseUsage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "prompt_tokens" => {
                self.prompt_tokens = map.next_value::<codec::Lenient<_>>()?.0;
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

impl<'de> Deserialize<'de> for CreateEmbeddingResponseUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
