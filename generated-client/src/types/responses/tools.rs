// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types the `tools` field of the `responses` requests and responses introduces.
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

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
use std::collections::BTreeMap;

#[cfg(
    any(
        feature = "evals",
        feature = "realtime_api",
        feature = "responses",
        feature = "vector_stores"
    )
)]
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[cfg(
    any(
        feature = "evals",
        feature = "realtime_api",
        feature = "responses",
        feature = "vector_stores"
    )
)]
use crate::runtime::codec;

/// Tools the model may call, built-in ones and functions you define.
#[cfg(feature = "responses")]
pub type ToolsArray = Vec<Tool>;

/// A tool the model can use, identified by its `type`.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub enum Tool {
    /// A function you implement; the model emits `function_call` items with JSON arguments for it.
    Function(FunctionTool),
    /// Searches the given vector stores for passages relevant to the conversation.
    FileSearch(FileSearchTool),
    /// Lets the model search the web and cite what it finds.
    WebSearch(WebSearchTool),
    /// Earlier preview version of the web search tool.
    WebSearchPreview(WebSearchPreviewTool),
    /// Lets the model operate a virtual computer by emitting mouse and keyboard actions.
    ComputerUsePreview(ComputerUsePreviewTool),
    /// Lets the model write and run Python in a sandboxed container.
    CodeInterpreter(CodeInterpreterTool),
    /// Lets the model create or edit images with an image model.
    ImageGeneration(ImageGenTool),
    /// Gives the model the tools of a remote MCP (Model Context Protocol) server or connector.
    Mcp(McpTool),
    /// A tool whose input is free text (optionally constrained by a grammar) rather than JSON.
    Custom(CustomToolParam),
    /// Lets the model run shell commands on a machine you control.
    LocalShell(LocalShellToolParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for Tool {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<FunctionTool> for Tool {
    fn from(value: FunctionTool) -> Self {
        Self::Function(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<FileSearchTool> for Tool {
    fn from(value: FileSearchTool) -> Self {
        Self::FileSearch(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<WebSearchTool> for Tool {
    fn from(value: WebSearchTool) -> Self {
        Self::WebSearch(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<WebSearchPreviewTool> for Tool {
    fn from(value: WebSearchPreviewTool) -> Self {
        Self::WebSearchPreview(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<ComputerUsePreviewTool> for Tool {
    fn from(value: ComputerUsePreviewTool) -> Self {
        Self::ComputerUsePreview(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<CodeInterpreterTool> for Tool {
    fn from(value: CodeInterpreterTool) -> Self {
        Self::CodeInterpreter(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<ImageGenTool> for Tool {
    fn from(value: ImageGenTool) -> Self {
        Self::ImageGeneration(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<McpTool> for Tool {
    fn from(value: McpTool) -> Self {
        Self::Mcp(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<CustomToolParam> for Tool {
    fn from(value: CustomToolParam) -> Self {
        Self::Custom(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<LocalShellToolParam> for Tool {
    fn from(value: LocalShellToolParam) -> Self {
        Self::LocalShell(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for Tool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => Serialize::serialize(value, serializer),
            Self::FileSearch(value) => Serialize::serialize(value, serializer),
            Self::WebSearch(value) => Serialize::serialize(value, serializer),
            Self::WebSearchPreview(value) => Serialize::serialize(value, serializer),
            Self::ComputerUsePreview(value) => Serialize::serialize(value, serializer),
            Self::CodeInterpreter(value) => Serialize::serialize(value, serializer),
            Self::ImageGeneration(value) => Serialize::serialize(value, serializer),
            Self::Mcp(value) => Serialize::serialize(value, serializer),
            Self::Custom(value) => Serialize::serialize(value, serializer),
            Self::LocalShell(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for Tool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("function") => codec::from_value(value).map(Self::Function),
            Some("file_search") => codec::from_value(value).map(Self::FileSearch),
            Some("web_search") => codec::from_value(value).map(Self::WebSearch),
            Some("web_search_preview") => {
                codec::from_value(value).map(Self::WebSearchPreview)
            }
            Some("computer_use_preview") => {
                codec::from_value(value).map(Self::ComputerUsePreview)
            }
            Some("code_interpreter") => {
                codec::from_value(value).map(Self::CodeInterpreter)
            }
            Some("image_generation") => {
                codec::from_value(value).map(Self::ImageGeneration)
            }
            Some("mcp") => codec::from_value(value).map(Self::Mcp),
            Some("custom") => codec::from_value(value).map(Self::Custom),
            Some("local_shell") => codec::from_value(value).map(Self::LocalShell),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A function you implement; the model emits `function_call` items with JSON arguments for it.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionTool {
    /// Always `function`.
    pub r#type: String,
    /// Function name the model refers to.
    pub name: String,
    /// What the function does, so the model knows when to call it.
    pub description: Option<String>,
    /// JSON Schema of the arguments object.
    pub parameters: Option<serde_json::Value>,
    /// Force arguments to match the schema exactly.
    pub strict: Option<bool>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for FunctionTool {
    fn default() -> Self {
        Self {
            r#type: "function".to_owned(),
            name: Default::default(),
            description: Default::default(),
            parameters: Default::default(),
            strict: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for FunctionTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        map.serialize_entry("parameters", &self.parameters)?;
        map.serialize_entry("strict", &self.strict)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for FunctionTool {
    const EXPECTING: &'static str = "a `FunctionTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            "parameters" => self.parameters = map.next_value()?,
            "strict" => self.strict = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl FunctionTool {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `parameters`.
    #[must_use]
    pub fn parameters(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.parameters = Some(value.into());
        self
    }

    /// Sets `strict`.
    #[must_use]
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}

/// Searches the given vector stores for passages relevant to the conversation.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct FileSearchTool {
    /// Always `file_search`.
    pub r#type: String,
    /// Vector stores to search.
    pub vector_store_ids: Vec<String>,
    /// Largest number of results to return, from 1 to 50.
    pub max_num_results: Option<i64>,
    /// How results are ranked.
    pub ranking_options: Option<RankingOptions>,
    /// Attribute filter applied to the files before searching.
    pub filters: Option<Filters>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for FileSearchTool {
    fn default() -> Self {
        Self {
            r#type: "file_search".to_owned(),
            vector_store_ids: Default::default(),
            max_num_results: Default::default(),
            ranking_options: Default::default(),
            filters: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for FileSearchTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("vector_store_ids", &self.vector_store_ids)?;
        codec::optional_entry(&mut map, "max_num_results", &self.max_num_results)?;
        codec::optional_entry(&mut map, "ranking_options", &self.ranking_options)?;
        codec::optional_entry(&mut map, "filters", &self.filters)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for FileSearchTool {
    const EXPECTING: &'static str = "a `FileSearchTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "vector_store_ids" => {
                self.vector_store_ids = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "max_num_results" => self.max_num_results = map.next_value()?,
            "ranking_options" => self.ranking_options = map.next_value()?,
            "filters" => self.filters = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for FileSearchTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl FileSearchTool {
    /// Creates a value from its required fields (`vector_store_ids`); the rest start unset.
    #[must_use]
    pub fn new(vector_store_ids: impl Into<Vec<String>>) -> Self {
        Self {
            vector_store_ids: vector_store_ids.into(),
            ..Default::default()
        }
    }

    /// Sets `vector_store_ids`.
    #[must_use]
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = value.into();
        self
    }

    /// Sets `max_num_results`.
    #[must_use]
    pub fn max_num_results(mut self, value: impl Into<i64>) -> Self {
        self.max_num_results = Some(value.into());
        self
    }

    /// Sets `ranking_options`.
    #[must_use]
    pub fn ranking_options(mut self, value: impl Into<RankingOptions>) -> Self {
        self.ranking_options = Some(value.into());
        self
    }

    /// Sets `filters`.
    #[must_use]
    pub fn filters(mut self, value: impl Into<Filters>) -> Self {
        self.filters = Some(value.into());
        self
    }
}

/// How file search results are ranked.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RankingOptions {
    /// Ranking algorithm.
    pub ranker: Option<RankingOptionsRanker>,
    /// Minimum relevance score (0 to 1) for a result to be kept.
    pub score_threshold: Option<f64>,
    /// Weights of semantic and keyword matching when both are used.
    pub hybrid_search: Option<RankingOptionsHybridSearch>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for RankingOptions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "ranker", &self.ranker)?;
        codec::optional_entry(&mut map, "score_threshold", &self.score_threshold)?;
        codec::optional_entry(&mut map, "hybrid_search", &self.hybrid_search)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for RankingOptions {
    const EXPECTING: &'static str = "a `RankingOptions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ranker" => self.ranker = map.next_value()?,
            "score_threshold" => self.score_threshold = map.next_value()?,
            "hybrid_search" => self.hybrid_search = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for RankingOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl RankingOptions {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `ranker`.
    #[must_use]
    pub fn ranker(mut self, value: impl Into<RankingOptionsRanker>) -> Self {
        self.ranker = Some(value.into());
        self
    }

    /// Sets `score_threshold`.
    #[must_use]
    pub fn score_threshold(mut self, value: impl Into<f64>) -> Self {
        self.score_threshold = Some(value.into());
        self
    }

    /// Sets `hybrid_search`.
    #[must_use]
    pub fn hybrid_search(
        mut self,
        value: impl Into<RankingOptionsHybridSearch>,
    ) -> Self {
        self.hybrid_search = Some(value.into());
        self
    }
}

/// Ranking algorithm.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum RankingOptionsRanker {
    /// `auto`
    Auto,
    /// `default-2024-11-15`
    Default20241115,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for RankingOptionsRanker {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl RankingOptionsRanker {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Default20241115 => "default-2024-11-15",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for RankingOptionsRanker {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default-2024-11-15" => Self::Default20241115,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(RankingOptionsRanker);

/// Weights of semantic and keyword matching when both are used.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RankingOptionsHybridSearch {
    /// Weight of the embedding (semantic) score.
    pub embedding_weight: f64,
    /// Weight of the text (keyword) score.
    pub text_weight: f64,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for RankingOptionsHybridSearch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("embedding_weight", &self.embedding_weight)?;
        map.serialize_entry("text_weight", &self.text_weight)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for RankingOptionsHybridSearch {
    const EXPECTING: &'static str = "a `RankingOptionsHybridSearch` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "embedding_weight" => {
                self.embedding_weight = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "text_weight" => self.text_weight = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for RankingOptionsHybridSearch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl RankingOptionsHybridSearch {
    /// Creates a value from its required fields (`embedding_weight`, `text_weight`); the rest start unset.
    #[must_use]
    pub fn new(embedding_weight: impl Into<f64>, text_weight: impl Into<f64>) -> Self {
        Self {
            embedding_weight: embedding_weight.into(),
            text_weight: text_weight.into(),
        }
    }

    /// Sets `embedding_weight`.
    #[must_use]
    pub fn embedding_weight(mut self, value: impl Into<f64>) -> Self {
        self.embedding_weight = value.into();
        self
    }

    /// Sets `text_weight`.
    #[must_use]
    pub fn text_weight(mut self, value: impl Into<f64>) -> Self {
        self.text_weight = value.into();
        self
    }
}

/// An attribute filter, either a single comparison or a compound of filters.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq)]
pub enum Filters {
    /// Compares one attribute against a value.
    ComparisonFilter(ComparisonFilter),
    /// Combines several filters with a logical `and` or `or`.
    CompoundFilter(CompoundFilter),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Default for Filters {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<ComparisonFilter> for Filters {
    fn from(value: ComparisonFilter) -> Self {
        Self::ComparisonFilter(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<CompoundFilter> for Filters {
    fn from(value: CompoundFilter) -> Self {
        Self::CompoundFilter(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Serialize for Filters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ComparisonFilter(value) => Serialize::serialize(value, serializer),
            Self::CompoundFilter(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for Filters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "nin") => {
                codec::from_value(value).map(Self::ComparisonFilter)
            }
            Some("and" | "or") => codec::from_value(value).map(Self::CompoundFilter),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Compares one attribute against a value.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ComparisonFilter {
    /// Comparison operator: equal, not equal, greater than (or equal),
    /// less than (or equal), contained in a list, not contained in a list.
    pub r#type: ComparisonFilterType,
    /// Name of the attribute to compare.
    pub key: String,
    /// Value to compare with; a list for `in` and `nin`.
    pub value: ComparisonFilterValue,
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Serialize for ComparisonFilter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("key", &self.key)?;
        map.serialize_entry("value", &self.value)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl codec::ObjectFields for ComparisonFilter {
    const EXPECTING: &'static str = "a `ComparisonFilter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "key" => self.key = map.next_value::<codec::Lenient<_>>()?.0,
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for ComparisonFilter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl ComparisonFilter {
    /// Creates a value from its required fields (`type`, `key`, `value`); the rest start unset.
    #[must_use]
    pub fn new(
        r#type: impl Into<ComparisonFilterType>,
        key: impl Into<String>,
        value: impl Into<ComparisonFilterValue>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            key: key.into(),
            value: value.into(),
        }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<ComparisonFilterType>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets `key`.
    #[must_use]
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets `value`.
    #[must_use]
    pub fn value(mut self, value: impl Into<ComparisonFilterValue>) -> Self {
        self.value = value.into();
        self
    }
}

/// Comparison operator: equal, not equal, greater than (or equal),
/// less than (or equal), contained in a list, not contained in a list.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
#[derive(Debug, Clone)]
pub enum ComparisonFilterType {
    /// `eq`
    Eq,
    /// `ne`
    Ne,
    /// `gt`
    Gt,
    /// `gte`
    Gte,
    /// `lt`
    Lt,
    /// `lte`
    Lte,
    /// `in`
    In,
    /// `nin`
    Nin,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Default for ComparisonFilterType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl ComparisonFilterType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "eq",
            Self::Ne => "ne",
            Self::Gt => "gt",
            Self::Gte => "gte",
            Self::Lt => "lt",
            Self::Lte => "lte",
            Self::In => "in",
            Self::Nin => "nin",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<&str> for ComparisonFilterType {
    fn from(value: &str) -> Self {
        match value {
            "eq" => Self::Eq,
            "ne" => Self::Ne,
            "gt" => Self::Gt,
            "gte" => Self::Gte,
            "lt" => Self::Lt,
            "lte" => Self::Lte,
            "in" => Self::In,
            "nin" => Self::Nin,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
crate::runtime::string_enum_traits!(ComparisonFilterType);

/// Value to compare with; a list for `in` and `nin`.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq)]
pub enum ComparisonFilterValue {
    /// A `String` value.
    String(String),
    /// A `Number` value.
    Number(f64),
    /// A `Boolean` value.
    Boolean(bool),
    /// An `Array` value.
    Array(Vec<ComparisonFilterValueArrayItem>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Default for ComparisonFilterValue {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<String> for ComparisonFilterValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<&str> for ComparisonFilterValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<f64> for ComparisonFilterValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<bool> for ComparisonFilterValue {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<Vec<ComparisonFilterValueArrayItem>> for ComparisonFilterValue {
    fn from(value: Vec<ComparisonFilterValueArrayItem>) -> Self {
        Self::Array(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Serialize for ComparisonFilterValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Number(value) => Serialize::serialize(value, serializer),
            Self::Boolean(value) => Serialize::serialize(value, serializer),
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for ComparisonFilterValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Bool(_) => codec::from_value(value).map(Self::Boolean),
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Number),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// An item of one of the forms of [`ComparisonFilterValue`](crate::types::ComparisonFilterValue).
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq)]
pub enum ComparisonFilterValueArrayItem {
    /// A `String` value.
    String(String),
    /// A `Number` value.
    Number(f64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Default for ComparisonFilterValueArrayItem {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<String> for ComparisonFilterValueArrayItem {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<&str> for ComparisonFilterValueArrayItem {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<f64> for ComparisonFilterValueArrayItem {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Serialize for ComparisonFilterValueArrayItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::Number(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for ComparisonFilterValueArrayItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Number),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Combines several filters with a logical `and` or `or`.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompoundFilter {
    /// How the inner filters are combined.
    pub r#type: CompoundFilterType,
    /// The filters to combine; each may itself be compound.
    pub filters: Vec<Filters>,
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Serialize for CompoundFilter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("filters", &self.filters)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl codec::ObjectFields for CompoundFilter {
    const EXPECTING: &'static str = "a `CompoundFilter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "filters" => self.filters = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl<'de> Deserialize<'de> for CompoundFilter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl CompoundFilter {
    /// Creates a value from its required fields (`type`, `filters`); the rest start unset.
    #[must_use]
    pub fn new(
        r#type: impl Into<CompoundFilterType>,
        filters: impl Into<Vec<Filters>>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            filters: filters.into(),
        }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<CompoundFilterType>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets `filters`.
    #[must_use]
    pub fn filters(mut self, value: impl Into<Vec<Filters>>) -> Self {
        self.filters = value.into();
        self
    }
}

/// How the inner filters are combined.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
#[derive(Debug, Clone)]
pub enum CompoundFilterType {
    /// `and`
    And,
    /// `or`
    Or,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl Default for CompoundFilterType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl CompoundFilterType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "and",
            Self::Or => "or",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
impl From<&str> for CompoundFilterType {
    fn from(value: &str) -> Self {
        match value {
            "and" => Self::And,
            "or" => Self::Or,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses", feature = "vector_stores"))]
crate::runtime::string_enum_traits!(CompoundFilterType);

/// Lets the model search the web and cite what it finds.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct WebSearchTool {
    /// Always `web_search`.
    pub r#type: String,
    /// Restrictions on which sites may be searched.
    pub filters: Option<WebSearchToolFilters>,
    /// Approximate location of the user, to localise results.
    pub user_location: Option<WebSearchApproximateLocation>,
    /// How much retrieved web content goes into the context window.
    pub search_context_size: Option<WebSearchToolSearchContextSize>,
    /// Whether live pages may be fetched (true) or only cached content used (false).
    pub external_web_access: Option<bool>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for WebSearchTool {
    fn default() -> Self {
        Self {
            r#type: "web_search".to_owned(),
            filters: Default::default(),
            user_location: Default::default(),
            search_context_size: Default::default(),
            external_web_access: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for WebSearchTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "filters", &self.filters)?;
        codec::optional_entry(&mut map, "user_location", &self.user_location)?;
        codec::optional_entry(
            &mut map,
            "search_context_size",
            &self.search_context_size,
        )?;
        codec::optional_entry(
            &mut map,
            "external_web_access",
            &self.external_web_access,
        )?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for WebSearchTool {
    const EXPECTING: &'static str = "a `WebSearchTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "filters" => self.filters = map.next_value()?,
            "user_location" => self.user_location = map.next_value()?,
            "search_context_size" => self.search_context_size = map.next_value()?,
            "external_web_access" => self.external_web_access = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl WebSearchTool {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `filters`.
    #[must_use]
    pub fn filters(mut self, value: impl Into<WebSearchToolFilters>) -> Self {
        self.filters = Some(value.into());
        self
    }

    /// Sets `user_location`.
    #[must_use]
    pub fn user_location(
        mut self,
        value: impl Into<WebSearchApproximateLocation>,
    ) -> Self {
        self.user_location = Some(value.into());
        self
    }

    /// Sets `search_context_size`.
    #[must_use]
    pub fn search_context_size(
        mut self,
        value: impl Into<WebSearchToolSearchContextSize>,
    ) -> Self {
        self.search_context_size = Some(value.into());
        self
    }

    /// Sets `external_web_access`.
    #[must_use]
    pub fn external_web_access(mut self, value: impl Into<bool>) -> Self {
        self.external_web_access = Some(value.into());
        self
    }
}

/// Restrictions on which sites may be searched.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebSearchToolFilters {
    /// Only search these domains (and their subdomains).
    pub allowed_domains: Option<Vec<String>>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for WebSearchToolFilters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "allowed_domains", &self.allowed_domains)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for WebSearchToolFilters {
    const EXPECTING: &'static str = "a `WebSearchToolFilters` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "allowed_domains" => self.allowed_domains = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchToolFilters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl WebSearchToolFilters {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `allowed_domains`.
    #[must_use]
    pub fn allowed_domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_domains = Some(value.into());
        self
    }
}

/// Rough whereabouts of the user for the web search tool; every field is optional.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebSearchApproximateLocation {
    /// Always `approximate` when present.
    pub r#type: Option<String>,
    /// City name in free text, e.g. `San Francisco`.
    pub city: Option<String>,
    /// Two-letter ISO country code, e.g. `US`.
    pub country: Option<String>,
    /// Region or state in free text.
    pub region: Option<String>,
    /// IANA time zone name, e.g. `America/Los_Angeles`.
    pub timezone: Option<String>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for WebSearchApproximateLocation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "city", &self.city)?;
        codec::optional_entry(&mut map, "country", &self.country)?;
        codec::optional_entry(&mut map, "region", &self.region)?;
        codec::optional_entry(&mut map, "timezone", &self.timezone)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for WebSearchApproximateLocation {
    const EXPECTING: &'static str = "a `WebSearchApproximateLocation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "city" => self.city = map.next_value()?,
            "country" => self.country = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "timezone" => self.timezone = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchApproximateLocation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl WebSearchApproximateLocation {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `city`.
    #[must_use]
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `country`.
    #[must_use]
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `timezone`.
    #[must_use]
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }
}

/// How much retrieved web content goes into the context window.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum WebSearchToolSearchContextSize {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for WebSearchToolSearchContextSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl WebSearchToolSearchContextSize {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for WebSearchToolSearchContextSize {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(WebSearchToolSearchContextSize);

/// Earlier preview version of the web search tool.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct WebSearchPreviewTool {
    /// Always `web_search_preview`.
    pub r#type: String,
    /// Approximate location of the user.
    pub user_location: Option<ApproximateLocation>,
    /// How much retrieved web content goes into the context window.
    pub search_context_size: Option<WebSearchPreviewToolSearchContextSize>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for WebSearchPreviewTool {
    fn default() -> Self {
        Self {
            r#type: "web_search_preview".to_owned(),
            user_location: Default::default(),
            search_context_size: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for WebSearchPreviewTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "user_location", &self.user_location)?;
        codec::optional_entry(
            &mut map,
            "search_context_size",
            &self.search_context_size,
        )?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for WebSearchPreviewTool {
    const EXPECTING: &'static str = "a `WebSearchPreviewTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "user_location" => self.user_location = map.next_value()?,
            "search_context_size" => self.search_context_size = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchPreviewTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl WebSearchPreviewTool {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `user_location`.
    #[must_use]
    pub fn user_location(mut self, value: impl Into<ApproximateLocation>) -> Self {
        self.user_location = Some(value.into());
        self
    }

    /// Sets `search_context_size`.
    #[must_use]
    pub fn search_context_size(
        mut self,
        value: impl Into<WebSearchPreviewToolSearchContextSize>,
    ) -> Self {
        self.search_context_size = Some(value.into());
        self
    }
}

/// Rough whereabouts of the user, used to localise web search results.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct ApproximateLocation {
    /// Always `approximate`.
    pub r#type: String,
    /// City name in free text, e.g. `San Francisco`.
    pub city: Option<String>,
    /// Two-letter ISO country code, e.g. `US`.
    pub country: Option<String>,
    /// Region or state in free text.
    pub region: Option<String>,
    /// IANA time zone name, e.g. `America/Los_Angeles`.
    pub timezone: Option<String>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for ApproximateLocation {
    fn default() -> Self {
        Self {
            r#type: "approximate".to_owned(),
            city: Default::default(),
            country: Default::default(),
            region: Default::default(),
            timezone: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for ApproximateLocation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "city", &self.city)?;
        codec::optional_entry(&mut map, "country", &self.country)?;
        codec::optional_entry(&mut map, "region", &self.region)?;
        codec::optional_entry(&mut map, "timezone", &self.timezone)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for ApproximateLocation {
    const EXPECTING: &'static str = "an `ApproximateLocation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "city" => self.city = map.next_value()?,
            "country" => self.country = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "timezone" => self.timezone = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for ApproximateLocation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ApproximateLocation {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `city`.
    #[must_use]
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `country`.
    #[must_use]
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }

    /// Sets `region`.
    #[must_use]
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `timezone`.
    #[must_use]
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }
}

/// How much retrieved web content goes into the context window.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum WebSearchPreviewToolSearchContextSize {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for WebSearchPreviewToolSearchContextSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl WebSearchPreviewToolSearchContextSize {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for WebSearchPreviewToolSearchContextSize {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(WebSearchPreviewToolSearchContextSize);

/// Lets the model operate a virtual computer by emitting mouse and keyboard actions.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct ComputerUsePreviewTool {
    /// Always `computer_use_preview`.
    pub r#type: String,
    /// Kind of machine being controlled.
    pub environment: ComputerUsePreviewToolEnvironment,
    /// Screen width in pixels.
    pub display_width: i64,
    /// Screen height in pixels.
    pub display_height: i64,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for ComputerUsePreviewTool {
    fn default() -> Self {
        Self {
            r#type: "computer_use_preview".to_owned(),
            environment: Default::default(),
            display_width: Default::default(),
            display_height: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for ComputerUsePreviewTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("environment", &self.environment)?;
        map.serialize_entry("display_width", &self.display_width)?;
        map.serialize_entry("display_height", &self.display_height)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for ComputerUsePreviewTool {
    const EXPECTING: &'static str = "a `ComputerUsePreviewTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "environment" => self.environment = map.next_value::<codec::Lenient<_>>()?.0,
            "display_width" => {
                self.display_width = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "display_height" => {
                self.display_height = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerUsePreviewTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ComputerUsePreviewTool {
    /// Creates a value from its required fields (`environment`, `display_width`, `display_height`); the rest start unset.
    #[must_use]
    pub fn new(
        environment: impl Into<ComputerUsePreviewToolEnvironment>,
        display_width: impl Into<i64>,
        display_height: impl Into<i64>,
    ) -> Self {
        Self {
            environment: environment.into(),
            display_width: display_width.into(),
            display_height: display_height.into(),
            ..Default::default()
        }
    }

    /// Sets `environment`.
    #[must_use]
    pub fn environment(
        mut self,
        value: impl Into<ComputerUsePreviewToolEnvironment>,
    ) -> Self {
        self.environment = value.into();
        self
    }

    /// Sets `display_width`.
    #[must_use]
    pub fn display_width(mut self, value: impl Into<i64>) -> Self {
        self.display_width = value.into();
        self
    }

    /// Sets `display_height`.
    #[must_use]
    pub fn display_height(mut self, value: impl Into<i64>) -> Self {
        self.display_height = value.into();
        self
    }
}

/// Kind of machine being controlled.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum ComputerUsePreviewToolEnvironment {
    /// `windows`
    Windows,
    /// `mac`
    Mac,
    /// `linux`
    Linux,
    /// `ubuntu`
    Ubuntu,
    /// `browser`
    Browser,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for ComputerUsePreviewToolEnvironment {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ComputerUsePreviewToolEnvironment {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Windows => "windows",
            Self::Mac => "mac",
            Self::Linux => "linux",
            Self::Ubuntu => "ubuntu",
            Self::Browser => "browser",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for ComputerUsePreviewToolEnvironment {
    fn from(value: &str) -> Self {
        match value {
            "windows" => Self::Windows,
            "mac" => Self::Mac,
            "linux" => Self::Linux,
            "ubuntu" => Self::Ubuntu,
            "browser" => Self::Browser,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(ComputerUsePreviewToolEnvironment);

/// Lets the model write and run Python in a sandboxed container.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInterpreterTool {
    /// Always `code_interpreter`.
    pub r#type: String,
    /// An existing container id, or settings for a container created on demand.
    pub container: CodeInterpreterToolContainer,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for CodeInterpreterTool {
    fn default() -> Self {
        Self {
            r#type: "code_interpreter".to_owned(),
            container: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for CodeInterpreterTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("container", &self.container)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for CodeInterpreterTool {
    const EXPECTING: &'static str = "a `CodeInterpreterTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "container" => self.container = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for CodeInterpreterTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl CodeInterpreterTool {
    /// Creates a value from its required fields (`container`); the rest start unset.
    #[must_use]
    pub fn new(container: impl Into<CodeInterpreterToolContainer>) -> Self {
        Self {
            container: container.into(),
            ..Default::default()
        }
    }

    /// Sets `container`.
    #[must_use]
    pub fn container(mut self, value: impl Into<CodeInterpreterToolContainer>) -> Self {
        self.container = value.into();
        self
    }
}

/// An existing container id, or settings for a container created on demand.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub enum CodeInterpreterToolContainer {
    /// A `String` value.
    String(String),
    /// Create a fresh container automatically.
    AutoCodeInterpreterToolParam(AutoCodeInterpreterToolParam),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for CodeInterpreterToolContainer {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<String> for CodeInterpreterToolContainer {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for CodeInterpreterToolContainer {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<AutoCodeInterpreterToolParam> for CodeInterpreterToolContainer {
    fn from(value: AutoCodeInterpreterToolParam) -> Self {
        Self::AutoCodeInterpreterToolParam(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for CodeInterpreterToolContainer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::AutoCodeInterpreterToolParam(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for CodeInterpreterToolContainer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::AutoCodeInterpreterToolParam)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Create a fresh container automatically.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct AutoCodeInterpreterToolParam {
    /// Always `auto`.
    pub r#type: String,
    /// Uploaded files to copy into the container.
    pub file_ids: Option<Vec<String>>,
    /// Memory available to the container.
    pub memory_limit: Option<AutoCodeInterpreterToolParamMemoryLimit>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for AutoCodeInterpreterToolParam {
    fn default() -> Self {
        Self {
            r#type: "auto".to_owned(),
            file_ids: Default::default(),
            memory_limit: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for AutoCodeInterpreterToolParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "file_ids", &self.file_ids)?;
        codec::optional_entry(&mut map, "memory_limit", &self.memory_limit)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for AutoCodeInterpreterToolParam {
    const EXPECTING: &'static str = "an `AutoCodeInterpreterToolParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "file_ids" => self.file_ids = map.next_value()?,
            "memory_limit" => self.memory_limit = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for AutoCodeInterpreterToolParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl AutoCodeInterpreterToolParam {
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

    /// Sets `memory_limit`.
    #[must_use]
    pub fn memory_limit(
        mut self,
        value: impl Into<AutoCodeInterpreterToolParamMemoryLimit>,
    ) -> Self {
        self.memory_limit = Some(value.into());
        self
    }
}

/// Memory available to the container.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum AutoCodeInterpreterToolParamMemoryLimit {
    /// `1g`
    V1g,
    /// `4g`
    V4g,
    /// `16g`
    V16g,
    /// `64g`
    V64g,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for AutoCodeInterpreterToolParamMemoryLimit {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl AutoCodeInterpreterToolParamMemoryLimit {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1g => "1g",
            Self::V4g => "4g",
            Self::V16g => "16g",
            Self::V64g => "64g",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for AutoCodeInterpreterToolParamMemoryLimit {
    fn from(value: &str) -> Self {
        match value {
            "1g" => Self::V1g,
            "4g" => Self::V4g,
            "16g" => Self::V16g,
            "64g" => Self::V64g,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(AutoCodeInterpreterToolParamMemoryLimit);

/// Lets the model create or edit images with an image model.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct ImageGenTool {
    /// Always `image_generation`.
    pub r#type: String,
    /// Image model to use, e.g. `gpt-image-1`.
    pub model: Option<String>,
    /// Rendering quality.
    pub quality: Option<ImageGenToolQuality>,
    /// Image size such as `1024x1024`, `1024x1536`, `1536x1024`, or `auto`.
    pub size: Option<String>,
    /// File format of generated images.
    pub output_format: Option<ImageGenToolOutputFormat>,
    /// Compression level for `webp` and `jpeg` output.
    pub output_compression: Option<i64>,
    /// Strictness of content moderation on generated images.
    pub moderation: Option<ImageGenToolModeration>,
    /// Background treatment of generated images.
    pub background: Option<ImageGenToolBackground>,
    /// How closely edits preserve details of input images.
    pub input_fidelity: Option<InputFidelity>,
    /// Mask restricting which area of the input image may change.
    pub input_image_mask: Option<ImageGenToolInputImageMask>,
    /// Number of partial images to stream while generating.
    pub partial_images: Option<i64>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for ImageGenTool {
    fn default() -> Self {
        Self {
            r#type: "image_generation".to_owned(),
            model: Default::default(),
            quality: Default::default(),
            size: Default::default(),
            output_format: Default::default(),
            output_compression: Default::default(),
            moderation: Default::default(),
            background: Default::default(),
            input_fidelity: Default::default(),
            input_image_mask: Default::default(),
            partial_images: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for ImageGenTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "quality", &self.quality)?;
        codec::optional_entry(&mut map, "size", &self.size)?;
        codec::optional_entry(&mut map, "output_format", &self.output_format)?;
        codec::optional_entry(&mut map, "output_compression", &self.output_compression)?;
        codec::optional_entry(&mut map, "moderation", &self.moderation)?;
        codec::optional_entry(&mut map, "background", &self.background)?;
        codec::optional_entry(&mut map, "input_fidelity", &self.input_fidelity)?;
        codec::optional_entry(&mut map, "input_image_mask", &self.input_image_mask)?;
        codec::optional_entry(&mut map, "partial_images", &self.partial_images)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for ImageGenTool {
    const EXPECTING: &'static str = "an `ImageGenTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value()?,
            "quality" => self.quality = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "output_format" => self.output_format = map.next_value()?,
            "output_compression" => self.output_compression = map.next_value()?,
            "moderation" => self.moderation = map.next_value()?,
            "background" => self.background = map.next_value()?,
            "input_fidelity" => self.input_fidelity = map.next_value()?,
            "input_image_mask" => self.input_image_mask = map.next_value()?,
            "partial_images" => self.partial_images = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for ImageGenTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ImageGenTool {
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

    /// Sets `quality`.
    #[must_use]
    pub fn quality(mut self, value: impl Into<ImageGenToolQuality>) -> Self {
        self.quality = Some(value.into());
        self
    }

    /// Sets `size`.
    #[must_use]
    pub fn size(mut self, value: impl Into<String>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// Sets `output_format`.
    #[must_use]
    pub fn output_format(mut self, value: impl Into<ImageGenToolOutputFormat>) -> Self {
        self.output_format = Some(value.into());
        self
    }

    /// Sets `output_compression`.
    #[must_use]
    pub fn output_compression(mut self, value: impl Into<i64>) -> Self {
        self.output_compression = Some(value.into());
        self
    }

    /// Sets `moderation`.
    #[must_use]
    pub fn moderation(mut self, value: impl Into<ImageGenToolModeration>) -> Self {
        self.moderation = Some(value.into());
        self
    }

    /// Sets `background`.
    #[must_use]
    pub fn background(mut self, value: impl Into<ImageGenToolBackground>) -> Self {
        self.background = Some(value.into());
        self
    }

    /// Sets `input_fidelity`.
    #[must_use]
    pub fn input_fidelity(mut self, value: impl Into<InputFidelity>) -> Self {
        self.input_fidelity = Some(value.into());
        self
    }

    /// Sets `input_image_mask`.
    #[must_use]
    pub fn input_image_mask(
        mut self,
        value: impl Into<ImageGenToolInputImageMask>,
    ) -> Self {
        self.input_image_mask = Some(value.into());
        self
    }

    /// Sets `partial_images`.
    #[must_use]
    pub fn partial_images(mut self, value: impl Into<i64>) -> Self {
        self.partial_images = Some(value.into());
        self
    }
}

/// Rendering quality.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum ImageGenToolQuality {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for ImageGenToolQuality {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ImageGenToolQuality {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for ImageGenToolQuality {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(ImageGenToolQuality);

/// File format of generated images.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum ImageGenToolOutputFormat {
    /// `png`
    Png,
    /// `webp`
    Webp,
    /// `jpeg`
    Jpeg,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for ImageGenToolOutputFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ImageGenToolOutputFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Png => "png",
            Self::Webp => "webp",
            Self::Jpeg => "jpeg",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for ImageGenToolOutputFormat {
    fn from(value: &str) -> Self {
        match value {
            "png" => Self::Png,
            "webp" => Self::Webp,
            "jpeg" => Self::Jpeg,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(ImageGenToolOutputFormat);

/// Strictness of content moderation on generated images.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum ImageGenToolModeration {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for ImageGenToolModeration {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ImageGenToolModeration {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for ImageGenToolModeration {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(ImageGenToolModeration);

/// Background treatment of generated images.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum ImageGenToolBackground {
    /// `transparent`
    Transparent,
    /// `opaque`
    Opaque,
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for ImageGenToolBackground {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ImageGenToolBackground {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transparent => "transparent",
            Self::Opaque => "opaque",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for ImageGenToolBackground {
    fn from(value: &str) -> Self {
        match value {
            "transparent" => Self::Transparent,
            "opaque" => Self::Opaque,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(ImageGenToolBackground);

/// How faithfully image edits keep features (such as faces) of the inputs.
#[cfg(any(feature = "evals", feature = "images", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum InputFidelity {
    /// `high`
    High,
    /// `low`
    Low,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "images", feature = "responses"))]
impl Default for InputFidelity {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "images", feature = "responses"))]
impl InputFidelity {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "high",
            Self::Low => "low",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "images", feature = "responses"))]
impl From<&str> for InputFidelity {
    fn from(value: &str) -> Self {
        match value {
            "high" => Self::High,
            "low" => Self::Low,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "images", feature = "responses"))]
crate::runtime::string_enum_traits!(InputFidelity);

/// Mask restricting which area of the input image may change.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImageGenToolInputImageMask {
    /// Mask image as a URL or base64 data URL.
    pub image_url: Option<String>,
    /// Uploaded mask image file.
    pub file_id: Option<String>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for ImageGenToolInputImageMask {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "image_url", &self.image_url)?;
        codec::optional_entry(&mut map, "file_id", &self.file_id)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for ImageGenToolInputImageMask {
    const EXPECTING: &'static str = "an `ImageGenToolInputImageMask` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "image_url" => self.image_url = map.next_value()?,
            "file_id" => self.file_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for ImageGenToolInputImageMask {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl ImageGenToolInputImageMask {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `image_url`.
    #[must_use]
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
        self
    }

    /// Sets `file_id`.
    #[must_use]
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}

/// Gives the model the tools of a remote MCP (Model Context Protocol) server or connector.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct McpTool {
    /// Always `mcp`.
    pub r#type: String,
    /// Label that identifies this server in tool calls.
    pub server_label: String,
    /// URL of the MCP server (use this or `connector_id`).
    pub server_url: Option<String>,
    /// Built-in service connector to use instead of a server URL.
    pub connector_id: Option<McpToolConnectorId>,
    /// OAuth access token sent to the server or connector.
    pub authorization: Option<String>,
    /// What the server offers, to help the model.
    pub server_description: Option<String>,
    /// Extra HTTP headers sent to the server.
    pub headers: Option<BTreeMap<String, String>>,
    /// Only expose these tools of the server.
    pub allowed_tools: Option<McpToolAllowedTools>,
    /// Which tool calls need your approval before they run.
    pub require_approval: Option<McpToolRequireApproval>,
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Default for McpTool {
    fn default() -> Self {
        Self {
            r#type: "mcp".to_owned(),
            server_label: Default::default(),
            server_url: Default::default(),
            connector_id: Default::default(),
            authorization: Default::default(),
            server_description: Default::default(),
            headers: Default::default(),
            allowed_tools: Default::default(),
            require_approval: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Serialize for McpTool {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("server_label", &self.server_label)?;
        codec::optional_entry(&mut map, "server_url", &self.server_url)?;
        codec::optional_entry(&mut map, "connector_id", &self.connector_id)?;
        codec::optional_entry(&mut map, "authorization", &self.authorization)?;
        codec::optional_entry(&mut map, "server_description", &self.server_description)?;
        codec::optional_entry(&mut map, "headers", &self.headers)?;
        codec::optional_entry(&mut map, "allowed_tools", &self.allowed_tools)?;
        codec::optional_entry(&mut map, "require_approval", &self.require_approval)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl codec::ObjectFields for McpTool {
    const EXPECTING: &'static str = "a `McpTool` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "server_label" => {
                self.server_label = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "server_url" => self.server_url = map.next_value()?,
            "connector_id" => self.connector_id = map.next_value()?,
            "authorization" => self.authorization = map.next_value()?,
            "server_description" => self.server_description = map.next_value()?,
            "headers" => self.headers = map.next_value()?,
            "allowed_tools" => self.allowed_tools = map.next_value()?,
            "require_approval" => self.require_approval = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl<'de> Deserialize<'de> for McpTool {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl McpTool {
    /// Creates a value from its required fields (`server_label`); the rest start unset.
    #[must_use]
    pub fn new(server_label: impl Into<String>) -> Self {
        Self {
            server_label: server_label.into(),
            ..Default::default()
        }
    }

    /// Sets `server_label`.
    #[must_use]
    pub fn server_label(mut self, value: impl Into<String>) -> Self {
        self.server_label = value.into();
        self
    }

    /// Sets `server_url`.
    #[must_use]
    pub fn server_url(mut self, value: impl Into<String>) -> Self {
        self.server_url = Some(value.into());
        self
    }

    /// Sets `connector_id`.
    #[must_use]
    pub fn connector_id(mut self, value: impl Into<McpToolConnectorId>) -> Self {
        self.connector_id = Some(value.into());
        self
    }

    /// Sets `authorization`.
    #[must_use]
    pub fn authorization(mut self, value: impl Into<String>) -> Self {
        self.authorization = Some(value.into());
        self
    }

    /// Sets `server_description`.
    #[must_use]
    pub fn server_description(mut self, value: impl Into<String>) -> Self {
        self.server_description = Some(value.into());
        self
    }

    /// Sets `headers`.
    #[must_use]
    pub fn headers<K: Into<String>, V: Into<String>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.headers = Some(
            entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }

    /// Sets `allowed_tools`.
    #[must_use]
    pub fn allowed_tools(mut self, value: impl Into<McpToolAllowedTools>) -> Self {
        self.allowed_tools = Some(value.into());
        self
    }

    /// Sets `require_approval`.
    #[must_use]
    pub fn require_approval(mut self, value: impl Into<McpToolRequireApproval>) -> Self {
        self.require_approval = Some(value.into());
        self
    }
}

/// Built-in service connector to use instead of a server URL.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum McpToolConnectorId {
    /// `connector_dropbox`
    ConnectorDropbox,
    /// `connector_gmail`
    ConnectorGmail,
    /// `connector_googlecalendar`
    ConnectorGooglecalendar,
    /// `connector_googledrive`
    ConnectorGoogledrive,
    /// `connector_microsoftteams`
    ConnectorMicrosoftteams,
    /// `connector_outlookcalendar`
    ConnectorOutlookcalendar,
    /// `connector_outlookemail`
    ConnectorOutlookemail,
    /// `connector_sharepoint`
    ConnectorSharepoint,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Default for McpToolConnectorId {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl McpToolConnectorId {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectorDropbox => "connector_dropbox",
            Self::ConnectorGmail => "connector_gmail",
            Self::ConnectorGooglecalendar => "connector_googlecalendar",
            Self::ConnectorGoogledrive => "connector_googledrive",
            Self::ConnectorMicrosoftteams => "connector_microsoftteams",
            Self::ConnectorOutlookcalendar => "connector_outlookcalendar",
            Self::ConnectorOutlookemail => "connector_outlookemail",
            Self::ConnectorSharepoint => "connector_sharepoint",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl From<&str> for McpToolConnectorId {
    fn from(value: &str) -> Self {
        match value {
            "connector_dropbox" => Self::ConnectorDropbox,
            "connector_gmail" => Self::ConnectorGmail,
            "connector_googlecalendar" => Self::ConnectorGooglecalendar,
            "connector_googledrive" => Self::ConnectorGoogledrive,
            "connector_microsoftteams" => Self::ConnectorMicrosoftteams,
            "connector_outlookcalendar" => Self::ConnectorOutlookcalendar,
            "connector_outlookemail" => Self::ConnectorOutlookemail,
            "connector_sharepoint" => Self::ConnectorSharepoint,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
crate::runtime::string_enum_traits!(McpToolConnectorId);

/// Only expose these tools of the server.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub enum McpToolAllowedTools {
    /// An `Array` value.
    Array(Vec<String>),
    /// Selects MCP tools by name or by read-only hint.
    McpToolFilter(McpToolFilter),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Default for McpToolAllowedTools {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl From<Vec<String>> for McpToolAllowedTools {
    fn from(value: Vec<String>) -> Self {
        Self::Array(value)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl From<McpToolFilter> for McpToolAllowedTools {
    fn from(value: McpToolFilter) -> Self {
        Self::McpToolFilter(value)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Serialize for McpToolAllowedTools {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Array(value) => Serialize::serialize(value, serializer),
            Self::McpToolFilter(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolAllowedTools {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Array),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::McpToolFilter)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Selects MCP tools by name or by read-only hint.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct McpToolFilter {
    /// Tool names to match.
    pub tool_names: Option<Vec<String>>,
    /// Match tools that declare themselves read-only.
    pub read_only: Option<bool>,
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Serialize for McpToolFilter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "tool_names", &self.tool_names)?;
        codec::optional_entry(&mut map, "read_only", &self.read_only)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl codec::ObjectFields for McpToolFilter {
    const EXPECTING: &'static str = "a `McpToolFilter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "tool_names" => self.tool_names = map.next_value()?,
            "read_only" => self.read_only = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolFilter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl McpToolFilter {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `tool_names`.
    #[must_use]
    pub fn tool_names(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tool_names = Some(value.into());
        self
    }

    /// Sets `read_only`.
    #[must_use]
    pub fn read_only(mut self, value: impl Into<bool>) -> Self {
        self.read_only = Some(value.into());
        self
    }
}

/// Which tool calls need your approval before they run.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub enum McpToolRequireApproval {
    /// An `Enum` value.
    Enum(McpToolRequireApprovalEnum),
    /// Per-tool approval rules.
    McpToolApprovalFilter(McpToolApprovalFilter),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Default for McpToolRequireApproval {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl From<McpToolRequireApprovalEnum> for McpToolRequireApproval {
    fn from(value: McpToolRequireApprovalEnum) -> Self {
        Self::Enum(value)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl From<McpToolApprovalFilter> for McpToolRequireApproval {
    fn from(value: McpToolApprovalFilter) -> Self {
        Self::McpToolApprovalFilter(value)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Serialize for McpToolRequireApproval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::McpToolApprovalFilter(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolRequireApproval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::McpToolApprovalFilter)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`McpToolRequireApproval`](crate::types::McpToolRequireApproval).
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum McpToolRequireApprovalEnum {
    /// `always`
    Always,
    /// `never`
    Never,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Default for McpToolRequireApprovalEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl McpToolRequireApprovalEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Always => "always",
            Self::Never => "never",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl From<&str> for McpToolRequireApprovalEnum {
    fn from(value: &str) -> Self {
        match value {
            "always" => Self::Always,
            "never" => Self::Never,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
crate::runtime::string_enum_traits!(McpToolRequireApprovalEnum);

/// Per-tool approval rules.
#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct McpToolApprovalFilter {
    /// Tools that always need approval.
    pub always: Option<McpToolFilter>,
    /// Tools that never need approval.
    pub never: Option<McpToolFilter>,
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl Serialize for McpToolApprovalFilter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "always", &self.always)?;
        codec::optional_entry(&mut map, "never", &self.never)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl codec::ObjectFields for McpToolApprovalFilter {
    const EXPECTING: &'static str = "a `McpToolApprovalFilter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "always" => self.always = map.next_value()?,
            "never" => self.never = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolApprovalFilter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "realtime_api", feature = "responses"))]
impl McpToolApprovalFilter {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `always`.
    #[must_use]
    pub fn always(mut self, value: impl Into<McpToolFilter>) -> Self {
        self.always = Some(value.into());
        self
    }

    /// Sets `never`.
    #[must_use]
    pub fn never(mut self, value: impl Into<McpToolFilter>) -> Self {
        self.never = Some(value.into());
        self
    }
}

/// A tool whose input is free text (optionally constrained by a grammar) rather than JSON.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct CustomToolParam {
    /// Always `custom`.
    pub r#type: String,
    /// Tool name the model refers to.
    pub name: String,
    /// What the tool does.
    pub description: Option<String>,
    /// Format of the tool input; free text when omitted.
    pub format: Option<CustomToolFormat>,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for CustomToolParam {
    fn default() -> Self {
        Self {
            r#type: "custom".to_owned(),
            name: Default::default(),
            description: Default::default(),
            format: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for CustomToolParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for CustomToolParam {
    const EXPECTING: &'static str = "a `CustomToolParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            "format" => self.format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomToolParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl CustomToolParam {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(mut self, value: impl Into<CustomToolFormat>) -> Self {
        self.format = Some(value.into());
        self
    }
}

/// Format of a custom tool's input; unconstrained text by default.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub enum CustomToolFormat {
    /// Unconstrained text input.
    Text(CustomTextFormatParam),
    /// Input constrained by a grammar.
    Grammar(CustomGrammarFormatParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for CustomToolFormat {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<CustomTextFormatParam> for CustomToolFormat {
    fn from(value: CustomTextFormatParam) -> Self {
        Self::Text(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<CustomGrammarFormatParam> for CustomToolFormat {
    fn from(value: CustomGrammarFormatParam) -> Self {
        Self::Grammar(value)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for CustomToolFormat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::Grammar(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomToolFormat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("text") => codec::from_value(value).map(Self::Text),
            Some("grammar") => codec::from_value(value).map(Self::Grammar),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Unconstrained text input.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct CustomTextFormatParam {
    /// Always `text`.
    pub r#type: String,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for CustomTextFormatParam {
    fn default() -> Self {
        Self { r#type: "text".to_owned() }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for CustomTextFormatParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for CustomTextFormatParam {
    const EXPECTING: &'static str = "a `CustomTextFormatParam` object";
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

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomTextFormatParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl CustomTextFormatParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// Input constrained by a grammar.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct CustomGrammarFormatParam {
    /// Always `grammar`.
    pub r#type: String,
    /// Language the grammar is written in.
    pub syntax: CustomGrammarFormatParamSyntax,
    /// The grammar itself.
    pub definition: String,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for CustomGrammarFormatParam {
    fn default() -> Self {
        Self {
            r#type: "grammar".to_owned(),
            syntax: Default::default(),
            definition: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for CustomGrammarFormatParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("syntax", &self.syntax)?;
        map.serialize_entry("definition", &self.definition)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for CustomGrammarFormatParam {
    const EXPECTING: &'static str = "a `CustomGrammarFormatParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "syntax" => self.syntax = map.next_value::<codec::Lenient<_>>()?.0,
            "definition" => self.definition = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomGrammarFormatParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl CustomGrammarFormatParam {
    /// Creates a value from its required fields (`syntax`, `definition`); the rest start unset.
    #[must_use]
    pub fn new(
        syntax: impl Into<CustomGrammarFormatParamSyntax>,
        definition: impl Into<String>,
    ) -> Self {
        Self {
            syntax: syntax.into(),
            definition: definition.into(),
            ..Default::default()
        }
    }

    /// Sets `syntax`.
    #[must_use]
    pub fn syntax(mut self, value: impl Into<CustomGrammarFormatParamSyntax>) -> Self {
        self.syntax = value.into();
        self
    }

    /// Sets `definition`.
    #[must_use]
    pub fn definition(mut self, value: impl Into<String>) -> Self {
        self.definition = value.into();
        self
    }
}

/// Language the grammar is written in.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone)]
pub enum CustomGrammarFormatParamSyntax {
    /// `lark`
    Lark,
    /// `regex`
    Regex,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for CustomGrammarFormatParamSyntax {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl CustomGrammarFormatParamSyntax {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lark => "lark",
            Self::Regex => "regex",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl From<&str> for CustomGrammarFormatParamSyntax {
    fn from(value: &str) -> Self {
        match value {
            "lark" => Self::Lark,
            "regex" => Self::Regex,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
crate::runtime::string_enum_traits!(CustomGrammarFormatParamSyntax);

/// Lets the model run shell commands on a machine you control.
#[cfg(any(feature = "evals", feature = "responses"))]
#[derive(Debug, Clone, PartialEq)]
pub struct LocalShellToolParam {
    /// Always `local_shell`.
    pub r#type: String,
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Default for LocalShellToolParam {
    fn default() -> Self {
        Self {
            r#type: "local_shell".to_owned(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl Serialize for LocalShellToolParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl codec::ObjectFields for LocalShellToolParam {
    const EXPECTING: &'static str = "a `LocalShellToolParam` object";
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

#[cfg(any(feature = "evals", feature = "responses"))]
impl<'de> Deserialize<'de> for LocalShellToolParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "responses"))]
impl LocalShellToolParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}
