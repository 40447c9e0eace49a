// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.embeddings()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{CreateEmbeddingRequest, CreateEmbeddingResponse};

/// The `embeddings` resource.
#[derive(Debug, Clone, Copy)]
pub struct Embeddings<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Embeddings<'c> {
    /// Create embeddings
    ///
    /// Computes an embedding vector for each input text or token array.
    ///
    /// `POST /embeddings`
    #[inline]
    pub fn create(
        &self,
        request: &CreateEmbeddingRequest,
    ) -> Call<Json<CreateEmbeddingResponse>> {
        let spec = RequestSpec::new(Method::POST, "/embeddings".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }
}
