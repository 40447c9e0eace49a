// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.completions()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec, Sse};
use crate::types::{CreateCompletionRequest, CreateCompletionResponse};

/// The `completions` resource.
#[derive(Debug, Clone, Copy)]
pub struct Completions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Completions<'c> {
    /// Create a text completion (legacy)
    ///
    /// Continues a text prompt with the older completions interface, served
    /// by models such as `gpt-3.5-turbo-instruct`, `davinci-002` and
    /// `babbage-002`. New code should prefer the Responses API. With
    /// `stream: true` the text arrives as server-sent events, each one a
    /// `CreateCompletionResponse` chunk, and the stream ends with `[DONE]`.
    ///
    /// `POST /completions`
    #[inline]
    pub fn create(
        &self,
        request: &CreateCompletionRequest,
    ) -> Call<Json<CreateCompletionResponse>> {
        let spec = RequestSpec::new(Method::POST, "/completions".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Create a text completion (legacy)
    ///
    /// Continues a text prompt with the older completions interface, served
    /// by models such as `gpt-3.5-turbo-instruct`, `davinci-002` and
    /// `babbage-002`. New code should prefer the Responses API. With
    /// `stream: true` the text arrives as server-sent events, each one a
    /// `CreateCompletionResponse` chunk, and the stream ends with `[DONE]`.
    ///
    /// `POST /completions` as a stream of server-sent events; the stream ends after the last event.
    #[inline]
    pub fn create_stream(
        &self,
        request: &CreateCompletionRequest,
    ) -> Call<Sse<CreateCompletionResponse>> {
        let spec = RequestSpec::new(Method::POST, "/completions".to_owned())
            .json_stream(request);
        Call::new(self.client, spec)
    }
}
