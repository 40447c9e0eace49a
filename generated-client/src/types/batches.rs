// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `batches` operations.
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

use serde::{Deserialize, Serialize};
use crate::types::*;

/// Body of `POST /batches`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CreateBatchRequest {
    /// Id of an uploaded JSONL file (purpose `batch`), one request per line.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input_file_id: String,
    /// Endpoint every request in the file is sent to.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub endpoint: CreateBatchRequestEndpoint,
    /// Time within which the batch is processed; currently only `24h`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub completion_window: String,
    /// Up to 16 key/value string pairs for your own use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// When the output and error files expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_expires_after: Option<BatchFileExpirationAfter>,
}

impl Default for CreateBatchRequest {
    fn default() -> Self {
        Self {
            input_file_id: Default::default(),
            endpoint: Default::default(),
            completion_window: "24h".to_owned(),
            metadata: Default::default(),
            output_expires_after: Default::default(),
        }
    }
}

impl CreateBatchRequest {
    /// Creates a value from its required fields (`input_file_id`, `endpoint`); the rest start unset.
    #[must_use]
    pub fn new(
        input_file_id: impl Into<String>,
        endpoint: impl Into<CreateBatchRequestEndpoint>,
    ) -> Self {
        Self {
            input_file_id: input_file_id.into(),
            endpoint: endpoint.into(),
            ..Default::default()
        }
    }

    /// Sets `input_file_id`.
    #[must_use]
    pub fn input_file_id(mut self, value: impl Into<String>) -> Self {
        self.input_file_id = value.into();
        self
    }

    /// Sets `endpoint`.
    #[must_use]
    pub fn endpoint(mut self, value: impl Into<CreateBatchRequestEndpoint>) -> Self {
        self.endpoint = value.into();
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Sets `output_expires_after`.
    #[must_use]
    pub fn output_expires_after(
        mut self,
        value: impl Into<BatchFileExpirationAfter>,
    ) -> Self {
        self.output_expires_after = Some(value.into());
        self
    }
}

/// Endpoint every request in the file is sent to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateBatchRequestEndpoint {
    /// `/v1/responses`
    V1Responses,
    /// `/v1/chat/completions`
    V1ChatCompletions,
    /// `/v1/embeddings`
    V1Embeddings,
    /// `/v1/completions`
    V1Completions,
    /// `/v1/moderations`
    V1Moderations,
    /// `/v1/images/generations`
    V1ImagesGenerations,
    /// `/v1/images/edits`
    V1ImagesEdits,
    /// `/v1/videos`
    V1Videos,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateBatchRequestEndpoint {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateBatchRequestEndpoint {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1Responses => "/v1/responses",
            Self::V1ChatCompletions => "/v1/chat/completions",
            Self::V1Embeddings => "/v1/embeddings",
            Self::V1Completions => "/v1/completions",
            Self::V1Moderations => "/v1/moderations",
            Self::V1ImagesGenerations => "/v1/images/generations",
            Self::V1ImagesEdits => "/v1/images/edits",
            Self::V1Videos => "/v1/videos",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateBatchRequestEndpoint {
    fn from(value: &str) -> Self {
        match value {
            "/v1/responses" => Self::V1Responses,
            "/v1/chat/completions" => Self::V1ChatCompletions,
            "/v1/embeddings" => Self::V1Embeddings,
            "/v1/completions" => Self::V1Completions,
            "/v1/moderations" => Self::V1Moderations,
            "/v1/images/generations" => Self::V1ImagesGenerations,
            "/v1/images/edits" => Self::V1ImagesEdits,
            "/v1/videos" => Self::V1Videos,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateBatchRequestEndpoint);

/// Expiration policy for the output and error files of a batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BatchFileExpirationAfter {
    /// Time the countdown starts from; only `created_at`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub anchor: String,
    /// Lifetime in seconds, between one hour and 30 days.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub seconds: i64,
}

impl Default for BatchFileExpirationAfter {
    fn default() -> Self {
        Self {
            anchor: "created_at".to_owned(),
            seconds: Default::default(),
        }
    }
}

impl BatchFileExpirationAfter {
    /// Creates a value from its required fields (`seconds`); the rest start unset.
    #[must_use]
    pub fn new(seconds: impl Into<i64>) -> Self {
        Self {
            seconds: seconds.into(),
            ..Default::default()
        }
    }

    /// Sets `seconds`.
    #[must_use]
    pub fn seconds(mut self, value: impl Into<i64>) -> Self {
        self.seconds = value.into();
        self
    }
}

/// Query and header parameters of `ListBatches`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListBatchesParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
}

impl ListBatchesParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}

/// A page of batches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListBatchesResponse {
    /// Always `list`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// The batches on this page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub data: Vec<Batch>,
    /// Id of the first batch on the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    /// Id of the last batch on the page; pass it as `after` for the next page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    /// Whether more batches follow.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub has_more: bool,
}

impl Default for ListBatchesResponse {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            first_id: Default::default(),
            last_id: Default::default(),
            has_more: Default::default(),
        }
    }
}

impl crate::runtime::Page for ListBatchesResponse {
    type Item = Batch;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<Batch> {
        self.data
    }
}

/// A batch of asynchronous requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Batch {
    /// Batch id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `batch`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Endpoint the requests go to.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub endpoint: String,
    /// Model used by the requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Problems found while validating the input file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BatchErrors>,
    /// Input file id.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input_file_id: String,
    /// Processing window.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub completion_window: String,
    /// Where the batch is in its lifecycle.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub status: BatchStatus,
    /// File with the successful results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_file_id: Option<String>,
    /// File with the failed requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_file_id: Option<String>,
    /// Creation time.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub created_at: i64,
    /// Time processing started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_progress_at: Option<i64>,
    /// Time the batch expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Time finalisation started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finalizing_at: Option<i64>,
    /// Time the batch completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<i64>,
    /// Time the batch failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failed_at: Option<i64>,
    /// Time the batch expired.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expired_at: Option<i64>,
    /// Time cancellation was requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelling_at: Option<i64>,
    /// Time the batch was cancelled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<i64>,
    /// Progress counters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_counts: Option<BatchRequestCounts>,
    /// Tokens consumed by the batch (Responses and Chat batches).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<BatchUsage>,
    /// Up to 16 key/value string pairs for your own use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

impl Default for Batch {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "batch".to_owned(),
            endpoint: Default::default(),
            model: Default::default(),
            errors: Default::default(),
            input_file_id: Default::default(),
            completion_window: Default::default(),
            status: Default::default(),
            output_file_id: Default::default(),
            error_file_id: Default::default(),
            created_at: Default::default(),
            in_progress_at: Default::default(),
            expires_at: Default::default(),
            finalizing_at: Default::default(),
            completed_at: Default::default(),
            failed_at: Default::default(),
            expired_at: Default::default(),
            cancelling_at: Default::default(),
            cancelled_at: Default::default(),
            request_counts: Default::default(),
            usage: Default::default(),
            metadata: Default::default(),
        }
    }
}

/// Problems found while validating the input file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BatchErrors {
    /// Always `list`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The problems.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<BatchError>>,
}

/// A problem with one line of the input file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BatchError {
    /// Error code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Offending parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    /// Line number in the input file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<i64>,
}

/// Where the batch is in its lifecycle.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BatchStatus {
    /// `validating`
    Validating,
    /// `failed`
    Failed,
    /// `in_progress`
    InProgress,
    /// `finalizing`
    Finalizing,
    /// `completed`
    Completed,
    /// `expired`
    Expired,
    /// `cancelling`
    Cancelling,
    /// `cancelled`
    Cancelled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for BatchStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl BatchStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Validating => "validating",
            Self::Failed => "failed",
            Self::InProgress => "in_progress",
            Self::Finalizing => "finalizing",
            Self::Completed => "completed",
            Self::Expired => "expired",
            Self::Cancelling => "cancelling",
            Self::Cancelled => "cancelled",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for BatchStatus {
    fn from(value: &str) -> Self {
        match value {
            "validating" => Self::Validating,
            "failed" => Self::Failed,
            "in_progress" => Self::InProgress,
            "finalizing" => Self::Finalizing,
            "completed" => Self::Completed,
            "expired" => Self::Expired,
            "cancelling" => Self::Cancelling,
            "cancelled" => Self::Cancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(BatchStatus);

/// Progress counters of a batch.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BatchRequestCounts {
    /// Requests in the batch.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub total: i64,
    /// Requests that succeeded.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub completed: i64,
    /// Requests that failed.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub failed: i64,
}

/// Tokens consumed by the batch (Responses and Chat batches).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BatchUsage {
    /// Input tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input_tokens: i64,
    /// Breakdown of input tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input_tokens_details: BatchUsageInputTokensDetails,
    /// Output tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub output_tokens: i64,
    /// Breakdown of output tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub output_tokens_details: BatchUsageOutputTokensDetails,
    /// Input plus output tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub total_tokens: i64,
}

/// Breakdown of input tokens.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BatchUsageInputTokensDetails {
    /// Tokens served from the cache.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub cached_tokens: i64,
}

/// Breakdown of output tokens.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BatchUsageOutputTokensDetails {
    /// Reasoning tokens.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub reasoning_tokens: i64,
}
