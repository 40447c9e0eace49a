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
        feature = "evals",
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
        feature = "conversations",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses",
        feature = "threads"
    )
)]
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses",
        feature = "threads"
    )
)]
use crate::runtime::codec;

/// Definition of a callable function.
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for FunctionObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
pub type FunctionParameters = serde_json::Value;

/// One part of an input message.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub enum InputContent {
    /// A piece of text given to the model.
    InputText(InputTextContent),
    /// An image given to the model, by URL (or data URL) or by uploaded file id.
    InputImage(InputImageContent),
    /// A document (such as a PDF) given to the model, by id, URL or inline data.
    InputFile(InputFileContent),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Default for InputContent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl From<InputTextContent> for InputContent {
    fn from(value: InputTextContent) -> Self {
        Self::InputText(value)
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl From<InputImageContent> for InputContent {
    fn from(value: InputImageContent) -> Self {
        Self::InputImage(value)
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl From<InputFileContent> for InputContent {
    fn from(value: InputFileContent) -> Self {
        Self::InputFile(value)
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Serialize for InputContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => Serialize::serialize(value, serializer),
            Self::InputImage(value) => Serialize::serialize(value, serializer),
            Self::InputFile(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("input_text") => codec::from_value(value).map(Self::InputText),
            Some("input_image") => codec::from_value(value).map(Self::InputImage),
            Some("input_file") => codec::from_value(value).map(Self::InputFile),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A piece of text given to the model.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InputTextContent {
    /// Always `input_text`.
    pub r#type: String,
    /// The text.
    pub text: String,
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Default for InputTextContent {
    fn default() -> Self {
        Self {
            r#type: "input_text".to_owned(),
            text: Default::default(),
        }
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Serialize for InputTextContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl codec::ObjectFields for InputTextContent {
    const EXPECTING: &'static str = "an `InputTextContent` object";
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

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputTextContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl InputTextContent {
    /// Creates a value from its required fields (`text`); the rest start unset.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Default::default()
        }
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = value.into();
        self
    }
}

/// An image given to the model, by URL (or data URL) or by uploaded file id.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InputImageContent {
    /// Always `input_image`.
    pub r#type: String,
    /// Address of the image, or a base64 `data:` URL.
    pub image_url: Option<String>,
    /// Id of an uploaded image file.
    pub file_id: Option<String>,
    /// Resolution at which the image is examined.
    pub detail: ImageDetail,
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Default for InputImageContent {
    fn default() -> Self {
        Self {
            r#type: "input_image".to_owned(),
            image_url: Default::default(),
            file_id: Default::default(),
            detail: Default::default(),
        }
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Serialize for InputImageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "image_url", &self.image_url)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        map.serialize_entry("detail", &self.detail)?;
        map.end()
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl codec::ObjectFields for InputImageContent {
    const EXPECTING: &'static str = "an `InputImageContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_url" => self.image_url = map.next_value()?,
            "file_id" => self.file_id = map.next_value()?,
            "detail" => self.detail = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputImageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl InputImageContent {
    /// Creates a value from its required fields (`detail`); the rest start unset.
    #[must_use]
    pub fn new(detail: impl Into<ImageDetail>) -> Self {
        Self {
            detail: detail.into(),
            ..Default::default()
        }
    }

    /// Sets `image_url`.
    #[must_use]
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
        self
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `detail`.
    #[must_use]
    pub fn detail(mut self, value: impl Into<ImageDetail>) -> Self {
        self.detail = value.into();
        self
    }
}

/// Resolution at which the model looks at an image; `auto` lets it choose.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
#[derive(Debug, Clone)]
pub enum ImageDetail {
    /// `low`
    Low,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// `original`
    Original,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Default for ImageDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl ImageDetail {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Original => "original",
            Self::Other(value) => value,
        }
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl From<&str> for ImageDetail {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "high" => Self::High,
            "auto" => Self::Auto,
            "original" => Self::Original,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
crate::runtime::string_enum_traits!(ImageDetail);

/// A document (such as a PDF) given to the model, by id, URL or inline data.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct InputFileContent {
    /// Always `input_file`.
    pub r#type: String,
    /// Id of an uploaded file.
    pub file_id: Option<String>,
    /// Address the file is downloaded from.
    pub file_url: Option<String>,
    /// The file contents, base64-encoded.
    pub file_data: Option<String>,
    /// Name of the file, needed with `file_data`.
    pub filename: Option<String>,
    /// How closely the model reads the file.
    pub detail: Option<InputFileContentDetail>,
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Default for InputFileContent {
    fn default() -> Self {
        Self {
            r#type: "input_file".to_owned(),
            file_id: Default::default(),
            file_url: Default::default(),
            file_data: Default::default(),
            filename: Default::default(),
            detail: Default::default(),
        }
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Serialize for InputFileContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        codec::optional_entry(&mut map, "file_url", &self.file_url)?;
        codec::optional_entry(&mut map, "file_data", &self.file_data)?;
        codec::optional_entry(&mut map, "filename", &self.filename)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl codec::ObjectFields for InputFileContent {
    const EXPECTING: &'static str = "an `InputFileContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "file_id" => self.file_id = map.next_value()?,
            "file_url" => self.file_url = map.next_value()?,
            "file_data" => self.file_data = map.next_value()?,
            "filename" => self.filename = map.next_value()?,
            "detail" => self.detail = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputFileContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl InputFileContent {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `file_url`.
    #[must_use]
    pub fn file_url(mut self, value: impl Into<String>) -> Self {
        self.file_url = Some(value.into());
        self
    }

    /// Sets `file_data`.
    #[must_use]
    pub fn file_data(mut self, value: impl Into<String>) -> Self {
        self.file_data = Some(value.into());
        self
    }

    /// Sets `filename`.
    #[must_use]
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self
    }

    /// Sets `detail`.
    #[must_use]
    pub fn detail(mut self, value: impl Into<InputFileContentDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }
}

/// How closely the model reads the file.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
#[derive(Debug, Clone)]
pub enum InputFileContentDetail {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl Default for InputFileContentDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl InputFileContentDetail {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
impl From<&str> for InputFileContentDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
crate::runtime::string_enum_traits!(InputFileContentDetail);

/// Up to 16 free-form key/value pairs attached to an object, handy for
/// storing your own identifiers and for filtering lists. Keys are at most
/// 64 characters and values at most 512 characters, both strings.
#[cfg(
    any(
        feature = "assistants",
        feature = "batches",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
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
        feature = "evals",
        feature = "fine_tuning",
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
        feature = "evals",
        feature = "fine_tuning",
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
        feature = "evals",
        feature = "fine_tuning",
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
        feature = "evals",
        feature = "fine_tuning",
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
        feature = "evals",
        feature = "fine_tuning",
        feature = "responses",
        feature = "threads"
    )
)]
crate::runtime::string_enum_traits!(ReasoningEffort);

/// Output format for Chat Completions and Assistants: free text, JSON
/// matching a schema (Structured Outputs), or any JSON object.
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl Default for ResponseFormat {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl From<ResponseFormatText> for ResponseFormat {
    fn from(value: ResponseFormatText) -> Self {
        Self::Text(value)
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl From<ResponseFormatJsonSchema> for ResponseFormat {
    fn from(value: ResponseFormatJsonSchema) -> Self {
        Self::JsonSchema(value)
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl From<ResponseFormatJsonObject> for ResponseFormat {
    fn from(value: ResponseFormatJsonObject) -> Self {
        Self::JsonObject(value)
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

/// Plain text output.
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "evals",
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
        feature = "evals",
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
        feature = "evals",
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
        feature = "evals",
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
        feature = "evals",
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
        feature = "evals",
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

/// Structured Outputs; the schema is nested under `json_schema`.
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFormatJsonSchema {
    /// Always `json_schema`.
    pub r#type: String,
    /// The schema and its settings.
    pub json_schema: ResponseFormatJsonSchemaJsonSchema,
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl Default for ResponseFormatJsonSchema {
    fn default() -> Self {
        Self {
            r#type: "json_schema".to_owned(),
            json_schema: Default::default(),
        }
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl Serialize for ResponseFormatJsonSchema {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("json_schema", &self.json_schema)?;
        map.end()
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for ResponseFormatJsonSchema {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for ResponseFormatJsonSchemaJsonSchema {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
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

/// A JSON Schema document that the output has to satisfy.
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "evals",
        feature = "responses",
        feature = "threads"
    )
)]
pub type ResponseFormatJsonSchemaSchema = serde_json::Value;

/// Output is any valid JSON object (older JSON mode; prefer JSON schema).
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "evals",
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
        feature = "evals",
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
        feature = "evals",
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
        feature = "evals",
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
        feature = "evals",
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
        feature = "evals",
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

/// Order of a list by creation time, `asc` (oldest first) or `desc` (newest first).
#[cfg(
    any(
        feature = "admin",
        feature = "assistants",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "evals",
        feature = "files",
        feature = "responses",
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
        feature = "evals",
        feature = "files",
        feature = "responses",
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
        feature = "evals",
        feature = "files",
        feature = "responses",
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
        feature = "evals",
        feature = "files",
        feature = "responses",
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
        feature = "evals",
        feature = "files",
        feature = "responses",
        feature = "skills",
        feature = "threads",
        feature = "vector_stores",
        feature = "videos"
    )
)]
crate::runtime::string_enum_traits!(SortOrder);
