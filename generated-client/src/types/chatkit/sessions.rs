// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `chatkit.sessions` operations use.
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

/// A ChatKit session with its effective settings.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatSessionResource {
    /// Session id (`cksess_...`).
    pub id: String,
    /// Always `chatkit.session`.
    pub object: String,
    /// Time the session stops being valid.
    pub expires_at: i64,
    /// Short-lived secret the ChatKit front end authenticates with; keep it out of logs.
    pub client_secret: String,
    /// The workflow the session runs.
    pub workflow: ChatkitWorkflow,
    /// End-user identifier the session was created for.
    pub user: String,
    /// The request rate in effect.
    pub rate_limits: ChatSessionRateLimits,
    /// Requests accepted per minute; the same value as in `rate_limits`.
    pub max_requests_per_1_minute: i64,
    /// Cap on the number of requests over the whole life of the session, when one is set.
    pub max_requests_per_session: Option<i64>,
    /// String labels the session was scoped with (a customer, a project, an environment, ...), when given.
    pub scope: Option<BTreeMap<String, String>>,
    /// How long the session lives, in seconds from its creation.
    pub ttl_seconds: Option<i64>,
    /// Whether the session can still be used.
    pub status: ChatSessionStatus,
    /// Time the session was cancelled; absent or null while it was not.
    pub cancelled_at: Option<i64>,
    /// The ChatKit features in effect.
    pub chatkit_configuration: ChatSessionChatkitConfiguration,
}

impl Default for ChatSessionResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "chatkit.session".to_owned(),
            expires_at: Default::default(),
            client_secret: Default::default(),
            workflow: Default::default(),
            user: Default::default(),
            rate_limits: Default::default(),
            max_requests_per_1_minute: Default::default(),
            max_requests_per_session: Default::default(),
            scope: Default::default(),
            ttl_seconds: Default::default(),
            status: Default::default(),
            cancelled_at: Default::default(),
            chatkit_configuration: Default::default(),
        }
    }
}

impl Serialize for ChatSessionResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        map.serialize_entry("client_secret", &self.client_secret)?;
        map.serialize_entry("workflow", &self.workflow)?;
        map.serialize_entry("user", &self.user)?;
        map.serialize_entry("rate_limits", &self.rate_limits)?;
        map.serialize_entry(
            "max_requests_per_1_minute",
            &self.max_requests_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_requests_per_session",
            &self.max_requests_per_session,
        )?;
        codec::optional_entry(&mut map, "scope", &self.scope)?;
        codec::optional_entry(&mut map, "ttl_seconds", &self.ttl_seconds)?;
        map.serialize_entry("status", &self.status)?;
        codec::optional_entry(&mut map, "cancelled_at", &self.cancelled_at)?;
        map.serialize_entry("chatkit_configuration", &self.chatkit_configuration)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatSessionResource {
    const EXPECTING: &'static str = "a `ChatSessionResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value::<codec::Lenient<_>>()?.0,
            "client_secret" => {
                self.client_secret = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "workflow" => self.workflow = map.next_value::<codec::Lenient<_>>()?.0,
            "user" => self.user = map.next_value::<codec::Lenient<_>>()?.0,
            "rate_limits" => self.rate_limits = map.next_value::<codec::Lenient<_>>()?.0,
            "max_requests_per_1_minute" => {
                self.max_requests_per_1_minute = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "max_requests_per_session" => {
                self.max_requests_per_session = map.next_value()?;
            }
            "scope" => self.scope = map.next_value()?,
            "ttl_seconds" => self.ttl_seconds = map.next_value()?,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "cancelled_at" => self.cancelled_at = map.next_value()?,
            "chatkit_configuration" => {
                self.chatkit_configuration = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatSessionResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The workflow behind a session, as resolved by the service.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatkitWorkflow {
    /// Workflow id.
    pub id: String,
    /// Pinned workflow version, or null when the latest deployment is used.
    pub version: Option<String>,
    /// State values passed to the workflow, or null when none were given.
    pub state_variables: Option<BTreeMap<String, ChatkitWorkflowStateVariablesValue>>,
    /// Tracing settings in effect.
    pub tracing: ChatkitWorkflowTracing,
}

impl Serialize for ChatkitWorkflow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("version", &self.version)?;
        map.serialize_entry("state_variables", &self.state_variables)?;
        map.serialize_entry("tracing", &self.tracing)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatkitWorkflow {
    const EXPECTING: &'static str = "a `ChatkitWorkflow` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "version" => self.version = map.next_value()?,
            "state_variables" => self.state_variables = map.next_value()?,
            "tracing" => self.tracing = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatkitWorkflow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A primitive state value.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatkitWorkflowStateVariablesValue {
    /// A `String` value.
    String(String),
    /// An `Integer` value.
    Integer(i64),
    /// A `Boolean` value.
    Boolean(bool),
    /// A `Number` value.
    Number(f64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ChatkitWorkflowStateVariablesValue {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ChatkitWorkflowStateVariablesValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ChatkitWorkflowStateVariablesValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<i64> for ChatkitWorkflowStateVariablesValue {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<bool> for ChatkitWorkflowStateVariablesValue {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}

impl From<f64> for ChatkitWorkflowStateVariablesValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl Serialize for ChatkitWorkflowStateVariablesValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Boolean(value) => Serialize::serialize(value, serializer),
            Self::Number(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatkitWorkflowStateVariablesValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Bool(_) => codec::from_value(value).map(Self::Boolean),
            serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => {
                if let Ok(decoded) = codec::from_value::<i64, D::Error>(value.clone()) {
                    return Ok(Self::Integer(decoded));
                }

                codec::from_value(value).map(Self::Number)
            }
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Number),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Tracing state of a session's workflow.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatkitWorkflowTracing {
    /// Whether the session is traced.
    pub enabled: bool,
}

impl Serialize for ChatkitWorkflowTracing {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("enabled", &self.enabled)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatkitWorkflowTracing {
    const EXPECTING: &'static str = "a `ChatkitWorkflowTracing` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatkitWorkflowTracing {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The request rate in effect for a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatSessionRateLimits {
    /// Requests accepted per minute.
    pub max_requests_per_1_minute: i64,
}

impl Serialize for ChatSessionRateLimits {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry(
            "max_requests_per_1_minute",
            &self.max_requests_per_1_minute,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for ChatSessionRateLimits {
    const EXPECTING: &'static str = "a `ChatSessionRateLimits` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "max_requests_per_1_minute" => {
                self.max_requests_per_1_minute = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatSessionRateLimits {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Lifecycle state of a session: `active`, `expired` or `cancelled`.
#[derive(Debug, Clone)]
pub enum ChatSessionStatus {
    /// `active`
    Active,
    /// `expired`
    Expired,
    /// `cancelled`
    Cancelled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ChatSessionStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ChatSessionStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Expired => "expired",
            Self::Cancelled => "cancelled",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ChatSessionStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "expired" => Self::Expired,
            "cancelled" => Self::Cancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ChatSessionStatus);

/// The ChatKit features in effect for a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatSessionChatkitConfiguration {
    /// Generated thread titles.
    pub automatic_thread_titling: ChatSessionAutomaticThreadTitling,
    /// File uploads.
    pub file_upload: ChatSessionFileUpload,
    /// Access to earlier threads.
    pub history: ChatSessionHistory,
}

impl Serialize for ChatSessionChatkitConfiguration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("automatic_thread_titling", &self.automatic_thread_titling)?;
        map.serialize_entry("file_upload", &self.file_upload)?;
        map.serialize_entry("history", &self.history)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatSessionChatkitConfiguration {
    const EXPECTING: &'static str = "a `ChatSessionChatkitConfiguration` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "automatic_thread_titling" => {
                self.automatic_thread_titling = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "file_upload" => self.file_upload = map.next_value::<codec::Lenient<_>>()?.0,
            "history" => self.history = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatSessionChatkitConfiguration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Whether a session generates thread titles.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatSessionAutomaticThreadTitling {
    /// Whether titles are generated.
    pub enabled: bool,
}

impl Serialize for ChatSessionAutomaticThreadTitling {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("enabled", &self.enabled)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatSessionAutomaticThreadTitling {
    const EXPECTING: &'static str = "a `ChatSessionAutomaticThreadTitling` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatSessionAutomaticThreadTitling {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// File upload rules in effect for a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatSessionFileUpload {
    /// Whether users may upload files.
    pub enabled: bool,
    /// Largest file accepted, in megabytes, or null when not limited.
    pub max_file_size: Option<i64>,
    /// Most files the session may upload, or null when not limited.
    pub max_files: Option<i64>,
}

impl Serialize for ChatSessionFileUpload {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("enabled", &self.enabled)?;
        map.serialize_entry("max_file_size", &self.max_file_size)?;
        map.serialize_entry("max_files", &self.max_files)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatSessionFileUpload {
    const EXPECTING: &'static str = "a `ChatSessionFileUpload` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value::<codec::Lenient<_>>()?.0,
            "max_file_size" => self.max_file_size = map.next_value()?,
            "max_files" => self.max_files = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatSessionFileUpload {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Access to earlier threads in effect for a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatSessionHistory {
    /// Whether users can see their earlier threads.
    pub enabled: bool,
    /// How many of the latest threads are offered, or null for all of them.
    pub recent_threads: Option<i64>,
}

impl Serialize for ChatSessionHistory {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("enabled", &self.enabled)?;
        map.serialize_entry("recent_threads", &self.recent_threads)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatSessionHistory {
    const EXPECTING: &'static str = "a `ChatSessionHistory` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value::<codec::Lenient<_>>()?.0,
            "recent_threads" => self.recent_threads = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatSessionHistory {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /chatkit/sessions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateChatSessionBody {
    /// The workflow the session runs, with optional overrides.
    pub workflow: ChatKitWorkflowParam,
    /// Your identifier for the end user; sessions with the same `user` share access to that user's threads and files.
    pub user: String,
    /// Session lifetime; ten minutes when omitted.
    pub expires_after: Option<ChatKitExpiresAfterParam>,
    /// Request rate allowed to the session; 10 per minute when omitted.
    pub rate_limits: Option<ChatKitRateLimitsParam>,
    /// Switches for ChatKit features in this session.
    pub chatkit_configuration: Option<ChatkitConfigurationParam>,
}

impl Serialize for CreateChatSessionBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("workflow", &self.workflow)?;
        map.serialize_entry("user", &self.user)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        codec::optional_entry(&mut map, "rate_limits", &self.rate_limits)?;
        codec::optional_entry(
            &mut map,
            "chatkit_configuration",
            &self.chatkit_configuration,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for CreateChatSessionBody {
    const EXPECTING: &'static str = "a `CreateChatSessionBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "workflow" => self.workflow = map.next_value::<codec::Lenient<_>>()?.0,
            "user" => self.user = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_after" => self.expires_after = map.next_value()?,
            "rate_limits" => self.rate_limits = map.next_value()?,
            "chatkit_configuration" => self.chatkit_configuration = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateChatSessionBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateChatSessionBody {
    /// Creates a value from its required fields (`workflow`, `user`); the rest start unset.
    #[must_use]
    pub fn new(
        workflow: impl Into<ChatKitWorkflowParam>,
        user: impl Into<String>,
    ) -> Self {
        Self {
            workflow: workflow.into(),
            user: user.into(),
            ..Default::default()
        }
    }

    /// Sets `workflow`.
    #[must_use]
    pub fn workflow(mut self, value: impl Into<ChatKitWorkflowParam>) -> Self {
        self.workflow = value.into();
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = value.into();
        self
    }

    /// Sets `expires_after`.
    #[must_use]
    pub fn expires_after(mut self, value: impl Into<ChatKitExpiresAfterParam>) -> Self {
        self.expires_after = Some(value.into());
        self
    }

    /// Sets `rate_limits`.
    #[must_use]
    pub fn rate_limits(mut self, value: impl Into<ChatKitRateLimitsParam>) -> Self {
        self.rate_limits = Some(value.into());
        self
    }

    /// Sets `chatkit_configuration`.
    #[must_use]
    pub fn chatkit_configuration(
        mut self,
        value: impl Into<ChatkitConfigurationParam>,
    ) -> Self {
        self.chatkit_configuration = Some(value.into());
        self
    }
}

/// Which workflow a session runs, and how.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitWorkflowParam {
    /// Workflow id.
    pub id: String,
    /// Workflow version to run; the latest deployed one when omitted.
    pub version: Option<String>,
    /// Values passed into the workflow's state, keyed by names of up to 64 characters; empty by default.
    pub state_variables: Option<
        BTreeMap<String, ChatKitWorkflowParamStateVariablesValue>,
    >,
    /// Tracing settings; tracing is on when omitted.
    pub tracing: Option<ChatKitWorkflowTracingParam>,
}

impl Serialize for ChatKitWorkflowParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "version", &self.version)?;
        codec::optional_entry(&mut map, "state_variables", &self.state_variables)?;
        codec::optional_entry(&mut map, "tracing", &self.tracing)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitWorkflowParam {
    const EXPECTING: &'static str = "a `ChatKitWorkflowParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "version" => self.version = map.next_value()?,
            "state_variables" => self.state_variables = map.next_value()?,
            "tracing" => self.tracing = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitWorkflowParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatKitWorkflowParam {
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

    /// Sets `state_variables`.
    #[must_use]
    pub fn state_variables<
        K: Into<String>,
        V: Into<ChatKitWorkflowParamStateVariablesValue>,
    >(mut self, entries: impl IntoIterator<Item = (K, V)>) -> Self {
        self.state_variables = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }

    /// Sets `tracing`.
    #[must_use]
    pub fn tracing(mut self, value: impl Into<ChatKitWorkflowTracingParam>) -> Self {
        self.tracing = Some(value.into());
        self
    }
}

/// A primitive state value.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatKitWorkflowParamStateVariablesValue {
    /// A `String` value.
    String(String),
    /// An `Integer` value.
    Integer(i64),
    /// A `Boolean` value.
    Boolean(bool),
    /// A `Number` value.
    Number(f64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for ChatKitWorkflowParamStateVariablesValue {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for ChatKitWorkflowParamStateVariablesValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for ChatKitWorkflowParamStateVariablesValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<i64> for ChatKitWorkflowParamStateVariablesValue {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<bool> for ChatKitWorkflowParamStateVariablesValue {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}

impl From<f64> for ChatKitWorkflowParamStateVariablesValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl Serialize for ChatKitWorkflowParamStateVariablesValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Boolean(value) => Serialize::serialize(value, serializer),
            Self::Number(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ChatKitWorkflowParamStateVariablesValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Bool(_) => codec::from_value(value).map(Self::Boolean),
            serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => {
                if let Ok(decoded) = codec::from_value::<i64, D::Error>(value.clone()) {
                    return Ok(Self::Integer(decoded));
                }

                codec::from_value(value).map(Self::Number)
            }
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Number),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Whether runs of the workflow are traced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitWorkflowTracingParam {
    /// Record traces of the session (default true).
    pub enabled: Option<bool>,
}

impl Serialize for ChatKitWorkflowTracingParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "enabled", &self.enabled)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitWorkflowTracingParam {
    const EXPECTING: &'static str = "a `ChatKitWorkflowTracingParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitWorkflowTracingParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatKitWorkflowTracingParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `enabled`.
    #[must_use]
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
}

/// How long a session stays valid, counted from a reference time.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatKitExpiresAfterParam {
    /// Reference time; only `created_at`.
    pub anchor: String,
    /// Lifetime in seconds after the anchor, from 1 to 600.
    pub seconds: i64,
}

impl Default for ChatKitExpiresAfterParam {
    fn default() -> Self {
        Self {
            anchor: "created_at".to_owned(),
            seconds: Default::default(),
        }
    }
}

impl Serialize for ChatKitExpiresAfterParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("anchor", &self.anchor)?;
        map.serialize_entry("seconds", &self.seconds)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitExpiresAfterParam {
    const EXPECTING: &'static str = "a `ChatKitExpiresAfterParam` object";
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

impl<'de> Deserialize<'de> for ChatKitExpiresAfterParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatKitExpiresAfterParam {
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

/// Request rate allowed to a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitRateLimitsParam {
    /// Requests accepted per minute (default 10).
    pub max_requests_per_1_minute: Option<i64>,
}

impl Serialize for ChatKitRateLimitsParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(
            &mut map,
            "max_requests_per_1_minute",
            &self.max_requests_per_1_minute,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitRateLimitsParam {
    const EXPECTING: &'static str = "a `ChatKitRateLimitsParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "max_requests_per_1_minute" => {
                self.max_requests_per_1_minute = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitRateLimitsParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatKitRateLimitsParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `max_requests_per_1_minute`.
    #[must_use]
    pub fn max_requests_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_minute = Some(value.into());
        self
    }
}

/// Optional ChatKit features to switch on or off for a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatkitConfigurationParam {
    /// Whether threads get generated titles; on when omitted.
    pub automatic_thread_titling: Option<ChatKitAutomaticThreadTitlingParam>,
    /// Whether users may attach files, and how many and how large; off when omitted.
    pub file_upload: Option<ChatKitFileUploadParam>,
    /// Whether users can reopen earlier threads; on, for all threads, when omitted.
    pub history: Option<ChatKitHistoryParam>,
}

impl Serialize for ChatkitConfigurationParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(
            &mut map,
            "automatic_thread_titling",
            &self.automatic_thread_titling,
        )?;
        codec::optional_entry(&mut map, "file_upload", &self.file_upload)?;
        codec::optional_entry(&mut map, "history", &self.history)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatkitConfigurationParam {
    const EXPECTING: &'static str = "a `ChatkitConfigurationParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "automatic_thread_titling" => {
                self.automatic_thread_titling = map.next_value()?;
            }
            "file_upload" => self.file_upload = map.next_value()?,
            "history" => self.history = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatkitConfigurationParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatkitConfigurationParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `automatic_thread_titling`.
    #[must_use]
    pub fn automatic_thread_titling(
        mut self,
        value: impl Into<ChatKitAutomaticThreadTitlingParam>,
    ) -> Self {
        self.automatic_thread_titling = Some(value.into());
        self
    }

    /// Sets `file_upload`.
    #[must_use]
    pub fn file_upload(mut self, value: impl Into<ChatKitFileUploadParam>) -> Self {
        self.file_upload = Some(value.into());
        self
    }

    /// Sets `history`.
    #[must_use]
    pub fn history(mut self, value: impl Into<ChatKitHistoryParam>) -> Self {
        self.history = Some(value.into());
        self
    }
}

/// Setting for generated thread titles.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitAutomaticThreadTitlingParam {
    /// Generate a title for each thread (default true).
    pub enabled: Option<bool>,
}

impl Serialize for ChatKitAutomaticThreadTitlingParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "enabled", &self.enabled)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitAutomaticThreadTitlingParam {
    const EXPECTING: &'static str = "a `ChatKitAutomaticThreadTitlingParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitAutomaticThreadTitlingParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatKitAutomaticThreadTitlingParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `enabled`.
    #[must_use]
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
}

/// Settings for file uploads in a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitFileUploadParam {
    /// Allow users to upload files (default false).
    pub enabled: Option<bool>,
    /// Largest file accepted, in megabytes, from 1 to 512 (default 512).
    pub max_file_size: Option<i64>,
    /// Most files a session may upload (default 10).
    pub max_files: Option<i64>,
}

impl Serialize for ChatKitFileUploadParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "enabled", &self.enabled)?;
        codec::optional_entry(&mut map, "max_file_size", &self.max_file_size)?;
        codec::optional_entry(&mut map, "max_files", &self.max_files)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitFileUploadParam {
    const EXPECTING: &'static str = "a `ChatKitFileUploadParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            "max_file_size" => self.max_file_size = map.next_value()?,
            "max_files" => self.max_files = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitFileUploadParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatKitFileUploadParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `enabled`.
    #[must_use]
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Sets `max_file_size`.
    #[must_use]
    pub fn max_file_size(mut self, value: impl Into<i64>) -> Self {
        self.max_file_size = Some(value.into());
        self
    }

    /// Sets `max_files`.
    #[must_use]
    pub fn max_files(mut self, value: impl Into<i64>) -> Self {
        self.max_files = Some(value.into());
        self
    }
}

/// Settings for access to earlier threads.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatKitHistoryParam {
    /// Let users see and reopen their earlier threads (default true).
    pub enabled: Option<bool>,
    /// How many of the latest threads are offered; all when omitted.
    pub recent_threads: Option<i64>,
}

impl Serialize for ChatKitHistoryParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "enabled", &self.enabled)?;
        codec::optional_entry(&mut map, "recent_threads", &self.recent_threads)?;
        map.end()
    }
}

impl codec::ObjectFields for ChatKitHistoryParam {
    const EXPECTING: &'static str = "a `ChatKitHistoryParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            "recent_threads" => self.recent_threads = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ChatKitHistoryParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ChatKitHistoryParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `enabled`.
    #[must_use]
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }

    /// Sets `recent_threads`.
    #[must_use]
    pub fn recent_threads(mut self, value: impl Into<i64>) -> Self {
        self.recent_threads = Some(value.into());
        self
    }
}
