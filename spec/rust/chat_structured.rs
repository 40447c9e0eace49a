//! Structured outputs for Chat Completions: a Rust type as the `json_schema` response
//! format and as a function tool's parameters, and the answer parsed back into the type.

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::runtime::{OutputError, SchemaError, StrictSchema, parse_output, strict_schema};
use crate::types::*;

impl ResponseFormat {
    /// A strict `json_schema` format: the model answers with JSON that is a `T`
    /// (parse it with [`CreateChatCompletionResponse::parse`]).
    pub fn structured<T: JsonSchema>() -> Result<ResponseFormat, SchemaError> {
        let StrictSchema { name, description, schema } = strict_schema::<T>()?;
        Ok(ResponseFormat::JsonSchema(ResponseFormatJsonSchema {
            r#type: "json_schema".to_owned(),
            json_schema: ResponseFormatJsonSchemaJsonSchema {
                name,
                description,
                schema: Some(schema),
                strict: Some(true),
            },
        }))
    }
}

impl ChatCompletionTool {
    /// A strict function tool whose arguments are an `A`
    /// (read them with [`ChatCompletionMessageToolCall::parse_arguments`]).
    pub fn typed_function<A: JsonSchema>(name: impl Into<String>, description: impl Into<String>) -> Result<ChatCompletionTool, SchemaError> {
        let StrictSchema { schema, .. } = strict_schema::<A>()?;
        Ok(ChatCompletionTool {
            r#type: "function".to_owned(),
            function: FunctionObject {
                name: name.into(),
                description: Some(description.into()),
                parameters: Some(schema),
                strict: Some(true),
            },
        })
    }
}

impl ChatCompletionMessageToolCall {
    /// The call's arguments as an `A`; a mismatch names the JSON path.
    pub fn parse_arguments<A: DeserializeOwned>(&self) -> Result<A, OutputError> {
        parse_output(&self.function.arguments)
    }
}

impl ChatCompletionResponseMessage {
    /// The message's JSON content as a `T`, or [`OutputError::Refusal`] when the model
    /// declined.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, OutputError> {
        if let Some(refusal) = &self.refusal {
            return Err(OutputError::Refusal(refusal.clone()));
        }
        match &self.content {
            Some(content) => parse_output(content),
            None => Err(OutputError::Missing("the message has no content".to_owned())),
        }
    }
}

impl CreateChatCompletionResponse {
    /// The first choice's answer as a `T`: [`OutputError::Refusal`] when the model
    /// declined, [`OutputError::Missing`] when the answer was cut (`finish_reason`
    /// `length` or `content_filter`) or is a tool call.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, OutputError> {
        let Some(choice) = self.choices.first() else {
            return Err(OutputError::Missing("the completion has no choices".to_owned()));
        };
        if choice.message.refusal.is_none()
            && matches!(
                choice.finish_reason,
                ChatCompletionChoiceFinishReason::Length | ChatCompletionChoiceFinishReason::ContentFilter
            )
        {
            return Err(OutputError::Missing(format!("the answer was cut short (finish_reason `{}`)", choice.finish_reason)));
        }
        choice.message.parse()
    }
}
