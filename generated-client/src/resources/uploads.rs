// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.uploads()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    AddUploadPartRequest, CompleteUploadRequest, CreateUploadRequest, Upload, UploadPart,
};

/// The `uploads` resource.
#[derive(Debug, Clone, Copy)]
pub struct Uploads<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Uploads<'c> {
    /// The `uploads.parts` sub-resource.
    pub fn parts(&self) -> UploadsParts<'c> {
        UploadsParts {
            client: self.client,
        }
    }

    /// Start a multi-part upload
    ///
    /// Opens an upload for a file too large for `POST /files` (up to 8 GB in
    /// total). Send its bytes as parts, then complete the upload to get a
    /// regular file. An upload left open expires after one hour.
    ///
    /// `POST /uploads`
    #[inline]
    pub fn create(&self, request: &CreateUploadRequest) -> Call<Json<Upload>> {
        let spec = RequestSpec::new(Method::POST, "/uploads".to_owned()).json(request);
        Call::new(self.client, spec)
    }

    /// Cancel an upload
    ///
    /// Abandons an upload; it accepts no more parts afterwards.
    ///
    /// `POST /uploads/{upload_id}/cancel`
    #[inline]
    pub fn cancel(&self, upload_id: &str) -> Call<Json<Upload>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/uploads/{upload_id}/cancel",
            &[("upload_id", &upload_id)],
        );
        Call::new(self.client, spec)
    }

    /// Complete an upload
    ///
    /// Joins the listed parts, in the given order, into a file. Their total
    /// size has to equal the `bytes` announced when the upload was started.
    /// The answer carries the resulting file in `file`.
    ///
    /// `POST /uploads/{upload_id}/complete`
    #[inline]
    pub fn complete(
        &self,
        upload_id: &str,
        request: &CompleteUploadRequest,
    ) -> Call<Json<Upload>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/uploads/{upload_id}/complete",
                &[("upload_id", &upload_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `uploads.parts` resource.
#[derive(Debug, Clone, Copy)]
pub struct UploadsParts<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> UploadsParts<'c> {
    /// Send a part of an upload
    ///
    /// Sends one chunk (at most 64 MB) of the file. Parts may be sent
    /// concurrently; their order is fixed only when the upload is completed.
    ///
    /// `POST /uploads/{upload_id}/parts`
    #[inline]
    pub fn create(
        &self,
        upload_id: &str,
        request: &AddUploadPartRequest,
    ) -> Call<Json<UploadPart>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/uploads/{upload_id}/parts",
                &[("upload_id", &upload_id)],
            )
            .multipart(request);
        Call::new(self.client, spec)
    }
}
