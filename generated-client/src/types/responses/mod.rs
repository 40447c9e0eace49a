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

#[cfg(any(feature = "realtime_api", feature = "responses"))]
use std::collections::BTreeMap;
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
use crate::runtime::codec;

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses"
    )
)]
use crate::types::*;

#[cfg(feature = "responses")]
mod beta;
#[cfg(feature = "responses")]
mod events;
#[cfg(any(feature = "conversations", feature = "responses"))]
mod function_call_output_param_values;
#[cfg(feature = "responses")]
mod input_items;
#[cfg(any(feature = "conversations", feature = "responses"))]
mod inputs;
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
mod items;

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses",
        feature = "vector_stores"
    )
)]
mod output_items;
#[cfg(any(feature = "conversations", feature = "responses"))]
mod outputs;
#[cfg(any(feature = "realtime_api", feature = "responses"))]
mod tool_choice;

#[cfg(
    any(
        feature = "evals",
        feature = "images",
        feature = "realtime_api",
        feature = "responses",
        feature = "vector_stores"
    )
)]
mod tools;

#[cfg(feature = "responses")]
pub use beta::*;
#[cfg(feature = "responses")]
pub use events::*;
#[cfg(any(feature = "conversations", feature = "responses"))]
pub use function_call_output_param_values::*;
#[cfg(feature = "responses")]
pub use input_items::*;
#[cfg(any(feature = "conversations", feature = "responses"))]
pub use inputs::*;
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
pub use items::*;

#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "realtime_api",
        feature = "responses",
        feature = "vector_stores"
    )
)]
pub use output_items::*;
#[cfg(any(feature = "conversations", feature = "responses"))]
pub use outputs::*;
#[cfg(any(feature = "realtime_api", feature = "responses"))]
pub use tool_choice::*;

#[cfg(
    any(
        feature = "evals",
        feature = "images",
        feature = "realtime_api",
        feature = "responses",
        feature = "vector_stores"
    )
)]
pub use tools::*;

/// Ordered parts that make up a message.
#[cfg(any(feature = "conversations", feature = "evals", feature = "responses"))]
pub type InputMessageContentList = Vec<InputContent>;

/// A model response, as returned by create, retrieve and cancel, and inside lifecycle stream events.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// Unique id of the response (`resp_...`).
    pub id: String,
    /// Always `response`.
    pub object: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: f64,
    /// Time the response finished, when it has.
    pub completed_at: Option<f64>,
    /// Where the response is in its lifecycle.
    pub status: Option<ResponseStatus>,
    /// Why the response failed; null unless it did.
    pub error: Option<ResponseError>,
    /// Why the response stopped early, when its status is `incomplete`.
    pub incomplete_details: Option<ResponseIncompleteDetails>,
    /// Model that produced the response.
    pub model: String,
    /// The instructions that were in effect, as text or as input items.
    pub instructions: Option<ResponseInstructions>,
    /// Items the model produced, in order (messages, tool calls, reasoning...).
    pub output: Vec<OutputItem>,
    /// Convenience concatenation of all output text, when provided.
    pub output_text: Option<String>,
    /// Token usage.
    pub usage: Option<ResponseUsage>,
    /// Tools the model may call.
    pub tools: ToolsArray,
    /// How the model picks tools.
    pub tool_choice: ToolChoiceParam,
    /// Whether several tool calls could be made in one turn.
    pub parallel_tool_calls: bool,
    /// Limit on built-in tool calls that applied.
    pub max_tool_calls: Option<i64>,
    /// Output token cap that applied.
    pub max_output_tokens: Option<i64>,
    /// Sampling temperature that was used.
    pub temperature: Option<f64>,
    /// Nucleus sampling value that was used.
    pub top_p: Option<f64>,
    /// Number of alternative tokens reported per position.
    pub top_logprobs: Option<i64>,
    /// Response this one continued from.
    pub previous_response_id: Option<String>,
    /// Conversation the response was added to.
    pub conversation: Option<ResponseConversation>,
    /// Reasoning settings that applied.
    pub reasoning: Option<Reasoning>,
    /// Format and verbosity of text output.
    pub text: Option<ResponseTextParam>,
    /// Truncation strategy that applied.
    pub truncation: Option<ResponseTruncation>,
    /// Whether the response ran in the background.
    pub background: Option<bool>,
    /// Whether the response is kept, so that it can be retrieved later or continued with `previous_response_id`.
    pub store: Option<bool>,
    /// Processing tier requested or used.
    pub service_tier: Option<ServiceTierResponses>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Stored prompt template and its variables.
    pub prompt: Option<Prompt>,
    /// Cache grouping key sent with the request.
    pub prompt_cache_key: Option<String>,
    /// Cache retention policy sent with the request.
    pub prompt_cache_retention: Option<ResponsePromptCacheRetention>,
    /// End-user identifier sent with the request.
    pub safety_identifier: Option<String>,
    /// Legacy end-user identifier sent with the request.
    #[deprecated]
    pub user: Option<String>,
}

#[cfg(feature = "responses")]
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
            store: Default::default(),
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

#[cfg(feature = "responses")]
impl Serialize for Response {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        codec::optional_entry(&mut map, "completed_at", &self.completed_at)?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        map.serialize_entry("error", &self.error)?;
        map.serialize_entry("incomplete_details", &self.incomplete_details)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("instructions", &self.instructions)?;
        map.serialize_entry("output", &self.output)?;
        codec::optional_entry(&mut map, "output_text", &self.output_text)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        map.serialize_entry("tools", &self.tools)?;
        map.serialize_entry("tool_choice", &self.tool_choice)?;
        map.serialize_entry("parallel_tool_calls", &self.parallel_tool_calls)?;
        codec::optional_entry(&mut map, "max_tool_calls", &self.max_tool_calls)?;
        codec::optional_entry(&mut map, "max_output_tokens", &self.max_output_tokens)?;
        map.serialize_entry("temperature", &self.temperature)?;
        map.serialize_entry("top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "top_logprobs", &self.top_logprobs)?;
        codec::optional_entry(
            &mut map,
            "previous_response_id",
            &self.previous_response_id,
        )?;
        codec::optional_entry(&mut map, "conversation", &self.conversation)?;
        codec::optional_entry(&mut map, "reasoning", &self.reasoning)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        codec::optional_entry(&mut map, "truncation", &self.truncation)?;
        codec::optional_entry(&mut map, "background", &self.background)?;
        codec::optional_entry(&mut map, "store", &self.store)?;
        codec::optional_entry(&mut map, "service_tier", &self.service_tier)?;
        map.serialize_entry("metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        codec::optional_entry(&mut map, "prompt_cache_key", &self.prompt_cache_key)?;
        codec::optional_entry(
            &mut map,
            "prompt_cache_retention",
            &self.prompt_cache_retention,
        )?;
        codec::optional_entry(&mut map, "safety_identifier", &self.safety_identifier)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for Response {
    const EXPECTING: &'static str = "a `Response` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "completed_at" => self.completed_at = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "error" => self.error = map.next_value()?,
            "incomplete_details" => self.incomplete_details = map.next_value()?,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "instructions" => self.instructions = map.next_value()?,
            "output" => self.output = map.next_value::<codec::Lenient<_>>()?.0,
            "output_text" => self.output_text = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            "tools" => self.tools = map.next_value::<codec::Lenient<_>>()?.0,
            "tool_choice" => self.tool_choice = map.next_value::<codec::Lenient<_>>()?.0,
            "parallel_tool_calls" => {
                self.parallel_tool_calls = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "max_tool_calls" => self.max_tool_calls = map.next_value()?,
            "max_output_tokens" => self.max_output_tokens = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "top_logprobs" => self.top_logprobs = map.next_value()?,
            "previous_response_id" => self.previous_response_id = map.next_value()?,
            "conversation" => self.conversation = map.next_value()?,
            "reasoning" => self.reasoning = map.next_value()?,
            "text" => self.text = map.next_value()?,
            "truncation" => self.truncation = map.next_value()?,
            "background" => self.background = map.next_value()?,
            "store" => self.store = map.next_value()?,
            "service_tier" => self.service_tier = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            "prompt_cache_key" => self.prompt_cache_key = map.next_value()?,
            "prompt_cache_retention" => self.prompt_cache_retention = map.next_value()?,
            "safety_identifier" => self.safety_identifier = map.next_value()?,
            "user" => self.user = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for Response {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Where the response is in its lifecycle.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
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
#[cfg(feature = "responses")]
impl Default for ResponseStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ResponseStatus);

/// Why the response failed; null unless the status is `failed`.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseError {
    /// Category of the failure.
    pub code: ResponseErrorCode,
    /// Explanation of the failure.
    pub message: String,
}

#[cfg(feature = "responses")]
impl Serialize for ResponseError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ResponseError {
    const EXPECTING: &'static str = "a `ResponseError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code" => self.code = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Category of a response failure.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
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
#[cfg(feature = "responses")]
impl Default for ResponseErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ResponseErrorCode);

/// Why the response stopped early, when its status is `incomplete`.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseIncompleteDetails {
    /// The limit that was hit.
    pub reason: Option<ResponseIncompleteDetailsReason>,
}

#[cfg(feature = "responses")]
impl Serialize for ResponseIncompleteDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "reason", &self.reason)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ResponseIncompleteDetails {
    const EXPECTING: &'static str = "a `ResponseIncompleteDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reason" => self.reason = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseIncompleteDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The limit that was hit.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
pub enum ResponseIncompleteDetailsReason {
    /// `max_output_tokens`
    MaxOutputTokens,
    /// `content_filter`
    ContentFilter,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for ResponseIncompleteDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
impl From<&str> for ResponseIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        match value {
            "max_output_tokens" => Self::MaxOutputTokens,
            "content_filter" => Self::ContentFilter,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ResponseIncompleteDetailsReason);

/// The instructions that were in effect, as text or as input items.
#[cfg(feature = "responses")]
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
#[cfg(feature = "responses")]
impl Default for ResponseInstructions {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(feature = "responses")]
impl From<String> for ResponseInstructions {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(feature = "responses")]
impl From<&str> for ResponseInstructions {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(feature = "responses")]
impl From<Vec<InputItem>> for ResponseInstructions {
    fn from(value: Vec<InputItem>) -> Self {
        Self::Array(value)
    }
}

#[cfg(feature = "responses")]
impl Serialize for ResponseInstructions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "responses")]
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

/// Token accounting for a response.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseUsage {
    /// Tokens in the input.
    pub input_tokens: i64,
    /// Breakdown of the input tokens.
    pub input_tokens_details: ResponseUsageInputTokensDetails,
    /// Tokens generated, reasoning included.
    pub output_tokens: i64,
    /// Breakdown of the output tokens.
    pub output_tokens_details: ResponseUsageOutputTokensDetails,
    /// Input plus output tokens.
    pub total_tokens: i64,
}

#[cfg(feature = "responses")]
impl Serialize for ResponseUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("input_tokens", &self.input_tokens)?;
        map.serialize_entry("input_tokens_details", &self.input_tokens_details)?;
        map.serialize_entry("output_tokens", &self.output_tokens)?;
        map.serialize_entry("output_tokens_details", &self.output_tokens_details)?;
        map.serialize_entry("total_tokens", &self.total_tokens)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ResponseUsage {
    const EXPECTING: &'static str = "a `ResponseUsage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input_tokens" => {
                self.input_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "input_tokens_details" => {
                self.input_tokens_details = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_tokens" => {
                self.output_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_tokens_details" => {
                self.output_tokens_details = map.next_value::<codec::Lenient<_>>()?.0;
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

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of the input tokens.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseUsageInputTokensDetails {
    /// Input tokens served from the prompt cache.
    pub cached_tokens: i64,
    /// Input tokens written to the prompt cache.
    pub cache_write_tokens: i64,
}

#[cfg(feature = "responses")]
impl Serialize for ResponseUsageInputTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("cached_tokens", &self.cached_tokens)?;
        map.serialize_entry("cache_write_tokens", &self.cache_write_tokens)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ResponseUsageInputTokensDetails {
    const EXPECTING: &'static str = "a `ResponseUsageInputTokensDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cached_tokens" => {
                self.cached_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "cache_write_tokens" => {
                self.cache_write_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseUsageInputTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of the output tokens.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseUsageOutputTokensDetails {
    /// Tokens spent on hidden reasoning.
    pub reasoning_tokens: i64,
}

#[cfg(feature = "responses")]
impl Serialize for ResponseUsageOutputTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("reasoning_tokens", &self.reasoning_tokens)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ResponseUsageOutputTokensDetails {
    const EXPECTING: &'static str = "a `ResponseUsageOutputTokensDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reasoning_tokens" => {
                self.reasoning_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseUsageOutputTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The conversation a response belongs to.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseConversation {
    /// Conversation id.
    pub id: String,
}

#[cfg(feature = "responses")]
impl Serialize for ResponseConversation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ResponseConversation {
    const EXPECTING: &'static str = "a `ResponseConversation` object";
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

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseConversation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Controls for reasoning models.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reasoning {
    /// How hard the model thinks before answering.
    pub effort: Option<ReasoningEffort>,
    /// Ask for a summary of the model's reasoning, at this level of detail.
    pub summary: Option<ReasoningSummary>,
    /// Former name of `summary`.
    #[deprecated]
    pub generate_summary: Option<ReasoningGenerateSummary>,
}

#[cfg(feature = "responses")]
impl Serialize for Reasoning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "effort", &self.effort)?;
        codec::optional_entry(&mut map, "summary", &self.summary)?;
        codec::optional_entry(&mut map, "generate_summary", &self.generate_summary)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for Reasoning {
    const EXPECTING: &'static str = "a `Reasoning` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "effort" => self.effort = map.next_value()?,
            "summary" => self.summary = map.next_value()?,
            "generate_summary" => self.generate_summary = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for Reasoning {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
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
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
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
#[cfg(feature = "responses")]
impl Default for ReasoningSummary {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ReasoningSummary);

/// Former name of `summary`.
#[cfg(feature = "responses")]
#[deprecated]
#[derive(Debug, Clone)]
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
#[cfg(feature = "responses")]
impl Default for ReasoningGenerateSummary {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ReasoningGenerateSummary);

/// Settings for the text the model writes.
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseTextParam {
    /// Shape of the text output.
    pub format: Option<TextResponseFormatConfiguration>,
    /// How detailed the answer should be.
    pub verbosity: Option<Verbosity>,
}

#[cfg(feature = "responses")]
impl Serialize for ResponseTextParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        codec::optional_entry(&mut map, "verbosity", &self.verbosity)?;
        map.end()
    }
}

#[cfg(feature = "responses")]
impl codec::ObjectFields for ResponseTextParam {
    const EXPECTING: &'static str = "a `ResponseTextParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            "verbosity" => self.verbosity = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseTextParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "responses")]
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
#[cfg(any(feature = "evals", feature = "responses"))]
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
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for TextResponseFormatConfiguration {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<ResponseFormatText> for TextResponseFormatConfiguration {
    fn from(value: ResponseFormatText) -> Self {
        Self::Text(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<TextResponseFormatJsonSchema> for TextResponseFormatConfiguration {
    fn from(value: TextResponseFormatJsonSchema) -> Self {
        Self::JsonSchema(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<ResponseFormatJsonObject> for TextResponseFormatConfiguration {
    fn from(value: ResponseFormatJsonObject) -> Self {
        Self::JsonObject(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
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

#[cfg(any(feature = "evals", feature = "responses"))]
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
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct TextResponseFormatJsonSchema {
    /// Always `json_schema`.
    pub r#type: String,
    /// Name of the format (letters, digits, underscores and dashes).
    pub name: String,
    /// What the output represents, to guide the model.
    pub description: Option<String>,
    /// JSON Schema the output must follow.
    pub schema: ResponseFormatJsonSchemaSchema,
    /// Enforce the schema exactly (which limits the JSON Schema features you may use).
    pub strict: Option<bool>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
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

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for TextResponseFormatJsonSchema {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        map.serialize_entry("schema", &self.schema)?;
        codec::optional_entry(&mut map, "strict", &self.strict)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for TextResponseFormatJsonSchema {
    const EXPECTING: &'static str = "a `TextResponseFormatJsonSchema` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            "schema" => self.schema = map.next_value::<codec::Lenient<_>>()?.0,
            "strict" => self.strict = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for TextResponseFormatJsonSchema {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
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
#[cfg(any(feature = "chat", feature = "responses"))]
#[derive(Debug, Clone)]
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
#[cfg(any(feature = "chat", feature = "responses"))]
impl Default for Verbosity {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "chat", feature = "responses"))]
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

#[cfg(any(feature = "chat", feature = "responses"))]
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

#[cfg(any(feature = "chat", feature = "responses"))]
crate::runtime::string_enum_traits!(Verbosity);

/// Truncation strategy that applied.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
pub enum ResponseTruncation {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for ResponseTruncation {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
impl From<&str> for ResponseTruncation {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ResponseTruncation);

/// Processing tier for a response: `auto`, `default`, `flex`, `scale`,
/// `priority`, `fast` or `ultrafast`. Responses echo the tier actually used.
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
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
#[cfg(feature = "responses")]
impl Default for ServiceTierResponses {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ServiceTierResponses);

/// A reusable prompt template stored in the dashboard, with values for its variables.
#[cfg(any(feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Prompt {
    /// Id of the prompt template.
    pub id: String,
    /// Template version; the current one when absent.
    pub version: Option<String>,
    /// Values for the template variables.
    pub variables: Option<ResponsePromptVariables>,
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl Serialize for Prompt {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "version", &self.version)?;
        codec::optional_entry(&mut map, "variables", &self.variables)?;
        map.end()
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl codec::ObjectFields for Prompt {
    const EXPECTING: &'static str = "a `Prompt` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "version" => self.version = map.next_value()?,
            "variables" => self.variables = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl<'de> Deserialize<'de> for Prompt {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
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
    pub fn variables<K: Into<String>, V: Into<PromptVariableValue>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.variables = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}

/// Values substituted into the template, by variable name.
#[cfg(any(feature = "realtime_api", feature = "responses"))]
pub type ResponsePromptVariables = BTreeMap<String, PromptVariableValue>;

/// A template variable value, as text or as an input content part.
#[cfg(any(feature = "realtime_api", feature = "responses"))]
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
#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl Default for PromptVariableValue {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl From<String> for PromptVariableValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl From<&str> for PromptVariableValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl From<InputContent> for PromptVariableValue {
    fn from(value: InputContent) -> Self {
        Self::InputContent(value)
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
impl Serialize for PromptVariableValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::InputContent(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "realtime_api", feature = "responses"))]
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
#[cfg(feature = "responses")]
#[derive(Debug, Clone)]
pub enum ResponsePromptCacheRetention {
    /// `in_memory`
    InMemory,
    /// `24h`
    V24h,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(feature = "responses")]
impl Default for ResponsePromptCacheRetention {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(feature = "responses")]
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

#[cfg(feature = "responses")]
impl From<&str> for ResponsePromptCacheRetention {
    fn from(value: &str) -> Self {
        match value {
            "in_memory" => Self::InMemory,
            "24h" => Self::V24h,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(feature = "responses")]
crate::runtime::string_enum_traits!(ResponsePromptCacheRetention);
