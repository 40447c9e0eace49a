// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
// Copied from the spec's helper module `responses_structured` (x-rust-client/modules); edit it there.

//! Structured outputs for the Responses API: a Rust type as the `text.format` JSON schema
//! and as a function tool's parameters, and the answer parsed back into the type.

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::runtime::{OutputError, SchemaError, StrictSchema, parse_output, strict_schema};
use crate::types::*;

impl TextResponseFormatConfiguration {
    /// A strict `json_schema` format: the model answers with JSON that is a `T`
    /// (parse it with [`Response::parse`]).
    pub fn structured<T: JsonSchema>() -> Result<TextResponseFormatConfiguration, SchemaError> {
        let StrictSchema { name, description, schema } = strict_schema::<T>()?;
        Ok(TextResponseFormatConfiguration::JsonSchema(TextResponseFormatJsonSchema {
            r#type: "json_schema".to_owned(),
            name,
            description,
            schema,
            strict: Some(true),
        }))
    }
}

impl ResponseTextParam {
    /// `text` whose format is the strict JSON schema of `T`.
    pub fn structured<T: JsonSchema>() -> Result<ResponseTextParam, SchemaError> {
        Ok(ResponseTextParam { format: Some(TextResponseFormatConfiguration::structured::<T>()?), ..Default::default() })
    }
}

impl FunctionTool {
    /// A strict function tool whose arguments are an `A`
    /// (read them with [`FunctionToolCall::parse_arguments`]).
    pub fn for_arguments<A: JsonSchema>(name: impl Into<String>, description: impl Into<String>) -> Result<FunctionTool, SchemaError> {
        let StrictSchema { schema, .. } = strict_schema::<A>()?;
        Ok(FunctionTool {
            r#type: "function".to_owned(),
            name: name.into(),
            description: Some(description.into()),
            parameters: Some(schema),
            strict: Some(true),
        })
    }
}

impl FunctionToolCall {
    /// The call's arguments as an `A`; a mismatch names the JSON path.
    pub fn parse_arguments<A: DeserializeOwned>(&self) -> Result<A, OutputError> {
        parse_output(&self.arguments)
    }
}

impl Response {
    /// The output text as a `T`: [`OutputError::Refusal`] when the model declined,
    /// [`OutputError::Missing`] when there is no output text (an incomplete response, or
    /// only tool calls).
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, OutputError> {
        if let Some(refusal) = self.refusal() {
            return Err(OutputError::Refusal(refusal));
        }
        let text = self.output_text();
        if text.is_empty() {
            let why = match &self.incomplete_details {
                Some(details) => format!("the response is incomplete ({details:?})"),
                None => "the response has no output text".to_owned(),
            };
            return Err(OutputError::Missing(why));
        }
        parse_output(&text)
    }
}
