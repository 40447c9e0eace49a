// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Operations grouped by resource: `client.chat().completions().create(..)`.
//!
//! Each method returns a [`Call`](crate::runtime::Call): `.await` it for the typed
//! result, or set per-request options (headers, timeout, retries) first. Each
//! resource exists with its group's Cargo feature (`full` enables them all).
#[cfg(feature = "admin")]
pub mod admin;
#[cfg(feature = "assistants")]
pub mod assistants;
#[cfg(feature = "audio")]
pub mod audio;
#[cfg(feature = "batches")]
pub mod batches;
#[cfg(feature = "chat")]
pub mod chat;
#[cfg(feature = "chatkit")]
pub mod chatkit;
#[cfg(feature = "completions")]
pub mod completions;
#[cfg(feature = "containers")]
pub mod containers;
#[cfg(feature = "content_provenance_checks")]
pub mod content_provenance_checks;
#[cfg(feature = "conversations")]
pub mod conversations;
#[cfg(feature = "embeddings")]
pub mod embeddings;
#[cfg(feature = "evals")]
pub mod evals;
#[cfg(feature = "files")]
pub mod files;
#[cfg(feature = "fine_tuning")]
pub mod fine_tuning;
#[cfg(feature = "images")]
pub mod images;
#[cfg(feature = "models")]
pub mod models;
#[cfg(feature = "moderations")]
pub mod moderations;
#[cfg(feature = "realtime_api")]
pub mod realtime;
#[cfg(feature = "responses")]
pub mod responses;
#[cfg(feature = "skills")]
pub mod skills;
#[cfg(feature = "threads")]
pub mod threads;
#[cfg(feature = "uploads")]
pub mod uploads;
#[cfg(feature = "vector_stores")]
pub mod vector_stores;
#[cfg(feature = "videos")]
pub mod videos;

use crate::Client;

impl Client {
    /// Operations under `admin`.
    #[cfg(feature = "admin")]
    pub fn admin(&self) -> admin::Admin<'_> {
        admin::Admin { client: self }
    }

    /// Operations under `assistants`.
    #[cfg(feature = "assistants")]
    pub fn assistants(&self) -> assistants::Assistants<'_> {
        assistants::Assistants {
            client: self,
        }
    }

    /// Operations under `audio`.
    #[cfg(feature = "audio")]
    pub fn audio(&self) -> audio::Audio<'_> {
        audio::Audio { client: self }
    }

    /// Operations under `batches`.
    #[cfg(feature = "batches")]
    pub fn batches(&self) -> batches::Batches<'_> {
        batches::Batches { client: self }
    }

    /// Operations under `chat`.
    #[cfg(feature = "chat")]
    pub fn chat(&self) -> chat::Chat<'_> {
        chat::Chat { client: self }
    }

    /// Operations under `chatkit`.
    #[cfg(feature = "chatkit")]
    pub fn chatkit(&self) -> chatkit::Chatkit<'_> {
        chatkit::Chatkit { client: self }
    }

    /// Operations under `completions`.
    #[cfg(feature = "completions")]
    pub fn completions(&self) -> completions::Completions<'_> {
        completions::Completions {
            client: self,
        }
    }

    /// Operations under `containers`.
    #[cfg(feature = "containers")]
    pub fn containers(&self) -> containers::Containers<'_> {
        containers::Containers {
            client: self,
        }
    }

    /// Operations under `content_provenance_checks`.
    #[cfg(feature = "content_provenance_checks")]
    pub fn content_provenance_checks(
        &self,
    ) -> content_provenance_checks::ContentProvenanceChecks<'_> {
        content_provenance_checks::ContentProvenanceChecks {
            client: self,
        }
    }

    /// Operations under `conversations`.
    #[cfg(feature = "conversations")]
    pub fn conversations(&self) -> conversations::Conversations<'_> {
        conversations::Conversations {
            client: self,
        }
    }

    /// Operations under `embeddings`.
    #[cfg(feature = "embeddings")]
    pub fn embeddings(&self) -> embeddings::Embeddings<'_> {
        embeddings::Embeddings {
            client: self,
        }
    }

    /// Operations under `evals`.
    #[cfg(feature = "evals")]
    pub fn evals(&self) -> evals::Evals<'_> {
        evals::Evals { client: self }
    }

    /// Operations under `files`.
    #[cfg(feature = "files")]
    pub fn files(&self) -> files::Files<'_> {
        files::Files { client: self }
    }

    /// Operations under `fine_tuning`.
    #[cfg(feature = "fine_tuning")]
    pub fn fine_tuning(&self) -> fine_tuning::FineTuning<'_> {
        fine_tuning::FineTuning {
            client: self,
        }
    }

    /// Operations under `images`.
    #[cfg(feature = "images")]
    pub fn images(&self) -> images::Images<'_> {
        images::Images { client: self }
    }

    /// Operations under `models`.
    #[cfg(feature = "models")]
    pub fn models(&self) -> models::Models<'_> {
        models::Models { client: self }
    }

    /// Operations under `moderations`.
    #[cfg(feature = "moderations")]
    pub fn moderations(&self) -> moderations::Moderations<'_> {
        moderations::Moderations {
            client: self,
        }
    }

    /// Operations under `realtime`.
    #[cfg(feature = "realtime_api")]
    pub fn realtime(&self) -> realtime::Realtime<'_> {
        realtime::Realtime { client: self }
    }

    /// Operations under `responses`.
    #[cfg(feature = "responses")]
    pub fn responses(&self) -> responses::Responses<'_> {
        responses::Responses {
            client: self,
        }
    }

    /// Operations under `skills`.
    #[cfg(feature = "skills")]
    pub fn skills(&self) -> skills::Skills<'_> {
        skills::Skills { client: self }
    }

    /// Operations under `threads`.
    #[cfg(feature = "threads")]
    pub fn threads(&self) -> threads::Threads<'_> {
        threads::Threads { client: self }
    }

    /// Operations under `uploads`.
    #[cfg(feature = "uploads")]
    pub fn uploads(&self) -> uploads::Uploads<'_> {
        uploads::Uploads { client: self }
    }

    /// Operations under `vector_stores`.
    #[cfg(feature = "vector_stores")]
    pub fn vector_stores(&self) -> vector_stores::VectorStores<'_> {
        vector_stores::VectorStores {
            client: self,
        }
    }

    /// Operations under `videos`.
    #[cfg(feature = "videos")]
    pub fn videos(&self) -> videos::Videos<'_> {
        videos::Videos { client: self }
    }
}
