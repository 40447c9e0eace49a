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

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;
use crate::types::*;

/// Body of `POST /batches`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBatchRequest {
    /// Id of an uploaded JSONL file (purpose `batch`), one request per line.
    pub input_file_id: String,
    /// Endpoint every request in the file is sent to.
    pub endpoint: CreateBatchRequestEndpoint,
    /// Time within which the batch is processed; currently only `24h`.
    pub completion_window: String,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// When the output and error files expire.
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

impl Serialize for CreateBatchRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("input_file_id", &self.input_file_id)?;
        map.serialize_entry("endpoint", &self.endpoint)?;
        map.serialize_entry("completion_window", &self.completion_window)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(
            &mut map,
            "output_expires_after",
            &self.output_expires_after,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for CreateBatchRequest {
    const EXPECTING: &'static str = "a `CreateBatchRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input_file_id" => {
                self.input_file_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "endpoint" => self.endpoint = map.next_value::<codec::Lenient<_>>()?.0,
            "completion_window" => {
                self.completion_window = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "metadata" => self.metadata = map.next_value()?,
            "output_expires_after" => self.output_expires_after = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateBatchRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
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
    pub fn metadata<K: Into<String>, V: Into<String>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.metadata = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct BatchFileExpirationAfter {
    /// Time the countdown starts from; only `created_at`.
    pub anchor: String,
    /// Lifetime in seconds, between one hour and 30 days.
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

impl Serialize for BatchFileExpirationAfter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("anchor", &self.anchor)?;
        map.serialize_entry("seconds", &self.seconds)?;
        map.end()
    }
}

impl codec::ObjectFields for BatchFileExpirationAfter {
    const EXPECTING: &'static str = "a `BatchFileExpirationAfter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "anchor" => self.anchor = map.next_value::<codec::Lenient<_>>()?.0,
            "seconds" => self.seconds = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for BatchFileExpirationAfter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
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
#[derive(Debug, Clone, PartialEq)]
pub struct ListBatchesResponse {
    /// Always `list`.
    pub object: String,
    /// The batches on this page.
    pub data: Vec<Batch>,
    /// Id of the first batch on the page.
    pub first_id: Option<String>,
    /// Id of the last batch on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more batches follow.
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

impl Serialize for ListBatchesResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        codec::optional_entry(&mut map, "first_id", &self.first_id)?;
        codec::optional_entry(&mut map, "last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

impl codec::ObjectFields for ListBatchesResponse {
    const EXPECTING: &'static str = "a `ListBatchesResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value()?,
            "last_id" => self.last_id = map.next_value()?,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListBatchesResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
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
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// Batch id.
    pub id: String,
    /// Always `batch`.
    pub object: String,
    /// Endpoint the requests go to.
    pub endpoint: String,
    /// Model used by the requests.
    pub model: Option<String>,
    /// Problems found while validating the input file.
    pub errors: Option<BatchErrors>,
    /// Input file id.
    pub input_file_id: String,
    /// Processing window.
    pub completion_window: String,
    /// Where the batch is in its lifecycle.
    pub status: BatchStatus,
    /// File with the successful results.
    pub output_file_id: Option<String>,
    /// File with the failed requests.
    pub error_file_id: Option<String>,
    /// Creation time.
    pub created_at: i64,
    /// Time processing started.
    pub in_progress_at: Option<i64>,
    /// Time the batch expires.
    pub expires_at: Option<i64>,
    /// Time finalisation started.
    pub finalizing_at: Option<i64>,
    /// Time the batch completed.
    pub completed_at: Option<i64>,
    /// Time the batch failed.
    pub failed_at: Option<i64>,
    /// Time the batch expired.
    pub expired_at: Option<i64>,
    /// Time cancellation was requested.
    pub cancelling_at: Option<i64>,
    /// Time the batch was cancelled.
    pub cancelled_at: Option<i64>,
    /// Progress counters.
    pub request_counts: Option<BatchRequestCounts>,
    /// Tokens consumed by the batch (Responses and Chat batches).
    pub usage: Option<BatchUsage>,
    /// Up to 16 key/value string pairs for your own use.
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

impl Serialize for Batch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("endpoint", &self.endpoint)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "errors", &self.errors)?;
        map.serialize_entry("input_file_id", &self.input_file_id)?;
        map.serialize_entry("completion_window", &self.completion_window)?;
        map.serialize_entry("status", &self.status)?;
        codec::optional_entry(&mut map, "output_file_id", &self.output_file_id)?;
        codec::optional_entry(&mut map, "error_file_id", &self.error_file_id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        codec::optional_entry(&mut map, "in_progress_at", &self.in_progress_at)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "finalizing_at", &self.finalizing_at)?;
        codec::optional_entry(&mut map, "completed_at", &self.completed_at)?;
        codec::optional_entry(&mut map, "failed_at", &self.failed_at)?;
        codec::optional_entry(&mut map, "expired_at", &self.expired_at)?;
        codec::optional_entry(&mut map, "cancelling_at", &self.cancelling_at)?;
        codec::optional_entry(&mut map, "cancelled_at", &self.cancelled_at)?;
        codec::optional_entry(&mut map, "request_counts", &self.request_counts)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for Batch {
    const EXPECTING: &'static str = "a `Batch` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "endpoint" => self.endpoint = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value()?,
            "errors" => self.errors = map.next_value()?,
            "input_file_id" => {
                self.input_file_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "completion_window" => {
                self.completion_window = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "output_file_id" => self.output_file_id = map.next_value()?,
            "error_file_id" => self.error_file_id = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "in_progress_at" => self.in_progress_at = map.next_value()?,
            "expires_at" => self.expires_at = map.next_value()?,
            "finalizing_at" => self.finalizing_at = map.next_value()?,
            "completed_at" => self.completed_at = map.next_value()?,
            "failed_at" => self.failed_at = map.next_value()?,
            "expired_at" => self.expired_at = map.next_value()?,
            "cancelling_at" => self.cancelling_at = map.next_value()?,
            "cancelled_at" => self.cancelled_at = map.next_value()?,
            "request_counts" => self.request_counts = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Batch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Problems found while validating the input file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchErrors {
    /// Always `list`.
    pub object: Option<String>,
    /// The problems.
    pub data: Option<Vec<BatchError>>,
}

impl Serialize for BatchErrors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for BatchErrors {
    const EXPECTING: &'static str = "a `BatchErrors` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for BatchErrors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A problem with one line of the input file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchError {
    /// Error code.
    pub code: Option<String>,
    /// Explanation.
    pub message: Option<String>,
    /// Offending parameter.
    pub param: Option<String>,
    /// Line number in the input file.
    pub line: Option<i64>,
}

impl Serialize for BatchError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "code", &self.code)?;
        codec::optional_entry(&mut map, "message", &self.message)?;
        codec::optional_entry(&mut map, "param", &self.param)?;
        codec::optional_entry(&mut map, "line", &self.line)?;
        map.end()
    }
}

impl codec::ObjectFields for BatchError {
    const EXPECTING: &'static str = "a `BatchError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code" => self.code = map.next_value()?,
            "message" => self.message = map.next_value()?,
            "param" => self.param = map.next_value()?,
            "line" => self.line = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for BatchError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Where the batch is in its lifecycle.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRequestCounts {
    /// Requests in the batch.
    pub total: i64,
    /// Requests that succeeded.
    pub completed: i64,
    /// Requests that failed.
    pub failed: i64,
}

impl Serialize for BatchRequestCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("total", &self.total)?;
        map.serialize_entry("completed", &self.completed)?;
        map.serialize_entry("failed", &self.failed)?;
        map.end()
    }
}

impl codec::ObjectFields for BatchRequestCounts {
    const EXPECTING: &'static str = "a `BatchRequestCounts` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "total" => self.total = map.next_value::<codec::Lenient<_>>()?.0,
            "completed" => self.completed = map.next_value::<codec::Lenient<_>>()?.0,
            "failed" => self.failed = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for BatchRequestCounts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Tokens consumed by the batch (Responses and Chat batches).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUsage {
    /// Input tokens.
    pub input_tokens: i64,
    /// Breakdown of input tokens.
    pub input_tokens_details: BatchUsageInputTokensDetails,
    /// Output tokens.
    pub output_tokens: i64,
    /// Breakdown of output tokens.
    pub output_tokens_details: BatchUsageOutputTokensDetails,
    /// Input plus output tokens.
    pub total_tokens: i64,
}

impl Serialize for BatchUsage {
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

impl codec::ObjectFields for BatchUsage {
    const EXPECTING: &'static str = "a `BatchUsage` object";
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

impl<'de> Deserialize<'de> for BatchUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of input tokens.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUsageInputTokensDetails {
    /// Tokens served from the cache.
    pub cached_tokens: i64,
}

impl Serialize for BatchUsageInputTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("cached_tokens", &self.cached_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for BatchUsageInputTokensDetails {
    const EXPECTING: &'static str = "a `BatchUsageInputTokensDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cached_tokens" => {
                self.cached_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for BatchUsageInputTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of output tokens.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUsageOutputTokensDetails {
    /// Reasoning tokens.
    pub reasoning_tokens: i64,
}

impl Serialize for BatchUsageOutputTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("reasoning_tokens", &self.reasoning_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for BatchUsageOutputTokensDetails {
    const EXPECTING: &'static str = "a `BatchUsageOutputTokensDetails` object";
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

impl<'de> Deserialize<'de> for BatchUsageOutputTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
