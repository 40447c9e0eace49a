// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.files()` and its sub-resources.
#![allow(deprecated)]

/// The `files` resource.
#[derive(Debug, Clone, Copy)]
pub struct Files<'c> {
    pub(crate) client: &'c crate::Client,
}

impl<'c> Files<'c> {
    /// List files
    ///
    /// Pages through the files uploaded by the organization.
    ///
    /// `GET /files`; call `.into_stream()` on the result to walk every page.
    pub fn list(
        &self,
        params: &crate::types::ListFilesParams,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::ListFilesResponse>> {
        let mut spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/files".to_owned(),
        );
        spec.query().push_opt("purpose", params.purpose.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("after", params.after.as_ref());
        let spec = spec.cursor("after");
        crate::runtime::Call::new(self.client, spec)
    }

    /// Upload a file
    ///
    /// Uploads a file for use by other endpoints: fine-tuning data, batch
    /// input, assistant knowledge, vision inputs and so on. The `purpose`
    /// decides which checks the file must pass and where it can be used.
    ///
    /// `POST /files`
    pub fn create(
        &self,
        request: &crate::types::CreateFileRequest,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::OpenAiFile>> {
        let spec = crate::runtime::RequestSpec::new(
                ::reqwest::Method::POST,
                "/files".to_owned(),
            )
            .multipart(request);
        crate::runtime::Call::new(self.client, spec)
    }

    /// Retrieve file metadata
    ///
    /// Returns the metadata (name, size, purpose...) of an uploaded file.
    ///
    /// `GET /files/{file_id}`
    pub fn retrieve(
        &self,
        file_id: &str,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::OpenAiFile>> {
        let spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            format!("/files/{}", crate::runtime::encode_path(file_id)),
        );
        crate::runtime::Call::new(self.client, spec)
    }

    /// Delete a file
    ///
    /// Removes a file, also from every vector store that contains it.
    ///
    /// `DELETE /files/{file_id}`
    pub fn delete(
        &self,
        file_id: &str,
    ) -> crate::runtime::Call<crate::runtime::Json<crate::types::DeleteFileResponse>> {
        let spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::DELETE,
            format!("/files/{}", crate::runtime::encode_path(file_id)),
        );
        crate::runtime::Call::new(self.client, spec)
    }

    /// Download a file's contents
    ///
    /// Returns the raw bytes of an uploaded or generated file.
    ///
    /// `GET /files/{file_id}/content`
    pub fn content(
        &self,
        file_id: &str,
    ) -> crate::runtime::Call<crate::runtime::Binary> {
        let spec = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            format!("/files/{}/content", crate::runtime::encode_path(file_id)),
        );
        crate::runtime::Call::new(self.client, spec)
    }
}
