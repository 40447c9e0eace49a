// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.assistants()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    AssistantObject, CreateAssistantRequest, DeleteAssistantResponse,
    ListAssistantsParams, ListAssistantsResponse, ModifyAssistantRequest,
};

/// The `assistants` resource.
#[derive(Debug, Clone, Copy)]
pub struct Assistants<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Assistants<'c> {
    /// List assistants
    ///
    /// Pages through the assistants of the project.
    ///
    /// `GET /assistants`; call `.into_stream()` on the result to walk every page.
    #[deprecated]
    #[inline]
    pub fn list(
        &self,
        params: &ListAssistantsParams,
    ) -> Call<Json<ListAssistantsResponse>> {
        let mut spec = RequestSpec::new(Method::GET, "/assistants".to_owned());
        spec.header("OpenAI-Beta", "assistants=v2");
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("before", params.before.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create an assistant
    ///
    /// Defines an assistant: a model together with instructions, tools and
    /// the files those tools may use. Assistants are then run on threads.
    /// The Assistants API is superseded by the Responses API.
    ///
    /// `POST /assistants`
    #[deprecated]
    #[inline]
    pub fn create(
        &self,
        request: &CreateAssistantRequest,
    ) -> Call<Json<AssistantObject>> {
        let mut spec = RequestSpec::new(Method::POST, "/assistants".to_owned());
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve an assistant
    ///
    /// Returns the configuration of an assistant.
    ///
    /// `GET /assistants/{assistant_id}`
    #[deprecated]
    #[inline]
    pub fn retrieve(&self, assistant_id: &str) -> Call<Json<AssistantObject>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/assistants/{assistant_id}",
            &[("assistant_id", &assistant_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        Call::new(self.client, spec)
    }

    /// Update an assistant
    ///
    /// Changes selected settings of an assistant; fields left out keep their value.
    ///
    /// `POST /assistants/{assistant_id}`
    #[deprecated]
    #[inline]
    pub fn update(
        &self,
        assistant_id: &str,
        request: &ModifyAssistantRequest,
    ) -> Call<Json<AssistantObject>> {
        let mut spec = RequestSpec::with_path(
            Method::POST,
            "/assistants/{assistant_id}",
            &[("assistant_id", &assistant_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        let spec = spec.json(request);
        Call::new(self.client, spec)
    }

    /// Delete an assistant
    ///
    /// Removes an assistant. Threads it ran on are not affected.
    ///
    /// `DELETE /assistants/{assistant_id}`
    #[deprecated]
    #[inline]
    pub fn delete(&self, assistant_id: &str) -> Call<Json<DeleteAssistantResponse>> {
        let mut spec = RequestSpec::with_path(
            Method::DELETE,
            "/assistants/{assistant_id}",
            &[("assistant_id", &assistant_id)],
        );
        spec.header("OpenAI-Beta", "assistants=v2");
        Call::new(self.client, spec)
    }
}
