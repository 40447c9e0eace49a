// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `chatkit` operations.
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

mod sessions;
mod threads;

pub use sessions::*;
pub use threads::*;
