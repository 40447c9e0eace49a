// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `assistants` operations.
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

#[cfg(any(feature = "assistants", feature = "threads"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(any(feature = "assistants", feature = "threads"))]
use crate::runtime::codec;
#[cfg(any(feature = "assistants", feature = "threads"))]
use crate::types::*;

/// Body of `POST /assistants`.
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAssistantRequest {
    /// Model the assistant uses, e.g. `gpt-4o`.
    pub model: String,
    /// Display name, up to 256 characters.
    pub name: Option<String>,
    /// What the assistant is for, up to 512 characters.
    pub description: Option<String>,
    /// System instructions the assistant follows.
    pub instructions: Option<String>,
    /// How hard a reasoning model thinks before answering.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Tools enabled for the assistant (up to 128).
    pub tools: Option<Vec<AssistantTool>>,
    /// Files and vector stores the assistant's tools can use.
    pub tool_resources: Option<CreateToolResources>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Sampling temperature between 0 and 2.
    pub temperature: Option<f64>,
    /// Nucleus sampling mass between 0 and 1.
    pub top_p: Option<f64>,
    /// Output format; `auto` keeps the default.
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}

#[cfg(feature = "assistants")]
impl Serialize for CreateAssistantRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_resources", &self.tool_resources)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        map.end()
    }
}

#[cfg(feature = "assistants")]
impl codec::ObjectFields for CreateAssistantRequest {
    const EXPECTING: &'static str = "a `CreateAssistantRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_resources" => self.tool_resources = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "response_format" => self.response_format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for CreateAssistantRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "assistants")]
impl CreateAssistantRequest {
    /// Creates a value from its required fields (`model`); the rest start unset.
    #[must_use]
    pub fn new(model: impl Into<String>) -> Self {
        Self {
            model: model.into(),
            ..Default::default()
        }
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `reasoning_effort`.
    #[must_use]
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<AssistantTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_resources`.
    #[must_use]
    pub fn tool_resources(mut self, value: impl Into<CreateToolResources>) -> Self {
        self.tool_resources = Some(value.into());
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

/// A tool of an assistant or run.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq)]
pub enum AssistantTool {
    /// Runs Python code in a sandbox.
    CodeInterpreter(AssistantToolsCode),
    /// Searches the attached vector stores.
    FileSearch(AssistantToolsFileSearch),
    /// A function you implement.
    Function(AssistantToolsFunction),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "assistants", feature = "threads"))]
impl Default for AssistantTool {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<AssistantToolsCode> for AssistantTool {
    fn from(value: AssistantToolsCode) -> Self {
        Self::CodeInterpreter(value)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<AssistantToolsFileSearch> for AssistantTool {
    fn from(value: AssistantToolsFileSearch) -> Self {
        Self::FileSearch(value)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<AssistantToolsFunction> for AssistantTool {
    fn from(value: AssistantToolsFunction) -> Self {
        Self::Function(value)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for AssistantTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => Serialize::serialize(value, serializer),
            Self::FileSearch(value) => Serialize::serialize(value, serializer),
            Self::Function(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("code_interpreter") => {
                codec::from_value(value).map(Self::CodeInterpreter)
            }
            Some("file_search") => codec::from_value(value).map(Self::FileSearch),
            Some("function") => codec::from_value(value).map(Self::Function),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Runs Python code in a sandbox.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantToolsCode {
    /// Always `code_interpreter`.
    pub r#type: String,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Default for AssistantToolsCode {
    fn default() -> Self {
        Self {
            r#type: "code_interpreter".to_owned(),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for AssistantToolsCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for AssistantToolsCode {
    const EXPECTING: &'static str = "an `AssistantToolsCode` object";
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

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantToolsCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl AssistantToolsCode {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// Searches the attached vector stores.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantToolsFileSearch {
    /// Always `file_search`.
    pub r#type: String,
    /// Search settings.
    pub file_search: Option<AssistantToolsFileSearchFileSearch>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Default for AssistantToolsFileSearch {
    fn default() -> Self {
        Self {
            r#type: "file_search".to_owned(),
            file_search: Default::default(),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for AssistantToolsFileSearch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "file_search", &self.file_search)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for AssistantToolsFileSearch {
    const EXPECTING: &'static str = "an `AssistantToolsFileSearch` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "file_search" => self.file_search = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantToolsFileSearch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl AssistantToolsFileSearch {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `file_search`.
    #[must_use]
    pub fn file_search(
        mut self,
        value: impl Into<AssistantToolsFileSearchFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}

/// Search settings.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssistantToolsFileSearchFileSearch {
    /// Largest number of results (1-50).
    pub max_num_results: Option<i64>,
    /// How results are ranked.
    pub ranking_options: Option<FileSearchRankingOptions>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for AssistantToolsFileSearchFileSearch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "max_num_results", &self.max_num_results)?;
        codec::optional_entry(&mut map, "ranking_options", &self.ranking_options)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for AssistantToolsFileSearchFileSearch {
    const EXPECTING: &'static str = "an `AssistantToolsFileSearchFileSearch` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "max_num_results" => self.max_num_results = map.next_value()?,
            "ranking_options" => self.ranking_options = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantToolsFileSearchFileSearch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl AssistantToolsFileSearchFileSearch {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `max_num_results`.
    #[must_use]
    pub fn max_num_results(mut self, value: impl Into<i64>) -> Self {
        self.max_num_results = Some(value.into());
        self
    }

    /// Sets `ranking_options`.
    #[must_use]
    pub fn ranking_options(
        mut self,
        value: impl Into<FileSearchRankingOptions>,
    ) -> Self {
        self.ranking_options = Some(value.into());
        self
    }
}

/// How file search results are ranked.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileSearchRankingOptions {
    /// Ranking algorithm.
    pub ranker: Option<FileSearchRankingOptionsRanker>,
    /// Minimum relevance score for a result to be kept.
    pub score_threshold: f64,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for FileSearchRankingOptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "ranker", &self.ranker)?;
        map.serialize_entry("score_threshold", &self.score_threshold)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for FileSearchRankingOptions {
    const EXPECTING: &'static str = "a `FileSearchRankingOptions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ranker" => self.ranker = map.next_value()?,
            "score_threshold" => {
                self.score_threshold = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for FileSearchRankingOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl FileSearchRankingOptions {
    /// Creates a value from its required fields (`score_threshold`); the rest start unset.
    #[must_use]
    pub fn new(score_threshold: impl Into<f64>) -> Self {
        Self {
            score_threshold: score_threshold.into(),
            ..Default::default()
        }
    }

    /// Sets `ranker`.
    #[must_use]
    pub fn ranker(mut self, value: impl Into<FileSearchRankingOptionsRanker>) -> Self {
        self.ranker = Some(value.into());
        self
    }

    /// Sets `score_threshold`.
    #[must_use]
    pub fn score_threshold(mut self, value: impl Into<f64>) -> Self {
        self.score_threshold = value.into();
        self
    }
}

/// Ranking algorithm.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone)]
pub enum FileSearchRankingOptionsRanker {
    /// `auto`
    Auto,
    /// `default_2024_08_21`
    Default20240821,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "assistants", feature = "threads"))]
impl Default for FileSearchRankingOptionsRanker {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl FileSearchRankingOptionsRanker {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Default20240821 => "default_2024_08_21",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<&str> for FileSearchRankingOptionsRanker {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default_2024_08_21" => Self::Default20240821,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
crate::runtime::string_enum_traits!(FileSearchRankingOptionsRanker);

/// A function you implement.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantToolsFunction {
    /// Always `function`.
    pub r#type: String,
    /// The function definition.
    pub function: FunctionObject,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Default for AssistantToolsFunction {
    fn default() -> Self {
        Self {
            r#type: "function".to_owned(),
            function: Default::default(),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for AssistantToolsFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("function", &self.function)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for AssistantToolsFunction {
    const EXPECTING: &'static str = "an `AssistantToolsFunction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "function" => self.function = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantToolsFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl AssistantToolsFunction {
    /// Creates a value from its required fields (`function`); the rest start unset.
    #[must_use]
    pub fn new(function: impl Into<FunctionObject>) -> Self {
        Self {
            function: function.into(),
            ..Default::default()
        }
    }

    /// Sets `function`.
    #[must_use]
    pub fn function(mut self, value: impl Into<FunctionObject>) -> Self {
        self.function = value.into();
        self
    }
}

/// Tool resources, with the option to create a vector store on the fly.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateToolResources {
    /// Files available to the code interpreter.
    pub code_interpreter: Option<CreateToolResourcesCodeInterpreter>,
    /// Vector store for file search; give either existing ids or files to build a new one.
    pub file_search: Option<CreateToolResourcesFileSearch>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for CreateToolResources {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "code_interpreter", &self.code_interpreter)?;
        codec::optional_entry(&mut map, "file_search", &self.file_search)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for CreateToolResources {
    const EXPECTING: &'static str = "a `CreateToolResources` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code_interpreter" => self.code_interpreter = map.next_value()?,
            "file_search" => self.file_search = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for CreateToolResources {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl CreateToolResources {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `code_interpreter`.
    #[must_use]
    pub fn code_interpreter(
        mut self,
        value: impl Into<CreateToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }

    /// Sets `file_search`.
    #[must_use]
    pub fn file_search(
        mut self,
        value: impl Into<CreateToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}

/// Files available to the code interpreter.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateToolResourcesCodeInterpreter {
    /// Up to 20 file ids.
    pub file_ids: Option<Vec<String>>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for CreateToolResourcesCodeInterpreter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_ids", &self.file_ids)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for CreateToolResourcesCodeInterpreter {
    const EXPECTING: &'static str = "a `CreateToolResourcesCodeInterpreter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_ids" => self.file_ids = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for CreateToolResourcesCodeInterpreter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl CreateToolResourcesCodeInterpreter {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `file_ids`.
    #[must_use]
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
}

/// Vector store for file search; give either existing ids or files to build a new one.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateToolResourcesFileSearch {
    /// At most one existing vector store id.
    pub vector_store_ids: Option<Vec<String>>,
    /// A vector store to create from files.
    pub vector_stores: Option<Vec<CreateToolResourcesVectorStore>>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for CreateToolResourcesFileSearch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "vector_store_ids", &self.vector_store_ids)?;
        codec::optional_entry(&mut map, "vector_stores", &self.vector_stores)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for CreateToolResourcesFileSearch {
    const EXPECTING: &'static str = "a `CreateToolResourcesFileSearch` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "vector_store_ids" => self.vector_store_ids = map.next_value()?,
            "vector_stores" => self.vector_stores = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for CreateToolResourcesFileSearch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl CreateToolResourcesFileSearch {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `vector_store_ids`.
    #[must_use]
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }

    /// Sets `vector_stores`.
    #[must_use]
    pub fn vector_stores(
        mut self,
        value: impl Into<Vec<CreateToolResourcesVectorStore>>,
    ) -> Self {
        self.vector_stores = Some(value.into());
        self
    }
}

/// A vector store created together with its owner.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateToolResourcesVectorStore {
    /// Files to add to the new store.
    pub file_ids: Option<Vec<String>>,
    /// How files are chunked; `auto` when omitted.
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for CreateToolResourcesVectorStore {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_ids", &self.file_ids)?;
        codec::optional_entry(&mut map, "chunking_strategy", &self.chunking_strategy)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for CreateToolResourcesVectorStore {
    const EXPECTING: &'static str = "a `CreateToolResourcesVectorStore` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_ids" => self.file_ids = map.next_value()?,
            "chunking_strategy" => self.chunking_strategy = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for CreateToolResourcesVectorStore {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl CreateToolResourcesVectorStore {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `file_ids`.
    #[must_use]
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }

    /// Sets `chunking_strategy`.
    #[must_use]
    pub fn chunking_strategy(
        mut self,
        value: impl Into<ChunkingStrategyRequestParam>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
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
}

/// Output format of an assistant or run; `auto` keeps the model's default.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq)]
pub enum AssistantsApiResponseFormatOption {
    /// An `Enum` value.
    Enum(AssistantsApiResponseFormatOptionEnum),
    /// Output format for Chat Completions and Assistants: free text, JSON
    /// matching a schema (Structured Outputs), or any JSON object.
    ResponseFormat(ResponseFormat),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "assistants", feature = "threads"))]
impl Default for AssistantsApiResponseFormatOption {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<AssistantsApiResponseFormatOptionEnum> for AssistantsApiResponseFormatOption {
    fn from(value: AssistantsApiResponseFormatOptionEnum) -> Self {
        Self::Enum(value)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<ResponseFormat> for AssistantsApiResponseFormatOption {
    fn from(value: ResponseFormat) -> Self {
        Self::ResponseFormat(value)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for AssistantsApiResponseFormatOption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::ResponseFormat(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantsApiResponseFormatOption {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::ResponseFormat)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`AssistantsApiResponseFormatOption`](crate::types::AssistantsApiResponseFormatOption).
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone)]
pub enum AssistantsApiResponseFormatOptionEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "assistants", feature = "threads"))]
impl Default for AssistantsApiResponseFormatOptionEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl AssistantsApiResponseFormatOptionEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl From<&str> for AssistantsApiResponseFormatOptionEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
crate::runtime::string_enum_traits!(AssistantsApiResponseFormatOptionEnum);

/// Confirmation that an assistant was deleted.
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAssistantResponse {
    /// Id of the deleted assistant.
    pub id: String,
    /// Always `assistant.deleted`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

#[cfg(feature = "assistants")]
impl Default for DeleteAssistantResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "assistant.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

#[cfg(feature = "assistants")]
impl Serialize for DeleteAssistantResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

#[cfg(feature = "assistants")]
impl codec::ObjectFields for DeleteAssistantResponse {
    const EXPECTING: &'static str = "a `DeleteAssistantResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for DeleteAssistantResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListAssistants`.
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAssistantsParams {
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

#[cfg(feature = "assistants")]
impl ListAssistantsParams {
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

/// A page of assistants.
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAssistantsResponse {
    /// Always `list`.
    pub object: String,
    /// The assistants on this page.
    pub data: Vec<AssistantObject>,
    /// Id of the first assistant on the page.
    pub first_id: String,
    /// Id of the last assistant on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more assistants follow.
    pub has_more: bool,
}

#[cfg(feature = "assistants")]
impl Serialize for ListAssistantsResponse {
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

#[cfg(feature = "assistants")]
impl codec::ObjectFields for ListAssistantsResponse {
    const EXPECTING: &'static str = "a `ListAssistantsResponse` object";
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

#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for ListAssistantsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "assistants")]
impl crate::runtime::Page for ListAssistantsResponse {
    type Item = AssistantObject;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<AssistantObject> {
        self.data
    }
}

/// An assistant.
#[cfg(feature = "assistants")]
#[deprecated]
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantObject {
    /// Assistant id (`asst_...`).
    pub id: String,
    /// Always `assistant`.
    pub object: String,
    /// Creation time.
    pub created_at: i64,
    /// Display name.
    pub name: Option<String>,
    /// What the assistant is for.
    pub description: Option<String>,
    /// Model the assistant uses.
    pub model: String,
    /// System instructions.
    pub instructions: Option<String>,
    /// Enabled tools.
    pub tools: Vec<AssistantTool>,
    /// Files and vector stores the tools use.
    pub tool_resources: Option<ToolResources>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Sampling temperature.
    pub temperature: Option<f64>,
    /// Nucleus sampling mass.
    pub top_p: Option<f64>,
    /// Output format; `auto` keeps the default.
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}

#[cfg(feature = "assistants")]
impl Default for AssistantObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "assistant".to_owned(),
            created_at: Default::default(),
            name: Default::default(),
            description: Default::default(),
            model: Default::default(),
            instructions: Default::default(),
            tools: Default::default(),
            tool_resources: Default::default(),
            metadata: Default::default(),
            temperature: Default::default(),
            top_p: Default::default(),
            response_format: Default::default(),
        }
    }
}

#[cfg(feature = "assistants")]
impl Serialize for AssistantObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("instructions", &self.instructions)?;
        map.serialize_entry("tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_resources", &self.tool_resources)?;
        map.serialize_entry("metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        map.end()
    }
}

#[cfg(feature = "assistants")]
impl codec::ObjectFields for AssistantObject {
    const EXPECTING: &'static str = "an `AssistantObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "instructions" => self.instructions = map.next_value()?,
            "tools" => self.tools = map.next_value::<codec::Lenient<_>>()?.0,
            "tool_resources" => self.tool_resources = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "response_format" => self.response_format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for AssistantObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Files and vector stores used by the code interpreter and file search tools.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolResources {
    /// Files available to the code interpreter.
    pub code_interpreter: Option<ToolResourcesCodeInterpreter>,
    /// Vector stores searched by file search.
    pub file_search: Option<ToolResourcesFileSearch>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for ToolResources {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "code_interpreter", &self.code_interpreter)?;
        codec::optional_entry(&mut map, "file_search", &self.file_search)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for ToolResources {
    const EXPECTING: &'static str = "a `ToolResources` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code_interpreter" => self.code_interpreter = map.next_value()?,
            "file_search" => self.file_search = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for ToolResources {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl ToolResources {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `code_interpreter`.
    #[must_use]
    pub fn code_interpreter(
        mut self,
        value: impl Into<ToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }

    /// Sets `file_search`.
    #[must_use]
    pub fn file_search(mut self, value: impl Into<ToolResourcesFileSearch>) -> Self {
        self.file_search = Some(value.into());
        self
    }
}

/// Files available to the code interpreter.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolResourcesCodeInterpreter {
    /// Up to 20 file ids.
    pub file_ids: Option<Vec<String>>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for ToolResourcesCodeInterpreter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_ids", &self.file_ids)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for ToolResourcesCodeInterpreter {
    const EXPECTING: &'static str = "a `ToolResourcesCodeInterpreter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_ids" => self.file_ids = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for ToolResourcesCodeInterpreter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl ToolResourcesCodeInterpreter {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `file_ids`.
    #[must_use]
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
}

/// Vector stores searched by file search.
#[cfg(any(feature = "assistants", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolResourcesFileSearch {
    /// At most one vector store id.
    pub vector_store_ids: Option<Vec<String>>,
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl Serialize for ToolResourcesFileSearch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "vector_store_ids", &self.vector_store_ids)?;
        map.end()
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl codec::ObjectFields for ToolResourcesFileSearch {
    const EXPECTING: &'static str = "a `ToolResourcesFileSearch` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "vector_store_ids" => self.vector_store_ids = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl<'de> Deserialize<'de> for ToolResourcesFileSearch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "assistants", feature = "threads"))]
impl ToolResourcesFileSearch {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `vector_store_ids`.
    #[must_use]
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
}

/// Body of `POST /assistants/{assistant_id}`; only the fields sent are changed.
#[cfg(feature = "assistants")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyAssistantRequest {
    /// New model.
    pub model: Option<String>,
    /// How hard a reasoning model thinks before answering.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// New display name.
    pub name: Option<String>,
    /// New description.
    pub description: Option<String>,
    /// New instructions.
    pub instructions: Option<String>,
    /// New tool list (replaces the old one).
    pub tools: Option<Vec<AssistantTool>>,
    /// New tool resources (replace the old ones).
    pub tool_resources: Option<ToolResources>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// New sampling temperature.
    pub temperature: Option<f64>,
    /// New nucleus sampling mass.
    pub top_p: Option<f64>,
    /// Output format; `auto` keeps the default.
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}

#[cfg(feature = "assistants")]
impl Serialize for ModifyAssistantRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "instructions", &self.instructions)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "tool_resources", &self.tool_resources)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        map.end()
    }
}

#[cfg(feature = "assistants")]
impl codec::ObjectFields for ModifyAssistantRequest {
    const EXPECTING: &'static str = "a `ModifyAssistantRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value()?,
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "instructions" => self.instructions = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "tool_resources" => self.tool_resources = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "response_format" => self.response_format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "assistants")]
impl<'de> Deserialize<'de> for ModifyAssistantRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "assistants")]
impl ModifyAssistantRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `instructions`.
    #[must_use]
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<AssistantTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `tool_resources`.
    #[must_use]
    pub fn tool_resources(mut self, value: impl Into<ToolResources>) -> Self {
        self.tool_resources = Some(value.into());
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
