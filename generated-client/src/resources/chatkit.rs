// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.chatkit()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    ChatKitDeletedThreadResource, ChatKitThreadItemListResource,
    ChatKitThreadListResource, ChatKitThreadResource, ChatSessionResource,
    CreateChatSessionBody, ListThreadItemsMethodParams, ListThreadsMethodParams,
};

/// The `chatkit` resource.
#[derive(Debug, Clone, Copy)]
pub struct Chatkit<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Chatkit<'c> {
    /// The `chatkit.sessions` sub-resource.
    pub fn sessions(&self) -> ChatkitSessions<'c> {
        ChatkitSessions {
            client: self.client,
        }
    }

    /// The `chatkit.threads` sub-resource.
    pub fn threads(&self) -> ChatkitThreads<'c> {
        ChatkitThreads {
            client: self.client,
        }
    }
}

/// The `chatkit.sessions` resource.
#[derive(Debug, Clone, Copy)]
pub struct ChatkitSessions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ChatkitSessions<'c> {
    /// Create a ChatKit session
    ///
    /// Starts a session of a workflow for one end user and returns a
    /// short-lived client secret that the ChatKit front end uses to talk to
    /// the service directly. Optional settings override its lifetime, rate
    /// limit and features (uploads, history, thread titles).
    ///
    /// `POST /chatkit/sessions`
    #[inline]
    pub fn create(
        &self,
        request: &CreateChatSessionBody,
    ) -> Call<Json<ChatSessionResource>> {
        let mut spec = RequestSpec::new(Method::POST, "/chatkit/sessions".to_owned());
        spec.header("OpenAI-Beta", "chatkit_beta=v1");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Cancel a ChatKit session
    ///
    /// Ends a session early: its client secret stops being accepted. Returns
    /// the session as it stands after cancellation.
    ///
    /// `POST /chatkit/sessions/{session_id}/cancel`
    #[inline]
    pub fn cancel(&self, session_id: &str) -> Call<Json<ChatSessionResource>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/chatkit/sessions/{session_id}/cancel",
            &[("session_id", &session_id)],
        );
        spec.header("OpenAI-Beta", "chatkit_beta=v1");
        Call::new(self.client, spec)
    }
}

/// The `chatkit.threads` resource.
#[derive(Debug, Clone, Copy)]
pub struct ChatkitThreads<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ChatkitThreads<'c> {
    /// The `chatkit.threads.items` sub-resource.
    pub fn items(&self) -> ChatkitThreadsItems<'c> {
        ChatkitThreadsItems {
            client: self.client,
        }
    }

    /// List ChatKit threads
    ///
    /// Pages through the stored ChatKit threads, optionally those of one end user only.
    ///
    /// `GET /chatkit/threads`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        params: &ListThreadsMethodParams,
    ) -> Call<Json<ChatKitThreadListResource>> {
        let mut spec = RequestSpec::new(Method::GET, "/chatkit/threads".to_owned());
        spec.header("OpenAI-Beta", "chatkit_beta=v1");
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        spec.query().push_opt("user", params.user.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Retrieve a ChatKit thread
    ///
    /// Returns a thread's title, owner and status (not its items).
    ///
    /// `GET /chatkit/threads/{thread_id}`
    #[inline]
    pub fn retrieve(&self, thread_id: &str) -> Call<Json<ChatKitThreadResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/chatkit/threads/{thread_id}",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "chatkit_beta=v1");
        Call::new(self.client, spec)
    }

    /// Delete a ChatKit thread
    ///
    /// Removes a thread together with all of its items and the files attached to them.
    ///
    /// `DELETE /chatkit/threads/{thread_id}`
    #[inline]
    pub fn delete(&self, thread_id: &str) -> Call<Json<ChatKitDeletedThreadResource>> {
        let mut spec = RequestSpec::with_path(
            Method::DELETE,
            "/chatkit/threads/{thread_id}",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "chatkit_beta=v1");
        Call::new(self.client, spec)
    }
}

/// The `chatkit.threads.items` resource.
#[derive(Debug, Clone, Copy)]
pub struct ChatkitThreadsItems<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ChatkitThreadsItems<'c> {
    /// List the items of a ChatKit thread
    ///
    /// Pages through what happened in a thread: user and assistant messages,
    /// widgets, client tool calls and workflow tasks.
    ///
    /// `GET /chatkit/threads/{thread_id}/items`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        params: &ListThreadItemsMethodParams,
    ) -> Call<Json<ChatKitThreadItemListResource>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/chatkit/threads/{thread_id}/items",
            &[("thread_id", &thread_id)],
        );
        spec.header("OpenAI-Beta", "chatkit_beta=v1");
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }
}
