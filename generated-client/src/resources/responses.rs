// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.responses()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Empty, Json, RequestSpec, Sse};
use crate::types::{
    CreateResponseRequest, GetResponseParams, Response, ResponseStreamEvent,
};

/// The `responses` resource.
#[derive(Debug, Clone, Copy)]
pub struct Responses<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Responses<'c> {
    /// Create a model response
    ///
    /// Asks a model to produce output for the given input, which may be plain
    /// text or a list of input items (messages with text, image and file parts,
    /// earlier tool calls and their results). The model can call built-in
    /// tools such as web search and file search, or functions you declare.
    /// With `stream: true` the answer arrives as server-sent events, each one
    /// a `ResponseStreamEvent`; otherwise a single `Response` object is
    /// returned.
    ///
    /// `POST /responses`
    #[inline]
    pub fn create(&self, request: &CreateResponseRequest) -> Call<Json<Response>> {
        let spec = RequestSpec::new(Method::POST, "/responses".to_owned()).json(request);
        Call::new(self.client, spec)
    }

    /// Create a model response
    ///
    /// Asks a model to produce output for the given input, which may be plain
    /// text or a list of input items (messages with text, image and file parts,
    /// earlier tool calls and their results). The model can call built-in
    /// tools such as web search and file search, or functions you declare.
    /// With `stream: true` the answer arrives as server-sent events, each one
    /// a `ResponseStreamEvent`; otherwise a single `Response` object is
    /// returned.
    ///
    /// `POST /responses` as a stream of server-sent events; the stream ends after the last event.
    #[inline]
    pub fn create_stream(
        &self,
        request: &CreateResponseRequest,
    ) -> Call<Sse<ResponseStreamEvent>> {
        let spec = RequestSpec::new(Method::POST, "/responses".to_owned())
            .json_stream(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a response
    ///
    /// Fetches a response that was stored when it was created (the default
    /// unless `store: false` was sent). Background responses can be polled
    /// this way until they reach a terminal status.
    ///
    /// `GET /responses/{response_id}`
    #[inline]
    pub fn retrieve(
        &self,
        response_id: &str,
        params: &GetResponseParams,
    ) -> Call<Json<Response>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/responses/{response_id}",
            &[("response_id", &response_id)],
        );
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        spec.query().push_opt("stream", params.stream.as_ref());
        spec.query().push_opt("starting_after", params.starting_after.as_ref());
        spec.query()
            .push_opt("include_obfuscation", params.include_obfuscation.as_ref());
        Call::new(self.client, spec)
    }

    /// Delete a response
    ///
    /// Permanently removes a stored response. The success answer has no body.
    ///
    /// `DELETE /responses/{response_id}`
    #[inline]
    pub fn delete(&self, response_id: &str) -> Call<Empty> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/responses/{response_id}",
            &[("response_id", &response_id)],
        );
        Call::new(self.client, spec)
    }

    /// Cancel a background response
    ///
    /// Stops a response that was started with `background: true` and has not
    /// finished yet. Responses created in the foreground cannot be cancelled.
    ///
    /// `POST /responses/{response_id}/cancel`
    #[inline]
    pub fn cancel(&self, response_id: &str) -> Call<Json<Response>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/responses/{response_id}/cancel",
            &[("response_id", &response_id)],
        );
        Call::new(self.client, spec)
    }
}
