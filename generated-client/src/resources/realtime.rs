// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.realtime()` and its sub-resources.
#![allow(deprecated)]

use crate::Client;
use crate::runtime::realtime::RealtimeSession;
use crate::types::{RealtimeClientEvent, RealtimeServerEvent};

/// The `realtime` resource.
#[cfg(feature = "realtime")]
#[derive(Debug, Clone, Copy)]
pub struct Realtime<'c> {
    pub(crate) client: &'c Client,
}

#[cfg(feature = "realtime")]
impl<'c> Realtime<'c> {
    /// Open a Realtime API session over a WebSocket
    ///
    /// Upgrades to a WebSocket (`wss://api.openai.com/v1/realtime?model=...`) on
    /// which client and server exchange JSON events, one event per text frame.
    /// The client configures the session with `session.update`, streams audio
    /// with `input_audio_buffer.append` / `input_audio_buffer.commit`, and asks
    /// for output with `response.create`; the server answers with
    /// `session.created`, incremental `response.*` deltas and `error` events.
    /// The same bearer key as the HTTP API authenticates the upgrade request.
    /// The session shapes described here are those of the beta interface, which
    /// additionally expects the `OpenAI-Beta: realtime=v1` header.
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
                &[("OpenAI-Beta", "realtime=v1")],
            )
            .await
    }
}
