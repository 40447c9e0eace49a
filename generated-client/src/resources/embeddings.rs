// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.embeddings()` and its sub-resources.
#![allow(deprecated)]

/// The `embeddings` resource.
#[derive(Debug, Clone, Copy)]
pub struct Embeddings<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> Embeddings<'c> {
    /// Create embeddings
    ///
    /// Computes an embedding vector for each input text or token array.
    ///
    /// `POST /embeddings`
    pub fn create(
        &self,
        request: &crate::types::CreateEmbeddingRequest,
    ) -> crate::runtime::Call<
        crate::runtime::Json<crate::types::CreateEmbeddingResponse>,
    > {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                "/embeddings".to_owned(),
            )
            .json(request);
        crate::runtime::Call::new(self.client, spec)
    }
}
