// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! The events of the `realtime` streams, and the types only they use.
#![allow(deprecated)]
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::should_implement_trait,
    clippy::wrong_self_convention,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::tabs_in_doc_comments,
)]

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;
use crate::types::*;

/// An event the server sends over the Realtime WebSocket, told apart by `type`.
/// Events renamed when the interface left beta accept their beta name too
/// (`response.text.delta`, `response.audio.delta`, `response.audio_transcript.delta`
/// and their `.done` twins).
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeServerEvent {
    /// The session's conversation was created (right after `session.created`).
    ConversationCreated(RealtimeServerEventConversationCreated),
    /// An item was created in the conversation (the event of the interface before `conversation.item.added`).
    ConversationItemCreated(RealtimeServerEventConversationItemCreated),
    /// Confirms a `conversation.item.delete`.
    ConversationItemDeleted(RealtimeServerEventConversationItemDeleted),
    /// The transcript of a user audio part is finished. Transcription runs beside
    /// the model's response, so this may come before or after it.
    ConversationItemInputAudioTranscriptionCompleted(
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    ),
    /// A piece of the transcript of a user audio part.
    ConversationItemInputAudioTranscriptionDelta(
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    ),
    /// A user audio part could not be transcribed.
    ConversationItemInputAudioTranscriptionFailed(
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    ),
    /// Answer to `conversation.item.retrieve`.
    ConversationItemRetrieved(RealtimeServerEventConversationItemRetrieved),
    /// Confirms a `conversation.item.truncate`; the item's audio and transcript now end at the given point.
    ConversationItemTruncated(RealtimeServerEventConversationItemTruncated),
    /// Something went wrong, usually with a client event; the session normally stays open.
    Error(RealtimeServerEventError),
    /// Confirms an `input_audio_buffer.clear`.
    InputAudioBufferCleared(RealtimeServerEventInputAudioBufferCleared),
    /// The input buffer became a user message (after a commit by the client or by turn detection).
    InputAudioBufferCommitted(RealtimeServerEventInputAudioBufferCommitted),
    /// A caller on a SIP call pressed a key on the phone's keypad (DTMF).
    InputAudioBufferDtmfEventReceived(
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
    ),
    /// Turn detection heard the user start speaking (useful to stop playback). An
    /// item will be created when the speech ends.
    InputAudioBufferSpeechStarted(RealtimeServerEventInputAudioBufferSpeechStarted),
    /// Turn detection heard the user stop speaking; a commit follows.
    InputAudioBufferSpeechStopped(RealtimeServerEventInputAudioBufferSpeechStopped),
    /// Rate limit state after a response started; tokens are reserved for the
    /// response's maximum output up front and given back when it ends.
    RateLimitsUpdated(RealtimeServerEventRateLimitsUpdated),
    /// A chunk of audio output (`response.audio.delta` before GA).
    ResponseOutputAudioDelta(RealtimeServerEventResponseAudioDelta),
    /// An audio part is finished (`response.audio.done` before GA).
    ResponseOutputAudioDone(RealtimeServerEventResponseAudioDone),
    /// A piece of the transcript of audio output (`response.audio_transcript.delta` before GA).
    ResponseOutputAudioTranscriptDelta(RealtimeServerEventResponseAudioTranscriptDelta),
    /// The transcript of an audio part is finished (`response.audio_transcript.done` before GA).
    ResponseOutputAudioTranscriptDone(RealtimeServerEventResponseAudioTranscriptDone),
    /// A response started a new content part in a message item.
    ResponseContentPartAdded(RealtimeServerEventResponseContentPartAdded),
    /// A content part of a message item is finished.
    ResponseContentPartDone(RealtimeServerEventResponseContentPartDone),
    /// A response started (status `in_progress`).
    ResponseCreated(RealtimeServerEventResponseCreated),
    /// A response ended, whatever its final state; it lists every output item,
    /// without the raw audio, and the usage.
    ResponseDone(RealtimeServerEventResponseDone),
    /// A piece of the JSON arguments of a function call.
    ResponseFunctionCallArgumentsDelta(
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    ),
    /// The arguments of a function call are complete; the client can run it now.
    ResponseFunctionCallArgumentsDone(
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    ),
    /// A response started a new output item.
    ResponseOutputItemAdded(RealtimeServerEventResponseOutputItemAdded),
    /// An output item of a response is finished.
    ResponseOutputItemDone(RealtimeServerEventResponseOutputItemDone),
    /// A piece of text output (`response.text.delta` before GA).
    ResponseOutputTextDelta(RealtimeServerEventResponseTextDelta),
    /// A text part is finished (`response.text.done` before GA).
    ResponseOutputTextDone(RealtimeServerEventResponseTextDone),
    /// First event of every connection, with the session's initial settings.
    SessionCreated(RealtimeServerEventSessionCreated),
    /// Confirms a `session.update`, with the settings now in force.
    SessionUpdated(RealtimeServerEventSessionUpdated),
    /// WebRTC and SIP only — the server started playing a response's audio.
    OutputAudioBufferStarted(RealtimeServerEventOutputAudioBufferStarted),
    /// WebRTC and SIP only — all audio of a response has been played.
    OutputAudioBufferStopped(RealtimeServerEventOutputAudioBufferStopped),
    /// WebRTC and SIP only — queued output audio was dropped, after `output_audio_buffer.clear` or because the user interrupted.
    OutputAudioBufferCleared(RealtimeServerEventOutputAudioBufferCleared),
    /// An item joined the conversation, from the client, from the input buffer or as
    /// model output; its content may still be growing (see `conversation.item.done`).
    ConversationItemAdded(RealtimeServerEventConversationItemAdded),
    /// An item of the conversation is complete and will not change any more.
    ConversationItemDone(RealtimeServerEventConversationItemDone),
    /// The user stayed silent for the `idle_timeout_ms` of server VAD; the buffer is
    /// committed (possibly empty) and the model is prompted to speak.
    InputAudioBufferTimeoutTriggered(
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
    ),
    /// A finished stretch of a user audio part's transcript, with its speaker (for diarizing models).
    ConversationItemInputAudioTranscriptionSegment(
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    ),
    /// The session is fetching the tool list of an MCP server.
    McpListToolsInProgress(RealtimeServerEventMcpListToolsInProgress),
    /// The tool list of an MCP server arrived.
    McpListToolsCompleted(RealtimeServerEventMcpListToolsCompleted),
    /// The tool list of an MCP server could not be fetched.
    McpListToolsFailed(RealtimeServerEventMcpListToolsFailed),
    /// A piece of the JSON arguments of an MCP tool call.
    ResponseMcpCallArgumentsDelta(RealtimeServerEventResponseMcpCallArgumentsDelta),
    /// The arguments of an MCP tool call are complete.
    ResponseMcpCallArgumentsDone(RealtimeServerEventResponseMcpCallArgumentsDone),
    /// An MCP tool call is running.
    ResponseMcpCallInProgress(RealtimeServerEventResponseMcpCallInProgress),
    /// An MCP tool call succeeded.
    ResponseMcpCallCompleted(RealtimeServerEventResponseMcpCallCompleted),
    /// An MCP tool call failed; the item's `error` says why.
    ResponseMcpCallFailed(RealtimeServerEventResponseMcpCallFailed),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RealtimeServerEvent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RealtimeServerEventConversationCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationCreated) -> Self {
        Self::ConversationCreated(value)
    }
}

impl From<RealtimeServerEventConversationItemCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemCreated) -> Self {
        Self::ConversationItemCreated(value)
    }
}

impl From<RealtimeServerEventConversationItemDeleted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemDeleted) -> Self {
        Self::ConversationItemDeleted(value)
    }
}

impl From<RealtimeServerEventConversationItemInputAudioTranscriptionCompleted>
for RealtimeServerEvent {
    fn from(
        value: RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    ) -> Self {
        Self::ConversationItemInputAudioTranscriptionCompleted(value)
    }
}

impl From<RealtimeServerEventConversationItemInputAudioTranscriptionDelta>
for RealtimeServerEvent {
    fn from(
        value: RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    ) -> Self {
        Self::ConversationItemInputAudioTranscriptionDelta(value)
    }
}

impl From<RealtimeServerEventConversationItemInputAudioTranscriptionFailed>
for RealtimeServerEvent {
    fn from(
        value: RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    ) -> Self {
        Self::ConversationItemInputAudioTranscriptionFailed(value)
    }
}

impl From<RealtimeServerEventConversationItemRetrieved> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemRetrieved) -> Self {
        Self::ConversationItemRetrieved(value)
    }
}

impl From<RealtimeServerEventConversationItemTruncated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemTruncated) -> Self {
        Self::ConversationItemTruncated(value)
    }
}

impl From<RealtimeServerEventError> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventError) -> Self {
        Self::Error(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferCleared> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferCleared) -> Self {
        Self::InputAudioBufferCleared(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferCommitted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferCommitted) -> Self {
        Self::InputAudioBufferCommitted(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferDtmfEventReceived> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferDtmfEventReceived) -> Self {
        Self::InputAudioBufferDtmfEventReceived(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferSpeechStarted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferSpeechStarted) -> Self {
        Self::InputAudioBufferSpeechStarted(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferSpeechStopped> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferSpeechStopped) -> Self {
        Self::InputAudioBufferSpeechStopped(value)
    }
}

impl From<RealtimeServerEventRateLimitsUpdated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventRateLimitsUpdated) -> Self {
        Self::RateLimitsUpdated(value)
    }
}

impl From<RealtimeServerEventResponseAudioDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioDelta) -> Self {
        Self::ResponseOutputAudioDelta(value)
    }
}

impl From<RealtimeServerEventResponseAudioDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioDone) -> Self {
        Self::ResponseOutputAudioDone(value)
    }
}

impl From<RealtimeServerEventResponseAudioTranscriptDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioTranscriptDelta) -> Self {
        Self::ResponseOutputAudioTranscriptDelta(value)
    }
}

impl From<RealtimeServerEventResponseAudioTranscriptDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioTranscriptDone) -> Self {
        Self::ResponseOutputAudioTranscriptDone(value)
    }
}

impl From<RealtimeServerEventResponseContentPartAdded> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseContentPartAdded) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}

impl From<RealtimeServerEventResponseContentPartDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseContentPartDone) -> Self {
        Self::ResponseContentPartDone(value)
    }
}

impl From<RealtimeServerEventResponseCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseCreated) -> Self {
        Self::ResponseCreated(value)
    }
}

impl From<RealtimeServerEventResponseDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseDone) -> Self {
        Self::ResponseDone(value)
    }
}

impl From<RealtimeServerEventResponseFunctionCallArgumentsDelta>
for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseFunctionCallArgumentsDelta) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}

impl From<RealtimeServerEventResponseFunctionCallArgumentsDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseFunctionCallArgumentsDone) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}

impl From<RealtimeServerEventResponseOutputItemAdded> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseOutputItemAdded) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}

impl From<RealtimeServerEventResponseOutputItemDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseOutputItemDone) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}

impl From<RealtimeServerEventResponseTextDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseTextDelta) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}

impl From<RealtimeServerEventResponseTextDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseTextDone) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}

impl From<RealtimeServerEventSessionCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventSessionCreated) -> Self {
        Self::SessionCreated(value)
    }
}

impl From<RealtimeServerEventSessionUpdated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventSessionUpdated) -> Self {
        Self::SessionUpdated(value)
    }
}

impl From<RealtimeServerEventOutputAudioBufferStarted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventOutputAudioBufferStarted) -> Self {
        Self::OutputAudioBufferStarted(value)
    }
}

impl From<RealtimeServerEventOutputAudioBufferStopped> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventOutputAudioBufferStopped) -> Self {
        Self::OutputAudioBufferStopped(value)
    }
}

impl From<RealtimeServerEventOutputAudioBufferCleared> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventOutputAudioBufferCleared) -> Self {
        Self::OutputAudioBufferCleared(value)
    }
}

impl From<RealtimeServerEventConversationItemAdded> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemAdded) -> Self {
        Self::ConversationItemAdded(value)
    }
}

impl From<RealtimeServerEventConversationItemDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemDone) -> Self {
        Self::ConversationItemDone(value)
    }
}

impl From<RealtimeServerEventInputAudioBufferTimeoutTriggered> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferTimeoutTriggered) -> Self {
        Self::InputAudioBufferTimeoutTriggered(value)
    }
}

impl From<RealtimeServerEventConversationItemInputAudioTranscriptionSegment>
for RealtimeServerEvent {
    fn from(
        value: RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    ) -> Self {
        Self::ConversationItemInputAudioTranscriptionSegment(value)
    }
}

impl From<RealtimeServerEventMcpListToolsInProgress> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventMcpListToolsInProgress) -> Self {
        Self::McpListToolsInProgress(value)
    }
}

impl From<RealtimeServerEventMcpListToolsCompleted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventMcpListToolsCompleted) -> Self {
        Self::McpListToolsCompleted(value)
    }
}

impl From<RealtimeServerEventMcpListToolsFailed> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventMcpListToolsFailed) -> Self {
        Self::McpListToolsFailed(value)
    }
}

impl From<RealtimeServerEventResponseMcpCallArgumentsDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallArgumentsDelta) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}

impl From<RealtimeServerEventResponseMcpCallArgumentsDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallArgumentsDone) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}

impl From<RealtimeServerEventResponseMcpCallInProgress> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallInProgress) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}

impl From<RealtimeServerEventResponseMcpCallCompleted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallCompleted) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}

impl From<RealtimeServerEventResponseMcpCallFailed> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallFailed) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}

impl Serialize for RealtimeServerEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ConversationCreated(value) => Serialize::serialize(value, serializer),
            Self::ConversationItemCreated(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemDeleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemInputAudioTranscriptionCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemInputAudioTranscriptionDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemInputAudioTranscriptionFailed(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemRetrieved(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemTruncated(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Error(value) => Serialize::serialize(value, serializer),
            Self::InputAudioBufferCleared(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferCommitted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferDtmfEventReceived(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferSpeechStarted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::InputAudioBufferSpeechStopped(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::RateLimitsUpdated(value) => Serialize::serialize(value, serializer),
            Self::ResponseOutputAudioDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputAudioDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputAudioTranscriptDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputAudioTranscriptDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseContentPartAdded(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseContentPartDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCreated(value) => Serialize::serialize(value, serializer),
            Self::ResponseDone(value) => Serialize::serialize(value, serializer),
            Self::ResponseFunctionCallArgumentsDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseFunctionCallArgumentsDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputItemAdded(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputItemDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputTextDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputTextDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::SessionCreated(value) => Serialize::serialize(value, serializer),
            Self::SessionUpdated(value) => Serialize::serialize(value, serializer),
            Self::OutputAudioBufferStarted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OutputAudioBufferStopped(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::OutputAudioBufferCleared(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemAdded(value) => Serialize::serialize(value, serializer),
            Self::ConversationItemDone(value) => Serialize::serialize(value, serializer),
            Self::InputAudioBufferTimeoutTriggered(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ConversationItemInputAudioTranscriptionSegment(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::McpListToolsInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::McpListToolsCompleted(value) => Serialize::serialize(value, serializer),
            Self::McpListToolsFailed(value) => Serialize::serialize(value, serializer),
            Self::ResponseMcpCallArgumentsDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpCallArgumentsDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpCallInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpCallCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpCallFailed(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("conversation.created") => {
                codec::from_value(value).map(Self::ConversationCreated)
            }
            Some("conversation.item.created") => {
                codec::from_value(value).map(Self::ConversationItemCreated)
            }
            Some("conversation.item.deleted") => {
                codec::from_value(value).map(Self::ConversationItemDeleted)
            }
            Some("conversation.item.input_audio_transcription.completed") => {
                codec::from_value(value)
                    .map(Self::ConversationItemInputAudioTranscriptionCompleted)
            }
            Some("conversation.item.input_audio_transcription.delta") => {
                codec::from_value(value)
                    .map(Self::ConversationItemInputAudioTranscriptionDelta)
            }
            Some("conversation.item.input_audio_transcription.failed") => {
                codec::from_value(value)
                    .map(Self::ConversationItemInputAudioTranscriptionFailed)
            }
            Some("conversation.item.retrieved") => {
                codec::from_value(value).map(Self::ConversationItemRetrieved)
            }
            Some("conversation.item.truncated") => {
                codec::from_value(value).map(Self::ConversationItemTruncated)
            }
            Some("error") => codec::from_value(value).map(Self::Error),
            Some("input_audio_buffer.cleared") => {
                codec::from_value(value).map(Self::InputAudioBufferCleared)
            }
            Some("input_audio_buffer.committed") => {
                codec::from_value(value).map(Self::InputAudioBufferCommitted)
            }
            Some("input_audio_buffer.dtmf_event_received") => {
                codec::from_value(value).map(Self::InputAudioBufferDtmfEventReceived)
            }
            Some("input_audio_buffer.speech_started") => {
                codec::from_value(value).map(Self::InputAudioBufferSpeechStarted)
            }
            Some("input_audio_buffer.speech_stopped") => {
                codec::from_value(value).map(Self::InputAudioBufferSpeechStopped)
            }
            Some("rate_limits.updated") => {
                codec::from_value(value).map(Self::RateLimitsUpdated)
            }
            Some("response.output_audio.delta" | "response.audio.delta") => {
                codec::from_value(value).map(Self::ResponseOutputAudioDelta)
            }
            Some("response.output_audio.done" | "response.audio.done") => {
                codec::from_value(value).map(Self::ResponseOutputAudioDone)
            }

            Some(
                "response.output_audio_transcript.delta"
                | "response.audio_transcript.delta",
            ) => codec::from_value(value).map(Self::ResponseOutputAudioTranscriptDelta),
            Some(
                "response.output_audio_transcript.done"
                | "response.audio_transcript.done",
            ) => codec::from_value(value).map(Self::ResponseOutputAudioTranscriptDone),
            Some("response.content_part.added") => {
                codec::from_value(value).map(Self::ResponseContentPartAdded)
            }
            Some("response.content_part.done") => {
                codec::from_value(value).map(Self::ResponseContentPartDone)
            }
            Some("response.created") => {
                codec::from_value(value).map(Self::ResponseCreated)
            }
            Some("response.done") => codec::from_value(value).map(Self::ResponseDone),
            Some("response.function_call_arguments.delta") => {
                codec::from_value(value).map(Self::ResponseFunctionCallArgumentsDelta)
            }
            Some("response.function_call_arguments.done") => {
                codec::from_value(value).map(Self::ResponseFunctionCallArgumentsDone)
            }
            Some("response.output_item.added") => {
                codec::from_value(value).map(Self::ResponseOutputItemAdded)
            }
            Some("response.output_item.done") => {
                codec::from_value(value).map(Self::ResponseOutputItemDone)
            }
            Some("response.output_text.delta" | "response.text.delta") => {
                codec::from_value(value).map(Self::ResponseOutputTextDelta)
            }
            Some("response.output_text.done" | "response.text.done") => {
                codec::from_value(value).map(Self::ResponseOutputTextDone)
            }
            Some("session.created") => codec::from_value(value).map(Self::SessionCreated),
            Some("session.updated") => codec::from_value(value).map(Self::SessionUpdated),
            Some("output_audio_buffer.started") => {
                codec::from_value(value).map(Self::OutputAudioBufferStarted)
            }
            Some("output_audio_buffer.stopped") => {
                codec::from_value(value).map(Self::OutputAudioBufferStopped)
            }
            Some("output_audio_buffer.cleared") => {
                codec::from_value(value).map(Self::OutputAudioBufferCleared)
            }
            Some("conversation.item.added") => {
                codec::from_value(value).map(Self::ConversationItemAdded)
            }
            Some("conversation.item.done") => {
                codec::from_value(value).map(Self::ConversationItemDone)
            }
            Some("input_audio_buffer.timeout_triggered") => {
                codec::from_value(value).map(Self::InputAudioBufferTimeoutTriggered)
            }
            Some("conversation.item.input_audio_transcription.segment") => {
                codec::from_value(value)
                    .map(Self::ConversationItemInputAudioTranscriptionSegment)
            }
            Some("mcp_list_tools.in_progress") => {
                codec::from_value(value).map(Self::McpListToolsInProgress)
            }
            Some("mcp_list_tools.completed") => {
                codec::from_value(value).map(Self::McpListToolsCompleted)
            }
            Some("mcp_list_tools.failed") => {
                codec::from_value(value).map(Self::McpListToolsFailed)
            }
            Some("response.mcp_call_arguments.delta") => {
                codec::from_value(value).map(Self::ResponseMcpCallArgumentsDelta)
            }
            Some("response.mcp_call_arguments.done") => {
                codec::from_value(value).map(Self::ResponseMcpCallArgumentsDone)
            }
            Some("response.mcp_call.in_progress") => {
                codec::from_value(value).map(Self::ResponseMcpCallInProgress)
            }
            Some("response.mcp_call.completed") => {
                codec::from_value(value).map(Self::ResponseMcpCallCompleted)
            }
            Some("response.mcp_call.failed") => {
                codec::from_value(value).map(Self::ResponseMcpCallFailed)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The session's conversation was created (right after `session.created`).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationCreated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.created`.
    pub r#type: String,
    /// The new conversation.
    pub conversation: RealtimeServerEventConversationCreatedConversation,
}

impl Default for RealtimeServerEventConversationCreated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.created".to_owned(),
            conversation: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("conversation", &self.conversation)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventConversationCreated {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "conversation" => {
                self.conversation = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventConversationCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The new conversation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventConversationCreatedConversation {
    /// Conversation id.
    pub id: Option<String>,
    /// Kind of object, `realtime.conversation`.
    pub object: Option<String>,
}

impl Serialize for RealtimeServerEventConversationCreatedConversation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventConversationCreatedConversation {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationCreatedConversation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "object" => self.object = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventConversationCreatedConversation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item was created in the conversation (the event of the interface before `conversation.item.added`).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemCreated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.created`.
    pub r#type: String,
    /// Item the new one follows; null at the start of the conversation.
    pub previous_item_id: Option<String>,
    /// The new item.
    pub item: RealtimeConversationItem,
}

impl Default for RealtimeServerEventConversationItemCreated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.created".to_owned(),
            previous_item_id: Default::default(),
            item: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "previous_item_id", &self.previous_item_id)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventConversationItemCreated {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "previous_item_id" => self.previous_item_id = map.next_value()?,
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirms a `conversation.item.delete`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemDeleted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.deleted`.
    pub r#type: String,
    /// The removed item.
    pub item_id: String,
}

impl Default for RealtimeServerEventConversationItemDeleted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.deleted".to_owned(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemDeleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventConversationItemDeleted {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemDeleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemDeleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The transcript of a user audio part is finished. Transcription runs beside
/// the model's response, so this may come before or after it.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.input_audio_transcription.completed`.
    pub r#type: String,
    /// User message that was transcribed.
    pub item_id: String,
    /// Audio part that was transcribed.
    pub content_index: i64,
    /// The whole transcript.
    pub transcript: String,
    /// Languages detected in the audio.
    pub languages: Option<Vec<TranscriptionLanguage>>,
    /// Log probabilities of the transcript's tokens, when requested through `include`.
    pub logprobs: Option<Vec<LogProbProperties>>,
    /// What the transcription was billed.
    pub usage: TranscriptionUsage,
}

impl Default for RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.input_audio_transcription.completed".to_owned(),
            item_id: Default::default(),
            content_index: Default::default(),
            transcript: Default::default(),
            languages: Default::default(),
            logprobs: Default::default(),
            usage: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("transcript", &self.transcript)?;
        codec::optional_entry(&mut map, "languages", &self.languages)?;
        codec::optional_entry(&mut map, "logprobs", &self.logprobs)?;
        map.serialize_entry("usage", &self.usage)?;
        map.end()
    }
}

impl codec::ObjectFields
for RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemInputAudioTranscriptionCompleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "transcript" => self.transcript = map.next_value::<codec::Lenient<_>>()?.0,
            "languages" => self.languages = map.next_value()?,
            "logprobs" => self.logprobs = map.next_value()?,
            "usage" => self.usage = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A language detected in transcribed audio.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionLanguage {
    /// ISO-639-1 code, such as `en`.
    pub code: String,
}

impl Serialize for TranscriptionLanguage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.end()
    }
}

impl codec::ObjectFields for TranscriptionLanguage {
    const EXPECTING: &'static str = "a `TranscriptionLanguage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code" => self.code = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for TranscriptionLanguage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A token of a transcript with its log probability.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LogProbProperties {
    /// The token.
    pub token: String,
    /// Natural log of the token's probability.
    pub logprob: f64,
    /// UTF-8 bytes of the token.
    pub bytes: Vec<i64>,
}

impl Serialize for LogProbProperties {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("token", &self.token)?;
        map.serialize_entry("logprob", &self.logprob)?;
        map.serialize_entry("bytes", &self.bytes)?;
        map.end()
    }
}

impl codec::ObjectFields for LogProbProperties {
    const EXPECTING: &'static str = "a `LogProbProperties` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "token" => self.token = map.next_value::<codec::Lenient<_>>()?.0,
            "logprob" => self.logprob = map.next_value::<codec::Lenient<_>>()?.0,
            "bytes" => self.bytes = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for LogProbProperties {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the transcript of a user audio part.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.input_audio_transcription.delta`.
    pub r#type: String,
    /// User message being transcribed.
    pub item_id: String,
    /// Audio part being transcribed.
    pub content_index: Option<i64>,
    /// Transcript text added.
    pub delta: Option<String>,
    /// Log probabilities of the added tokens, when requested through `include`.
    pub logprobs: Option<Vec<LogProbProperties>>,
}

impl Default for RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.input_audio_transcription.delta".to_owned(),
            item_id: Default::default(),
            content_index: Default::default(),
            delta: Default::default(),
            logprobs: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        codec::optional_entry(&mut map, "content_index", &self.content_index)?;
        codec::optional_entry(&mut map, "delta", &self.delta)?;
        codec::optional_entry(&mut map, "logprobs", &self.logprobs)?;
        map.end()
    }
}

impl codec::ObjectFields
for RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemInputAudioTranscriptionDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "content_index" => self.content_index = map.next_value()?,
            "delta" => self.delta = map.next_value()?,
            "logprobs" => self.logprobs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A user audio part could not be transcribed.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.input_audio_transcription.failed`.
    pub r#type: String,
    /// User message concerned.
    pub item_id: String,
    /// Audio part concerned.
    pub content_index: i64,
    /// Why it failed.
    pub error: RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
}

impl Default for RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.input_audio_transcription.failed".to_owned(),
            item_id: Default::default(),
            content_index: Default::default(),
            error: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl codec::ObjectFields
for RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemInputAudioTranscriptionFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "error" => self.error = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Why it failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionFailedError {
    /// Error category.
    pub r#type: Option<String>,
    /// Error code.
    pub code: Option<String>,
    /// Explanation.
    pub message: Option<String>,
    /// Parameter concerned.
    pub param: Option<String>,
}

impl Serialize
for RealtimeServerEventConversationItemInputAudioTranscriptionFailedError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "code", &self.code)?;
        codec::optional_entry(&mut map, "message", &self.message)?;
        codec::optional_entry(&mut map, "param", &self.param)?;
        map.end()
    }
}

impl codec::ObjectFields
for RealtimeServerEventConversationItemInputAudioTranscriptionFailedError {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemInputAudioTranscriptionFailedError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "code" => self.code = map.next_value()?,
            "message" => self.message = map.next_value()?,
            "param" => self.param = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionFailedError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Answer to `conversation.item.retrieve`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemRetrieved {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.retrieved`.
    pub r#type: String,
    /// The item, with its audio.
    pub item: RealtimeConversationItem,
}

impl Default for RealtimeServerEventConversationItemRetrieved {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.retrieved".to_owned(),
            item: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemRetrieved {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventConversationItemRetrieved {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemRetrieved` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemRetrieved {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirms a `conversation.item.truncate`; the item's audio and transcript now end at the given point.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemTruncated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.truncated`.
    pub r#type: String,
    /// The shortened assistant message.
    pub item_id: String,
    /// The shortened content part.
    pub content_index: i64,
    /// Where the audio now ends, in milliseconds.
    pub audio_end_ms: i64,
}

impl Default for RealtimeServerEventConversationItemTruncated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.truncated".to_owned(),
            item_id: Default::default(),
            content_index: Default::default(),
            audio_end_ms: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemTruncated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("audio_end_ms", &self.audio_end_ms)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventConversationItemTruncated {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemTruncated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "audio_end_ms" => {
                self.audio_end_ms = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemTruncated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Something went wrong, usually with a client event; the session normally stays open.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventError {
    /// Id of this server event.
    pub event_id: String,
    /// Always `error`.
    pub r#type: String,
    /// What went wrong.
    pub error: RealtimeError,
}

impl Default for RealtimeServerEventError {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "error".to_owned(),
            error: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventError {
    const EXPECTING: &'static str = "a `RealtimeServerEventError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "error" => self.error = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Details of a Realtime error.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeError {
    /// Error category, e.g. `invalid_request_error` or `server_error`.
    pub r#type: String,
    /// Machine-readable error code.
    pub code: Option<String>,
    /// Explanation for people.
    pub message: String,
    /// Parameter the error is about.
    pub param: Option<String>,
    /// Id of the client event responsible, when one is.
    pub event_id: Option<String>,
}

impl Serialize for RealtimeError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        codec::optional_entry(&mut map, "param", &self.param)?;
        codec::optional_entry(&mut map, "event_id", &self.event_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeError {
    const EXPECTING: &'static str = "a `RealtimeError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "code" => self.code = map.next_value()?,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            "param" => self.param = map.next_value()?,
            "event_id" => self.event_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirms an `input_audio_buffer.clear`.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferCleared {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.cleared`.
    pub r#type: String,
}

impl Default for RealtimeServerEventInputAudioBufferCleared {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.cleared".to_owned(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferCleared {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferCleared {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferCleared` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferCleared {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The input buffer became a user message (after a commit by the client or by turn detection).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferCommitted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.committed`.
    pub r#type: String,
    /// Item the new message follows; null at the start.
    pub previous_item_id: Option<String>,
    /// The user message item created.
    pub item_id: String,
}

impl Default for RealtimeServerEventInputAudioBufferCommitted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.committed".to_owned(),
            previous_item_id: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferCommitted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "previous_item_id", &self.previous_item_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferCommitted {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferCommitted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "previous_item_id" => self.previous_item_id = map.next_value()?,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferCommitted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A caller on a SIP call pressed a key on the phone's keypad (DTMF).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferDtmfEventReceived {
    /// Always `input_audio_buffer.dtmf_event_received`.
    pub r#type: String,
    /// The key pressed, such as `5`, `*` or `#`.
    pub event: String,
    /// When the key press arrived (Unix seconds).
    pub received_at: i64,
}

impl Default for RealtimeServerEventInputAudioBufferDtmfEventReceived {
    fn default() -> Self {
        Self {
            r#type: "input_audio_buffer.dtmf_event_received".to_owned(),
            event: Default::default(),
            received_at: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferDtmfEventReceived {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("event", &self.event)?;
        map.serialize_entry("received_at", &self.received_at)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferDtmfEventReceived {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferDtmfEventReceived` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "event" => self.event = map.next_value::<codec::Lenient<_>>()?.0,
            "received_at" => self.received_at = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferDtmfEventReceived {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Turn detection heard the user start speaking (useful to stop playback). An
/// item will be created when the speech ends.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferSpeechStarted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.speech_started`.
    pub r#type: String,
    /// Where speech began, in milliseconds since the session's audio started (padding included).
    pub audio_start_ms: i64,
    /// User message that will hold the speech.
    pub item_id: String,
}

impl Default for RealtimeServerEventInputAudioBufferSpeechStarted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.speech_started".to_owned(),
            audio_start_ms: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferSpeechStarted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("audio_start_ms", &self.audio_start_ms)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferSpeechStarted {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferSpeechStarted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio_start_ms" => {
                self.audio_start_ms = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferSpeechStarted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Turn detection heard the user stop speaking; a commit follows.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferSpeechStopped {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.speech_stopped`.
    pub r#type: String,
    /// Where speech ended, in milliseconds since the session's audio started.
    pub audio_end_ms: i64,
    /// User message that holds the speech.
    pub item_id: String,
}

impl Default for RealtimeServerEventInputAudioBufferSpeechStopped {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.speech_stopped".to_owned(),
            audio_end_ms: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferSpeechStopped {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("audio_end_ms", &self.audio_end_ms)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferSpeechStopped {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferSpeechStopped` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio_end_ms" => {
                self.audio_end_ms = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferSpeechStopped {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Rate limit state after a response started; tokens are reserved for the
/// response's maximum output up front and given back when it ends.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventRateLimitsUpdated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `rate_limits.updated`.
    pub r#type: String,
    /// One entry per limit.
    pub rate_limits: Vec<RealtimeRateLimit>,
}

impl Default for RealtimeServerEventRateLimitsUpdated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "rate_limits.updated".to_owned(),
            rate_limits: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventRateLimitsUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("rate_limits", &self.rate_limits)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventRateLimitsUpdated {
    const EXPECTING: &'static str = "a `RealtimeServerEventRateLimitsUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "rate_limits" => self.rate_limits = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventRateLimitsUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The state of one rate limit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeRateLimit {
    /// What the limit counts.
    pub name: Option<RealtimeRateLimitName>,
    /// Maximum allowed in the window.
    pub limit: Option<i64>,
    /// What is left in the window.
    pub remaining: Option<i64>,
    /// Seconds until the window resets.
    pub reset_seconds: Option<f64>,
}

impl Serialize for RealtimeRateLimit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "limit", &self.limit)?;
        codec::optional_entry(&mut map, "remaining", &self.remaining)?;
        codec::optional_entry(&mut map, "reset_seconds", &self.reset_seconds)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeRateLimit {
    const EXPECTING: &'static str = "a `RealtimeRateLimit` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "limit" => self.limit = map.next_value()?,
            "remaining" => self.remaining = map.next_value()?,
            "reset_seconds" => self.reset_seconds = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeRateLimit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// What the limit counts.
#[derive(Debug, Clone)]
pub enum RealtimeRateLimitName {
    /// `requests`
    Requests,
    /// `tokens`
    Tokens,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeRateLimitName {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeRateLimitName {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Requests => "requests",
            Self::Tokens => "tokens",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeRateLimitName {
    fn from(value: &str) -> Self {
        match value {
            "requests" => Self::Requests,
            "tokens" => Self::Tokens,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeRateLimitName);

/// A chunk of audio output (`response.audio.delta` before GA).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventResponseAudioDelta {
    /// Id of this server event.
    pub event_id: String,
    /// `response.output_audio.delta`, or `response.audio.delta` from the beta interface.
    pub r#type: RealtimeServerEventResponseAudioDeltaType,
    /// Response being generated.
    pub response_id: String,
    /// Message receiving the audio.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Position of the part in the item's content.
    pub content_index: i64,
    /// Base64-encoded audio in the session's output format.
    pub delta: String,
}

impl Serialize for RealtimeServerEventResponseAudioDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseAudioDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseAudioDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `response.output_audio.delta`, or `response.audio.delta` from the beta interface.
#[derive(Debug, Clone)]
pub enum RealtimeServerEventResponseAudioDeltaType {
    /// `response.output_audio.delta`
    ResponseOutputAudioDelta,
    /// `response.audio.delta`
    ResponseAudioDelta,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeServerEventResponseAudioDeltaType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeServerEventResponseAudioDeltaType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseOutputAudioDelta => "response.output_audio.delta",
            Self::ResponseAudioDelta => "response.audio.delta",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeServerEventResponseAudioDeltaType {
    fn from(value: &str) -> Self {
        match value {
            "response.output_audio.delta" => Self::ResponseOutputAudioDelta,
            "response.audio.delta" => Self::ResponseAudioDelta,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeServerEventResponseAudioDeltaType);

/// An audio part is finished (`response.audio.done` before GA).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventResponseAudioDone {
    /// Id of this server event.
    pub event_id: String,
    /// `response.output_audio.done`, or `response.audio.done` from the beta interface.
    pub r#type: RealtimeServerEventResponseAudioDoneType,
    /// Response being generated.
    pub response_id: String,
    /// Message holding the audio.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Position of the part in the item's content.
    pub content_index: i64,
}

impl Serialize for RealtimeServerEventResponseAudioDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseAudioDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseAudioDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `response.output_audio.done`, or `response.audio.done` from the beta interface.
#[derive(Debug, Clone)]
pub enum RealtimeServerEventResponseAudioDoneType {
    /// `response.output_audio.done`
    ResponseOutputAudioDone,
    /// `response.audio.done`
    ResponseAudioDone,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeServerEventResponseAudioDoneType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeServerEventResponseAudioDoneType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseOutputAudioDone => "response.output_audio.done",
            Self::ResponseAudioDone => "response.audio.done",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeServerEventResponseAudioDoneType {
    fn from(value: &str) -> Self {
        match value {
            "response.output_audio.done" => Self::ResponseOutputAudioDone,
            "response.audio.done" => Self::ResponseAudioDone,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeServerEventResponseAudioDoneType);

/// A piece of the transcript of audio output (`response.audio_transcript.delta` before GA).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventResponseAudioTranscriptDelta {
    /// Id of this server event.
    pub event_id: String,
    /// `response.output_audio_transcript.delta`, or `response.audio_transcript.delta` from the beta interface.
    pub r#type: RealtimeServerEventResponseAudioTranscriptDeltaType,
    /// Response being generated.
    pub response_id: String,
    /// Message holding the audio.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Position of the part in the item's content.
    pub content_index: i64,
    /// Transcript text added.
    pub delta: String,
}

impl Serialize for RealtimeServerEventResponseAudioTranscriptDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseAudioTranscriptDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseAudioTranscriptDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioTranscriptDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `response.output_audio_transcript.delta`, or `response.audio_transcript.delta` from the beta interface.
#[derive(Debug, Clone)]
pub enum RealtimeServerEventResponseAudioTranscriptDeltaType {
    /// `response.output_audio_transcript.delta`
    ResponseOutputAudioTranscriptDelta,
    /// `response.audio_transcript.delta`
    ResponseAudioTranscriptDelta,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeServerEventResponseAudioTranscriptDeltaType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeServerEventResponseAudioTranscriptDeltaType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseOutputAudioTranscriptDelta => {
                "response.output_audio_transcript.delta"
            }
            Self::ResponseAudioTranscriptDelta => "response.audio_transcript.delta",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeServerEventResponseAudioTranscriptDeltaType {
    fn from(value: &str) -> Self {
        match value {
            "response.output_audio_transcript.delta" => {
                Self::ResponseOutputAudioTranscriptDelta
            }
            "response.audio_transcript.delta" => Self::ResponseAudioTranscriptDelta,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeServerEventResponseAudioTranscriptDeltaType);

/// The transcript of an audio part is finished (`response.audio_transcript.done` before GA).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventResponseAudioTranscriptDone {
    /// Id of this server event.
    pub event_id: String,
    /// `response.output_audio_transcript.done`, or `response.audio_transcript.done` from the beta interface.
    pub r#type: RealtimeServerEventResponseAudioTranscriptDoneType,
    /// Response being generated.
    pub response_id: String,
    /// Message holding the audio.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Position of the part in the item's content.
    pub content_index: i64,
    /// The whole transcript of the part.
    pub transcript: String,
}

impl Serialize for RealtimeServerEventResponseAudioTranscriptDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("transcript", &self.transcript)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseAudioTranscriptDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseAudioTranscriptDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "transcript" => self.transcript = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioTranscriptDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `response.output_audio_transcript.done`, or `response.audio_transcript.done` from the beta interface.
#[derive(Debug, Clone)]
pub enum RealtimeServerEventResponseAudioTranscriptDoneType {
    /// `response.output_audio_transcript.done`
    ResponseOutputAudioTranscriptDone,
    /// `response.audio_transcript.done`
    ResponseAudioTranscriptDone,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeServerEventResponseAudioTranscriptDoneType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeServerEventResponseAudioTranscriptDoneType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseOutputAudioTranscriptDone => {
                "response.output_audio_transcript.done"
            }
            Self::ResponseAudioTranscriptDone => "response.audio_transcript.done",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeServerEventResponseAudioTranscriptDoneType {
    fn from(value: &str) -> Self {
        match value {
            "response.output_audio_transcript.done" => {
                Self::ResponseOutputAudioTranscriptDone
            }
            "response.audio_transcript.done" => Self::ResponseAudioTranscriptDone,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeServerEventResponseAudioTranscriptDoneType);

/// A response started a new content part in a message item.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseContentPartAdded {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.content_part.added`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Message receiving the part.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Position of the part in the item's content.
    pub content_index: i64,
    /// The part so far.
    pub part: RealtimeResponseContentPart,
}

impl Default for RealtimeServerEventResponseContentPartAdded {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.content_part.added".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            part: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseContentPartAdded {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("part", &self.part)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseContentPartAdded {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseContentPartAdded` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "part" => self.part = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseContentPartAdded {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A content part as reported by the content part events.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseContentPart {
    /// Kind of part.
    pub r#type: Option<RealtimeResponseContentPartType>,
    /// Text, for `text` parts.
    pub text: Option<String>,
    /// Base64-encoded audio, for `audio` parts.
    pub audio: Option<String>,
    /// Transcript, for `audio` parts.
    pub transcript: Option<String>,
}

impl Serialize for RealtimeResponseContentPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "transcript", &self.transcript)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseContentPart {
    const EXPECTING: &'static str = "a `RealtimeResponseContentPart` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "text" => self.text = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "transcript" => self.transcript = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseContentPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Kind of part.
#[derive(Debug, Clone)]
pub enum RealtimeResponseContentPartType {
    /// `audio`
    Audio,
    /// `text`
    Text,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseContentPartType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseContentPartType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::Text => "text",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeResponseContentPartType {
    fn from(value: &str) -> Self {
        match value {
            "audio" => Self::Audio,
            "text" => Self::Text,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseContentPartType);

/// A content part of a message item is finished.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseContentPartDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.content_part.done`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Message holding the part.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Position of the part in the item's content.
    pub content_index: i64,
    /// The finished part.
    pub part: RealtimeResponseContentPart,
}

impl Default for RealtimeServerEventResponseContentPartDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.content_part.done".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            part: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseContentPartDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("part", &self.part)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseContentPartDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseContentPartDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "part" => self.part = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseContentPartDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A response started (status `in_progress`).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseCreated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.created`.
    pub r#type: String,
    /// The new response.
    pub response: RealtimeResponse,
}

impl Default for RealtimeServerEventResponseCreated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.created".to_owned(),
            response: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response", &self.response)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseCreated {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A response of the model in a Realtime session, with its output items and usage.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponse {
    /// Response id (`resp_...`).
    pub id: Option<String>,
    /// Always `realtime.response`.
    pub object: Option<String>,
    /// State of the response; every state but `in_progress` is final.
    pub status: Option<RealtimeResponseStatus>,
    /// Why the response ended as it did; null while it runs.
    pub status_details: Option<RealtimeResponseStatusDetails>,
    /// The items the response produced.
    pub output: Option<Vec<RealtimeConversationItem>>,
    /// The key/value pairs given in `response.create`.
    pub metadata: Option<Metadata>,
    /// Output audio settings used.
    pub audio: Option<RealtimeResponseAudio>,
    /// Tokens the response consumed; null until it is done.
    pub usage: Option<RealtimeResponseUsage>,
    /// Conversation the response was added to; absent for out-of-band responses.
    pub conversation_id: Option<String>,
    /// What the model answered with.
    pub output_modalities: Option<Vec<RealtimeResponseOutputModalitiesItem>>,
    /// Output token cap that applied.
    pub max_output_tokens: Option<RealtimeMaxOutputTokens>,
}

impl Serialize for RealtimeResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        codec::optional_entry(&mut map, "status_details", &self.status_details)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "audio", &self.audio)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        codec::optional_entry(&mut map, "conversation_id", &self.conversation_id)?;
        codec::optional_entry(&mut map, "output_modalities", &self.output_modalities)?;
        codec::optional_entry(&mut map, "max_output_tokens", &self.max_output_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponse {
    const EXPECTING: &'static str = "a `RealtimeResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "status_details" => self.status_details = map.next_value()?,
            "output" => self.output = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "audio" => self.audio = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            "conversation_id" => self.conversation_id = map.next_value()?,
            "output_modalities" => self.output_modalities = map.next_value()?,
            "max_output_tokens" => self.max_output_tokens = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// State of the response; every state but `in_progress` is final.
#[derive(Debug, Clone)]
pub enum RealtimeResponseStatus {
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `incomplete`
    Incomplete,
    /// `in_progress`
    InProgress,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Incomplete => "incomplete",
            Self::InProgress => "in_progress",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "incomplete" => Self::Incomplete,
            "in_progress" => Self::InProgress,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseStatus);

/// Why a response stopped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseStatusDetails {
    /// Final state, the same as the response's `status`.
    pub r#type: Option<RealtimeResponseStatusDetailsType>,
    /// For `cancelled`: the user started speaking (`turn_detected`) or the client
    /// sent `response.cancel` (`client_cancelled`); for `incomplete`: the token
    /// cap or the content filter cut it short.
    pub reason: Option<RealtimeResponseStatusDetailsReason>,
    /// For `failed`, the error behind it.
    pub error: Option<RealtimeResponseStatusDetailsError>,
}

impl Serialize for RealtimeResponseStatusDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "reason", &self.reason)?;
        codec::optional_entry(&mut map, "error", &self.error)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseStatusDetails {
    const EXPECTING: &'static str = "a `RealtimeResponseStatusDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "reason" => self.reason = map.next_value()?,
            "error" => self.error = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseStatusDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Final state, the same as the response's `status`.
#[derive(Debug, Clone)]
pub enum RealtimeResponseStatusDetailsType {
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseStatusDetailsType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseStatusDetailsType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeResponseStatusDetailsType {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseStatusDetailsType);

/// For `cancelled`: the user started speaking (`turn_detected`) or the client
/// sent `response.cancel` (`client_cancelled`); for `incomplete`: the token
/// cap or the content filter cut it short.
#[derive(Debug, Clone)]
pub enum RealtimeResponseStatusDetailsReason {
    /// `turn_detected`
    TurnDetected,
    /// `client_cancelled`
    ClientCancelled,
    /// `max_output_tokens`
    MaxOutputTokens,
    /// `content_filter`
    ContentFilter,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseStatusDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseStatusDetailsReason {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::TurnDetected => "turn_detected",
            Self::ClientCancelled => "client_cancelled",
            Self::MaxOutputTokens => "max_output_tokens",
            Self::ContentFilter => "content_filter",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeResponseStatusDetailsReason {
    fn from(value: &str) -> Self {
        match value {
            "turn_detected" => Self::TurnDetected,
            "client_cancelled" => Self::ClientCancelled,
            "max_output_tokens" => Self::MaxOutputTokens,
            "content_filter" => Self::ContentFilter,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseStatusDetailsReason);

/// For `failed`, the error behind it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseStatusDetailsError {
    /// Error category.
    pub r#type: Option<String>,
    /// Error code.
    pub code: Option<String>,
}

impl Serialize for RealtimeResponseStatusDetailsError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "code", &self.code)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseStatusDetailsError {
    const EXPECTING: &'static str = "a `RealtimeResponseStatusDetailsError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "code" => self.code = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseStatusDetailsError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Audio settings of a response, as reported by the server.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseAudio {
    /// Settings of the speech produced.
    pub output: Option<RealtimeResponseAudioOutput>,
}

impl Serialize for RealtimeResponseAudio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseAudio {
    const EXPECTING: &'static str = "a `RealtimeResponseAudio` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "output" => self.output = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseAudio {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Settings of the speech produced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseAudioOutput {
    /// Encoding of the output audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Voice used.
    pub voice: Option<VoiceIdsShared>,
}

impl Serialize for RealtimeResponseAudioOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        codec::optional_entry(&mut map, "voice", &self.voice)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseAudioOutput {
    const EXPECTING: &'static str = "a `RealtimeResponseAudioOutput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            "voice" => self.voice = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseAudioOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Tokens a Realtime response consumed; the input counts the whole conversation and instructions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseUsage {
    /// Input plus output tokens.
    pub total_tokens: Option<i64>,
    /// Input tokens, text and audio.
    pub input_tokens: Option<i64>,
    /// Output tokens, text and audio.
    pub output_tokens: Option<i64>,
    /// Input tokens by kind.
    pub input_token_details: Option<RealtimeResponseUsageInputTokenDetails>,
    /// Output tokens by kind.
    pub output_token_details: Option<RealtimeResponseUsageOutputTokenDetails>,
}

impl Serialize for RealtimeResponseUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "total_tokens", &self.total_tokens)?;
        codec::optional_entry(&mut map, "input_tokens", &self.input_tokens)?;
        codec::optional_entry(&mut map, "output_tokens", &self.output_tokens)?;
        codec::optional_entry(
            &mut map,
            "input_token_details",
            &self.input_token_details,
        )?;
        codec::optional_entry(
            &mut map,
            "output_token_details",
            &self.output_token_details,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseUsage {
    const EXPECTING: &'static str = "a `RealtimeResponseUsage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "total_tokens" => self.total_tokens = map.next_value()?,
            "input_tokens" => self.input_tokens = map.next_value()?,
            "output_tokens" => self.output_tokens = map.next_value()?,
            "input_token_details" => self.input_token_details = map.next_value()?,
            "output_token_details" => self.output_token_details = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Input tokens by kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseUsageInputTokenDetails {
    /// Input tokens served from the prompt cache.
    pub cached_tokens: Option<i64>,
    /// Text input tokens.
    pub text_tokens: Option<i64>,
    /// Image input tokens.
    pub image_tokens: Option<i64>,
    /// Audio input tokens.
    pub audio_tokens: Option<i64>,
    /// Cached input tokens by kind.
    pub cached_tokens_details: Option<
        RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
    >,
}

impl Serialize for RealtimeResponseUsageInputTokenDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "cached_tokens", &self.cached_tokens)?;
        codec::optional_entry(&mut map, "text_tokens", &self.text_tokens)?;
        codec::optional_entry(&mut map, "image_tokens", &self.image_tokens)?;
        codec::optional_entry(&mut map, "audio_tokens", &self.audio_tokens)?;
        codec::optional_entry(
            &mut map,
            "cached_tokens_details",
            &self.cached_tokens_details,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseUsageInputTokenDetails {
    const EXPECTING: &'static str = "a `RealtimeResponseUsageInputTokenDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cached_tokens" => self.cached_tokens = map.next_value()?,
            "text_tokens" => self.text_tokens = map.next_value()?,
            "image_tokens" => self.image_tokens = map.next_value()?,
            "audio_tokens" => self.audio_tokens = map.next_value()?,
            "cached_tokens_details" => self.cached_tokens_details = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseUsageInputTokenDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Cached input tokens by kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseUsageInputTokenDetailsCachedTokensDetails {
    /// Cached text tokens.
    pub text_tokens: Option<i64>,
    /// Cached image tokens.
    pub image_tokens: Option<i64>,
    /// Cached audio tokens.
    pub audio_tokens: Option<i64>,
}

impl Serialize for RealtimeResponseUsageInputTokenDetailsCachedTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "text_tokens", &self.text_tokens)?;
        codec::optional_entry(&mut map, "image_tokens", &self.image_tokens)?;
        codec::optional_entry(&mut map, "audio_tokens", &self.audio_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseUsageInputTokenDetailsCachedTokensDetails {
    const EXPECTING: &'static str = "a `RealtimeResponseUsageInputTokenDetailsCachedTokensDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "text_tokens" => self.text_tokens = map.next_value()?,
            "image_tokens" => self.image_tokens = map.next_value()?,
            "audio_tokens" => self.audio_tokens = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RealtimeResponseUsageInputTokenDetailsCachedTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Output tokens by kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeResponseUsageOutputTokenDetails {
    /// Text output tokens.
    pub text_tokens: Option<i64>,
    /// Audio output tokens.
    pub audio_tokens: Option<i64>,
}

impl Serialize for RealtimeResponseUsageOutputTokenDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "text_tokens", &self.text_tokens)?;
        codec::optional_entry(&mut map, "audio_tokens", &self.audio_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeResponseUsageOutputTokenDetails {
    const EXPECTING: &'static str = "a `RealtimeResponseUsageOutputTokenDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "text_tokens" => self.text_tokens = map.next_value()?,
            "audio_tokens" => self.audio_tokens = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeResponseUsageOutputTokenDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `output_modalities` field of [`RealtimeResponse`](crate::types::RealtimeResponse).
#[derive(Debug, Clone)]
pub enum RealtimeResponseOutputModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeResponseOutputModalitiesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeResponseOutputModalitiesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Audio => "audio",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeResponseOutputModalitiesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeResponseOutputModalitiesItem);

/// A response ended, whatever its final state; it lists every output item,
/// without the raw audio, and the usage.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.done`.
    pub r#type: String,
    /// The finished response.
    pub response: RealtimeResponse,
}

impl Default for RealtimeServerEventResponseDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.done".to_owned(),
            response: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response", &self.response)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the JSON arguments of a function call.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseFunctionCallArgumentsDelta {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.function_call_arguments.delta`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Function call item.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Id of the function call.
    pub call_id: String,
    /// Argument text added.
    pub delta: String,
}

impl Default for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.function_call_arguments.delta".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            call_id: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseFunctionCallArgumentsDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The arguments of a function call are complete; the client can run it now.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseFunctionCallArgumentsDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.function_call_arguments.done`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Function call item.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Id of the function call.
    pub call_id: String,
    /// Function to run.
    pub name: String,
    /// The whole arguments as a JSON-encoded string.
    pub arguments: String,
}

impl Default for RealtimeServerEventResponseFunctionCallArgumentsDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.function_call_arguments.done".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            call_id: Default::default(),
            name: Default::default(),
            arguments: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseFunctionCallArgumentsDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("call_id", &self.call_id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseFunctionCallArgumentsDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseFunctionCallArgumentsDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "call_id" => self.call_id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseFunctionCallArgumentsDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A response started a new output item.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseOutputItemAdded {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.output_item.added`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// The item so far.
    pub item: RealtimeConversationItem,
}

impl Default for RealtimeServerEventResponseOutputItemAdded {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.output_item.added".to_owned(),
            response_id: Default::default(),
            output_index: Default::default(),
            item: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseOutputItemAdded {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseOutputItemAdded {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseOutputItemAdded` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseOutputItemAdded {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An output item of a response is finished.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseOutputItemDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.output_item.done`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// The finished item.
    pub item: RealtimeConversationItem,
}

impl Default for RealtimeServerEventResponseOutputItemDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.output_item.done".to_owned(),
            response_id: Default::default(),
            output_index: Default::default(),
            item: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseOutputItemDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseOutputItemDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseOutputItemDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseOutputItemDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of text output (`response.text.delta` before GA).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventResponseTextDelta {
    /// Id of this server event.
    pub event_id: String,
    /// `response.output_text.delta`, or `response.text.delta` from the beta interface.
    pub r#type: RealtimeServerEventResponseTextDeltaType,
    /// Response being generated.
    pub response_id: String,
    /// Message receiving the text.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Position of the part in the item's content.
    pub content_index: i64,
    /// Text added.
    pub delta: String,
}

impl Serialize for RealtimeServerEventResponseTextDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseTextDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseTextDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseTextDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `response.output_text.delta`, or `response.text.delta` from the beta interface.
#[derive(Debug, Clone)]
pub enum RealtimeServerEventResponseTextDeltaType {
    /// `response.output_text.delta`
    ResponseOutputTextDelta,
    /// `response.text.delta`
    ResponseTextDelta,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeServerEventResponseTextDeltaType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeServerEventResponseTextDeltaType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseOutputTextDelta => "response.output_text.delta",
            Self::ResponseTextDelta => "response.text.delta",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeServerEventResponseTextDeltaType {
    fn from(value: &str) -> Self {
        match value {
            "response.output_text.delta" => Self::ResponseOutputTextDelta,
            "response.text.delta" => Self::ResponseTextDelta,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeServerEventResponseTextDeltaType);

/// A text part is finished (`response.text.done` before GA).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeServerEventResponseTextDone {
    /// Id of this server event.
    pub event_id: String,
    /// `response.output_text.done`, or `response.text.done` from the beta interface.
    pub r#type: RealtimeServerEventResponseTextDoneType,
    /// Response being generated.
    pub response_id: String,
    /// Message holding the text.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Position of the part in the item's content.
    pub content_index: i64,
    /// The whole text of the part.
    pub text: String,
}

impl Serialize for RealtimeServerEventResponseTextDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseTextDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseTextDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseTextDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `response.output_text.done`, or `response.text.done` from the beta interface.
#[derive(Debug, Clone)]
pub enum RealtimeServerEventResponseTextDoneType {
    /// `response.output_text.done`
    ResponseOutputTextDone,
    /// `response.text.done`
    ResponseTextDone,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RealtimeServerEventResponseTextDoneType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RealtimeServerEventResponseTextDoneType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseOutputTextDone => "response.output_text.done",
            Self::ResponseTextDone => "response.text.done",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RealtimeServerEventResponseTextDoneType {
    fn from(value: &str) -> Self {
        match value {
            "response.output_text.done" => Self::ResponseOutputTextDone,
            "response.text.done" => Self::ResponseTextDone,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RealtimeServerEventResponseTextDoneType);

/// First event of every connection, with the session's initial settings.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventSessionCreated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `session.created`.
    pub r#type: String,
    /// The session.
    pub session: RealtimeSessionInfo,
}

impl Default for RealtimeServerEventSessionCreated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "session.created".to_owned(),
            session: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventSessionCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventSessionCreated {
    const EXPECTING: &'static str = "a `RealtimeServerEventSessionCreated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventSessionCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirms a `session.update`, with the settings now in force.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventSessionUpdated {
    /// Id of this server event.
    pub event_id: String,
    /// Always `session.updated`.
    pub r#type: String,
    /// The session.
    pub session: RealtimeSessionInfo,
}

impl Default for RealtimeServerEventSessionUpdated {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "session.updated".to_owned(),
            session: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventSessionUpdated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventSessionUpdated {
    const EXPECTING: &'static str = "a `RealtimeServerEventSessionUpdated` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventSessionUpdated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// WebRTC and SIP only — the server started playing a response's audio.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventOutputAudioBufferStarted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `output_audio_buffer.started`.
    pub r#type: String,
    /// Response whose audio is playing.
    pub response_id: String,
}

impl Default for RealtimeServerEventOutputAudioBufferStarted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "output_audio_buffer.started".to_owned(),
            response_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventOutputAudioBufferStarted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventOutputAudioBufferStarted {
    const EXPECTING: &'static str = "a `RealtimeServerEventOutputAudioBufferStarted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventOutputAudioBufferStarted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// WebRTC and SIP only — all audio of a response has been played.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventOutputAudioBufferStopped {
    /// Id of this server event.
    pub event_id: String,
    /// Always `output_audio_buffer.stopped`.
    pub r#type: String,
    /// Response whose audio finished.
    pub response_id: String,
}

impl Default for RealtimeServerEventOutputAudioBufferStopped {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "output_audio_buffer.stopped".to_owned(),
            response_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventOutputAudioBufferStopped {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventOutputAudioBufferStopped {
    const EXPECTING: &'static str = "a `RealtimeServerEventOutputAudioBufferStopped` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventOutputAudioBufferStopped {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// WebRTC and SIP only — queued output audio was dropped, after `output_audio_buffer.clear` or because the user interrupted.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventOutputAudioBufferCleared {
    /// Id of this server event.
    pub event_id: String,
    /// Always `output_audio_buffer.cleared`.
    pub r#type: String,
    /// Response whose audio was dropped.
    pub response_id: String,
}

impl Default for RealtimeServerEventOutputAudioBufferCleared {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "output_audio_buffer.cleared".to_owned(),
            response_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventOutputAudioBufferCleared {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventOutputAudioBufferCleared {
    const EXPECTING: &'static str = "a `RealtimeServerEventOutputAudioBufferCleared` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventOutputAudioBufferCleared {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item joined the conversation, from the client, from the input buffer or as
/// model output; its content may still be growing (see `conversation.item.done`).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemAdded {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.added`.
    pub r#type: String,
    /// Item the new one follows; null at the start of the conversation.
    pub previous_item_id: Option<String>,
    /// The item.
    pub item: RealtimeConversationItem,
}

impl Default for RealtimeServerEventConversationItemAdded {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.added".to_owned(),
            previous_item_id: Default::default(),
            item: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemAdded {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "previous_item_id", &self.previous_item_id)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventConversationItemAdded {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemAdded` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "previous_item_id" => self.previous_item_id = map.next_value()?,
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemAdded {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the conversation is complete and will not change any more.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.done`.
    pub r#type: String,
    /// Item it follows; null at the start of the conversation.
    pub previous_item_id: Option<String>,
    /// The finished item.
    pub item: RealtimeConversationItem,
}

impl Default for RealtimeServerEventConversationItemDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.done".to_owned(),
            previous_item_id: Default::default(),
            item: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "previous_item_id", &self.previous_item_id)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventConversationItemDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "previous_item_id" => self.previous_item_id = map.next_value()?,
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The user stayed silent for the `idle_timeout_ms` of server VAD; the buffer is
/// committed (possibly empty) and the model is prompted to speak.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventInputAudioBufferTimeoutTriggered {
    /// Id of this server event.
    pub event_id: String,
    /// Always `input_audio_buffer.timeout_triggered`.
    pub r#type: String,
    /// Start of the committed audio, in milliseconds since the session's audio started.
    pub audio_start_ms: i64,
    /// End of the committed audio, when the timeout fired.
    pub audio_end_ms: i64,
    /// User message created from the buffer.
    pub item_id: String,
}

impl Default for RealtimeServerEventInputAudioBufferTimeoutTriggered {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "input_audio_buffer.timeout_triggered".to_owned(),
            audio_start_ms: Default::default(),
            audio_end_ms: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventInputAudioBufferTimeoutTriggered {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("audio_start_ms", &self.audio_start_ms)?;
        map.serialize_entry("audio_end_ms", &self.audio_end_ms)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventInputAudioBufferTimeoutTriggered {
    const EXPECTING: &'static str = "a `RealtimeServerEventInputAudioBufferTimeoutTriggered` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "audio_start_ms" => {
                self.audio_start_ms = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "audio_end_ms" => {
                self.audio_end_ms = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferTimeoutTriggered {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A finished stretch of a user audio part's transcript, with its speaker (for diarizing models).
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
    /// Id of this server event.
    pub event_id: String,
    /// Always `conversation.item.input_audio_transcription.segment`.
    pub r#type: String,
    /// User message being transcribed.
    pub item_id: String,
    /// Audio part being transcribed.
    pub content_index: i64,
    /// Text of the segment.
    pub text: String,
    /// Segment id.
    pub id: String,
    /// Label of the person speaking.
    pub speaker: String,
    /// Where the segment starts in the audio, in seconds.
    pub start: f64,
    /// Where the segment ends in the audio, in seconds.
    pub end: f64,
}

impl Default for RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "conversation.item.input_audio_transcription.segment".to_owned(),
            item_id: Default::default(),
            content_index: Default::default(),
            text: Default::default(),
            id: Default::default(),
            speaker: Default::default(),
            start: Default::default(),
            end: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("speaker", &self.speaker)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.end()
    }
}

impl codec::ObjectFields
for RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
    const EXPECTING: &'static str = "a `RealtimeServerEventConversationItemInputAudioTranscriptionSegment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "speaker" => self.speaker = map.next_value::<codec::Lenient<_>>()?.0,
            "start" => self.start = map.next_value::<codec::Lenient<_>>()?.0,
            "end" => self.end = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The session is fetching the tool list of an MCP server.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventMcpListToolsInProgress {
    /// Id of this server event.
    pub event_id: String,
    /// Always `mcp_list_tools.in_progress`.
    pub r#type: String,
    /// The `mcp_list_tools` item.
    pub item_id: String,
}

impl Default for RealtimeServerEventMcpListToolsInProgress {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "mcp_list_tools.in_progress".to_owned(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventMcpListToolsInProgress {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventMcpListToolsInProgress {
    const EXPECTING: &'static str = "a `RealtimeServerEventMcpListToolsInProgress` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventMcpListToolsInProgress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The tool list of an MCP server arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventMcpListToolsCompleted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `mcp_list_tools.completed`.
    pub r#type: String,
    /// The `mcp_list_tools` item.
    pub item_id: String,
}

impl Default for RealtimeServerEventMcpListToolsCompleted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "mcp_list_tools.completed".to_owned(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventMcpListToolsCompleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventMcpListToolsCompleted {
    const EXPECTING: &'static str = "a `RealtimeServerEventMcpListToolsCompleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventMcpListToolsCompleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The tool list of an MCP server could not be fetched.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventMcpListToolsFailed {
    /// Id of this server event.
    pub event_id: String,
    /// Always `mcp_list_tools.failed`.
    pub r#type: String,
    /// The `mcp_list_tools` item.
    pub item_id: String,
}

impl Default for RealtimeServerEventMcpListToolsFailed {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "mcp_list_tools.failed".to_owned(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventMcpListToolsFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventMcpListToolsFailed {
    const EXPECTING: &'static str = "a `RealtimeServerEventMcpListToolsFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventMcpListToolsFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the JSON arguments of an MCP tool call.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseMcpCallArgumentsDelta {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.mcp_call_arguments.delta`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// The `mcp_call` item.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// Argument text added.
    pub delta: String,
    /// Random padding that hides the length of the delta, if any.
    pub obfuscation: Option<String>,
}

impl Default for RealtimeServerEventResponseMcpCallArgumentsDelta {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.mcp_call_arguments.delta".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            delta: Default::default(),
            obfuscation: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseMcpCallArgumentsDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("delta", &self.delta)?;
        codec::optional_entry(&mut map, "obfuscation", &self.obfuscation)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseMcpCallArgumentsDelta {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseMcpCallArgumentsDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "obfuscation" => self.obfuscation = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallArgumentsDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The arguments of an MCP tool call are complete.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseMcpCallArgumentsDone {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.mcp_call_arguments.done`.
    pub r#type: String,
    /// Response being generated.
    pub response_id: String,
    /// The `mcp_call` item.
    pub item_id: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// The whole arguments as a JSON-encoded string.
    pub arguments: String,
}

impl Default for RealtimeServerEventResponseMcpCallArgumentsDone {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.mcp_call_arguments.done".to_owned(),
            response_id: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            arguments: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseMcpCallArgumentsDone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response_id", &self.response_id)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseMcpCallArgumentsDone {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseMcpCallArgumentsDone` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response_id" => self.response_id = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallArgumentsDone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An MCP tool call is running.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseMcpCallInProgress {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.mcp_call.in_progress`.
    pub r#type: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// The `mcp_call` item.
    pub item_id: String,
}

impl Default for RealtimeServerEventResponseMcpCallInProgress {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.mcp_call.in_progress".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseMcpCallInProgress {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseMcpCallInProgress {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseMcpCallInProgress` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallInProgress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An MCP tool call succeeded.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseMcpCallCompleted {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.mcp_call.completed`.
    pub r#type: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// The `mcp_call` item.
    pub item_id: String,
}

impl Default for RealtimeServerEventResponseMcpCallCompleted {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.mcp_call.completed".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseMcpCallCompleted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseMcpCallCompleted {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseMcpCallCompleted` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallCompleted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An MCP tool call failed; the item's `error` says why.
#[derive(Debug, Clone, PartialEq)]
pub struct RealtimeServerEventResponseMcpCallFailed {
    /// Id of this server event.
    pub event_id: String,
    /// Always `response.mcp_call.failed`.
    pub r#type: String,
    /// Position of the item in the response's output.
    pub output_index: i64,
    /// The `mcp_call` item.
    pub item_id: String,
}

impl Default for RealtimeServerEventResponseMcpCallFailed {
    fn default() -> Self {
        Self {
            event_id: Default::default(),
            r#type: "response.mcp_call.failed".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for RealtimeServerEventResponseMcpCallFailed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("event_id", &self.event_id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeServerEventResponseMcpCallFailed {
    const EXPECTING: &'static str = "a `RealtimeServerEventResponseMcpCallFailed` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "event_id" => self.event_id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallFailed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
