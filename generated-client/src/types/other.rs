// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the spec's components that no operation uses.
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

/// Body of every failed request.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ErrorResponse {
    /// The error.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub error: Error,
}
