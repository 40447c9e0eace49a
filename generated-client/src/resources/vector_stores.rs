// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.vector_stores()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    CreateVectorStoreFileBatchRequest, CreateVectorStoreFileRequest,
    CreateVectorStoreRequest, DeleteVectorStoreFileResponse, DeleteVectorStoreResponse,
    ListFilesInVectorStoreBatchParams, ListVectorStoreFilesParams,
    ListVectorStoreFilesResponse, ListVectorStoresParams, ListVectorStoresResponse,
    UpdateVectorStoreFileAttributesRequest, UpdateVectorStoreRequest,
    VectorStoreFileBatchObject, VectorStoreFileContentResponse, VectorStoreFileObject,
    VectorStoreObject, VectorStoreSearchRequest, VectorStoreSearchResultsPage,
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

    /// The `vector_stores.file_batches` sub-resource.
    pub fn file_batches(&self) -> VectorStoresFileBatches<'c> {
        VectorStoresFileBatches {
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

    /// Search a vector store
    ///
    /// Finds the chunks of a store's files most relevant to one or more
    /// queries, optionally limited to files whose attributes match a filter,
    /// and returns them ranked by score.
    ///
    /// `POST /vector_stores/{vector_store_id}/search`
    #[inline]
    pub fn search(
        &self,
        vector_store_id: &str,
        request: &VectorStoreSearchRequest,
    ) -> Call<Json<VectorStoreSearchResultsPage>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/vector_stores/{vector_store_id}/search",
                &[("vector_store_id", &vector_store_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `vector_stores.files` resource.
#[derive(Debug, Clone, Copy)]
pub struct VectorStoresFiles<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> VectorStoresFiles<'c> {
    /// List the files of a vector store
    ///
    /// Pages through the files of a vector store, optionally only those in one indexing state.
    ///
    /// `GET /vector_stores/{vector_store_id}/files`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        vector_store_id: &str,
        params: &ListVectorStoreFilesParams,
    ) -> Call<Json<ListVectorStoreFilesResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/vector_stores/{vector_store_id}/files",
            &[("vector_store_id", &vector_store_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        spec.query().push_opt("filter", params.filter.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

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

    /// Retrieve a vector store file
    ///
    /// Returns one file of a vector store with its indexing status, usage and attributes.
    ///
    /// `GET /vector_stores/{vector_store_id}/files/{file_id}`
    #[inline]
    pub fn retrieve(
        &self,
        vector_store_id: &str,
        file_id: &str,
    ) -> Call<Json<VectorStoreFileObject>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/vector_stores/{vector_store_id}/files/{file_id}",
            &[("vector_store_id", &vector_store_id), ("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update the attributes of a vector store file
    ///
    /// Sets the attributes stored with a file of a vector store, the values
    /// that search filters match on.
    ///
    /// `POST /vector_stores/{vector_store_id}/files/{file_id}`
    #[inline]
    pub fn update(
        &self,
        vector_store_id: &str,
        file_id: &str,
        request: &UpdateVectorStoreFileAttributesRequest,
    ) -> Call<Json<VectorStoreFileObject>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/vector_stores/{vector_store_id}/files/{file_id}",
                &[("vector_store_id", &vector_store_id), ("file_id", &file_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Remove a file from a vector store
    ///
    /// Takes a file out of a vector store and drops its index. The uploaded
    /// file itself is kept; use `DELETE /files/{file_id}` to remove it.
    ///
    /// `DELETE /vector_stores/{vector_store_id}/files/{file_id}`
    #[inline]
    pub fn delete(
        &self,
        vector_store_id: &str,
        file_id: &str,
    ) -> Call<Json<DeleteVectorStoreFileResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/vector_stores/{vector_store_id}/files/{file_id}",
            &[("vector_store_id", &vector_store_id), ("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }

    /// Read the parsed text of a vector store file
    ///
    /// Returns the text the service extracted from a file when it indexed it,
    /// as a page of content parts.
    ///
    /// `GET /vector_stores/{vector_store_id}/files/{file_id}/content`
    #[inline]
    pub fn content(
        &self,
        vector_store_id: &str,
        file_id: &str,
    ) -> Call<Json<VectorStoreFileContentResponse>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/vector_stores/{vector_store_id}/files/{file_id}/content",
            &[("vector_store_id", &vector_store_id), ("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `vector_stores.file_batches` resource.
#[derive(Debug, Clone, Copy)]
pub struct VectorStoresFileBatches<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> VectorStoresFileBatches<'c> {
    /// Add many files to a vector store at once
    ///
    /// Adds as many as 2000 uploaded files in a single call; indexing runs
    /// in the background and the returned batch tracks how far it got. Prefer this over one `POST .../files` call per file: both
    /// endpoints share a write limit of 300 requests per minute per store.
    ///
    /// `POST /vector_stores/{vector_store_id}/file_batches`
    #[inline]
    pub fn create(
        &self,
        vector_store_id: &str,
        request: &CreateVectorStoreFileBatchRequest,
    ) -> Call<Json<VectorStoreFileBatchObject>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/vector_stores/{vector_store_id}/file_batches",
                &[("vector_store_id", &vector_store_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a vector store file batch
    ///
    /// Returns a file batch with its status and per-state file counts.
    ///
    /// `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}`
    #[inline]
    pub fn retrieve(
        &self,
        vector_store_id: &str,
        batch_id: &str,
    ) -> Call<Json<VectorStoreFileBatchObject>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
            &[("vector_store_id", &vector_store_id), ("batch_id", &batch_id)],
        );
        Call::new(self.client, spec)
    }

    /// Cancel a vector store file batch
    ///
    /// Stops indexing the files of a batch that are not done yet, as soon as
    /// the service can. Files already indexed stay in the store.
    ///
    /// `POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`
    #[inline]
    pub fn cancel(
        &self,
        vector_store_id: &str,
        batch_id: &str,
    ) -> Call<Json<VectorStoreFileBatchObject>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
            &[("vector_store_id", &vector_store_id), ("batch_id", &batch_id)],
        );
        Call::new(self.client, spec)
    }

    /// List the files of a vector store file batch
    ///
    /// Pages through the vector store files that were added by one batch.
    ///
    /// `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list_files(
        &self,
        vector_store_id: &str,
        batch_id: &str,
        params: &ListFilesInVectorStoreBatchParams,
    ) -> Call<Json<ListVectorStoreFilesResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
            &[("vector_store_id", &vector_store_id), ("batch_id", &batch_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        spec.query().push_opt("filter", params.filter.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }
}
