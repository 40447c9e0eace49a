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

impl crate::Client {
    /// Operations under `assistants`.
    pub fn assistants(&self) -> assistants::Assistants<'_> {
        assistants::Assistants::new(self)
    }

    /// Operations under `audio`.
    pub fn audio(&self) -> audio::Audio<'_> {
        audio::Audio::new(self)
    }

    /// Operations under `batches`.
    pub fn batches(&self) -> batches::Batches<'_> {
        batches::Batches::new(self)
    }

    /// Operations under `chat`.
    pub fn chat(&self) -> chat::Chat<'_> {
        chat::Chat::new(self)
    }

    /// Operations under `conversations`.
    pub fn conversations(&self) -> conversations::Conversations<'_> {
        conversations::Conversations::new(self)
    }

    /// Operations under `embeddings`.
    pub fn embeddings(&self) -> embeddings::Embeddings<'_> {
        embeddings::Embeddings::new(self)
    }

    /// Operations under `files`.
    pub fn files(&self) -> files::Files<'_> {
        files::Files::new(self)
    }

    /// Operations under `fine_tuning`.
    pub fn fine_tuning(&self) -> fine_tuning::FineTuning<'_> {
        fine_tuning::FineTuning::new(self)
    }

    /// Operations under `images`.
    pub fn images(&self) -> images::Images<'_> {
        images::Images::new(self)
    }

    /// Operations under `models`.
    pub fn models(&self) -> models::Models<'_> {
        models::Models::new(self)
    }

    /// Operations under `moderations`.
    pub fn moderations(&self) -> moderations::Moderations<'_> {
        moderations::Moderations::new(self)
    }

    /// Operations under `realtime`.
    #[cfg(feature = "realtime")]
    pub fn realtime(&self) -> realtime::Realtime<'_> {
        realtime::Realtime::new(self)
    }

    /// Operations under `responses`.
    pub fn responses(&self) -> responses::Responses<'_> {
        responses::Responses::new(self)
    }

    /// Operations under `threads`.
    pub fn threads(&self) -> threads::Threads<'_> {
        threads::Threads::new(self)
    }

    /// Operations under `vector_stores`.
    pub fn vector_stores(&self) -> vector_stores::VectorStores<'_> {
        vector_stores::VectorStores::new(self)
    }
}
