// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! # OpenAI Platform API
//!
//! An async Rust client for OpenAI Platform API (version 2.3.0), generated from `openai.yaml`.
//!
//! HTTP interface of the OpenAI platform. Every request is authenticated with
//! an API key sent as a bearer token. Optional `OpenAI-Organization` and
//! `OpenAI-Project` headers select which organization and project a request is
//! billed to.
//!
//! Errors come back as a JSON object with a single `error` member (see the
//! `ErrorResponse` schema). Rate-limit state is reported in the
//! `x-ratelimit-limit-*`, `x-ratelimit-remaining-*` and `x-ratelimit-reset-*`
//! response headers; a 429 answer means the caller should back off and retry.
//!
//! - [`Client`] holds configuration and the HTTP connection pool; `Client::from_env()` reads it from the environment.
//! - [`resources`] groups the operations: `client.<resource>().<method>(..)` returns a [`Call`] to `.await`.
//! - [`types`] holds every request and response type, grouped like the resources whose operations use them.
//! - [`runtime`] holds errors, streaming, pagination, uploads and retries.
//!
//! Built without the `client` feature (`default-features = false`), the crate is the types alone, with no HTTP dependency.
#![warn(missing_docs)]

#[cfg(feature = "client")]
pub mod resources;
pub mod helpers;
pub mod runtime;
pub mod types;

#[cfg(feature = "webhooks")]
pub use runtime::{WebhookError, Webhooks};
#[cfg(feature = "client")]
pub use runtime::{
    Call, Client, ClientBuilder, Download, Error, EventStream, ResponseMeta, Result,
};
pub use runtime::FileUpload;
