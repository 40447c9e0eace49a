// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.realtime()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
#[cfg(feature = "realtime")]
use crate::runtime::realtime::RealtimeSession;
use crate::runtime::{Call, Empty, Json, RequestSpec, Text};
use crate::types::{
    RealtimeBetaSessionCreateRequest, RealtimeBetaSessionCreateResponse,
    RealtimeBetaTranscriptionSessionCreateRequest,
    RealtimeBetaTranscriptionSessionCreateResponse, RealtimeCallCreateRequest,
    RealtimeCallReferRequest, RealtimeCallRejectRequest,
    RealtimeCreateClientSecretRequest, RealtimeCreateClientSecretResponse,
    RealtimeSessionCreateRequest, RealtimeTranslationClientSecretCreateRequest,
    RealtimeTranslationClientSecretCreateResponse,
};
#[cfg(feature = "realtime")]
use crate::types::{RealtimeClientEvent, RealtimeServerEvent};

/// The `realtime` resource.
#[derive(Debug, Clone, Copy)]
pub struct Realtime<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Realtime<'c> {
    /// The `realtime.client_secrets` sub-resource.
    pub fn client_secrets(&self) -> RealtimeClientSecrets<'c> {
        RealtimeClientSecrets {
            client: self.client,
        }
    }

    /// The `realtime.sessions` sub-resource.
    pub fn sessions(&self) -> RealtimeSessions<'c> {
        RealtimeSessions {
            client: self.client,
        }
    }

    /// The `realtime.transcription_sessions` sub-resource.
    pub fn transcription_sessions(&self) -> RealtimeTranscriptionSessions<'c> {
        RealtimeTranscriptionSessions {
            client: self.client,
        }
    }

    /// The `realtime.translations` sub-resource.
    pub fn translations(&self) -> RealtimeTranslations<'c> {
        RealtimeTranslations {
            client: self.client,
        }
    }

    /// The `realtime.calls` sub-resource.
    pub fn calls(&self) -> RealtimeCalls<'c> {
        RealtimeCalls {
            client: self.client,
        }
    }

    /// Open a Realtime API session over a WebSocket
    ///
    /// Upgrades to a WebSocket (`wss://api.openai.com/v1/realtime?model=...`) on
    /// which client and server exchange JSON events, one event per text frame,
    /// using the generally available Realtime interface. The server opens with
    /// `session.created`; the client adjusts the session with `session.update`
    /// (`type: "realtime"` for speech-to-speech, `"transcription"` for
    /// transcription only), streams microphone audio with
    /// `input_audio_buffer.append`, adds items with `conversation.item.create` and
    /// asks for answers with `response.create`. The server streams
    /// `conversation.item.*`, `response.*` (`response.output_text.delta`,
    /// `response.output_audio.delta`, `response.output_audio_transcript.delta`,
    /// ...) and `error` events. The upgrade request is authenticated like any
    /// HTTP call (API key, or a client secret from `POST /realtime/client_secrets`
    /// in a browser or on a device). No `OpenAI-Beta` header is sent; servers that
    /// still speak the beta interface, which callers select by adding
    /// `OpenAI-Beta: realtime=v1` themselves, use older names for a few server
    /// events, and those names decode into the same event types.
    ///
    /// Opens a WebSocket to `/realtime`. Needs the crate feature `realtime`.
    #[cfg(feature = "realtime")]
    pub async fn connect(
        &self,
        model: &str,
    ) -> crate::Result<RealtimeSession<RealtimeClientEvent, RealtimeServerEvent>> {
        RealtimeSession::connect_with_headers(
                self.client,
                "/realtime",
                &[("model", model.to_owned())],
                &[],
            )
            .await
    }
}

/// The `realtime.client_secrets` resource.
#[derive(Debug, Clone, Copy)]
pub struct RealtimeClientSecrets<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> RealtimeClientSecrets<'c> {
    /// Create a Realtime client secret
    ///
    /// Mints a short-lived client secret (`ek_...`) together with the session
    /// settings it is bound to. Hand the secret to a browser or mobile app, which
    /// uses it instead of an API key to open a WebRTC or WebSocket connection to
    /// the Realtime API; the key itself never leaves the server.
    ///
    /// `POST /realtime/client_secrets`
    #[inline]
    pub fn create(
        &self,
        request: &RealtimeCreateClientSecretRequest,
    ) -> Call<Json<RealtimeCreateClientSecretResponse>> {
        let spec = RequestSpec::new(Method::POST, "/realtime/client_secrets".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `realtime.sessions` resource.
#[derive(Debug, Clone, Copy)]
pub struct RealtimeSessions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> RealtimeSessions<'c> {
    /// Create a Realtime session (legacy)
    ///
    /// Older way to obtain an ephemeral key for client-side Realtime
    /// connections, configured with the flat session fields of the beta
    /// interface. New code should call `POST /realtime/client_secrets`.
    ///
    /// `POST /realtime/sessions`
    #[inline]
    pub fn create(
        &self,
        request: &RealtimeBetaSessionCreateRequest,
    ) -> Call<Json<RealtimeBetaSessionCreateResponse>> {
        let spec = RequestSpec::new(Method::POST, "/realtime/sessions".to_owned())
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `realtime.transcription_sessions` resource.
#[derive(Debug, Clone, Copy)]
pub struct RealtimeTranscriptionSessions<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> RealtimeTranscriptionSessions<'c> {
    /// Create a Realtime transcription session (legacy)
    ///
    /// Older way to obtain an ephemeral key for a transcription-only Realtime
    /// connection, configured with the flat fields of the beta interface. New
    /// code should call `POST /realtime/client_secrets` with a session of type
    /// `transcription`.
    ///
    /// `POST /realtime/transcription_sessions`
    #[inline]
    pub fn create(
        &self,
        request: &RealtimeBetaTranscriptionSessionCreateRequest,
    ) -> Call<Json<RealtimeBetaTranscriptionSessionCreateResponse>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/realtime/transcription_sessions".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `realtime.translations` resource.
#[derive(Debug, Clone, Copy)]
pub struct RealtimeTranslations<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> RealtimeTranslations<'c> {
    /// The `realtime.translations.client_secrets` sub-resource.
    pub fn client_secrets(&self) -> RealtimeTranslationsClientSecrets<'c> {
        RealtimeTranslationsClientSecrets {
            client: self.client,
        }
    }
}

/// The `realtime.translations.client_secrets` resource.
#[derive(Debug, Clone, Copy)]
pub struct RealtimeTranslationsClientSecrets<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> RealtimeTranslationsClientSecrets<'c> {
    /// Create a Realtime translation client secret
    ///
    /// Mints a short-lived client secret for a live speech translation session:
    /// the model listens in one language and speaks (and transcribes) in the
    /// target language. The secret is meant for a browser or device client.
    ///
    /// `POST /realtime/translations/client_secrets`
    #[inline]
    pub fn create(
        &self,
        request: &RealtimeTranslationClientSecretCreateRequest,
    ) -> Call<Json<RealtimeTranslationClientSecretCreateResponse>> {
        let spec = RequestSpec::new(
                Method::POST,
                "/realtime/translations/client_secrets".to_owned(),
            )
            .json(request);
        Call::new(self.client, spec)
    }
}

/// The `realtime.calls` resource.
#[derive(Debug, Clone, Copy)]
pub struct RealtimeCalls<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> RealtimeCalls<'c> {
    /// Start a Realtime call over WebRTC
    ///
    /// Starts a WebRTC call with the Realtime API: the client's SDP offer goes in,
    /// the SDP answer for its peer connection comes back, and the `Location` header
    /// names the call (`/v1/realtime/calls/{call_id}`) for later control requests.
    /// The offer is sent either alone (`application/sdp`) or as a multipart form
    /// with the session settings beside it.
    ///
    /// `POST /realtime/calls`
    #[inline]
    pub fn create(&self, request: &RealtimeCallCreateRequest) -> Call<Text> {
        let spec = RequestSpec::new(Method::POST, "/realtime/calls".to_owned())
            .multipart(request);
        Call::new(self.client, spec)
    }

    /// Accept an incoming SIP call
    ///
    /// Answers a SIP call announced by the `realtime.call.incoming` webhook and
    /// attaches a Realtime session with the given settings to it. Open the call's
    /// WebSocket (with `call_id` instead of `model`) to follow and steer it.
    ///
    /// `POST /realtime/calls/{call_id}/accept`
    #[inline]
    pub fn accept(
        &self,
        call_id: &str,
        request: &RealtimeSessionCreateRequest,
    ) -> Call<Empty> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/realtime/calls/{call_id}/accept",
                &[("call_id", &call_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Hang up a Realtime call
    ///
    /// Ends an active SIP or WebRTC call from the server side.
    ///
    /// `POST /realtime/calls/{call_id}/hangup`
    #[inline]
    pub fn hangup(&self, call_id: &str) -> Call<Empty> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/realtime/calls/{call_id}/hangup",
            &[("call_id", &call_id)],
        );
        Call::new(self.client, spec)
    }

    /// Transfer a SIP call
    ///
    /// Hands an active SIP call over to another destination with a SIP REFER.
    ///
    /// `POST /realtime/calls/{call_id}/refer`
    #[inline]
    pub fn refer(
        &self,
        call_id: &str,
        request: &RealtimeCallReferRequest,
    ) -> Call<Empty> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/realtime/calls/{call_id}/refer",
                &[("call_id", &call_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Reject an incoming SIP call
    ///
    /// Turns down a SIP call announced by the `realtime.call.incoming` webhook, with a SIP status code of your choice.
    ///
    /// `POST /realtime/calls/{call_id}/reject`
    #[inline]
    pub fn reject(
        &self,
        call_id: &str,
        request: &RealtimeCallRejectRequest,
    ) -> Call<Empty> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/realtime/calls/{call_id}/reject",
                &[("call_id", &call_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }
}
