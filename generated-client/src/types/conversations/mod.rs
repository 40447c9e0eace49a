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

use serde::{Deserialize, Serialize};
use crate::types::*;

mod items;

pub use items::*;

/// A stored conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConversationResource {
    /// Conversation id (`conv_...`).
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `conversation`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Creation time, in seconds since the Unix epoch.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub created_at: i64,
    /// Key/value pairs attached to the conversation.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
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

/// Body of `POST /conversations`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CreateConversationBody {
    /// Up to 16 key/value string pairs for your own use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Items to start the conversation with (at most 20).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<InputItem>>,
}

impl CreateConversationBody {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }

    /// Sets `items`.
    #[must_use]
    pub fn items(mut self, value: impl Into<Vec<InputItem>>) -> Self {
        self.items = Some(value.into());
        self
    }
}
