// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `threads.runs` operations use.
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

/// Query and header parameters of `CreateRun`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateRunParams {
    /// Extra data to embed in run steps; currently only the text of file search results.
    pub include: Option<Vec<RunStepIncludeItem>>,
}

impl CreateRunParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<RunStepIncludeItem>>) -> Self {
        self.include = Some(value.into());
        self
    }
}

/// An item of the `include[]` query parameter.
#[derive(Debug, Clone)]
pub enum RunStepIncludeItem {
    /// `step_details.tool_calls[*].file_search.results[*].content`
    StepDetailsToolCallsFileSearchResultsContent,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RunStepIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RunStepIncludeItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::StepDetailsToolCallsFileSearchResultsContent => {
                "step_details.tool_calls[*].file_search.results[*].content"
            }
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for RunStepIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "step_details.tool_calls[*].file_search.results[*].content" => {
                Self::StepDetailsToolCallsFileSearchResultsContent
            }
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(RunStepIncludeItem);

/// Body of `POST /threads/{thread_id}/runs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateRunRequest {
    /// Assistant to run.
    pub assistant_id: String,
    /// Model to use instead of the assistant's.
    pub model: Option<String>,
    /// How hard a reasoning model thinks before answering.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Instructions that replace the assistant's for this run.
    pub instructions: Option<String>,
    /// Instructions appended to the assistant's for this run.
    pub additional_instructions: Option<String>,
    /// Messages added to the thread before the run starts.
    pub additional_messages: Option<Vec<CreateMessageRequest>>,
    /// Tools that replace the assistant's for this run.
    pub tools: Option<Vec<AssistantTool>>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Sampling temperature between 0 and 2.
    pub temperature: Option<f64>,
    /// Nucleus sampling mass between 0 and 1.
    pub top_p: Option<f64>,
    /// Report the run's progress as server-sent events.
    pub stream: Option<bool>,
    /// Cap on prompt tokens over the whole run; the run ends `incomplete` when exceeded.
    pub max_prompt_tokens: Option<i64>,
    /// Cap on completion tokens over the whole run; the run ends `incomplete` when exceeded.
    pub max_completion_tokens: Option<i64>,
    /// How the thread is shortened to fit the context.
    pub truncation_strategy: Option<TruncationObject>,
    /// How tools are picked.
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    /// Whether the model may call several tools at once (default true).
    pub parallel_tool_calls: Option<bool>,
    /// Output format; `auto` keeps the default.
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}

impl Serialize for CreateRunRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("assistant_id", &self.assistant_id)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(
            &mut map,
            "additional_instructions",
            &self.additional_instructions,
        )?;
        codec::optional_entry(
            &mut map,
            "additional_messages",
            &self.additional_messages,
        )?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "stream", &self.stream)?;
        codec::optional_entry(&mut map, "max_prompt_tokens", &self.max_prompt_tokens)?;
        codec::optional_entry(
            &mut map,
            "max_completion_tokens",
            &self.max_completion_tokens,
        )?;
        codec::optional_entry(
            &mut map,
            "truncation_strategy",
            &self.truncation_strategy,
        )?;
        codec::optional_entry(&mut map, "tool_choice", &self.tool_choice)?;
        codec::optional_entry(
            &mut map,
            "parallel_tool_calls",
            &self.parallel_tool_calls,
        )?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateRunRequest {
    const EXPECTING: &'static str = "a `CreateRunRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "assistant_id" => {
                self.assistant_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "model" => self.model = map.next_value()?,
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "additional_instructions" => self.additional_instructions = map.next_value()?,
            "additional_messages" => self.additional_messages = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "stream" => self.stream = map.next_value()?,
            "max_prompt_tokens" => self.max_prompt_tokens = map.next_value()?,
            "max_completion_tokens" => self.max_completion_tokens = map.next_value()?,
            "truncation_strategy" => self.truncation_strategy = map.next_value()?,
            "tool_choice" => self.tool_choice = map.next_value()?,
            "parallel_tool_calls" => self.parallel_tool_calls = map.next_value()?,
            "response_format" => self.response_format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateRunRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateRunRequest {
    /// Creates a value from its required fields (`assistant_id`); the rest start unset.
    #[must_use]
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            ..Default::default()
        }
    }

    /// Sets `assistant_id`.
    #[must_use]
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `reasoning_effort`.
    #[must_use]
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `additional_instructions`.
    #[must_use]
    pub fn additional_instructions(mut self, value: impl Into<String>) -> Self {
        self.additional_instructions = Some(value.into());
        self
    }

    /// Sets `additional_messages`.
    #[must_use]
    pub fn additional_messages(
        mut self,
        value: impl Into<Vec<CreateMessageRequest>>,
    ) -> Self {
        self.additional_messages = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<AssistantTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata<K: Into<String>, V: Into<String>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.metadata = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `top_p`.
    #[must_use]
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }

    /// Sets `stream`.
    #[must_use]
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }

    /// Sets `max_prompt_tokens`.
    #[must_use]
    pub fn max_prompt_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_prompt_tokens = Some(value.into());
        self
    }

    /// Sets `max_completion_tokens`.
    #[must_use]
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }

    /// Sets `truncation_strategy`.
    #[must_use]
    pub fn truncation_strategy(mut self, value: impl Into<TruncationObject>) -> Self {
        self.truncation_strategy = Some(value.into());
        self
    }

    /// Sets `tool_choice`.
    #[must_use]
    pub fn tool_choice(
        mut self,
        value: impl Into<AssistantsApiToolChoiceOption>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }

    /// Sets `parallel_tool_calls`.
    #[must_use]
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
}

/// Query and header parameters of `GetRunStep`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRunStepParams {
    /// Extra data to embed in run steps; currently only the text of file search results.
    pub include: Option<Vec<RunStepIncludeItem>>,
}

impl GetRunStepParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<RunStepIncludeItem>>) -> Self {
        self.include = Some(value.into());
        self
    }
}

/// Query and header parameters of `ListRunSteps`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRunStepsParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, newest first (`desc`, the default) or oldest first (`asc`).
    ///
    /// Defaults to `"desc"` when unset.
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Pagination cursor; the id of the first object of the next page, for paging backwards.
    pub before: Option<String>,
    /// Extra data to embed in run steps; currently only the text of file search results.
    pub include: Option<Vec<RunStepIncludeItem>>,
}

impl ListRunStepsParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `order`.
    #[must_use]
    pub fn order(mut self, value: impl Into<SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `before`.
    #[must_use]
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<RunStepIncludeItem>>) -> Self {
        self.include = Some(value.into());
        self
    }
}

/// A page of run steps.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRunStepsResponse {
    /// Always `list`.
    pub object: String,
    /// The steps on this page.
    pub data: Vec<RunStepObject>,
    /// Id of the first step on the page.
    pub first_id: String,
    /// Id of the last step on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more steps follow.
    pub has_more: bool,
}

impl Serialize for ListRunStepsResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("first_id", &self.first_id)?;
        map.serialize_entry("last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

impl codec::ObjectFields for ListRunStepsResponse {
    const EXPECTING: &'static str = "a `ListRunStepsResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value::<codec::Lenient<_>>()?.0,
            "last_id" => self.last_id = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListRunStepsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListRunStepsResponse {
    type Item = RunStepObject;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<RunStepObject> {
        self.data
    }
}

/// Query and header parameters of `ListRuns`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRunsParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, newest first (`desc`, the default) or oldest first (`asc`).
    ///
    /// Defaults to `"desc"` when unset.
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Pagination cursor; the id of the first object of the next page, for paging backwards.
    pub before: Option<String>,
}

impl ListRunsParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `order`.
    #[must_use]
    pub fn order(mut self, value: impl Into<SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `before`.
    #[must_use]
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}

/// A page of runs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRunsResponse {
    /// Always `list`.
    pub object: String,
    /// The runs on this page.
    pub data: Vec<RunObject>,
    /// Id of the first run on the page.
    pub first_id: String,
    /// Id of the last run on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more runs follow.
    pub has_more: bool,
}

impl Serialize for ListRunsResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("first_id", &self.first_id)?;
        map.serialize_entry("last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

impl codec::ObjectFields for ListRunsResponse {
    const EXPECTING: &'static str = "a `ListRunsResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value::<codec::Lenient<_>>()?.0,
            "last_id" => self.last_id = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListRunsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListRunsResponse {
    type Item = RunObject;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<RunObject> {
        self.data
    }
}

/// Body of `POST /threads/{thread_id}/runs/{run_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyRunRequest {
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Serialize for ModifyRunRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for ModifyRunRequest {
    const EXPECTING: &'static str = "a `ModifyRunRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ModifyRunRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ModifyRunRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata<K: Into<String>, V: Into<String>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.metadata = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}

/// Body of `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubmitToolOutputsRunRequest {
    /// One result per pending tool call.
    pub tool_outputs: Vec<SubmitToolOutputsRunRequestToolOutputsItem>,
    /// Report the continued run as server-sent events.
    pub stream: Option<bool>,
}

impl Serialize for SubmitToolOutputsRunRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("tool_outputs", &self.tool_outputs)?;
        codec::optional_entry(&mut map, "stream", &self.stream)?;
        map.end()
    }
}

impl codec::ObjectFields for SubmitToolOutputsRunRequest {
    const EXPECTING: &'static str = "a `SubmitToolOutputsRunRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "tool_outputs" => {
                self.tool_outputs = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "stream" => self.stream = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SubmitToolOutputsRunRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl SubmitToolOutputsRunRequest {
    /// Creates a value from its required fields (`tool_outputs`); the rest start unset.
    #[must_use]
    pub fn new(
        tool_outputs: impl Into<Vec<SubmitToolOutputsRunRequestToolOutputsItem>>,
    ) -> Self {
        Self {
            tool_outputs: tool_outputs.into(),
            ..Default::default()
        }
    }

    /// Sets `tool_outputs`.
    #[must_use]
    pub fn tool_outputs(
        mut self,
        value: impl Into<Vec<SubmitToolOutputsRunRequestToolOutputsItem>>,
    ) -> Self {
        self.tool_outputs = value.into();
        self
    }

    /// Sets `stream`.
    #[must_use]
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
}

/// The result of one tool call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubmitToolOutputsRunRequestToolOutputsItem {
    /// Id of the tool call being answered.
    pub tool_call_id: Option<String>,
    /// The result, usually JSON text.
    pub output: Option<String>,
}

impl Serialize for SubmitToolOutputsRunRequestToolOutputsItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "tool_call_id", &self.tool_call_id)?;
        codec::optional_entry(&mut map, "output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for SubmitToolOutputsRunRequestToolOutputsItem {
    const EXPECTING: &'static str = "a `SubmitToolOutputsRunRequestToolOutputsItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "tool_call_id" => self.tool_call_id = map.next_value()?,
            "output" => self.output = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SubmitToolOutputsRunRequestToolOutputsItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl SubmitToolOutputsRunRequestToolOutputsItem {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `tool_call_id`.
    #[must_use]
    pub fn tool_call_id(mut self, value: impl Into<String>) -> Self {
        self.tool_call_id = Some(value.into());
        self
    }

    /// Sets `output`.
    #[must_use]
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}
