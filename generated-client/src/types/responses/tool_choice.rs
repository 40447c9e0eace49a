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

#[cfg(any(feature = "realtime_api", feature = "responses"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(any(feature = "realtime_api", feature = "responses"))]
use crate::runtime::codec;

/// How the model picks tools: a mode (`none`, `auto`, `required`), a
/// restricted set of allowed tools, or one specific tool it must call.
#[cfg(feature = "responses")]
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
#[cfg(feature = "responses")]
impl Default for ToolChoiceParam {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(feature = "responses")]
impl From<ToolChoiceOptions> for ToolChoiceParam {
    fn from(value: ToolChoiceOptions) -> Self {
        Self::ToolChoiceOptions(value)
    }
}

#[cfg(feature = "responses")]
impl From<ToolChoiceAllowed> for ToolChoiceParam {
    fn from(value: ToolChoiceAllowed) -> Self {
        Self::ToolChoiceAllowed(value)
    }
}

#[cfg(feature = "responses")]
impl From<ToolChoiceFunction> for ToolChoiceParam {
    fn from(value: ToolChoiceFunction) -> Self {
        Self::ToolChoiceFunction(value)
    }
}

#[cfg(feature = "responses")]
impl From<ToolChoiceMcp> for ToolChoiceParam {
    fn from(value: ToolChoiceMcp) -> Self {
        Self::ToolChoiceMcp(value)
    }
}

#[cfg(feature = "responses")]
impl From<ToolChoiceCustom> for ToolChoiceParam {
    fn from(value: ToolChoiceCustom) -> Self {
        Self::ToolChoiceCustom(value)
    }
}

#[cfg(feature = "responses")]
impl From<ToolChoiceTypes> for ToolChoiceParam {
    fn from(value: ToolChoiceTypes) -> Self {
        Self::ToolChoiceTypes(value)
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
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
#[cfg(any(feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone)]
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
#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl Default for ToolChoiceOptions {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
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

#[cfg(any(feature = "realtime_api", feature = "responses"))]
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

#[cfg(any(feature = "realtime_api", feature = "responses"))]
crate::runtime::string_enum_traits!(ToolChoiceOptions);

/// Limits the model to a subset of the declared tools.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq)]
pub struct ToolChoiceAllowed {
    /// Always `allowed_tools`.
    pub r#type: String,
    /// Whether calling one of the allowed tools is optional or mandatory.
    pub mode: ToolChoiceAllowedMode,
    /// Tool descriptors such as `{"type":"function","name":"get_weather"}`.
    pub tools: Vec<serde_json::Value>,
}

#[cfg(feature = "responses")]
impl Default for ToolChoiceAllowed {
    fn default() -> Self {
        Self {
            r#type: "allowed_tools".to_owned(),
            mode: Default::default(),
            tools: Default::default(),
        }
    }
}

#[cfg(feature = "responses")]
impl Serialize for ToolChoiceAllowed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("mode", &self.mode)?;
        map.serialize_entry("tools", &self.tools)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ToolChoiceAllowed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
impl ToolChoiceAllowed {
    /// Creates a value from its required fields (`mode`, `tools`); the rest start unset.
    #[must_use]
    pub fn new(
        mode: impl Into<ToolChoiceAllowedMode>,
        tools: impl Into<Vec<serde_json::Value>>,
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
    pub fn tools(mut self, value: impl Into<Vec<serde_json::Value>>) -> Self {
        self.tools = value.into();
        self
    }
}

/// Whether calling one of the allowed tools is optional or mandatory.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
pub enum ToolChoiceAllowedMode {
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for ToolChoiceAllowedMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
impl From<&str> for ToolChoiceAllowedMode {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ToolChoiceAllowedMode);

/// Forces a call to the named function.
#[cfg(any(feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct ToolChoiceFunction {
    /// Always `function`.
    pub r#type: String,
    /// Function to call.
    pub name: String,
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl Default for ToolChoiceFunction {
    fn default() -> Self {
        Self {
            r#type: "function".to_owned(),
            name: Default::default(),
        }
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl Serialize for ToolChoiceFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
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

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolChoiceFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
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
#[cfg(any(feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct ToolChoiceMcp {
    /// Always `mcp`.
    pub r#type: String,
    /// Server whose tool is called.
    pub server_label: String,
    /// Specific tool on that server.
    pub name: Option<String>,
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl Default for ToolChoiceMcp {
    fn default() -> Self {
        Self {
            r#type: "mcp".to_owned(),
            server_label: Default::default(),
            name: Default::default(),
        }
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl Serialize for ToolChoiceMcp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("server_label", &self.server_label)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
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

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolChoiceMcp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
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
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq)]
pub struct ToolChoiceCustom {
    /// Always `custom`.
    pub r#type: String,
    /// Custom tool to call.
    pub name: String,
}

#[cfg(feature = "responses")]
impl Default for ToolChoiceCustom {
    fn default() -> Self {
        Self {
            r#type: "custom".to_owned(),
            name: Default::default(),
        }
    }
}

#[cfg(feature = "responses")]
impl Serialize for ToolChoiceCustom {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ToolChoiceCustom {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
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
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolChoiceTypes {
    /// The built-in tool to call.
    pub r#type: ToolChoiceTypesType,
}

#[cfg(feature = "responses")]
impl Serialize for ToolChoiceTypes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ToolChoiceTypes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
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
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
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
#[cfg(feature = "responses")]
impl Default for ToolChoiceTypesType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ToolChoiceTypesType);
