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
//!
//! Built without the Cargo feature `client`, the runtime is only what the generated types
//! use: their decoders (`codec`, `macros`), the `StreamEvent` and `Page` traits, and
//! `FileUpload` with `MultipartForm`, so that the types serve another HTTP stack.

#[cfg(feature = "client")]
mod call;
#[cfg(feature = "client")]
mod client;
#[allow(dead_code)] // which decoders a crate calls depends on its schemas
pub(crate) mod codec;
#[cfg(feature = "client")]
mod download;
#[cfg(feature = "client")]
mod encoding;
#[cfg(feature = "client")]
mod error;
mod macros;
#[cfg(feature = "client")]
mod meta;
mod multipart;
#[cfg(feature = "client")]
mod output;
mod page;
#[cfg(feature = "client")]
mod pagination;
#[cfg(feature = "client")]
mod params;
#[cfg(feature = "realtime")]
pub mod realtime;
#[cfg(feature = "client")]
mod request;
#[cfg(feature = "client")]
mod retry;
#[cfg(feature = "client")]
mod settings;
#[allow(dead_code)] // a spec's event types use one of its decoders or both
pub(crate) mod sse;
#[cfg(feature = "client")]
mod stream;
#[cfg(feature = "schemars")]
mod structured;
#[cfg(feature = "client")]
mod transport;
#[cfg(feature = "client")]
mod upload;
#[cfg(feature = "webhooks")]
mod webhooks;

#[allow(unused_imports)] // which ones a crate uses depends on its spec
pub(crate) use macros::{compare_by, integer_enum_traits, string_enum_traits};
#[cfg(feature = "client")]
pub use call::Call;
#[cfg(feature = "client")]
pub use client::{
    ApiKey, AuthScheme, Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT, IdentityHeader,
};
pub use codec::{DecodeError, Nullable, decode_json};
#[cfg(feature = "client")]
pub use download::Download;
#[cfg(feature = "client")]
pub use error::{ApiError, Error, IncompleteStream, Result, StreamError};
#[cfg(feature = "client")]
pub use meta::{RateLimits, ResetTime, ResponseMeta};
pub use multipart::{FileUpload, MultipartForm, ToMultipart};
#[cfg(feature = "client")]
pub use output::{Binary, Empty, Json, Output, Sse, Text};
pub use page::Page;
#[cfg(feature = "client")]
pub use pagination::ResultStream;
#[cfg(feature = "client")]
pub use params::Style;
#[cfg(feature = "realtime")]
pub use realtime::{RealtimeReceiver, RealtimeSender, RealtimeSession};
#[cfg(feature = "client")]
pub use request::{QueryPairs, RequestSpec, encode_path};
pub use sse::{Accumulate, StreamEnd, StreamEvent};
#[cfg(feature = "client")]
pub use stream::{Accumulator, EventStream};
#[cfg(feature = "schemars")]
pub use structured::{
    OutputError, SchemaError, StrictSchema, make_strict, parse_output, strict_schema,
};
#[cfg(feature = "webhooks")]
pub use webhooks::{DEFAULT_WEBHOOK_TOLERANCE, WebhookError, WebhookHeaders, Webhooks};
