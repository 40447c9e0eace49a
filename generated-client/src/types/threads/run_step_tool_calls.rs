// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types several fields of the `threads` requests and responses share, most of them reached through [`RunStepToolCall`](crate::types::RunStepToolCall).
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

/// What a run step did.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDetails {
    /// The step wrote a message.
    MessageCreation(RunStepDetailsMessageCreationObject),
    /// The step called tools.
    ToolCalls(RunStepDetailsToolCallsObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RunStepDetails {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RunStepDetailsMessageCreationObject> for RunStepDetails {
    fn from(value: RunStepDetailsMessageCreationObject) -> Self {
        Self::MessageCreation(value)
    }
}

impl From<RunStepDetailsToolCallsObject> for RunStepDetails {
    fn from(value: RunStepDetailsToolCallsObject) -> Self {
        Self::ToolCalls(value)
    }
}

impl Serialize for RunStepDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::MessageCreation(value) => Serialize::serialize(value, serializer),
            Self::ToolCalls(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RunStepDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("message_creation") => {
                codec::from_value(value).map(Self::MessageCreation)
            }
            Some("tool_calls") => codec::from_value(value).map(Self::ToolCalls),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// The step wrote a message.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    pub r#type: String,
    /// The message that was written.
    pub message_creation: RunStepDetailsMessageCreationObjectMessageCreation,
}

impl Default for RunStepDetailsMessageCreationObject {
    fn default() -> Self {
        Self {
            r#type: "message_creation".to_owned(),
            message_creation: Default::default(),
        }
    }
}

impl Serialize for RunStepDetailsMessageCreationObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("message_creation", &self.message_creation)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsMessageCreationObject {
    const EXPECTING: &'static str = "a `RunStepDetailsMessageCreationObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "message_creation" => {
                self.message_creation = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsMessageCreationObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The message that was written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDetailsMessageCreationObjectMessageCreation {
    /// Id of the message.
    pub message_id: String,
}

impl Serialize for RunStepDetailsMessageCreationObjectMessageCreation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message_id", &self.message_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsMessageCreationObjectMessageCreation {
    const EXPECTING: &'static str = "a `RunStepDetailsMessageCreationObjectMessageCreation` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "message_id" => self.message_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsMessageCreationObjectMessageCreation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The step called tools.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    pub r#type: String,
    /// The calls made.
    pub tool_calls: Vec<RunStepToolCall>,
}

impl Default for RunStepDetailsToolCallsObject {
    fn default() -> Self {
        Self {
            r#type: "tool_calls".to_owned(),
            tool_calls: Default::default(),
        }
    }
}

impl Serialize for RunStepDetailsToolCallsObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("tool_calls", &self.tool_calls)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsObject {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "tool_calls" => self.tool_calls = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One tool call of a run step.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepToolCall {
    /// A code interpreter call.
    CodeInterpreter(RunStepDetailsToolCallsCodeObject),
    /// A file search call.
    FileSearch(RunStepDetailsToolCallsFileSearchObject),
    /// A function call.
    Function(RunStepDetailsToolCallsFunctionObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RunStepToolCall {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RunStepDetailsToolCallsCodeObject> for RunStepToolCall {
    fn from(value: RunStepDetailsToolCallsCodeObject) -> Self {
        Self::CodeInterpreter(value)
    }
}

impl From<RunStepDetailsToolCallsFileSearchObject> for RunStepToolCall {
    fn from(value: RunStepDetailsToolCallsFileSearchObject) -> Self {
        Self::FileSearch(value)
    }
}

impl From<RunStepDetailsToolCallsFunctionObject> for RunStepToolCall {
    fn from(value: RunStepDetailsToolCallsFunctionObject) -> Self {
        Self::Function(value)
    }
}

impl Serialize for RunStepToolCall {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => Serialize::serialize(value, serializer),
            Self::FileSearch(value) => Serialize::serialize(value, serializer),
            Self::Function(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RunStepToolCall {
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

/// A code interpreter call.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDetailsToolCallsCodeObject {
    /// Call id.
    pub id: String,
    /// Always `code_interpreter`.
    pub r#type: String,
    /// Code and results.
    pub code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter,
}

impl Default for RunStepDetailsToolCallsCodeObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "code_interpreter".to_owned(),
            code_interpreter: Default::default(),
        }
    }
}

impl Serialize for RunStepDetailsToolCallsCodeObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("code_interpreter", &self.code_interpreter)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsCodeObject {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsCodeObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "code_interpreter" => {
                self.code_interpreter = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Code and results.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// The code that was run.
    pub input: String,
    /// Logs and images produced.
    pub outputs: Vec<RunStepCodeInterpreterOutput>,
}

impl Serialize for RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("outputs", &self.outputs)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsCodeObjectCodeInterpreter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "outputs" => self.outputs = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One output of a code interpreter call.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepCodeInterpreterOutput {
    /// Text printed by the code.
    Logs(RunStepDetailsToolCallsCodeOutputLogsObject),
    /// An image produced by the code.
    Image(RunStepDetailsToolCallsCodeOutputImageObject),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for RunStepCodeInterpreterOutput {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<RunStepDetailsToolCallsCodeOutputLogsObject> for RunStepCodeInterpreterOutput {
    fn from(value: RunStepDetailsToolCallsCodeOutputLogsObject) -> Self {
        Self::Logs(value)
    }
}

impl From<RunStepDetailsToolCallsCodeOutputImageObject>
for RunStepCodeInterpreterOutput {
    fn from(value: RunStepDetailsToolCallsCodeOutputImageObject) -> Self {
        Self::Image(value)
    }
}

impl Serialize for RunStepCodeInterpreterOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(value) => Serialize::serialize(value, serializer),
            Self::Image(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RunStepCodeInterpreterOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("logs") => codec::from_value(value).map(Self::Logs),
            Some("image") => codec::from_value(value).map(Self::Image),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Text printed by the code.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDetailsToolCallsCodeOutputLogsObject {
    /// Always `logs`.
    pub r#type: String,
    /// The printed text.
    pub logs: String,
}

impl Default for RunStepDetailsToolCallsCodeOutputLogsObject {
    fn default() -> Self {
        Self {
            r#type: "logs".to_owned(),
            logs: Default::default(),
        }
    }
}

impl Serialize for RunStepDetailsToolCallsCodeOutputLogsObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("logs", &self.logs)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsCodeOutputLogsObject {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsCodeOutputLogsObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "logs" => self.logs = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeOutputLogsObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An image produced by the code.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDetailsToolCallsCodeOutputImageObject {
    /// Always `image`.
    pub r#type: String,
    /// The stored image.
    pub image: RunStepDetailsToolCallsCodeOutputImageObjectImage,
}

impl Default for RunStepDetailsToolCallsCodeOutputImageObject {
    fn default() -> Self {
        Self {
            r#type: "image".to_owned(),
            image: Default::default(),
        }
    }
}

impl Serialize for RunStepDetailsToolCallsCodeOutputImageObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("image", &self.image)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsCodeOutputImageObject {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsCodeOutputImageObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image" => self.image = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeOutputImageObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The stored image.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDetailsToolCallsCodeOutputImageObjectImage {
    /// File id of the image.
    pub file_id: String,
}

impl Serialize for RunStepDetailsToolCallsCodeOutputImageObjectImage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_id", &self.file_id)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsCodeOutputImageObjectImage {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsCodeOutputImageObjectImage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeOutputImageObjectImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A file search call.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDetailsToolCallsFileSearchObject {
    /// Call id.
    pub id: String,
    /// Always `file_search`.
    pub r#type: String,
    /// Settings and results of the search.
    pub file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch,
}

impl Default for RunStepDetailsToolCallsFileSearchObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "file_search".to_owned(),
            file_search: Default::default(),
        }
    }
}

impl Serialize for RunStepDetailsToolCallsFileSearchObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("file_search", &self.file_search)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsFileSearchObject {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsFileSearchObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "file_search" => self.file_search = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Settings and results of the search.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDetailsToolCallsFileSearchObjectFileSearch {
    /// Ranking settings used.
    pub ranking_options: Option<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    /// Matches found.
    pub results: Option<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
}

impl Serialize for RunStepDetailsToolCallsFileSearchObjectFileSearch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "ranking_options", &self.ranking_options)?;
        codec::optional_entry(&mut map, "results", &self.results)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsFileSearchObjectFileSearch {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsFileSearchObjectFileSearch` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ranking_options" => self.ranking_options = map.next_value()?,
            "results" => self.results = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchObjectFileSearch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Ranking settings the search used.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    /// Ranking algorithm.
    pub ranker: RunStepDetailsToolCallsFileSearchRankingOptionsObjectRanker,
    /// Minimum relevance score.
    pub score_threshold: f64,
}

impl Serialize for RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("ranker", &self.ranker)?;
        map.serialize_entry("score_threshold", &self.score_threshold)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsFileSearchRankingOptionsObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ranker" => self.ranker = map.next_value::<codec::Lenient<_>>()?.0,
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

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Ranking algorithm.
#[derive(Debug, Clone)]
pub enum RunStepDetailsToolCallsFileSearchRankingOptionsObjectRanker {
    /// `auto`
    Auto,
    /// `default_2024_08_21`
    Default20240821,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for RunStepDetailsToolCallsFileSearchRankingOptionsObjectRanker {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl RunStepDetailsToolCallsFileSearchRankingOptionsObjectRanker {
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

impl From<&str> for RunStepDetailsToolCallsFileSearchRankingOptionsObjectRanker {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default_2024_08_21" => Self::Default20240821,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    RunStepDetailsToolCallsFileSearchRankingOptionsObjectRanker
);

/// One file search match.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDetailsToolCallsFileSearchResultObject {
    /// File the match comes from.
    pub file_id: String,
    /// Name of that file.
    pub file_name: String,
    /// Relevance score.
    pub score: f64,
    /// Matched text (only with the `include[]` content option).
    pub content: Option<Vec<RunStepDetailsToolCallsFileSearchResultObjectContentItem>>,
}

impl Serialize for RunStepDetailsToolCallsFileSearchResultObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_id", &self.file_id)?;
        map.serialize_entry("file_name", &self.file_name)?;
        map.serialize_entry("score", &self.score)?;
        codec::optional_entry(&mut map, "content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsFileSearchResultObject {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsFileSearchResultObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_id" => self.file_id = map.next_value::<codec::Lenient<_>>()?.0,
            "file_name" => self.file_name = map.next_value::<codec::Lenient<_>>()?.0,
            "score" => self.score = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchResultObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An item of the `content` field of [`RunStepDetailsToolCallsFileSearchResultObject`](crate::types::RunStepDetailsToolCallsFileSearchResultObject).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    /// Always `text`.
    pub r#type: Option<String>,
    /// The text.
    pub text: Option<String>,
}

impl Serialize for RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsFileSearchResultObjectContentItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "text" => self.text = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A function call.
#[derive(Debug, Clone, PartialEq)]
pub struct RunStepDetailsToolCallsFunctionObject {
    /// Call id.
    pub id: String,
    /// Always `function`.
    pub r#type: String,
    /// The call and its result.
    pub function: RunStepDetailsToolCallsFunctionObjectFunction,
}

impl Default for RunStepDetailsToolCallsFunctionObject {
    fn default() -> Self {
        Self {
            id: Default::default(),
            r#type: "function".to_owned(),
            function: Default::default(),
        }
    }
}

impl Serialize for RunStepDetailsToolCallsFunctionObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("function", &self.function)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsFunctionObject {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsFunctionObject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "function" => self.function = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFunctionObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The call and its result.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunStepDetailsToolCallsFunctionObjectFunction {
    /// Function name.
    pub name: String,
    /// Arguments as a JSON-encoded string.
    pub arguments: String,
    /// Submitted result; null until submitted.
    pub output: Option<String>,
}

impl Serialize for RunStepDetailsToolCallsFunctionObjectFunction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("arguments", &self.arguments)?;
        map.serialize_entry("output", &self.output)?;
        map.end()
    }
}

impl codec::ObjectFields for RunStepDetailsToolCallsFunctionObjectFunction {
    const EXPECTING: &'static str = "a `RunStepDetailsToolCallsFunctionObjectFunction` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "arguments" => self.arguments = map.next_value::<codec::Lenient<_>>()?.0,
            "output" => self.output = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFunctionObjectFunction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
