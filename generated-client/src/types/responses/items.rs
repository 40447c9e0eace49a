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

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
use crate::runtime::codec;
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
use crate::types::*;

/// One element of the input list: a message in the short form
/// (`role` + `content`, `type` optional), any typed item, or a reference
/// to an item stored on the server.
#[cfg(any(feature = "conversations", feature = "responses"))]
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
#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for InputItem {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<EasyInputMessage> for InputItem {
    fn from(value: EasyInputMessage) -> Self {
        Self::EasyInputMessage(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<Item> for InputItem {
    fn from(value: Item) -> Self {
        Self::Item(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<ItemReferenceParam> for InputItem {
    fn from(value: ItemReferenceParam) -> Self {
        Self::ItemReferenceParam(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
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
                                "agent",
                                "approval_request_id",
                                "approve",
                                "arguments",
                                "author",
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
                                "recipient",
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
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for EasyInputMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
impl Default for EasyInputMessageRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(EasyInputMessageRole);

/// The message body, as text or as a list of text, image and file parts.
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
impl Default for EasyInputMessageContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
impl From<String> for EasyInputMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
impl From<&str> for EasyInputMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
impl From<InputMessageContentList> for EasyInputMessageContent {
    fn from(value: InputMessageContentList) -> Self {
        Self::InputMessageContentList(value)
    }
}

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
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

/// An input item identified by its `type`.
#[cfg(any(feature = "conversations", feature = "responses"))]
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
    /// A compaction item passed back as input, standing in for the context it summarises.
    Compaction(CompactionSummaryItemParam),
    /// An agent-to-agent message sent back as input, when replaying a multi-agent run.
    AgentMessage(BetaAgentMessageItemParam),
    /// A multi-agent coordination step sent back as input, when replaying a run.
    MultiAgentCall(BetaMultiAgentCallItemParam),
    /// The result of a multi-agent coordination step sent back as input.
    MultiAgentCallOutput(BetaMultiAgentCallOutputItemParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for Item {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<OutputMessage> for Item {
    fn from(value: OutputMessage) -> Self {
        Self::Message(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<FileSearchToolCall> for Item {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<ComputerToolCall> for Item {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<ComputerCallOutputItemParam> for Item {
    fn from(value: ComputerCallOutputItemParam) -> Self {
        Self::ComputerCallOutput(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<WebSearchToolCall> for Item {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<FunctionToolCall> for Item {
    fn from(value: FunctionToolCall) -> Self {
        Self::FunctionCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<FunctionCallOutputItemParam> for Item {
    fn from(value: FunctionCallOutputItemParam) -> Self {
        Self::FunctionCallOutput(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<ReasoningItem> for Item {
    fn from(value: ReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<ImageGenToolCall> for Item {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<CodeInterpreterToolCall> for Item {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<McpListTools> for Item {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<McpApprovalRequest> for Item {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<McpApprovalResponse> for Item {
    fn from(value: McpApprovalResponse) -> Self {
        Self::McpApprovalResponse(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<McpToolCall> for Item {
    fn from(value: McpToolCall) -> Self {
        Self::McpCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<CustomToolCall> for Item {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<CustomToolCallOutput> for Item {
    fn from(value: CustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<CompactionSummaryItemParam> for Item {
    fn from(value: CompactionSummaryItemParam) -> Self {
        Self::Compaction(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<BetaAgentMessageItemParam> for Item {
    fn from(value: BetaAgentMessageItemParam) -> Self {
        Self::AgentMessage(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<BetaMultiAgentCallItemParam> for Item {
    fn from(value: BetaMultiAgentCallItemParam) -> Self {
        Self::MultiAgentCall(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<BetaMultiAgentCallOutputItemParam> for Item {
    fn from(value: BetaMultiAgentCallOutputItemParam) -> Self {
        Self::MultiAgentCallOutput(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
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
            Self::Compaction(value) => Serialize::serialize(value, serializer),
            Self::AgentMessage(value) => Serialize::serialize(value, serializer),
            Self::MultiAgentCall(value) => Serialize::serialize(value, serializer),
            Self::MultiAgentCallOutput(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
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
            Some("compaction") => codec::from_value(value).map(Self::Compaction),
            Some("agent_message") => codec::from_value(value).map(Self::AgentMessage),
            Some("multi_agent_call") => {
                codec::from_value(value).map(Self::MultiAgentCall)
            }
            Some("multi_agent_call_output") => {
                codec::from_value(value).map(Self::MultiAgentCallOutput)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The screenshot taken after performing a computer action, sent back to the model.
#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerCallOutputItemParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
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
#[cfg(any(feature = "conversations", feature = "responses"))]
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
#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for ComputerCallOutputItemParamStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
crate::runtime::string_enum_traits!(ComputerCallOutputItemParamStatus);

/// Your answer to an MCP approval request.
#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for McpApprovalResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
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

/// A compaction item passed back as input, standing in for the context it summarises.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct CompactionSummaryItemParam {
    /// Always `compaction`.
    pub r#type: String,
    /// Item id, when replaying a stored item.
    pub id: Option<String>,
    /// The encrypted summary exactly as compaction returned it.
    pub encrypted_content: String,
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for CompactionSummaryItemParam {
    fn default() -> Self {
        Self {
            r#type: "compaction".to_owned(),
            id: Default::default(),
            encrypted_content: Default::default(),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for CompactionSummaryItemParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("encrypted_content", &self.encrypted_content)?;
        map.end()
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl codec::ObjectFields for CompactionSummaryItemParam {
    const EXPECTING: &'static str = "a `CompactionSummaryItemParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "encrypted_content" => {
                self.encrypted_content = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for CompactionSummaryItemParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl CompactionSummaryItemParam {
    /// Creates a value from its required fields (`encrypted_content`); the rest start unset.
    #[must_use]
    pub fn new(encrypted_content: impl Into<String>) -> Self {
        Self {
            encrypted_content: encrypted_content.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `encrypted_content`.
    #[must_use]
    pub fn encrypted_content(mut self, value: impl Into<String>) -> Self {
        self.encrypted_content = value.into();
        self
    }
}

/// An agent-to-agent message sent back as input, when replaying a multi-agent run.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct BetaAgentMessageItemParam {
    /// Always `agent_message`.
    pub r#type: String,
    /// Item id, when replaying a stored item.
    pub id: Option<String>,
    /// Agent the item belongs to.
    pub agent: Option<BetaAgentTag>,
    /// Agent that sent the message.
    pub author: String,
    /// Agent the message is addressed to.
    pub recipient: String,
    /// Text, image or encrypted parts of the message.
    pub content: Vec<BetaAgentMessageContentParam>,
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for BetaAgentMessageItemParam {
    fn default() -> Self {
        Self {
            r#type: "agent_message".to_owned(),
            id: Default::default(),
            agent: Default::default(),
            author: Default::default(),
            recipient: Default::default(),
            content: Default::default(),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for BetaAgentMessageItemParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "agent", &self.agent)?;
        map.serialize_entry("author", &self.author)?;
        map.serialize_entry("recipient", &self.recipient)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl codec::ObjectFields for BetaAgentMessageItemParam {
    const EXPECTING: &'static str = "a `BetaAgentMessageItemParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "agent" => self.agent = map.next_value()?,
            "author" => self.author = map.next_value::<codec::Lenient<_>>()?.0,
            "recipient" => self.recipient = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for BetaAgentMessageItemParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl BetaAgentMessageItemParam {
    /// Creates a value from its required fields (`author`, `recipient`, `content`); the rest start unset.
    #[must_use]
    pub fn new(
        author: impl Into<String>,
        recipient: impl Into<String>,
        content: impl Into<Vec<BetaAgentMessageContentParam>>,
    ) -> Self {
        Self {
            author: author.into(),
            recipient: recipient.into(),
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `agent`.
    #[must_use]
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }

    /// Sets `author`.
    #[must_use]
    pub fn author(mut self, value: impl Into<String>) -> Self {
        self.author = value.into();
        self
    }

    /// Sets `recipient`.
    #[must_use]
    pub fn recipient(mut self, value: impl Into<String>) -> Self {
        self.recipient = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(
        mut self,
        value: impl Into<Vec<BetaAgentMessageContentParam>>,
    ) -> Self {
        self.content = value.into();
        self
    }
}

/// A part of an agent-to-agent message sent as input.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub enum BetaAgentMessageContentParam {
    /// A piece of text given to the model.
    InputText(InputTextContent),
    /// An image inside a tool result; the detail level defaults to `auto`.
    InputImage(InputImageContentParamAutoParam),
    /// Content that only the service can decrypt, used between agents.
    EncryptedContent(BetaEncryptedContent),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for BetaAgentMessageContentParam {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<InputTextContent> for BetaAgentMessageContentParam {
    fn from(value: InputTextContent) -> Self {
        Self::InputText(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<InputImageContentParamAutoParam> for BetaAgentMessageContentParam {
    fn from(value: InputImageContentParamAutoParam) -> Self {
        Self::InputImage(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<BetaEncryptedContent> for BetaAgentMessageContentParam {
    fn from(value: BetaEncryptedContent) -> Self {
        Self::EncryptedContent(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for BetaAgentMessageContentParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => Serialize::serialize(value, serializer),
            Self::InputImage(value) => Serialize::serialize(value, serializer),
            Self::EncryptedContent(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for BetaAgentMessageContentParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("input_text") => codec::from_value(value).map(Self::InputText),
            Some("input_image") => codec::from_value(value).map(Self::InputImage),
            Some("encrypted_content") => {
                codec::from_value(value).map(Self::EncryptedContent)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A multi-agent coordination step sent back as input, when replaying a run.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct BetaMultiAgentCallItemParam {
    /// Always `multi_agent_call`.
    pub r#type: String,
    /// Item id, when replaying a stored item.
    pub id: Option<String>,
    /// Agent that took the step.
    pub agent: Option<BetaAgentTag>,
    /// Id shared with the matching `multi_agent_call_output`.
    pub call_id: String,
    /// The step taken.
    pub action: BetaMultiAgentAction,
    /// Arguments of the step as a JSON-encoded string.
    pub arguments: String,
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for BetaMultiAgentCallItemParam {
    fn default() -> Self {
        Self {
            r#type: "multi_agent_call".to_owned(),
            id: Default::default(),
            agent: Default::default(),
            call_id: Default::default(),
            action: Default::default(),
            arguments: Default::default(),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for BetaMultiAgentCallItemParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "agent", &self.agent)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("action", &self.action)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl codec::ObjectFields for BetaMultiAgentCallItemParam {
    const EXPECTING: &'static str = "a `BetaMultiAgentCallItemParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "agent" => self.agent = map.next_value()?,
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "action" => self.action = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for BetaMultiAgentCallItemParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl BetaMultiAgentCallItemParam {
    /// Creates a value from its required fields (`call_id`, `action`, `arguments`); the rest start unset.
    #[must_use]
    pub fn new(
        call_id: impl Into<String>,
        action: impl Into<BetaMultiAgentAction>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            action: action.into(),
            arguments: arguments.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `agent`.
    #[must_use]
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }

    /// Sets `call_id`.
    #[must_use]
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = value.into();
        self
    }

    /// Sets `action`.
    #[must_use]
    pub fn action(mut self, value: impl Into<BetaMultiAgentAction>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets `arguments`.
    #[must_use]
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = value.into();
        self
    }
}

/// The result of a multi-agent coordination step sent back as input.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct BetaMultiAgentCallOutputItemParam {
    /// Always `multi_agent_call_output`.
    pub r#type: String,
    /// Item id, when replaying a stored item.
    pub id: Option<String>,
    /// Agent the result belongs to.
    pub agent: Option<BetaAgentTag>,
    /// The `call_id` of the step this answers.
    pub call_id: String,
    /// The step that produced the result.
    pub action: BetaMultiAgentAction,
    /// Text the step returned.
    pub output: Vec<BetaOutputTextContentParam>,
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for BetaMultiAgentCallOutputItemParam {
    fn default() -> Self {
        Self {
            r#type: "multi_agent_call_output".to_owned(),
            id: Default::default(),
            agent: Default::default(),
            call_id: Default::default(),
            action: Default::default(),
            output: Default::default(),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for BetaMultiAgentCallOutputItemParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "agent", &self.agent)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("action", &self.action)?;
        map.serialize_entry("output", &self.output)?;
        map.end()
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl codec::ObjectFields for BetaMultiAgentCallOutputItemParam {
    const EXPECTING: &'static str = "a `BetaMultiAgentCallOutputItemParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "agent" => self.agent = map.next_value()?,
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "action" => self.action = map.next_value::<codec::Lenient<_>>()?.0,
            "output" => self.output = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for BetaMultiAgentCallOutputItemParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl BetaMultiAgentCallOutputItemParam {
    /// Creates a value from its required fields (`call_id`, `action`, `output`); the rest start unset.
    #[must_use]
    pub fn new(
        call_id: impl Into<String>,
        action: impl Into<BetaMultiAgentAction>,
        output: impl Into<Vec<BetaOutputTextContentParam>>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            action: action.into(),
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

    /// Sets `agent`.
    #[must_use]
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }

    /// Sets `call_id`.
    #[must_use]
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = value.into();
        self
    }

    /// Sets `action`.
    #[must_use]
    pub fn action(mut self, value: impl Into<BetaMultiAgentAction>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(mut self, value: impl Into<Vec<BetaOutputTextContentParam>>) -> Self {
        self.output = value.into();
        self
    }
}

/// Model-written text sent back as input, with optional citations.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct BetaOutputTextContentParam {
    /// Always `output_text`.
    pub r#type: String,
    /// The text.
    pub text: String,
    /// Citations that point into the text.
    pub annotations: Option<Vec<BetaOutputTextAnnotationParam>>,
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for BetaOutputTextContentParam {
    fn default() -> Self {
        Self {
            r#type: "output_text".to_owned(),
            text: Default::default(),
            annotations: Default::default(),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for BetaOutputTextContentParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        codec::optional_entry(&mut map, "annotations", &self.annotations)?;
        map.end()
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl codec::ObjectFields for BetaOutputTextContentParam {
    const EXPECTING: &'static str = "a `BetaOutputTextContentParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "annotations" => self.annotations = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for BetaOutputTextContentParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl BetaOutputTextContentParam {
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

    /// Sets `annotations`.
    #[must_use]
    pub fn annotations(
        mut self,
        value: impl Into<Vec<BetaOutputTextAnnotationParam>>,
    ) -> Self {
        self.annotations = Some(value.into());
        self
    }
}

/// A citation inside text sent back as input.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub enum BetaOutputTextAnnotationParam {
    /// Cites an uploaded file.
    FileCitation(FileCitationBody),
    /// Cites a web page.
    UrlCitation(UrlCitationBody),
    /// Cites a file inside a code interpreter container.
    ContainerFileCitation(ContainerFileCitationBody),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "conversations", feature = "responses"))]
impl Default for BetaOutputTextAnnotationParam {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<FileCitationBody> for BetaOutputTextAnnotationParam {
    fn from(value: FileCitationBody) -> Self {
        Self::FileCitation(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<UrlCitationBody> for BetaOutputTextAnnotationParam {
    fn from(value: UrlCitationBody) -> Self {
        Self::UrlCitation(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<ContainerFileCitationBody> for BetaOutputTextAnnotationParam {
    fn from(value: ContainerFileCitationBody) -> Self {
        Self::ContainerFileCitation(value)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for BetaOutputTextAnnotationParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(value) => Serialize::serialize(value, serializer),
            Self::UrlCitation(value) => Serialize::serialize(value, serializer),
            Self::ContainerFileCitation(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for BetaOutputTextAnnotationParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_citation") => codec::from_value(value).map(Self::FileCitation),
            Some("url_citation") => codec::from_value(value).map(Self::UrlCitation),
            Some("container_file_citation") => {
                codec::from_value(value).map(Self::ContainerFileCitation)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Points at an item that already exists on the server, by id.
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemReferenceParam {
    /// Optionally `item_reference`.
    pub r#type: Option<String>,
    /// Id of the referenced item.
    pub id: String,
}

#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for ItemReferenceParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
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

#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for ItemReferenceParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "conversations", feature = "responses"))]
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
