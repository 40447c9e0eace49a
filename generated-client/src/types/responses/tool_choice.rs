// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types the `tool_choice` field of the `responses` requests and responses introduces.
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

use std::collections::BTreeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;

/// How the model picks tools: a mode (`none`, `auto`, `required`), a
/// restricted set of allowed tools, or one specific tool it must call.
#[derive(Debug, Clone, PartialEq)]
pub enum ToolChoiceParam {
    /// `none` never calls tools, `auto` lets the model decide, `required` forces at least one call.
    ToolChoiceOptions(ToolChoiceOptions),
    /// Limits the model to a subset of the declared tools.
    ToolChoiceAllowed(ToolChoiceAllowed),
    /// Forces a call to the named function.
    ToolChoiceFunction(ToolChoiceFunction),
    /// Forces a call to a tool of an MCP server.
    ToolChoiceMcp(ToolChoiceMcp),
    /// Forces a call to the named custom tool.
    ToolChoiceCustom(ToolChoiceCustom),
    /// Forces a call to a built-in tool.
    ToolChoiceTypes(ToolChoiceTypes),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ToolChoiceParam {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<ToolChoiceOptions> for ToolChoiceParam {
    fn from(value: ToolChoiceOptions) -> Self {
        Self::ToolChoiceOptions(value)
    }
}

impl From<ToolChoiceAllowed> for ToolChoiceParam {
    fn from(value: ToolChoiceAllowed) -> Self {
        Self::ToolChoiceAllowed(value)
    }
}

impl From<ToolChoiceFunction> for ToolChoiceParam {
    fn from(value: ToolChoiceFunction) -> Self {
        Self::ToolChoiceFunction(value)
    }
}

impl From<ToolChoiceMcp> for ToolChoiceParam {
    fn from(value: ToolChoiceMcp) -> Self {
        Self::ToolChoiceMcp(value)
    }
}

impl From<ToolChoiceCustom> for ToolChoiceParam {
    fn from(value: ToolChoiceCustom) -> Self {
        Self::ToolChoiceCustom(value)
    }
}

impl From<ToolChoiceTypes> for ToolChoiceParam {
    fn from(value: ToolChoiceTypes) -> Self {
        Self::ToolChoiceTypes(value)
    }
}

impl Serialize for ToolChoiceParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ToolChoiceOptions(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceAllowed(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceFunction(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceMcp(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceCustom(value) => Serialize::serialize(value, serializer),
            Self::ToolChoiceTypes(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ToolChoiceParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => {
                codec::from_value(value).map(Self::ToolChoiceOptions)
            }
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["type", "mode", "tools"],
                            known: &["type", "mode", "tools"],
                            constants: &[("type", "allowed_tools")],
                        },
                        codec::ObjectShape {
                            required: &["type", "name"],
                            known: &["type", "name"],
                            constants: &[("type", "function")],
                        },
                        codec::ObjectShape {
                            required: &["type", "server_label"],
                            known: &["type", "server_label", "name"],
                            constants: &[("type", "mcp")],
                        },
                        codec::ObjectShape {
                            required: &["type", "name"],
                            known: &["type", "name"],
                            constants: &[("type", "custom")],
                        },
                        codec::ObjectShape {
                            required: &["type"],
                            known: &["type"],
                            constants: &[],
                        },
                    ],
                ) {
                    Some(0) => codec::from_value(value).map(Self::ToolChoiceAllowed),
                    Some(1) => codec::from_value(value).map(Self::ToolChoiceFunction),
                    Some(2) => codec::from_value(value).map(Self::ToolChoiceMcp),
                    Some(3) => codec::from_value(value).map(Self::ToolChoiceCustom),
                    Some(4) => codec::from_value(value).map(Self::ToolChoiceTypes),
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// `none` never calls tools, `auto` lets the model decide, `required` forces at least one call.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ToolChoiceOptions {
    /// `none`
    None,
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ToolChoiceOptions {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ToolChoiceOptions {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Auto => "auto",
            Self::Required => "required",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ToolChoiceOptions {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ToolChoiceOptions);

/// Limits the model to a subset of the declared tools.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolChoiceAllowed {
    /// Always `allowed_tools`.
    pub r#type: String,
    /// Whether calling one of the allowed tools is optional or mandatory.
    pub mode: ToolChoiceAllowedMode,
    /// Tool descriptors such as `{"type":"function","name":"get_weather"}`.
    pub tools: Vec<BTreeMap<String, serde_json::Value>>,
}

impl Default for ToolChoiceAllowed {
    fn default() -> Self {
        Self {
            r#type: "allowed_tools".to_owned(),
            mode: Default::default(),
            tools: Default::default(),
        }
    }
}

impl codec::ObjectFields for ToolChoiceAllowed {
    const EXPECTING: &'static str = "a `ToolChoiceAllowed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "mode" => self.mode = map.next_value::<codec::Lenient<_>>()?.0,
            "tools" => self.tools = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ToolChoiceAllowed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ToolChoiceAllowed {
    /// Creates a value from its required fields (`mode`, `tools`); the rest start unset.
    #[must_use]
    pub fn new(
        mode: impl Into<ToolChoiceAllowedMode>,
        tools: impl Into<Vec<BTreeMap<String, serde_json::Value>>>,
    ) -> Self {
        Self {
            mode: mode.into(),
            tools: tools.into(),
            ..Default::default()
        }
    }

    /// Sets `mode`.
    #[must_use]
    pub fn mode(mut self, value: impl Into<ToolChoiceAllowedMode>) -> Self {
        self.mode = value.into();
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(
        mut self,
        value: impl Into<Vec<BTreeMap<String, serde_json::Value>>>,
    ) -> Self {
        self.tools = value.into();
        self
    }
}

/// Whether calling one of the allowed tools is optional or mandatory.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ToolChoiceAllowedMode {
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ToolChoiceAllowedMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ToolChoiceAllowedMode {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Required => "required",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ToolChoiceAllowedMode {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ToolChoiceAllowedMode);

/// Forces a call to the named function.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolChoiceFunction {
    /// Always `function`.
    pub r#type: String,
    /// Function to call.
    pub name: String,
}

impl Default for ToolChoiceFunction {
    fn default() -> Self {
        Self {
            r#type: "function".to_owned(),
            name: Default::default(),
        }
    }
}

impl codec::ObjectFields for ToolChoiceFunction {
    const EXPECTING: &'static str = "a `ToolChoiceFunction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ToolChoiceFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ToolChoiceFunction {
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
}

/// Forces a call to a tool of an MCP server.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolChoiceMcp {
    /// Always `mcp`.
    pub r#type: String,
    /// Server whose tool is called.
    pub server_label: String,
    /// Specific tool on that server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Default for ToolChoiceMcp {
    fn default() -> Self {
        Self {
            r#type: "mcp".to_owned(),
            server_label: Default::default(),
            name: Default::default(),
        }
    }
}

impl codec::ObjectFields for ToolChoiceMcp {
    const EXPECTING: &'static str = "a `ToolChoiceMcp` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "server_label" => {
                self.server_label = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ToolChoiceMcp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ToolChoiceMcp {
    /// Creates a value from its required fields (`server_label`); the rest start unset.
    #[must_use]
    pub fn new(server_label: impl Into<String>) -> Self {
        Self {
            server_label: server_label.into(),
            ..Default::default()
        }
    }

    /// Sets `server_label`.
    #[must_use]
    pub fn server_label(mut self, value: impl Into<String>) -> Self {
        self.server_label = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

/// Forces a call to the named custom tool.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolChoiceCustom {
    /// Always `custom`.
    pub r#type: String,
    /// Custom tool to call.
    pub name: String,
}

impl Default for ToolChoiceCustom {
    fn default() -> Self {
        Self {
            r#type: "custom".to_owned(),
            name: Default::default(),
        }
    }
}

impl codec::ObjectFields for ToolChoiceCustom {
    const EXPECTING: &'static str = "a `ToolChoiceCustom` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ToolChoiceCustom {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ToolChoiceCustom {
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
}

/// Forces a call to a built-in tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToolChoiceTypes {
    /// The built-in tool to call.
    pub r#type: ToolChoiceTypesType,
}

impl codec::ObjectFields for ToolChoiceTypes {
    const EXPECTING: &'static str = "a `ToolChoiceTypes` object";
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

impl<'de> Deserialize<'de> for ToolChoiceTypes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ToolChoiceTypes {
    /// Creates a value from its required fields (`type`); the rest start unset.
    #[must_use]
    pub fn new(r#type: impl Into<ToolChoiceTypesType>) -> Self {
        Self { r#type: r#type.into() }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<ToolChoiceTypesType>) -> Self {
        self.r#type = value.into();
        self
    }
}

/// The built-in tool to call.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ToolChoiceTypesType {
    /// `file_search`
    FileSearch,
    /// `web_search_preview`
    WebSearchPreview,
    /// `computer`
    Computer,
    /// `computer_use_preview`
    ComputerUsePreview,
    /// `computer_use`
    ComputerUse,
    /// `web_search_preview_2025_03_11`
    WebSearchPreview20250311,
    /// `image_generation`
    ImageGeneration,
    /// `code_interpreter`
    CodeInterpreter,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ToolChoiceTypesType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ToolChoiceTypesType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileSearch => "file_search",
            Self::WebSearchPreview => "web_search_preview",
            Self::Computer => "computer",
            Self::ComputerUsePreview => "computer_use_preview",
            Self::ComputerUse => "computer_use",
            Self::WebSearchPreview20250311 => "web_search_preview_2025_03_11",
            Self::ImageGeneration => "image_generation",
            Self::CodeInterpreter => "code_interpreter",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ToolChoiceTypesType {
    fn from(value: &str) -> Self {
        match value {
            "file_search" => Self::FileSearch,
            "web_search_preview" => Self::WebSearchPreview,
            "computer" => Self::Computer,
            "computer_use_preview" => Self::ComputerUsePreview,
            "computer_use" => Self::ComputerUse,
            "web_search_preview_2025_03_11" => Self::WebSearchPreview20250311,
            "image_generation" => Self::ImageGeneration,
            "code_interpreter" => Self::CodeInterpreter,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ToolChoiceTypesType);
