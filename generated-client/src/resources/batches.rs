// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.batches()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{Batch, CreateBatchRequest, ListBatchesParams, ListBatchesResponse};

/// The `batches` resource.
#[derive(Debug, Clone, Copy)]
pub struct Batches<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Batches<'c> {
    /// List batches
    ///
    /// Pages through the batches of the organization.
    ///
    /// `GET /batches`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListBatchesParams) -> Call<Json<ListBatchesResponse>> {
        let mut spec = RequestSpec::new(Method::GET, "/batches".to_owned());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a batch
    ///
    /// Queues every request line of an uploaded JSONL file (purpose `batch`)
    /// for asynchronous processing within the completion window. Results are
    /// written to an output file, failures to an error file.
    ///
    /// `POST /batches`
    #[inline]
    pub fn create(&self, request: &CreateBatchRequest) -> Call<Json<Batch>> {
        let spec = RequestSpec::new(Method::POST, "/batches".to_owned()).json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a batch
    ///
    /// Returns the status and request counters of a batch.
    ///
    /// `GET /batches/{batch_id}`
    #[inline]
    pub fn retrieve(&self, batch_id: &str) -> Call<Json<Batch>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/batches/{batch_id}",
            &[("batch_id", &batch_id)],
        );
        Call::new(self.client, spec)
    }

    /// Cancel a batch
    ///
    /// Stops a batch that is in progress. It stays in `cancelling` for a while
    /// (up to ten minutes) before becoming `cancelled`; results finished so far
    /// remain available in the output file.
    ///
    /// `POST /batches/{batch_id}/cancel`
    #[inline]
    pub fn cancel(&self, batch_id: &str) -> Call<Json<Batch>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/batches/{batch_id}/cancel",
            &[("batch_id", &batch_id)],
        );
        Call::new(self.client, spec)
    }
}
