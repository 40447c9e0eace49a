// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the requests of the `realtime` operations use.
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

/// An event the client sends over the Realtime WebSocket, told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeClientEvent {
    /// Inserts an item (a message, a function call output, ...) into the conversation; the server confirms with `conversation.item.added` and `conversation.item.done`.
    ConversationItemCreate(RealtimeClientEventConversationItemCreate),
    /// Removes an item from the conversation history; answered by `conversation.item.deleted`.
    ConversationItemDelete(RealtimeClientEventConversationItemDelete),
    /// Asks for the server's copy of an item (for example the audio of a user turn); answered by `conversation.item.retrieved`.
    ConversationItemRetrieve(RealtimeClientEventConversationItemRetrieve),
    /// Cuts the audio of an earlier assistant message at the point playback reached,
    /// typically after the user interrupted it; its transcript is removed too so the
    /// model does not assume the user heard the rest. Answered by
    /// `conversation.item.truncated`.
    ConversationItemTruncate(RealtimeClientEventConversationItemTruncate),
    /// Adds a chunk of audio to the input buffer (not confirmed by the server).
    InputAudioBufferAppend(RealtimeClientEventInputAudioBufferAppend),
    /// Throws away the buffered input audio; answered by `input_audio_buffer.cleared`.
    InputAudioBufferClear(RealtimeClientEventInputAudioBufferClear),
    /// WebRTC and SIP connections only: stops the audio the server is playing out and
    /// drops what is still queued (cancel the response first). Answered by
    /// `output_audio_buffer.cleared`.
    OutputAudioBufferClear(RealtimeClientEventOutputAudioBufferClear),
    /// Turns the buffered audio into a new user message item (needed only when turn
    /// detection is off). Answered by `input_audio_buffer.committed`; an empty buffer
    /// is an error.
    InputAudioBufferCommit(RealtimeClientEventInputAudioBufferCommit),
    /// Stops a response while it is being generated; the server ends it with `response.done` in state `cancelled`.
    ResponseCancel(RealtimeClientEventResponseCancel),
    /// Asks the model for a response now, optionally with settings for this response
    /// only. With turn detection on, the server starts responses by itself.
    ResponseCreate(RealtimeClientEventResponseCreate),
    /// Changes the session settings; omitted fields keep their value, and a field
    /// is cleared with an empty value (`""`, `[]`, or null for `turn_detection`).
    /// The server answers with `session.updated`. The model cannot change, and the
    /// voice only until the model has first spoken.
    SessionUpdate(RealtimeClientEventSessionUpdate),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeClientEvent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeClientEventConversationItemCreate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventConversationItemCreate) -> Self {
        Self::ConversationItemCreate(value)
    }
}

impl From<RealtimeClientEventConversationItemDelete> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventConversationItemDelete) -> Self {
        Self::ConversationItemDelete(value)
    }
}

impl From<RealtimeClientEventConversationItemRetrieve> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventConversationItemRetrieve) -> Self {
        Self::ConversationItemRetrieve(value)
    }
}

impl From<RealtimeClientEventConversationItemTruncate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventConversationItemTruncate) -> Self {
        Self::ConversationItemTruncate(value)
    }
}

impl From<RealtimeClientEventInputAudioBufferAppend> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferAppend) -> Self {
        Self::InputAudioBufferAppend(value)
    }
}

impl From<RealtimeClientEventInputAudioBufferClear> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferClear) -> Self {
        Self::InputAudioBufferClear(value)
    }
}

impl From<RealtimeClientEventOutputAudioBufferClear> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventOutputAudioBufferClear) -> Self {
        Self::OutputAudioBufferClear(value)
    }
}

impl From<RealtimeClientEventInputAudioBufferCommit> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferCommit) -> Self {
        Self::InputAudioBufferCommit(value)
    }
}

impl From<RealtimeClientEventResponseCancel> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventResponseCancel) -> Self {
        Self::ResponseCancel(value)
    }
}

impl From<RealtimeClientEventResponseCreate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventResponseCreate) -> Self {
        Self::ResponseCreate(value)
    }
}

impl From<RealtimeClientEventSessionUpdate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventSessionUpdate) -> Self {
        Self::SessionUpdate(value)
    }
}

impl Serialize for RealtimeClientEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ConversationItemCreate(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemDelete(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemRetrieve(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemTruncate(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferAppend(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferClear(value) => Serialize::serialize(value, serializer),
            Self::OutputAudioBufferClear(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferCommit(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCancel(value) => Serialize::serialize(value, serializer),
            Self::ResponseCreate(value) => Serialize::serialize(value, serializer),
            Self::SessionUpdate(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("conversation.item.create") => {
                codec::from_value(value).map(Self::ConversationItemCreate)
            }
            Some("conversation.item.delete") => {
                codec::from_value(value).map(Self::ConversationItemDelete)
            }
            Some("conversation.item.retrieve") => {
                codec::from_value(value).map(Self::ConversationItemRetrieve)
            }
            Some("conversation.item.truncate") => {
                codec::from_value(value).map(Self::ConversationItemTruncate)
            }
            Some("input_audio_buffer.append") => {
                codec::from_value(value).map(Self::InputAudioBufferAppend)
            }
            Some("input_audio_buffer.clear") => {
                codec::from_value(value).map(Self::InputAudioBufferClear)
            }
            Some("output_audio_buffer.clear") => {
                codec::from_value(value).map(Self::OutputAudioBufferClear)
            }
            Some("input_audio_buffer.commit") => {
                codec::from_value(value).map(Self::InputAudioBufferCommit)
            }
            Some("response.cancel") => codec::from_value(value).map(Self::ResponseCancel),
            Some("response.create") => codec::from_value(value).map(Self::ResponseCreate),
            Some("session.update") => codec::from_value(value).map(Self::SessionUpdate),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Inserts an item (a message, a function call output, ...) into the conversation; the server confirms with `conversation.item.added` and `conversation.item.done`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventConversationItemCreate {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `conversation.item.create`.
    pub r#type: String,
    /// Item after which the new one goes; `root` puts it first, and leaving it out appends it at the end.
    pub previous_item_id: Option<String>,
    /// The item to insert.
    pub item: RealtimeConversationItem,
}

impl Default for RealtimeClientEventConversationItemCreate {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.create".to_owned(),
            previous_item_id: Default::default(),
            item: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventConversationItemCreate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "previous_item_id", &self.previous_item_id)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventConversationItemCreate {
    const EXPECTING: &'static str = "a `RealtimeClientEventConversationItemCreate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "previous_item_id" => self.previous_item_id = map.next_value()?,
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventConversationItemCreate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventConversationItemCreate {
    /// Creates a value from its required fields (`item`); the rest start unset.
    #[must_use]
    pub fn new(item: impl Into<RealtimeConversationItem>) -> Self {
        Self {
            item: item.into(),
            ..Default::default()
        }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `previous_item_id`.
    #[must_use]
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }

    /// Sets `item`.
    #[must_use]
    pub fn item(mut self, value: impl Into<RealtimeConversationItem>) -> Self {
        self.item = value.into();
        self
    }
}

/// Removes an item from the conversation history; answered by `conversation.item.deleted`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventConversationItemDelete {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `conversation.item.delete`.
    pub r#type: String,
    /// Item to remove.
    pub item_id: String,
}

impl Default for RealtimeClientEventConversationItemDelete {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.delete".to_owned(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventConversationItemDelete {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventConversationItemDelete {
    const EXPECTING: &'static str = "a `RealtimeClientEventConversationItemDelete` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventConversationItemDelete {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventConversationItemDelete {
    /// Creates a value from its required fields (`item_id`); the rest start unset.
    #[must_use]
    pub fn new(item_id: impl Into<String>) -> Self {
        Self {
            item_id: item_id.into(),
            ..Default::default()
        }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `item_id`.
    #[must_use]
    pub fn item_id(mut self, value: impl Into<String>) -> Self {
        self.item_id = value.into();
        self
    }
}

/// Asks for the server's copy of an item (for example the audio of a user turn); answered by `conversation.item.retrieved`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventConversationItemRetrieve {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `conversation.item.retrieve`.
    pub r#type: String,
    /// Item to fetch.
    pub item_id: String,
}

impl Default for RealtimeClientEventConversationItemRetrieve {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.retrieve".to_owned(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventConversationItemRetrieve {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventConversationItemRetrieve {
    const EXPECTING: &'static str = "a `RealtimeClientEventConversationItemRetrieve` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventConversationItemRetrieve {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventConversationItemRetrieve {
    /// Creates a value from its required fields (`item_id`); the rest start unset.
    #[must_use]
    pub fn new(item_id: impl Into<String>) -> Self {
        Self {
            item_id: item_id.into(),
            ..Default::default()
        }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `item_id`.
    #[must_use]
    pub fn item_id(mut self, value: impl Into<String>) -> Self {
        self.item_id = value.into();
        self
    }
}

/// Cuts the audio of an earlier assistant message at the point playback reached,
/// typically after the user interrupted it; its transcript is removed too so the
/// model does not assume the user heard the rest. Answered by
/// `conversation.item.truncated`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventConversationItemTruncate {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `conversation.item.truncate`.
    pub r#type: String,
    /// Assistant message item to shorten.
    pub item_id: String,
    /// Content part to shorten (currently always 0).
    pub content_index: i64,
    /// Playback position in milliseconds; audio after it is dropped.
    pub audio_end_ms: i64,
}

impl Default for RealtimeClientEventConversationItemTruncate {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.truncate".to_owned(),
            item_id: Default::default(),
            content_index: Default::default(),
            audio_end_ms: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventConversationItemTruncate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("audio_end_ms", &self.audio_end_ms)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventConversationItemTruncate {
    const EXPECTING: &'static str = "a `RealtimeClientEventConversationItemTruncate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "audio_end_ms" => {
                self.audio_end_ms = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventConversationItemTruncate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventConversationItemTruncate {
    /// Creates a value from its required fields (`item_id`, `content_index`, `audio_end_ms`); the rest start unset.
    #[must_use]
    pub fn new(
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        audio_end_ms: impl Into<i64>,
    ) -> Self {
        Self {
            item_id: item_id.into(),
            content_index: content_index.into(),
            audio_end_ms: audio_end_ms.into(),
            ..Default::default()
        }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `item_id`.
    #[must_use]
    pub fn item_id(mut self, value: impl Into<String>) -> Self {
        self.item_id = value.into();
        self
    }

    /// Sets `content_index`.
    #[must_use]
    pub fn content_index(mut self, value: impl Into<i64>) -> Self {
        self.content_index = value.into();
        self
    }

    /// Sets `audio_end_ms`.
    #[must_use]
    pub fn audio_end_ms(mut self, value: impl Into<i64>) -> Self {
        self.audio_end_ms = value.into();
        self
    }
}

/// Adds a chunk of audio to the input buffer (not confirmed by the server).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventInputAudioBufferAppend {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `input_audio_buffer.append`.
    pub r#type: String,
    /// Base64-encoded audio in the session's input format (at most 15 MiB per event).
    pub audio: String,
}

impl Default for RealtimeClientEventInputAudioBufferAppend {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.append".to_owned(),
            audio: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventInputAudioBufferAppend {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("audio", &self.audio)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventInputAudioBufferAppend {
    const EXPECTING: &'static str = "a `RealtimeClientEventInputAudioBufferAppend` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio" => self.audio = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferAppend {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventInputAudioBufferAppend {
    /// Creates a value from its required fields (`audio`); the rest start unset.
    #[must_use]
    pub fn new(audio: impl Into<String>) -> Self {
        Self {
            audio: audio.into(),
            ..Default::default()
        }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = value.into();
        self
    }
}

/// Throws away the buffered input audio; answered by `input_audio_buffer.cleared`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventInputAudioBufferClear {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `input_audio_buffer.clear`.
    pub r#type: String,
}

impl Default for RealtimeClientEventInputAudioBufferClear {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.clear".to_owned(),
        }
    }
}

impl Serialize for RealtimeClientEventInputAudioBufferClear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventInputAudioBufferClear {
    const EXPECTING: &'static str = "a `RealtimeClientEventInputAudioBufferClear` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferClear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventInputAudioBufferClear {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}

/// WebRTC and SIP connections only: stops the audio the server is playing out and
/// drops what is still queued (cancel the response first). Answered by
/// `output_audio_buffer.cleared`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventOutputAudioBufferClear {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `output_audio_buffer.clear`.
    pub r#type: String,
}

impl Default for RealtimeClientEventOutputAudioBufferClear {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "output_audio_buffer.clear".to_owned(),
        }
    }
}

impl Serialize for RealtimeClientEventOutputAudioBufferClear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventOutputAudioBufferClear {
    const EXPECTING: &'static str = "a `RealtimeClientEventOutputAudioBufferClear` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventOutputAudioBufferClear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventOutputAudioBufferClear {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}

/// Turns the buffered audio into a new user message item (needed only when turn
/// detection is off). Answered by `input_audio_buffer.committed`; an empty buffer
/// is an error.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventInputAudioBufferCommit {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `input_audio_buffer.commit`.
    pub r#type: String,
}

impl Default for RealtimeClientEventInputAudioBufferCommit {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.commit".to_owned(),
        }
    }
}

impl Serialize for RealtimeClientEventInputAudioBufferCommit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventInputAudioBufferCommit {
    const EXPECTING: &'static str = "a `RealtimeClientEventInputAudioBufferCommit` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferCommit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventInputAudioBufferCommit {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}

/// Stops a response while it is being generated; the server ends it with `response.done` in state `cancelled`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventResponseCancel {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `response.cancel`.
    pub r#type: String,
    /// Response to stop; the one in progress when left out.
    pub response_id: Option<String>,
}

impl Default for RealtimeClientEventResponseCancel {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.cancel".to_owned(),
            response_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventResponseCancel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "response_id", &self.response_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventResponseCancel {
    const EXPECTING: &'static str = "a `RealtimeClientEventResponseCancel` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventResponseCancel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventResponseCancel {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `response_id`.
    #[must_use]
    pub fn response_id(mut self, value: impl Into<String>) -> Self {
        self.response_id = Some(value.into());
        self
    }
}

/// Asks the model for a response now, optionally with settings for this response
/// only. With turn detection on, the server starts responses by itself.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventResponseCreate {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `response.create`.
    pub r#type: String,
    /// Settings for this response only; the session's apply to everything left out.
    pub response: Option<RealtimeResponseCreateParams>,
}

impl Default for RealtimeClientEventResponseCreate {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.create".to_owned(),
            response: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventResponseCreate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "response", &self.response)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventResponseCreate {
    const EXPECTING: &'static str = "a `RealtimeClientEventResponseCreate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventResponseCreate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventResponseCreate {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `response`.
    #[must_use]
    pub fn response(mut self, value: impl Into<RealtimeResponseCreateParams>) -> Self {
        self.response = Some(value.into());
        self
    }
}

/// Settings that apply to one response only; what is left out comes from the session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseCreateParams {
    /// `["audio"]` (speech plus transcript) or `["text"]` for this response.
    pub output_modalities: Option<Vec<RealtimeResponseCreateParamsOutputModalitiesItem>>,
    /// Instructions for this response, replacing the session's.
    pub instructions: Option<String>,
    /// Output audio settings for this response.
    pub audio: Option<RealtimeResponseCreateAudio>,
    /// Tools available for this response, replacing the session's.
    pub tools: Option<Vec<RealtimeTool>>,
    /// How this response picks tools.
    pub tool_choice: Option<RealtimeToolChoice>,
    /// Whether the model may ask for several tool calls at once.
    pub parallel_tool_calls: Option<bool>,
    /// Reasoning settings for this response.
    pub reasoning: Option<RealtimeReasoning>,
    /// Output token cap of this response.
    pub max_output_tokens: Option<RealtimeMaxOutputTokens>,
    /// `auto` (the default) adds the response to the session's conversation; `none`
    /// produces an out-of-band response that leaves the conversation untouched.
    pub conversation: Option<String>,
    /// Up to 16 key/value string pairs, echoed in the response's events, to tell out-of-band responses apart.
    pub metadata: Option<Metadata>,
    /// A stored prompt template with values for its variables.
    pub prompt: Option<Prompt>,
    /// Items the response sees instead of the conversation so far; an empty list leaves it without context.
    pub input: Option<Vec<RealtimeConversationItem>>,
}

impl Serialize for RealtimeResponseCreateParams {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "output_modalities", &self.output_modalities)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(
            &mut map,
            "parallel_tool_calls",
            &self.parallel_tool_calls,
        )?;
        codec::optional_entry(&mut map, "reasoning", &self.reasoning)?;
        codec::optional_entry(&mut map, "max_output_tokens", &self.max_output_tokens)?;
        codec::optional_entry(&mut map, "conversation", &self.conversation)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseCreateParams {
    const EXPECTING: &'static str = "a `RealtimeResponseCreateParams` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "output_modalities" => self.output_modalities = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "parallel_tool_calls" => self.parallel_tool_calls = map.next_value()?,
            "reasoning" => self.reasoning = map.next_value()?,
            "max_output_tokens" => self.max_output_tokens = map.next_value()?,
            "conversation" => self.conversation = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            "input" => self.input = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseCreateParams {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeResponseCreateParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `output_modalities`.
    #[must_use]
    pub fn output_modalities(
        mut self,
        value: impl Into<Vec<RealtimeResponseCreateParamsOutputModalitiesItem>>,
    ) -> Self {
        self.output_modalities = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<RealtimeResponseCreateAudio>) -> Self {
        self.audio = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<RealtimeTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_choice`.
    #[must_use]
    pub fn tool_choice(mut self, value: impl Into<RealtimeToolChoice>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `parallel_tool_calls`.
    #[must_use]
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `reasoning`.
    #[must_use]
    pub fn reasoning(mut self, value: impl Into<RealtimeReasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }

    /// Sets `max_output_tokens`.
    #[must_use]
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeMaxOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }

    /// Sets `conversation`.
    #[must_use]
    pub fn conversation(mut self, value: impl Into<String>) -> Self {
        self.conversation = Some(value.into());
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

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<Vec<RealtimeConversationItem>>) -> Self {
        self.input = Some(value.into());
        self
    }
}

/// An item of the `output_modalities` field of [`RealtimeResponseCreateParams`](crate::types::RealtimeResponseCreateParams).
#[derive(Debug, Clone)]
pub enum RealtimeResponseCreateParamsOutputModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseCreateParamsOutputModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseCreateParamsOutputModalitiesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Audio => "audio",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeResponseCreateParamsOutputModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseCreateParamsOutputModalitiesItem);

/// Audio settings of one response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseCreateAudio {
    /// Settings of the speech produced.
    pub output: Option<RealtimeResponseCreateAudioOutput>,
}

impl Serialize for RealtimeResponseCreateAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseCreateAudio {
    const EXPECTING: &'static str = "a `RealtimeResponseCreateAudio` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "output" => self.output = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseCreateAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeResponseCreateAudio {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(
        mut self,
        value: impl Into<RealtimeResponseCreateAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}

/// Output audio settings for one response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseCreateAudioOutput {
    /// Encoding of the output audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Voice to speak with.
    pub voice: Option<VoiceIdsOrCustomVoice>,
}

impl Serialize for RealtimeResponseCreateAudioOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        codec::optional_entry(&mut map, "voice", &self.voice)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseCreateAudioOutput {
    const EXPECTING: &'static str = "a `RealtimeResponseCreateAudioOutput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            "voice" => self.voice = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseCreateAudioOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeResponseCreateAudioOutput {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }

    /// Sets `voice`.
    #[must_use]
    pub fn voice(mut self, value: impl Into<VoiceIdsOrCustomVoice>) -> Self {
        self.voice = Some(value.into());
        self
    }
}

/// Changes the session settings; omitted fields keep their value, and a field
/// is cleared with an empty value (`""`, `[]`, or null for `turn_detection`).
/// The server answers with `session.updated`. The model cannot change, and the
/// voice only until the model has first spoken.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeClientEventSessionUpdate {
    /// Optional id chosen by the client; an error caused by this event quotes it.
    pub event_id: Option<String>,
    /// Always `session.update`.
    pub r#type: String,
    /// The settings to apply.
    pub session: RealtimeSessionConfig,
}

impl Default for RealtimeClientEventSessionUpdate {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "session.update".to_owned(),
            session: Default::default(),
        }
    }
}

impl Serialize for RealtimeClientEventSessionUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientEventSessionUpdate {
    const EXPECTING: &'static str = "a `RealtimeClientEventSessionUpdate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value()?,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientEventSessionUpdate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientEventSessionUpdate {
    /// Creates a value from its required fields (`session`); the rest start unset.
    #[must_use]
    pub fn new(session: impl Into<RealtimeSessionConfig>) -> Self {
        Self {
            session: session.into(),
            ..Default::default()
        }
    }

    /// Sets `event_id`.
    #[must_use]
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }

    /// Sets `session`.
    #[must_use]
    pub fn session(mut self, value: impl Into<RealtimeSessionConfig>) -> Self {
        self.session = value.into();
        self
    }
}

/// Session settings sent by the client, for a speech-to-speech session (`realtime`) or a transcription-only one (`transcription`).
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeSessionConfig {
    /// Settings of a speech-to-speech Realtime session, as sent in `session.update`,
    /// when minting a client secret, or when accepting a SIP call.
    Realtime(RealtimeSessionCreateRequest),
    /// Settings of a transcription-only Realtime session, in which the model transcribes input audio and never answers.
    Transcription(RealtimeTranscriptionSessionCreateRequest),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeSessionConfig {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeSessionCreateRequest> for RealtimeSessionConfig {
    fn from(value: RealtimeSessionCreateRequest) -> Self {
        Self::Realtime(value)
    }
}

impl From<RealtimeTranscriptionSessionCreateRequest> for RealtimeSessionConfig {
    fn from(value: RealtimeTranscriptionSessionCreateRequest) -> Self {
        Self::Transcription(value)
    }
}

impl Serialize for RealtimeSessionConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Realtime(value) => Serialize::serialize(value, serializer),
            Self::Transcription(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("realtime") => codec::from_value(value).map(Self::Realtime),
            Some("transcription") => codec::from_value(value).map(Self::Transcription),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Settings of a speech-to-speech Realtime session, as sent in `session.update`,
/// when minting a client secret, or when accepting a SIP call.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeSessionCreateRequest {
    /// Always `realtime`.
    pub r#type: String,
    /// What the model answers with: `["audio"]` (speech plus its transcript, the
    /// default) or `["text"]`; the two cannot be combined.
    pub output_modalities: Option<Vec<RealtimeSessionCreateRequestOutputModalitiesItem>>,
    /// Realtime model serving the session, e.g. `gpt-realtime`.
    pub model: Option<String>,
    /// System instructions steering content, tone and behaviour for the whole session.
    pub instructions: Option<String>,
    /// Settings of the input and output audio.
    pub audio: Option<RealtimeSessionAudio>,
    /// Extra data to add to server events.
    pub include: Option<Vec<RealtimeSessionCreateRequestIncludeItem>>,
    /// Record traces of the session in the Traces dashboard; null switches tracing off.
    ///
    /// `None` leaves it out; `Some(Nullable::Null)` (`tracing_null()` on a request) sends `null`.
    pub tracing: Option<crate::runtime::Nullable<RealtimeTracingConfig>>,
    /// Functions and MCP servers the model may use.
    pub tools: Option<Vec<RealtimeTool>>,
    /// How the model picks tools (`auto` by default).
    pub tool_choice: Option<RealtimeToolChoice>,
    /// Whether the model may ask for several tool calls in one turn.
    pub parallel_tool_calls: Option<bool>,
    /// Reasoning settings, for reasoning-capable realtime models.
    pub reasoning: Option<RealtimeReasoning>,
    /// Output token cap of each response, tool calls included.
    pub max_output_tokens: Option<RealtimeMaxOutputTokens>,
    /// How the conversation is shortened once it no longer fits the context window.
    pub truncation: Option<RealtimeTruncation>,
    /// A stored prompt template with values for its variables.
    pub prompt: Option<Prompt>,
}

impl Default for RealtimeSessionCreateRequest {
    fn default() -> Self {
        Self {
            r#type: "realtime".to_owned(),
            output_modalities: Default::default(),
            model: Default::default(),
            instructions: Default::default(),
            audio: Default::default(),
            include: Default::default(),
            tracing: Default::default(),
            tools: Default::default(),
            tool_choice: Default::default(),
            parallel_tool_calls: Default::default(),
            reasoning: Default::default(),
            max_output_tokens: Default::default(),
            truncation: Default::default(),
            prompt: Default::default(),
        }
    }
}

impl Serialize for RealtimeSessionCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "output_modalities", &self.output_modalities)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "include", &self.include)?;
        codec::optional_entry(&mut map, "tracing", &self.tracing)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(
            &mut map,
            "parallel_tool_calls",
            &self.parallel_tool_calls,
        )?;
        codec::optional_entry(&mut map, "reasoning", &self.reasoning)?;
        codec::optional_entry(&mut map, "max_output_tokens", &self.max_output_tokens)?;
        codec::optional_entry(&mut map, "truncation", &self.truncation)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionCreateRequest {
    const EXPECTING: &'static str = "a `RealtimeSessionCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_modalities" => self.output_modalities = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "include" => self.include = map.next_value()?,
            "tracing" => self.tracing = Some(map.next_value()?),
            "tools" => self.tools = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "parallel_tool_calls" => self.parallel_tool_calls = map.next_value()?,
            "reasoning" => self.reasoning = map.next_value()?,
            "max_output_tokens" => self.max_output_tokens = map.next_value()?,
            "truncation" => self.truncation = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeSessionCreateRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `output_modalities`.
    #[must_use]
    pub fn output_modalities(
        mut self,
        value: impl Into<Vec<RealtimeSessionCreateRequestOutputModalitiesItem>>,
    ) -> Self {
        self.output_modalities = Some(value.into());
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<RealtimeSessionAudio>) -> Self {
        self.audio = Some(value.into());
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(
        mut self,
        value: impl Into<Vec<RealtimeSessionCreateRequestIncludeItem>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }

    /// Sets `tracing`.
    #[must_use]
    pub fn tracing(mut self, value: impl Into<RealtimeTracingConfig>) -> Self {
        self.tracing = Some(crate::runtime::Nullable::Value(value.into()));
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<RealtimeTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_choice`.
    #[must_use]
    pub fn tool_choice(mut self, value: impl Into<RealtimeToolChoice>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `parallel_tool_calls`.
    #[must_use]
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `reasoning`.
    #[must_use]
    pub fn reasoning(mut self, value: impl Into<RealtimeReasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }

    /// Sets `max_output_tokens`.
    #[must_use]
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeMaxOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }

    /// Sets `truncation`.
    #[must_use]
    pub fn truncation(mut self, value: impl Into<RealtimeTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }

    /// Sets `tracing` to `null`, which the API reads apart from leaving it out.
    #[must_use]
    pub fn tracing_null(mut self) -> Self {
        self.tracing = Some(crate::runtime::Nullable::Null);
        self
    }
}

/// An item of the `output_modalities` field of [`RealtimeSessionCreateRequest`](crate::types::RealtimeSessionCreateRequest).
#[derive(Debug, Clone)]
pub enum RealtimeSessionCreateRequestOutputModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionCreateRequestOutputModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionCreateRequestOutputModalitiesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Audio => "audio",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeSessionCreateRequestOutputModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionCreateRequestOutputModalitiesItem);

/// Audio settings of a speech-to-speech session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeSessionAudio {
    /// What the client sends.
    pub input: Option<RealtimeSessionAudioInput>,
    /// What the model speaks.
    pub output: Option<RealtimeSessionAudioOutput>,
}

impl Serialize for RealtimeSessionAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionAudio {
    const EXPECTING: &'static str = "a `RealtimeSessionAudio` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value()?,
            "output" => self.output = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeSessionAudio {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<RealtimeSessionAudioInput>) -> Self {
        self.input = Some(value.into());
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(mut self, value: impl Into<RealtimeSessionAudioOutput>) -> Self {
        self.output = Some(value.into());
        self
    }
}

/// Settings of the audio the client sends.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeSessionAudioInput {
    /// Encoding of the input audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Transcribe the user's speech as well (asynchronously, with a separate model); left out, no transcripts are made.
    pub transcription: Option<AudioTranscription>,
    /// Filter applied to input audio before turn detection and the model hear it.
    pub noise_reduction: Option<RealtimeNoiseReduction>,
    /// How the end of a user turn is detected; null means the client commits the buffer and asks for responses itself.
    ///
    /// `None` leaves it out; `Some(Nullable::Null)` (`turn_detection_null()` on a request) sends `null`.
    pub turn_detection: Option<crate::runtime::Nullable<RealtimeTurnDetection>>,
}

impl Serialize for RealtimeSessionAudioInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        codec::optional_entry(&mut map, "transcription", &self.transcription)?;
        codec::optional_entry(&mut map, "noise_reduction", &self.noise_reduction)?;
        codec::optional_entry(&mut map, "turn_detection", &self.turn_detection)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionAudioInput {
    const EXPECTING: &'static str = "a `RealtimeSessionAudioInput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            "transcription" => self.transcription = map.next_value()?,
            "noise_reduction" => self.noise_reduction = map.next_value()?,
            "turn_detection" => self.turn_detection = Some(map.next_value()?),
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionAudioInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeSessionAudioInput {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }

    /// Sets `transcription`.
    #[must_use]
    pub fn transcription(mut self, value: impl Into<AudioTranscription>) -> Self {
        self.transcription = Some(value.into());
        self
    }

    /// Sets `noise_reduction`.
    #[must_use]
    pub fn noise_reduction(mut self, value: impl Into<RealtimeNoiseReduction>) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }

    /// Sets `turn_detection`.
    #[must_use]
    pub fn turn_detection(mut self, value: impl Into<RealtimeTurnDetection>) -> Self {
        self.turn_detection = Some(crate::runtime::Nullable::Value(value.into()));
        self
    }

    /// Sets `turn_detection` to `null`, which the API reads apart from leaving it out.
    #[must_use]
    pub fn turn_detection_null(mut self) -> Self {
        self.turn_detection = Some(crate::runtime::Nullable::Null);
        self
    }
}

/// How the user's speech is transcribed in a Realtime session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AudioTranscription {
    /// Transcription model, e.g. `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-transcribe` or `gpt-4o-transcribe-diarize`.
    pub model: Option<String>,
    /// ISO-639-1 code of the spoken language (such as `en`); knowing it helps accuracy and speed.
    pub language: Option<String>,
    /// Several ISO-639-1 codes the speech may be in, for models that accept a list.
    pub languages: Option<Vec<String>>,
    /// Words and names the model should expect to hear, to spell them right.
    pub keywords: Option<Vec<String>>,
    /// Text that steers the transcription (free text for `whisper-1`, keywords or context for the newer models).
    pub prompt: Option<String>,
    /// How long the model may wait for more audio before committing text; longer waits give better transcripts (only some models, such as `gpt-realtime-whisper`).
    pub delay: Option<AudioTranscriptionDelay>,
}

impl Serialize for AudioTranscription {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "language", &self.language)?;
        codec::optional_entry(&mut map, "languages", &self.languages)?;
        codec::optional_entry(&mut map, "keywords", &self.keywords)?;
        codec::optional_entry(&mut map, "prompt", &self.prompt)?;
        codec::optional_entry(&mut map, "delay", &self.delay)?;
        map.end()
    }
}

impl codec::ObjectFields for AudioTranscription {
    const EXPECTING: &'static str = "an `AudioTranscription` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value()?,
            "language" => self.language = map.next_value()?,
            "languages" => self.languages = map.next_value()?,
            "keywords" => self.keywords = map.next_value()?,
            "prompt" => self.prompt = map.next_value()?,
            "delay" => self.delay = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AudioTranscription {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl AudioTranscription {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `language`.
    #[must_use]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }

    /// Sets `languages`.
    #[must_use]
    pub fn languages(mut self, value: impl Into<Vec<String>>) -> Self {
        self.languages = Some(value.into());
        self
    }

    /// Sets `keywords`.
    #[must_use]
    pub fn keywords(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keywords = Some(value.into());
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }

    /// Sets `delay`.
    #[must_use]
    pub fn delay(mut self, value: impl Into<AudioTranscriptionDelay>) -> Self {
        self.delay = Some(value.into());
        self
    }
}

/// How long the model may wait for more audio before committing text; longer waits give better transcripts (only some models, such as `gpt-realtime-whisper`).
#[derive(Debug, Clone)]
pub enum AudioTranscriptionDelay {
    /// `minimal`
    Minimal,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `xhigh`
    Xhigh,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for AudioTranscriptionDelay {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl AudioTranscriptionDelay {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for AudioTranscriptionDelay {
    fn from(value: &str) -> Self {
        match value {
            "minimal" => Self::Minimal,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "xhigh" => Self::Xhigh,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(AudioTranscriptionDelay);

/// Settings of the audio the model speaks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeSessionAudioOutput {
    /// Encoding of the output audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Voice of the model (`alloy` by default; `marin` and `cedar` sound best); fixed once the model has spoken.
    pub voice: Option<VoiceIdsOrCustomVoice>,
    /// Speaking rate, 1.0 being normal; takes effect between turns.
    pub speed: Option<f64>,
}

impl Serialize for RealtimeSessionAudioOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        codec::optional_entry(&mut map, "voice", &self.voice)?;
        codec::optional_entry(&mut map, "speed", &self.speed)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeSessionAudioOutput {
    const EXPECTING: &'static str = "a `RealtimeSessionAudioOutput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            "voice" => self.voice = map.next_value()?,
            "speed" => self.speed = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeSessionAudioOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeSessionAudioOutput {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }

    /// Sets `voice`.
    #[must_use]
    pub fn voice(mut self, value: impl Into<VoiceIdsOrCustomVoice>) -> Self {
        self.voice = Some(value.into());
        self
    }

    /// Sets `speed`.
    #[must_use]
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }
}

/// An item of the `include` field of [`RealtimeSessionCreateRequest`](crate::types::RealtimeSessionCreateRequest).
#[derive(Debug, Clone)]
pub enum RealtimeSessionCreateRequestIncludeItem {
    /// `item.input_audio_transcription.logprobs`
    ItemInputAudioTranscriptionLogprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeSessionCreateRequestIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeSessionCreateRequestIncludeItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ItemInputAudioTranscriptionLogprobs => {
                "item.input_audio_transcription.logprobs"
            }
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeSessionCreateRequestIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "item.input_audio_transcription.logprobs" => {
                Self::ItemInputAudioTranscriptionLogprobs
            }
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeSessionCreateRequestIncludeItem);

/// Settings of a transcription-only Realtime session, in which the model transcribes input audio and never answers.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeTranscriptionSessionCreateRequest {
    /// Always `transcription`.
    pub r#type: String,
    /// Settings of the input audio.
    pub audio: Option<RealtimeTranscriptionSessionAudio>,
    /// Extra data to add to server events.
    pub include: Option<Vec<RealtimeTranscriptionSessionCreateRequestIncludeItem>>,
}

impl Default for RealtimeTranscriptionSessionCreateRequest {
    fn default() -> Self {
        Self {
            r#type: "transcription".to_owned(),
            audio: Default::default(),
            include: Default::default(),
        }
    }
}

impl Serialize for RealtimeTranscriptionSessionCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "include", &self.include)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranscriptionSessionCreateRequest {
    const EXPECTING: &'static str = "a `RealtimeTranscriptionSessionCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio" => self.audio = map.next_value()?,
            "include" => self.include = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranscriptionSessionCreateRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `audio`.
    #[must_use]
    pub fn audio(mut self, value: impl Into<RealtimeTranscriptionSessionAudio>) -> Self {
        self.audio = Some(value.into());
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(
        mut self,
        value: impl Into<Vec<RealtimeTranscriptionSessionCreateRequestIncludeItem>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
}

/// Audio settings of a transcription session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeTranscriptionSessionAudio {
    /// What the client sends and how it is transcribed.
    pub input: Option<RealtimeSessionAudioInput>,
}

impl Serialize for RealtimeTranscriptionSessionAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "input", &self.input)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeTranscriptionSessionAudio {
    const EXPECTING: &'static str = "a `RealtimeTranscriptionSessionAudio` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeTranscriptionSessionAudio {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<RealtimeSessionAudioInput>) -> Self {
        self.input = Some(value.into());
        self
    }
}

/// An item of the `include` field of [`RealtimeTranscriptionSessionCreateRequest`](crate::types::RealtimeTranscriptionSessionCreateRequest).
#[derive(Debug, Clone)]
pub enum RealtimeTranscriptionSessionCreateRequestIncludeItem {
    /// `item.input_audio_transcription.logprobs`
    ItemInputAudioTranscriptionLogprobs,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeTranscriptionSessionCreateRequestIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeTranscriptionSessionCreateRequestIncludeItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ItemInputAudioTranscriptionLogprobs => {
                "item.input_audio_transcription.logprobs"
            }
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeTranscriptionSessionCreateRequestIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "item.input_audio_transcription.logprobs" => {
                Self::ItemInputAudioTranscriptionLogprobs
            }
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    RealtimeTranscriptionSessionCreateRequestIncludeItem
);

/// Lifetime of a client secret.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeClientSecretExpiresAfter {
    /// Moment the lifetime counts from; only `created_at`.
    pub anchor: Option<String>,
    /// Lifetime in seconds, 10 to 7200 (600 when left out).
    pub seconds: Option<i64>,
}

impl Serialize for RealtimeClientSecretExpiresAfter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "anchor", &self.anchor)?;
        codec::optional_entry(&mut map, "seconds", &self.seconds)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeClientSecretExpiresAfter {
    const EXPECTING: &'static str = "a `RealtimeClientSecretExpiresAfter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "anchor" => self.anchor = map.next_value()?,
            "seconds" => self.seconds = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeClientSecretExpiresAfter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeClientSecretExpiresAfter {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `anchor`.
    #[must_use]
    pub fn anchor(mut self, value: impl Into<String>) -> Self {
        self.anchor = Some(value.into());
        self
    }

    /// Sets `seconds`.
    #[must_use]
    pub fn seconds(mut self, value: impl Into<i64>) -> Self {
        self.seconds = Some(value.into());
        self
    }
}
