// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! The payloads of the webhook events the API sends, and their union.
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

/// An event the API delivers to a webhook endpoint, one variant per webhook of the spec,
/// chosen by the payload's `type`. [`Webhooks::unwrap`](crate::Webhooks::unwrap) checks a
/// delivery's signature and decodes it into this; an event this client does not know yet is
/// kept as JSON in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookEvent {
    /// A background response finished and its output is ready to fetch.
    ResponseCompleted(WebhookResponseCompleted),
    /// A background response stopped with an error; fetch it to read the error.
    ResponseFailed(WebhookResponseFailed),
    /// A background response was cancelled before it finished.
    ResponseCancelled(WebhookResponseCancelled),
    /// A background response ended early, for example at its output token limit; fetch it for the reason.
    ResponseIncomplete(WebhookResponseIncomplete),
    /// A batch finished processing; its output and error files can be downloaded.
    BatchCompleted(WebhookBatchCompleted),
    /// A batch could not be processed; fetch it to read its errors.
    BatchFailed(WebhookBatchFailed),
    /// A fine-tuning job finished and its fine-tuned model can be used.
    FineTuningJobSucceeded(WebhookFineTuningJobSucceeded),
    /// A fine-tuning job stopped with an error; fetch it to read the error.
    FineTuningJobFailed(WebhookFineTuningJobFailed),
    /// A batch was cancelled; requests that had already finished are in its output file.
    BatchCancelled(WebhookBatchCancelled),
    /// A batch did not finish within its completion window; the requests done by then can still be downloaded.
    BatchExpired(WebhookBatchExpired),
    /// A fine-tuning job was cancelled before it finished.
    FineTuningJobCancelled(WebhookFineTuningJobCancelled),
    /// An eval run finished; its results can be fetched.
    EvalRunSucceeded(WebhookEvalRunSucceeded),
    /// An eval run stopped with an error; fetch it to read the error.
    EvalRunFailed(WebhookEvalRunFailed),
    /// An eval run was canceled before it finished.
    EvalRunCanceled(WebhookEvalRunCanceled),
    /// A SIP call reached the project's phone number; accept, refer or reject it with the `/realtime/calls/{call_id}` endpoints.
    RealtimeCallIncoming(WebhookRealtimeCallIncoming),
    /// A SIP call reached the project's phone number and can be taken by the Live API; the same call is also announced as `realtime.call.incoming`, and whichever accept arrives first decides which API handles it.
    LiveCallIncoming(WebhookLiveCallIncoming),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for WebhookEvent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<WebhookResponseCompleted> for WebhookEvent {
    fn from(value: WebhookResponseCompleted) -> Self {
        Self::ResponseCompleted(value)
    }
}

impl From<WebhookResponseFailed> for WebhookEvent {
    fn from(value: WebhookResponseFailed) -> Self {
        Self::ResponseFailed(value)
    }
}

impl From<WebhookResponseCancelled> for WebhookEvent {
    fn from(value: WebhookResponseCancelled) -> Self {
        Self::ResponseCancelled(value)
    }
}

impl From<WebhookResponseIncomplete> for WebhookEvent {
    fn from(value: WebhookResponseIncomplete) -> Self {
        Self::ResponseIncomplete(value)
    }
}

impl From<WebhookBatchCompleted> for WebhookEvent {
    fn from(value: WebhookBatchCompleted) -> Self {
        Self::BatchCompleted(value)
    }
}

impl From<WebhookBatchFailed> for WebhookEvent {
    fn from(value: WebhookBatchFailed) -> Self {
        Self::BatchFailed(value)
    }
}

impl From<WebhookFineTuningJobSucceeded> for WebhookEvent {
    fn from(value: WebhookFineTuningJobSucceeded) -> Self {
        Self::FineTuningJobSucceeded(value)
    }
}

impl From<WebhookFineTuningJobFailed> for WebhookEvent {
    fn from(value: WebhookFineTuningJobFailed) -> Self {
        Self::FineTuningJobFailed(value)
    }
}

impl From<WebhookBatchCancelled> for WebhookEvent {
    fn from(value: WebhookBatchCancelled) -> Self {
        Self::BatchCancelled(value)
    }
}

impl From<WebhookBatchExpired> for WebhookEvent {
    fn from(value: WebhookBatchExpired) -> Self {
        Self::BatchExpired(value)
    }
}

impl From<WebhookFineTuningJobCancelled> for WebhookEvent {
    fn from(value: WebhookFineTuningJobCancelled) -> Self {
        Self::FineTuningJobCancelled(value)
    }
}

impl From<WebhookEvalRunSucceeded> for WebhookEvent {
    fn from(value: WebhookEvalRunSucceeded) -> Self {
        Self::EvalRunSucceeded(value)
    }
}

impl From<WebhookEvalRunFailed> for WebhookEvent {
    fn from(value: WebhookEvalRunFailed) -> Self {
        Self::EvalRunFailed(value)
    }
}

impl From<WebhookEvalRunCanceled> for WebhookEvent {
    fn from(value: WebhookEvalRunCanceled) -> Self {
        Self::EvalRunCanceled(value)
    }
}

impl From<WebhookRealtimeCallIncoming> for WebhookEvent {
    fn from(value: WebhookRealtimeCallIncoming) -> Self {
        Self::RealtimeCallIncoming(value)
    }
}

impl From<WebhookLiveCallIncoming> for WebhookEvent {
    fn from(value: WebhookLiveCallIncoming) -> Self {
        Self::LiveCallIncoming(value)
    }
}

impl Serialize for WebhookEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ResponseCompleted(value) => Serialize::serialize(value, serializer),
            Self::ResponseFailed(value) => Serialize::serialize(value, serializer),
            Self::ResponseCancelled(value) => Serialize::serialize(value, serializer),
            Self::ResponseIncomplete(value) => Serialize::serialize(value, serializer),
            Self::BatchCompleted(value) => Serialize::serialize(value, serializer),
            Self::BatchFailed(value) => Serialize::serialize(value, serializer),
            Self::FineTuningJobSucceeded(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::FineTuningJobFailed(value) => Serialize::serialize(value, serializer),
            Self::BatchCancelled(value) => Serialize::serialize(value, serializer),
            Self::BatchExpired(value) => Serialize::serialize(value, serializer),
            Self::FineTuningJobCancelled(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::EvalRunSucceeded(value) => Serialize::serialize(value, serializer),
            Self::EvalRunFailed(value) => Serialize::serialize(value, serializer),
            Self::EvalRunCanceled(value) => Serialize::serialize(value, serializer),
            Self::RealtimeCallIncoming(value) => Serialize::serialize(value, serializer),
            Self::LiveCallIncoming(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for WebhookEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("response.completed") => {
                codec::from_value(value).map(Self::ResponseCompleted)
            }
            Some("response.failed") => codec::from_value(value).map(Self::ResponseFailed),
            Some("response.cancelled") => {
                codec::from_value(value).map(Self::ResponseCancelled)
            }
            Some("response.incomplete") => {
                codec::from_value(value).map(Self::ResponseIncomplete)
            }
            Some("batch.completed") => codec::from_value(value).map(Self::BatchCompleted),
            Some("batch.failed") => codec::from_value(value).map(Self::BatchFailed),
            Some("fine_tuning.job.succeeded") => {
                codec::from_value(value).map(Self::FineTuningJobSucceeded)
            }
            Some("fine_tuning.job.failed") => {
                codec::from_value(value).map(Self::FineTuningJobFailed)
            }
            Some("batch.cancelled") => codec::from_value(value).map(Self::BatchCancelled),
            Some("batch.expired") => codec::from_value(value).map(Self::BatchExpired),
            Some("fine_tuning.job.cancelled") => {
                codec::from_value(value).map(Self::FineTuningJobCancelled)
            }
            Some("eval.run.succeeded") => {
                codec::from_value(value).map(Self::EvalRunSucceeded)
            }
            Some("eval.run.failed") => codec::from_value(value).map(Self::EvalRunFailed),
            Some("eval.run.canceled") => {
                codec::from_value(value).map(Self::EvalRunCanceled)
            }
            Some("realtime.call.incoming") => {
                codec::from_value(value).map(Self::RealtimeCallIncoming)
            }
            Some("live.call.incoming") => {
                codec::from_value(value).map(Self::LiveCallIncoming)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Payload of the `response.completed` webhook event. A background response finished and its output is ready to fetch.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookResponseCompleted {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `response.completed`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the response finished (Unix seconds).
    pub created_at: i64,
    /// The response the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookResponseCompleted {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "response.completed".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookResponseCompleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookResponseCompleted {
    const EXPECTING: &'static str = "a `WebhookResponseCompleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookResponseCompleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The object a webhook event is about, by id; retrieve it for its current state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookEventData {
    /// The object's id: a response (`resp_...`), a batch (`batch_...`), a fine-tuning job (`ftjob_...`) or an eval run (`evalrun_...`), following the event's `type`.
    pub id: String,
}

impl Serialize for WebhookEventData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookEventData {
    const EXPECTING: &'static str = "a `WebhookEventData` object";
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

impl<'de> Deserialize<'de> for WebhookEventData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `response.failed` webhook event. A background response stopped with an error; fetch it to read the error.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookResponseFailed {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `response.failed`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the response failed (Unix seconds).
    pub created_at: i64,
    /// The response the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookResponseFailed {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "response.failed".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookResponseFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookResponseFailed {
    const EXPECTING: &'static str = "a `WebhookResponseFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookResponseFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `response.cancelled` webhook event. A background response was cancelled before it finished.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookResponseCancelled {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `response.cancelled`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the response was cancelled (Unix seconds).
    pub created_at: i64,
    /// The response the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookResponseCancelled {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "response.cancelled".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookResponseCancelled {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookResponseCancelled {
    const EXPECTING: &'static str = "a `WebhookResponseCancelled` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookResponseCancelled {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `response.incomplete` webhook event. A background response ended early, for example at its output token limit; fetch it for the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookResponseIncomplete {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `response.incomplete`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the response ended incomplete (Unix seconds).
    pub created_at: i64,
    /// The response the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookResponseIncomplete {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "response.incomplete".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookResponseIncomplete {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookResponseIncomplete {
    const EXPECTING: &'static str = "a `WebhookResponseIncomplete` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookResponseIncomplete {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `batch.completed` webhook event. A batch finished processing; its output and error files can be downloaded.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookBatchCompleted {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `batch.completed`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the batch finished (Unix seconds).
    pub created_at: i64,
    /// The batch the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookBatchCompleted {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "batch.completed".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookBatchCompleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookBatchCompleted {
    const EXPECTING: &'static str = "a `WebhookBatchCompleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookBatchCompleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `batch.failed` webhook event. A batch could not be processed; fetch it to read its errors.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookBatchFailed {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `batch.failed`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the batch failed (Unix seconds).
    pub created_at: i64,
    /// The batch the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookBatchFailed {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "batch.failed".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookBatchFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookBatchFailed {
    const EXPECTING: &'static str = "a `WebhookBatchFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookBatchFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `fine_tuning.job.succeeded` webhook event. A fine-tuning job finished and its fine-tuned model can be used.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookFineTuningJobSucceeded {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `fine_tuning.job.succeeded`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the job succeeded (Unix seconds).
    pub created_at: i64,
    /// The fine-tuning job the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookFineTuningJobSucceeded {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "fine_tuning.job.succeeded".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookFineTuningJobSucceeded {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookFineTuningJobSucceeded {
    const EXPECTING: &'static str = "a `WebhookFineTuningJobSucceeded` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookFineTuningJobSucceeded {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `fine_tuning.job.failed` webhook event. A fine-tuning job stopped with an error; fetch it to read the error.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookFineTuningJobFailed {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `fine_tuning.job.failed`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the job failed (Unix seconds).
    pub created_at: i64,
    /// The fine-tuning job the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookFineTuningJobFailed {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "fine_tuning.job.failed".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookFineTuningJobFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookFineTuningJobFailed {
    const EXPECTING: &'static str = "a `WebhookFineTuningJobFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookFineTuningJobFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `batch.cancelled` webhook event. A batch was cancelled; requests that had already finished are in its output file.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookBatchCancelled {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `batch.cancelled`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the batch was cancelled (Unix seconds).
    pub created_at: i64,
    /// The batch the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookBatchCancelled {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "batch.cancelled".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookBatchCancelled {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookBatchCancelled {
    const EXPECTING: &'static str = "a `WebhookBatchCancelled` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookBatchCancelled {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `batch.expired` webhook event. A batch did not finish within its completion window; the requests done by then can still be downloaded.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookBatchExpired {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `batch.expired`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the batch expired (Unix seconds).
    pub created_at: i64,
    /// The batch the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookBatchExpired {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "batch.expired".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookBatchExpired {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookBatchExpired {
    const EXPECTING: &'static str = "a `WebhookBatchExpired` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookBatchExpired {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `fine_tuning.job.cancelled` webhook event. A fine-tuning job was cancelled before it finished.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookFineTuningJobCancelled {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `fine_tuning.job.cancelled`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the job was cancelled (Unix seconds).
    pub created_at: i64,
    /// The fine-tuning job the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookFineTuningJobCancelled {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "fine_tuning.job.cancelled".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookFineTuningJobCancelled {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookFineTuningJobCancelled {
    const EXPECTING: &'static str = "a `WebhookFineTuningJobCancelled` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookFineTuningJobCancelled {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `eval.run.succeeded` webhook event. An eval run finished; its results can be fetched.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEvalRunSucceeded {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `eval.run.succeeded`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the run finished (Unix seconds).
    pub created_at: i64,
    /// The eval run the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookEvalRunSucceeded {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "eval.run.succeeded".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookEvalRunSucceeded {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookEvalRunSucceeded {
    const EXPECTING: &'static str = "a `WebhookEvalRunSucceeded` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookEvalRunSucceeded {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `eval.run.failed` webhook event. An eval run stopped with an error; fetch it to read the error.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEvalRunFailed {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `eval.run.failed`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the run failed (Unix seconds).
    pub created_at: i64,
    /// The eval run the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookEvalRunFailed {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "eval.run.failed".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookEvalRunFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookEvalRunFailed {
    const EXPECTING: &'static str = "a `WebhookEvalRunFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookEvalRunFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `eval.run.canceled` webhook event. An eval run was canceled before it finished.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEvalRunCanceled {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `eval.run.canceled`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the run was canceled (Unix seconds).
    pub created_at: i64,
    /// The eval run the event is about.
    pub data: WebhookEventData,
}

impl Default for WebhookEvalRunCanceled {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "eval.run.canceled".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookEvalRunCanceled {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookEvalRunCanceled {
    const EXPECTING: &'static str = "a `WebhookEvalRunCanceled` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookEvalRunCanceled {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `realtime.call.incoming` webhook event. A SIP call reached the project's phone number; accept, refer or reject it with the `/realtime/calls/{call_id}` endpoints.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookRealtimeCallIncoming {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `realtime.call.incoming`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the call came in (Unix seconds).
    pub created_at: i64,
    /// The call waiting for an answer.
    pub data: WebhookRealtimeCallIncomingData,
}

impl Default for WebhookRealtimeCallIncoming {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "realtime.call.incoming".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookRealtimeCallIncoming {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookRealtimeCallIncoming {
    const EXPECTING: &'static str = "a `WebhookRealtimeCallIncoming` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookRealtimeCallIncoming {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The incoming SIP call of a `realtime.call.incoming` event.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookRealtimeCallIncomingData {
    /// Id of the call (`rtc_...`), the `{call_id}` of the Realtime call endpoints.
    pub call_id: String,
    /// Headers of the call's SIP INVITE, in order.
    pub sip_headers: Vec<WebhookSipHeader>,
}

impl Serialize for WebhookRealtimeCallIncomingData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("sip_headers", &self.sip_headers)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookRealtimeCallIncomingData {
    const EXPECTING: &'static str = "a `WebhookRealtimeCallIncomingData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sip_headers" => self.sip_headers = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookRealtimeCallIncomingData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One header of a SIP INVITE.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookSipHeader {
    /// Header name, such as `From` or `To`.
    pub name: String,
    /// Header value.
    pub value: String,
}

impl Serialize for WebhookSipHeader {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("value", &self.value)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookSipHeader {
    const EXPECTING: &'static str = "a `WebhookSipHeader` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookSipHeader {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Payload of the `live.call.incoming` webhook event. A SIP call reached the project's phone number and can be taken by the Live API; the same call is also announced as `realtime.call.incoming`, and whichever accept arrives first decides which API handles it.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookLiveCallIncoming {
    /// The event's id (`evt_...`), the same on every delivery attempt of this event.
    pub id: String,
    /// The event type, always `live.call.incoming`.
    pub r#type: String,
    /// The kind of object, always `event`.
    pub object: Option<String>,
    /// When the call came in (Unix seconds).
    pub created_at: i64,
    /// The call waiting for an answer.
    pub data: WebhookLiveCallIncomingData,
}

impl Default for WebhookLiveCallIncoming {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "live.call.incoming".to_owned(),
            object: Default::default(),
            created_at: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for WebhookLiveCallIncoming {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookLiveCallIncoming {
    const EXPECTING: &'static str = "a `WebhookLiveCallIncoming` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookLiveCallIncoming {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The incoming SIP call of a `live.call.incoming` event.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookLiveCallIncomingData {
    /// Id of the waiting SIP session (`rtc_...`); `realtime.call.incoming` reports the same value as `call_id`.
    pub session_id: String,
    /// Headers of the call's SIP INVITE, in order.
    pub sip_headers: Vec<WebhookSipHeader>,
}

impl Serialize for WebhookLiveCallIncomingData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("session_id", &self.session_id)?;
        map.serialize_entry("sip_headers", &self.sip_headers)?;
        map.end()
    }
}

impl codec::ObjectFields for WebhookLiveCallIncomingData {
    const EXPECTING: &'static str = "a `WebhookLiveCallIncomingData` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "session_id" => self.session_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sip_headers" => self.sip_headers = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for WebhookLiveCallIncomingData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
