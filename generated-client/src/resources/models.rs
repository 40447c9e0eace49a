// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.models()` and its sub-resources.
#![allow(deprecated)]

/// The `models` resource.
#[derive(Debug, Clone, Copy)]
pub struct Models<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> Models<'c> {
    /// List models
    ///
    /// Returns every model the caller may use, including its own fine-tuned models.
    ///
    /// `GET /models`
    pub fn list(
        &self,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::ListModelsResponse>> {
        let spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/models".to_owned(),
        );
        crate::runtime::Call::new(self.client, spec)
    }

    /// Retrieve a model
    ///
    /// Returns basic facts about one model, such as its owner and creation date.
    ///
    /// `GET /models/{model}`
    pub fn retrieve(
        &self,
        model: &str,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::Model>> {
        let spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            format!("/models/{}", crate::runtime::encode_path(model)),
        );
        crate::runtime::Call::new(self.client, spec)
    }

    /// Delete a fine-tuned model
    ///
    /// Removes a fine-tuned model. Only models your organization trained can
    /// be deleted, and the caller needs the owner role.
    ///
    /// `DELETE /models/{model}`
    pub fn delete(
        &self,
        model: &str,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::DeleteModelResponse>> {
        let spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::DELETE,
            format!("/models/{}", crate::runtime::encode_path(model)),
        );
        crate::runtime::Call::new(self.client, spec)
    }
}
