// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `responses` operations.
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
use crate::types::*;

mod events;
mod inputs;
mod output;
mod tool_choice;
mod tools;

pub use events::*;
pub use inputs::*;
pub use output::*;
pub use tool_choice::*;
pub use tools::*;

/// A model response, as returned by create, retrieve and cancel, and inside lifecycle stream events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Response {
    /// Unique id of the response (`resp_...`).
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `response`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Creation time, in seconds since the Unix epoch.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub created_at: f64,
    /// Time the response finished, when it has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<f64>,
    /// Where the response is in its lifecycle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ResponseStatus>,
    /// Why the response failed; null unless it did.
    pub error: Option<ResponseError>,
    /// Why the response stopped early, when its status is `incomplete`.
    pub incomplete_details: Option<ResponseIncompleteDetails>,
    /// Model that produced the response.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub model: String,
    /// The instructions that were in effect, as text or as input items.
    pub instructions: Option<ResponseInstructions>,
    /// Items the model produced, in order (messages, tool calls, reasoning...).
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub output: Vec<OutputItem>,
    /// Convenience concatenation of all output text, when provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_text: Option<String>,
    /// Token usage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<ResponseUsage>,
    /// Tools the model may call.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub tools: ToolsArray,
    /// How the model picks tools.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub tool_choice: ToolChoiceParam,
    /// Whether several tool calls could be made in one turn.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub parallel_tool_calls: bool,
    /// Limit on built-in tool calls that applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tool_calls: Option<i64>,
    /// Output token cap that applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<i64>,
    /// Sampling temperature that was used.
    pub temperature: Option<f64>,
    /// Nucleus sampling value that was used.
    pub top_p: Option<f64>,
    /// Number of alternative tokens reported per position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<i64>,
    /// Response this one continued from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    /// Conversation the response was added to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<ResponseConversation>,
    /// Reasoning settings that applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Reasoning>,
    /// Format and verbosity of text output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<ResponseTextParam>,
    /// Truncation strategy that applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<ResponseTruncation>,
    /// Whether the response ran in the background.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<bool>,
    /// Processing tier requested or used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTierResponses>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Stored prompt template and its variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
    /// Cache grouping key sent with the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    /// Cache retention policy sent with the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_retention: Option<ResponsePromptCacheRetention>,
    /// End-user identifier sent with the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety_identifier: Option<String>,
    /// Legacy end-user identifier sent with the request.
    #[deprecated]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

impl Default for Response {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "response".to_owned(),
            created_at: Default::default(),
            completed_at: Default::default(),
            status: Default::default(),
            error: Default::default(),
            incomplete_details: Default::default(),
            model: Default::default(),
            instructions: Default::default(),
            output: Default::default(),
            output_text: Default::default(),
            usage: Default::default(),
            tools: Default::default(),
            tool_choice: Default::default(),
            parallel_tool_calls: Default::default(),
            max_tool_calls: Default::default(),
            max_output_tokens: Default::default(),
            temperature: Default::default(),
            top_p: Default::default(),
            top_logprobs: Default::default(),
            previous_response_id: Default::default(),
            conversation: Default::default(),
            reasoning: Default::default(),
            text: Default::default(),
            truncation: Default::default(),
            background: Default::default(),
            service_tier: Default::default(),
            metadata: Default::default(),
            prompt: Default::default(),
            prompt_cache_key: Default::default(),
            prompt_cache_retention: Default::default(),
            safety_identifier: Default::default(),
            user: Default::default(),
        }
    }
}

/// Where the response is in its lifecycle.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponseStatus {
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `in_progress`
    InProgress,
    /// `cancelled`
    Cancelled,
    /// `queued`
    Queued,
    /// `incomplete`
    Incomplete,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ResponseStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ResponseStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::InProgress => "in_progress",
            Self::Cancelled => "cancelled",
            Self::Queued => "queued",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            "in_progress" => Self::InProgress,
            "cancelled" => Self::Cancelled,
            "queued" => Self::Queued,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ResponseStatus);

/// Why the response failed; null unless the status is `failed`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseError {
    /// Category of the failure.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub code: ResponseErrorCode,
    /// Explanation of the failure.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub message: String,
}

/// Category of a response failure.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponseErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// `invalid_prompt`
    InvalidPrompt,
    /// `data_residency_mismatch`
    DataResidencyMismatch,
    /// `bio_policy`
    BioPolicy,
    /// `vector_store_timeout`
    VectorStoreTimeout,
    /// `invalid_image`
    InvalidImage,
    /// `invalid_image_format`
    InvalidImageFormat,
    /// `invalid_base64_image`
    InvalidBase64Image,
    /// `invalid_image_url`
    InvalidImageUrl,
    /// `image_too_large`
    ImageTooLarge,
    /// `image_too_small`
    ImageTooSmall,
    /// `image_parse_error`
    ImageParseError,
    /// `image_content_policy_violation`
    ImageContentPolicyViolation,
    /// `invalid_image_mode`
    InvalidImageMode,
    /// `image_file_too_large`
    ImageFileTooLarge,
    /// `unsupported_image_media_type`
    UnsupportedImageMediaType,
    /// `empty_image_file`
    EmptyImageFile,
    /// `failed_to_download_image`
    FailedToDownloadImage,
    /// `image_file_not_found`
    ImageFileNotFound,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ResponseErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ResponseErrorCode {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::RateLimitExceeded => "rate_limit_exceeded",
            Self::InvalidPrompt => "invalid_prompt",
            Self::DataResidencyMismatch => "data_residency_mismatch",
            Self::BioPolicy => "bio_policy",
            Self::VectorStoreTimeout => "vector_store_timeout",
            Self::InvalidImage => "invalid_image",
            Self::InvalidImageFormat => "invalid_image_format",
            Self::InvalidBase64Image => "invalid_base64_image",
            Self::InvalidImageUrl => "invalid_image_url",
            Self::ImageTooLarge => "image_too_large",
            Self::ImageTooSmall => "image_too_small",
            Self::ImageParseError => "image_parse_error",
            Self::ImageContentPolicyViolation => "image_content_policy_violation",
            Self::InvalidImageMode => "invalid_image_mode",
            Self::ImageFileTooLarge => "image_file_too_large",
            Self::UnsupportedImageMediaType => "unsupported_image_media_type",
            Self::EmptyImageFile => "empty_image_file",
            Self::FailedToDownloadImage => "failed_to_download_image",
            Self::ImageFileNotFound => "image_file_not_found",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ResponseErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "rate_limit_exceeded" => Self::RateLimitExceeded,
            "invalid_prompt" => Self::InvalidPrompt,
            "data_residency_mismatch" => Self::DataResidencyMismatch,
            "bio_policy" => Self::BioPolicy,
            "vector_store_timeout" => Self::VectorStoreTimeout,
            "invalid_image" => Self::InvalidImage,
            "invalid_image_format" => Self::InvalidImageFormat,
            "invalid_base64_image" => Self::InvalidBase64Image,
            "invalid_image_url" => Self::InvalidImageUrl,
            "image_too_large" => Self::ImageTooLarge,
            "image_too_small" => Self::ImageTooSmall,
            "image_parse_error" => Self::ImageParseError,
            "image_content_policy_violation" => Self::ImageContentPolicyViolation,
            "invalid_image_mode" => Self::InvalidImageMode,
            "image_file_too_large" => Self::ImageFileTooLarge,
            "unsupported_image_media_type" => Self::UnsupportedImageMediaType,
            "empty_image_file" => Self::EmptyImageFile,
            "failed_to_download_image" => Self::FailedToDownloadImage,
            "image_file_not_found" => Self::ImageFileNotFound,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ResponseErrorCode);

/// Why the response stopped early, when its status is `incomplete`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseIncompleteDetails {
    /// The limit that was hit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<ResponseIncompleteDetailsReason>,
}

/// The limit that was hit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponseIncompleteDetailsReason {
    /// `max_output_tokens`
    MaxOutputTokens,
    /// `content_filter`
    ContentFilter,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ResponseIncompleteDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ResponseIncompleteDetailsReason {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::MaxOutputTokens => "max_output_tokens",
            Self::ContentFilter => "content_filter",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ResponseIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        match value {
            "max_output_tokens" => Self::MaxOutputTokens,
            "content_filter" => Self::ContentFilter,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ResponseIncompleteDetailsReason);

/// The instructions that were in effect, as text or as input items.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseInstructions {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<InputItem>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ResponseInstructions {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ResponseInstructions {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ResponseInstructions {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<InputItem>> for ResponseInstructions {
    fn from(value: Vec<InputItem>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for ResponseInstructions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ResponseInstructions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EasyInputMessage {
    /// Optionally `message`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Author of the message; `developer` and `system` messages carry instructions.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub role: EasyInputMessageRole,
    /// The message body, as text or as a list of text, image and file parts.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub content: EasyInputMessageContent,
    /// For assistant messages, whether the text is interim commentary or the final answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase>,
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

/// One part of an input message.
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
impl Default for InputContent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<InputTextContent> for InputContent {
    fn from(value: InputTextContent) -> Self {
        Self::InputText(value)
    }
}

impl From<InputImageContent> for InputContent {
    fn from(value: InputImageContent) -> Self {
        Self::InputImage(value)
    }
}

impl From<InputFileContent> for InputContent {
    fn from(value: InputFileContent) -> Self {
        Self::InputFile(value)
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InputTextContent {
    /// Always `input_text`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The text.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub text: String,
}

impl Default for InputTextContent {
    fn default() -> Self {
        Self {
            r#type: "input_text".to_owned(),
            text: Default::default(),
        }
    }
}

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InputImageContent {
    /// Always `input_image`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Address of the image, or a base64 `data:` URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Id of an uploaded image file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Resolution at which the image is examined.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub detail: ImageDetail,
}

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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl Default for ImageDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

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

crate::runtime::string_enum_traits!(ImageDetail);

/// A document (such as a PDF) given to the model, by id, URL or inline data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InputFileContent {
    /// Always `input_file`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Id of an uploaded file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Address the file is downloaded from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The file contents, base64-encoded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_data: Option<String>,
    /// Name of the file, needed with `file_data`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// How closely the model reads the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<InputFileContentDetail>,
}

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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl Default for InputFileContentDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

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

crate::runtime::string_enum_traits!(InputFileContentDetail);

/// Marks assistant text as commentary or as the final answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MessagePhase {
    /// `commentary`
    Commentary,
    /// `final_answer`
    FinalAnswer,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for MessagePhase {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessagePhase {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Commentary => "commentary",
            Self::FinalAnswer => "final_answer",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for MessagePhase {
    fn from(value: &str) -> Self {
        match value {
            "commentary" => Self::Commentary,
            "final_answer" => Self::FinalAnswer,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessagePhase);

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

/// A message written by the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutputMessage {
    /// Item id (`msg_...`).
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `message`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Always `assistant`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub role: String,
    /// Text and refusal parts of the message.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub content: Vec<OutputMessageContent>,
    /// Whether this is interim commentary or the final answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase>,
    /// Generation state of the message.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub status: OutputMessageStatus,
}

impl Default for OutputMessage {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "message".to_owned(),
            role: "assistant".to_owned(),
            content: Default::default(),
            phase: Default::default(),
            status: Default::default(),
        }
    }
}

impl OutputMessage {
    /// Creates a value from its required fields (`id`, `content`, `status`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        content: impl Into<Vec<OutputMessageContent>>,
        status: impl Into<OutputMessageStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            content: content.into(),
            status: status.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<Vec<OutputMessageContent>>) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `phase`.
    #[must_use]
    pub fn phase(mut self, value: impl Into<MessagePhase>) -> Self {
        self.phase = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<OutputMessageStatus>) -> Self {
        self.status = value.into();
        self
    }
}

/// A part of an assistant message.
#[derive(Debug, Clone, PartialEq)]
pub enum OutputMessageContent {
    /// Text written by the model, with citations.
    OutputText(OutputTextContent),
    /// The model declined to answer.
    Refusal(RefusalContent),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for OutputMessageContent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<OutputTextContent> for OutputMessageContent {
    fn from(value: OutputTextContent) -> Self {
        Self::OutputText(value)
    }
}

impl From<RefusalContent> for OutputMessageContent {
    fn from(value: RefusalContent) -> Self {
        Self::Refusal(value)
    }
}

impl Serialize for OutputMessageContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::OutputText(value) => Serialize::serialize(value, serializer),
            Self::Refusal(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for OutputMessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("output_text") => codec::from_value(value).map(Self::OutputText),
            Some("refusal") => codec::from_value(value).map(Self::Refusal),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Text written by the model, with citations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutputTextContent {
    /// Always `output_text`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The text.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub text: String,
    /// Citations and file references that point into the text.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub annotations: Vec<Annotation>,
    /// Per-token log probabilities, when requested.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub logprobs: Vec<LogProb>,
}

impl Default for OutputTextContent {
    fn default() -> Self {
        Self {
            r#type: "output_text".to_owned(),
            text: Default::default(),
            annotations: Default::default(),
            logprobs: Default::default(),
        }
    }
}

impl OutputTextContent {
    /// Creates a value from its required fields (`text`, `annotations`, `logprobs`); the rest start unset.
    #[must_use]
    pub fn new(
        text: impl Into<String>,
        annotations: impl Into<Vec<Annotation>>,
        logprobs: impl Into<Vec<LogProb>>,
    ) -> Self {
        Self {
            text: text.into(),
            annotations: annotations.into(),
            logprobs: logprobs.into(),
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
    pub fn annotations(mut self, value: impl Into<Vec<Annotation>>) -> Self {
        self.annotations = value.into();
        self
    }

    /// Sets `logprobs`.
    #[must_use]
    pub fn logprobs(mut self, value: impl Into<Vec<LogProb>>) -> Self {
        self.logprobs = value.into();
        self
    }
}

/// A reference attached to a span of output text.
#[derive(Debug, Clone, PartialEq)]
pub enum Annotation {
    /// Cites an uploaded file.
    FileCitation(FileCitationBody),
    /// Cites a web page.
    UrlCitation(UrlCitationBody),
    /// Cites a file inside a code interpreter container.
    ContainerFileCitation(ContainerFileCitationBody),
    /// Points at a file generated by a tool.
    FilePath(FilePath),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for Annotation {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<FileCitationBody> for Annotation {
    fn from(value: FileCitationBody) -> Self {
        Self::FileCitation(value)
    }
}

impl From<UrlCitationBody> for Annotation {
    fn from(value: UrlCitationBody) -> Self {
        Self::UrlCitation(value)
    }
}

impl From<ContainerFileCitationBody> for Annotation {
    fn from(value: ContainerFileCitationBody) -> Self {
        Self::ContainerFileCitation(value)
    }
}

impl From<FilePath> for Annotation {
    fn from(value: FilePath) -> Self {
        Self::FilePath(value)
    }
}

impl Serialize for Annotation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(value) => Serialize::serialize(value, serializer),
            Self::UrlCitation(value) => Serialize::serialize(value, serializer),
            Self::ContainerFileCitation(value) => Serialize::serialize(value, serializer),
            Self::FilePath(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Annotation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_citation") => codec::from_value(value).map(Self::FileCitation),
            Some("url_citation") => codec::from_value(value).map(Self::UrlCitation),
            Some("container_file_citation") => {
                codec::from_value(value).map(Self::ContainerFileCitation)
            }
            Some("file_path") => codec::from_value(value).map(Self::FilePath),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Cites an uploaded file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FileCitationBody {
    /// Always `file_citation`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The cited file.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub file_id: String,
    /// Name of the cited file.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub filename: String,
    /// Position in the text the citation belongs to.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub index: i64,
}

impl Default for FileCitationBody {
    fn default() -> Self {
        Self {
            r#type: "file_citation".to_owned(),
            file_id: Default::default(),
            filename: Default::default(),
            index: Default::default(),
        }
    }
}

impl FileCitationBody {
    /// Creates a value from its required fields (`file_id`, `filename`, `index`); the rest start unset.
    #[must_use]
    pub fn new(
        file_id: impl Into<String>,
        filename: impl Into<String>,
        index: impl Into<i64>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            filename: filename.into(),
            index: index.into(),
            ..Default::default()
        }
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = value.into();
        self
    }

    /// Sets `filename`.
    #[must_use]
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = value.into();
        self
    }

    /// Sets `index`.
    #[must_use]
    pub fn index(mut self, value: impl Into<i64>) -> Self {
        self.index = value.into();
        self
    }
}

/// Cites a web page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UrlCitationBody {
    /// Always `url_citation`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Address of the page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub url: String,
    /// Title of the page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub title: String,
    /// First character of the cited span.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub start_index: i64,
    /// Character after the cited span.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub end_index: i64,
}

impl Default for UrlCitationBody {
    fn default() -> Self {
        Self {
            r#type: "url_citation".to_owned(),
            url: Default::default(),
            title: Default::default(),
            start_index: Default::default(),
            end_index: Default::default(),
        }
    }
}

impl UrlCitationBody {
    /// Creates a value from its required fields (`url`, `title`, `start_index`, `end_index`); the rest start unset.
    #[must_use]
    pub fn new(
        url: impl Into<String>,
        title: impl Into<String>,
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
    ) -> Self {
        Self {
            url: url.into(),
            title: title.into(),
            start_index: start_index.into(),
            end_index: end_index.into(),
            ..Default::default()
        }
    }

    /// Sets `url`.
    #[must_use]
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = value.into();
        self
    }

    /// Sets `title`.
    #[must_use]
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = value.into();
        self
    }

    /// Sets `start_index`.
    #[must_use]
    pub fn start_index(mut self, value: impl Into<i64>) -> Self {
        self.start_index = value.into();
        self
    }

    /// Sets `end_index`.
    #[must_use]
    pub fn end_index(mut self, value: impl Into<i64>) -> Self {
        self.end_index = value.into();
        self
    }
}

/// Cites a file inside a code interpreter container.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContainerFileCitationBody {
    /// Always `container_file_citation`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Container holding the file.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub container_id: String,
    /// The cited file.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub file_id: String,
    /// Name of the cited file.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub filename: String,
    /// First character of the cited span.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub start_index: i64,
    /// Character after the cited span.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub end_index: i64,
}

impl Default for ContainerFileCitationBody {
    fn default() -> Self {
        Self {
            r#type: "container_file_citation".to_owned(),
            container_id: Default::default(),
            file_id: Default::default(),
            filename: Default::default(),
            start_index: Default::default(),
            end_index: Default::default(),
        }
    }
}

impl ContainerFileCitationBody {
    /// Creates a value from its required fields (`container_id`, `file_id`, `filename`, `start_index`, `end_index`); the rest start unset.
    #[must_use]
    pub fn new(
        container_id: impl Into<String>,
        file_id: impl Into<String>,
        filename: impl Into<String>,
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
    ) -> Self {
        Self {
            container_id: container_id.into(),
            file_id: file_id.into(),
            filename: filename.into(),
            start_index: start_index.into(),
            end_index: end_index.into(),
            ..Default::default()
        }
    }

    /// Sets `container_id`.
    #[must_use]
    pub fn container_id(mut self, value: impl Into<String>) -> Self {
        self.container_id = value.into();
        self
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = value.into();
        self
    }

    /// Sets `filename`.
    #[must_use]
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = value.into();
        self
    }

    /// Sets `start_index`.
    #[must_use]
    pub fn start_index(mut self, value: impl Into<i64>) -> Self {
        self.start_index = value.into();
        self
    }

    /// Sets `end_index`.
    #[must_use]
    pub fn end_index(mut self, value: impl Into<i64>) -> Self {
        self.end_index = value.into();
        self
    }
}

/// Points at a file generated by a tool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FilePath {
    /// Always `file_path`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The generated file.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub file_id: String,
    /// Position in the text the reference belongs to.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub index: i64,
}

impl Default for FilePath {
    fn default() -> Self {
        Self {
            r#type: "file_path".to_owned(),
            file_id: Default::default(),
            index: Default::default(),
        }
    }
}

impl FilePath {
    /// Creates a value from its required fields (`file_id`, `index`); the rest start unset.
    #[must_use]
    pub fn new(file_id: impl Into<String>, index: impl Into<i64>) -> Self {
        Self {
            file_id: file_id.into(),
            index: index.into(),
            ..Default::default()
        }
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = value.into();
        self
    }

    /// Sets `index`.
    #[must_use]
    pub fn index(mut self, value: impl Into<i64>) -> Self {
        self.index = value.into();
        self
    }
}

/// Log probability of one output token and its best alternatives.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LogProb {
    /// The token.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub token: String,
    /// Natural log of the token's probability.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub logprob: f64,
    /// UTF-8 bytes of the token.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub bytes: Vec<i64>,
    /// The most likely alternatives at this position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub top_logprobs: Vec<TopLogProb>,
}

impl LogProb {
    /// Creates a value from its required fields (`token`, `logprob`, `bytes`, `top_logprobs`); the rest start unset.
    #[must_use]
    pub fn new(
        token: impl Into<String>,
        logprob: impl Into<f64>,
        bytes: impl Into<Vec<i64>>,
        top_logprobs: impl Into<Vec<TopLogProb>>,
    ) -> Self {
        Self {
            token: token.into(),
            logprob: logprob.into(),
            bytes: bytes.into(),
            top_logprobs: top_logprobs.into(),
        }
    }

    /// Sets `token`.
    #[must_use]
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = value.into();
        self
    }

    /// Sets `logprob`.
    #[must_use]
    pub fn logprob(mut self, value: impl Into<f64>) -> Self {
        self.logprob = value.into();
        self
    }

    /// Sets `bytes`.
    #[must_use]
    pub fn bytes(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.bytes = value.into();
        self
    }

    /// Sets `top_logprobs`.
    #[must_use]
    pub fn top_logprobs(mut self, value: impl Into<Vec<TopLogProb>>) -> Self {
        self.top_logprobs = value.into();
        self
    }
}

/// An alternative token and its log probability.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TopLogProb {
    /// The token.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub token: String,
    /// Natural log of its probability.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub logprob: f64,
    /// UTF-8 bytes of the token.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub bytes: Vec<i64>,
}

impl TopLogProb {
    /// Creates a value from its required fields (`token`, `logprob`, `bytes`); the rest start unset.
    #[must_use]
    pub fn new(
        token: impl Into<String>,
        logprob: impl Into<f64>,
        bytes: impl Into<Vec<i64>>,
    ) -> Self {
        Self {
            token: token.into(),
            logprob: logprob.into(),
            bytes: bytes.into(),
        }
    }

    /// Sets `token`.
    #[must_use]
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = value.into();
        self
    }

    /// Sets `logprob`.
    #[must_use]
    pub fn logprob(mut self, value: impl Into<f64>) -> Self {
        self.logprob = value.into();
        self
    }

    /// Sets `bytes`.
    #[must_use]
    pub fn bytes(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.bytes = value.into();
        self
    }
}

/// The model declined to answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RefusalContent {
    /// Always `refusal`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The model's explanation for refusing.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub refusal: String,
}

impl Default for RefusalContent {
    fn default() -> Self {
        Self {
            r#type: "refusal".to_owned(),
            refusal: Default::default(),
        }
    }
}

impl RefusalContent {
    /// Creates a value from its required fields (`refusal`); the rest start unset.
    #[must_use]
    pub fn new(refusal: impl Into<String>) -> Self {
        Self {
            refusal: refusal.into(),
            ..Default::default()
        }
    }

    /// Sets `refusal`.
    #[must_use]
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = value.into();
        self
    }
}

/// Generation state of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutputMessageStatus {
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
impl Default for OutputMessageStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl OutputMessageStatus {
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

impl From<&str> for OutputMessageStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(OutputMessageStatus);

/// A file search performed by the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FileSearchToolCall {
    /// Item id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `file_search_call`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Progress of the search.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub status: FileSearchToolCallStatus,
    /// Search queries that were run.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub queries: Vec<String>,
    /// Matches found (only with the `file_search_call.results` include).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FileSearchResult>>,
}

impl Default for FileSearchToolCall {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "file_search_call".to_owned(),
            status: Default::default(),
            queries: Default::default(),
            results: Default::default(),
        }
    }
}

impl FileSearchToolCall {
    /// Creates a value from its required fields (`id`, `status`, `queries`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<FileSearchToolCallStatus>,
        queries: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            id: id.into(),
            status: status.into(),
            queries: queries.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<FileSearchToolCallStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `queries`.
    #[must_use]
    pub fn queries(mut self, value: impl Into<Vec<String>>) -> Self {
        self.queries = value.into();
        self
    }

    /// Sets `results`.
    #[must_use]
    pub fn results(mut self, value: impl Into<Vec<FileSearchResult>>) -> Self {
        self.results = Some(value.into());
        self
    }
}

/// Progress of the search.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileSearchToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `searching`
    Searching,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `failed`
    Failed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FileSearchToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FileSearchToolCallStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Searching => "searching",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FileSearchToolCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "searching" => Self::Searching,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FileSearchToolCallStatus);

/// One passage returned by file search.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FileSearchResult {
    /// File the passage comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Name of that file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// The matching text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Relevance score between 0 and 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Attributes of the file, usable in search filters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<VectorStoreFileAttributes>,
}

impl FileSearchResult {
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

    /// Sets `filename`.
    #[must_use]
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }

    /// Sets `score`.
    #[must_use]
    pub fn score(mut self, value: impl Into<f64>) -> Self {
        self.score = Some(value.into());
        self
    }

    /// Sets `attributes`.
    #[must_use]
    pub fn attributes(mut self, value: impl Into<VectorStoreFileAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}

/// Up to 16 attributes stored with a vector store file, usable in search
/// filters. Keys are at most 64 characters; values are strings of at most
/// 512 characters, numbers or booleans.
pub type VectorStoreFileAttributes = BTreeMap<String, VectorStoreFileAttributeValue>;

/// One attribute value.
#[derive(Debug, Clone, PartialEq)]
pub enum VectorStoreFileAttributeValue {
    /// A `String` value.
    String(String),
    /// A `Number` value.
    Number(f64),
    /// A `Boolean` value.
    Boolean(bool),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for VectorStoreFileAttributeValue {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for VectorStoreFileAttributeValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for VectorStoreFileAttributeValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<f64> for VectorStoreFileAttributeValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl From<bool> for VectorStoreFileAttributeValue {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}

impl Serialize for VectorStoreFileAttributeValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Number(value) => Serialize::serialize(value, serializer),
            Self::Boolean(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for VectorStoreFileAttributeValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Bool(_) => codec::from_value(value).map(Self::Boolean),
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Number),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A mouse or keyboard action the model wants performed on the computer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ComputerToolCall {
    /// Always `computer_call`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Id to quote in the matching `computer_call_output`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub call_id: String,
    /// The action to perform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<ComputerAction>,
    /// Safety checks you must acknowledge before continuing.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub pending_safety_checks: Vec<ComputerCallSafetyCheckParam>,
    /// Generation state of the item.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub status: ComputerToolCallStatus,
}

impl Default for ComputerToolCall {
    fn default() -> Self {
        Self {
            r#type: "computer_call".to_owned(),
            id: Default::default(),
            call_id: Default::default(),
            action: Default::default(),
            pending_safety_checks: Default::default(),
            status: Default::default(),
        }
    }
}

impl ComputerToolCall {
    /// Creates a value from its required fields (`id`, `call_id`, `pending_safety_checks`, `status`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        pending_safety_checks: impl Into<Vec<ComputerCallSafetyCheckParam>>,
        status: impl Into<ComputerToolCallStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            call_id: call_id.into(),
            pending_safety_checks: pending_safety_checks.into(),
            status: status.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
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
    pub fn action(mut self, value: impl Into<ComputerAction>) -> Self {
        self.action = Some(value.into());
        self
    }

    /// Sets `pending_safety_checks`.
    #[must_use]
    pub fn pending_safety_checks(
        mut self,
        value: impl Into<Vec<ComputerCallSafetyCheckParam>>,
    ) -> Self {
        self.pending_safety_checks = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = value.into();
        self
    }
}

/// One computer action.
#[derive(Debug, Clone, PartialEq)]
pub enum ComputerAction {
    /// Click a mouse button.
    Click(ClickParam),
    /// Double-click at a position.
    DoubleClick(DoubleClickAction),
    /// Drag the mouse along a path.
    Drag(DragParam),
    /// Press a key combination.
    Keypress(KeyPressAction),
    /// Move the pointer.
    Move(MoveParam),
    /// Take a screenshot.
    Screenshot(ScreenshotParam),
    /// Scroll at a position.
    Scroll(ScrollParam),
    /// Type some text.
    Type(TypeParam),
    /// Pause for a moment.
    Wait(WaitParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ComputerAction {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ClickParam> for ComputerAction {
    fn from(value: ClickParam) -> Self {
        Self::Click(value)
    }
}

impl From<DoubleClickAction> for ComputerAction {
    fn from(value: DoubleClickAction) -> Self {
        Self::DoubleClick(value)
    }
}

impl From<DragParam> for ComputerAction {
    fn from(value: DragParam) -> Self {
        Self::Drag(value)
    }
}

impl From<KeyPressAction> for ComputerAction {
    fn from(value: KeyPressAction) -> Self {
        Self::Keypress(value)
    }
}

impl From<MoveParam> for ComputerAction {
    fn from(value: MoveParam) -> Self {
        Self::Move(value)
    }
}

impl From<ScreenshotParam> for ComputerAction {
    fn from(value: ScreenshotParam) -> Self {
        Self::Screenshot(value)
    }
}

impl From<ScrollParam> for ComputerAction {
    fn from(value: ScrollParam) -> Self {
        Self::Scroll(value)
    }
}

impl From<TypeParam> for ComputerAction {
    fn from(value: TypeParam) -> Self {
        Self::Type(value)
    }
}

impl From<WaitParam> for ComputerAction {
    fn from(value: WaitParam) -> Self {
        Self::Wait(value)
    }
}

impl Serialize for ComputerAction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Click(value) => Serialize::serialize(value, serializer),
            Self::DoubleClick(value) => Serialize::serialize(value, serializer),
            Self::Drag(value) => Serialize::serialize(value, serializer),
            Self::Keypress(value) => Serialize::serialize(value, serializer),
            Self::Move(value) => Serialize::serialize(value, serializer),
            Self::Screenshot(value) => Serialize::serialize(value, serializer),
            Self::Scroll(value) => Serialize::serialize(value, serializer),
            Self::Type(value) => Serialize::serialize(value, serializer),
            Self::Wait(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ComputerAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("click") => codec::from_value(value).map(Self::Click),
            Some("double_click") => codec::from_value(value).map(Self::DoubleClick),
            Some("drag") => codec::from_value(value).map(Self::Drag),
            Some("keypress") => codec::from_value(value).map(Self::Keypress),
            Some("move") => codec::from_value(value).map(Self::Move),
            Some("screenshot") => codec::from_value(value).map(Self::Screenshot),
            Some("scroll") => codec::from_value(value).map(Self::Scroll),
            Some("type") => codec::from_value(value).map(Self::Type),
            Some("wait") => codec::from_value(value).map(Self::Wait),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Click a mouse button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClickParam {
    /// Always `click`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Button to press.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub button: ClickParamButton,
    /// Horizontal position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub x: i64,
    /// Vertical position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub y: i64,
    /// Modifier keys held during the click.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<String>>,
}

impl Default for ClickParam {
    fn default() -> Self {
        Self {
            r#type: "click".to_owned(),
            button: Default::default(),
            x: Default::default(),
            y: Default::default(),
            keys: Default::default(),
        }
    }
}

impl ClickParam {
    /// Creates a value from its required fields (`button`, `x`, `y`); the rest start unset.
    #[must_use]
    pub fn new(
        button: impl Into<ClickParamButton>,
        x: impl Into<i64>,
        y: impl Into<i64>,
    ) -> Self {
        Self {
            button: button.into(),
            x: x.into(),
            y: y.into(),
            ..Default::default()
        }
    }

    /// Sets `button`.
    #[must_use]
    pub fn button(mut self, value: impl Into<ClickParamButton>) -> Self {
        self.button = value.into();
        self
    }

    /// Sets `x`.
    #[must_use]
    pub fn x(mut self, value: impl Into<i64>) -> Self {
        self.x = value.into();
        self
    }

    /// Sets `y`.
    #[must_use]
    pub fn y(mut self, value: impl Into<i64>) -> Self {
        self.y = value.into();
        self
    }

    /// Sets `keys`.
    #[must_use]
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}

/// Button to press.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClickParamButton {
    /// `left`
    Left,
    /// `right`
    Right,
    /// `wheel`
    Wheel,
    /// `back`
    Back,
    /// `forward`
    Forward,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ClickParamButton {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ClickParamButton {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
            Self::Wheel => "wheel",
            Self::Back => "back",
            Self::Forward => "forward",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ClickParamButton {
    fn from(value: &str) -> Self {
        match value {
            "left" => Self::Left,
            "right" => Self::Right,
            "wheel" => Self::Wheel,
            "back" => Self::Back,
            "forward" => Self::Forward,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ClickParamButton);

/// Double-click at a position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DoubleClickAction {
    /// Always `double_click`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Horizontal position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub x: i64,
    /// Vertical position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub y: i64,
    /// Modifier keys held during the double-click.
    pub keys: Option<Vec<String>>,
}

impl Default for DoubleClickAction {
    fn default() -> Self {
        Self {
            r#type: "double_click".to_owned(),
            x: Default::default(),
            y: Default::default(),
            keys: Default::default(),
        }
    }
}

impl DoubleClickAction {
    /// Creates a value from its required fields (`x`, `y`); the rest start unset.
    #[must_use]
    pub fn new(x: impl Into<i64>, y: impl Into<i64>) -> Self {
        Self {
            x: x.into(),
            y: y.into(),
            ..Default::default()
        }
    }

    /// Sets `x`.
    #[must_use]
    pub fn x(mut self, value: impl Into<i64>) -> Self {
        self.x = value.into();
        self
    }

    /// Sets `y`.
    #[must_use]
    pub fn y(mut self, value: impl Into<i64>) -> Self {
        self.y = value.into();
        self
    }

    /// Sets `keys`.
    #[must_use]
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}

/// Drag the mouse along a path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DragParam {
    /// Always `drag`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Points the pointer passes through, in order.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub path: Vec<CoordParam>,
    /// Modifier keys held while dragging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<String>>,
}

impl Default for DragParam {
    fn default() -> Self {
        Self {
            r#type: "drag".to_owned(),
            path: Default::default(),
            keys: Default::default(),
        }
    }
}

impl DragParam {
    /// Creates a value from its required fields (`path`); the rest start unset.
    #[must_use]
    pub fn new(path: impl Into<Vec<CoordParam>>) -> Self {
        Self {
            path: path.into(),
            ..Default::default()
        }
    }

    /// Sets `path`.
    #[must_use]
    pub fn path(mut self, value: impl Into<Vec<CoordParam>>) -> Self {
        self.path = value.into();
        self
    }

    /// Sets `keys`.
    #[must_use]
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}

/// A screen position.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CoordParam {
    /// Horizontal position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub x: i64,
    /// Vertical position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub y: i64,
}

impl CoordParam {
    /// Creates a value from its required fields (`x`, `y`); the rest start unset.
    #[must_use]
    pub fn new(x: impl Into<i64>, y: impl Into<i64>) -> Self {
        Self { x: x.into(), y: y.into() }
    }

    /// Sets `x`.
    #[must_use]
    pub fn x(mut self, value: impl Into<i64>) -> Self {
        self.x = value.into();
        self
    }

    /// Sets `y`.
    #[must_use]
    pub fn y(mut self, value: impl Into<i64>) -> Self {
        self.y = value.into();
        self
    }
}

/// Press a key combination.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeyPressAction {
    /// Always `keypress`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Keys pressed together.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub keys: Vec<String>,
}

impl Default for KeyPressAction {
    fn default() -> Self {
        Self {
            r#type: "keypress".to_owned(),
            keys: Default::default(),
        }
    }
}

impl KeyPressAction {
    /// Creates a value from its required fields (`keys`); the rest start unset.
    #[must_use]
    pub fn new(keys: impl Into<Vec<String>>) -> Self {
        Self {
            keys: keys.into(),
            ..Default::default()
        }
    }

    /// Sets `keys`.
    #[must_use]
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = value.into();
        self
    }
}

/// Move the pointer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MoveParam {
    /// Always `move`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Horizontal target.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub x: i64,
    /// Vertical target.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub y: i64,
    /// Modifier keys held while moving.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<String>>,
}

impl Default for MoveParam {
    fn default() -> Self {
        Self {
            r#type: "move".to_owned(),
            x: Default::default(),
            y: Default::default(),
            keys: Default::default(),
        }
    }
}

impl MoveParam {
    /// Creates a value from its required fields (`x`, `y`); the rest start unset.
    #[must_use]
    pub fn new(x: impl Into<i64>, y: impl Into<i64>) -> Self {
        Self {
            x: x.into(),
            y: y.into(),
            ..Default::default()
        }
    }

    /// Sets `x`.
    #[must_use]
    pub fn x(mut self, value: impl Into<i64>) -> Self {
        self.x = value.into();
        self
    }

    /// Sets `y`.
    #[must_use]
    pub fn y(mut self, value: impl Into<i64>) -> Self {
        self.y = value.into();
        self
    }

    /// Sets `keys`.
    #[must_use]
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}

/// Take a screenshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScreenshotParam {
    /// Always `screenshot`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
}

impl Default for ScreenshotParam {
    fn default() -> Self {
        Self {
            r#type: "screenshot".to_owned(),
        }
    }
}

impl ScreenshotParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// Scroll at a position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScrollParam {
    /// Always `scroll`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Horizontal position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub x: i64,
    /// Vertical position.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub y: i64,
    /// Horizontal scroll distance.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub scroll_x: i64,
    /// Vertical scroll distance.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub scroll_y: i64,
    /// Modifier keys held while scrolling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<String>>,
}

impl Default for ScrollParam {
    fn default() -> Self {
        Self {
            r#type: "scroll".to_owned(),
            x: Default::default(),
            y: Default::default(),
            scroll_x: Default::default(),
            scroll_y: Default::default(),
            keys: Default::default(),
        }
    }
}

impl ScrollParam {
    /// Creates a value from its required fields (`x`, `y`, `scroll_x`, `scroll_y`); the rest start unset.
    #[must_use]
    pub fn new(
        x: impl Into<i64>,
        y: impl Into<i64>,
        scroll_x: impl Into<i64>,
        scroll_y: impl Into<i64>,
    ) -> Self {
        Self {
            x: x.into(),
            y: y.into(),
            scroll_x: scroll_x.into(),
            scroll_y: scroll_y.into(),
            ..Default::default()
        }
    }

    /// Sets `x`.
    #[must_use]
    pub fn x(mut self, value: impl Into<i64>) -> Self {
        self.x = value.into();
        self
    }

    /// Sets `y`.
    #[must_use]
    pub fn y(mut self, value: impl Into<i64>) -> Self {
        self.y = value.into();
        self
    }

    /// Sets `scroll_x`.
    #[must_use]
    pub fn scroll_x(mut self, value: impl Into<i64>) -> Self {
        self.scroll_x = value.into();
        self
    }

    /// Sets `scroll_y`.
    #[must_use]
    pub fn scroll_y(mut self, value: impl Into<i64>) -> Self {
        self.scroll_y = value.into();
        self
    }

    /// Sets `keys`.
    #[must_use]
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}

/// Type some text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TypeParam {
    /// Always `type`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Text to type.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub text: String,
}

impl Default for TypeParam {
    fn default() -> Self {
        Self {
            r#type: "type".to_owned(),
            text: Default::default(),
        }
    }
}

impl TypeParam {
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

/// Pause for a moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WaitParam {
    /// Always `wait`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
}

impl Default for WaitParam {
    fn default() -> Self {
        Self { r#type: "wait".to_owned() }
    }
}

impl WaitParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// A safety concern raised about a computer action.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ComputerCallSafetyCheckParam {
    /// Id of the check.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Kind of check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Explanation of the concern.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ComputerCallSafetyCheckParam {
    /// Creates a value from its required fields (`id`); the rest start unset.
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `code`.
    #[must_use]
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

/// Generation state of the item.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ComputerToolCallStatus {
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
impl Default for ComputerToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ComputerToolCallStatus {
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

impl From<&str> for ComputerToolCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ComputerToolCallStatus);

/// The screenshot taken after performing a computer action, sent back to the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ComputerCallOutputItemParam {
    /// Item id, when replaying a stored item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `computer_call_output`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The `call_id` of the computer call this answers.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub call_id: String,
    /// Screenshot taken after the action.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub output: ComputerScreenshotImage,
    /// Safety checks you accept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    /// Item state, when replaying a stored item.
    #[serde(skip_serializing_if = "Option::is_none")]
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

/// A screenshot returned after performing a computer action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ComputerScreenshotImage {
    /// Always `computer_screenshot`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The screenshot as a URL or data URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// The screenshot as an uploaded file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}

impl Default for ComputerScreenshotImage {
    fn default() -> Self {
        Self {
            r#type: "computer_screenshot".to_owned(),
            image_url: Default::default(),
            file_id: Default::default(),
        }
    }
}

impl ComputerScreenshotImage {
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
}

/// Item state, when replaying a stored item.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

/// A web search performed by the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebSearchToolCall {
    /// Item id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `web_search_call`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Progress of the search.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub status: WebSearchToolCallStatus,
    /// What this search step did.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub action: WebSearchAction,
}

impl Default for WebSearchToolCall {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "web_search_call".to_owned(),
            status: Default::default(),
            action: Default::default(),
        }
    }
}

impl WebSearchToolCall {
    /// Creates a value from its required fields (`id`, `status`, `action`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<WebSearchToolCallStatus>,
        action: impl Into<WebSearchAction>,
    ) -> Self {
        Self {
            id: id.into(),
            status: status.into(),
            action: action.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<WebSearchToolCallStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `action`.
    #[must_use]
    pub fn action(mut self, value: impl Into<WebSearchAction>) -> Self {
        self.action = value.into();
        self
    }
}

/// Progress of the search.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebSearchToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `searching`
    Searching,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for WebSearchToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl WebSearchToolCallStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Searching => "searching",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for WebSearchToolCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "searching" => Self::Searching,
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(WebSearchToolCallStatus);

/// What the search step did.
#[derive(Debug, Clone, PartialEq)]
pub enum WebSearchAction {
    /// Ran a search query.
    Search(WebSearchActionSearch),
    /// Opened a page from the results.
    OpenPage(WebSearchActionOpenPage),
    /// Looked for a pattern inside a page.
    FindInPage(WebSearchActionFind),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for WebSearchAction {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<WebSearchActionSearch> for WebSearchAction {
    fn from(value: WebSearchActionSearch) -> Self {
        Self::Search(value)
    }
}

impl From<WebSearchActionOpenPage> for WebSearchAction {
    fn from(value: WebSearchActionOpenPage) -> Self {
        Self::OpenPage(value)
    }
}

impl From<WebSearchActionFind> for WebSearchAction {
    fn from(value: WebSearchActionFind) -> Self {
        Self::FindInPage(value)
    }
}

impl Serialize for WebSearchAction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Search(value) => Serialize::serialize(value, serializer),
            Self::OpenPage(value) => Serialize::serialize(value, serializer),
            Self::FindInPage(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for WebSearchAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("search") => codec::from_value(value).map(Self::Search),
            Some("open_page") => codec::from_value(value).map(Self::OpenPage),
            Some("find_in_page") => codec::from_value(value).map(Self::FindInPage),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Ran a search query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebSearchActionSearch {
    /// Always `search`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The query (superseded by `queries`).
    #[deprecated]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The queries that were issued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queries: Option<Vec<String>>,
    /// Pages consulted (only with the `web_search_call.action.sources` include).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<WebSearchActionSearchSourcesItem>>,
}

impl Default for WebSearchActionSearch {
    fn default() -> Self {
        Self {
            r#type: "search".to_owned(),
            query: Default::default(),
            queries: Default::default(),
            sources: Default::default(),
        }
    }
}

impl WebSearchActionSearch {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `query`.
    #[deprecated]
    #[must_use]
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }

    /// Sets `queries`.
    #[must_use]
    pub fn queries(mut self, value: impl Into<Vec<String>>) -> Self {
        self.queries = Some(value.into());
        self
    }

    /// Sets `sources`.
    #[must_use]
    pub fn sources(
        mut self,
        value: impl Into<Vec<WebSearchActionSearchSourcesItem>>,
    ) -> Self {
        self.sources = Some(value.into());
        self
    }
}

/// An item of the `sources` field of [`WebSearchActionSearch`](crate::types::WebSearchActionSearch).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebSearchActionSearchSourcesItem {
    /// Always `url`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Address of the page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub url: String,
}

impl Default for WebSearchActionSearchSourcesItem {
    fn default() -> Self {
        Self {
            r#type: "url".to_owned(),
            url: Default::default(),
        }
    }
}

impl WebSearchActionSearchSourcesItem {
    /// Creates a value from its required fields (`url`); the rest start unset.
    #[must_use]
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            ..Default::default()
        }
    }

    /// Sets `url`.
    #[must_use]
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = value.into();
        self
    }
}

/// Opened a page from the results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebSearchActionOpenPage {
    /// Always `open_page`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Address of the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Default for WebSearchActionOpenPage {
    fn default() -> Self {
        Self {
            r#type: "open_page".to_owned(),
            url: Default::default(),
        }
    }
}

impl WebSearchActionOpenPage {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `url`.
    #[must_use]
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}

/// Looked for a pattern inside a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebSearchActionFind {
    /// Always `find_in_page`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Page that was searched.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub url: String,
    /// Text that was looked for.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub pattern: String,
}

impl Default for WebSearchActionFind {
    fn default() -> Self {
        Self {
            r#type: "find_in_page".to_owned(),
            url: Default::default(),
            pattern: Default::default(),
        }
    }
}

impl WebSearchActionFind {
    /// Creates a value from its required fields (`url`, `pattern`); the rest start unset.
    #[must_use]
    pub fn new(url: impl Into<String>, pattern: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            pattern: pattern.into(),
            ..Default::default()
        }
    }

    /// Sets `url`.
    #[must_use]
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = value.into();
        self
    }

    /// Sets `pattern`.
    #[must_use]
    pub fn pattern(mut self, value: impl Into<String>) -> Self {
        self.pattern = value.into();
        self
    }
}

/// The model asks you to run one of your functions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FunctionToolCall {
    /// Item id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `function_call`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Id to quote in the matching `function_call_output`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub call_id: String,
    /// Function to run.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub name: String,
    /// Arguments as a JSON-encoded string.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub arguments: String,
    /// Generation state of the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionToolCallStatus>,
}

impl Default for FunctionToolCall {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "function_call".to_owned(),
            call_id: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
            status: Default::default(),
        }
    }
}

impl FunctionToolCall {
    /// Creates a value from its required fields (`call_id`, `name`, `arguments`); the rest start unset.
    #[must_use]
    pub fn new(
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            name: name.into(),
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

    /// Sets `call_id`.
    #[must_use]
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `arguments`.
    #[must_use]
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<FunctionToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// Generation state of the item.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FunctionToolCallStatus {
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
impl Default for FunctionToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FunctionToolCallStatus {
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

impl From<&str> for FunctionToolCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FunctionToolCallStatus);

/// The result of a function call, sent back to the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FunctionCallOutputItemParam {
    /// Item id, when replaying a stored item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `function_call_output`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The `call_id` of the function call this answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The function result.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub output: FunctionCallOutputParamValue,
    /// Item state, when replaying a stored item.
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InputImageContentParamAutoParam {
    /// Always `input_image`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Address of the image, or a base64 `data:` URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Id of an uploaded image file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Resolution at which the model looks at the image.
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InputFileContentParam {
    /// Always `input_file`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Id of an uploaded file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Address the file is downloaded from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The file contents, base64-encoded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_data: Option<String>,
    /// Name of the file, needed with `file_data`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// How closely the model reads the file.
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

/// The model's reasoning before it answered, as summaries and optionally encrypted content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReasoningItem {
    /// Always `reasoning`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Readable summaries of the reasoning.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub summary: Vec<SummaryTextContent>,
    /// Raw reasoning text, when available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<ReasoningTextContent>>,
    /// Opaque reasoning state to send back in later stateless requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encrypted_content: Option<String>,
    /// Generation state of the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ReasoningItemStatus>,
}

impl Default for ReasoningItem {
    fn default() -> Self {
        Self {
            r#type: "reasoning".to_owned(),
            id: Default::default(),
            summary: Default::default(),
            content: Default::default(),
            encrypted_content: Default::default(),
            status: Default::default(),
        }
    }
}

impl ReasoningItem {
    /// Creates a value from its required fields (`id`, `summary`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        summary: impl Into<Vec<SummaryTextContent>>,
    ) -> Self {
        Self {
            id: id.into(),
            summary: summary.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `summary`.
    #[must_use]
    pub fn summary(mut self, value: impl Into<Vec<SummaryTextContent>>) -> Self {
        self.summary = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<Vec<ReasoningTextContent>>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `encrypted_content`.
    #[must_use]
    pub fn encrypted_content(mut self, value: impl Into<String>) -> Self {
        self.encrypted_content = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<ReasoningItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// A summary of the model's reasoning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SummaryTextContent {
    /// Always `summary_text`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The summary.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub text: String,
}

impl Default for SummaryTextContent {
    fn default() -> Self {
        Self {
            r#type: "summary_text".to_owned(),
            text: Default::default(),
        }
    }
}

impl SummaryTextContent {
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

/// Raw reasoning text from the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReasoningTextContent {
    /// Always `reasoning_text`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The reasoning text.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub text: String,
}

impl Default for ReasoningTextContent {
    fn default() -> Self {
        Self {
            r#type: "reasoning_text".to_owned(),
            text: Default::default(),
        }
    }
}

impl ReasoningTextContent {
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

/// Generation state of the item.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReasoningItemStatus {
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
impl Default for ReasoningItemStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ReasoningItemStatus {
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

impl From<&str> for ReasoningItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ReasoningItemStatus);

/// An image generated by the image generation tool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageGenToolCall {
    /// Always `image_generation_call`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Progress of the generation.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub status: ImageGenToolCallStatus,
    /// The image, base64-encoded.
    pub result: Option<String>,
}

impl Default for ImageGenToolCall {
    fn default() -> Self {
        Self {
            r#type: "image_generation_call".to_owned(),
            id: Default::default(),
            status: Default::default(),
            result: Default::default(),
        }
    }
}

impl ImageGenToolCall {
    /// Creates a value from its required fields (`id`, `status`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<ImageGenToolCallStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            status: status.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<ImageGenToolCallStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `result`.
    #[must_use]
    pub fn result(mut self, value: impl Into<String>) -> Self {
        self.result = Some(value.into());
        self
    }
}

/// Progress of the generation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ImageGenToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `generating`
    Generating,
    /// `failed`
    Failed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ImageGenToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ImageGenToolCallStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Generating => "generating",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ImageGenToolCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "generating" => Self::Generating,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ImageGenToolCallStatus);

/// Code run by the code interpreter tool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CodeInterpreterToolCall {
    /// Always `code_interpreter_call`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Progress of the execution.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub status: CodeInterpreterToolCallStatus,
    /// Container the code ran in.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub container_id: String,
    /// The code that was run.
    pub code: Option<String>,
    /// Logs and images produced (only with the `code_interpreter_call.outputs` include).
    pub outputs: Option<Vec<CodeInterpreterOutput>>,
}

impl Default for CodeInterpreterToolCall {
    fn default() -> Self {
        Self {
            r#type: "code_interpreter_call".to_owned(),
            id: Default::default(),
            status: Default::default(),
            container_id: Default::default(),
            code: Default::default(),
            outputs: Default::default(),
        }
    }
}

impl CodeInterpreterToolCall {
    /// Creates a value from its required fields (`id`, `status`, `container_id`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<CodeInterpreterToolCallStatus>,
        container_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            status: status.into(),
            container_id: container_id.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<CodeInterpreterToolCallStatus>) -> Self {
        self.status = value.into();
        self
    }

    /// Sets `container_id`.
    #[must_use]
    pub fn container_id(mut self, value: impl Into<String>) -> Self {
        self.container_id = value.into();
        self
    }

    /// Sets `code`.
    #[must_use]
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `outputs`.
    #[must_use]
    pub fn outputs(mut self, value: impl Into<Vec<CodeInterpreterOutput>>) -> Self {
        self.outputs = Some(value.into());
        self
    }
}

/// Progress of the execution.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeInterpreterToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `interpreting`
    Interpreting,
    /// `failed`
    Failed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CodeInterpreterToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CodeInterpreterToolCallStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Interpreting => "interpreting",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CodeInterpreterToolCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "interpreting" => Self::Interpreting,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CodeInterpreterToolCallStatus);

/// One output of a code interpreter run.
#[derive(Debug, Clone, PartialEq)]
pub enum CodeInterpreterOutput {
    /// Text printed by the code.
    Logs(CodeInterpreterOutputLogs),
    /// An image produced by the code.
    Image(CodeInterpreterOutputImage),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for CodeInterpreterOutput {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<CodeInterpreterOutputLogs> for CodeInterpreterOutput {
    fn from(value: CodeInterpreterOutputLogs) -> Self {
        Self::Logs(value)
    }
}

impl From<CodeInterpreterOutputImage> for CodeInterpreterOutput {
    fn from(value: CodeInterpreterOutputImage) -> Self {
        Self::Image(value)
    }
}

impl Serialize for CodeInterpreterOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(value) => Serialize::serialize(value, serializer),
            Self::Image(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CodeInterpreterOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("logs") => codec::from_value(value).map(Self::Logs),
            Some("image") => codec::from_value(value).map(Self::Image),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Text printed by the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CodeInterpreterOutputLogs {
    /// Always `logs`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The printed text.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub logs: String,
}

impl Default for CodeInterpreterOutputLogs {
    fn default() -> Self {
        Self {
            r#type: "logs".to_owned(),
            logs: Default::default(),
        }
    }
}

impl CodeInterpreterOutputLogs {
    /// Creates a value from its required fields (`logs`); the rest start unset.
    #[must_use]
    pub fn new(logs: impl Into<String>) -> Self {
        Self {
            logs: logs.into(),
            ..Default::default()
        }
    }

    /// Sets `logs`.
    #[must_use]
    pub fn logs(mut self, value: impl Into<String>) -> Self {
        self.logs = value.into();
        self
    }
}

/// An image produced by the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CodeInterpreterOutputImage {
    /// Always `image`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Where the image can be fetched.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub url: String,
}

impl Default for CodeInterpreterOutputImage {
    fn default() -> Self {
        Self {
            r#type: "image".to_owned(),
            url: Default::default(),
        }
    }
}

impl CodeInterpreterOutputImage {
    /// Creates a value from its required fields (`url`); the rest start unset.
    #[must_use]
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            ..Default::default()
        }
    }

    /// Sets `url`.
    #[must_use]
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = value.into();
        self
    }
}

/// The list of tools an MCP server offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct McpListTools {
    /// Always `mcp_list_tools`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Server that was queried.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub server_label: String,
    /// Tools on the server.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub tools: Vec<McpListToolsTool>,
    /// Why listing failed, if it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Default for McpListTools {
    fn default() -> Self {
        Self {
            r#type: "mcp_list_tools".to_owned(),
            id: Default::default(),
            server_label: Default::default(),
            tools: Default::default(),
            error: Default::default(),
        }
    }
}

impl McpListTools {
    /// Creates a value from its required fields (`id`, `server_label`, `tools`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        tools: impl Into<Vec<McpListToolsTool>>,
    ) -> Self {
        Self {
            id: id.into(),
            server_label: server_label.into(),
            tools: tools.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `server_label`.
    #[must_use]
    pub fn server_label(mut self, value: impl Into<String>) -> Self {
        self.server_label = value.into();
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<McpListToolsTool>>) -> Self {
        self.tools = value.into();
        self
    }

    /// Sets `error`.
    #[must_use]
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}

/// One tool offered by an MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct McpListToolsTool {
    /// Tool name.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub name: String,
    /// What the tool does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// JSON Schema of the tool's input.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input_schema: serde_json::Value,
    /// Extra hints published by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<serde_json::Value>,
}

impl McpListToolsTool {
    /// Creates a value from its required fields (`name`, `input_schema`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        input_schema: impl Into<serde_json::Value>,
    ) -> Self {
        Self {
            name: name.into(),
            input_schema: input_schema.into(),
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

    /// Sets `input_schema`.
    #[must_use]
    pub fn input_schema(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.input_schema = value.into();
        self
    }

    /// Sets `annotations`.
    #[must_use]
    pub fn annotations(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.annotations = Some(value.into());
        self
    }
}

/// The model wants to call an MCP tool that needs your approval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct McpApprovalRequest {
    /// Always `mcp_approval_request`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id, quoted in the approval response.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Server of the tool.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub server_label: String,
    /// Tool the model wants to call.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub name: String,
    /// Proposed arguments as a JSON-encoded string.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub arguments: String,
}

impl Default for McpApprovalRequest {
    fn default() -> Self {
        Self {
            r#type: "mcp_approval_request".to_owned(),
            id: Default::default(),
            server_label: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
        }
    }
}

impl McpApprovalRequest {
    /// Creates a value from its required fields (`id`, `server_label`, `name`, `arguments`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            server_label: server_label.into(),
            name: name.into(),
            arguments: arguments.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
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
        self.name = value.into();
        self
    }

    /// Sets `arguments`.
    #[must_use]
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = value.into();
        self
    }
}

/// Your answer to an MCP approval request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct McpApprovalResponse {
    /// Always `mcp_approval_response`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id, when replaying a stored item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The request being answered.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub approval_request_id: String,
    /// Whether the call may go ahead.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub approve: bool,
    /// Optional explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
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

/// A call to a tool of an MCP server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct McpToolCall {
    /// Always `mcp_call`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Server that ran the tool.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub server_label: String,
    /// Tool that was called.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub name: String,
    /// Arguments as a JSON-encoded string.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub arguments: String,
    /// What the tool returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// What went wrong, if the call failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<McpToolCallError>,
    /// Progress of the call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<McpToolCallStatus>,
    /// Approval request that authorised this call, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_request_id: Option<String>,
}

impl Default for McpToolCall {
    fn default() -> Self {
        Self {
            r#type: "mcp_call".to_owned(),
            id: Default::default(),
            server_label: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
            output: Default::default(),
            error: Default::default(),
            status: Default::default(),
            approval_request_id: Default::default(),
        }
    }
}

impl McpToolCall {
    /// Creates a value from its required fields (`id`, `server_label`, `name`, `arguments`); the rest start unset.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            server_label: server_label.into(),
            name: name.into(),
            arguments: arguments.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
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
        self.name = value.into();
        self
    }

    /// Sets `arguments`.
    #[must_use]
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = value.into();
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }

    /// Sets `error`.
    #[must_use]
    pub fn error(mut self, value: impl Into<McpToolCallError>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<McpToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `approval_request_id`.
    #[must_use]
    pub fn approval_request_id(mut self, value: impl Into<String>) -> Self {
        self.approval_request_id = Some(value.into());
        self
    }
}

/// Failure of an MCP tool call.
#[derive(Debug, Clone, PartialEq)]
pub enum McpToolCallError {
    /// The server broke the MCP protocol.
    McpProtocolError(McpProtocolError),
    /// The tool itself reported an error.
    McpToolExecutionError(McpToolExecutionError),
    /// The server answered with an HTTP error.
    HttpError(HttpError),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for McpToolCallError {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<McpProtocolError> for McpToolCallError {
    fn from(value: McpProtocolError) -> Self {
        Self::McpProtocolError(value)
    }
}

impl From<McpToolExecutionError> for McpToolCallError {
    fn from(value: McpToolExecutionError) -> Self {
        Self::McpToolExecutionError(value)
    }
}

impl From<HttpError> for McpToolCallError {
    fn from(value: HttpError) -> Self {
        Self::HttpError(value)
    }
}

impl Serialize for McpToolCallError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::McpProtocolError(value) => Serialize::serialize(value, serializer),
            Self::McpToolExecutionError(value) => Serialize::serialize(value, serializer),
            Self::HttpError(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for McpToolCallError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("mcp_protocol_error") => {
                codec::from_value(value).map(Self::McpProtocolError)
            }
            Some("mcp_tool_execution_error") => {
                codec::from_value(value).map(Self::McpToolExecutionError)
            }
            Some("http_error") => codec::from_value(value).map(Self::HttpError),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The server broke the MCP protocol.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct McpProtocolError {
    /// Always `mcp_protocol_error`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Protocol error code.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub code: i64,
    /// Explanation.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub message: String,
}

impl Default for McpProtocolError {
    fn default() -> Self {
        Self {
            r#type: "mcp_protocol_error".to_owned(),
            code: Default::default(),
            message: Default::default(),
        }
    }
}

impl McpProtocolError {
    /// Creates a value from its required fields (`code`, `message`); the rest start unset.
    #[must_use]
    pub fn new(code: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            ..Default::default()
        }
    }

    /// Sets `code`.
    #[must_use]
    pub fn code(mut self, value: impl Into<i64>) -> Self {
        self.code = value.into();
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
}

/// The tool itself reported an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct McpToolExecutionError {
    /// Always `mcp_tool_execution_error`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Error content returned by the tool.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub content: serde_json::Value,
}

impl Default for McpToolExecutionError {
    fn default() -> Self {
        Self {
            r#type: "mcp_tool_execution_error".to_owned(),
            content: Default::default(),
        }
    }
}

impl McpToolExecutionError {
    /// Creates a value from its required fields (`content`); the rest start unset.
    #[must_use]
    pub fn new(content: impl Into<serde_json::Value>) -> Self {
        Self {
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.content = value.into();
        self
    }
}

/// The server answered with an HTTP error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HttpError {
    /// Always `http_error`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// HTTP status code.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub code: i64,
    /// Explanation.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub message: String,
}

impl Default for HttpError {
    fn default() -> Self {
        Self {
            r#type: "http_error".to_owned(),
            code: Default::default(),
            message: Default::default(),
        }
    }
}

impl HttpError {
    /// Creates a value from its required fields (`code`, `message`); the rest start unset.
    #[must_use]
    pub fn new(code: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            ..Default::default()
        }
    }

    /// Sets `code`.
    #[must_use]
    pub fn code(mut self, value: impl Into<i64>) -> Self {
        self.code = value.into();
        self
    }

    /// Sets `message`.
    #[must_use]
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
}

/// Progress of the call.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum McpToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `calling`
    Calling,
    /// `failed`
    Failed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for McpToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl McpToolCallStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Calling => "calling",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for McpToolCallStatus {
    fn from(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "calling" => Self::Calling,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(McpToolCallStatus);

/// The model asks you to run one of your custom tools.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomToolCall {
    /// Always `custom_tool_call`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Id to quote in the matching output.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub call_id: String,
    /// Tool to run.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub name: String,
    /// Free-text input generated for the tool.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input: String,
}

impl Default for CustomToolCall {
    fn default() -> Self {
        Self {
            r#type: "custom_tool_call".to_owned(),
            id: Default::default(),
            call_id: Default::default(),
            name: Default::default(),
            input: Default::default(),
        }
    }
}

impl CustomToolCall {
    /// Creates a value from its required fields (`call_id`, `name`, `input`); the rest start unset.
    #[must_use]
    pub fn new(
        call_id: impl Into<String>,
        name: impl Into<String>,
        input: impl Into<String>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            name: name.into(),
            input: input.into(),
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

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<String>) -> Self {
        self.input = value.into();
        self
    }
}

/// The result of a custom tool call, sent back to the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomToolCallOutput {
    /// Always `custom_tool_call_output`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Item id, when replaying a stored item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `call_id` of the call this answers.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub call_id: String,
    /// The tool result.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
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

/// A tool result, as text or as a list of text, image and file parts.
#[derive(Debug, Clone, PartialEq)]
pub enum ToolCallOutputValue {
    /// A `String` value.
    String(String),
    /// An `Array` value.
    Array(Vec<InputContent>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ToolCallOutputValue {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ToolCallOutputValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ToolCallOutputValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<InputContent>> for ToolCallOutputValue {
    fn from(value: Vec<InputContent>) -> Self {
        Self::Array(value)
    }
}

impl Serialize for ToolCallOutputValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ToolCallOutputValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Points at an item that already exists on the server, by id.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemReferenceParam {
    /// Optionally `item_reference`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Id of the referenced item.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
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

/// Token accounting for a response.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseUsage {
    /// Tokens in the input.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input_tokens: i64,
    /// Breakdown of the input tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input_tokens_details: ResponseUsageInputTokensDetails,
    /// Tokens generated, reasoning included.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub output_tokens: i64,
    /// Breakdown of the output tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub output_tokens_details: ResponseUsageOutputTokensDetails,
    /// Input plus output tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub total_tokens: i64,
}

/// Breakdown of the input tokens.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseUsageInputTokensDetails {
    /// Input tokens served from the prompt cache.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub cached_tokens: i64,
    /// Input tokens written to the prompt cache.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub cache_write_tokens: i64,
}

/// Breakdown of the output tokens.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseUsageOutputTokensDetails {
    /// Tokens spent on hidden reasoning.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub reasoning_tokens: i64,
}

/// The conversation a response belongs to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseConversation {
    /// Conversation id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
}

/// Controls for reasoning models.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Reasoning {
    /// How hard the model thinks before answering.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effort: Option<ReasoningEffort>,
    /// Ask for a summary of the model's reasoning, at this level of detail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<ReasoningSummary>,
    /// Former name of `summary`.
    #[deprecated]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generate_summary: Option<ReasoningGenerateSummary>,
}

impl Reasoning {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `effort`.
    #[must_use]
    pub fn effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.effort = Some(value.into());
        self
    }

    /// Sets `summary`.
    #[must_use]
    pub fn summary(mut self, value: impl Into<ReasoningSummary>) -> Self {
        self.summary = Some(value.into());
        self
    }

    /// Sets `generate_summary`.
    #[deprecated]
    #[must_use]
    pub fn generate_summary(
        mut self,
        value: impl Into<ReasoningGenerateSummary>,
    ) -> Self {
        self.generate_summary = Some(value.into());
        self
    }
}

/// Ask for a summary of the model's reasoning, at this level of detail.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReasoningSummary {
    /// `auto`
    Auto,
    /// `concise`
    Concise,
    /// `detailed`
    Detailed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ReasoningSummary {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ReasoningSummary {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Concise => "concise",
            Self::Detailed => "detailed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ReasoningSummary {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "concise" => Self::Concise,
            "detailed" => Self::Detailed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ReasoningSummary);

/// Former name of `summary`.
#[deprecated]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReasoningGenerateSummary {
    /// `auto`
    Auto,
    /// `concise`
    Concise,
    /// `detailed`
    Detailed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ReasoningGenerateSummary {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ReasoningGenerateSummary {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Concise => "concise",
            Self::Detailed => "detailed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ReasoningGenerateSummary {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "concise" => Self::Concise,
            "detailed" => Self::Detailed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ReasoningGenerateSummary);

/// Settings for the text the model writes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponseTextParam {
    /// Shape of the text output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<TextResponseFormatConfiguration>,
    /// How detailed the answer should be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verbosity: Option<Verbosity>,
}

impl ResponseTextParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(mut self, value: impl Into<TextResponseFormatConfiguration>) -> Self {
        self.format = Some(value.into());
        self
    }

    /// Sets `verbosity`.
    #[must_use]
    pub fn verbosity(mut self, value: impl Into<Verbosity>) -> Self {
        self.verbosity = Some(value.into());
        self
    }
}

/// Shape of the text output: free text (default), JSON that follows a
/// given schema (Structured Outputs), or any JSON object.
#[derive(Debug, Clone, PartialEq)]
pub enum TextResponseFormatConfiguration {
    /// Plain text output.
    Text(ResponseFormatText),
    /// Structured Outputs for the Responses API; the schema fields sit directly in the format object.
    JsonSchema(TextResponseFormatJsonSchema),
    /// Output is any valid JSON object (older JSON mode; prefer JSON schema).
    JsonObject(ResponseFormatJsonObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for TextResponseFormatConfiguration {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ResponseFormatText> for TextResponseFormatConfiguration {
    fn from(value: ResponseFormatText) -> Self {
        Self::Text(value)
    }
}

impl From<TextResponseFormatJsonSchema> for TextResponseFormatConfiguration {
    fn from(value: TextResponseFormatJsonSchema) -> Self {
        Self::JsonSchema(value)
    }
}

impl From<ResponseFormatJsonObject> for TextResponseFormatConfiguration {
    fn from(value: ResponseFormatJsonObject) -> Self {
        Self::JsonObject(value)
    }
}

impl Serialize for TextResponseFormatConfiguration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::JsonSchema(value) => Serialize::serialize(value, serializer),
            Self::JsonObject(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for TextResponseFormatConfiguration {
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

/// Structured Outputs for the Responses API; the schema fields sit directly in the format object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TextResponseFormatJsonSchema {
    /// Always `json_schema`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Name of the format (letters, digits, underscores and dashes).
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub name: String,
    /// What the output represents, to guide the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// JSON Schema the output must follow.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub schema: ResponseFormatJsonSchemaSchema,
    /// Enforce the schema exactly (which limits the JSON Schema features you may use).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}

impl Default for TextResponseFormatJsonSchema {
    fn default() -> Self {
        Self {
            r#type: "json_schema".to_owned(),
            name: Default::default(),
            description: Default::default(),
            schema: Default::default(),
            strict: Default::default(),
        }
    }
}

impl TextResponseFormatJsonSchema {
    /// Creates a value from its required fields (`name`, `schema`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        schema: impl Into<ResponseFormatJsonSchemaSchema>,
    ) -> Self {
        Self {
            name: name.into(),
            schema: schema.into(),
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
        self.schema = value.into();
        self
    }

    /// Sets `strict`.
    #[must_use]
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}

/// How long and detailed the model's answer should be.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verbosity {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for Verbosity {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl Verbosity {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for Verbosity {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(Verbosity);

/// Truncation strategy that applied.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponseTruncation {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ResponseTruncation {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ResponseTruncation {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Disabled => "disabled",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ResponseTruncation {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ResponseTruncation);

/// Processing tier for a response: `auto`, `default`, `flex`, `scale`,
/// `priority`, `fast` or `ultrafast`. Responses echo the tier actually used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServiceTierResponses {
    /// `auto`
    Auto,
    /// `default`
    Default,
    /// `flex`
    Flex,
    /// `scale`
    Scale,
    /// `priority`
    Priority,
    /// `fast`
    Fast,
    /// `ultrafast`
    Ultrafast,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ServiceTierResponses {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ServiceTierResponses {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Default => "default",
            Self::Flex => "flex",
            Self::Scale => "scale",
            Self::Priority => "priority",
            Self::Fast => "fast",
            Self::Ultrafast => "ultrafast",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ServiceTierResponses {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default" => Self::Default,
            "flex" => Self::Flex,
            "scale" => Self::Scale,
            "priority" => Self::Priority,
            "fast" => Self::Fast,
            "ultrafast" => Self::Ultrafast,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ServiceTierResponses);

/// A reusable prompt template stored in the dashboard, with values for its variables.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prompt {
    /// Id of the prompt template.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Template version; the current one when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Values for the template variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variables: Option<ResponsePromptVariables>,
}

impl Prompt {
    /// Creates a value from its required fields (`id`); the rest start unset.
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `version`.
    #[must_use]
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }

    /// Sets `variables`.
    #[must_use]
    pub fn variables(mut self, value: impl Into<ResponsePromptVariables>) -> Self {
        self.variables = Some(value.into());
        self
    }
}

/// Values substituted into the template, by variable name.
pub type ResponsePromptVariables = BTreeMap<String, PromptVariableValue>;

/// A template variable value, as text or as an input content part.
#[derive(Debug, Clone, PartialEq)]
pub enum PromptVariableValue {
    /// A `String` value.
    String(String),
    /// One part of an input message.
    InputContent(InputContent),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for PromptVariableValue {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for PromptVariableValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for PromptVariableValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<InputContent> for PromptVariableValue {
    fn from(value: InputContent) -> Self {
        Self::InputContent(value)
    }
}

impl Serialize for PromptVariableValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::InputContent(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for PromptVariableValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::InputContent)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Cache retention policy sent with the request.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponsePromptCacheRetention {
    /// `in_memory`
    InMemory,
    /// `24h`
    V24h,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ResponsePromptCacheRetention {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ResponsePromptCacheRetention {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InMemory => "in_memory",
            Self::V24h => "24h",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ResponsePromptCacheRetention {
    fn from(value: &str) -> Self {
        match value {
            "in_memory" => Self::InMemory,
            "24h" => Self::V24h,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ResponsePromptCacheRetention);
