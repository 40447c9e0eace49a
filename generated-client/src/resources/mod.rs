// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Operations grouped by resource: `client.chat().completions().create(..)`.
//!
//! Each method returns a [`Call`](crate::runtime::Call): `.await` it for the typed
//! result, or set per-request options (headers, timeout, retries) first.
pub mod assistants;
pub mod audio;
pub mod batches;
pub mod chat;
pub mod conversations;
pub mod embeddings;
pub mod files;
pub mod fine_tuning;
pub mod images;
pub mod models;
pub mod moderations;
#[cfg(feature = "realtime")]
pub mod realtime;
pub mod responses;
pub mod threads;
pub mod vector_stores;

use crate::Client;

impl Client {
    /// Operations under `assistants`.
    pub fn assistants(&self) -> assistants::Assistants<'_> {
        assistants::Assistants {
            client: self,
        }
    }

    /// Operations under `audio`.
    pub fn audio(&self) -> audio::Audio<'_> {
        audio::Audio { client: self }
    }

    /// Operations under `batches`.
    pub fn batches(&self) -> batches::Batches<'_> {
        batches::Batches { client: self }
    }

    /// Operations under `chat`.
    pub fn chat(&self) -> chat::Chat<'_> {
        chat::Chat { client: self }
    }

    /// Operations under `conversations`.
    pub fn conversations(&self) -> conversations::Conversations<'_> {
        conversations::Conversations {
            client: self,
        }
    }

    /// Operations under `embeddings`.
    pub fn embeddings(&self) -> embeddings::Embeddings<'_> {
        embeddings::Embeddings {
            client: self,
        }
    }

    /// Operations under `files`.
    pub fn files(&self) -> files::Files<'_> {
        files::Files { client: self }
    }

    /// Operations under `fine_tuning`.
    pub fn fine_tuning(&self) -> fine_tuning::FineTuning<'_> {
        fine_tuning::FineTuning {
            client: self,
        }
    }

    /// Operations under `images`.
    pub fn images(&self) -> images::Images<'_> {
        images::Images { client: self }
    }

    /// Operations under `models`.
    pub fn models(&self) -> models::Models<'_> {
        models::Models { client: self }
    }

    /// Operations under `moderations`.
    pub fn moderations(&self) -> moderations::Moderations<'_> {
        moderations::Moderations {
            client: self,
        }
    }

    /// Operations under `realtime`.
    #[cfg(feature = "realtime")]
    pub fn realtime(&self) -> realtime::Realtime<'_> {
        realtime::Realtime { client: self }
    }

    /// Operations under `responses`.
    pub fn responses(&self) -> responses::Responses<'_> {
        responses::Responses {
            client: self,
        }
    }

    /// Operations under `threads`.
    pub fn threads(&self) -> threads::Threads<'_> {
        threads::Threads { client: self }
    }

    /// Operations under `vector_stores`.
    pub fn vector_stores(&self) -> vector_stores::VectorStores<'_> {
        vector_stores::VectorStores {
            client: self,
        }
    }
}
