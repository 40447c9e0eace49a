// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.vector_stores()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    CreateVectorStoreFileRequest, CreateVectorStoreRequest, DeleteVectorStoreResponse,
    ListVectorStoresParams, ListVectorStoresResponse, UpdateVectorStoreRequest,
    VectorStoreFileObject, VectorStoreObject,
};

/// The `vector_stores` resource.
#[derive(Debug, Clone, Copy)]
pub struct VectorStores<'c> {
    pub(crate) client: &'c Client,
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
    #[inline]
    pub fn list(
        &self,
        params: &ListVectorStoresParams,
    ) -> Call<Json<ListVectorStoresResponse>> {
        let mut spec = RequestSpec::new(Method::GET, "/vector_stores".to_owned());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a vector store
    ///
    /// Creates a searchable store, optionally filled right away with files
    /// that are chunked, embedded and indexed in the background.
    ///
    /// `POST /vector_stores`
    #[inline]
    pub fn create(
        &self,
        request: &CreateVectorStoreRequest,
    ) -> Call<Json<VectorStoreObject>> {
        let spec = RequestSpec::new(Method::POST, "/vector_stores".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a vector store
    ///
    /// Returns a vector store with its file counters and status.
    ///
    /// `GET /vector_stores/{vector_store_id}`
    #[inline]
    pub fn retrieve(&self, vector_store_id: &str) -> Call<Json<VectorStoreObject>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/vector_stores/{vector_store_id}",
            &[("vector_store_id", &vector_store_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update a vector store
    ///
    /// Changes the name, expiration policy or metadata of a vector store.
    ///
    /// `POST /vector_stores/{vector_store_id}`
    #[inline]
    pub fn update(
        &self,
        vector_store_id: &str,
        request: &UpdateVectorStoreRequest,
    ) -> Call<Json<VectorStoreObject>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/vector_stores/{vector_store_id}",
                &[("vector_store_id", &vector_store_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a vector store
    ///
    /// Removes a vector store. The files it indexed are kept.
    ///
    /// `DELETE /vector_stores/{vector_store_id}`
    #[inline]
    pub fn delete(
        &self,
        vector_store_id: &str,
    ) -> Call<Json<DeleteVectorStoreResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/vector_stores/{vector_store_id}",
            &[("vector_store_id", &vector_store_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `vector_stores.files` resource.
#[derive(Debug, Clone, Copy)]
pub struct VectorStoresFiles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> VectorStoresFiles<'c> {
    /// Add a file to a vector store
    ///
    /// Attaches an already uploaded file to a vector store; it is chunked and
    /// indexed asynchronously, so the returned object usually starts out
    /// `in_progress`.
    ///
    /// `POST /vector_stores/{vector_store_id}/files`
    #[inline]
    pub fn create(
        &self,
        vector_store_id: &str,
        request: &CreateVectorStoreFileRequest,
    ) -> Call<Json<VectorStoreFileObject>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/vector_stores/{vector_store_id}/files",
                &[("vector_store_id", &vector_store_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}
