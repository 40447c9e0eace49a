// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Request and response types, one per schema of the spec (and per inline schema
//! that needs a name). Each module is named like the resource whose operations use
//! its types (large ones have sub-modules); types many resources use are in
//! `shared`; all are re-exported here.
//!
//! Decoding is forgiving so that new API versions do not break old clients: unknown
//! fields are ignored, unknown enum values land in `Other`, unknown union variants in
//! `Unknown`, and a required field that is `null` or missing takes its default.
//!
//! Each type exists with the Cargo features of the groups whose operations use it
//! (`chat`, `files`, ...), wherever it lives; `other` types with `full`.
#[cfg(feature = "admin")]
mod admin;
#[cfg(any(feature = "assistants", feature = "threads"))]
mod assistants;
#[cfg(any(feature = "audio", feature = "realtime_api"))]
mod audio;
#[cfg(feature = "batches")]
mod batches;

#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "completions",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api"
    )
)]
mod chat;
#[cfg(feature = "chatkit")]
mod chatkit;
#[cfg(feature = "completions")]
mod completions;
#[cfg(feature = "containers")]
mod containers;
#[cfg(feature = "content_provenance_checks")]
mod content_provenance_checks;
#[cfg(feature = "conversations")]
mod conversations;
#[cfg(feature = "embeddings")]
mod embeddings;
#[cfg(feature = "evals")]
mod evals;
#[cfg(any(feature = "files", feature = "uploads"))]
mod files;
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
mod fine_tuning;
#[cfg(feature = "images")]
mod images;
#[cfg(feature = "models")]
mod models;
#[cfg(feature = "moderations")]
mod moderations;
#[cfg(feature = "full")]
mod other;
#[cfg(feature = "realtime_api")]
mod realtime;

#[cfg(
    any(
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "images",
        feature = "realtime_api",
        feature = "responses",
        feature = "vector_stores"
    )
)]
mod responses;

#[cfg(
    any(
        feature = "admin",
        feature = "assistants",
        feature = "batches",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "files",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses",
        feature = "skills",
        feature = "threads",
        feature = "vector_stores",
        feature = "videos"
    )
)]
mod shared;
#[cfg(feature = "skills")]
mod skills;
#[cfg(feature = "threads")]
mod threads;
#[cfg(feature = "uploads")]
mod uploads;
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
mod vector_stores;
#[cfg(feature = "videos")]
mod videos;
#[cfg(feature = "webhooks")]
mod webhooks;

#[cfg(feature = "admin")]
pub use admin::*;
#[cfg(any(feature = "assistants", feature = "threads"))]
pub use assistants::*;
#[cfg(any(feature = "audio", feature = "realtime_api"))]
pub use audio::*;
#[cfg(feature = "batches")]
pub use batches::*;

#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "completions",
        feature = "evals",
        feature = "fine_tuning",
        feature = "realtime_api"
    )
)]
pub use chat::*;
#[cfg(feature = "chatkit")]
pub use chatkit::*;
#[cfg(feature = "completions")]
pub use completions::*;
#[cfg(feature = "containers")]
pub use containers::*;
#[cfg(feature = "content_provenance_checks")]
pub use content_provenance_checks::*;
#[cfg(feature = "conversations")]
pub use conversations::*;
#[cfg(feature = "embeddings")]
pub use embeddings::*;
#[cfg(feature = "evals")]
pub use evals::*;
#[cfg(any(feature = "files", feature = "uploads"))]
pub use files::*;
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
pub use fine_tuning::*;
#[cfg(feature = "images")]
pub use images::*;
#[cfg(feature = "models")]
pub use models::*;
#[cfg(feature = "moderations")]
pub use moderations::*;
#[cfg(feature = "full")]
pub use other::*;
#[cfg(feature = "realtime_api")]
pub use realtime::*;

#[cfg(
    any(
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "images",
        feature = "realtime_api",
        feature = "responses",
        feature = "vector_stores"
    )
)]
pub use responses::*;

#[cfg(
    any(
        feature = "admin",
        feature = "assistants",
        feature = "batches",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "files",
        feature = "fine_tuning",
        feature = "realtime_api",
        feature = "responses",
        feature = "skills",
        feature = "threads",
        feature = "vector_stores",
        feature = "videos"
    )
)]
pub use shared::*;
#[cfg(feature = "skills")]
pub use skills::*;
#[cfg(feature = "threads")]
pub use threads::*;
#[cfg(feature = "uploads")]
pub use uploads::*;
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector_stores"))]
pub use vector_stores::*;
#[cfg(feature = "videos")]
pub use videos::*;
#[cfg(feature = "webhooks")]
pub use webhooks::*;
