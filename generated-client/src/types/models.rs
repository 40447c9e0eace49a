// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `models` operations.
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

/// Confirmation that a fine-tuned model was deleted.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DeleteModelResponse {
    /// Name of the deleted model.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Object type, `model`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Whether it was deleted.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub deleted: bool,
}

/// All models the caller can use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListModelsResponse {
    /// Always `list`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// The models.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub data: Vec<Model>,
}

impl Default for ListModelsResponse {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
        }
    }
}

/// A model the caller can use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Model {
    /// Model name, used as `model` in requests.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Always `model`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub object: String,
    /// Time the model was created.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub created: i64,
    /// Organization that owns the model.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub owned_by: String,
    /// Date after which the model stops working, if one is announced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shutdown_date: Option<String>,
}

impl Default for Model {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "model".to_owned(),
            created: Default::default(),
            owned_by: Default::default(),
            shutdown_date: Default::default(),
        }
    }
}
