// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
// Copied from the spec's helper module `chat` (x-rust-client/modules); edit it there.

//! Chat Completions helpers: a stream of chunks folded into the completion it adds up to,
//! and the small readers an application reaches for on a completion.
// `system_fingerprint` and `function_call` are deprecated but still sent: they are folded too.
#![allow(deprecated)]

use crate::runtime::Accumulate;
use crate::types::*;

impl Accumulate for CreateChatCompletionStreamResponse {
    type Snapshot = CreateChatCompletionResponse;

    /// Content, refusal and function-call arguments are appended; a tool call is found by
    /// its `index` (its id, type and name arrive once, its arguments in pieces); each
    /// choice by its `index`; usage, which comes in the last chunk, is kept.
    fn apply_to(&self, completion: &mut CreateChatCompletionResponse) {
        completion.object = "chat.completion".to_owned();
        completion.id.clone_from(&self.id);
        completion.created = self.created;
        completion.model.clone_from(&self.model);
        if self.service_tier.is_some() {
            completion.service_tier.clone_from(&self.service_tier);
        }
        if self.system_fingerprint.is_some() {
            completion.system_fingerprint.clone_from(&self.system_fingerprint);
        }
        if self.usage.is_some() {
            completion.usage.clone_from(&self.usage);
        }
        for chunk in &self.choices {
            apply_choice(chunk, choice_at(&mut completion.choices, chunk.index));
        }
    }
}

/// The choice with `index`, added (in index order) when it is new.
fn choice_at(choices: &mut Vec<ChatCompletionChoice>, index: i64) -> &mut ChatCompletionChoice {
    let position = match choices.iter().position(|c| c.index >= index) {
        Some(i) if choices[i].index == index => i,
        found => {
            let i = found.unwrap_or(choices.len());
            let mut choice = ChatCompletionChoice { index, ..Default::default() };
            choice.message.role = "assistant".to_owned();
            choices.insert(i, choice);
            i
        }
    };
    &mut choices[position]
}

fn apply_choice(chunk: &ChatCompletionStreamChoice, choice: &mut ChatCompletionChoice) {
    let delta = &chunk.delta;
    let message = &mut choice.message;
    if let Some(role) = &delta.role {
        message.role = role.to_string();
    }
    append(&mut message.content, delta.content.as_deref());
    append(&mut message.refusal, delta.refusal.as_deref());
    if let Some(call) = &delta.function_call {
        let whole = message.function_call.get_or_insert_with(Default::default);
        whole.name.push_str(call.name.as_deref().unwrap_or(""));
        whole.arguments.push_str(call.arguments.as_deref().unwrap_or(""));
    }
    for piece in delta.tool_calls.iter().flatten() {
        apply_tool_call(piece, message.tool_calls.get_or_insert_with(Vec::new));
    }
    if let Some(reason) = &chunk.finish_reason {
        choice.finish_reason = ChatCompletionChoiceFinishReason::from(reason.to_string());
    }
    if let Some(logprobs) = &chunk.logprobs {
        let whole = choice.logprobs.get_or_insert_with(Default::default);
        extend(&mut whole.content, logprobs.content.as_deref());
        extend(&mut whole.refusal, logprobs.refusal.as_deref());
    }
}

/// A tool call's `index` is its position in the final message's `tool_calls`; a piece for
/// a new index adds the call (and any skipped before it, which later pieces fill in).
fn apply_tool_call(piece: &ChatCompletionMessageToolCallChunk, calls: &mut Vec<ChatCompletionMessageToolCallUnion>) {
    let index = usize::try_from(piece.index).unwrap_or(0);
    while calls.len() <= index {
        calls.push(ChatCompletionMessageToolCallUnion::Function(ChatCompletionMessageToolCall {
            r#type: "function".to_owned(),
            ..Default::default()
        }));
    }
    let ChatCompletionMessageToolCallUnion::Function(call) = &mut calls[index] else { return };
    if let Some(id) = &piece.id {
        call.id.clone_from(id);
    }
    if let Some(kind) = &piece.r#type {
        call.r#type.clone_from(kind);
    }
    if let Some(function) = &piece.function {
        call.function.name.push_str(function.name.as_deref().unwrap_or(""));
        call.function.arguments.push_str(function.arguments.as_deref().unwrap_or(""));
    }
}

fn append(text: &mut Option<String>, piece: Option<&str>) {
    if let Some(piece) = piece {
        text.get_or_insert_with(String::new).push_str(piece);
    }
}

fn extend<T: Clone>(list: &mut Option<Vec<T>>, items: Option<&[T]>) {
    if let Some(items) = items {
        list.get_or_insert_with(Vec::new).extend_from_slice(items);
    }
}

impl CreateChatCompletionStreamResponse {
    /// The text this chunk adds to the first choice (what a token-by-token printer shows).
    pub fn content(&self) -> Option<&str> {
        self.choices.first().and_then(|c| c.delta.content.as_deref())
    }
}

impl CreateChatCompletionResponse {
    /// The first choice's message: the answer, when `n` is 1 (the default).
    pub fn first_message(&self) -> Option<&ChatCompletionResponseMessage> {
        self.choices.first().map(|c| &c.message)
    }

    /// The first choice's text, if it has any.
    pub fn content(&self) -> Option<&str> {
        self.first_message().and_then(|m| m.content.as_deref())
    }
}

impl ChatCompletionResponseMessage {
    /// The function tool calls the model asked for, in order (custom tool calls left out).
    pub fn function_calls(&self) -> impl Iterator<Item = &ChatCompletionMessageToolCall> {
        self.tool_calls.iter().flatten().filter_map(|call| match call {
            ChatCompletionMessageToolCallUnion::Function(call) => Some(call),
            _ => None,
        })
    }
}

/// The model's answer as the assistant's turn of the next request: a conversation goes on
/// by sending back what the model said — its text, refusal, tool calls (whose results the
/// `tool` messages that follow answer) and, for audio, the id of its audio.
impl From<ChatCompletionResponseMessage> for ChatCompletionRequestAssistantMessage {
    fn from(message: ChatCompletionResponseMessage) -> Self {
        ChatCompletionRequestAssistantMessage {
            role: "assistant".to_owned(),
            content: message.content.map(Into::into),
            refusal: message.refusal,
            audio: message.audio.map(|audio| ChatCompletionRequestAssistantMessageAudio { id: audio.id }),
            tool_calls: message.tool_calls,
            function_call: message.function_call,
            ..Default::default()
        }
    }
}

impl From<ChatCompletionResponseMessage> for ChatCompletionRequestMessage {
    fn from(message: ChatCompletionResponseMessage) -> Self {
        ChatCompletionRequestAssistantMessage::from(message).into()
    }
}
