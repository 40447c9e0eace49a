// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.images()` and its sub-resources.
#![allow(deprecated)]

/// The `images` resource.
#[derive(Debug, Clone, Copy)]
pub struct Images<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> Images<'c> {
    /// Generate images from a prompt
    ///
    /// Creates one or more new images from a text description.
    ///
    /// `POST /images/generations`
    pub fn generate(
        &self,
        request: &crate::types::CreateImageRequest,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::ImagesResponse>> {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                "/images/generations".to_owned(),
            )
            .json(request);
        crate::runtime::Call::new(self.client, spec)
    }

    /// Edit an image
    ///
    /// Produces edited versions of one or more source images following a
    /// prompt. An optional mask marks, through its transparent pixels, the
    /// region that may be changed.
    ///
    /// `POST /images/edits`
    pub fn edit(
        &self,
        request: &crate::types::CreateImageEditRequest,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::ImagesResponse>> {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                "/images/edits".to_owned(),
            )
            .multipart(request);
        crate::runtime::Call::new(self.client, spec)
    }

    /// Create variations of an image
    ///
    /// Produces new images that are variations of an uploaded square PNG.
    ///
    /// `POST /images/variations`
    pub fn create_variation(
        &self,
        request: &crate::types::CreateImageVariationRequest,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::ImagesResponse>> {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                "/images/variations".to_owned(),
            )
            .multipart(request);
        crate::runtime::Call::new(self.client, spec)
    }
}
