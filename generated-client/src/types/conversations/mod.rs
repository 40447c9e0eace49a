// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `conversations` operations.
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

mod items;

pub use items::*;

/// A stored conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationResource {
    /// Conversation id (`conv_...`).
    pub id: String,
    /// Always `conversation`.
    pub object: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Key/value pairs attached to the conversation.
    pub metadata: serde_json::Value,
}

impl Default for ConversationResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "conversation".to_owned(),
            created_at: Default::default(),
            metadata: Default::default(),
        }
    }
}

impl Serialize for ConversationResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for ConversationResource {
    const EXPECTING: &'static str = "a `ConversationResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ConversationResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /conversations`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateConversationBody {
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Items to start the conversation with (at most 20).
    pub items: Option<Vec<InputItem>>,
}

impl Serialize for CreateConversationBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "items", &self.items)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateConversationBody {
    const EXPECTING: &'static str = "a `CreateConversationBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "metadata" => self.metadata = map.next_value()?,
            "items" => self.items = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateConversationBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateConversationBody {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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

    /// Sets `items`.
    #[must_use]
    pub fn items(mut self, value: impl Into<Vec<InputItem>>) -> Self {
        self.items = Some(value.into());
        self
    }
}

/// Confirmation that a conversation was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedConversationResource {
    /// Id of the deleted conversation.
    pub id: String,
    /// Always `conversation.deleted`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl Default for DeletedConversationResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "conversation.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for DeletedConversationResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for DeletedConversationResource {
    const EXPECTING: &'static str = "a `DeletedConversationResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for DeletedConversationResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /conversations/{conversation_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateConversationBody {
    /// The key/value pairs to store on the conversation.
    pub metadata: Option<Metadata>,
}

impl Serialize for UpdateConversationBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateConversationBody {
    const EXPECTING: &'static str = "an `UpdateConversationBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateConversationBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateConversationBody {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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
}
