// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.models()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{DeleteModelResponse, ListModelsResponse, Model};

/// The `models` resource.
#[derive(Debug, Clone, Copy)]
pub struct Models<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Models<'c> {
    /// List models
    ///
    /// Returns every model the caller may use, including its own fine-tuned models.
    ///
    /// `GET /models`
    #[inline]
    pub fn list(&self) -> Call<Json<ListModelsResponse>> {
        let spec = RequestSpec::new(Method::GET, "/models".to_owned());
        Call::new(self.client, spec)
    }

    /// Retrieve a model
    ///
    /// Returns basic facts about one model, such as its owner and creation date.
    ///
    /// `GET /models/{model}`
    #[inline]
    pub fn retrieve(&self, model: &str) -> Call<Json<Model>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/models/{model}",
            &[("model", &model)],
        );
        Call::new(self.client, spec)
    }

    /// Delete a fine-tuned model
    ///
    /// Removes a fine-tuned model. Only models your organization trained can
    /// be deleted, and the caller needs the owner role.
    ///
    /// `DELETE /models/{model}`
    #[inline]
    pub fn delete(&self, model: &str) -> Call<Json<DeleteModelResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/models/{model}",
            &[("model", &model)],
        );
        Call::new(self.client, spec)
    }
}
