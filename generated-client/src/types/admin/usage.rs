// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.usage` operations use.
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

/// Query and header parameters of `UsageAudioSpeeches`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageAudioSpeechesParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity of these users.
    pub user_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Count only activity of these models.
    pub models: Option<Vec<String>>,
    /// Split each bucket's counts by these fields (any combination).
    pub group_by: Option<Vec<UsageGroupByItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageAudioSpeechesParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `user_ids`.
    #[must_use]
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `models`.
    #[must_use]
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(mut self, value: impl Into<Vec<UsageGroupByItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// The `bucket_width` query parameter.
#[derive(Debug, Clone, Default)]
pub enum UsageBucketWidth {
    /// `1m`
    V1m,
    /// `1h`
    V1h,
    /// `1d`
    #[default]
    V1d,
    /// A value this version of the client does not know yet.
    Other(String),
}

impl UsageBucketWidth {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1m => "1m",
            Self::V1h => "1h",
            Self::V1d => "1d",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageBucketWidth {
    fn from(value: &str) -> Self {
        match value {
            "1m" => Self::V1m,
            "1h" => Self::V1h,
            "1d" => Self::V1d,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageBucketWidth);

/// An item of the `group_by` query parameter.
#[derive(Debug, Clone)]
pub enum UsageGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `model`
    Model,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageGroupByItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::Model => "model",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageGroupByItem {
    fn from(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "model" => Self::Model,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageGroupByItem);

/// Query and header parameters of `UsageAudioTranscriptions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageAudioTranscriptionsParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity of these users.
    pub user_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Count only activity of these models.
    pub models: Option<Vec<String>>,
    /// Split each bucket's counts by these fields (any combination).
    pub group_by: Option<Vec<UsageGroupByItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageAudioTranscriptionsParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `user_ids`.
    #[must_use]
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `models`.
    #[must_use]
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(mut self, value: impl Into<Vec<UsageGroupByItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// Query and header parameters of `UsageCodeInterpreterSessions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageCodeInterpreterSessionsParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Split each bucket's counts by project (`project_id`, the only choice here).
    pub group_by: Option<Vec<UsageGroupByProjectItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageCodeInterpreterSessionsParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(mut self, value: impl Into<Vec<UsageGroupByProjectItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// An item of the `group_by` query parameter.
#[derive(Debug, Clone)]
pub enum UsageGroupByProjectItem {
    /// `project_id`
    ProjectId,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageGroupByProjectItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageGroupByProjectItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageGroupByProjectItem {
    fn from(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageGroupByProjectItem);

/// Query and header parameters of `UsageCompletions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageCompletionsParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity of these users.
    pub user_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Count only activity of these models.
    pub models: Option<Vec<String>>,
    /// `true` counts only Batch API jobs, `false` only direct calls;
    /// leave it out to count both.
    pub batch: Option<bool>,
    /// Split each bucket's counts by these fields (any combination).
    pub group_by: Option<Vec<UsageCompletionsGroupByItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageCompletionsParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `user_ids`.
    #[must_use]
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `models`.
    #[must_use]
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }

    /// Sets `batch`.
    #[must_use]
    pub fn batch(mut self, value: impl Into<bool>) -> Self {
        self.batch = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageCompletionsGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// An item of the `group_by` query parameter of `GET /organization/usage/completions`.
#[derive(Debug, Clone)]
pub enum UsageCompletionsGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `model`
    Model,
    /// `batch`
    Batch,
    /// `service_tier`
    ServiceTier,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageCompletionsGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageCompletionsGroupByItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::Model => "model",
            Self::Batch => "batch",
            Self::ServiceTier => "service_tier",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageCompletionsGroupByItem {
    fn from(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "model" => Self::Model,
            "batch" => Self::Batch,
            "service_tier" => Self::ServiceTier,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageCompletionsGroupByItem);

/// Query and header parameters of `UsageCosts`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageCostsParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; costs are only reported per day (`1d`).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageCostsBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Split each bucket's amount by these fields (any combination).
    pub group_by: Option<Vec<UsageCostsGroupByItem>>,
    /// How many buckets to return, from 1 to 180.
    ///
    /// Defaults to `7` when unset.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageCostsParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageCostsBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(mut self, value: impl Into<Vec<UsageCostsGroupByItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// The `bucket_width` query parameter of `GET /organization/costs`.
#[derive(Debug, Clone, Default)]
pub enum UsageCostsBucketWidth {
    /// `1d`
    #[default]
    V1d,
    /// A value this version of the client does not know yet.
    Other(String),
}

impl UsageCostsBucketWidth {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1d => "1d",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageCostsBucketWidth {
    fn from(value: &str) -> Self {
        match value {
            "1d" => Self::V1d,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageCostsBucketWidth);

/// An item of the `group_by` query parameter of `GET /organization/costs`.
#[derive(Debug, Clone)]
pub enum UsageCostsGroupByItem {
    /// `project_id`
    ProjectId,
    /// `line_item`
    LineItem,
    /// `api_key_id`
    ApiKeyId,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageCostsGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageCostsGroupByItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::LineItem => "line_item",
            Self::ApiKeyId => "api_key_id",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageCostsGroupByItem {
    fn from(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "line_item" => Self::LineItem,
            "api_key_id" => Self::ApiKeyId,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageCostsGroupByItem);

/// Query and header parameters of `UsageEmbeddings`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageEmbeddingsParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity of these users.
    pub user_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Count only activity of these models.
    pub models: Option<Vec<String>>,
    /// Split each bucket's counts by these fields (any combination).
    pub group_by: Option<Vec<UsageGroupByItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageEmbeddingsParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `user_ids`.
    #[must_use]
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `models`.
    #[must_use]
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(mut self, value: impl Into<Vec<UsageGroupByItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// Query and header parameters of `UsageFileSearchCalls`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageFileSearchCallsParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity of these users.
    pub user_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Count only searches in these vector stores.
    pub vector_store_ids: Option<Vec<String>>,
    /// Split each bucket's counts by these fields (any combination).
    pub group_by: Option<Vec<UsageFileSearchCallsGroupByItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageFileSearchCallsParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `user_ids`.
    #[must_use]
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `vector_store_ids`.
    #[must_use]
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageFileSearchCallsGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// An item of the `group_by` query parameter of `GET /organization/usage/file_search_calls`.
#[derive(Debug, Clone)]
pub enum UsageFileSearchCallsGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `vector_store_id`
    VectorStoreId,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageFileSearchCallsGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageFileSearchCallsGroupByItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::VectorStoreId => "vector_store_id",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageFileSearchCallsGroupByItem {
    fn from(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "vector_store_id" => Self::VectorStoreId,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageFileSearchCallsGroupByItem);

/// Query and header parameters of `UsageImages`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageImagesParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only images made by these endpoints.
    pub sources: Option<Vec<UsageImagesSourcesItem>>,
    /// Count only images of these sizes.
    pub sizes: Option<Vec<UsageImagesSizesItem>>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity of these users.
    pub user_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Count only activity of these models.
    pub models: Option<Vec<String>>,
    /// Split each bucket's counts by these fields (any combination).
    pub group_by: Option<Vec<UsageImagesGroupByItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageImagesParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `sources`.
    #[must_use]
    pub fn sources(mut self, value: impl Into<Vec<UsageImagesSourcesItem>>) -> Self {
        self.sources = Some(value.into());
        self
    }

    /// Sets `sizes`.
    #[must_use]
    pub fn sizes(mut self, value: impl Into<Vec<UsageImagesSizesItem>>) -> Self {
        self.sizes = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `user_ids`.
    #[must_use]
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `models`.
    #[must_use]
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(mut self, value: impl Into<Vec<UsageImagesGroupByItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// An item of the `sources` query parameter of `GET /organization/usage/images`.
#[derive(Debug, Clone)]
pub enum UsageImagesSourcesItem {
    /// `image.generation`
    ImageGeneration,
    /// `image.edit`
    ImageEdit,
    /// `image.variation`
    ImageVariation,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageImagesSourcesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageImagesSourcesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ImageGeneration => "image.generation",
            Self::ImageEdit => "image.edit",
            Self::ImageVariation => "image.variation",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageImagesSourcesItem {
    fn from(value: &str) -> Self {
        match value {
            "image.generation" => Self::ImageGeneration,
            "image.edit" => Self::ImageEdit,
            "image.variation" => Self::ImageVariation,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageImagesSourcesItem);

/// An item of the `sizes` query parameter of `GET /organization/usage/images`.
#[derive(Debug, Clone)]
pub enum UsageImagesSizesItem {
    /// `256x256`
    V256x256,
    /// `512x512`
    V512x512,
    /// `1024x1024`
    V1024x1024,
    /// `1792x1792`
    V1792x1792,
    /// `1024x1792`
    V1024x1792,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageImagesSizesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageImagesSizesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1024x1024 => "1024x1024",
            Self::V1792x1792 => "1792x1792",
            Self::V1024x1792 => "1024x1792",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageImagesSizesItem {
    fn from(value: &str) -> Self {
        match value {
            "256x256" => Self::V256x256,
            "512x512" => Self::V512x512,
            "1024x1024" => Self::V1024x1024,
            "1792x1792" => Self::V1792x1792,
            "1024x1792" => Self::V1024x1792,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageImagesSizesItem);

/// An item of the `group_by` query parameter of `GET /organization/usage/images`.
#[derive(Debug, Clone)]
pub enum UsageImagesGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `model`
    Model,
    /// `size`
    Size,
    /// `source`
    Source,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageImagesGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageImagesGroupByItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::Model => "model",
            Self::Size => "size",
            Self::Source => "source",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageImagesGroupByItem {
    fn from(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "model" => Self::Model,
            "size" => Self::Size,
            "source" => Self::Source,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageImagesGroupByItem);

/// Query and header parameters of `UsageModerations`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageModerationsParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity of these users.
    pub user_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Count only activity of these models.
    pub models: Option<Vec<String>>,
    /// Split each bucket's counts by these fields (any combination).
    pub group_by: Option<Vec<UsageGroupByItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageModerationsParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `user_ids`.
    #[must_use]
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `models`.
    #[must_use]
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(mut self, value: impl Into<Vec<UsageGroupByItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// A page of time buckets. Continue with `next_page` as the `page`
/// parameter while `has_more` is true.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageResponse {
    /// Always `page`.
    pub object: String,
    /// The buckets on this page, in time order.
    pub data: Vec<UsageTimeBucket>,
    /// Whether more buckets follow.
    pub has_more: bool,
    /// Cursor of the next page; null on the last one.
    pub next_page: Option<String>,
}

impl Default for UsageResponse {
    fn default() -> Self {
        Self {
            object: "page".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
            next_page: Default::default(),
        }
    }
}

impl Serialize for UsageResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.serialize_entry("next_page", &self.next_page)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageResponse {
    const EXPECTING: &'static str = "an `UsageResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            "next_page" => self.next_page = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for UsageResponse {
    type Item = UsageTimeBucket;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.next_page.clone()
    }

    fn into_items(self) -> Vec<UsageTimeBucket> {
        self.data
    }
}

/// The totals of one time slice, one result per group (a single result when nothing is grouped).
#[derive(Debug, Clone, PartialEq)]
pub struct UsageTimeBucket {
    /// Always `bucket`.
    pub object: String,
    /// Start of the slice (Unix seconds, included).
    pub start_time: i64,
    /// End of the slice (Unix seconds, excluded).
    pub end_time: i64,
    /// The totals of the slice; their kind matches the endpoint that was called.
    pub results: Vec<UsageResult>,
}

impl Default for UsageTimeBucket {
    fn default() -> Self {
        Self {
            object: "bucket".to_owned(),
            start_time: Default::default(),
            end_time: Default::default(),
            results: Default::default(),
        }
    }
}

impl Serialize for UsageTimeBucket {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("start_time", &self.start_time)?;
        map.serialize_entry("end_time", &self.end_time)?;
        map.serialize_entry("results", &self.results)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageTimeBucket {
    const EXPECTING: &'static str = "an `UsageTimeBucket` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "start_time" => self.start_time = map.next_value::<codec::Lenient<_>>()?.0,
            "end_time" => self.end_time = map.next_value::<codec::Lenient<_>>()?.0,
            "results" => self.results = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageTimeBucket {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Totals of one bucket for one group, of the kind named by `object`.
#[derive(Debug, Clone, PartialEq)]
pub enum UsageResult {
    /// Completion-style usage of one bucket and group. The grouping fields are null unless grouped by.
    OrganizationUsageCompletionsResult(UsageCompletionsResult),
    /// Embeddings usage of one bucket and group. The grouping fields are null unless grouped by.
    OrganizationUsageEmbeddingsResult(UsageEmbeddingsResult),
    /// Moderation usage of one bucket and group. The grouping fields are null unless grouped by.
    OrganizationUsageModerationsResult(UsageModerationsResult),
    /// Image usage of one bucket and group. The grouping fields are null unless grouped by.
    OrganizationUsageImagesResult(UsageImagesResult),
    /// Text-to-speech usage of one bucket and group. The grouping fields are null unless grouped by.
    OrganizationUsageAudioSpeechesResult(UsageAudioSpeechesResult),
    /// Transcription usage of one bucket and group. The grouping fields are null unless grouped by.
    OrganizationUsageAudioTranscriptionsResult(UsageAudioTranscriptionsResult),
    /// Vector store storage of one bucket and group.
    OrganizationUsageVectorStoresResult(UsageVectorStoresResult),
    /// Code interpreter usage of one bucket and group.
    OrganizationUsageCodeInterpreterSessionsResult(UsageCodeInterpreterSessionsResult),
    /// File search usage of one bucket and group. The grouping fields are null unless grouped by.
    OrganizationUsageFileSearchesResult(UsageFileSearchCallsResult),
    /// Web search usage of one bucket and group. The grouping fields are null unless grouped by.
    OrganizationUsageWebSearchesResult(UsageWebSearchCallsResult),
    /// Spending of one day and group. The grouping fields are null unless grouped by.
    OrganizationCostsResult(CostsResult),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for UsageResult {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<UsageCompletionsResult> for UsageResult {
    fn from(value: UsageCompletionsResult) -> Self {
        Self::OrganizationUsageCompletionsResult(value)
    }
}

impl From<UsageEmbeddingsResult> for UsageResult {
    fn from(value: UsageEmbeddingsResult) -> Self {
        Self::OrganizationUsageEmbeddingsResult(value)
    }
}

impl From<UsageModerationsResult> for UsageResult {
    fn from(value: UsageModerationsResult) -> Self {
        Self::OrganizationUsageModerationsResult(value)
    }
}

impl From<UsageImagesResult> for UsageResult {
    fn from(value: UsageImagesResult) -> Self {
        Self::OrganizationUsageImagesResult(value)
    }
}

impl From<UsageAudioSpeechesResult> for UsageResult {
    fn from(value: UsageAudioSpeechesResult) -> Self {
        Self::OrganizationUsageAudioSpeechesResult(value)
    }
}

impl From<UsageAudioTranscriptionsResult> for UsageResult {
    fn from(value: UsageAudioTranscriptionsResult) -> Self {
        Self::OrganizationUsageAudioTranscriptionsResult(value)
    }
}

impl From<UsageVectorStoresResult> for UsageResult {
    fn from(value: UsageVectorStoresResult) -> Self {
        Self::OrganizationUsageVectorStoresResult(value)
    }
}

impl From<UsageCodeInterpreterSessionsResult> for UsageResult {
    fn from(value: UsageCodeInterpreterSessionsResult) -> Self {
        Self::OrganizationUsageCodeInterpreterSessionsResult(value)
    }
}

impl From<UsageFileSearchCallsResult> for UsageResult {
    fn from(value: UsageFileSearchCallsResult) -> Self {
        Self::OrganizationUsageFileSearchesResult(value)
    }
}

impl From<UsageWebSearchCallsResult> for UsageResult {
    fn from(value: UsageWebSearchCallsResult) -> Self {
        Self::OrganizationUsageWebSearchesResult(value)
    }
}

impl From<CostsResult> for UsageResult {
    fn from(value: CostsResult) -> Self {
        Self::OrganizationCostsResult(value)
    }
}

impl Serialize for UsageResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::OrganizationUsageCompletionsResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageEmbeddingsResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageModerationsResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageImagesResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageAudioSpeechesResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageAudioTranscriptionsResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageVectorStoresResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageCodeInterpreterSessionsResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageFileSearchesResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationUsageWebSearchesResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OrganizationCostsResult(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for UsageResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("object").and_then(serde_json::Value::as_str) {
            Some("organization.usage.completions.result") => {
                codec::from_value(value).map(Self::OrganizationUsageCompletionsResult)
            }
            Some("organization.usage.embeddings.result") => {
                codec::from_value(value).map(Self::OrganizationUsageEmbeddingsResult)
            }
            Some("organization.usage.moderations.result") => {
                codec::from_value(value).map(Self::OrganizationUsageModerationsResult)
            }
            Some("organization.usage.images.result") => {
                codec::from_value(value).map(Self::OrganizationUsageImagesResult)
            }
            Some("organization.usage.audio_speeches.result") => {
                codec::from_value(value).map(Self::OrganizationUsageAudioSpeechesResult)
            }
            Some("organization.usage.audio_transcriptions.result") => {
                codec::from_value(value)
                    .map(Self::OrganizationUsageAudioTranscriptionsResult)
            }
            Some("organization.usage.vector_stores.result") => {
                codec::from_value(value).map(Self::OrganizationUsageVectorStoresResult)
            }
            Some("organization.usage.code_interpreter_sessions.result") => {
                codec::from_value(value)
                    .map(Self::OrganizationUsageCodeInterpreterSessionsResult)
            }
            Some("organization.usage.file_searches.result") => {
                codec::from_value(value).map(Self::OrganizationUsageFileSearchesResult)
            }
            Some("organization.usage.web_searches.result") => {
                codec::from_value(value).map(Self::OrganizationUsageWebSearchesResult)
            }
            Some("organization.costs.result") => {
                codec::from_value(value).map(Self::OrganizationCostsResult)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Completion-style usage of one bucket and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageCompletionsResult {
    /// Always `organization.usage.completions.result`.
    pub object: String,
    /// All input tokens (text, audio, image), cached and cache-write ones included; Scale Tier tokens count too.
    pub input_tokens: i64,
    /// Input tokens read from the prompt cache, of any modality; Scale Tier tokens count too.
    pub input_cached_tokens: Option<i64>,
    /// Input tokens stored into the prompt cache.
    pub input_cache_write_tokens: Option<i64>,
    /// Input tokens neither read from nor written to the cache, of any modality.
    pub input_uncached_tokens: Option<i64>,
    /// All output tokens (text, audio, image); Scale Tier tokens count too.
    pub output_tokens: i64,
    /// Text input tokens not served from the cache (cache writes left out).
    pub input_text_tokens: Option<i64>,
    /// Text output tokens.
    pub output_text_tokens: Option<i64>,
    /// Text input tokens served from the cache.
    pub input_cached_text_tokens: Option<i64>,
    /// Audio input tokens not served from the cache.
    pub input_audio_tokens: Option<i64>,
    /// Audio input tokens served from the cache.
    pub input_cached_audio_tokens: Option<i64>,
    /// Audio output tokens.
    pub output_audio_tokens: Option<i64>,
    /// Image input tokens not served from the cache.
    pub input_image_tokens: Option<i64>,
    /// Image input tokens served from the cache.
    pub input_cached_image_tokens: Option<i64>,
    /// Image output tokens.
    pub output_image_tokens: Option<i64>,
    /// Number of model requests.
    pub num_model_requests: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// User of this group, with `group_by=user_id`.
    pub user_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Model of this group, with `group_by=model`.
    pub model: Option<String>,
    /// With `group_by=batch`: whether this group is Batch API traffic.
    pub batch: Option<bool>,
    /// Service tier of this group, with `group_by=service_tier`.
    pub service_tier: Option<String>,
}

impl Default for UsageCompletionsResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.completions.result".to_owned(),
            input_tokens: Default::default(),
            input_cached_tokens: Default::default(),
            input_cache_write_tokens: Default::default(),
            input_uncached_tokens: Default::default(),
            output_tokens: Default::default(),
            input_text_tokens: Default::default(),
            output_text_tokens: Default::default(),
            input_cached_text_tokens: Default::default(),
            input_audio_tokens: Default::default(),
            input_cached_audio_tokens: Default::default(),
            output_audio_tokens: Default::default(),
            input_image_tokens: Default::default(),
            input_cached_image_tokens: Default::default(),
            output_image_tokens: Default::default(),
            num_model_requests: Default::default(),
            project_id: Default::default(),
            user_id: Default::default(),
            api_key_id: Default::default(),
            model: Default::default(),
            batch: Default::default(),
            service_tier: Default::default(),
        }
    }
}

impl Serialize for UsageCompletionsResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("input_tokens", &self.input_tokens)?;
        codec::optional_entry(
            &mut map,
            "input_cached_tokens",
            &self.input_cached_tokens,
        )?;
        codec::optional_entry(
            &mut map,
            "input_cache_write_tokens",
            &self.input_cache_write_tokens,
        )?;
        codec::optional_entry(
            &mut map,
            "input_uncached_tokens",
            &self.input_uncached_tokens,
        )?;
        map.serialize_entry("output_tokens", &self.output_tokens)?;
        codec::optional_entry(&mut map, "input_text_tokens", &self.input_text_tokens)?;
        codec::optional_entry(&mut map, "output_text_tokens", &self.output_text_tokens)?;
        codec::optional_entry(
            &mut map,
            "input_cached_text_tokens",
            &self.input_cached_text_tokens,
        )?;
        codec::optional_entry(&mut map, "input_audio_tokens", &self.input_audio_tokens)?;
        codec::optional_entry(
            &mut map,
            "input_cached_audio_tokens",
            &self.input_cached_audio_tokens,
        )?;
        codec::optional_entry(
            &mut map,
            "output_audio_tokens",
            &self.output_audio_tokens,
        )?;
        codec::optional_entry(&mut map, "input_image_tokens", &self.input_image_tokens)?;
        codec::optional_entry(
            &mut map,
            "input_cached_image_tokens",
            &self.input_cached_image_tokens,
        )?;
        codec::optional_entry(
            &mut map,
            "output_image_tokens",
            &self.output_image_tokens,
        )?;
        map.serialize_entry("num_model_requests", &self.num_model_requests)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "batch", &self.batch)?;
        codec::optional_entry(&mut map, "service_tier", &self.service_tier)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageCompletionsResult {
    const EXPECTING: &'static str = "an `UsageCompletionsResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "input_tokens" => {
                self.input_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "input_cached_tokens" => self.input_cached_tokens = map.next_value()?,
            "input_cache_write_tokens" => {
                self.input_cache_write_tokens = map.next_value()?;
            }
            "input_uncached_tokens" => self.input_uncached_tokens = map.next_value()?,
            "output_tokens" => {
                self.output_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "input_text_tokens" => self.input_text_tokens = map.next_value()?,
            "output_text_tokens" => self.output_text_tokens = map.next_value()?,
            "input_cached_text_tokens" => {
                self.input_cached_text_tokens = map.next_value()?;
            }
            "input_audio_tokens" => self.input_audio_tokens = map.next_value()?,
            "input_cached_audio_tokens" => {
                self.input_cached_audio_tokens = map.next_value()?;
            }
            "output_audio_tokens" => self.output_audio_tokens = map.next_value()?,
            "input_image_tokens" => self.input_image_tokens = map.next_value()?,
            "input_cached_image_tokens" => {
                self.input_cached_image_tokens = map.next_value()?;
            }
            "output_image_tokens" => self.output_image_tokens = map.next_value()?,
            "num_model_requests" => {
                self.num_model_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project_id" => self.project_id = map.next_value()?,
            "user_id" => self.user_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "batch" => self.batch = map.next_value()?,
            "service_tier" => self.service_tier = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageCompletionsResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Embeddings usage of one bucket and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageEmbeddingsResult {
    /// Always `organization.usage.embeddings.result`.
    pub object: String,
    /// Input tokens embedded.
    pub input_tokens: i64,
    /// Number of model requests.
    pub num_model_requests: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// User of this group, with `group_by=user_id`.
    pub user_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Model of this group, with `group_by=model`.
    pub model: Option<String>,
}

impl Default for UsageEmbeddingsResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.embeddings.result".to_owned(),
            input_tokens: Default::default(),
            num_model_requests: Default::default(),
            project_id: Default::default(),
            user_id: Default::default(),
            api_key_id: Default::default(),
            model: Default::default(),
        }
    }
}

impl Serialize for UsageEmbeddingsResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("input_tokens", &self.input_tokens)?;
        map.serialize_entry("num_model_requests", &self.num_model_requests)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageEmbeddingsResult {
    const EXPECTING: &'static str = "an `UsageEmbeddingsResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "input_tokens" => {
                self.input_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "num_model_requests" => {
                self.num_model_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project_id" => self.project_id = map.next_value()?,
            "user_id" => self.user_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "model" => self.model = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageEmbeddingsResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Moderation usage of one bucket and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageModerationsResult {
    /// Always `organization.usage.moderations.result`.
    pub object: String,
    /// Input tokens classified.
    pub input_tokens: i64,
    /// Number of model requests.
    pub num_model_requests: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// User of this group, with `group_by=user_id`.
    pub user_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Model of this group, with `group_by=model`.
    pub model: Option<String>,
}

impl Default for UsageModerationsResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.moderations.result".to_owned(),
            input_tokens: Default::default(),
            num_model_requests: Default::default(),
            project_id: Default::default(),
            user_id: Default::default(),
            api_key_id: Default::default(),
            model: Default::default(),
        }
    }
}

impl Serialize for UsageModerationsResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("input_tokens", &self.input_tokens)?;
        map.serialize_entry("num_model_requests", &self.num_model_requests)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageModerationsResult {
    const EXPECTING: &'static str = "an `UsageModerationsResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "input_tokens" => {
                self.input_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "num_model_requests" => {
                self.num_model_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project_id" => self.project_id = map.next_value()?,
            "user_id" => self.user_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "model" => self.model = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageModerationsResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Image usage of one bucket and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageImagesResult {
    /// Always `organization.usage.images.result`.
    pub object: String,
    /// Number of images produced.
    pub images: i64,
    /// Number of model requests.
    pub num_model_requests: i64,
    /// Endpoint of this group (`image.generation`, `image.edit` or `image.variation`), with `group_by=source`.
    pub source: Option<String>,
    /// Image size of this group, with `group_by=size`.
    pub size: Option<String>,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// User of this group, with `group_by=user_id`.
    pub user_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Model of this group, with `group_by=model`.
    pub model: Option<String>,
}

impl Default for UsageImagesResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.images.result".to_owned(),
            images: Default::default(),
            num_model_requests: Default::default(),
            source: Default::default(),
            size: Default::default(),
            project_id: Default::default(),
            user_id: Default::default(),
            api_key_id: Default::default(),
            model: Default::default(),
        }
    }
}

impl Serialize for UsageImagesResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("images", &self.images)?;
        map.serialize_entry("num_model_requests", &self.num_model_requests)?;
        codec::optional_entry(&mut map, "source", &self.source)?;
        codec::optional_entry(&mut map, "size", &self.size)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageImagesResult {
    const EXPECTING: &'static str = "an `UsageImagesResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "images" => self.images = map.next_value::<codec::Lenient<_>>()?.0,
            "num_model_requests" => {
                self.num_model_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "source" => self.source = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "project_id" => self.project_id = map.next_value()?,
            "user_id" => self.user_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "model" => self.model = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageImagesResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Text-to-speech usage of one bucket and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageAudioSpeechesResult {
    /// Always `organization.usage.audio_speeches.result`.
    pub object: String,
    /// Characters of text spoken.
    pub characters: i64,
    /// Number of model requests.
    pub num_model_requests: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// User of this group, with `group_by=user_id`.
    pub user_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Model of this group, with `group_by=model`.
    pub model: Option<String>,
}

impl Default for UsageAudioSpeechesResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.audio_speeches.result".to_owned(),
            characters: Default::default(),
            num_model_requests: Default::default(),
            project_id: Default::default(),
            user_id: Default::default(),
            api_key_id: Default::default(),
            model: Default::default(),
        }
    }
}

impl Serialize for UsageAudioSpeechesResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("characters", &self.characters)?;
        map.serialize_entry("num_model_requests", &self.num_model_requests)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageAudioSpeechesResult {
    const EXPECTING: &'static str = "an `UsageAudioSpeechesResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "characters" => self.characters = map.next_value::<codec::Lenient<_>>()?.0,
            "num_model_requests" => {
                self.num_model_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project_id" => self.project_id = map.next_value()?,
            "user_id" => self.user_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "model" => self.model = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageAudioSpeechesResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Transcription usage of one bucket and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageAudioTranscriptionsResult {
    /// Always `organization.usage.audio_transcriptions.result`.
    pub object: String,
    /// Seconds of audio transcribed.
    pub seconds: i64,
    /// Number of model requests.
    pub num_model_requests: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// User of this group, with `group_by=user_id`.
    pub user_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Model of this group, with `group_by=model`.
    pub model: Option<String>,
}

impl Default for UsageAudioTranscriptionsResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.audio_transcriptions.result".to_owned(),
            seconds: Default::default(),
            num_model_requests: Default::default(),
            project_id: Default::default(),
            user_id: Default::default(),
            api_key_id: Default::default(),
            model: Default::default(),
        }
    }
}

impl Serialize for UsageAudioTranscriptionsResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("seconds", &self.seconds)?;
        map.serialize_entry("num_model_requests", &self.num_model_requests)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageAudioTranscriptionsResult {
    const EXPECTING: &'static str = "an `UsageAudioTranscriptionsResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "seconds" => self.seconds = map.next_value::<codec::Lenient<_>>()?.0,
            "num_model_requests" => {
                self.num_model_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project_id" => self.project_id = map.next_value()?,
            "user_id" => self.user_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "model" => self.model = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageAudioTranscriptionsResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Vector store storage of one bucket and group.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageVectorStoresResult {
    /// Always `organization.usage.vector_stores.result`.
    pub object: String,
    /// Bytes taken by vector stores.
    pub usage_bytes: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
}

impl Default for UsageVectorStoresResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.vector_stores.result".to_owned(),
            usage_bytes: Default::default(),
            project_id: Default::default(),
        }
    }
}

impl Serialize for UsageVectorStoresResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("usage_bytes", &self.usage_bytes)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageVectorStoresResult {
    const EXPECTING: &'static str = "an `UsageVectorStoresResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "usage_bytes" => self.usage_bytes = map.next_value::<codec::Lenient<_>>()?.0,
            "project_id" => self.project_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageVectorStoresResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Code interpreter usage of one bucket and group.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageCodeInterpreterSessionsResult {
    /// Always `organization.usage.code_interpreter_sessions.result`.
    pub object: String,
    /// Number of code interpreter sessions.
    pub num_sessions: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
}

impl Default for UsageCodeInterpreterSessionsResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.code_interpreter_sessions.result".to_owned(),
            num_sessions: Default::default(),
            project_id: Default::default(),
        }
    }
}

impl Serialize for UsageCodeInterpreterSessionsResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("num_sessions", &self.num_sessions)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageCodeInterpreterSessionsResult {
    const EXPECTING: &'static str = "an `UsageCodeInterpreterSessionsResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "num_sessions" => {
                self.num_sessions = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project_id" => self.project_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageCodeInterpreterSessionsResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// File search usage of one bucket and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageFileSearchCallsResult {
    /// Always `organization.usage.file_searches.result`.
    pub object: String,
    /// Number of file search calls.
    pub num_requests: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// User of this group, with `group_by=user_id`.
    pub user_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Vector store of this group, with `group_by=vector_store_id`.
    pub vector_store_id: Option<String>,
}

impl Default for UsageFileSearchCallsResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.file_searches.result".to_owned(),
            num_requests: Default::default(),
            project_id: Default::default(),
            user_id: Default::default(),
            api_key_id: Default::default(),
            vector_store_id: Default::default(),
        }
    }
}

impl Serialize for UsageFileSearchCallsResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("num_requests", &self.num_requests)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "vector_store_id", &self.vector_store_id)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageFileSearchCallsResult {
    const EXPECTING: &'static str = "an `UsageFileSearchCallsResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "num_requests" => {
                self.num_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project_id" => self.project_id = map.next_value()?,
            "user_id" => self.user_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "vector_store_id" => self.vector_store_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageFileSearchCallsResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Web search usage of one bucket and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageWebSearchCallsResult {
    /// Always `organization.usage.web_searches.result`.
    pub object: String,
    /// Number of model requests that searched.
    pub num_model_requests: i64,
    /// Number of web search calls.
    pub num_requests: i64,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// User of this group, with `group_by=user_id`.
    pub user_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Model of this group, with `group_by=model`.
    pub model: Option<String>,
    /// Search context size of this group, with `group_by=context_level`.
    pub context_level: Option<String>,
}

impl Default for UsageWebSearchCallsResult {
    fn default() -> Self {
        Self {
            object: "organization.usage.web_searches.result".to_owned(),
            num_model_requests: Default::default(),
            num_requests: Default::default(),
            project_id: Default::default(),
            user_id: Default::default(),
            api_key_id: Default::default(),
            model: Default::default(),
            context_level: Default::default(),
        }
    }
}

impl Serialize for UsageWebSearchCallsResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("num_model_requests", &self.num_model_requests)?;
        map.serialize_entry("num_requests", &self.num_requests)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "context_level", &self.context_level)?;
        map.end()
    }
}

impl codec::ObjectFields for UsageWebSearchCallsResult {
    const EXPECTING: &'static str = "an `UsageWebSearchCallsResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "num_model_requests" => {
                self.num_model_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "num_requests" => {
                self.num_requests = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "project_id" => self.project_id = map.next_value()?,
            "user_id" => self.user_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "context_level" => self.context_level = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UsageWebSearchCallsResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Spending of one day and group. The grouping fields are null unless grouped by.
#[derive(Debug, Clone, PartialEq)]
pub struct CostsResult {
    /// Always `organization.costs.result`.
    pub object: String,
    /// The money spent.
    pub amount: Option<CostsResultAmount>,
    /// Billing line item of this group, with `group_by=line_item`.
    pub line_item: Option<String>,
    /// Project of this group, with `group_by=project_id`.
    pub project_id: Option<String>,
    /// API key of this group, with `group_by=api_key_id`.
    pub api_key_id: Option<String>,
    /// Amount of the line item consumed, with `group_by=line_item`.
    pub quantity: Option<f64>,
    /// Unit `quantity` is counted in; null when no single unit fits.
    pub quantity_unit: Option<CostsResultQuantityUnit>,
}

impl Default for CostsResult {
    fn default() -> Self {
        Self {
            object: "organization.costs.result".to_owned(),
            amount: Default::default(),
            line_item: Default::default(),
            project_id: Default::default(),
            api_key_id: Default::default(),
            quantity: Default::default(),
            quantity_unit: Default::default(),
        }
    }
}

impl Serialize for CostsResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        codec::optional_entry(&mut map, "amount", &self.amount)?;
        codec::optional_entry(&mut map, "line_item", &self.line_item)?;
        codec::optional_entry(&mut map, "project_id", &self.project_id)?;
        codec::optional_entry(&mut map, "api_key_id", &self.api_key_id)?;
        codec::optional_entry(&mut map, "quantity", &self.quantity)?;
        codec::optional_entry(&mut map, "quantity_unit", &self.quantity_unit)?;
        map.end()
    }
}

impl codec::ObjectFields for CostsResult {
    const EXPECTING: &'static str = "a `CostsResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "amount" => self.amount = map.next_value()?,
            "line_item" => self.line_item = map.next_value()?,
            "project_id" => self.project_id = map.next_value()?,
            "api_key_id" => self.api_key_id = map.next_value()?,
            "quantity" => self.quantity = map.next_value()?,
            "quantity_unit" => self.quantity_unit = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CostsResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The money spent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CostsResultAmount {
    /// The amount, in units of `currency`.
    pub value: Option<f64>,
    /// Currency code (ISO 4217, lower case), such as `usd`.
    pub currency: Option<String>,
}

impl Serialize for CostsResultAmount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "value", &self.value)?;
        codec::optional_entry(&mut map, "currency", &self.currency)?;
        map.end()
    }
}

impl codec::ObjectFields for CostsResultAmount {
    const EXPECTING: &'static str = "a `CostsResultAmount` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "value" => self.value = map.next_value()?,
            "currency" => self.currency = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CostsResultAmount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Unit `quantity` is counted in; null when no single unit fits.
#[derive(Debug, Clone)]
pub enum CostsResultQuantityUnit {
    /// `tokens`
    Tokens,
    /// `1000_tokens`
    V1000Tokens,
    /// `duration_seconds`
    DurationSeconds,
    /// `duration_minutes`
    DurationMinutes,
    /// `duration_hours`
    DurationHours,
    /// `gibibyte_hours`
    GibibyteHours,
    /// `images`
    Images,
    /// `characters`
    Characters,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CostsResultQuantityUnit {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CostsResultQuantityUnit {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tokens => "tokens",
            Self::V1000Tokens => "1000_tokens",
            Self::DurationSeconds => "duration_seconds",
            Self::DurationMinutes => "duration_minutes",
            Self::DurationHours => "duration_hours",
            Self::GibibyteHours => "gibibyte_hours",
            Self::Images => "images",
            Self::Characters => "characters",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CostsResultQuantityUnit {
    fn from(value: &str) -> Self {
        match value {
            "tokens" => Self::Tokens,
            "1000_tokens" => Self::V1000Tokens,
            "duration_seconds" => Self::DurationSeconds,
            "duration_minutes" => Self::DurationMinutes,
            "duration_hours" => Self::DurationHours,
            "gibibyte_hours" => Self::GibibyteHours,
            "images" => Self::Images,
            "characters" => Self::Characters,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CostsResultQuantityUnit);

/// Query and header parameters of `UsageVectorStores`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageVectorStoresParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Split each bucket's counts by project (`project_id`, the only choice here).
    pub group_by: Option<Vec<UsageGroupByProjectItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageVectorStoresParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(mut self, value: impl Into<Vec<UsageGroupByProjectItem>>) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// Query and header parameters of `UsageWebSearchCalls`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsageWebSearchCallsParams {
    /// First second of the reported period (Unix seconds, included).
    pub start_time: i64,
    /// End of the reported period (Unix seconds, excluded).
    pub end_time: Option<i64>,
    /// Length of each bucket; one minute (`1m`), one hour (`1h`) or one day (`1d`, the default).
    ///
    /// Defaults to `"1d"` when unset.
    pub bucket_width: Option<UsageBucketWidth>,
    /// Count only activity of these projects.
    pub project_ids: Option<Vec<String>>,
    /// Count only activity of these users.
    pub user_ids: Option<Vec<String>>,
    /// Count only activity made with these API keys.
    pub api_key_ids: Option<Vec<String>>,
    /// Count only activity of these models.
    pub models: Option<Vec<String>>,
    /// Count only searches run with these search context sizes.
    pub context_levels: Option<Vec<UsageWebSearchCallsContextLevelsItem>>,
    /// Split each bucket's counts by these fields (any combination).
    pub group_by: Option<Vec<UsageWebSearchCallsGroupByItem>>,
    /// How many buckets to return. With daily buckets the default is 7 and
    /// the most 31; hourly, 24 and 168; per minute, 60 and 1440.
    pub limit: Option<i64>,
    /// Continuation cursor; the `next_page` value of the previous answer.
    pub page: Option<String>,
}

impl UsageWebSearchCallsParams {
    /// Creates a value from its required fields (`start_time`); the rest start unset.
    #[must_use]
    pub fn new(start_time: impl Into<i64>) -> Self {
        Self {
            start_time: start_time.into(),
            ..Default::default()
        }
    }

    /// Sets `start_time`.
    #[must_use]
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = value.into();
        self
    }

    /// Sets `end_time`.
    #[must_use]
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `bucket_width`.
    #[must_use]
    pub fn bucket_width(mut self, value: impl Into<UsageBucketWidth>) -> Self {
        self.bucket_width = Some(value.into());
        self
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = Some(value.into());
        self
    }

    /// Sets `user_ids`.
    #[must_use]
    pub fn user_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_ids = Some(value.into());
        self
    }

    /// Sets `api_key_ids`.
    #[must_use]
    pub fn api_key_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.api_key_ids = Some(value.into());
        self
    }

    /// Sets `models`.
    #[must_use]
    pub fn models(mut self, value: impl Into<Vec<String>>) -> Self {
        self.models = Some(value.into());
        self
    }

    /// Sets `context_levels`.
    #[must_use]
    pub fn context_levels(
        mut self,
        value: impl Into<Vec<UsageWebSearchCallsContextLevelsItem>>,
    ) -> Self {
        self.context_levels = Some(value.into());
        self
    }

    /// Sets `group_by`.
    #[must_use]
    pub fn group_by(
        mut self,
        value: impl Into<Vec<UsageWebSearchCallsGroupByItem>>,
    ) -> Self {
        self.group_by = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl Into<String>) -> Self {
        self.page = Some(value.into());
        self
    }
}

/// An item of the `context_levels` query parameter of `GET /organization/usage/web_search_calls`.
#[derive(Debug, Clone)]
pub enum UsageWebSearchCallsContextLevelsItem {
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
impl Default for UsageWebSearchCallsContextLevelsItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageWebSearchCallsContextLevelsItem {
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

impl From<&str> for UsageWebSearchCallsContextLevelsItem {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageWebSearchCallsContextLevelsItem);

/// An item of the `group_by` query parameter of `GET /organization/usage/web_search_calls`.
#[derive(Debug, Clone)]
pub enum UsageWebSearchCallsGroupByItem {
    /// `project_id`
    ProjectId,
    /// `user_id`
    UserId,
    /// `api_key_id`
    ApiKeyId,
    /// `model`
    Model,
    /// `context_level`
    ContextLevel,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UsageWebSearchCallsGroupByItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UsageWebSearchCallsGroupByItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProjectId => "project_id",
            Self::UserId => "user_id",
            Self::ApiKeyId => "api_key_id",
            Self::Model => "model",
            Self::ContextLevel => "context_level",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UsageWebSearchCallsGroupByItem {
    fn from(value: &str) -> Self {
        match value {
            "project_id" => Self::ProjectId,
            "user_id" => Self::UserId,
            "api_key_id" => Self::ApiKeyId,
            "model" => Self::Model,
            "context_level" => Self::ContextLevel,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UsageWebSearchCallsGroupByItem);
