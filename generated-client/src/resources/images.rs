// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.images()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    CreateImageEditRequest, CreateImageRequest, CreateImageVariationRequest,
    ImagesResponse,
};

/// The `images` resource.
#[derive(Debug, Clone, Copy)]
pub struct Images<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Images<'c> {
    /// Generate images from a prompt
    ///
    /// Creates one or more new images from a text description.
    ///
    /// `POST /images/generations`
    #[inline]
    pub fn generate(&self, request: &CreateImageRequest) -> Call<Json<ImagesResponse>> {
        let spec = RequestSpec::new(Method::POST, "/images/generations".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }

    /// Edit an image
    ///
    /// Produces edited versions of one or more source images following a
    /// prompt. An optional mask marks, through its transparent pixels, the
    /// region that may be changed.
    ///
    /// `POST /images/edits`
    #[inline]
    pub fn edit(&self, request: &CreateImageEditRequest) -> Call<Json<ImagesResponse>> {
        let spec = RequestSpec::new(Method::POST, "/images/edits".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Create variations of an image
    ///
    /// Produces new images that are variations of an uploaded square PNG.
    ///
    /// `POST /images/variations`
    #[inline]
    pub fn create_variation(
        &self,
        request: &CreateImageVariationRequest,
    ) -> Call<Json<ImagesResponse>> {
        let spec = RequestSpec::new(Method::POST, "/images/variations".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }
}
