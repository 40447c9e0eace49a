// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.content_provenance_checks()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{CreateContentProvenanceBody, ProvenanceResource};

/// The `content_provenance_checks` resource.
#[derive(Debug, Clone, Copy)]
pub struct ContentProvenanceChecks<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> ContentProvenanceChecks<'c> {
    /// Check a file for OpenAI provenance signals
    ///
    /// Uploads an image or an audio file and reports whether it carries the
    /// provenance signals OpenAI attaches to media its models generate: C2PA
    /// metadata (images) and SynthID watermarks (images and audio). An outcome of
    /// `not_detected` does not prove the media was made elsewhere: metadata
    /// can be stripped, watermarks can wear off, older models added no
    /// signals, and media from other vendors is not recognised at all.
    ///
    /// `POST /content_provenance_checks`
    #[inline]
    pub fn create(
        &self,
        request: &CreateContentProvenanceBody,
    ) -> Call<Json<ProvenanceResource>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/content_provenance_checks".to_owned(),
            )
            .multipart(request);
        Call::new(self.client, spec)
    }
}
