// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.responses()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Empty, Json, RequestSpec, Sse, Style};
use crate::types::{
    BetaCancelResponseParams, BetaCompactconversationParams, BetaCreateResponse,
    BetaCreateResponseParams, BetaDeleteResponseParams, BetaGetResponseParams,
    BetaGetinputtokencountsParams, BetaListInputItemsParams, CompactResource,
    CompactResponseMethodPublicBody, CreateResponseRequest, GetResponseParams,
    ListInputItemsParams, Response, ResponseItemList, ResponseStreamEvent,
    TokenCountsBody, TokenCountsResource,
};

/// The `responses` resource.
#[derive(Debug, Clone, Copy)]
pub struct Responses<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Responses<'c> {
    /// The `responses.input_items` sub-resource.
    pub fn input_items(&self) -> ResponsesInputItems<'c> {
        ResponsesInputItems {
            client: self.client,
        }
    }

    /// The `responses.input_tokens` sub-resource.
    pub fn input_tokens(&self) -> ResponsesInputTokens<'c> {
        ResponsesInputTokens {
            client: self.client,
        }
    }

    /// The `responses.beta` sub-resource.
    pub fn beta(&self) -> ResponsesBeta<'c> {
        ResponsesBeta {
            client: self.client,
        }
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

    /// Compact a conversation
    ///
    /// Condenses a long context into a short list of items that carries its
    /// state forward. The answer usually holds some of the original messages
    /// plus a `compaction` item whose encrypted payload summarises the rest;
    /// send those items as input to the next response instead of the whole
    /// history.
    ///
    /// `POST /responses/compact`
    #[inline]
    pub fn compact(
        &self,
        request: &CompactResponseMethodPublicBody,
    ) -> Call<Json<CompactResource>> {
        let spec = RequestSpec::new(Method::POST, "/responses/compact".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `responses.input_items` resource.
#[derive(Debug, Clone, Copy)]
pub struct ResponsesInputItems<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ResponsesInputItems<'c> {
    /// List the input items of a response
    ///
    /// Pages through the items a stored response was given as input:
    /// messages, earlier tool calls and their results, and so on. Newest
    /// items come first unless `order` asks for the opposite.
    ///
    /// `GET /responses/{response_id}/input_items`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        response_id: &str,
        params: &ListInputItemsParams,
    ) -> Call<Json<ResponseItemList>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/responses/{response_id}/input_items",
            &[("response_id", &response_id)],
        );
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }
}

/// The `responses.input_tokens` resource.
#[derive(Debug, Clone, Copy)]
pub struct ResponsesInputTokens<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ResponsesInputTokens<'c> {
    /// Count the input tokens of a request
    ///
    /// Works out how many input tokens a Responses request would consume
    /// without generating anything. Send the model together with the same
    /// input, instructions, tools and other context you would pass to
    /// `POST /responses`.
    ///
    /// `POST /responses/input_tokens`
    #[inline]
    pub fn count(&self, request: &TokenCountsBody) -> Call<Json<TokenCountsResource>> {
        let spec = RequestSpec::new(Method::POST, "/responses/input_tokens".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `responses.beta` resource.
#[derive(Debug, Clone, Copy)]
pub struct ResponsesBeta<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ResponsesBeta<'c> {
    /// The `responses.beta.input_items` sub-resource.
    pub fn input_items(&self) -> ResponsesBetaInputItems<'c> {
        ResponsesBetaInputItems {
            client: self.client,
        }
    }

    /// The `responses.beta.input_tokens` sub-resource.
    pub fn input_tokens(&self) -> ResponsesBetaInputTokens<'c> {
        ResponsesBetaInputTokens {
            client: self.client,
        }
    }

    /// Create a model response (multi-agent beta)
    ///
    /// The beta variant of `POST /responses`. It takes every field of the
    /// regular request plus `multi_agent`, which lets the model start and
    /// coordinate subagents on the server; their exchanges show up as
    /// `agent_message`, `multi_agent_call` and `multi_agent_call_output`
    /// items. Opt in with the `openai-beta: responses_multi_agent=v1`
    /// header. With `stream: true` the answer arrives as server-sent events.
    ///
    /// `POST /responses`
    #[inline]
    pub fn create(
        &self,
        params: &BetaCreateResponseParams,
        request: &BetaCreateResponse,
    ) -> Call<Json<Response>> {
        let mut spec = RequestSpec::new(Method::POST, "/responses".to_owned());
        spec.query().push("beta", "true");
        spec.header_param(
            "openai-beta",
            params.openai_beta.as_ref(),
            Style::simple(false),
        );
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Create a model response (multi-agent beta)
    ///
    /// The beta variant of `POST /responses`. It takes every field of the
    /// regular request plus `multi_agent`, which lets the model start and
    /// coordinate subagents on the server; their exchanges show up as
    /// `agent_message`, `multi_agent_call` and `multi_agent_call_output`
    /// items. Opt in with the `openai-beta: responses_multi_agent=v1`
    /// header. With `stream: true` the answer arrives as server-sent events.
    ///
    /// `POST /responses` as a stream of server-sent events; the stream ends after the last event.
    #[inline]
    pub fn create_stream(
        &self,
        params: &BetaCreateResponseParams,
        request: &BetaCreateResponse,
    ) -> Call<Sse<ResponseStreamEvent>> {
        let mut spec = RequestSpec::new(Method::POST, "/responses".to_owned());
        spec.query().push("beta", "true");
        spec.header_param(
            "openai-beta",
            params.openai_beta.as_ref(),
            Style::simple(false),
        );
        let spec = spec.json_stream(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a response (multi-agent beta)
    ///
    /// The beta variant of `GET /responses/{response_id}`, for responses
    /// that were created on the multi-agent surface.
    ///
    /// `GET /responses/{response_id}`
    #[inline]
    pub fn retrieve(
        &self,
        response_id: &str,
        params: &BetaGetResponseParams,
    ) -> Call<Json<Response>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/responses/{response_id}",
            &[("response_id", &response_id)],
        );
        spec.query().push("beta", "true");
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        spec.query().push_opt("stream", params.stream.as_ref());
        spec.query().push_opt("starting_after", params.starting_after.as_ref());
        spec.query()
            .push_opt("include_obfuscation", params.include_obfuscation.as_ref());
        spec.header_param(
            "openai-beta",
            params.openai_beta.as_ref(),
            Style::simple(false),
        );
        Call::new(self.client, spec)
    }

    /// Delete a response (multi-agent beta)
    ///
    /// The beta variant of `DELETE /responses/{response_id}`: permanently
    /// removes a stored response. The success answer has no body.
    ///
    /// `DELETE /responses/{response_id}`
    #[inline]
    pub fn delete(
        &self,
        response_id: &str,
        params: &BetaDeleteResponseParams,
    ) -> Call<Empty> {
        let mut spec = RequestSpec::with_path(
            Method::DELETE,
            "/responses/{response_id}",
            &[("response_id", &response_id)],
        );
        spec.query().push("beta", "true");
        spec.header_param(
            "openai-beta",
            params.openai_beta.as_ref(),
            Style::simple(false),
        );
        Call::new(self.client, spec)
    }

    /// Cancel a background response (multi-agent beta)
    ///
    /// The beta variant of `POST /responses/{response_id}/cancel`. Only a
    /// response started with `background: true` that is still running can
    /// be stopped.
    ///
    /// `POST /responses/{response_id}/cancel`
    #[inline]
    pub fn cancel(
        &self,
        response_id: &str,
        params: &BetaCancelResponseParams,
    ) -> Call<Json<Response>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/responses/{response_id}/cancel",
            &[("response_id", &response_id)],
        );
        spec.query().push("beta", "true");
        spec.header_param(
            "openai-beta",
            params.openai_beta.as_ref(),
            Style::simple(false),
        );
        Call::new(self.client, spec)
    }

    /// Compact a conversation (multi-agent beta)
    ///
    /// The beta variant of `POST /responses/compact`, whose input and output
    /// may contain the items of multi-agent runs.
    ///
    /// `POST /responses/compact`
    #[inline]
    pub fn compact(
        &self,
        params: &BetaCompactconversationParams,
        request: &CompactResponseMethodPublicBody,
    ) -> Call<Json<CompactResource>> {
        let mut spec = RequestSpec::new(Method::POST, "/responses/compact".to_owned());
        spec.query().push("beta", "true");
        spec.header_param(
            "openai-beta",
            params.openai_beta.as_ref(),
            Style::simple(false),
        );
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }
}

/// The `responses.beta.input_items` resource.
#[derive(Debug, Clone, Copy)]
pub struct ResponsesBetaInputItems<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ResponsesBetaInputItems<'c> {
    /// List the input items of a response (multi-agent beta)
    ///
    /// The beta variant of `GET /responses/{response_id}/input_items`; the
    /// items may include agent messages and multi-agent calls.
    ///
    /// `GET /responses/{response_id}/input_items`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        response_id: &str,
        params: &BetaListInputItemsParams,
    ) -> Call<Json<ResponseItemList>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/responses/{response_id}/input_items",
            &[("response_id", &response_id)],
        );
        spec.query().push("beta", "true");
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_array_opt("include", params.include.as_deref(), true);
        spec.header_param(
            "openai-beta",
            params.openai_beta.as_ref(),
            Style::simple(false),
        );
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }
}

/// The `responses.beta.input_tokens` resource.
#[derive(Debug, Clone, Copy)]
pub struct ResponsesBetaInputTokens<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ResponsesBetaInputTokens<'c> {
    /// Count the input tokens of a request (multi-agent beta)
    ///
    /// The beta variant of `POST /responses/input_tokens`, whose input may
    /// contain the items of multi-agent runs.
    ///
    /// `POST /responses/input_tokens`
    #[inline]
    pub fn count(
        &self,
        params: &BetaGetinputtokencountsParams,
        request: &TokenCountsBody,
    ) -> Call<Json<TokenCountsResource>> {
        let mut spec = RequestSpec::new(
            Method::POST,
            "/responses/input_tokens".to_owned(),
        );
        spec.query().push("beta", "true");
        spec.header_param(
            "openai-beta",
            params.openai_beta.as_ref(),
            Style::simple(false),
        );
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }
}
