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
    /// The object's id: a response (`resp_...`), a batch (`batch_...`) or a fine-tuning job (`ftjob_...`), following the event's `type`.
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
