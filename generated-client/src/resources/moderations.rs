// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.moderations()` and its sub-resources.
#![allow(deprecated)]

/// The `moderations` resource.
#[derive(Debug, Clone, Copy)]
pub struct Moderations<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> Moderations<'c> {
    /// Classify content for policy violations
    ///
    /// Checks text and (with the omni models) images against the usage
    /// policy categories and reports, per input, whether it is flagged and
    /// the score of every category.
    ///
    /// `POST /moderations`
    pub fn create(
        &self,
        request: &crate::types::CreateModerationRequest,
    ) -> crate::runtime::Call<
        crate::runtime::Json<crate::types::CreateModerationResponse>,
    > {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                "/moderations".to_owned(),
            )
            .json(request);
        crate::runtime::Call::new(self.client, spec)
    }
}
