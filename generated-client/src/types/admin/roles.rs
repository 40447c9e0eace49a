// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.roles` operations use.
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

/// Query and header parameters of `ListRoles`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolesParams {
    /// Page size, from 0 to 1,000; 1,000 when omitted.
    ///
    /// Defaults to `1000` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the `next` value of the previous page.
    pub after: Option<String>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
}

impl ListRolesParams {
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

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `order`.
    #[must_use]
    pub fn order(mut self, value: impl Into<SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
