// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.files()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Binary, Call, Json, RequestSpec};
use crate::types::{
    CreateFileRequest, DeleteFileResponse, ListFilesParams, ListFilesResponse, OpenAiFile,
};

/// The `files` resource.
#[derive(Debug, Clone, Copy)]
pub struct Files<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Files<'c> {
    /// List files
    ///
    /// Pages through the files uploaded by the organization.
    ///
    /// `GET /files`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListFilesParams) -> Call<Json<ListFilesResponse>> {
        let mut spec = RequestSpec::new(Method::GET, "/files".to_owned());
        spec.query().push_opt("purpose", params.purpose.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Upload a file
    ///
    /// Uploads a file for use by other endpoints: fine-tuning data, batch
    /// input, assistant knowledge, vision inputs and so on. The `purpose`
    /// decides which checks the file must pass and where it can be used.
    ///
    /// `POST /files`
    #[inline]
    pub fn create(&self, request: &CreateFileRequest) -> Call<Json<OpenAiFile>> {
        let spec = RequestSpec::new(Method::POST, "/files".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Retrieve file metadata
    ///
    /// Returns the metadata (name, size, purpose...) of an uploaded file.
    ///
    /// `GET /files/{file_id}`
    #[inline]
    pub fn retrieve(&self, file_id: &str) -> Call<Json<OpenAiFile>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/files/{file_id}",
            &[("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }

    /// Delete a file
    ///
    /// Removes a file, also from every vector store that contains it.
    ///
    /// `DELETE /files/{file_id}`
    #[inline]
    pub fn delete(&self, file_id: &str) -> Call<Json<DeleteFileResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/files/{file_id}",
            &[("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }

    /// Download a file's contents
    ///
    /// Returns the raw bytes of an uploaded or generated file.
    ///
    /// `GET /files/{file_id}/content`
    #[inline]
    pub fn content(&self, file_id: &str) -> Call<Binary> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/files/{file_id}/content",
            &[("file_id", &file_id)],
        );
        Call::new(self.client, spec)
    }
}
