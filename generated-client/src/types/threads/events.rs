// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! The events of the `threads` streams, and the types only they use.
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

/// One server-sent event of a streamed run. Unlike other streams, the
/// event name travels in the SSE `event:` field and the JSON object in
/// `data:`; this schema models the pair as `{event, data}`. The stream
/// ends with the `done` event, whose data is the literal `[DONE]`.
#[derive(Debug, Clone, PartialEq)]
pub enum AssistantStreamEvent {
    /// A thread was created (only emitted by create-and-run). (`thread.created`)
    ThreadCreated(AssistantStreamEventThreadCreated),
    /// A run was created. (`thread.run.created`)
    ThreadRunCreated(AssistantStreamEventThreadRunCreated),
    /// A run entered the queue. (`thread.run.queued`)
    ThreadRunQueued(AssistantStreamEventThreadRunQueued),
    /// A run started executing. (`thread.run.in_progress`)
    ThreadRunInProgress(AssistantStreamEventThreadRunInProgress),
    /// A run is waiting for tool outputs. (`thread.run.requires_action`)
    ThreadRunRequiresAction(AssistantStreamEventThreadRunRequiresAction),
    /// A run finished successfully. (`thread.run.completed`)
    ThreadRunCompleted(AssistantStreamEventThreadRunCompleted),
    /// A run ended because a token limit was reached. (`thread.run.incomplete`)
    ThreadRunIncomplete(AssistantStreamEventThreadRunIncomplete),
    /// A run failed. (`thread.run.failed`)
    ThreadRunFailed(AssistantStreamEventThreadRunFailed),
    /// A run is being cancelled. (`thread.run.cancelling`)
    ThreadRunCancelling(AssistantStreamEventThreadRunCancelling),
    /// A run was cancelled. (`thread.run.cancelled`)
    ThreadRunCancelled(AssistantStreamEventThreadRunCancelled),
    /// A run expired before finishing. (`thread.run.expired`)
    ThreadRunExpired(AssistantStreamEventThreadRunExpired),
    /// A run step was created. (`thread.run.step.created`)
    ThreadRunStepCreated(AssistantStreamEventThreadRunStepCreated),
    /// A run step started. (`thread.run.step.in_progress`)
    ThreadRunStepInProgress(AssistantStreamEventThreadRunStepInProgress),
    /// Part of a run step changed. (`thread.run.step.delta`)
    ThreadRunStepDelta(AssistantStreamEventThreadRunStepDelta),
    /// A run step finished. (`thread.run.step.completed`)
    ThreadRunStepCompleted(AssistantStreamEventThreadRunStepCompleted),
    /// A run step failed. (`thread.run.step.failed`)
    ThreadRunStepFailed(AssistantStreamEventThreadRunStepFailed),
    /// A run step was cancelled. (`thread.run.step.cancelled`)
    ThreadRunStepCancelled(AssistantStreamEventThreadRunStepCancelled),
    /// A run step expired. (`thread.run.step.expired`)
    ThreadRunStepExpired(AssistantStreamEventThreadRunStepExpired),
    /// A message was created. (`thread.message.created`)
    ThreadMessageCreated(AssistantStreamEventThreadMessageCreated),
    /// A message is being written. (`thread.message.in_progress`)
    ThreadMessageInProgress(AssistantStreamEventThreadMessageInProgress),
    /// Part of a message changed. (`thread.message.delta`)
    ThreadMessageDelta(AssistantStreamEventThreadMessageDelta),
    /// A message was finished. (`thread.message.completed`)
    ThreadMessageCompleted(AssistantStreamEventThreadMessageCompleted),
    /// A message ended before it was finished. (`thread.message.incomplete`)
    ThreadMessageIncomplete(AssistantStreamEventThreadMessageIncomplete),
    /// An error occurred; the stream ends. (`error`)
    Error(AssistantStreamEventError),
    /// The stream is over. (`done`)
    Done(AssistantStreamEventDone),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for AssistantStreamEvent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<AssistantStreamEventThreadCreated> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadCreated) -> Self {
        Self::ThreadCreated(value)
    }
}

impl From<AssistantStreamEventThreadRunCreated> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunCreated) -> Self {
        Self::ThreadRunCreated(value)
    }
}

impl From<AssistantStreamEventThreadRunQueued> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunQueued) -> Self {
        Self::ThreadRunQueued(value)
    }
}

impl From<AssistantStreamEventThreadRunInProgress> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunInProgress) -> Self {
        Self::ThreadRunInProgress(value)
    }
}

impl From<AssistantStreamEventThreadRunRequiresAction> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunRequiresAction) -> Self {
        Self::ThreadRunRequiresAction(value)
    }
}

impl From<AssistantStreamEventThreadRunCompleted> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunCompleted) -> Self {
        Self::ThreadRunCompleted(value)
    }
}

impl From<AssistantStreamEventThreadRunIncomplete> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunIncomplete) -> Self {
        Self::ThreadRunIncomplete(value)
    }
}

impl From<AssistantStreamEventThreadRunFailed> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunFailed) -> Self {
        Self::ThreadRunFailed(value)
    }
}

impl From<AssistantStreamEventThreadRunCancelling> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunCancelling) -> Self {
        Self::ThreadRunCancelling(value)
    }
}

impl From<AssistantStreamEventThreadRunCancelled> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunCancelled) -> Self {
        Self::ThreadRunCancelled(value)
    }
}

impl From<AssistantStreamEventThreadRunExpired> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunExpired) -> Self {
        Self::ThreadRunExpired(value)
    }
}

impl From<AssistantStreamEventThreadRunStepCreated> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepCreated) -> Self {
        Self::ThreadRunStepCreated(value)
    }
}

impl From<AssistantStreamEventThreadRunStepInProgress> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepInProgress) -> Self {
        Self::ThreadRunStepInProgress(value)
    }
}

impl From<AssistantStreamEventThreadRunStepDelta> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepDelta) -> Self {
        Self::ThreadRunStepDelta(value)
    }
}

impl From<AssistantStreamEventThreadRunStepCompleted> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepCompleted) -> Self {
        Self::ThreadRunStepCompleted(value)
    }
}

impl From<AssistantStreamEventThreadRunStepFailed> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepFailed) -> Self {
        Self::ThreadRunStepFailed(value)
    }
}

impl From<AssistantStreamEventThreadRunStepCancelled> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepCancelled) -> Self {
        Self::ThreadRunStepCancelled(value)
    }
}

impl From<AssistantStreamEventThreadRunStepExpired> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadRunStepExpired) -> Self {
        Self::ThreadRunStepExpired(value)
    }
}

impl From<AssistantStreamEventThreadMessageCreated> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageCreated) -> Self {
        Self::ThreadMessageCreated(value)
    }
}

impl From<AssistantStreamEventThreadMessageInProgress> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageInProgress) -> Self {
        Self::ThreadMessageInProgress(value)
    }
}

impl From<AssistantStreamEventThreadMessageDelta> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageDelta) -> Self {
        Self::ThreadMessageDelta(value)
    }
}

impl From<AssistantStreamEventThreadMessageCompleted> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageCompleted) -> Self {
        Self::ThreadMessageCompleted(value)
    }
}

impl From<AssistantStreamEventThreadMessageIncomplete> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventThreadMessageIncomplete) -> Self {
        Self::ThreadMessageIncomplete(value)
    }
}

impl From<AssistantStreamEventError> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventError) -> Self {
        Self::Error(value)
    }
}

impl From<AssistantStreamEventDone> for AssistantStreamEvent {
    fn from(value: AssistantStreamEventDone) -> Self {
        Self::Done(value)
    }
}

impl Serialize for AssistantStreamEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ThreadCreated(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunCreated(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunQueued(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunInProgress(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunRequiresAction(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ThreadRunCompleted(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunIncomplete(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunFailed(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunCancelling(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunCancelled(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunExpired(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunStepCreated(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunStepInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ThreadRunStepDelta(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunStepCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ThreadRunStepFailed(value) => Serialize::serialize(value, serializer),
            Self::ThreadRunStepCancelled(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ThreadRunStepExpired(value) => Serialize::serialize(value, serializer),
            Self::ThreadMessageCreated(value) => Serialize::serialize(value, serializer),
            Self::ThreadMessageInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ThreadMessageDelta(value) => Serialize::serialize(value, serializer),
            Self::ThreadMessageCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ThreadMessageIncomplete(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Error(value) => Serialize::serialize(value, serializer),
            Self::Done(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("event").and_then(serde_json::Value::as_str) {
            Some("thread.created") => codec::from_value(value).map(Self::ThreadCreated),
            Some("thread.run.created") => {
                codec::from_value(value).map(Self::ThreadRunCreated)
            }
            Some("thread.run.queued") => {
                codec::from_value(value).map(Self::ThreadRunQueued)
            }
            Some("thread.run.in_progress") => {
                codec::from_value(value).map(Self::ThreadRunInProgress)
            }
            Some("thread.run.requires_action") => {
                codec::from_value(value).map(Self::ThreadRunRequiresAction)
            }
            Some("thread.run.completed") => {
                codec::from_value(value).map(Self::ThreadRunCompleted)
            }
            Some("thread.run.incomplete") => {
                codec::from_value(value).map(Self::ThreadRunIncomplete)
            }
            Some("thread.run.failed") => {
                codec::from_value(value).map(Self::ThreadRunFailed)
            }
            Some("thread.run.cancelling") => {
                codec::from_value(value).map(Self::ThreadRunCancelling)
            }
            Some("thread.run.cancelled") => {
                codec::from_value(value).map(Self::ThreadRunCancelled)
            }
            Some("thread.run.expired") => {
                codec::from_value(value).map(Self::ThreadRunExpired)
            }
            Some("thread.run.step.created") => {
                codec::from_value(value).map(Self::ThreadRunStepCreated)
            }
            Some("thread.run.step.in_progress") => {
                codec::from_value(value).map(Self::ThreadRunStepInProgress)
            }
            Some("thread.run.step.delta") => {
                codec::from_value(value).map(Self::ThreadRunStepDelta)
            }
            Some("thread.run.step.completed") => {
                codec::from_value(value).map(Self::ThreadRunStepCompleted)
            }
            Some("thread.run.step.failed") => {
                codec::from_value(value).map(Self::ThreadRunStepFailed)
            }
            Some("thread.run.step.cancelled") => {
                codec::from_value(value).map(Self::ThreadRunStepCancelled)
            }
            Some("thread.run.step.expired") => {
                codec::from_value(value).map(Self::ThreadRunStepExpired)
            }
            Some("thread.message.created") => {
                codec::from_value(value).map(Self::ThreadMessageCreated)
            }
            Some("thread.message.in_progress") => {
                codec::from_value(value).map(Self::ThreadMessageInProgress)
            }
            Some("thread.message.delta") => {
                codec::from_value(value).map(Self::ThreadMessageDelta)
            }
            Some("thread.message.completed") => {
                codec::from_value(value).map(Self::ThreadMessageCompleted)
            }
            Some("thread.message.incomplete") => {
                codec::from_value(value).map(Self::ThreadMessageIncomplete)
            }
            Some("error") => codec::from_value(value).map(Self::Error),
            Some("done") => codec::from_value(value).map(Self::Done),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

impl crate::runtime::StreamEvent for AssistantStreamEvent {
    const END: crate::runtime::StreamEnd = crate::runtime::StreamEnd {
        data: Some("[DONE]"),
        events: &["done"],
    };
    #[inline]
    fn from_sse(
        event: Option<&str>,
        data: &str,
    ) -> Result<Self, crate::runtime::DecodeError> {
        crate::runtime::sse::decode_enveloped(event, data)
    }
}

/// A thread was created (only emitted by create-and-run). (`thread.created`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadCreated {
    /// SSE event name, always `thread.created`.
    pub event: String,
    /// The new thread.
    pub data: ThreadObject,
}

impl Default for AssistantStreamEventThreadCreated {
    fn default() -> Self {
        Self {
            event: "thread.created".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadCreated {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run was created. (`thread.run.created`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunCreated {
    /// SSE event name, always `thread.run.created`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunCreated {
    fn default() -> Self {
        Self {
            event: "thread.run.created".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunCreated {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run entered the queue. (`thread.run.queued`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunQueued {
    /// SSE event name, always `thread.run.queued`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunQueued {
    fn default() -> Self {
        Self {
            event: "thread.run.queued".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunQueued {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunQueued {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunQueued` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunQueued {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run started executing. (`thread.run.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunInProgress {
    /// SSE event name, always `thread.run.in_progress`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunInProgress {
    fn default() -> Self {
        Self {
            event: "thread.run.in_progress".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunInProgress {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunInProgress {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunInProgress` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunInProgress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run is waiting for tool outputs. (`thread.run.requires_action`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunRequiresAction {
    /// SSE event name, always `thread.run.requires_action`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunRequiresAction {
    fn default() -> Self {
        Self {
            event: "thread.run.requires_action".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunRequiresAction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunRequiresAction {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunRequiresAction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunRequiresAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run finished successfully. (`thread.run.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunCompleted {
    /// SSE event name, always `thread.run.completed`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunCompleted {
    fn default() -> Self {
        Self {
            event: "thread.run.completed".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunCompleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunCompleted {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunCompleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunCompleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run ended because a token limit was reached. (`thread.run.incomplete`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunIncomplete {
    /// SSE event name, always `thread.run.incomplete`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunIncomplete {
    fn default() -> Self {
        Self {
            event: "thread.run.incomplete".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunIncomplete {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunIncomplete {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunIncomplete` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunIncomplete {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run failed. (`thread.run.failed`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunFailed {
    /// SSE event name, always `thread.run.failed`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunFailed {
    fn default() -> Self {
        Self {
            event: "thread.run.failed".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunFailed {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run is being cancelled. (`thread.run.cancelling`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunCancelling {
    /// SSE event name, always `thread.run.cancelling`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunCancelling {
    fn default() -> Self {
        Self {
            event: "thread.run.cancelling".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunCancelling {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunCancelling {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunCancelling` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunCancelling {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run was cancelled. (`thread.run.cancelled`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunCancelled {
    /// SSE event name, always `thread.run.cancelled`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunCancelled {
    fn default() -> Self {
        Self {
            event: "thread.run.cancelled".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunCancelled {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunCancelled {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunCancelled` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunCancelled {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run expired before finishing. (`thread.run.expired`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunExpired {
    /// SSE event name, always `thread.run.expired`.
    pub event: String,
    /// The run.
    pub data: RunObject,
}

impl Default for AssistantStreamEventThreadRunExpired {
    fn default() -> Self {
        Self {
            event: "thread.run.expired".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunExpired {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunExpired {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunExpired` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunExpired {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run step was created. (`thread.run.step.created`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunStepCreated {
    /// SSE event name, always `thread.run.step.created`.
    pub event: String,
    /// The run step.
    pub data: RunStepObject,
}

impl Default for AssistantStreamEventThreadRunStepCreated {
    fn default() -> Self {
        Self {
            event: "thread.run.step.created".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunStepCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunStepCreated {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunStepCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunStepCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run step started. (`thread.run.step.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunStepInProgress {
    /// SSE event name, always `thread.run.step.in_progress`.
    pub event: String,
    /// The run step.
    pub data: RunStepObject,
}

impl Default for AssistantStreamEventThreadRunStepInProgress {
    fn default() -> Self {
        Self {
            event: "thread.run.step.in_progress".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunStepInProgress {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunStepInProgress {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunStepInProgress` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunStepInProgress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Part of a run step changed. (`thread.run.step.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunStepDelta {
    /// SSE event name, always `thread.run.step.delta`.
    pub event: String,
    /// The run step change.
    pub data: RunStepDeltaObject,
}

impl Default for AssistantStreamEventThreadRunStepDelta {
    fn default() -> Self {
        Self {
            event: "thread.run.step.delta".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunStepDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunStepDelta {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunStepDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunStepDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Streamed change to a run step.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDeltaObject {
    /// Step id.
    pub id: String,
    /// Always `thread.run.step.delta`.
    pub object: String,
    /// The changed fields.
    pub delta: RunStepDeltaObjectDelta,
}

impl Default for RunStepDeltaObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread.run.step.delta".to_owned(),
            delta: Default::default(),
        }
    }
}

impl Serialize for RunStepDeltaObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaObject {
    const EXPECTING: &'static str = "a `RunStepDeltaObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The changed fields.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDeltaObjectDelta {
    /// Changed step details.
    pub step_details: Option<RunStepDeltaStepDetails>,
}

impl Serialize for RunStepDeltaObjectDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "step_details", &self.step_details)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaObjectDelta {
    const EXPECTING: &'static str = "a `RunStepDeltaObjectDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "step_details" => self.step_details = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaObjectDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Changed step details.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDeltaStepDetails {
    /// Message creation details.
    MessageCreation(RunStepDeltaStepDetailsMessageCreationObject),
    /// Tool call details.
    ToolCalls(RunStepDeltaStepDetailsToolCallsObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RunStepDeltaStepDetails {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RunStepDeltaStepDetailsMessageCreationObject> for RunStepDeltaStepDetails {
    fn from(value: RunStepDeltaStepDetailsMessageCreationObject) -> Self {
        Self::MessageCreation(value)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsObject> for RunStepDeltaStepDetails {
    fn from(value: RunStepDeltaStepDetailsToolCallsObject) -> Self {
        Self::ToolCalls(value)
    }
}

impl Serialize for RunStepDeltaStepDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::MessageCreation(value) => Serialize::serialize(value, serializer),
            Self::ToolCalls(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("message_creation") => {
                codec::from_value(value).map(Self::MessageCreation)
            }
            Some("tool_calls") => codec::from_value(value).map(Self::ToolCalls),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Message creation details.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDeltaStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    pub r#type: String,
    /// The message being written.
    pub message_creation: Option<
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    >,
}

impl Default for RunStepDeltaStepDetailsMessageCreationObject {
    fn default() -> Self {
        Self {
            r#type: "message_creation".to_owned(),
            message_creation: Default::default(),
        }
    }
}

impl Serialize for RunStepDeltaStepDetailsMessageCreationObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "message_creation", &self.message_creation)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsMessageCreationObject {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsMessageCreationObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "message_creation" => self.message_creation = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsMessageCreationObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The message being written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    /// Id of the message.
    pub message_id: Option<String>,
}

impl Serialize for RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "message_id", &self.message_id)?;
        map.end()
    }
}

impl codec::ObjectFields
for RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsMessageCreationObjectMessageCreation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "message_id" => self.message_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Tool call details.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    pub r#type: String,
    /// Pieces of tool calls.
    pub tool_calls: Option<Vec<RunStepDeltaToolCall>>,
}

impl Default for RunStepDeltaStepDetailsToolCallsObject {
    fn default() -> Self {
        Self {
            r#type: "tool_calls".to_owned(),
            tool_calls: Default::default(),
        }
    }
}

impl Serialize for RunStepDeltaStepDetailsToolCallsObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "tool_calls", &self.tool_calls)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsObject {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "tool_calls" => self.tool_calls = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of one tool call.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDeltaToolCall {
    /// A piece of a code interpreter call.
    CodeInterpreter(RunStepDeltaStepDetailsToolCallsCodeObject),
    /// A file search call in a delta.
    FileSearch(RunStepDeltaStepDetailsToolCallsFileSearchObject),
    /// A piece of a function call.
    Function(RunStepDeltaStepDetailsToolCallsFunctionObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RunStepDeltaToolCall {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsCodeObject> for RunStepDeltaToolCall {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeObject) -> Self {
        Self::CodeInterpreter(value)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsFileSearchObject> for RunStepDeltaToolCall {
    fn from(value: RunStepDeltaStepDetailsToolCallsFileSearchObject) -> Self {
        Self::FileSearch(value)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsFunctionObject> for RunStepDeltaToolCall {
    fn from(value: RunStepDeltaStepDetailsToolCallsFunctionObject) -> Self {
        Self::Function(value)
    }
}

impl Serialize for RunStepDeltaToolCall {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => Serialize::serialize(value, serializer),
            Self::FileSearch(value) => Serialize::serialize(value, serializer),
            Self::Function(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaToolCall {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("code_interpreter") => {
                codec::from_value(value).map(Self::CodeInterpreter)
            }
            Some("file_search") => codec::from_value(value).map(Self::FileSearch),
            Some("function") => codec::from_value(value).map(Self::Function),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A piece of a code interpreter call.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsCodeObject {
    /// Position of the call in the step.
    pub index: i64,
    /// Call id.
    pub id: Option<String>,
    /// Always `code_interpreter`.
    pub r#type: String,
    /// Code and outputs added.
    pub code_interpreter: Option<
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    >,
}

impl Default for RunStepDeltaStepDetailsToolCallsCodeObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            id: Default::default(),
            r#type: "code_interpreter".to_owned(),
            code_interpreter: Default::default(),
        }
    }
}

impl Serialize for RunStepDeltaStepDetailsToolCallsCodeObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "code_interpreter", &self.code_interpreter)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsCodeObject {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsCodeObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "code_interpreter" => self.code_interpreter = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Code and outputs added.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// Code text added.
    pub input: Option<String>,
    /// Outputs added.
    pub outputs: Option<Vec<RunStepDeltaCodeInterpreterOutput>>,
}

impl Serialize for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        codec::optional_entry(&mut map, "outputs", &self.outputs)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value()?,
            "outputs" => self.outputs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A code interpreter output in a delta.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDeltaCodeInterpreterOutput {
    /// Printed text.
    Logs(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject),
    /// A produced image.
    Image(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RunStepDeltaCodeInterpreterOutput {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject>
for RunStepDeltaCodeInterpreterOutput {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject) -> Self {
        Self::Logs(value)
    }
}

impl From<RunStepDeltaStepDetailsToolCallsCodeOutputImageObject>
for RunStepDeltaCodeInterpreterOutput {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeOutputImageObject) -> Self {
        Self::Image(value)
    }
}

impl Serialize for RunStepDeltaCodeInterpreterOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(value) => Serialize::serialize(value, serializer),
            Self::Image(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaCodeInterpreterOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("logs") => codec::from_value(value).map(Self::Logs),
            Some("image") => codec::from_value(value).map(Self::Image),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Printed text.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    /// Position of the output.
    pub index: i64,
    /// Always `logs`.
    pub r#type: String,
    /// The printed text.
    pub logs: Option<String>,
}

impl Default for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            r#type: "logs".to_owned(),
            logs: Default::default(),
        }
    }
}

impl Serialize for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "logs", &self.logs)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "logs" => self.logs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A produced image.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    /// Position of the output.
    pub index: i64,
    /// Always `image`.
    pub r#type: String,
    /// The stored image.
    pub image: Option<RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage>,
}

impl Default for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            r#type: "image".to_owned(),
            image: Default::default(),
        }
    }
}

impl Serialize for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "image", &self.image)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsCodeOutputImageObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image" => self.image = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The stored image.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    /// File id of the image.
    pub file_id: Option<String>,
}

impl Serialize for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A file search call in a delta.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsFileSearchObject {
    /// Position of the call in the step.
    pub index: i64,
    /// Call id.
    pub id: Option<String>,
    /// Always `file_search`.
    pub r#type: String,
    /// Currently always an empty object.
    pub file_search: serde_json::Value,
}

impl Default for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            id: Default::default(),
            r#type: "file_search".to_owned(),
            file_search: Default::default(),
        }
    }
}

impl Serialize for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("file_search", &self.file_search)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsFileSearchObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "file_search" => self.file_search = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of a function call.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObject {
    /// Position of the call in the step.
    pub index: i64,
    /// Call id.
    pub id: Option<String>,
    /// Always `function`.
    pub r#type: String,
    /// Name, argument text and output added.
    pub function: Option<RunStepDeltaStepDetailsToolCallsFunctionObjectFunction>,
}

impl Default for RunStepDeltaStepDetailsToolCallsFunctionObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            id: Default::default(),
            r#type: "function".to_owned(),
            function: Default::default(),
        }
    }
}

impl Serialize for RunStepDeltaStepDetailsToolCallsFunctionObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "function", &self.function)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsFunctionObject {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsFunctionObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "function" => self.function = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFunctionObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Name, argument text and output added.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    /// Function name.
    pub name: Option<String>,
    /// Argument text added.
    pub arguments: Option<String>,
    /// Submitted result, once available.
    pub output: Option<String>,
}

impl Serialize for RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "arguments", &self.arguments)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    const EXPECTING: &'static str = "a `RunStepDeltaStepDetailsToolCallsFunctionObjectFunction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "arguments" => self.arguments = map.next_value()?,
            "output" => self.output = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run step finished. (`thread.run.step.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunStepCompleted {
    /// SSE event name, always `thread.run.step.completed`.
    pub event: String,
    /// The run step.
    pub data: RunStepObject,
}

impl Default for AssistantStreamEventThreadRunStepCompleted {
    fn default() -> Self {
        Self {
            event: "thread.run.step.completed".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunStepCompleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunStepCompleted {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunStepCompleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunStepCompleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run step failed. (`thread.run.step.failed`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunStepFailed {
    /// SSE event name, always `thread.run.step.failed`.
    pub event: String,
    /// The run step.
    pub data: RunStepObject,
}

impl Default for AssistantStreamEventThreadRunStepFailed {
    fn default() -> Self {
        Self {
            event: "thread.run.step.failed".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunStepFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunStepFailed {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunStepFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunStepFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run step was cancelled. (`thread.run.step.cancelled`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunStepCancelled {
    /// SSE event name, always `thread.run.step.cancelled`.
    pub event: String,
    /// The run step.
    pub data: RunStepObject,
}

impl Default for AssistantStreamEventThreadRunStepCancelled {
    fn default() -> Self {
        Self {
            event: "thread.run.step.cancelled".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunStepCancelled {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunStepCancelled {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunStepCancelled` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunStepCancelled {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A run step expired. (`thread.run.step.expired`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadRunStepExpired {
    /// SSE event name, always `thread.run.step.expired`.
    pub event: String,
    /// The run step.
    pub data: RunStepObject,
}

impl Default for AssistantStreamEventThreadRunStepExpired {
    fn default() -> Self {
        Self {
            event: "thread.run.step.expired".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadRunStepExpired {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadRunStepExpired {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadRunStepExpired` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadRunStepExpired {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A message was created. (`thread.message.created`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadMessageCreated {
    /// SSE event name, always `thread.message.created`.
    pub event: String,
    /// The message.
    pub data: MessageObject,
}

impl Default for AssistantStreamEventThreadMessageCreated {
    fn default() -> Self {
        Self {
            event: "thread.message.created".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadMessageCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadMessageCreated {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadMessageCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadMessageCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A message is being written. (`thread.message.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadMessageInProgress {
    /// SSE event name, always `thread.message.in_progress`.
    pub event: String,
    /// The message.
    pub data: MessageObject,
}

impl Default for AssistantStreamEventThreadMessageInProgress {
    fn default() -> Self {
        Self {
            event: "thread.message.in_progress".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadMessageInProgress {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadMessageInProgress {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadMessageInProgress` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadMessageInProgress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Part of a message changed. (`thread.message.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadMessageDelta {
    /// SSE event name, always `thread.message.delta`.
    pub event: String,
    /// The message change.
    pub data: MessageDeltaObject,
}

impl Default for AssistantStreamEventThreadMessageDelta {
    fn default() -> Self {
        Self {
            event: "thread.message.delta".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadMessageDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadMessageDelta {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadMessageDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadMessageDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Streamed change to a message.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageDeltaObject {
    /// Message id.
    pub id: String,
    /// Always `thread.message.delta`.
    pub object: String,
    /// The changed fields.
    pub delta: MessageDeltaObjectDelta,
}

impl Default for MessageDeltaObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread.message.delta".to_owned(),
            delta: Default::default(),
        }
    }
}

impl Serialize for MessageDeltaObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaObject {
    const EXPECTING: &'static str = "a `MessageDeltaObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The changed fields.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageDeltaObjectDelta {
    /// Author of the message.
    pub role: Option<MessageDeltaObjectDeltaRole>,
    /// Content pieces added.
    pub content: Option<Vec<MessageDeltaContent>>,
}

impl Serialize for MessageDeltaObjectDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        codec::optional_entry(&mut map, "content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaObjectDelta {
    const EXPECTING: &'static str = "a `MessageDeltaObjectDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            "content" => self.content = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaObjectDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Author of the message.
#[derive(Debug, Clone)]
pub enum MessageDeltaObjectDeltaRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for MessageDeltaObjectDeltaRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessageDeltaObjectDeltaRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for MessageDeltaObjectDeltaRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessageDeltaObjectDeltaRole);

/// A piece of message content.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageDeltaContent {
    /// An image file part.
    ImageFile(MessageDeltaContentImageFileObject),
    /// Text added to a part.
    Text(MessageDeltaContentTextObject),
    /// Refusal text added to a part.
    Refusal(MessageDeltaContentRefusalObject),
    /// An image URL part.
    ImageUrl(MessageDeltaContentImageUrlObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for MessageDeltaContent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<MessageDeltaContentImageFileObject> for MessageDeltaContent {
    fn from(value: MessageDeltaContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}

impl From<MessageDeltaContentTextObject> for MessageDeltaContent {
    fn from(value: MessageDeltaContentTextObject) -> Self {
        Self::Text(value)
    }
}

impl From<MessageDeltaContentRefusalObject> for MessageDeltaContent {
    fn from(value: MessageDeltaContentRefusalObject) -> Self {
        Self::Refusal(value)
    }
}

impl From<MessageDeltaContentImageUrlObject> for MessageDeltaContent {
    fn from(value: MessageDeltaContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}

impl Serialize for MessageDeltaContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(value) => Serialize::serialize(value, serializer),
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::Refusal(value) => Serialize::serialize(value, serializer),
            Self::ImageUrl(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("image_file") => codec::from_value(value).map(Self::ImageFile),
            Some("text") => codec::from_value(value).map(Self::Text),
            Some("refusal") => codec::from_value(value).map(Self::Refusal),
            Some("image_url") => codec::from_value(value).map(Self::ImageUrl),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// An image file part.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageDeltaContentImageFileObject {
    /// Position of the part in the message.
    pub index: i64,
    /// Always `image_file`.
    pub r#type: String,
    /// The image.
    pub image_file: Option<MessageDeltaContentImageFileObjectImageFile>,
}

impl Default for MessageDeltaContentImageFileObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            r#type: "image_file".to_owned(),
            image_file: Default::default(),
        }
    }
}

impl Serialize for MessageDeltaContentImageFileObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "image_file", &self.image_file)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentImageFileObject {
    const EXPECTING: &'static str = "a `MessageDeltaContentImageFileObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_file" => self.image_file = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentImageFileObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The image.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageDeltaContentImageFileObjectImageFile {
    /// File id of the image.
    pub file_id: Option<String>,
    /// Resolution at which the model looks at the image.
    pub detail: Option<MessageDeltaContentImageFileObjectImageFileDetail>,
}

impl Serialize for MessageDeltaContentImageFileObjectImageFile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentImageFileObjectImageFile {
    const EXPECTING: &'static str = "a `MessageDeltaContentImageFileObjectImageFile` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value()?,
            "detail" => self.detail = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentImageFileObjectImageFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Resolution at which the model looks at the image.
#[derive(Debug, Clone)]
pub enum MessageDeltaContentImageFileObjectImageFileDetail {
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
impl Default for MessageDeltaContentImageFileObjectImageFileDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessageDeltaContentImageFileObjectImageFileDetail {
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

impl From<&str> for MessageDeltaContentImageFileObjectImageFileDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessageDeltaContentImageFileObjectImageFileDetail);

/// Text added to a part.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageDeltaContentTextObject {
    /// Position of the part in the message.
    pub index: i64,
    /// Always `text`.
    pub r#type: String,
    /// Text and annotations added.
    pub text: Option<MessageDeltaContentTextObjectText>,
}

impl Default for MessageDeltaContentTextObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            r#type: "text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for MessageDeltaContentTextObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentTextObject {
    const EXPECTING: &'static str = "a `MessageDeltaContentTextObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentTextObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Text and annotations added.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageDeltaContentTextObjectText {
    /// Text added.
    pub value: Option<String>,
    /// Annotations added.
    pub annotations: Option<Vec<MessageDeltaTextAnnotation>>,
}

impl Serialize for MessageDeltaContentTextObjectText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "value", &self.value)?;
        codec::optional_entry(&mut map, "annotations", &self.annotations)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentTextObjectText {
    const EXPECTING: &'static str = "a `MessageDeltaContentTextObjectText` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "value" => self.value = map.next_value()?,
            "annotations" => self.annotations = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentTextObjectText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An annotation in a text delta.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageDeltaTextAnnotation {
    /// A file citation in a delta.
    FileCitation(MessageDeltaContentTextAnnotationsFileCitationObject),
    /// A file path reference in a delta.
    FilePath(MessageDeltaContentTextAnnotationsFilePathObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for MessageDeltaTextAnnotation {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<MessageDeltaContentTextAnnotationsFileCitationObject>
for MessageDeltaTextAnnotation {
    fn from(value: MessageDeltaContentTextAnnotationsFileCitationObject) -> Self {
        Self::FileCitation(value)
    }
}

impl From<MessageDeltaContentTextAnnotationsFilePathObject>
for MessageDeltaTextAnnotation {
    fn from(value: MessageDeltaContentTextAnnotationsFilePathObject) -> Self {
        Self::FilePath(value)
    }
}

impl Serialize for MessageDeltaTextAnnotation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(value) => Serialize::serialize(value, serializer),
            Self::FilePath(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MessageDeltaTextAnnotation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_citation") => codec::from_value(value).map(Self::FileCitation),
            Some("file_path") => codec::from_value(value).map(Self::FilePath),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A file citation in a delta.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageDeltaContentTextAnnotationsFileCitationObject {
    /// Position of the annotation.
    pub index: i64,
    /// Always `file_citation`.
    pub r#type: String,
    /// Placeholder text in the message.
    pub text: Option<String>,
    /// The cited file.
    pub file_citation: Option<
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    >,
    /// First character of the placeholder.
    pub start_index: Option<i64>,
    /// Character after the placeholder.
    pub end_index: Option<i64>,
}

impl Default for MessageDeltaContentTextAnnotationsFileCitationObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            r#type: "file_citation".to_owned(),
            text: Default::default(),
            file_citation: Default::default(),
            start_index: Default::default(),
            end_index: Default::default(),
        }
    }
}

impl Serialize for MessageDeltaContentTextAnnotationsFileCitationObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        codec::optional_entry(&mut map, "file_citation", &self.file_citation)?;
        codec::optional_entry(&mut map, "start_index", &self.start_index)?;
        codec::optional_entry(&mut map, "end_index", &self.end_index)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentTextAnnotationsFileCitationObject {
    const EXPECTING: &'static str = "a `MessageDeltaContentTextAnnotationsFileCitationObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value()?,
            "file_citation" => self.file_citation = map.next_value()?,
            "start_index" => self.start_index = map.next_value()?,
            "end_index" => self.end_index = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFileCitationObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The cited file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    /// File id.
    pub file_id: Option<String>,
    /// Quoted passage.
    pub quote: Option<String>,
}

impl Serialize for MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        codec::optional_entry(&mut map, "quote", &self.quote)?;
        map.end()
    }
}

impl codec::ObjectFields
for MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    const EXPECTING: &'static str = "a `MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value()?,
            "quote" => self.quote = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A file path reference in a delta.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageDeltaContentTextAnnotationsFilePathObject {
    /// Position of the annotation.
    pub index: i64,
    /// Always `file_path`.
    pub r#type: String,
    /// Placeholder text in the message.
    pub text: Option<String>,
    /// The produced file.
    pub file_path: Option<MessageDeltaContentTextAnnotationsFilePathObjectFilePath>,
    /// First character of the placeholder.
    pub start_index: Option<i64>,
    /// Character after the placeholder.
    pub end_index: Option<i64>,
}

impl Default for MessageDeltaContentTextAnnotationsFilePathObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            r#type: "file_path".to_owned(),
            text: Default::default(),
            file_path: Default::default(),
            start_index: Default::default(),
            end_index: Default::default(),
        }
    }
}

impl Serialize for MessageDeltaContentTextAnnotationsFilePathObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        codec::optional_entry(&mut map, "file_path", &self.file_path)?;
        codec::optional_entry(&mut map, "start_index", &self.start_index)?;
        codec::optional_entry(&mut map, "end_index", &self.end_index)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentTextAnnotationsFilePathObject {
    const EXPECTING: &'static str = "a `MessageDeltaContentTextAnnotationsFilePathObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value()?,
            "file_path" => self.file_path = map.next_value()?,
            "start_index" => self.start_index = map.next_value()?,
            "end_index" => self.end_index = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFilePathObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The produced file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    /// File id.
    pub file_id: Option<String>,
}

impl Serialize for MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    const EXPECTING: &'static str = "a `MessageDeltaContentTextAnnotationsFilePathObjectFilePath` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Refusal text added to a part.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageDeltaContentRefusalObject {
    /// Position of the part in the message.
    pub index: i64,
    /// Always `refusal`.
    pub r#type: String,
    /// Refusal text added.
    pub refusal: Option<String>,
}

impl Default for MessageDeltaContentRefusalObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            r#type: "refusal".to_owned(),
            refusal: Default::default(),
        }
    }
}

impl Serialize for MessageDeltaContentRefusalObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "refusal", &self.refusal)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentRefusalObject {
    const EXPECTING: &'static str = "a `MessageDeltaContentRefusalObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "refusal" => self.refusal = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentRefusalObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An image URL part.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageDeltaContentImageUrlObject {
    /// Position of the part in the message.
    pub index: i64,
    /// Always `image_url`.
    pub r#type: String,
    /// The image.
    pub image_url: Option<MessageDeltaContentImageUrlObjectImageUrl>,
}

impl Default for MessageDeltaContentImageUrlObject {
    fn default() -> Self {
        Self {
            index: Default::default(),
            r#type: "image_url".to_owned(),
            image_url: Default::default(),
        }
    }
}

impl Serialize for MessageDeltaContentImageUrlObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "image_url", &self.image_url)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentImageUrlObject {
    const EXPECTING: &'static str = "a `MessageDeltaContentImageUrlObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "index" => self.index = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_url" => self.image_url = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentImageUrlObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The image.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageDeltaContentImageUrlObjectImageUrl {
    /// Address of the image.
    pub url: Option<String>,
    /// Resolution at which the model looks at the image.
    pub detail: Option<MessageDeltaContentImageUrlObjectImageUrlDetail>,
}

impl Serialize for MessageDeltaContentImageUrlObjectImageUrl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "url", &self.url)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

impl codec::ObjectFields for MessageDeltaContentImageUrlObjectImageUrl {
    const EXPECTING: &'static str = "a `MessageDeltaContentImageUrlObjectImageUrl` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "url" => self.url = map.next_value()?,
            "detail" => self.detail = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for MessageDeltaContentImageUrlObjectImageUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Resolution at which the model looks at the image.
#[derive(Debug, Clone)]
pub enum MessageDeltaContentImageUrlObjectImageUrlDetail {
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
impl Default for MessageDeltaContentImageUrlObjectImageUrlDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl MessageDeltaContentImageUrlObjectImageUrlDetail {
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

impl From<&str> for MessageDeltaContentImageUrlObjectImageUrlDetail {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(MessageDeltaContentImageUrlObjectImageUrlDetail);

/// A message was finished. (`thread.message.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadMessageCompleted {
    /// SSE event name, always `thread.message.completed`.
    pub event: String,
    /// The message.
    pub data: MessageObject,
}

impl Default for AssistantStreamEventThreadMessageCompleted {
    fn default() -> Self {
        Self {
            event: "thread.message.completed".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadMessageCompleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadMessageCompleted {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadMessageCompleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadMessageCompleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A message ended before it was finished. (`thread.message.incomplete`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventThreadMessageIncomplete {
    /// SSE event name, always `thread.message.incomplete`.
    pub event: String,
    /// The message.
    pub data: MessageObject,
}

impl Default for AssistantStreamEventThreadMessageIncomplete {
    fn default() -> Self {
        Self {
            event: "thread.message.incomplete".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventThreadMessageIncomplete {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventThreadMessageIncomplete {
    const EXPECTING: &'static str = "an `AssistantStreamEventThreadMessageIncomplete` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventThreadMessageIncomplete {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An error occurred; the stream ends. (`error`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventError {
    /// SSE event name, always `error`.
    pub event: String,
    /// The error.
    pub data: Error,
}

impl Default for AssistantStreamEventError {
    fn default() -> Self {
        Self {
            event: "error".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for AssistantStreamEventError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventError {
    const EXPECTING: &'static str = "an `AssistantStreamEventError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// What went wrong with a request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// Machine-readable error code such as `invalid_api_key` or `model_not_found`.
    pub code: Option<String>,
    /// Human-readable explanation of the problem.
    pub message: String,
    /// The request parameter the error is about, when there is one.
    pub param: Option<String>,
    /// Broad error category, for example `invalid_request_error`.
    pub r#type: String,
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.serialize_entry("param", &self.param)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for Error {
    const EXPECTING: &'static str = "an `Error` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code" => self.code = map.next_value()?,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            "param" => self.param = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Error {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The stream is over. (`done`)
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantStreamEventDone {
    /// SSE event name, always `done`.
    pub event: String,
    /// The literal `[DONE]`.
    pub data: String,
}

impl Default for AssistantStreamEventDone {
    fn default() -> Self {
        Self {
            event: "done".to_owned(),
            data: "[DONE]".to_owned(),
        }
    }
}

impl Serialize for AssistantStreamEventDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for AssistantStreamEventDone {
    const EXPECTING: &'static str = "an `AssistantStreamEventDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssistantStreamEventDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
