// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types used by many groups of operations.
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
        feature = "batches",
        feature = "chat",
        feature = "conversations",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses",
        feature = "threads",
        feature = "vector_stores"
    )
)]
use std::collections::BTreeMap;

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
use crate::runtime::codec;

/// Up to 16 free-form key/value pairs attached to an object, handy for
/// storing your own identifiers and for filtering lists. Keys are at most
/// 64 characters and values at most 512 characters, both strings.
#[cfg(
    any(
        feature = "assistants",
        feature = "batches",
        feature = "chat",
        feature = "conversations",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses",
        feature = "threads",
        feature = "vector_stores"
    )
)]
pub type Metadata = BTreeMap<String, String>;

/// How much thinking a reasoning model may do before answering. Lower
/// settings answer faster and use fewer reasoning tokens.
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
#[derive(Debug, Clone)]
pub enum ReasoningEffort {
    /// `none`
    None,
    /// `minimal`
    Minimal,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `xhigh`
    Xhigh,
    /// `max`
    Max,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl Default for ReasoningEffort {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl ReasoningEffort {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
            Self::Max => "max",
            Self::Other(value) => value,
        }
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl From<&str> for ReasoningEffort {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "minimal" => Self::Minimal,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "xhigh" => Self::Xhigh,
            "max" => Self::Max,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
crate::runtime::string_enum_traits!(ReasoningEffort);

/// Output is any valid JSON object (older JSON mode; prefer JSON schema).
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFormatJsonObject {
    /// Always `json_object`.
    pub r#type: String,
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl Default for ResponseFormatJsonObject {
    fn default() -> Self {
        Self {
            r#type: "json_object".to_owned(),
        }
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for ResponseFormatJsonObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl codec::ObjectFields for ResponseFormatJsonObject {
    const EXPECTING: &'static str = "a `ResponseFormatJsonObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for ResponseFormatJsonObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl ResponseFormatJsonObject {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// A JSON Schema document that the output has to satisfy.
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
pub type ResponseFormatJsonSchemaSchema = serde_json::Value;

/// Plain text output.
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFormatText {
    /// Always `text`.
    pub r#type: String,
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl Default for ResponseFormatText {
    fn default() -> Self {
        Self { r#type: "text".to_owned() }
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for ResponseFormatText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl codec::ObjectFields for ResponseFormatText {
    const EXPECTING: &'static str = "a `ResponseFormatText` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for ResponseFormatText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "responses",
        feature = "threads"
    )
)]
impl ResponseFormatText {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// Order of a list by creation time, `asc` (oldest first) or `desc` (newest first).
#[cfg(
    any(
        feature = "admin",
        feature = "assistants",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "files",
        feature = "skills",
        feature = "threads",
        feature = "vector_stores",
        feature = "videos"
    )
)]
#[derive(Debug, Clone)]
pub enum SortOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(
    any(
        feature = "admin",
        feature = "assistants",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "files",
        feature = "skills",
        feature = "threads",
        feature = "vector_stores",
        feature = "videos"
    )
)]
impl Default for SortOrder {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(
    any(
        feature = "admin",
        feature = "assistants",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "files",
        feature = "skills",
        feature = "threads",
        feature = "vector_stores",
        feature = "videos"
    )
)]
impl SortOrder {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Other(value) => value,
        }
    }
}

#[cfg(
    any(
        feature = "admin",
        feature = "assistants",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "files",
        feature = "skills",
        feature = "threads",
        feature = "vector_stores",
        feature = "videos"
    )
)]
impl From<&str> for SortOrder {
    fn from(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "admin",
        feature = "assistants",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "files",
        feature = "skills",
        feature = "threads",
        feature = "vector_stores",
        feature = "videos"
    )
)]
crate::runtime::string_enum_traits!(SortOrder);
