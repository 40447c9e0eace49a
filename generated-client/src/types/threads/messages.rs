// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `threads.messages` operations use.
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

/// Confirmation that a message was deleted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeleteMessageResponse {
    /// Id of the deleted message.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `thread.message.deleted`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Whether it was deleted.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub deleted: bool,
}

impl Default for DeleteMessageResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread.message.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

/// Query and header parameters of `ListMessages`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMessagesParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, newest first (`desc`, the default) or oldest first (`asc`).
    ///
    /// Defaults to `"desc"` when unset.
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Pagination cursor; the id of the first object of the next page, for paging backwards.
    pub before: Option<String>,
    /// Only return messages created by this run.
    pub run_id: Option<String>,
}

impl ListMessagesParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `order`.
    #[must_use]
    pub fn order(mut self, value: impl Into<SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `before`.
    #[must_use]
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }

    /// Sets `run_id`.
    #[must_use]
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.run_id = Some(value.into());
        self
    }
}

/// A page of messages.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ListMessagesResponse {
    /// Always `list`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// The messages on this page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub data: Vec<MessageObject>,
    /// Id of the first message on the page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub first_id: String,
    /// Id of the last message on the page; pass it as `after` for the next page.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub last_id: String,
    /// Whether more messages follow.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub has_more: bool,
}

impl crate::runtime::Page for ListMessagesResponse {
    type Item = MessageObject;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<MessageObject> {
        self.data
    }
}

/// Body of `POST /threads/{thread_id}/messages/{message_id}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ModifyMessageRequest {
    /// Up to 16 key/value string pairs for your own use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

impl ModifyMessageRequest {
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
}
