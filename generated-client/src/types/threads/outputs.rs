// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the responses of the `threads` operations use.
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

/// Confirmation that a thread was deleted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeleteThreadResponse {
    /// Id of the deleted thread.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `thread.deleted`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Whether it was deleted.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub deleted: bool,
}

impl Default for DeleteThreadResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}
