// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.vector_stores()` and its sub-resources.
#![allow(deprecated)]

/// The `vector_stores` resource.
#[derive(Debug, Clone, Copy)]
pub struct VectorStores<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> VectorStores<'c> {
    /// The `vector_stores.files` sub-resource.
    pub fn files(&self) -> VectorStoresFiles<'c> {
        VectorStoresFiles {
            client: self.client,
        }
    }

    /// List vector stores
    ///
    /// Pages through the vector stores of the project.
    ///
    /// `GET /vector_stores`; call `.into_stream()` on the result to walk every page.
    pub fn list(
        &self,
        params: &crate::types::ListVectorStoresParams,
    ) -> crate::runtime::Call<
        crate::runtime::Json<crate::types::ListVectorStoresResponse>,
    > {
        let mut spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/vector_stores".to_owned(),
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        crate::runtime::Call::new(self.client, spec)
    }

    /// Create a vector store
    ///
    /// Creates a searchable store, optionally filled right away with files
    /// that are chunked, embedded and indexed in the background.
    ///
    /// `POST /vector_stores`
    pub fn create(
        &self,
        request: &crate::types::CreateVectorStoreRequest,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::VectorStoreObject>> {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                "/vector_stores".to_owned(),
            )
            .json(request);
        crate::runtime::Call::new(self.client, spec)
    }

    /// Retrieve a vector store
    ///
    /// Returns a vector store with its file counters and status.
    ///
    /// `GET /vector_stores/{vector_store_id}`
    pub fn retrieve(
        &self,
        vector_store_id: &str,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::VectorStoreObject>> {
        let spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            format!("/vector_stores/{}", crate::runtime::encode_path(vector_store_id)),
        );
        crate::runtime::Call::new(self.client, spec)
    }

    /// Update a vector store
    ///
    /// Changes the name, expiration policy or metadata of a vector store.
    ///
    /// `POST /vector_stores/{vector_store_id}`
    pub fn update(
        &self,
        vector_store_id: &str,
        request: &crate::types::UpdateVectorStoreRequest,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::VectorStoreObject>> {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                format!(
                    "/vector_stores/{}",
                    crate::runtime::encode_path(vector_store_id),
                ),
            )
            .json(request);
        crate::runtime::Call::new(self.client, spec)
    }

    /// Delete a vector store
    ///
    /// Removes a vector store. The files it indexed are kept.
    ///
    /// `DELETE /vector_stores/{vector_store_id}`
    pub fn delete(
        &self,
        vector_store_id: &str,
    ) -> crate::runtime::Call<
        crate::runtime::Json<crate::types::DeleteVectorStoreResponse>,
    > {
        let spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::DELETE,
            format!("/vector_stores/{}", crate::runtime::encode_path(vector_store_id)),
        );
        crate::runtime::Call::new(self.client, spec)
    }
}

/// The `vector_stores.files` resource.
#[derive(Debug, Clone, Copy)]
pub struct VectorStoresFiles<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> VectorStoresFiles<'c> {
    /// Add a file to a vector store
    ///
    /// Attaches an already uploaded file to a vector store; it is chunked and
    /// indexed asynchronously, so the returned object usually starts out
    /// `in_progress`.
    ///
    /// `POST /vector_stores/{vector_store_id}/files`
    pub fn create(
        &self,
        vector_store_id: &str,
        request: &crate::types::CreateVectorStoreFileRequest,
    ) -> crate::runtime::Call<
        crate::runtime::Json<crate::types::VectorStoreFileObject>,
    > {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                format!(
                    "/vector_stores/{}/files",
                    crate::runtime::encode_path(vector_store_id),
                ),
            )
            .json(request);
        crate::runtime::Call::new(self.client, spec)
    }
}
