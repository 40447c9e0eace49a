// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.moderations()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{CreateModerationRequest, CreateModerationResponse};

/// The `moderations` resource.
#[derive(Debug, Clone, Copy)]
pub struct Moderations<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Moderations<'c> {
    /// Classify content for policy violations
    ///
    /// Checks text and (with the omni models) images against the usage
    /// policy categories and reports, per input, whether it is flagged and
    /// the score of every category.
    ///
    /// `POST /moderations`
    #[inline]
    pub fn create(
        &self,
        request: &CreateModerationRequest,
    ) -> Call<Json<CreateModerationResponse>> {
        let spec = RequestSpec::new(Method::POST, "/moderations".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }
}
