// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Request and response types, one per schema of the spec (and per inline schema
//! that needs a name). Each module is named like the resource whose operations use
//! its types (large ones have sub-modules); types many resources use are in
//! `shared`; all are re-exported here.
//!
//! Decoding is forgiving so that new API versions do not break old clients: unknown
//! fields are ignored, unknown enum values land in `Other`, unknown union variants in
//! `Unknown`, and a required field that is `null` or missing takes its default.
mod assistants;
mod audio;
mod batches;
mod chat;
mod conversations;
mod embeddings;
mod files;
mod fine_tuning;
mod images;
mod models;
mod moderations;
mod other;
mod realtime;
mod responses;
mod shared;
mod threads;
mod vector_stores;

pub use assistants::*;
pub use audio::*;
pub use batches::*;
pub use chat::*;
pub use conversations::*;
pub use embeddings::*;
pub use files::*;
pub use fine_tuning::*;
pub use images::*;
pub use models::*;
pub use moderations::*;
pub use other::*;
pub use realtime::*;
pub use responses::*;
pub use shared::*;
pub use threads::*;
pub use vector_stores::*;
