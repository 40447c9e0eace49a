// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Runtime support for the generated API: the client, requests and retries, parameter
//! encoding, response kinds and errors, and the parts this API needs besides
//! (`generator/src/emit/parts.rs` decides which: multipart uploads, event streams,
//! pagination, WebSocket sessions).
//!
//! Generated resource methods describe a call as a [`RequestSpec`] and return a
//! [`Call`]; everything below that point lives here. Spec-specific constants (base URL,
//! environment variables, auth scheme, identity headers) are in the generated
//! `settings` module.

mod call;
mod client;
#[allow(dead_code)] // which decoders a crate calls depends on its schemas
pub(crate) mod codec;
mod encoding;
mod error;
mod macros;
mod meta;
mod multipart;
mod output;
mod pagination;
mod params;
#[cfg(feature = "realtime")]
pub mod realtime;
mod request;
mod retry;
mod settings;
#[allow(dead_code)] // a spec's event types use one of its decoders or both
pub(crate) mod sse;
mod stream;
mod transport;

#[allow(unused_imports)] // which ones a crate uses depends on its spec
pub(crate) use macros::{integer_enum_traits, string_enum_traits};
pub use call::Call;
pub use client::{
    ApiKey, AuthScheme, Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT, IdentityHeader,
};
pub use codec::decode_json;
pub use error::{ApiError, DecodeError, Error, Result, StreamError};
pub use meta::{RateLimits, ResetTime, ResponseMeta};
pub use multipart::{FileUpload, MultipartForm, ToMultipart};
pub use output::{Binary, Empty, Json, Output, Sse, Text};
pub use pagination::{Page, ResultStream};
pub use params::Style;
#[cfg(feature = "realtime")]
pub use realtime::{RealtimeReceiver, RealtimeSender, RealtimeSession};
pub use request::{QueryPairs, RequestSpec, encode_path};
pub use sse::StreamEvent;
pub use stream::EventStream;
