// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `responses.input_items` operations use.
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

use crate::types::*;

/// Query and header parameters of `ListInputItems`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInputItemsParams {
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
    /// Extra data to embed in the returned items.
    pub include: Option<Vec<IncludeEnum>>,
}

impl ListInputItemsParams {
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

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
}
