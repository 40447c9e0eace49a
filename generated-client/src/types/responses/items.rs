// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types several fields of the `responses` requests and responses share, most of them reached through [`Item`](crate::types::Item).
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

/// One element of the input list: a message in the short form
/// (`role` + `content`, `type` optional), any typed item, or a reference
/// to an item stored on the server.
#[derive(Debug, Clone, PartialEq)]
pub enum InputItem {
    /// A message written by the user, the developer, the system or (replayed) the assistant.
    EasyInputMessage(EasyInputMessage),
    /// An input item identified by its `type`.
    Item(Item),
    /// Points at an item that already exists on the server, by id.
    ItemReferenceParam(ItemReferenceParam),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for InputItem {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<EasyInputMessage> for InputItem {
    fn from(value: EasyInputMessage) -> Self {
        Self::EasyInputMessage(value)
    }
}

impl From<Item> for InputItem {
    fn from(value: Item) -> Self {
        Self::Item(value)
    }
}

impl From<ItemReferenceParam> for InputItem {
    fn from(value: ItemReferenceParam) -> Self {
        Self::ItemReferenceParam(value)
    }
}

impl Serialize for InputItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::EasyInputMessage(value) => Serialize::serialize(value, serializer),
            Self::Item(value) => Serialize::serialize(value, serializer),
            Self::ItemReferenceParam(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for InputItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["role", "content"],
                            known: &["type", "role", "content", "phase"],
                            constants: &[("type", "message")],
                        },
                        codec::ObjectShape {
                            required: &["type"],
                            known: &[
                                "acknowledged_safety_checks",
                                "action",
                                "approval_request_id",
                                "approve",
                                "arguments",
                                "call_id",
                                "code",
                                "container_id",
                                "content",
                                "encrypted_content",
                                "error",
                                "id",
                                "input",
                                "name",
                                "output",
                                "outputs",
                                "pending_safety_checks",
                                "phase",
                                "queries",
                                "reason",
                                "result",
                                "results",
                                "role",
                                "server_label",
                                "status",
                                "summary",
                                "tools",
                                "type",
                            ],
                            constants: &[],
                        },
                        codec::ObjectShape {
                            required: &["id"],
                            known: &["type", "id"],
                            constants: &[("type", "item_reference")],
                        },
                    ],
                ) {
                    Some(0) => codec::from_value(value).map(Self::EasyInputMessage),
                    Some(1) => codec::from_value(value).map(Self::Item),
                    Some(2) => codec::from_value(value).map(Self::ItemReferenceParam),
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A message written by the user, the developer, the system or (replayed) the assistant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EasyInputMessage {
    /// Optionally `message`.
    pub r#type: Option<String>,
    /// Author of the message; `developer` and `system` messages carry instructions.
    pub role: EasyInputMessageRole,
    /// The message body, as text or as a list of text, image and file parts.
    pub content: EasyInputMessageContent,
    /// For assistant messages, whether the text is interim commentary or the final answer.
    pub phase: Option<MessagePhase>,
}

impl Serialize for EasyInputMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        codec::optional_entry(&mut map, "phase", &self.phase)?;
        map.end()
    }
}

impl codec::ObjectFields for EasyInputMessage {
    const EXPECTING: &'static str = "an `EasyInputMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "phase" => self.phase = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EasyInputMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EasyInputMessage {
    /// Creates a value from its required fields (`role`, `content`); the rest start unset.
    #[must_use]
    pub fn new(
        role: impl Into<EasyInputMessageRole>,
        content: impl Into<EasyInputMessageContent>,
    ) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<EasyInputMessageRole>) -> Self {
        self.role = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<EasyInputMessageContent>) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `phase`.
    #[must_use]
    pub fn phase(mut self, value: impl Into<MessagePhase>) -> Self {
        self.phase = Some(value.into());
        self
    }
}

/// Author of the message; `developer` and `system` messages carry instructions.
#[derive(Debug, Clone)]
pub enum EasyInputMessageRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `system`
    System,
    /// `developer`
    Developer,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for EasyInputMessageRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl EasyInputMessageRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::System => "system",
            Self::Developer => "developer",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for EasyInputMessageRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            "system" => Self::System,
            "developer" => Self::Developer,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(EasyInputMessageRole);

/// The message body, as text or as a list of text, image and file parts.
#[derive(Debug, Clone, PartialEq)]
pub enum EasyInputMessageContent {
    /// A `String` value.
    String(String),
    /// Ordered parts that make up a message.
    InputMessageContentList(InputMessageContentList),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for EasyInputMessageContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for EasyInputMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for EasyInputMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<InputMessageContentList> for EasyInputMessageContent {
    fn from(value: InputMessageContentList) -> Self {
        Self::InputMessageContentList(value)
    }
}

impl Serialize for EasyInputMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::InputMessageContentList(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EasyInputMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => {
                codec::from_value(value).map(Self::InputMessageContentList)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Ordered parts that make up a message.
pub type InputMessageContentList = Vec<InputContent>;

/// An input item identified by its `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A message written by the model.
    Message(OutputMessage),
    /// A file search performed by the model.
    FileSearchCall(FileSearchToolCall),
    /// A mouse or keyboard action the model wants performed on the computer.
    ComputerCall(ComputerToolCall),
    /// The screenshot taken after performing a computer action, sent back to the model.
    ComputerCallOutput(ComputerCallOutputItemParam),
    /// A web search performed by the model.
    WebSearchCall(WebSearchToolCall),
    /// The model asks you to run one of your functions.
    FunctionCall(FunctionToolCall),
    /// The result of a function call, sent back to the model.
    FunctionCallOutput(FunctionCallOutputItemParam),
    /// The model's reasoning before it answered, as summaries and optionally encrypted content.
    Reasoning(ReasoningItem),
    /// An image generated by the image generation tool.
    ImageGenerationCall(ImageGenToolCall),
    /// Code run by the code interpreter tool.
    CodeInterpreterCall(CodeInterpreterToolCall),
    /// The list of tools an MCP server offers.
    McpListTools(McpListTools),
    /// The model wants to call an MCP tool that needs your approval.
    McpApprovalRequest(McpApprovalRequest),
    /// Your answer to an MCP approval request.
    McpApprovalResponse(McpApprovalResponse),
    /// A call to a tool of an MCP server.
    McpCall(McpToolCall),
    /// The model asks you to run one of your custom tools.
    CustomToolCall(CustomToolCall),
    /// The result of a custom tool call, sent back to the model.
    CustomToolCallOutput(CustomToolCallOutput),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for Item {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<OutputMessage> for Item {
    fn from(value: OutputMessage) -> Self {
        Self::Message(value)
    }
}

impl From<FileSearchToolCall> for Item {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}

impl From<ComputerToolCall> for Item {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}

impl From<ComputerCallOutputItemParam> for Item {
    fn from(value: ComputerCallOutputItemParam) -> Self {
        Self::ComputerCallOutput(value)
    }
}

impl From<WebSearchToolCall> for Item {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}

impl From<FunctionToolCall> for Item {
    fn from(value: FunctionToolCall) -> Self {
        Self::FunctionCall(value)
    }
}

impl From<FunctionCallOutputItemParam> for Item {
    fn from(value: FunctionCallOutputItemParam) -> Self {
        Self::FunctionCallOutput(value)
    }
}

impl From<ReasoningItem> for Item {
    fn from(value: ReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}

impl From<ImageGenToolCall> for Item {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}

impl From<CodeInterpreterToolCall> for Item {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}

impl From<McpListTools> for Item {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}

impl From<McpApprovalRequest> for Item {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}

impl From<McpApprovalResponse> for Item {
    fn from(value: McpApprovalResponse) -> Self {
        Self::McpApprovalResponse(value)
    }
}

impl From<McpToolCall> for Item {
    fn from(value: McpToolCall) -> Self {
        Self::McpCall(value)
    }
}

impl From<CustomToolCall> for Item {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}

impl From<CustomToolCallOutput> for Item {
    fn from(value: CustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}

impl Serialize for Item {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Message(value) => Serialize::serialize(value, serializer),
            Self::FileSearchCall(value) => Serialize::serialize(value, serializer),
            Self::ComputerCall(value) => Serialize::serialize(value, serializer),
            Self::ComputerCallOutput(value) => Serialize::serialize(value, serializer),
            Self::WebSearchCall(value) => Serialize::serialize(value, serializer),
            Self::FunctionCall(value) => Serialize::serialize(value, serializer),
            Self::FunctionCallOutput(value) => Serialize::serialize(value, serializer),
            Self::Reasoning(value) => Serialize::serialize(value, serializer),
            Self::ImageGenerationCall(value) => Serialize::serialize(value, serializer),
            Self::CodeInterpreterCall(value) => Serialize::serialize(value, serializer),
            Self::McpListTools(value) => Serialize::serialize(value, serializer),
            Self::McpApprovalRequest(value) => Serialize::serialize(value, serializer),
            Self::McpApprovalResponse(value) => Serialize::serialize(value, serializer),
            Self::McpCall(value) => Serialize::serialize(value, serializer),
            Self::CustomToolCall(value) => Serialize::serialize(value, serializer),
            Self::CustomToolCallOutput(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("message") => codec::from_value(value).map(Self::Message),
            Some("file_search_call") => {
                codec::from_value(value).map(Self::FileSearchCall)
            }
            Some("computer_call") => codec::from_value(value).map(Self::ComputerCall),
            Some("computer_call_output") => {
                codec::from_value(value).map(Self::ComputerCallOutput)
            }
            Some("web_search_call") => codec::from_value(value).map(Self::WebSearchCall),
            Some("function_call") => codec::from_value(value).map(Self::FunctionCall),
            Some("function_call_output") => {
                codec::from_value(value).map(Self::FunctionCallOutput)
            }
            Some("reasoning") => codec::from_value(value).map(Self::Reasoning),
            Some("image_generation_call") => {
                codec::from_value(value).map(Self::ImageGenerationCall)
            }
            Some("code_interpreter_call") => {
                codec::from_value(value).map(Self::CodeInterpreterCall)
            }
            Some("mcp_list_tools") => codec::from_value(value).map(Self::McpListTools),
            Some("mcp_approval_request") => {
                codec::from_value(value).map(Self::McpApprovalRequest)
            }
            Some("mcp_approval_response") => {
                codec::from_value(value).map(Self::McpApprovalResponse)
            }
            Some("mcp_call") => codec::from_value(value).map(Self::McpCall),
            Some("custom_tool_call") => {
                codec::from_value(value).map(Self::CustomToolCall)
            }
            Some("custom_tool_call_output") => {
                codec::from_value(value).map(Self::CustomToolCallOutput)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The screenshot taken after performing a computer action, sent back to the model.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputerCallOutputItemParam {
    /// Item id, when replaying a stored item.
    pub id: Option<String>,
    /// Always `computer_call_output`.
    pub r#type: String,
    /// The `call_id` of the computer call this answers.
    pub call_id: String,
    /// Screenshot taken after the action.
    pub output: ComputerScreenshotImage,
    /// Safety checks you accept.
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    /// Item state, when replaying a stored item.
    pub status: Option<ComputerCallOutputItemParamStatus>,
}

impl Default for ComputerCallOutputItemParam {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "computer_call_output".to_owned(),
            call_id: Default::default(),
            output: Default::default(),
            acknowledged_safety_checks: Default::default(),
            status: Default::default(),
        }
    }
}

impl Serialize for ComputerCallOutputItemParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("output", &self.output)?;
        codec::optional_entry(
            &mut map,
            "acknowledged_safety_checks",
            &self.acknowledged_safety_checks,
        )?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        map.end()
    }
}

impl codec::ObjectFields for ComputerCallOutputItemParam {
    const EXPECTING: &'static str = "a `ComputerCallOutputItemParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output" => self.output = map.next_value::<codec::Lenient<_>>()?.0,
            "acknowledged_safety_checks" => {
                self.acknowledged_safety_checks = map.next_value()?;
            }
            "status" => self.status = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ComputerCallOutputItemParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ComputerCallOutputItemParam {
    /// Creates a value from its required fields (`call_id`, `output`); the rest start unset.
    #[must_use]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<ComputerScreenshotImage>,
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
    pub fn output(mut self, value: impl Into<ComputerScreenshotImage>) -> Self {
        self.output = value.into();
        self
    }

    /// Sets `acknowledged_safety_checks`.
    #[must_use]
    pub fn acknowledged_safety_checks(
        mut self,
        value: impl Into<Vec<ComputerCallSafetyCheckParam>>,
    ) -> Self {
        self.acknowledged_safety_checks = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(
        mut self,
        value: impl Into<ComputerCallOutputItemParamStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// Item state, when replaying a stored item.
#[derive(Debug, Clone)]
pub enum ComputerCallOutputItemParamStatus {
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
impl Default for ComputerCallOutputItemParamStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ComputerCallOutputItemParamStatus {
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

impl From<&str> for ComputerCallOutputItemParamStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ComputerCallOutputItemParamStatus);

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

/// Your answer to an MCP approval request.
#[derive(Debug, Clone, PartialEq)]
pub struct McpApprovalResponse {
    /// Always `mcp_approval_response`.
    pub r#type: String,
    /// Item id, when replaying a stored item.
    pub id: Option<String>,
    /// The request being answered.
    pub approval_request_id: String,
    /// Whether the call may go ahead.
    pub approve: bool,
    /// Optional explanation.
    pub reason: Option<String>,
}

impl Default for McpApprovalResponse {
    fn default() -> Self {
        Self {
            r#type: "mcp_approval_response".to_owned(),
            id: Default::default(),
            approval_request_id: Default::default(),
            approve: Default::default(),
            reason: Default::default(),
        }
    }
}

impl Serialize for McpApprovalResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("approval_request_id", &self.approval_request_id)?;
        map.serialize_entry("approve", &self.approve)?;
        codec::optional_entry(&mut map, "reason", &self.reason)?;
        map.end()
    }
}

impl codec::ObjectFields for McpApprovalResponse {
    const EXPECTING: &'static str = "a `McpApprovalResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "approval_request_id" => {
                self.approval_request_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "approve" => self.approve = map.next_value::<codec::Lenient<_>>()?.0,
            "reason" => self.reason = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for McpApprovalResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl McpApprovalResponse {
    /// Creates a value from its required fields (`approval_request_id`, `approve`); the rest start unset.
    #[must_use]
    pub fn new(
        approval_request_id: impl Into<String>,
        approve: impl Into<bool>,
    ) -> Self {
        Self {
            approval_request_id: approval_request_id.into(),
            approve: approve.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `approval_request_id`.
    #[must_use]
    pub fn approval_request_id(mut self, value: impl Into<String>) -> Self {
        self.approval_request_id = value.into();
        self
    }

    /// Sets `approve`.
    #[must_use]
    pub fn approve(mut self, value: impl Into<bool>) -> Self {
        self.approve = value.into();
        self
    }

    /// Sets `reason`.
    #[must_use]
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}

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

/// Points at an item that already exists on the server, by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemReferenceParam {
    /// Optionally `item_reference`.
    pub r#type: Option<String>,
    /// Id of the referenced item.
    pub id: String,
}

impl Serialize for ItemReferenceParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for ItemReferenceParam {
    const EXPECTING: &'static str = "an `ItemReferenceParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ItemReferenceParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ItemReferenceParam {
    /// Creates a value from its required fields (`id`); the rest start unset.
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            ..Default::default()
        }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
}
