// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.audio()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Binary, Call, Json, RequestSpec};
use crate::types::{
    CreateSpeechRequest, CreateTranscriptionRequest, CreateTranscriptionResponse,
    CreateTranslationRequest, CreateTranslationResponse, CreateVoiceConsentRequest,
    CreateVoiceRequest, ListVoiceConsentsParams, UpdateVoiceConsentRequest,
    VoiceConsentDeletedResource, VoiceConsentListResource, VoiceConsentResource,
    VoiceResource,
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

    /// The `audio.translations` sub-resource.
    pub fn translations(&self) -> AudioTranslations<'c> {
        AudioTranslations {
            client: self.client,
        }
    }

    /// The `audio.voice_consents` sub-resource.
    pub fn voice_consents(&self) -> AudioVoiceConsents<'c> {
        AudioVoiceConsents {
            client: self.client,
        }
    }

    /// The `audio.voices` sub-resource.
    pub fn voices(&self) -> AudioVoices<'c> {
        AudioVoices { client: self.client }
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

/// The `audio.translations` resource.
#[derive(Debug, Clone, Copy)]
pub struct AudioTranslations<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AudioTranslations<'c> {
    /// Translate speech into English
    ///
    /// Uploads a recording spoken in any supported language and returns its
    /// content as English text. `json` answers with the text alone,
    /// `verbose_json` adds the audio length and timed segments. The `text`,
    /// `srt` and `vtt` formats come back as plain text rather than JSON.
    ///
    /// `POST /audio/translations`
    #[inline]
    pub fn create(
        &self,
        request: &CreateTranslationRequest,
    ) -> Call<Json<CreateTranslationResponse>> {
        let spec = RequestSpec::new(Method::POST, "/audio/translations".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }
}

/// The `audio.voice_consents` resource.
#[derive(Debug, Clone, Copy)]
pub struct AudioVoiceConsents<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AudioVoiceConsents<'c> {
    /// List voice consent recordings
    ///
    /// Pages through the consent recordings the organization has uploaded for
    /// building custom voices (a feature open to eligible customers only).
    ///
    /// `GET /audio/voice_consents`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        params: &ListVoiceConsentsParams,
    ) -> Call<Json<VoiceConsentListResource>> {
        let mut spec = RequestSpec::new(Method::GET, "/audio/voice_consents".to_owned());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Upload a voice consent recording
    ///
    /// Stores a recording in which the speaker agrees to have a custom voice
    /// made from their speech. Its id is then passed as `consent` when the
    /// voice is created. Custom voices are open to eligible customers only.
    ///
    /// `POST /audio/voice_consents`
    #[inline]
    pub fn create(
        &self,
        request: &CreateVoiceConsentRequest,
    ) -> Call<Json<VoiceConsentResource>> {
        let spec = RequestSpec::new(Method::POST, "/audio/voice_consents".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Retrieve a voice consent recording
    ///
    /// Returns the label, language and upload time of one consent recording.
    ///
    /// `GET /audio/voice_consents/{consent_id}`
    #[inline]
    pub fn retrieve(&self, consent_id: &str) -> Call<Json<VoiceConsentResource>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/audio/voice_consents/{consent_id}",
            &[("consent_id", &consent_id)],
        );
        Call::new(self.client, spec)
    }

    /// Rename a voice consent recording
    ///
    /// Changes the label of a consent recording. The audio itself cannot be
    /// replaced; upload a new recording for that.
    ///
    /// `POST /audio/voice_consents/{consent_id}`
    #[inline]
    pub fn update(
        &self,
        consent_id: &str,
        request: &UpdateVoiceConsentRequest,
    ) -> Call<Json<VoiceConsentResource>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/audio/voice_consents/{consent_id}",
                &[("consent_id", &consent_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete a voice consent recording
    ///
    /// Removes a consent recording from the organization.
    ///
    /// `DELETE /audio/voice_consents/{consent_id}`
    #[inline]
    pub fn delete(&self, consent_id: &str) -> Call<Json<VoiceConsentDeletedResource>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/audio/voice_consents/{consent_id}",
            &[("consent_id", &consent_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `audio.voices` resource.
#[derive(Debug, Clone, Copy)]
pub struct AudioVoices<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> AudioVoices<'c> {
    /// Create a custom voice
    ///
    /// Builds a new voice from an audio sample, backed by a consent recording
    /// uploaded earlier. The voice's id can then be used wherever audio is
    /// generated, such as speech synthesis or Realtime sessions. Custom
    /// voices are open to eligible customers only.
    ///
    /// `POST /audio/voices`
    #[inline]
    pub fn create(&self, request: &CreateVoiceRequest) -> Call<Json<VoiceResource>> {
        let spec = RequestSpec::new(Method::POST, "/audio/voices".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }
}
