// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! The events of the `responses` streams, and the types only they use.
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

/// One server-sent event emitted while a response is generated. The
/// `type` field names the event; lifecycle events carry the whole
/// `Response`, the others report incremental progress of one output item.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseStreamEvent {
    /// A chunk of generated audio. (`response.audio.delta`)
    ResponseAudioDelta(ResponseAudioDeltaEvent),
    /// The audio output is complete. (`response.audio.done`)
    ResponseAudioDone(ResponseAudioDoneEvent),
    /// A piece of the transcript of the generated audio. (`response.audio.transcript.delta`)
    ResponseAudioTranscriptDelta(ResponseAudioTranscriptDeltaEvent),
    /// The transcript of the generated audio is complete. (`response.audio.transcript.done`)
    ResponseAudioTranscriptDone(ResponseAudioTranscriptDoneEvent),
    /// A piece of the code the code interpreter is about to run. (`response.code_interpreter_call_code.delta`)
    ResponseCodeInterpreterCallCodeDelta(ResponseCodeInterpreterCallCodeDeltaEvent),
    /// The code for a code interpreter call is complete. (`response.code_interpreter_call_code.done`)
    ResponseCodeInterpreterCallCodeDone(ResponseCodeInterpreterCallCodeDoneEvent),
    /// A code interpreter call finished. (`response.code_interpreter_call.completed`)
    ResponseCodeInterpreterCallCompleted(ResponseCodeInterpreterCallCompletedEvent),
    /// A code interpreter call started. (`response.code_interpreter_call.in_progress`)
    ResponseCodeInterpreterCallInProgress(ResponseCodeInterpreterCallInProgressEvent),
    /// The code interpreter is executing the code. (`response.code_interpreter_call.interpreting`)
    ResponseCodeInterpreterCallInterpreting(
        ResponseCodeInterpreterCallInterpretingEvent,
    ),
    /// The response finished successfully; carries the final object. (`response.completed`)
    ResponseCompleted(ResponseCompletedEvent),
    /// A new content part was started in an output item. (`response.content_part.added`)
    ResponseContentPartAdded(ResponseContentPartAddedEvent),
    /// A content part is complete. (`response.content_part.done`)
    ResponseContentPartDone(ResponseContentPartDoneEvent),
    /// The response object was created; always the first event. (`response.created`)
    ResponseCreated(ResponseCreatedEvent),
    /// Something went wrong while streaming. (`error`)
    Error(ResponseErrorEvent),
    /// A file search call finished. (`response.file_search_call.completed`)
    ResponseFileSearchCallCompleted(ResponseFileSearchCallCompletedEvent),
    /// A file search call started. (`response.file_search_call.in_progress`)
    ResponseFileSearchCallInProgress(ResponseFileSearchCallInProgressEvent),
    /// A file search call is querying the vector stores. (`response.file_search_call.searching`)
    ResponseFileSearchCallSearching(ResponseFileSearchCallSearchingEvent),
    /// A piece of the JSON arguments of a function call. (`response.function_call_arguments.delta`)
    ResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent),
    /// The arguments of a function call are complete. (`response.function_call_arguments.done`)
    ResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent),
    /// A command was added to a shell call. (`response.shell_call_command.added`)
    ResponseShellCallCommandAdded(ResponseShellCallCommandAddedStreamingEvent),
    /// A piece of a shell command. (`response.shell_call_command.delta`)
    ResponseShellCallCommandDelta(ResponseShellCallCommandDeltaStreamingEvent),
    /// A shell command is complete. (`response.shell_call_command.done`)
    ResponseShellCallCommandDone(ResponseShellCallCommandDoneStreamingEvent),
    /// A piece of the output of a shell command. (`response.shell_call_output_content.delta`)
    ResponseShellCallOutputContentDelta(
        ResponseShellCallOutputContentDeltaStreamingEvent,
    ),
    /// The output of a shell command is complete. (`response.shell_call_output_content.done`)
    ResponseShellCallOutputContentDone(ResponseShellCallOutputContentDoneStreamingEvent),
    /// The response is being generated. (`response.in_progress`)
    ResponseInProgress(ResponseInProgressEvent),
    /// The response failed; carries the object with its error. (`response.failed`)
    ResponseFailed(ResponseFailedEvent),
    /// The response stopped early; see its incomplete details. (`response.incomplete`)
    ResponseIncomplete(ResponseIncompleteEvent),
    /// A new output item was started. (`response.output_item.added`)
    ResponseOutputItemAdded(ResponseOutputItemAddedEvent),
    /// An output item is complete. (`response.output_item.done`)
    ResponseOutputItemDone(ResponseOutputItemDoneEvent),
    /// A new reasoning summary part was started. (`response.reasoning_summary_part.added`)
    ResponseReasoningSummaryPartAdded(ResponseReasoningSummaryPartAddedEvent),
    /// A reasoning summary part is complete. (`response.reasoning_summary_part.done`)
    ResponseReasoningSummaryPartDone(ResponseReasoningSummaryPartDoneEvent),
    /// A piece of reasoning summary text. (`response.reasoning_summary_text.delta`)
    ResponseReasoningSummaryTextDelta(ResponseReasoningSummaryTextDeltaEvent),
    /// A reasoning summary text is complete. (`response.reasoning_summary_text.done`)
    ResponseReasoningSummaryTextDone(ResponseReasoningSummaryTextDoneEvent),
    /// A piece of raw reasoning text. (`response.reasoning_text.delta`)
    ResponseReasoningTextDelta(ResponseReasoningTextDeltaEvent),
    /// A raw reasoning text is complete. (`response.reasoning_text.done`)
    ResponseReasoningTextDone(ResponseReasoningTextDoneEvent),
    /// A piece of refusal text. (`response.refusal.delta`)
    ResponseRefusalDelta(ResponseRefusalDeltaEvent),
    /// A refusal is complete. (`response.refusal.done`)
    ResponseRefusalDone(ResponseRefusalDoneEvent),
    /// A piece of output text. (`response.output_text.delta`)
    ResponseOutputTextDelta(ResponseTextDeltaEvent),
    /// An output text part is complete. (`response.output_text.done`)
    ResponseOutputTextDone(ResponseTextDoneEvent),
    /// A web search call finished. (`response.web_search_call.completed`)
    ResponseWebSearchCallCompleted(ResponseWebSearchCallCompletedEvent),
    /// A web search call started. (`response.web_search_call.in_progress`)
    ResponseWebSearchCallInProgress(ResponseWebSearchCallInProgressEvent),
    /// A web search call is querying the web. (`response.web_search_call.searching`)
    ResponseWebSearchCallSearching(ResponseWebSearchCallSearchingEvent),
    /// An image generation call finished. (`response.image_generation_call.completed`)
    ResponseImageGenerationCallCompleted(ResponseImageGenCallCompletedEvent),
    /// An image is being rendered. (`response.image_generation_call.generating`)
    ResponseImageGenerationCallGenerating(ResponseImageGenCallGeneratingEvent),
    /// An image generation call started. (`response.image_generation_call.in_progress`)
    ResponseImageGenerationCallInProgress(ResponseImageGenCallInProgressEvent),
    /// A partially rendered image is available. (`response.image_generation_call.partial_image`)
    ResponseImageGenerationCallPartialImage(ResponseImageGenCallPartialImageEvent),
    /// A chunk of JSON argument text for an MCP tool call. (`response.mcp_call_arguments.delta`)
    ResponseMcpCallArgumentsDelta(ResponseMcpCallArgumentsDeltaEvent),
    /// An MCP tool call has received all its arguments. (`response.mcp_call_arguments.done`)
    ResponseMcpCallArgumentsDone(ResponseMcpCallArgumentsDoneEvent),
    /// An MCP tool call finished. (`response.mcp_call.completed`)
    ResponseMcpCallCompleted(ResponseMcpCallCompletedEvent),
    /// An MCP tool call failed. (`response.mcp_call.failed`)
    ResponseMcpCallFailed(ResponseMcpCallFailedEvent),
    /// An MCP tool call started. (`response.mcp_call.in_progress`)
    ResponseMcpCallInProgress(ResponseMcpCallInProgressEvent),
    /// The tool list of an MCP server was retrieved. (`response.mcp_list_tools.completed`)
    ResponseMcpListToolsCompleted(ResponseMcpListToolsCompletedEvent),
    /// Retrieving the tool list of an MCP server failed. (`response.mcp_list_tools.failed`)
    ResponseMcpListToolsFailed(ResponseMcpListToolsFailedEvent),
    /// The tool list of an MCP server is being retrieved. (`response.mcp_list_tools.in_progress`)
    ResponseMcpListToolsInProgress(ResponseMcpListToolsInProgressEvent),
    /// A citation was attached to output text. (`response.output_text.annotation.added`)
    ResponseOutputTextAnnotationAdded(ResponseOutputTextAnnotationAddedEvent),
    /// The response is waiting for capacity. (`response.queued`)
    ResponseQueued(ResponseQueuedEvent),
    /// A chunk of input text for a custom tool call. (`response.custom_tool_call_input.delta`)
    ResponseCustomToolCallInputDelta(ResponseCustomToolCallInputDeltaEvent),
    /// A custom tool call has received its whole input. (`response.custom_tool_call_input.done`)
    ResponseCustomToolCallInputDone(ResponseCustomToolCallInputDoneEvent),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ResponseStreamEvent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ResponseAudioDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioDeltaEvent) -> Self {
        Self::ResponseAudioDelta(value)
    }
}

impl From<ResponseAudioDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioDoneEvent) -> Self {
        Self::ResponseAudioDone(value)
    }
}

impl From<ResponseAudioTranscriptDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioTranscriptDeltaEvent) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}

impl From<ResponseAudioTranscriptDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioTranscriptDoneEvent) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}

impl From<ResponseCodeInterpreterCallCodeDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCodeDeltaEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}

impl From<ResponseCodeInterpreterCallCodeDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCodeDoneEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}

impl From<ResponseCodeInterpreterCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCompletedEvent) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}

impl From<ResponseCodeInterpreterCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallInProgressEvent) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}

impl From<ResponseCodeInterpreterCallInterpretingEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallInterpretingEvent) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}

impl From<ResponseCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCompletedEvent) -> Self {
        Self::ResponseCompleted(value)
    }
}

impl From<ResponseContentPartAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseContentPartAddedEvent) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}

impl From<ResponseContentPartDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseContentPartDoneEvent) -> Self {
        Self::ResponseContentPartDone(value)
    }
}

impl From<ResponseCreatedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCreatedEvent) -> Self {
        Self::ResponseCreated(value)
    }
}

impl From<ResponseErrorEvent> for ResponseStreamEvent {
    fn from(value: ResponseErrorEvent) -> Self {
        Self::Error(value)
    }
}

impl From<ResponseFileSearchCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallCompletedEvent) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}

impl From<ResponseFileSearchCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallInProgressEvent) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}

impl From<ResponseFileSearchCallSearchingEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallSearchingEvent) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}

impl From<ResponseFunctionCallArgumentsDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseFunctionCallArgumentsDeltaEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}

impl From<ResponseFunctionCallArgumentsDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseFunctionCallArgumentsDoneEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}

impl From<ResponseShellCallCommandAddedStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandAddedStreamingEvent) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}

impl From<ResponseShellCallCommandDeltaStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}

impl From<ResponseShellCallCommandDoneStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandDoneStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}

impl From<ResponseShellCallOutputContentDeltaStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallOutputContentDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}

impl From<ResponseShellCallOutputContentDoneStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallOutputContentDoneStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}

impl From<ResponseInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseInProgressEvent) -> Self {
        Self::ResponseInProgress(value)
    }
}

impl From<ResponseFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseFailedEvent) -> Self {
        Self::ResponseFailed(value)
    }
}

impl From<ResponseIncompleteEvent> for ResponseStreamEvent {
    fn from(value: ResponseIncompleteEvent) -> Self {
        Self::ResponseIncomplete(value)
    }
}

impl From<ResponseOutputItemAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputItemAddedEvent) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}

impl From<ResponseOutputItemDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputItemDoneEvent) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}

impl From<ResponseReasoningSummaryPartAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryPartAddedEvent) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}

impl From<ResponseReasoningSummaryPartDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryPartDoneEvent) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}

impl From<ResponseReasoningSummaryTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryTextDeltaEvent) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}

impl From<ResponseReasoningSummaryTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryTextDoneEvent) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}

impl From<ResponseReasoningTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningTextDeltaEvent) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}

impl From<ResponseReasoningTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningTextDoneEvent) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}

impl From<ResponseRefusalDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseRefusalDeltaEvent) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}

impl From<ResponseRefusalDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseRefusalDoneEvent) -> Self {
        Self::ResponseRefusalDone(value)
    }
}

impl From<ResponseTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseTextDeltaEvent) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}

impl From<ResponseTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseTextDoneEvent) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}

impl From<ResponseWebSearchCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallCompletedEvent) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}

impl From<ResponseWebSearchCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallInProgressEvent) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}

impl From<ResponseWebSearchCallSearchingEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallSearchingEvent) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}

impl From<ResponseImageGenCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallCompletedEvent) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}

impl From<ResponseImageGenCallGeneratingEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallGeneratingEvent) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}

impl From<ResponseImageGenCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallInProgressEvent) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}

impl From<ResponseImageGenCallPartialImageEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallPartialImageEvent) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}

impl From<ResponseMcpCallArgumentsDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallArgumentsDeltaEvent) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}

impl From<ResponseMcpCallArgumentsDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallArgumentsDoneEvent) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}

impl From<ResponseMcpCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallCompletedEvent) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}

impl From<ResponseMcpCallFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallFailedEvent) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}

impl From<ResponseMcpCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallInProgressEvent) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}

impl From<ResponseMcpListToolsCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsCompletedEvent) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}

impl From<ResponseMcpListToolsFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsFailedEvent) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}

impl From<ResponseMcpListToolsInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsInProgressEvent) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}

impl From<ResponseOutputTextAnnotationAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputTextAnnotationAddedEvent) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}

impl From<ResponseQueuedEvent> for ResponseStreamEvent {
    fn from(value: ResponseQueuedEvent) -> Self {
        Self::ResponseQueued(value)
    }
}

impl From<ResponseCustomToolCallInputDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseCustomToolCallInputDeltaEvent) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}

impl From<ResponseCustomToolCallInputDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseCustomToolCallInputDoneEvent) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}

impl Serialize for ResponseStreamEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ResponseAudioDelta(value) => Serialize::serialize(value, serializer),
            Self::ResponseAudioDone(value) => Serialize::serialize(value, serializer),
            Self::ResponseAudioTranscriptDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseAudioTranscriptDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCodeInterpreterCallCodeDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCodeInterpreterCallCodeDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCodeInterpreterCallCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCodeInterpreterCallInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCodeInterpreterCallInterpreting(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCompleted(value) => Serialize::serialize(value, serializer),
            Self::ResponseContentPartAdded(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseContentPartDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCreated(value) => Serialize::serialize(value, serializer),
            Self::Error(value) => Serialize::serialize(value, serializer),
            Self::ResponseFileSearchCallCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseFileSearchCallInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseFileSearchCallSearching(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseFunctionCallArgumentsDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseFunctionCallArgumentsDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseShellCallCommandAdded(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseShellCallCommandDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseShellCallCommandDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseShellCallOutputContentDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseShellCallOutputContentDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseInProgress(value) => Serialize::serialize(value, serializer),
            Self::ResponseFailed(value) => Serialize::serialize(value, serializer),
            Self::ResponseIncomplete(value) => Serialize::serialize(value, serializer),
            Self::ResponseOutputItemAdded(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputItemDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseReasoningSummaryPartAdded(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseReasoningSummaryPartDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseReasoningSummaryTextDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseReasoningSummaryTextDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseReasoningTextDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseReasoningTextDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseRefusalDelta(value) => Serialize::serialize(value, serializer),
            Self::ResponseRefusalDone(value) => Serialize::serialize(value, serializer),
            Self::ResponseOutputTextDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputTextDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseWebSearchCallCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseWebSearchCallInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseWebSearchCallSearching(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseImageGenerationCallCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseImageGenerationCallGenerating(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseImageGenerationCallInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseImageGenerationCallPartialImage(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpCallArgumentsDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpCallArgumentsDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpCallCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpCallFailed(value) => Serialize::serialize(value, serializer),
            Self::ResponseMcpCallInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpListToolsCompleted(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpListToolsFailed(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseMcpListToolsInProgress(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseOutputTextAnnotationAdded(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseQueued(value) => Serialize::serialize(value, serializer),
            Self::ResponseCustomToolCallInputDelta(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::ResponseCustomToolCallInputDone(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ResponseStreamEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("response.audio.delta") => {
                codec::from_value(value).map(Self::ResponseAudioDelta)
            }
            Some("response.audio.done") => {
                codec::from_value(value).map(Self::ResponseAudioDone)
            }
            Some("response.audio.transcript.delta") => {
                codec::from_value(value).map(Self::ResponseAudioTranscriptDelta)
            }
            Some("response.audio.transcript.done") => {
                codec::from_value(value).map(Self::ResponseAudioTranscriptDone)
            }
            Some("response.code_interpreter_call_code.delta") => {
                codec::from_value(value).map(Self::ResponseCodeInterpreterCallCodeDelta)
            }
            Some("response.code_interpreter_call_code.done") => {
                codec::from_value(value).map(Self::ResponseCodeInterpreterCallCodeDone)
            }
            Some("response.code_interpreter_call.completed") => {
                codec::from_value(value).map(Self::ResponseCodeInterpreterCallCompleted)
            }
            Some("response.code_interpreter_call.in_progress") => {
                codec::from_value(value).map(Self::ResponseCodeInterpreterCallInProgress)
            }
            Some("response.code_interpreter_call.interpreting") => {
                codec::from_value(value)
                    .map(Self::ResponseCodeInterpreterCallInterpreting)
            }
            Some("response.completed") => {
                codec::from_value(value).map(Self::ResponseCompleted)
            }
            Some("response.content_part.added") => {
                codec::from_value(value).map(Self::ResponseContentPartAdded)
            }
            Some("response.content_part.done") => {
                codec::from_value(value).map(Self::ResponseContentPartDone)
            }
            Some("response.created") => {
                codec::from_value(value).map(Self::ResponseCreated)
            }
            Some("error") => codec::from_value(value).map(Self::Error),
            Some("response.file_search_call.completed") => {
                codec::from_value(value).map(Self::ResponseFileSearchCallCompleted)
            }
            Some("response.file_search_call.in_progress") => {
                codec::from_value(value).map(Self::ResponseFileSearchCallInProgress)
            }
            Some("response.file_search_call.searching") => {
                codec::from_value(value).map(Self::ResponseFileSearchCallSearching)
            }
            Some("response.function_call_arguments.delta") => {
                codec::from_value(value).map(Self::ResponseFunctionCallArgumentsDelta)
            }
            Some("response.function_call_arguments.done") => {
                codec::from_value(value).map(Self::ResponseFunctionCallArgumentsDone)
            }
            Some("response.shell_call_command.added") => {
                codec::from_value(value).map(Self::ResponseShellCallCommandAdded)
            }
            Some("response.shell_call_command.delta") => {
                codec::from_value(value).map(Self::ResponseShellCallCommandDelta)
            }
            Some("response.shell_call_command.done") => {
                codec::from_value(value).map(Self::ResponseShellCallCommandDone)
            }
            Some("response.shell_call_output_content.delta") => {
                codec::from_value(value).map(Self::ResponseShellCallOutputContentDelta)
            }
            Some("response.shell_call_output_content.done") => {
                codec::from_value(value).map(Self::ResponseShellCallOutputContentDone)
            }
            Some("response.in_progress") => {
                codec::from_value(value).map(Self::ResponseInProgress)
            }
            Some("response.failed") => codec::from_value(value).map(Self::ResponseFailed),
            Some("response.incomplete") => {
                codec::from_value(value).map(Self::ResponseIncomplete)
            }
            Some("response.output_item.added") => {
                codec::from_value(value).map(Self::ResponseOutputItemAdded)
            }
            Some("response.output_item.done") => {
                codec::from_value(value).map(Self::ResponseOutputItemDone)
            }
            Some("response.reasoning_summary_part.added") => {
                codec::from_value(value).map(Self::ResponseReasoningSummaryPartAdded)
            }
            Some("response.reasoning_summary_part.done") => {
                codec::from_value(value).map(Self::ResponseReasoningSummaryPartDone)
            }
            Some("response.reasoning_summary_text.delta") => {
                codec::from_value(value).map(Self::ResponseReasoningSummaryTextDelta)
            }
            Some("response.reasoning_summary_text.done") => {
                codec::from_value(value).map(Self::ResponseReasoningSummaryTextDone)
            }
            Some("response.reasoning_text.delta") => {
                codec::from_value(value).map(Self::ResponseReasoningTextDelta)
            }
            Some("response.reasoning_text.done") => {
                codec::from_value(value).map(Self::ResponseReasoningTextDone)
            }
            Some("response.refusal.delta") => {
                codec::from_value(value).map(Self::ResponseRefusalDelta)
            }
            Some("response.refusal.done") => {
                codec::from_value(value).map(Self::ResponseRefusalDone)
            }
            Some("response.output_text.delta") => {
                codec::from_value(value).map(Self::ResponseOutputTextDelta)
            }
            Some("response.output_text.done") => {
                codec::from_value(value).map(Self::ResponseOutputTextDone)
            }
            Some("response.web_search_call.completed") => {
                codec::from_value(value).map(Self::ResponseWebSearchCallCompleted)
            }
            Some("response.web_search_call.in_progress") => {
                codec::from_value(value).map(Self::ResponseWebSearchCallInProgress)
            }
            Some("response.web_search_call.searching") => {
                codec::from_value(value).map(Self::ResponseWebSearchCallSearching)
            }
            Some("response.image_generation_call.completed") => {
                codec::from_value(value).map(Self::ResponseImageGenerationCallCompleted)
            }
            Some("response.image_generation_call.generating") => {
                codec::from_value(value).map(Self::ResponseImageGenerationCallGenerating)
            }
            Some("response.image_generation_call.in_progress") => {
                codec::from_value(value).map(Self::ResponseImageGenerationCallInProgress)
            }
            Some("response.image_generation_call.partial_image") => {
                codec::from_value(value)
                    .map(Self::ResponseImageGenerationCallPartialImage)
            }
            Some("response.mcp_call_arguments.delta") => {
                codec::from_value(value).map(Self::ResponseMcpCallArgumentsDelta)
            }
            Some("response.mcp_call_arguments.done") => {
                codec::from_value(value).map(Self::ResponseMcpCallArgumentsDone)
            }
            Some("response.mcp_call.completed") => {
                codec::from_value(value).map(Self::ResponseMcpCallCompleted)
            }
            Some("response.mcp_call.failed") => {
                codec::from_value(value).map(Self::ResponseMcpCallFailed)
            }
            Some("response.mcp_call.in_progress") => {
                codec::from_value(value).map(Self::ResponseMcpCallInProgress)
            }
            Some("response.mcp_list_tools.completed") => {
                codec::from_value(value).map(Self::ResponseMcpListToolsCompleted)
            }
            Some("response.mcp_list_tools.failed") => {
                codec::from_value(value).map(Self::ResponseMcpListToolsFailed)
            }
            Some("response.mcp_list_tools.in_progress") => {
                codec::from_value(value).map(Self::ResponseMcpListToolsInProgress)
            }
            Some("response.output_text.annotation.added") => {
                codec::from_value(value).map(Self::ResponseOutputTextAnnotationAdded)
            }
            Some("response.queued") => codec::from_value(value).map(Self::ResponseQueued),
            Some("response.custom_tool_call_input.delta") => {
                codec::from_value(value).map(Self::ResponseCustomToolCallInputDelta)
            }
            Some("response.custom_tool_call_input.done") => {
                codec::from_value(value).map(Self::ResponseCustomToolCallInputDone)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

impl crate::runtime::StreamEvent for ResponseStreamEvent {
    const END: crate::runtime::StreamEnd = crate::runtime::StreamEnd {
        data: None,
        events: &[
            "response.completed",
            "response.failed",
            "response.incomplete",
            "error",
        ],
    };
    #[inline]
    fn from_sse(
        _event: Option<&str>,
        data: &str,
    ) -> Result<Self, crate::runtime::DecodeError> {
        crate::runtime::sse::decode_data(data)
    }
}

/// A chunk of generated audio. (`response.audio.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseAudioDeltaEvent {
    /// Always `response.audio.delta`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Base64-encoded audio bytes.
    pub delta: String,
}

impl Default for ResponseAudioDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.audio.delta".to_owned(),
            sequence_number: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for ResponseAudioDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseAudioDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseAudioDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseAudioDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The audio output is complete. (`response.audio.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseAudioDoneEvent {
    /// Always `response.audio.done`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseAudioDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.audio.done".to_owned(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseAudioDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseAudioDoneEvent {
    const EXPECTING: &'static str = "a `ResponseAudioDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseAudioDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the transcript of the generated audio. (`response.audio.transcript.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseAudioTranscriptDeltaEvent {
    /// Always `response.audio.transcript.delta`.
    pub r#type: String,
    /// Transcript text added.
    pub delta: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseAudioTranscriptDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.audio.transcript.delta".to_owned(),
            delta: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseAudioTranscriptDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("delta", &self.delta)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseAudioTranscriptDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseAudioTranscriptDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseAudioTranscriptDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The transcript of the generated audio is complete. (`response.audio.transcript.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseAudioTranscriptDoneEvent {
    /// Always `response.audio.transcript.done`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseAudioTranscriptDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.audio.transcript.done".to_owned(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseAudioTranscriptDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseAudioTranscriptDoneEvent {
    const EXPECTING: &'static str = "a `ResponseAudioTranscriptDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseAudioTranscriptDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the code the code interpreter is about to run. (`response.code_interpreter_call_code.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCodeInterpreterCallCodeDeltaEvent {
    /// Always `response.code_interpreter_call_code.delta`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Code text added.
    pub delta: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseCodeInterpreterCallCodeDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.code_interpreter_call_code.delta".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            delta: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseCodeInterpreterCallCodeDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("delta", &self.delta)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCodeInterpreterCallCodeDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseCodeInterpreterCallCodeDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCodeDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The code for a code interpreter call is complete. (`response.code_interpreter_call_code.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCodeInterpreterCallCodeDoneEvent {
    /// Always `response.code_interpreter_call_code.done`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// The full code.
    pub code: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseCodeInterpreterCallCodeDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.code_interpreter_call_code.done".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            code: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseCodeInterpreterCallCodeDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCodeInterpreterCallCodeDoneEvent {
    const EXPECTING: &'static str = "a `ResponseCodeInterpreterCallCodeDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "code" => self.code = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCodeDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A code interpreter call finished. (`response.code_interpreter_call.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCodeInterpreterCallCompletedEvent {
    /// Always `response.code_interpreter_call.completed`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseCodeInterpreterCallCompletedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.code_interpreter_call.completed".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseCodeInterpreterCallCompletedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCodeInterpreterCallCompletedEvent {
    const EXPECTING: &'static str = "a `ResponseCodeInterpreterCallCompletedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCompletedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A code interpreter call started. (`response.code_interpreter_call.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCodeInterpreterCallInProgressEvent {
    /// Always `response.code_interpreter_call.in_progress`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseCodeInterpreterCallInProgressEvent {
    fn default() -> Self {
        Self {
            r#type: "response.code_interpreter_call.in_progress".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseCodeInterpreterCallInProgressEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCodeInterpreterCallInProgressEvent {
    const EXPECTING: &'static str = "a `ResponseCodeInterpreterCallInProgressEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallInProgressEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The code interpreter is executing the code. (`response.code_interpreter_call.interpreting`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCodeInterpreterCallInterpretingEvent {
    /// Always `response.code_interpreter_call.interpreting`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseCodeInterpreterCallInterpretingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.code_interpreter_call.interpreting".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseCodeInterpreterCallInterpretingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCodeInterpreterCallInterpretingEvent {
    const EXPECTING: &'static str = "a `ResponseCodeInterpreterCallInterpretingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallInterpretingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The response finished successfully; carries the final object. (`response.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCompletedEvent {
    /// Always `response.completed`.
    pub r#type: String,
    /// The finished response.
    pub response: Response,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseCompletedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.completed".to_owned(),
            response: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseCompletedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response", &self.response)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCompletedEvent {
    const EXPECTING: &'static str = "a `ResponseCompletedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCompletedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A new content part was started in an output item. (`response.content_part.added`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseContentPartAddedEvent {
    /// Always `response.content_part.added`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// The new, still empty, part.
    pub part: OutputContent,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseContentPartAddedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.content_part.added".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            part: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseContentPartAddedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("part", &self.part)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseContentPartAddedEvent {
    const EXPECTING: &'static str = "a `ResponseContentPartAddedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "part" => self.part = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseContentPartAddedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A content part reported by streaming events.
#[derive(Debug, Clone, PartialEq)]
pub enum OutputContent {
    /// Text written by the model, with citations.
    OutputText(OutputTextContent),
    /// The model declined to answer.
    Refusal(RefusalContent),
    /// Raw reasoning text from the model.
    ReasoningText(ReasoningTextContent),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for OutputContent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<OutputTextContent> for OutputContent {
    fn from(value: OutputTextContent) -> Self {
        Self::OutputText(value)
    }
}

impl From<RefusalContent> for OutputContent {
    fn from(value: RefusalContent) -> Self {
        Self::Refusal(value)
    }
}

impl From<ReasoningTextContent> for OutputContent {
    fn from(value: ReasoningTextContent) -> Self {
        Self::ReasoningText(value)
    }
}

impl Serialize for OutputContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::OutputText(value) => Serialize::serialize(value, serializer),
            Self::Refusal(value) => Serialize::serialize(value, serializer),
            Self::ReasoningText(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for OutputContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("output_text") => codec::from_value(value).map(Self::OutputText),
            Some("refusal") => codec::from_value(value).map(Self::Refusal),
            Some("reasoning_text") => codec::from_value(value).map(Self::ReasoningText),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A content part is complete. (`response.content_part.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseContentPartDoneEvent {
    /// Always `response.content_part.done`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// The finished part.
    pub part: OutputContent,
}

impl Default for ResponseContentPartDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.content_part.done".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            sequence_number: Default::default(),
            part: Default::default(),
        }
    }
}

impl Serialize for ResponseContentPartDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("part", &self.part)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseContentPartDoneEvent {
    const EXPECTING: &'static str = "a `ResponseContentPartDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "part" => self.part = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseContentPartDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The response object was created; always the first event. (`response.created`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCreatedEvent {
    /// Always `response.created`.
    pub r#type: String,
    /// The response in its initial state.
    pub response: Response,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseCreatedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.created".to_owned(),
            response: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseCreatedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response", &self.response)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCreatedEvent {
    const EXPECTING: &'static str = "a `ResponseCreatedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCreatedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Something went wrong while streaming. (`error`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseErrorEvent {
    /// Always `error`.
    pub r#type: String,
    /// Error code.
    pub code: Option<String>,
    /// Explanation of the error.
    pub message: String,
    /// Parameter the error relates to.
    pub param: Option<String>,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseErrorEvent {
    fn default() -> Self {
        Self {
            r#type: "error".to_owned(),
            code: Default::default(),
            message: Default::default(),
            param: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseErrorEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.serialize_entry("param", &self.param)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseErrorEvent {
    const EXPECTING: &'static str = "a `ResponseErrorEvent` object";
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
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseErrorEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A file search call finished. (`response.file_search_call.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFileSearchCallCompletedEvent {
    /// Always `response.file_search_call.completed`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseFileSearchCallCompletedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.file_search_call.completed".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseFileSearchCallCompletedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseFileSearchCallCompletedEvent {
    const EXPECTING: &'static str = "a `ResponseFileSearchCallCompletedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseFileSearchCallCompletedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A file search call started. (`response.file_search_call.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFileSearchCallInProgressEvent {
    /// Always `response.file_search_call.in_progress`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseFileSearchCallInProgressEvent {
    fn default() -> Self {
        Self {
            r#type: "response.file_search_call.in_progress".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseFileSearchCallInProgressEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseFileSearchCallInProgressEvent {
    const EXPECTING: &'static str = "a `ResponseFileSearchCallInProgressEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseFileSearchCallInProgressEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A file search call is querying the vector stores. (`response.file_search_call.searching`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFileSearchCallSearchingEvent {
    /// Always `response.file_search_call.searching`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseFileSearchCallSearchingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.file_search_call.searching".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseFileSearchCallSearchingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseFileSearchCallSearchingEvent {
    const EXPECTING: &'static str = "a `ResponseFileSearchCallSearchingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseFileSearchCallSearchingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the JSON arguments of a function call. (`response.function_call_arguments.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFunctionCallArgumentsDeltaEvent {
    /// Always `response.function_call_arguments.delta`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Argument text added.
    pub delta: String,
}

impl Default for ResponseFunctionCallArgumentsDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.function_call_arguments.delta".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            sequence_number: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for ResponseFunctionCallArgumentsDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseFunctionCallArgumentsDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseFunctionCallArgumentsDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseFunctionCallArgumentsDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The arguments of a function call are complete. (`response.function_call_arguments.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFunctionCallArgumentsDoneEvent {
    /// Always `response.function_call_arguments.done`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Name of the function.
    pub name: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// The full arguments as a JSON-encoded string.
    pub arguments: String,
}

impl Default for ResponseFunctionCallArgumentsDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.function_call_arguments.done".to_owned(),
            item_id: Default::default(),
            name: Default::default(),
            output_index: Default::default(),
            sequence_number: Default::default(),
            arguments: Default::default(),
        }
    }
}

impl Serialize for ResponseFunctionCallArgumentsDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseFunctionCallArgumentsDoneEvent {
    const EXPECTING: &'static str = "a `ResponseFunctionCallArgumentsDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseFunctionCallArgumentsDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A command was added to a shell call. (`response.shell_call_command.added`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseShellCallCommandAddedStreamingEvent {
    /// Always `response.shell_call_command.added`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Index of the command within the shell call.
    pub command_index: i64,
    /// The command text so far.
    pub command: String,
}

impl Default for ResponseShellCallCommandAddedStreamingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.shell_call_command.added".to_owned(),
            sequence_number: Default::default(),
            output_index: Default::default(),
            command_index: Default::default(),
            command: Default::default(),
        }
    }
}

impl Serialize for ResponseShellCallCommandAddedStreamingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("command_index", &self.command_index)?;
        map.serialize_entry("command", &self.command)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseShellCallCommandAddedStreamingEvent {
    const EXPECTING: &'static str = "a `ResponseShellCallCommandAddedStreamingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "command_index" => {
                self.command_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "command" => self.command = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseShellCallCommandAddedStreamingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of a shell command. (`response.shell_call_command.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseShellCallCommandDeltaStreamingEvent {
    /// Always `response.shell_call_command.delta`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Index of the command within the shell call.
    pub command_index: i64,
    /// Command text added.
    pub delta: String,
    /// Random padding that hides the payload size.
    pub obfuscation: Option<String>,
}

impl Default for ResponseShellCallCommandDeltaStreamingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.shell_call_command.delta".to_owned(),
            sequence_number: Default::default(),
            output_index: Default::default(),
            command_index: Default::default(),
            delta: Default::default(),
            obfuscation: Default::default(),
        }
    }
}

impl Serialize for ResponseShellCallCommandDeltaStreamingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("command_index", &self.command_index)?;
        map.serialize_entry("delta", &self.delta)?;
        codec::optional_entry(&mut map, "obfuscation", &self.obfuscation)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseShellCallCommandDeltaStreamingEvent {
    const EXPECTING: &'static str = "a `ResponseShellCallCommandDeltaStreamingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "command_index" => {
                self.command_index = map.next_value::<codec::Lenient<_>>()?.0;
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

impl<'de> Deserialize<'de> for ResponseShellCallCommandDeltaStreamingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A shell command is complete. (`response.shell_call_command.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseShellCallCommandDoneStreamingEvent {
    /// Always `response.shell_call_command.done`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Index of the command within the shell call.
    pub command_index: i64,
    /// The full command.
    pub command: String,
}

impl Default for ResponseShellCallCommandDoneStreamingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.shell_call_command.done".to_owned(),
            sequence_number: Default::default(),
            output_index: Default::default(),
            command_index: Default::default(),
            command: Default::default(),
        }
    }
}

impl Serialize for ResponseShellCallCommandDoneStreamingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("command_index", &self.command_index)?;
        map.serialize_entry("command", &self.command)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseShellCallCommandDoneStreamingEvent {
    const EXPECTING: &'static str = "a `ResponseShellCallCommandDoneStreamingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "command_index" => {
                self.command_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "command" => self.command = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseShellCallCommandDoneStreamingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of the output of a shell command. (`response.shell_call_output_content.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseShellCallOutputContentDeltaStreamingEvent {
    /// Always `response.shell_call_output_content.delta`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Index of the command within the shell call.
    pub command_index: i64,
    /// Output text added.
    pub delta: ShellCallOutputDelta,
}

impl Default for ResponseShellCallOutputContentDeltaStreamingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.shell_call_output_content.delta".to_owned(),
            sequence_number: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            command_index: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for ResponseShellCallOutputContentDeltaStreamingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("command_index", &self.command_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseShellCallOutputContentDeltaStreamingEvent {
    const EXPECTING: &'static str = "a `ResponseShellCallOutputContentDeltaStreamingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "command_index" => {
                self.command_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseShellCallOutputContentDeltaStreamingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// New output of a shell command.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShellCallOutputDelta {
    /// Text added to standard output.
    pub stdout: Option<String>,
    /// Text added to standard error.
    pub stderr: Option<String>,
}

impl Serialize for ShellCallOutputDelta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "stdout", &self.stdout)?;
        codec::optional_entry(&mut map, "stderr", &self.stderr)?;
        map.end()
    }
}

impl codec::ObjectFields for ShellCallOutputDelta {
    const EXPECTING: &'static str = "a `ShellCallOutputDelta` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "stdout" => self.stdout = map.next_value()?,
            "stderr" => self.stderr = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ShellCallOutputDelta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The output of a shell command is complete. (`response.shell_call_output_content.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseShellCallOutputContentDoneStreamingEvent {
    /// Always `response.shell_call_output_content.done`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Index of the command within the shell call.
    pub command_index: i64,
    /// The full output.
    pub output: Vec<FunctionShellCallOutputContent>,
}

impl Default for ResponseShellCallOutputContentDoneStreamingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.shell_call_output_content.done".to_owned(),
            sequence_number: Default::default(),
            item_id: Default::default(),
            output_index: Default::default(),
            command_index: Default::default(),
            output: Default::default(),
        }
    }
}

impl Serialize for ResponseShellCallOutputContentDoneStreamingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("command_index", &self.command_index)?;
        map.serialize_entry("output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseShellCallOutputContentDoneStreamingEvent {
    const EXPECTING: &'static str = "a `ResponseShellCallOutputContentDoneStreamingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "command_index" => {
                self.command_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output" => self.output = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseShellCallOutputContentDoneStreamingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Complete output of one shell command.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FunctionShellCallOutputContent {
    /// Everything written to standard output.
    pub stdout: String,
    /// Everything written to standard error.
    pub stderr: String,
    /// How the command ended.
    pub outcome: FunctionShellCallOutcome,
    /// Who produced the output.
    pub created_by: Option<String>,
}

impl Serialize for FunctionShellCallOutputContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("stdout", &self.stdout)?;
        map.serialize_entry("stderr", &self.stderr)?;
        map.serialize_entry("outcome", &self.outcome)?;
        codec::optional_entry(&mut map, "created_by", &self.created_by)?;
        map.end()
    }
}

impl codec::ObjectFields for FunctionShellCallOutputContent {
    const EXPECTING: &'static str = "a `FunctionShellCallOutputContent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "stdout" => self.stdout = map.next_value::<codec::Lenient<_>>()?.0,
            "stderr" => self.stderr = map.next_value::<codec::Lenient<_>>()?.0,
            "outcome" => self.outcome = map.next_value::<codec::Lenient<_>>()?.0,
            "created_by" => self.created_by = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FunctionShellCallOutputContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// How a shell command ended.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionShellCallOutcome {
    /// The command was stopped because it ran too long.
    Timeout(FunctionShellCallOutputTimeoutOutcome),
    /// The command exited by itself.
    Exit(FunctionShellCallOutputExitOutcome),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for FunctionShellCallOutcome {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<FunctionShellCallOutputTimeoutOutcome> for FunctionShellCallOutcome {
    fn from(value: FunctionShellCallOutputTimeoutOutcome) -> Self {
        Self::Timeout(value)
    }
}

impl From<FunctionShellCallOutputExitOutcome> for FunctionShellCallOutcome {
    fn from(value: FunctionShellCallOutputExitOutcome) -> Self {
        Self::Exit(value)
    }
}

impl Serialize for FunctionShellCallOutcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Timeout(value) => Serialize::serialize(value, serializer),
            Self::Exit(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FunctionShellCallOutcome {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("timeout") => codec::from_value(value).map(Self::Timeout),
            Some("exit") => codec::from_value(value).map(Self::Exit),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The command was stopped because it ran too long.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionShellCallOutputTimeoutOutcome {
    /// Always `timeout`.
    pub r#type: String,
}

impl Default for FunctionShellCallOutputTimeoutOutcome {
    fn default() -> Self {
        Self {
            r#type: "timeout".to_owned(),
        }
    }
}

impl Serialize for FunctionShellCallOutputTimeoutOutcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for FunctionShellCallOutputTimeoutOutcome {
    const EXPECTING: &'static str = "a `FunctionShellCallOutputTimeoutOutcome` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FunctionShellCallOutputTimeoutOutcome {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The command exited by itself.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionShellCallOutputExitOutcome {
    /// Always `exit`.
    pub r#type: String,
    /// Exit status of the process.
    pub exit_code: i64,
}

impl Default for FunctionShellCallOutputExitOutcome {
    fn default() -> Self {
        Self {
            r#type: "exit".to_owned(),
            exit_code: Default::default(),
        }
    }
}

impl Serialize for FunctionShellCallOutputExitOutcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("exit_code", &self.exit_code)?;
        map.end()
    }
}

impl codec::ObjectFields for FunctionShellCallOutputExitOutcome {
    const EXPECTING: &'static str = "a `FunctionShellCallOutputExitOutcome` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "exit_code" => self.exit_code = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FunctionShellCallOutputExitOutcome {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The response is being generated. (`response.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseInProgressEvent {
    /// Always `response.in_progress`.
    pub r#type: String,
    /// The response in its current state.
    pub response: Response,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseInProgressEvent {
    fn default() -> Self {
        Self {
            r#type: "response.in_progress".to_owned(),
            response: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseInProgressEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response", &self.response)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseInProgressEvent {
    const EXPECTING: &'static str = "a `ResponseInProgressEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseInProgressEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The response failed; carries the object with its error. (`response.failed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseFailedEvent {
    /// Always `response.failed`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// The failed response.
    pub response: Response,
}

impl Default for ResponseFailedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.failed".to_owned(),
            sequence_number: Default::default(),
            response: Default::default(),
        }
    }
}

impl Serialize for ResponseFailedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("response", &self.response)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseFailedEvent {
    const EXPECTING: &'static str = "a `ResponseFailedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "response" => self.response = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseFailedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The response stopped early; see its incomplete details. (`response.incomplete`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseIncompleteEvent {
    /// Always `response.incomplete`.
    pub r#type: String,
    /// The incomplete response.
    pub response: Response,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseIncompleteEvent {
    fn default() -> Self {
        Self {
            r#type: "response.incomplete".to_owned(),
            response: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseIncompleteEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response", &self.response)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseIncompleteEvent {
    const EXPECTING: &'static str = "a `ResponseIncompleteEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseIncompleteEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A new output item was started. (`response.output_item.added`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseOutputItemAddedEvent {
    /// Always `response.output_item.added`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// The new item.
    pub item: OutputItem,
}

impl Default for ResponseOutputItemAddedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.output_item.added".to_owned(),
            output_index: Default::default(),
            sequence_number: Default::default(),
            item: Default::default(),
        }
    }
}

impl Serialize for ResponseOutputItemAddedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseOutputItemAddedEvent {
    const EXPECTING: &'static str = "a `ResponseOutputItemAddedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseOutputItemAddedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An output item is complete. (`response.output_item.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseOutputItemDoneEvent {
    /// Always `response.output_item.done`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// The finished item.
    pub item: OutputItem,
}

impl Default for ResponseOutputItemDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.output_item.done".to_owned(),
            output_index: Default::default(),
            sequence_number: Default::default(),
            item: Default::default(),
        }
    }
}

impl Serialize for ResponseOutputItemDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("item", &self.item)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseOutputItemDoneEvent {
    const EXPECTING: &'static str = "a `ResponseOutputItemDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseOutputItemDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A new reasoning summary part was started. (`response.reasoning_summary_part.added`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseReasoningSummaryPartAddedEvent {
    /// Always `response.reasoning_summary_part.added`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Which summary part of the reasoning item this event concerns.
    pub summary_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// The new part.
    pub part: ReasoningSummaryPart,
}

impl Default for ResponseReasoningSummaryPartAddedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.reasoning_summary_part.added".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            summary_index: Default::default(),
            sequence_number: Default::default(),
            part: Default::default(),
        }
    }
}

impl Serialize for ResponseReasoningSummaryPartAddedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("summary_index", &self.summary_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("part", &self.part)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseReasoningSummaryPartAddedEvent {
    const EXPECTING: &'static str = "a `ResponseReasoningSummaryPartAddedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "summary_index" => {
                self.summary_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "part" => self.part = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseReasoningSummaryPartAddedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A part of a reasoning summary, as reported by streaming events.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasoningSummaryPart {
    /// Always `summary_text`.
    pub r#type: String,
    /// Summary text of the part.
    pub text: String,
}

impl Default for ReasoningSummaryPart {
    fn default() -> Self {
        Self {
            r#type: "summary_text".to_owned(),
            text: Default::default(),
        }
    }
}

impl Serialize for ReasoningSummaryPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for ReasoningSummaryPart {
    const EXPECTING: &'static str = "a `ReasoningSummaryPart` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ReasoningSummaryPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A reasoning summary part is complete. (`response.reasoning_summary_part.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseReasoningSummaryPartDoneEvent {
    /// Always `response.reasoning_summary_part.done`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Which summary part of the reasoning item this event concerns.
    pub summary_index: i64,
    /// Present (as `incomplete`) only when the part was cut short.
    pub status: Option<String>,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// The finished part.
    pub part: ReasoningSummaryPart,
}

impl Default for ResponseReasoningSummaryPartDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.reasoning_summary_part.done".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            summary_index: Default::default(),
            status: Default::default(),
            sequence_number: Default::default(),
            part: Default::default(),
        }
    }
}

impl Serialize for ResponseReasoningSummaryPartDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("summary_index", &self.summary_index)?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("part", &self.part)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseReasoningSummaryPartDoneEvent {
    const EXPECTING: &'static str = "a `ResponseReasoningSummaryPartDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "summary_index" => {
                self.summary_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "status" => self.status = map.next_value()?,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "part" => self.part = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseReasoningSummaryPartDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of reasoning summary text. (`response.reasoning_summary_text.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseReasoningSummaryTextDeltaEvent {
    /// Always `response.reasoning_summary_text.delta`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Which summary part of the reasoning item this event concerns.
    pub summary_index: i64,
    /// Summary text added.
    pub delta: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseReasoningSummaryTextDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.reasoning_summary_text.delta".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            summary_index: Default::default(),
            delta: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseReasoningSummaryTextDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("summary_index", &self.summary_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseReasoningSummaryTextDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseReasoningSummaryTextDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "summary_index" => {
                self.summary_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseReasoningSummaryTextDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A reasoning summary text is complete. (`response.reasoning_summary_text.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseReasoningSummaryTextDoneEvent {
    /// Always `response.reasoning_summary_text.done`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Which summary part of the reasoning item this event concerns.
    pub summary_index: i64,
    /// The full summary text.
    pub text: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseReasoningSummaryTextDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.reasoning_summary_text.done".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            summary_index: Default::default(),
            text: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseReasoningSummaryTextDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("summary_index", &self.summary_index)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseReasoningSummaryTextDoneEvent {
    const EXPECTING: &'static str = "a `ResponseReasoningSummaryTextDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "summary_index" => {
                self.summary_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseReasoningSummaryTextDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of raw reasoning text. (`response.reasoning_text.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseReasoningTextDeltaEvent {
    /// Always `response.reasoning_text.delta`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// Reasoning text added.
    pub delta: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseReasoningTextDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.reasoning_text.delta".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            delta: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseReasoningTextDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseReasoningTextDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseReasoningTextDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseReasoningTextDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A raw reasoning text is complete. (`response.reasoning_text.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseReasoningTextDoneEvent {
    /// Always `response.reasoning_text.done`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// The full reasoning text.
    pub text: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseReasoningTextDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.reasoning_text.done".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            text: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseReasoningTextDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseReasoningTextDoneEvent {
    const EXPECTING: &'static str = "a `ResponseReasoningTextDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseReasoningTextDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of refusal text. (`response.refusal.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseRefusalDeltaEvent {
    /// Always `response.refusal.delta`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// Refusal text added.
    pub delta: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseRefusalDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.refusal.delta".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            delta: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseRefusalDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseRefusalDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseRefusalDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseRefusalDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A refusal is complete. (`response.refusal.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseRefusalDoneEvent {
    /// Always `response.refusal.done`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// The full refusal text.
    pub refusal: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseRefusalDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.refusal.done".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            refusal: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseRefusalDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("refusal", &self.refusal)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseRefusalDoneEvent {
    const EXPECTING: &'static str = "a `ResponseRefusalDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "refusal" => self.refusal = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseRefusalDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A piece of output text. (`response.output_text.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseTextDeltaEvent {
    /// Always `response.output_text.delta`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// Text added.
    pub delta: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Log probabilities of the tokens, when requested.
    pub logprobs: Vec<ResponseLogProb>,
}

impl Default for ResponseTextDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.output_text.delta".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            delta: Default::default(),
            sequence_number: Default::default(),
            logprobs: Default::default(),
        }
    }
}

impl Serialize for ResponseTextDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("delta", &self.delta)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("logprobs", &self.logprobs)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseTextDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseTextDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "logprobs" => self.logprobs = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseTextDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Log probability of a streamed token and its best alternatives.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseLogProb {
    /// The token.
    pub token: String,
    /// Natural log of the token's probability.
    pub logprob: f64,
    /// The most likely alternatives at this position.
    pub top_logprobs: Option<Vec<ResponseLogProbTopLogprobsItem>>,
}

impl Serialize for ResponseLogProb {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("token", &self.token)?;
        map.serialize_entry("logprob", &self.logprob)?;
        codec::optional_entry(&mut map, "top_logprobs", &self.top_logprobs)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseLogProb {
    const EXPECTING: &'static str = "a `ResponseLogProb` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "token" => self.token = map.next_value::<codec::Lenient<_>>()?.0,
            "logprob" => self.logprob = map.next_value::<codec::Lenient<_>>()?.0,
            "top_logprobs" => self.top_logprobs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseLogProb {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `top_logprobs` field of [`ResponseLogProb`](crate::types::ResponseLogProb).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseLogProbTopLogprobsItem {
    /// An alternative token.
    pub token: Option<String>,
    /// Natural log of its probability.
    pub logprob: Option<f64>,
}

impl Serialize for ResponseLogProbTopLogprobsItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "token", &self.token)?;
        codec::optional_entry(&mut map, "logprob", &self.logprob)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseLogProbTopLogprobsItem {
    const EXPECTING: &'static str = "a `ResponseLogProbTopLogprobsItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "token" => self.token = map.next_value()?,
            "logprob" => self.logprob = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseLogProbTopLogprobsItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An output text part is complete. (`response.output_text.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseTextDoneEvent {
    /// Always `response.output_text.done`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// The full text.
    pub text: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Log probabilities of the tokens, when requested.
    pub logprobs: Vec<ResponseLogProb>,
}

impl Default for ResponseTextDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.output_text.done".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            text: Default::default(),
            sequence_number: Default::default(),
            logprobs: Default::default(),
        }
    }
}

impl Serialize for ResponseTextDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("logprobs", &self.logprobs)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseTextDoneEvent {
    const EXPECTING: &'static str = "a `ResponseTextDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "logprobs" => self.logprobs = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseTextDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A web search call finished. (`response.web_search_call.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseWebSearchCallCompletedEvent {
    /// Always `response.web_search_call.completed`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseWebSearchCallCompletedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.web_search_call.completed".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseWebSearchCallCompletedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseWebSearchCallCompletedEvent {
    const EXPECTING: &'static str = "a `ResponseWebSearchCallCompletedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseWebSearchCallCompletedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A web search call started. (`response.web_search_call.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseWebSearchCallInProgressEvent {
    /// Always `response.web_search_call.in_progress`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseWebSearchCallInProgressEvent {
    fn default() -> Self {
        Self {
            r#type: "response.web_search_call.in_progress".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseWebSearchCallInProgressEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseWebSearchCallInProgressEvent {
    const EXPECTING: &'static str = "a `ResponseWebSearchCallInProgressEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseWebSearchCallInProgressEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A web search call is querying the web. (`response.web_search_call.searching`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseWebSearchCallSearchingEvent {
    /// Always `response.web_search_call.searching`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseWebSearchCallSearchingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.web_search_call.searching".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseWebSearchCallSearchingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseWebSearchCallSearchingEvent {
    const EXPECTING: &'static str = "a `ResponseWebSearchCallSearchingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseWebSearchCallSearchingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An image generation call finished. (`response.image_generation_call.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseImageGenCallCompletedEvent {
    /// Always `response.image_generation_call.completed`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
}

impl Default for ResponseImageGenCallCompletedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.image_generation_call.completed".to_owned(),
            output_index: Default::default(),
            sequence_number: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for ResponseImageGenCallCompletedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseImageGenCallCompletedEvent {
    const EXPECTING: &'static str = "a `ResponseImageGenCallCompletedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseImageGenCallCompletedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An image is being rendered. (`response.image_generation_call.generating`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseImageGenCallGeneratingEvent {
    /// Always `response.image_generation_call.generating`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseImageGenCallGeneratingEvent {
    fn default() -> Self {
        Self {
            r#type: "response.image_generation_call.generating".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseImageGenCallGeneratingEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseImageGenCallGeneratingEvent {
    const EXPECTING: &'static str = "a `ResponseImageGenCallGeneratingEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseImageGenCallGeneratingEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An image generation call started. (`response.image_generation_call.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseImageGenCallInProgressEvent {
    /// Always `response.image_generation_call.in_progress`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseImageGenCallInProgressEvent {
    fn default() -> Self {
        Self {
            r#type: "response.image_generation_call.in_progress".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseImageGenCallInProgressEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseImageGenCallInProgressEvent {
    const EXPECTING: &'static str = "a `ResponseImageGenCallInProgressEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseImageGenCallInProgressEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A partially rendered image is available. (`response.image_generation_call.partial_image`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseImageGenCallPartialImageEvent {
    /// Always `response.image_generation_call.partial_image`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Index of this partial image, starting at 0.
    pub partial_image_index: i64,
    /// The partial image, base64-encoded.
    pub partial_image_b64: String,
    /// Size of the image.
    pub size: Option<String>,
    /// Quality setting used.
    pub quality: Option<String>,
    /// Background setting used.
    pub background: Option<String>,
    /// File format of the image.
    pub output_format: Option<String>,
}

impl Default for ResponseImageGenCallPartialImageEvent {
    fn default() -> Self {
        Self {
            r#type: "response.image_generation_call.partial_image".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            sequence_number: Default::default(),
            partial_image_index: Default::default(),
            partial_image_b64: Default::default(),
            size: Default::default(),
            quality: Default::default(),
            background: Default::default(),
            output_format: Default::default(),
        }
    }
}

impl Serialize for ResponseImageGenCallPartialImageEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("partial_image_index", &self.partial_image_index)?;
        map.serialize_entry("partial_image_b64", &self.partial_image_b64)?;
        codec::optional_entry(&mut map, "size", &self.size)?;
        codec::optional_entry(&mut map, "quality", &self.quality)?;
        codec::optional_entry(&mut map, "background", &self.background)?;
        codec::optional_entry(&mut map, "output_format", &self.output_format)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseImageGenCallPartialImageEvent {
    const EXPECTING: &'static str = "a `ResponseImageGenCallPartialImageEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "partial_image_index" => {
                self.partial_image_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "partial_image_b64" => {
                self.partial_image_b64 = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "size" => self.size = map.next_value()?,
            "quality" => self.quality = map.next_value()?,
            "background" => self.background = map.next_value()?,
            "output_format" => self.output_format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseImageGenCallPartialImageEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A chunk of JSON argument text for an MCP tool call. (`response.mcp_call_arguments.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseMcpCallArgumentsDeltaEvent {
    /// Always `response.mcp_call_arguments.delta`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Argument text added.
    pub delta: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseMcpCallArgumentsDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.mcp_call_arguments.delta".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            delta: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseMcpCallArgumentsDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("delta", &self.delta)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseMcpCallArgumentsDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseMcpCallArgumentsDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseMcpCallArgumentsDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An MCP tool call has received all its arguments. (`response.mcp_call_arguments.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseMcpCallArgumentsDoneEvent {
    /// Always `response.mcp_call_arguments.done`.
    pub r#type: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// The full arguments as a JSON-encoded string.
    pub arguments: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseMcpCallArgumentsDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.mcp_call_arguments.done".to_owned(),
            output_index: Default::default(),
            item_id: Default::default(),
            arguments: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseMcpCallArgumentsDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseMcpCallArgumentsDoneEvent {
    const EXPECTING: &'static str = "a `ResponseMcpCallArgumentsDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseMcpCallArgumentsDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An MCP tool call finished. (`response.mcp_call.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseMcpCallCompletedEvent {
    /// Always `response.mcp_call.completed`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseMcpCallCompletedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.mcp_call.completed".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseMcpCallCompletedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseMcpCallCompletedEvent {
    const EXPECTING: &'static str = "a `ResponseMcpCallCompletedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseMcpCallCompletedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An MCP tool call failed. (`response.mcp_call.failed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseMcpCallFailedEvent {
    /// Always `response.mcp_call.failed`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseMcpCallFailedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.mcp_call.failed".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseMcpCallFailedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseMcpCallFailedEvent {
    const EXPECTING: &'static str = "a `ResponseMcpCallFailedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseMcpCallFailedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An MCP tool call started. (`response.mcp_call.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseMcpCallInProgressEvent {
    /// Always `response.mcp_call.in_progress`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
}

impl Default for ResponseMcpCallInProgressEvent {
    fn default() -> Self {
        Self {
            r#type: "response.mcp_call.in_progress".to_owned(),
            sequence_number: Default::default(),
            output_index: Default::default(),
            item_id: Default::default(),
        }
    }
}

impl Serialize for ResponseMcpCallInProgressEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseMcpCallInProgressEvent {
    const EXPECTING: &'static str = "a `ResponseMcpCallInProgressEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
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

impl<'de> Deserialize<'de> for ResponseMcpCallInProgressEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The tool list of an MCP server was retrieved. (`response.mcp_list_tools.completed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseMcpListToolsCompletedEvent {
    /// Always `response.mcp_list_tools.completed`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseMcpListToolsCompletedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.mcp_list_tools.completed".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseMcpListToolsCompletedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseMcpListToolsCompletedEvent {
    const EXPECTING: &'static str = "a `ResponseMcpListToolsCompletedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseMcpListToolsCompletedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Retrieving the tool list of an MCP server failed. (`response.mcp_list_tools.failed`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseMcpListToolsFailedEvent {
    /// Always `response.mcp_list_tools.failed`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseMcpListToolsFailedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.mcp_list_tools.failed".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseMcpListToolsFailedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseMcpListToolsFailedEvent {
    const EXPECTING: &'static str = "a `ResponseMcpListToolsFailedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseMcpListToolsFailedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The tool list of an MCP server is being retrieved. (`response.mcp_list_tools.in_progress`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseMcpListToolsInProgressEvent {
    /// Always `response.mcp_list_tools.in_progress`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseMcpListToolsInProgressEvent {
    fn default() -> Self {
        Self {
            r#type: "response.mcp_list_tools.in_progress".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseMcpListToolsInProgressEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseMcpListToolsInProgressEvent {
    const EXPECTING: &'static str = "a `ResponseMcpListToolsInProgressEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseMcpListToolsInProgressEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A citation was attached to output text. (`response.output_text.annotation.added`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseOutputTextAnnotationAddedEvent {
    /// Always `response.output_text.annotation.added`.
    pub r#type: String,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Position of the content part inside the item.
    pub content_index: i64,
    /// Index of the annotation within the part.
    pub annotation_index: i64,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// The new annotation.
    pub annotation: Option<Annotation>,
}

impl Default for ResponseOutputTextAnnotationAddedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.output_text.annotation.added".to_owned(),
            item_id: Default::default(),
            output_index: Default::default(),
            content_index: Default::default(),
            annotation_index: Default::default(),
            sequence_number: Default::default(),
            annotation: Default::default(),
        }
    }
}

impl Serialize for ResponseOutputTextAnnotationAddedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("content_index", &self.content_index)?;
        map.serialize_entry("annotation_index", &self.annotation_index)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("annotation", &self.annotation)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseOutputTextAnnotationAddedEvent {
    const EXPECTING: &'static str = "a `ResponseOutputTextAnnotationAddedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "content_index" => {
                self.content_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "annotation_index" => {
                self.annotation_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "annotation" => self.annotation = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseOutputTextAnnotationAddedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The response is waiting for capacity. (`response.queued`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseQueuedEvent {
    /// Always `response.queued`.
    pub r#type: String,
    /// The queued response.
    pub response: Response,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
}

impl Default for ResponseQueuedEvent {
    fn default() -> Self {
        Self {
            r#type: "response.queued".to_owned(),
            response: Default::default(),
            sequence_number: Default::default(),
        }
    }
}

impl Serialize for ResponseQueuedEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("response", &self.response)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseQueuedEvent {
    const EXPECTING: &'static str = "a `ResponseQueuedEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "response" => self.response = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseQueuedEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A chunk of input text for a custom tool call. (`response.custom_tool_call_input.delta`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCustomToolCallInputDeltaEvent {
    /// Always `response.custom_tool_call_input.delta`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// Input text added.
    pub delta: String,
}

impl Default for ResponseCustomToolCallInputDeltaEvent {
    fn default() -> Self {
        Self {
            r#type: "response.custom_tool_call_input.delta".to_owned(),
            sequence_number: Default::default(),
            output_index: Default::default(),
            item_id: Default::default(),
            delta: Default::default(),
        }
    }
}

impl Serialize for ResponseCustomToolCallInputDeltaEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("delta", &self.delta)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCustomToolCallInputDeltaEvent {
    const EXPECTING: &'static str = "a `ResponseCustomToolCallInputDeltaEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "delta" => self.delta = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCustomToolCallInputDeltaEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A custom tool call has received its whole input. (`response.custom_tool_call_input.done`)
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCustomToolCallInputDoneEvent {
    /// Always `response.custom_tool_call_input.done`.
    pub r#type: String,
    /// Position of this event in the stream, starting at 0.
    pub sequence_number: i64,
    /// Index of the output item this event concerns.
    pub output_index: i64,
    /// Id of the output item this event concerns.
    pub item_id: String,
    /// The full input.
    pub input: String,
}

impl Default for ResponseCustomToolCallInputDoneEvent {
    fn default() -> Self {
        Self {
            r#type: "response.custom_tool_call_input.done".to_owned(),
            sequence_number: Default::default(),
            output_index: Default::default(),
            item_id: Default::default(),
            input: Default::default(),
        }
    }
}

impl Serialize for ResponseCustomToolCallInputDoneEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("sequence_number", &self.sequence_number)?;
        map.serialize_entry("output_index", &self.output_index)?;
        map.serialize_entry("item_id", &self.item_id)?;
        map.serialize_entry("input", &self.input)?;
        map.end()
    }
}

impl codec::ObjectFields for ResponseCustomToolCallInputDoneEvent {
    const EXPECTING: &'static str = "a `ResponseCustomToolCallInputDoneEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "sequence_number" => {
                self.sequence_number = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_index" => {
                self.output_index = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "item_id" => self.item_id = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ResponseCustomToolCallInputDoneEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
