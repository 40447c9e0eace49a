// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types several fields of the `responses` requests and responses share, most of them reached through [`FunctionCallOutputParamValue`](crate::types::FunctionCallOutputParamValue).
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

/// The result of a custom tool call, sent back to the model.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomToolCallOutput {
    /// Always `custom_tool_call_output`.
    pub r#type: String,
    /// Item id, when replaying a stored item.
    pub id: Option<String>,
    /// The `call_id` of the call this answers.
    pub call_id: String,
    /// The tool result.
    pub output: ToolCallOutputValue,
}

impl Default for CustomToolCallOutput {
    fn default() -> Self {
        Self {
            r#type: "custom_tool_call_output".to_owned(),
            id: Default::default(),
            call_id: Default::default(),
            output: Default::default(),
        }
    }
}

impl Serialize for CustomToolCallOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for CustomToolCallOutput {
    const EXPECTING: &'static str = "a `CustomToolCallOutput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output" => self.output = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CustomToolCallOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CustomToolCallOutput {
    /// Creates a value from its required fields (`call_id`, `output`); the rest start unset.
    #[must_use]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<ToolCallOutputValue>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            output: output.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `call_id`.
    #[must_use]
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = value.into();
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(mut self, value: impl Into<ToolCallOutputValue>) -> Self {
        self.output = value.into();
        self
    }
}

/// The result of a function call, sent back to the model.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionCallOutputItemParam {
    /// Item id, when replaying a stored item.
    pub id: Option<String>,
    /// Always `function_call_output`.
    pub r#type: String,
    /// The `call_id` of the function call this answers.
    pub call_id: Option<String>,
    /// The function result.
    pub output: FunctionCallOutputParamValue,
    /// Item state, when replaying a stored item.
    pub status: Option<FunctionCallOutputItemParamStatus>,
}

impl Default for FunctionCallOutputItemParam {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "function_call_output".to_owned(),
            call_id: Default::default(),
            output: Default::default(),
            status: Default::default(),
        }
    }
}

impl Serialize for FunctionCallOutputItemParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "call_id", &self.call_id)?;
        map.serialize_entry("output", &self.output)?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        map.end()
    }
}

impl codec::ObjectFields for FunctionCallOutputItemParam {
    const EXPECTING: &'static str = "a `FunctionCallOutputItemParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "call_id" => self.call_id = map.next_value()?,
            "output" => self.output = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FunctionCallOutputItemParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FunctionCallOutputItemParam {
    /// Creates a value from its required fields (`output`); the rest start unset.
    #[must_use]
    pub fn new(output: impl Into<FunctionCallOutputParamValue>) -> Self {
        Self {
            output: output.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `call_id`.
    #[must_use]
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(mut self, value: impl Into<FunctionCallOutputParamValue>) -> Self {
        self.output = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(
        mut self,
        value: impl Into<FunctionCallOutputItemParamStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// A function result sent as input, as text or as a list of text, image and file parts.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionCallOutputParamValue {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<FunctionCallOutputContentParam>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for FunctionCallOutputParamValue {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for FunctionCallOutputParamValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for FunctionCallOutputParamValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<FunctionCallOutputContentParam>> for FunctionCallOutputParamValue {
    fn from(value: Vec<FunctionCallOutputContentParam>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for FunctionCallOutputParamValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FunctionCallOutputParamValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A part of a function result sent as input.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionCallOutputContentParam {
    /// A piece of text given to the model.
    InputText(InputTextContent),
    /// An image inside a tool result; the detail level defaults to `auto`.
    InputImage(InputImageContentParamAutoParam),
    /// A file inside a function result, by id, URL or inline data.
    InputFile(InputFileContentParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for FunctionCallOutputContentParam {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<InputTextContent> for FunctionCallOutputContentParam {
    fn from(value: InputTextContent) -> Self {
        Self::InputText(value)
    }
}

impl From<InputImageContentParamAutoParam> for FunctionCallOutputContentParam {
    fn from(value: InputImageContentParamAutoParam) -> Self {
        Self::InputImage(value)
    }
}

impl From<InputFileContentParam> for FunctionCallOutputContentParam {
    fn from(value: InputFileContentParam) -> Self {
        Self::InputFile(value)
    }
}

impl Serialize for FunctionCallOutputContentParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => Serialize::serialize(value, serializer),
            Self::InputImage(value) => Serialize::serialize(value, serializer),
            Self::InputFile(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FunctionCallOutputContentParam {
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

/// An image inside a tool result; the detail level defaults to `auto`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputImageContentParamAutoParam {
    /// Always `input_image`.
    pub r#type: String,
    /// Address of the image, or a base64 `data:` URL.
    pub image_url: Option<String>,
    /// Id of an uploaded image file.
    pub file_id: Option<String>,
    /// Resolution at which the model looks at the image.
    pub detail: Option<ImageDetail>,
}

impl Default for InputImageContentParamAutoParam {
    fn default() -> Self {
        Self {
            r#type: "input_image".to_owned(),
            image_url: Default::default(),
            file_id: Default::default(),
            detail: Default::default(),
        }
    }
}

impl Serialize for InputImageContentParamAutoParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "image_url", &self.image_url)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

impl codec::ObjectFields for InputImageContentParamAutoParam {
    const EXPECTING: &'static str = "an `InputImageContentParamAutoParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_url" => self.image_url = map.next_value()?,
            "file_id" => self.file_id = map.next_value()?,
            "detail" => self.detail = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for InputImageContentParamAutoParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl InputImageContentParamAutoParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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
        self.detail = Some(value.into());
        self
    }
}

/// A file inside a function result, by id, URL or inline data.
#[derive(Debug, Clone, PartialEq)]
pub struct InputFileContentParam {
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
    pub detail: Option<InputFileContentParamDetail>,
}

impl Default for InputFileContentParam {
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

impl Serialize for InputFileContentParam {
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

impl codec::ObjectFields for InputFileContentParam {
    const EXPECTING: &'static str = "an `InputFileContentParam` object";
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

impl<'de> Deserialize<'de> for InputFileContentParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl InputFileContentParam {
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
    pub fn detail(mut self, value: impl Into<InputFileContentParamDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }
}

/// How closely the model reads the file.
#[derive(Debug, Clone)]
pub enum InputFileContentParamDetail {
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
impl Default for InputFileContentParamDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl InputFileContentParamDetail {
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

impl From<&str> for InputFileContentParamDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(InputFileContentParamDetail);

/// Item state, when replaying a stored item.
#[derive(Debug, Clone)]
pub enum FunctionCallOutputItemParamStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FunctionCallOutputItemParamStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FunctionCallOutputItemParamStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FunctionCallOutputItemParamStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FunctionCallOutputItemParamStatus);
