// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
// Copied from the spec's helper module `responses` (x-rust-client/modules); edit it there.

//! Responses helpers: a stream of events folded into the `Response` it describes, and the
//! readers an application reaches for on a response.

use crate::runtime::Accumulate;
use crate::types::*;

impl Accumulate for ResponseStreamEvent {
    type Snapshot = Response;

    /// Lifecycle events (`response.created`, `.in_progress`, `.completed`, `.failed`,
    /// `.incomplete`, `.queued`) carry the whole response and replace the snapshot; item and
    /// content-part events place their part at its `output_index` / `content_index`; text,
    /// refusal and function-call argument deltas are appended, and their `.done` events set
    /// the whole value. Progress events of built-in tools change nothing.
    fn apply_to(&self, response: &mut Response) {
        use ResponseStreamEvent as E;
        match self {
            E::ResponseCreated(e) => response.clone_from(&e.response),
            E::ResponseInProgress(e) => response.clone_from(&e.response),
            E::ResponseQueued(e) => response.clone_from(&e.response),
            E::ResponseCompleted(e) => response.clone_from(&e.response),
            E::ResponseFailed(e) => response.clone_from(&e.response),
            E::ResponseIncomplete(e) => response.clone_from(&e.response),
            E::ResponseOutputItemAdded(e) => {
                if let Some(slot) = item_at(response, e.output_index) {
                    slot.clone_from(&e.item);
                }
            }
            E::ResponseOutputItemDone(e) => {
                if let Some(slot) = item_at(response, e.output_index) {
                    slot.clone_from(&e.item);
                }
            }
            E::ResponseContentPartAdded(e) => {
                if let Some(slot) = part_at(response, e.output_index, e.content_index) {
                    *slot = message_content(&e.part);
                }
            }
            E::ResponseContentPartDone(e) => {
                if let Some(slot) = part_at(response, e.output_index, e.content_index) {
                    *slot = message_content(&e.part);
                }
            }
            E::ResponseOutputTextDelta(e) => {
                if let Some(text) = text_at(response, e.output_index, e.content_index) {
                    text.push_str(&e.delta);
                }
            }
            E::ResponseOutputTextDone(e) => {
                if let Some(text) = text_at(response, e.output_index, e.content_index) {
                    text.clone_from(&e.text);
                }
            }
            E::ResponseRefusalDelta(e) => {
                if let Some(refusal) = refusal_at(response, e.output_index, e.content_index) {
                    refusal.push_str(&e.delta);
                }
            }
            E::ResponseRefusalDone(e) => {
                if let Some(refusal) = refusal_at(response, e.output_index, e.content_index) {
                    refusal.clone_from(&e.refusal);
                }
            }
            E::ResponseFunctionCallArgumentsDelta(e) => {
                if let Some(OutputItem::FunctionCall(call)) = item_at(response, e.output_index) {
                    call.arguments.push_str(&e.delta);
                }
            }
            E::ResponseFunctionCallArgumentsDone(e) => {
                if let Some(OutputItem::FunctionCall(call)) = item_at(response, e.output_index) {
                    call.arguments.clone_from(&e.arguments);
                }
            }
            _ => {}
        }
    }
}

/// The output item at `index`, the list grown to hold it (a gap is filled by its own
/// `output_item.added` later).
fn item_at(response: &mut Response, index: i64) -> Option<&mut OutputItem> {
    let index = usize::try_from(index).ok()?;
    if response.output.len() <= index {
        response.output.resize_with(index + 1, OutputItem::default);
    }
    response.output.get_mut(index)
}

/// The content part at `content` of the message at `output`.
fn part_at(response: &mut Response, output: i64, content: i64) -> Option<&mut OutputMessageContent> {
    let OutputItem::Message(message) = item_at(response, output)? else { return None };
    let content = usize::try_from(content).ok()?;
    if message.content.len() <= content {
        message.content.resize_with(content + 1, OutputMessageContent::default);
    }
    message.content.get_mut(content)
}

/// The text of an output-text part, the part made one if it is not yet.
fn text_at(response: &mut Response, output: i64, content: i64) -> Option<&mut String> {
    let part = part_at(response, output, content)?;
    if !matches!(part, OutputMessageContent::OutputText(_)) {
        *part = OutputMessageContent::OutputText(OutputTextContent { r#type: "output_text".to_owned(), ..Default::default() });
    }
    match part {
        OutputMessageContent::OutputText(text) => Some(&mut text.text),
        _ => None,
    }
}

/// The text of a refusal part, the part made one if it is not yet.
fn refusal_at(response: &mut Response, output: i64, content: i64) -> Option<&mut String> {
    let part = part_at(response, output, content)?;
    if !matches!(part, OutputMessageContent::Refusal(_)) {
        *part = OutputMessageContent::Refusal(RefusalContent { r#type: "refusal".to_owned(), ..Default::default() });
    }
    match part {
        OutputMessageContent::Refusal(refusal) => Some(&mut refusal.refusal),
        _ => None,
    }
}

/// A streamed content part as the message's content holds it.
fn message_content(part: &OutputContent) -> OutputMessageContent {
    match part {
        OutputContent::OutputText(text) => OutputMessageContent::OutputText(text.clone()),
        OutputContent::Refusal(refusal) => OutputMessageContent::Refusal(refusal.clone()),
        other => OutputMessageContent::Unknown(serde_json::to_value(other).unwrap_or_default()),
    }
}

impl Response {
    /// The text of every output message, joined in order (what the model said).
    pub fn output_text(&self) -> String {
        self.messages()
            .flat_map(|m| &m.content)
            .filter_map(|part| match part {
                OutputMessageContent::OutputText(text) => Some(text.text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The refusal, if the model declined (the refusal parts of its messages, joined).
    pub fn refusal(&self) -> Option<String> {
        let parts: Vec<&str> = self
            .messages()
            .flat_map(|m| &m.content)
            .filter_map(|part| match part {
                OutputMessageContent::Refusal(refusal) => Some(refusal.refusal.as_str()),
                _ => None,
            })
            .collect();
        (!parts.is_empty()).then(|| parts.concat())
    }

    /// The output messages, in order.
    pub fn messages(&self) -> impl Iterator<Item = &OutputMessage> {
        self.output.iter().filter_map(|item| match item {
            OutputItem::Message(message) => Some(message),
            _ => None,
        })
    }

    /// The function calls the model asked for, in order.
    pub fn function_calls(&self) -> impl Iterator<Item = &FunctionToolCall> {
        self.output.iter().filter_map(|item| match item {
            OutputItem::FunctionCall(call) => Some(call),
            _ => None,
        })
    }
}

impl ResponseStreamEvent {
    /// The text an `output_text.delta` event adds (what a token-by-token printer shows).
    pub fn text_delta(&self) -> Option<&str> {
        match self {
            ResponseStreamEvent::ResponseOutputTextDelta(e) => Some(&e.delta),
            _ => None,
        }
    }
}
