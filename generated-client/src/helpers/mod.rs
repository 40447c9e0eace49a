// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Hand-written helpers that came with the spec: behaviour OpenAPI cannot describe,
//! written against the generated types (methods on them, trait implementations), each
//! module under the Cargo features it needs.
/// Chat-completion chunks folded into the completion; readers of a completion.
#[cfg(feature = "chat")]
pub mod chat;

/// Responses stream events folded into the response; readers of a response.
#[cfg(feature = "responses")]
pub mod responses;

/// Structured outputs and typed function tools for Chat Completions.
#[cfg(all(feature = "chat", feature = "schemars"))]
pub mod chat_structured;

/// Structured outputs and typed function tools for the Responses API.
#[cfg(all(feature = "responses", feature = "schemars"))]
pub mod responses_structured;

/// What every webhook event carries, whatever its type.
#[cfg(feature = "webhooks")]
pub mod webhooks;
