// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.audio()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Binary, Call, Json, RequestSpec};
use crate::types::{
    CreateSpeechRequest, CreateTranscriptionRequest, CreateTranscriptionResponse,
};

/// The `audio` resource.
#[derive(Debug, Clone, Copy)]
pub struct Audio<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Audio<'c> {
    /// The `audio.transcriptions` sub-resource.
    pub fn transcriptions(&self) -> AudioTranscriptions<'c> {
        AudioTranscriptions {
            client: self.client,
        }
    }

    /// The `audio.speech` sub-resource.
    pub fn speech(&self) -> AudioSpeech<'c> {
        AudioSpeech { client: self.client }
    }
}

/// The `audio.transcriptions` resource.
#[derive(Debug, Clone, Copy)]
pub struct AudioTranscriptions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AudioTranscriptions<'c> {
    /// Transcribe audio into text
    ///
    /// Uploads an audio file and returns its transcript in the source
    /// language. The shape of the JSON answer depends on `response_format`:
    /// `json` gives just the text, `verbose_json` adds language, duration,
    /// segments and (optionally) word timings, `diarized_json` adds speaker
    /// labels.
    ///
    /// `POST /audio/transcriptions`
    #[inline]
    pub fn create(
        &self,
        request: &CreateTranscriptionRequest,
    ) -> Call<Json<CreateTranscriptionResponse>> {
        let spec = RequestSpec::new(Method::POST, "/audio/transcriptions".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }
}

/// The `audio.speech` resource.
#[derive(Debug, Clone, Copy)]
pub struct AudioSpeech<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AudioSpeech<'c> {
    /// Synthesize speech from text
    ///
    /// Turns text into spoken audio with the chosen voice. The body of the
    /// answer is the raw audio file in the requested `response_format`.
    ///
    /// `POST /audio/speech`
    #[inline]
    pub fn create(&self, request: &CreateSpeechRequest) -> Call<Binary> {
        let spec = RequestSpec::new(Method::POST, "/audio/speech".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }
}
