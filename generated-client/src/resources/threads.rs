// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.threads()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec, Sse};
use crate::types::{
    AssistantStreamEvent, CreateMessageRequest, CreateRunParams, CreateRunRequest,
    CreateThreadAndRunRequest, CreateThreadRequest, DeleteMessageResponse,
    DeleteThreadResponse, GetRunStepParams, ListMessagesParams, ListMessagesResponse,
    ListRunStepsParams, ListRunStepsResponse, ListRunsParams, ListRunsResponse,
    MessageObject, ModifyMessageRequest, ModifyRunRequest, ModifyThreadRequest,
    RunObject, RunStepObject, SubmitToolOutputsRunRequest, ThreadObject,
};

/// The `threads` resource.
#[derive(Debug, Clone, Copy)]
pub struct Threads<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Threads<'c> {
    /// The `threads.runs` sub-resource.
    pub fn runs(&self) -> ThreadsRuns<'c> {
        ThreadsRuns { client: self.client }
    }

    /// The `threads.messages` sub-resource.
    pub fn messages(&self) -> ThreadsMessages<'c> {
        ThreadsMessages {
            client: self.client,
        }
    }

    /// Create a thread
    ///
    /// Creates a conversation thread, optionally seeded with messages and tool resources.
    ///
    /// `POST /threads`
    #[inline]
    pub fn create(&self, request: &CreateThreadRequest) -> Call<Json<ThreadObject>> {
        let mut spec = RequestSpec::new(Method::POST, "/threads".to_owned());
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a thread
    ///
    /// Returns a thread's tool resources and metadata (not its messages).
    ///
    /// `GET /threads/{thread_id}`
    #[inline]
    pub fn retrieve(&self, thread_id: &str) -> Call<Json<ThreadObject>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/threads/{thread_id}",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        Call::new(self.client, spec)
    }

    /// Update a thread
    ///
    /// Replaces the tool resources or metadata of a thread.
    ///
    /// `POST /threads/{thread_id}`
    #[inline]
    pub fn update(
        &self,
        thread_id: &str,
        request: &ModifyThreadRequest,
    ) -> Call<Json<ThreadObject>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Delete a thread
    ///
    /// Removes a thread together with its messages and runs.
    ///
    /// `DELETE /threads/{thread_id}`
    #[inline]
    pub fn delete(&self, thread_id: &str) -> Call<Json<DeleteThreadResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::DELETE,
            "/threads/{thread_id}",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        Call::new(self.client, spec)
    }

    /// Create a thread and start a run on it
    ///
    /// Creates a new thread from the given messages and immediately starts
    /// an assistant run on it. With `stream: true` the progress arrives as
    /// server-sent events (see `AssistantStreamEvent`).
    ///
    /// `POST /threads/runs`
    #[inline]
    pub fn create_and_run(
        &self,
        request: &CreateThreadAndRunRequest,
    ) -> Call<Json<RunObject>> {
        let mut spec = RequestSpec::new(Method::POST, "/threads/runs".to_owned());
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Create a thread and start a run on it
    ///
    /// Creates a new thread from the given messages and immediately starts
    /// an assistant run on it. With `stream: true` the progress arrives as
    /// server-sent events (see `AssistantStreamEvent`).
    ///
    /// `POST /threads/runs` as a stream of server-sent events; the stream ends after the last event.
    #[inline]
    pub fn create_and_run_stream(
        &self,
        request: &CreateThreadAndRunRequest,
    ) -> Call<Sse<AssistantStreamEvent>> {
        let mut spec = RequestSpec::new(Method::POST, "/threads/runs".to_owned());
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json_stream(request);
        Call::new(self.client, spec)
    }
}

/// The `threads.runs` resource.
#[derive(Debug, Clone, Copy)]
pub struct ThreadsRuns<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ThreadsRuns<'c> {
    /// The `threads.runs.steps` sub-resource.
    pub fn steps(&self) -> ThreadsRunsSteps<'c> {
        ThreadsRunsSteps {
            client: self.client,
        }
    }

    /// List the runs of a thread
    ///
    /// Pages through the runs that were started on a thread.
    ///
    /// `GET /threads/{thread_id}/runs`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        params: &ListRunsParams,
    ) -> Call<Json<ListRunsResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/threads/{thread_id}/runs",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Start a run
    ///
    /// Runs an assistant on an existing thread. Settings given here override
    /// the assistant's for this run only. With `stream: true` the progress
    /// arrives as server-sent events (see `AssistantStreamEvent`).
    ///
    /// `POST /threads/{thread_id}/runs`
    #[inline]
    pub fn create(
        &self,
        thread_id: &str,
        params: &CreateRunParams,
        request: &CreateRunRequest,
    ) -> Call<Json<RunObject>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}/runs",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        spec.query().push_array_opt("include[]", params.include.as_deref(), true);
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Start a run
    ///
    /// Runs an assistant on an existing thread. Settings given here override
    /// the assistant's for this run only. With `stream: true` the progress
    /// arrives as server-sent events (see `AssistantStreamEvent`).
    ///
    /// `POST /threads/{thread_id}/runs` as a stream of server-sent events; the stream ends after the last event.
    #[inline]
    pub fn create_stream(
        &self,
        thread_id: &str,
        params: &CreateRunParams,
        request: &CreateRunRequest,
    ) -> Call<Sse<AssistantStreamEvent>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}/runs",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        spec.query().push_array_opt("include[]", params.include.as_deref(), true);
        let spec = spec.json_stream(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a run
    ///
    /// Returns the current state of a run; poll it until the status is terminal.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}`
    #[inline]
    pub fn retrieve(&self, thread_id: &str, run_id: &str) -> Call<Json<RunObject>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/threads/{thread_id}/runs/{run_id}",
            &[("thread_id", &thread_id), ("run_id", &run_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        Call::new(self.client, spec)
    }

    /// Update a run
    ///
    /// Replaces the metadata of a run.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}`
    #[inline]
    pub fn update(
        &self,
        thread_id: &str,
        run_id: &str,
        request: &ModifyRunRequest,
    ) -> Call<Json<RunObject>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}/runs/{run_id}",
            &[("thread_id", &thread_id), ("run_id", &run_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Cancel a run
    ///
    /// Asks a run that is still going to stop; it moves to `cancelling`, then `cancelled`.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/cancel`
    #[inline]
    pub fn cancel(&self, thread_id: &str, run_id: &str) -> Call<Json<RunObject>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}/runs/{run_id}/cancel",
            &[("thread_id", &thread_id), ("run_id", &run_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        Call::new(self.client, spec)
    }

    /// Submit tool outputs to a run
    ///
    /// Supplies the results of the function calls a run is waiting for
    /// (status `requires_action`). All pending calls must be answered in one
    /// request. With `stream: true` the continued run is streamed as
    /// server-sent events.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`
    #[inline]
    pub fn submit_tool_outputs(
        &self,
        thread_id: &str,
        run_id: &str,
        request: &SubmitToolOutputsRunRequest,
    ) -> Call<Json<RunObject>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
            &[("thread_id", &thread_id), ("run_id", &run_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Submit tool outputs to a run
    ///
    /// Supplies the results of the function calls a run is waiting for
    /// (status `requires_action`). All pending calls must be answered in one
    /// request. With `stream: true` the continued run is streamed as
    /// server-sent events.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs` as a stream of server-sent events; the stream ends after the last event.
    #[inline]
    pub fn submit_tool_outputs_stream(
        &self,
        thread_id: &str,
        run_id: &str,
        request: &SubmitToolOutputsRunRequest,
    ) -> Call<Sse<AssistantStreamEvent>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
            &[("thread_id", &thread_id), ("run_id", &run_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json_stream(request);
        Call::new(self.client, spec)
    }
}

/// The `threads.runs.steps` resource.
#[derive(Debug, Clone, Copy)]
pub struct ThreadsRunsSteps<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ThreadsRunsSteps<'c> {
    /// List the steps of a run
    ///
    /// Pages through the message-creation and tool-call steps a run went through.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}/steps`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        run_id: &str,
        params: &ListRunStepsParams,
    ) -> Call<Json<ListRunStepsResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/threads/{thread_id}/runs/{run_id}/steps",
            &[("thread_id", &thread_id), ("run_id", &run_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        spec.query().push_array_opt("include[]", params.include.as_deref(), true);
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Retrieve a run step
    ///
    /// Returns one step of a run.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}`
    #[inline]
    pub fn retrieve(
        &self,
        thread_id: &str,
        run_id: &str,
        step_id: &str,
        params: &GetRunStepParams,
    ) -> Call<Json<RunStepObject>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
            &[("thread_id", &thread_id), ("run_id", &run_id), ("step_id", &step_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        spec.query().push_array_opt("include[]", params.include.as_deref(), true);
        Call::new(self.client, spec)
    }
}

/// The `threads.messages` resource.
#[derive(Debug, Clone, Copy)]
pub struct ThreadsMessages<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ThreadsMessages<'c> {
    /// List the messages of a thread
    ///
    /// Pages through the messages of a thread, optionally only those produced by one run.
    ///
    /// `GET /threads/{thread_id}/messages`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        params: &ListMessagesParams,
    ) -> Call<Json<ListMessagesResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/threads/{thread_id}/messages",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        spec.query().push_opt("run_id", params.run_id.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Add a message to a thread
    ///
    /// Appends a user or assistant message, with optional file attachments, to a thread.
    ///
    /// `POST /threads/{thread_id}/messages`
    #[inline]
    pub fn create(
        &self,
        thread_id: &str,
        request: &CreateMessageRequest,
    ) -> Call<Json<MessageObject>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}/messages",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a message
    ///
    /// Returns one message of a thread.
    ///
    /// `GET /threads/{thread_id}/messages/{message_id}`
    #[inline]
    pub fn retrieve(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> Call<Json<MessageObject>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/threads/{thread_id}/messages/{message_id}",
            &[("thread_id", &thread_id), ("message_id", &message_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        Call::new(self.client, spec)
    }

    /// Update a message
    ///
    /// Replaces the metadata of a message.
    ///
    /// `POST /threads/{thread_id}/messages/{message_id}`
    #[inline]
    pub fn update(
        &self,
        thread_id: &str,
        message_id: &str,
        request: &ModifyMessageRequest,
    ) -> Call<Json<MessageObject>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/threads/{thread_id}/messages/{message_id}",
            &[("thread_id", &thread_id), ("message_id", &message_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Delete a message
    ///
    /// Removes a message from its thread.
    ///
    /// `DELETE /threads/{thread_id}/messages/{message_id}`
    #[inline]
    pub fn delete(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> Call<Json<DeleteMessageResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::DELETE,
            "/threads/{thread_id}/messages/{message_id}",
            &[("thread_id", &thread_id), ("message_id", &message_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        Call::new(self.client, spec)
    }
}
