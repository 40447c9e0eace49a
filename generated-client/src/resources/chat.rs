// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.chat()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec, Sse};
use crate::types::{
    ChatCompletionDeleted, ChatCompletionList, ChatCompletionMessageList,
    CreateChatCompletionRequest, CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse, GetChatCompletionMessagesParams,
    ListChatCompletionsParams, UpdateChatCompletionRequest,
};

/// The `chat` resource.
#[derive(Debug, Clone, Copy)]
pub struct Chat<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Chat<'c> {
    /// The `chat.completions` sub-resource.
    pub fn completions(&self) -> ChatCompletions<'c> {
        ChatCompletions {
            client: self.client,
        }
    }
}

/// The `chat.completions` resource.
#[derive(Debug, Clone, Copy)]
pub struct ChatCompletions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ChatCompletions<'c> {
    /// The `chat.completions.messages` sub-resource.
    pub fn messages(&self) -> ChatCompletionsMessages<'c> {
        ChatCompletionsMessages {
            client: self.client,
        }
    }

    /// List stored chat completions
    ///
    /// Pages through chat completions that were created with `store` set to true.
    ///
    /// `GET /chat/completions`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        params: &ListChatCompletionsParams,
    ) -> Call<Json<ChatCompletionList>> {
        let mut spec = RequestSpec::new(Method::GET, "/chat/completions".to_owned());
        spec.query().push_opt("model", params.model.as_ref());
        spec.query().push_deep_object_opt("metadata", params.metadata.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create a chat completion
    ///
    /// Generates the next assistant message for a list of conversation
    /// messages. Supports tools, structured JSON output, image and audio
    /// input, and audio output on models that have it. With `stream: true`
    /// the reply arrives as server-sent events carrying
    /// `CreateChatCompletionStreamResponse` chunks, terminated by `[DONE]`.
    ///
    /// `POST /chat/completions`
    #[inline]
    pub fn create(
        &self,
        request: &CreateChatCompletionRequest,
    ) -> Call<Json<CreateChatCompletionResponse>> {
        let spec = RequestSpec::new(Method::POST, "/chat/completions".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Create a chat completion
    ///
    /// Generates the next assistant message for a list of conversation
    /// messages. Supports tools, structured JSON output, image and audio
    /// input, and audio output on models that have it. With `stream: true`
    /// the reply arrives as server-sent events carrying
    /// `CreateChatCompletionStreamResponse` chunks, terminated by `[DONE]`.
    ///
    /// `POST /chat/completions` as a stream of server-sent events; the stream ends after the last event.
    #[inline]
    pub fn create_stream(
        &self,
        request: &CreateChatCompletionRequest,
    ) -> Call<Sse<CreateChatCompletionStreamResponse>> {
        let spec = RequestSpec::new(Method::POST, "/chat/completions".to_owned())
            .json_stream(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a stored chat completion
    ///
    /// Returns a chat completion that was created with `store` set to true.
    ///
    /// `GET /chat/completions/{completion_id}`
    #[inline]
    pub fn retrieve(
        &self,
        completion_id: &str,
    ) -> Call<Json<CreateChatCompletionResponse>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/chat/completions/{completion_id}",
            &[("completion_id", &completion_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update a stored chat completion
    ///
    /// Replaces the metadata of a stored chat completion; nothing else can be changed.
    ///
    /// `POST /chat/completions/{completion_id}`
    #[inline]
    pub fn update(
        &self,
        completion_id: &str,
        request: &UpdateChatCompletionRequest,
    ) -> Call<Json<CreateChatCompletionResponse>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/chat/completions/{completion_id}",
                &[("completion_id", &completion_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Remove a stored chat completion
    ///
    /// Removes a stored chat completion for good.
    ///
    /// `DELETE /chat/completions/{completion_id}`
    #[inline]
    pub fn delete(&self, completion_id: &str) -> Call<Json<ChatCompletionDeleted>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/chat/completions/{completion_id}",
            &[("completion_id", &completion_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `chat.completions.messages` resource.
#[derive(Debug, Clone, Copy)]
pub struct ChatCompletionsMessages<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ChatCompletionsMessages<'c> {
    /// List the messages of a stored chat completion
    ///
    /// Pages through the input messages that produced a stored chat completion.
    ///
    /// `GET /chat/completions/{completion_id}/messages`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        completion_id: &str,
        params: &GetChatCompletionMessagesParams,
    ) -> Call<Json<ChatCompletionMessageList>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/chat/completions/{completion_id}/messages",
            &[("completion_id", &completion_id)],
        );
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }
}
