// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `evals` operations.
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

mod runs;

pub use runs::*;

/// Body of `POST /evals`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateEvalRequest {
    /// Display name of the eval.
    pub name: Option<String>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Shape of the data runs will read, which fixes the variables graders can use.
    pub data_source_config: CreateEvalDataSourceConfig,
    /// Graders applied to every output of a run. Their templates read the
    /// data row as `{{item.<field>}}` and the model's answer through the
    /// `sample` namespace, as in `{{sample.output_text}}`.
    pub testing_criteria: Vec<CreateEvalTestingCriterion>,
}

impl Serialize for CreateEvalRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.serialize_entry("data_source_config", &self.data_source_config)?;
        map.serialize_entry("testing_criteria", &self.testing_criteria)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalRequest {
    const EXPECTING: &'static str = "a `CreateEvalRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "data_source_config" => {
                self.data_source_config = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "testing_criteria" => {
                self.testing_criteria = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalRequest {
    /// Creates a value from its required fields (`data_source_config`, `testing_criteria`); the rest start unset.
    #[must_use]
    pub fn new(
        data_source_config: impl Into<CreateEvalDataSourceConfig>,
        testing_criteria: impl Into<Vec<CreateEvalTestingCriterion>>,
    ) -> Self {
        Self {
            data_source_config: data_source_config.into(),
            testing_criteria: testing_criteria.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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

    /// Sets `data_source_config`.
    #[must_use]
    pub fn data_source_config(
        mut self,
        value: impl Into<CreateEvalDataSourceConfig>,
    ) -> Self {
        self.data_source_config = value.into();
        self
    }

    /// Sets `testing_criteria`.
    #[must_use]
    pub fn testing_criteria(
        mut self,
        value: impl Into<Vec<CreateEvalTestingCriterion>>,
    ) -> Self {
        self.testing_criteria = value.into();
        self
    }
}

/// How the data of an eval's runs is described, told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalDataSourceConfig {
    /// Data you supply yourself, described by a JSON Schema for one row. The
    /// schema decides which `item` variables graders can use and what runs
    /// must provide.
    Custom(CreateEvalCustomDataSourceConfig),
    /// Data taken from the project's stored logs, selected by metadata such as `usecase=chatbot`.
    Logs(CreateEvalLogsDataSourceConfig),
    /// Data taken from stored chat completions, selected by metadata (superseded by `logs`).
    StoredCompletions(CreateEvalStoredCompletionsDataSourceConfig),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for CreateEvalDataSourceConfig {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<CreateEvalCustomDataSourceConfig> for CreateEvalDataSourceConfig {
    fn from(value: CreateEvalCustomDataSourceConfig) -> Self {
        Self::Custom(value)
    }
}

impl From<CreateEvalLogsDataSourceConfig> for CreateEvalDataSourceConfig {
    fn from(value: CreateEvalLogsDataSourceConfig) -> Self {
        Self::Logs(value)
    }
}

impl From<CreateEvalStoredCompletionsDataSourceConfig> for CreateEvalDataSourceConfig {
    fn from(value: CreateEvalStoredCompletionsDataSourceConfig) -> Self {
        Self::StoredCompletions(value)
    }
}

impl Serialize for CreateEvalDataSourceConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Custom(value) => Serialize::serialize(value, serializer),
            Self::Logs(value) => Serialize::serialize(value, serializer),
            Self::StoredCompletions(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateEvalDataSourceConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("custom") => codec::from_value(value).map(Self::Custom),
            Some("logs") => codec::from_value(value).map(Self::Logs),
            Some("stored_completions") => {
                codec::from_value(value).map(Self::StoredCompletions)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Data you supply yourself, described by a JSON Schema for one row. The
/// schema decides which `item` variables graders can use and what runs
/// must provide.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEvalCustomDataSourceConfig {
    /// Always `custom`.
    pub r#type: String,
    /// JSON Schema of one data row.
    pub item_schema: serde_json::Value,
    /// Whether runs also produce a model sample (the `sample` namespace), for example by calling a model on each row.
    ///
    /// Defaults to `false` when unset.
    pub include_sample_schema: Option<bool>,
}

impl Default for CreateEvalCustomDataSourceConfig {
    fn default() -> Self {
        Self {
            r#type: "custom".to_owned(),
            item_schema: Default::default(),
            include_sample_schema: Default::default(),
        }
    }
}

impl Serialize for CreateEvalCustomDataSourceConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_schema", &self.item_schema)?;
        codec::optional_entry(
            &mut map,
            "include_sample_schema",
            &self.include_sample_schema,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalCustomDataSourceConfig {
    const EXPECTING: &'static str = "a `CreateEvalCustomDataSourceConfig` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_schema" => self.item_schema = map.next_value::<codec::Lenient<_>>()?.0,
            "include_sample_schema" => self.include_sample_schema = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalCustomDataSourceConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalCustomDataSourceConfig {
    /// Creates a value from its required fields (`item_schema`); the rest start unset.
    #[must_use]
    pub fn new(item_schema: impl Into<serde_json::Value>) -> Self {
        Self {
            item_schema: item_schema.into(),
            ..Default::default()
        }
    }

    /// Sets `item_schema`.
    #[must_use]
    pub fn item_schema(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.item_schema = value.into();
        self
    }

    /// Sets `include_sample_schema`.
    #[must_use]
    pub fn include_sample_schema(mut self, value: impl Into<bool>) -> Self {
        self.include_sample_schema = Some(value.into());
        self
    }
}

/// Data taken from the project's stored logs, selected by metadata such as `usecase=chatbot`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEvalLogsDataSourceConfig {
    /// Always `logs`.
    pub r#type: String,
    /// Metadata the selected log entries must carry.
    pub metadata: Option<serde_json::Value>,
}

impl Default for CreateEvalLogsDataSourceConfig {
    fn default() -> Self {
        Self {
            r#type: "logs".to_owned(),
            metadata: Default::default(),
        }
    }
}

impl Serialize for CreateEvalLogsDataSourceConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalLogsDataSourceConfig {
    const EXPECTING: &'static str = "a `CreateEvalLogsDataSourceConfig` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalLogsDataSourceConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalLogsDataSourceConfig {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

/// Data taken from stored chat completions, selected by metadata (superseded by `logs`).
#[deprecated]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEvalStoredCompletionsDataSourceConfig {
    /// Always `stored_completions`.
    pub r#type: String,
    /// Metadata the selected completions must carry.
    pub metadata: Option<serde_json::Value>,
}

impl Default for CreateEvalStoredCompletionsDataSourceConfig {
    fn default() -> Self {
        Self {
            r#type: "stored_completions".to_owned(),
            metadata: Default::default(),
        }
    }
}

impl Serialize for CreateEvalStoredCompletionsDataSourceConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalStoredCompletionsDataSourceConfig {
    const EXPECTING: &'static str = "a `CreateEvalStoredCompletionsDataSourceConfig` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalStoredCompletionsDataSourceConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalStoredCompletionsDataSourceConfig {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `metadata`.
    #[must_use]
    pub fn metadata(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

/// A grader given when creating an eval, told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalTestingCriterion {
    /// A label model grader as given when creating an eval; its prompt
    /// messages may also be plain `role` + `content` strings.
    LabelModel(CreateEvalLabelModelGrader),
    /// Compares a templated input with a reference string; the score is 1 when the comparison holds and 0 otherwise.
    StringCheck(GraderStringCheck),
    /// A text similarity grader used as an eval criterion, with the score needed to pass.
    TextSimilarity(EvalGraderTextSimilarity),
    /// A Python grader used as an eval criterion, optionally with the score needed to pass.
    Python(EvalGraderPython),
    /// A score model grader used as an eval criterion, optionally with the score needed to pass.
    ScoreModel(EvalGraderScoreModel),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for CreateEvalTestingCriterion {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<CreateEvalLabelModelGrader> for CreateEvalTestingCriterion {
    fn from(value: CreateEvalLabelModelGrader) -> Self {
        Self::LabelModel(value)
    }
}

impl From<GraderStringCheck> for CreateEvalTestingCriterion {
    fn from(value: GraderStringCheck) -> Self {
        Self::StringCheck(value)
    }
}

impl From<EvalGraderTextSimilarity> for CreateEvalTestingCriterion {
    fn from(value: EvalGraderTextSimilarity) -> Self {
        Self::TextSimilarity(value)
    }
}

impl From<EvalGraderPython> for CreateEvalTestingCriterion {
    fn from(value: EvalGraderPython) -> Self {
        Self::Python(value)
    }
}

impl From<EvalGraderScoreModel> for CreateEvalTestingCriterion {
    fn from(value: EvalGraderScoreModel) -> Self {
        Self::ScoreModel(value)
    }
}

impl Serialize for CreateEvalTestingCriterion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::LabelModel(value) => Serialize::serialize(value, serializer),
            Self::StringCheck(value) => Serialize::serialize(value, serializer),
            Self::TextSimilarity(value) => Serialize::serialize(value, serializer),
            Self::Python(value) => Serialize::serialize(value, serializer),
            Self::ScoreModel(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateEvalTestingCriterion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("label_model") => codec::from_value(value).map(Self::LabelModel),
            Some("string_check") => codec::from_value(value).map(Self::StringCheck),
            Some("text_similarity") => codec::from_value(value).map(Self::TextSimilarity),
            Some("python") => codec::from_value(value).map(Self::Python),
            Some("score_model") => codec::from_value(value).map(Self::ScoreModel),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A label model grader as given when creating an eval; its prompt
/// messages may also be plain `role` + `content` strings.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEvalLabelModelGrader {
    /// Always `label_model`.
    pub r#type: String,
    /// Label of this grader, used in results.
    pub name: String,
    /// Model that assigns the label; it has to support Structured Outputs.
    pub model: String,
    /// Prompt for the labelling model; the messages may use template variables.
    pub input: Vec<CreateEvalItem>,
    /// Every label the model may choose from.
    pub labels: Vec<String>,
    /// The labels that count as a pass; a subset of `labels`.
    pub passing_labels: Vec<String>,
}

impl Default for CreateEvalLabelModelGrader {
    fn default() -> Self {
        Self {
            r#type: "label_model".to_owned(),
            name: Default::default(),
            model: Default::default(),
            input: Default::default(),
            labels: Default::default(),
            passing_labels: Default::default(),
        }
    }
}

impl Serialize for CreateEvalLabelModelGrader {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("labels", &self.labels)?;
        map.serialize_entry("passing_labels", &self.passing_labels)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalLabelModelGrader {
    const EXPECTING: &'static str = "a `CreateEvalLabelModelGrader` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "labels" => self.labels = map.next_value::<codec::Lenient<_>>()?.0,
            "passing_labels" => {
                self.passing_labels = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalLabelModelGrader {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalLabelModelGrader {
    /// Creates a value from its required fields (`name`, `model`, `input`, `labels`, `passing_labels`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        model: impl Into<String>,
        input: impl Into<Vec<CreateEvalItem>>,
        labels: impl Into<Vec<String>>,
        passing_labels: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            name: name.into(),
            model: model.into(),
            input: input.into(),
            labels: labels.into(),
            passing_labels: passing_labels.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<Vec<CreateEvalItem>>) -> Self {
        self.input = value.into();
        self
    }

    /// Sets `labels`.
    #[must_use]
    pub fn labels(mut self, value: impl Into<Vec<String>>) -> Self {
        self.labels = value.into();
        self
    }

    /// Sets `passing_labels`.
    #[must_use]
    pub fn passing_labels(mut self, value: impl Into<Vec<String>>) -> Self {
        self.passing_labels = value.into();
        self
    }
}

/// A prompt message given when creating an eval or a responses run: a
/// full eval message or the short `role` + `content` form.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateEvalItem {
    /// A prompt message of an eval grader or run template. Its text may
    /// contain template variables such as `{{item.question}}`.
    EvalItem(EvalItem),
    /// A prompt message in its shortest form, a role and a text.
    SimpleInputMessage(SimpleInputMessage),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateEvalItem {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<EvalItem> for CreateEvalItem {
    fn from(value: EvalItem) -> Self {
        Self::EvalItem(value)
    }
}

impl From<SimpleInputMessage> for CreateEvalItem {
    fn from(value: SimpleInputMessage) -> Self {
        Self::SimpleInputMessage(value)
    }
}

impl Serialize for CreateEvalItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::EvalItem(value) => Serialize::serialize(value, serializer),
            Self::SimpleInputMessage(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateEvalItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["role", "content"],
                            known: &["role", "content", "type"],
                            constants: &[("type", "message")],
                        },
                        codec::ObjectShape {
                            required: &["role", "content"],
                            known: &["role", "content"],
                            constants: &[],
                        },
                    ],
                ) {
                    Some(0) => codec::from_value(value).map(Self::EvalItem),
                    Some(1) => codec::from_value(value).map(Self::SimpleInputMessage),
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A prompt message in its shortest form, a role and a text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimpleInputMessage {
    /// Author of the message, such as `system`, `user` or `assistant`.
    pub role: String,
    /// Text of the message; may contain template variables.
    pub content: String,
}

impl Serialize for SimpleInputMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for SimpleInputMessage {
    const EXPECTING: &'static str = "a `SimpleInputMessage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SimpleInputMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl SimpleInputMessage {
    /// Creates a value from its required fields (`role`, `content`); the rest start unset.
    #[must_use]
    pub fn new(role: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
        }
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = value.into();
        self
    }
}

/// A text similarity grader used as an eval criterion, with the score needed to pass.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalGraderTextSimilarity {
    /// Always `text_similarity`.
    pub r#type: String,
    /// Label of this grader, used in results.
    pub name: String,
    /// Text under test; may contain template variables.
    pub input: String,
    /// Text to measure against; may contain template variables.
    pub reference: String,
    /// How similarity is measured.
    pub evaluation_metric: GraderTextSimilarityMetric,
    /// Lowest score that counts as a pass.
    pub pass_threshold: f64,
}

impl Default for EvalGraderTextSimilarity {
    fn default() -> Self {
        Self {
            r#type: "text_similarity".to_owned(),
            name: Default::default(),
            input: Default::default(),
            reference: Default::default(),
            evaluation_metric: Default::default(),
            pass_threshold: Default::default(),
        }
    }
}

impl Serialize for EvalGraderTextSimilarity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("reference", &self.reference)?;
        map.serialize_entry("evaluation_metric", &self.evaluation_metric)?;
        map.serialize_entry("pass_threshold", &self.pass_threshold)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalGraderTextSimilarity {
    const EXPECTING: &'static str = "an `EvalGraderTextSimilarity` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "reference" => self.reference = map.next_value::<codec::Lenient<_>>()?.0,
            "evaluation_metric" => {
                self.evaluation_metric = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "pass_threshold" => {
                self.pass_threshold = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalGraderTextSimilarity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalGraderTextSimilarity {
    /// Creates a value from its required fields (`name`, `input`, `reference`, `evaluation_metric`, `pass_threshold`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        input: impl Into<String>,
        reference: impl Into<String>,
        evaluation_metric: impl Into<GraderTextSimilarityMetric>,
        pass_threshold: impl Into<f64>,
    ) -> Self {
        Self {
            name: name.into(),
            input: input.into(),
            reference: reference.into(),
            evaluation_metric: evaluation_metric.into(),
            pass_threshold: pass_threshold.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<String>) -> Self {
        self.input = value.into();
        self
    }

    /// Sets `reference`.
    #[must_use]
    pub fn reference(mut self, value: impl Into<String>) -> Self {
        self.reference = value.into();
        self
    }

    /// Sets `evaluation_metric`.
    #[must_use]
    pub fn evaluation_metric(
        mut self,
        value: impl Into<GraderTextSimilarityMetric>,
    ) -> Self {
        self.evaluation_metric = value.into();
        self
    }

    /// Sets `pass_threshold`.
    #[must_use]
    pub fn pass_threshold(mut self, value: impl Into<f64>) -> Self {
        self.pass_threshold = value.into();
        self
    }
}

/// A Python grader used as an eval criterion, optionally with the score needed to pass.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalGraderPython {
    /// Always `python`.
    pub r#type: String,
    /// Label of this grader, used in results.
    pub name: String,
    /// Python source that defines the grading function.
    pub source: String,
    /// Version tag of the sandbox image that executes the code.
    pub image_tag: Option<String>,
    /// Lowest score that counts as a pass.
    pub pass_threshold: Option<f64>,
}

impl Default for EvalGraderPython {
    fn default() -> Self {
        Self {
            r#type: "python".to_owned(),
            name: Default::default(),
            source: Default::default(),
            image_tag: Default::default(),
            pass_threshold: Default::default(),
        }
    }
}

impl Serialize for EvalGraderPython {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("source", &self.source)?;
        codec::optional_entry(&mut map, "image_tag", &self.image_tag)?;
        codec::optional_entry(&mut map, "pass_threshold", &self.pass_threshold)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalGraderPython {
    const EXPECTING: &'static str = "an `EvalGraderPython` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            "image_tag" => self.image_tag = map.next_value()?,
            "pass_threshold" => self.pass_threshold = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalGraderPython {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalGraderPython {
    /// Creates a value from its required fields (`name`, `source`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>, source: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            source: source.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `source`.
    #[must_use]
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = value.into();
        self
    }

    /// Sets `image_tag`.
    #[must_use]
    pub fn image_tag(mut self, value: impl Into<String>) -> Self {
        self.image_tag = Some(value.into());
        self
    }

    /// Sets `pass_threshold`.
    #[must_use]
    pub fn pass_threshold(mut self, value: impl Into<f64>) -> Self {
        self.pass_threshold = Some(value.into());
        self
    }
}

/// A score model grader used as an eval criterion, optionally with the score needed to pass.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalGraderScoreModel {
    /// Always `score_model`.
    pub r#type: String,
    /// Label of this grader, used in results.
    pub name: String,
    /// Model that produces the score.
    pub model: String,
    /// Sampling settings of the grading model.
    pub sampling_params: Option<GraderScoreModelSamplingParams>,
    /// Prompt for the grading model. The messages may use template
    /// variables and contain text, image and audio parts.
    pub input: Vec<EvalItem>,
    /// Lowest and highest possible score; `[0, 1]` when left out.
    pub range: Option<Vec<f64>>,
    /// Lowest score that counts as a pass.
    pub pass_threshold: Option<f64>,
}

impl Default for EvalGraderScoreModel {
    fn default() -> Self {
        Self {
            r#type: "score_model".to_owned(),
            name: Default::default(),
            model: Default::default(),
            sampling_params: Default::default(),
            input: Default::default(),
            range: Default::default(),
            pass_threshold: Default::default(),
        }
    }
}

impl Serialize for EvalGraderScoreModel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "sampling_params", &self.sampling_params)?;
        map.serialize_entry("input", &self.input)?;
        codec::optional_entry(&mut map, "range", &self.range)?;
        codec::optional_entry(&mut map, "pass_threshold", &self.pass_threshold)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalGraderScoreModel {
    const EXPECTING: &'static str = "an `EvalGraderScoreModel` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "sampling_params" => self.sampling_params = map.next_value()?,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "range" => self.range = map.next_value()?,
            "pass_threshold" => self.pass_threshold = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalGraderScoreModel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalGraderScoreModel {
    /// Creates a value from its required fields (`name`, `model`, `input`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        model: impl Into<String>,
        input: impl Into<Vec<EvalItem>>,
    ) -> Self {
        Self {
            name: name.into(),
            model: model.into(),
            input: input.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }

    /// Sets `sampling_params`.
    #[must_use]
    pub fn sampling_params(
        mut self,
        value: impl Into<GraderScoreModelSamplingParams>,
    ) -> Self {
        self.sampling_params = Some(value.into());
        self
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<Vec<EvalItem>>) -> Self {
        self.input = value.into();
        self
    }

    /// Sets `range`.
    #[must_use]
    pub fn range(mut self, value: impl Into<Vec<f64>>) -> Self {
        self.range = Some(value.into());
        self
    }

    /// Sets `pass_threshold`.
    #[must_use]
    pub fn pass_threshold(mut self, value: impl Into<f64>) -> Self {
        self.pass_threshold = Some(value.into());
        self
    }
}

/// Confirmation that an eval was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteEvalResponse {
    /// Always `eval.deleted`.
    pub object: String,
    /// Whether the eval is gone.
    pub deleted: bool,
    /// Id of the deleted eval.
    pub eval_id: String,
}

impl Default for DeleteEvalResponse {
    fn default() -> Self {
        Self {
            object: "eval.deleted".to_owned(),
            deleted: Default::default(),
            eval_id: Default::default(),
        }
    }
}

impl Serialize for DeleteEvalResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.serialize_entry("eval_id", &self.eval_id)?;
        map.end()
    }
}

impl codec::ObjectFields for DeleteEvalResponse {
    const EXPECTING: &'static str = "a `DeleteEvalResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            "eval_id" => self.eval_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for DeleteEvalResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of evals.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalList {
    /// Always `list`.
    pub object: String,
    /// The evals on this page.
    pub data: Vec<Eval>,
    /// Id of the first eval on the page.
    pub first_id: String,
    /// Id of the last eval on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more evals follow.
    pub has_more: bool,
}

impl Default for EvalList {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            first_id: Default::default(),
            last_id: Default::default(),
            has_more: Default::default(),
        }
    }
}

impl Serialize for EvalList {
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

impl codec::ObjectFields for EvalList {
    const EXPECTING: &'static str = "an `EvalList` object";
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

impl<'de> Deserialize<'de> for EvalList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for EvalList {
    type Item = Eval;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<Eval> {
        self.data
    }
}

/// An eval: the shape of the data its runs read and the graders
/// (testing criteria) every output is checked with.
#[derive(Debug, Clone, PartialEq)]
pub struct Eval {
    /// Always `eval`.
    pub object: String,
    /// Eval id (`eval_...`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Shape of the data the eval's runs read.
    pub data_source_config: EvalDataSourceConfig,
    /// Graders applied to every output of a run.
    pub testing_criteria: Vec<EvalTestingCriterion>,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Default for Eval {
    fn default() -> Self {
        Self {
            object: "eval".to_owned(),
            id: Default::default(),
            name: Default::default(),
            data_source_config: Default::default(),
            testing_criteria: Default::default(),
            created_at: Default::default(),
            metadata: Default::default(),
        }
    }
}

impl Serialize for Eval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("data_source_config", &self.data_source_config)?;
        map.serialize_entry("testing_criteria", &self.testing_criteria)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for Eval {
    const EXPECTING: &'static str = "an `Eval` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "data_source_config" => {
                self.data_source_config = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "testing_criteria" => {
                self.testing_criteria = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Eval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// How the data of an eval's runs is described, as stored on the eval; told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalDataSourceConfig {
    /// Data supplied by the caller; `schema` gives the `item` (and possibly `sample`) variables graders can use.
    Custom(EvalCustomDataSourceConfig),
    /// Data taken from stored logs; both `item` and `sample` are available to graders.
    Logs(EvalLogsDataSourceConfig),
    /// Data taken from stored chat completions (superseded by `logs`).
    StoredCompletions(EvalStoredCompletionsDataSourceConfig),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for EvalDataSourceConfig {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<EvalCustomDataSourceConfig> for EvalDataSourceConfig {
    fn from(value: EvalCustomDataSourceConfig) -> Self {
        Self::Custom(value)
    }
}

impl From<EvalLogsDataSourceConfig> for EvalDataSourceConfig {
    fn from(value: EvalLogsDataSourceConfig) -> Self {
        Self::Logs(value)
    }
}

impl From<EvalStoredCompletionsDataSourceConfig> for EvalDataSourceConfig {
    fn from(value: EvalStoredCompletionsDataSourceConfig) -> Self {
        Self::StoredCompletions(value)
    }
}

impl Serialize for EvalDataSourceConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Custom(value) => Serialize::serialize(value, serializer),
            Self::Logs(value) => Serialize::serialize(value, serializer),
            Self::StoredCompletions(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalDataSourceConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("custom") => codec::from_value(value).map(Self::Custom),
            Some("logs") => codec::from_value(value).map(Self::Logs),
            Some("stored_completions") => {
                codec::from_value(value).map(Self::StoredCompletions)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Data supplied by the caller; `schema` gives the `item` (and possibly `sample`) variables graders can use.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalCustomDataSourceConfig {
    /// Always `custom`.
    pub r#type: String,
    /// JSON Schema of the variables available to graders.
    pub schema: serde_json::Value,
}

impl Default for EvalCustomDataSourceConfig {
    fn default() -> Self {
        Self {
            r#type: "custom".to_owned(),
            schema: Default::default(),
        }
    }
}

impl Serialize for EvalCustomDataSourceConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("schema", &self.schema)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalCustomDataSourceConfig {
    const EXPECTING: &'static str = "an `EvalCustomDataSourceConfig` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "schema" => self.schema = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalCustomDataSourceConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Data taken from stored logs; both `item` and `sample` are available to graders.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalLogsDataSourceConfig {
    /// Always `logs`.
    pub r#type: String,
    /// Metadata the selected log entries carry.
    pub metadata: Option<Metadata>,
    /// JSON Schema of the variables available to graders.
    pub schema: serde_json::Value,
}

impl Default for EvalLogsDataSourceConfig {
    fn default() -> Self {
        Self {
            r#type: "logs".to_owned(),
            metadata: Default::default(),
            schema: Default::default(),
        }
    }
}

impl Serialize for EvalLogsDataSourceConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.serialize_entry("schema", &self.schema)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalLogsDataSourceConfig {
    const EXPECTING: &'static str = "an `EvalLogsDataSourceConfig` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value()?,
            "schema" => self.schema = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalLogsDataSourceConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Data taken from stored chat completions (superseded by `logs`).
#[deprecated]
#[derive(Debug, Clone, PartialEq)]
pub struct EvalStoredCompletionsDataSourceConfig {
    /// Always `stored_completions`.
    pub r#type: String,
    /// Metadata the selected completions carry.
    pub metadata: Option<Metadata>,
    /// JSON Schema of the variables available to graders.
    pub schema: serde_json::Value,
}

impl Default for EvalStoredCompletionsDataSourceConfig {
    fn default() -> Self {
        Self {
            r#type: "stored_completions".to_owned(),
            metadata: Default::default(),
            schema: Default::default(),
        }
    }
}

impl Serialize for EvalStoredCompletionsDataSourceConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.serialize_entry("schema", &self.schema)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalStoredCompletionsDataSourceConfig {
    const EXPECTING: &'static str = "an `EvalStoredCompletionsDataSourceConfig` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value()?,
            "schema" => self.schema = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalStoredCompletionsDataSourceConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A grader of an eval, as stored on the eval: the grader as it was given,
/// plus the `id` the service assigned to it. Told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalTestingCriterion {
    /// A stored label model criterion (see `GraderLabelModel`).
    LabelModel(EvalTestingCriterionLabelModel),
    /// A stored string check criterion (see `GraderStringCheck`).
    StringCheck(EvalTestingCriterionStringCheck),
    /// A stored text similarity criterion (see `EvalGraderTextSimilarity`).
    TextSimilarity(EvalTestingCriterionTextSimilarity),
    /// A stored Python criterion (see `EvalGraderPython`).
    Python(EvalTestingCriterionPython),
    /// A stored score model criterion (see `EvalGraderScoreModel`).
    ScoreModel(EvalTestingCriterionScoreModel),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for EvalTestingCriterion {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<EvalTestingCriterionLabelModel> for EvalTestingCriterion {
    fn from(value: EvalTestingCriterionLabelModel) -> Self {
        Self::LabelModel(value)
    }
}

impl From<EvalTestingCriterionStringCheck> for EvalTestingCriterion {
    fn from(value: EvalTestingCriterionStringCheck) -> Self {
        Self::StringCheck(value)
    }
}

impl From<EvalTestingCriterionTextSimilarity> for EvalTestingCriterion {
    fn from(value: EvalTestingCriterionTextSimilarity) -> Self {
        Self::TextSimilarity(value)
    }
}

impl From<EvalTestingCriterionPython> for EvalTestingCriterion {
    fn from(value: EvalTestingCriterionPython) -> Self {
        Self::Python(value)
    }
}

impl From<EvalTestingCriterionScoreModel> for EvalTestingCriterion {
    fn from(value: EvalTestingCriterionScoreModel) -> Self {
        Self::ScoreModel(value)
    }
}

impl Serialize for EvalTestingCriterion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::LabelModel(value) => Serialize::serialize(value, serializer),
            Self::StringCheck(value) => Serialize::serialize(value, serializer),
            Self::TextSimilarity(value) => Serialize::serialize(value, serializer),
            Self::Python(value) => Serialize::serialize(value, serializer),
            Self::ScoreModel(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalTestingCriterion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("label_model") => codec::from_value(value).map(Self::LabelModel),
            Some("string_check") => codec::from_value(value).map(Self::StringCheck),
            Some("text_similarity") => codec::from_value(value).map(Self::TextSimilarity),
            Some("python") => codec::from_value(value).map(Self::Python),
            Some("score_model") => codec::from_value(value).map(Self::ScoreModel),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A stored label model criterion (see `GraderLabelModel`).
#[derive(Debug, Clone, PartialEq)]
pub struct EvalTestingCriterionLabelModel {
    /// Always `label_model`.
    pub r#type: String,
    /// Id the service gave the criterion: its name plus a unique suffix. Run results name the criterion by it.
    pub id: Option<String>,
    /// Label of this grader, used in results.
    pub name: String,
    /// Model that assigns the label.
    pub model: String,
    /// Prompt for the labelling model; the messages may use template variables.
    pub input: Vec<EvalItem>,
    /// Every label the model may choose from.
    pub labels: Vec<String>,
    /// The labels that count as a pass; a subset of `labels`.
    pub passing_labels: Vec<String>,
}

impl Default for EvalTestingCriterionLabelModel {
    fn default() -> Self {
        Self {
            r#type: "label_model".to_owned(),
            id: Default::default(),
            name: Default::default(),
            model: Default::default(),
            input: Default::default(),
            labels: Default::default(),
            passing_labels: Default::default(),
        }
    }
}

impl Serialize for EvalTestingCriterionLabelModel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("labels", &self.labels)?;
        map.serialize_entry("passing_labels", &self.passing_labels)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalTestingCriterionLabelModel {
    const EXPECTING: &'static str = "an `EvalTestingCriterionLabelModel` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "labels" => self.labels = map.next_value::<codec::Lenient<_>>()?.0,
            "passing_labels" => {
                self.passing_labels = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalTestingCriterionLabelModel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A stored string check criterion (see `GraderStringCheck`).
#[derive(Debug, Clone, PartialEq)]
pub struct EvalTestingCriterionStringCheck {
    /// Always `string_check`.
    pub r#type: String,
    /// Id the service gave the criterion: its name plus a unique suffix. Run results name the criterion by it.
    pub id: Option<String>,
    /// Label of this grader, used in results.
    pub name: String,
    /// Text under test; may contain template variables.
    pub input: String,
    /// Text to compare with; may contain template variables.
    pub reference: String,
    /// The comparison to make.
    pub operation: GraderStringCheckOperation,
}

impl Default for EvalTestingCriterionStringCheck {
    fn default() -> Self {
        Self {
            r#type: "string_check".to_owned(),
            id: Default::default(),
            name: Default::default(),
            input: Default::default(),
            reference: Default::default(),
            operation: Default::default(),
        }
    }
}

impl Serialize for EvalTestingCriterionStringCheck {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("reference", &self.reference)?;
        map.serialize_entry("operation", &self.operation)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalTestingCriterionStringCheck {
    const EXPECTING: &'static str = "an `EvalTestingCriterionStringCheck` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "reference" => self.reference = map.next_value::<codec::Lenient<_>>()?.0,
            "operation" => self.operation = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalTestingCriterionStringCheck {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A stored text similarity criterion (see `EvalGraderTextSimilarity`).
#[derive(Debug, Clone, PartialEq)]
pub struct EvalTestingCriterionTextSimilarity {
    /// Always `text_similarity`.
    pub r#type: String,
    /// Id the service gave the criterion: its name plus a unique suffix. Run results name the criterion by it.
    pub id: Option<String>,
    /// Label of this grader, used in results.
    pub name: String,
    /// Text under test; may contain template variables.
    pub input: String,
    /// Text to measure against; may contain template variables.
    pub reference: String,
    /// How similarity is measured.
    pub evaluation_metric: GraderTextSimilarityMetric,
    /// Lowest score that counts as a pass.
    pub pass_threshold: f64,
}

impl Default for EvalTestingCriterionTextSimilarity {
    fn default() -> Self {
        Self {
            r#type: "text_similarity".to_owned(),
            id: Default::default(),
            name: Default::default(),
            input: Default::default(),
            reference: Default::default(),
            evaluation_metric: Default::default(),
            pass_threshold: Default::default(),
        }
    }
}

impl Serialize for EvalTestingCriterionTextSimilarity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("reference", &self.reference)?;
        map.serialize_entry("evaluation_metric", &self.evaluation_metric)?;
        map.serialize_entry("pass_threshold", &self.pass_threshold)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalTestingCriterionTextSimilarity {
    const EXPECTING: &'static str = "an `EvalTestingCriterionTextSimilarity` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "reference" => self.reference = map.next_value::<codec::Lenient<_>>()?.0,
            "evaluation_metric" => {
                self.evaluation_metric = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "pass_threshold" => {
                self.pass_threshold = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalTestingCriterionTextSimilarity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A stored Python criterion (see `EvalGraderPython`).
#[derive(Debug, Clone, PartialEq)]
pub struct EvalTestingCriterionPython {
    /// Always `python`.
    pub r#type: String,
    /// Id the service gave the criterion: its name plus a unique suffix. Run results name the criterion by it.
    pub id: Option<String>,
    /// Label of this grader, used in results.
    pub name: String,
    /// Python source that defines the grading function.
    pub source: String,
    /// Version tag of the sandbox image that executes the code.
    pub image_tag: Option<String>,
    /// Lowest score that counts as a pass.
    pub pass_threshold: Option<f64>,
}

impl Default for EvalTestingCriterionPython {
    fn default() -> Self {
        Self {
            r#type: "python".to_owned(),
            id: Default::default(),
            name: Default::default(),
            source: Default::default(),
            image_tag: Default::default(),
            pass_threshold: Default::default(),
        }
    }
}

impl Serialize for EvalTestingCriterionPython {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("source", &self.source)?;
        codec::optional_entry(&mut map, "image_tag", &self.image_tag)?;
        codec::optional_entry(&mut map, "pass_threshold", &self.pass_threshold)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalTestingCriterionPython {
    const EXPECTING: &'static str = "an `EvalTestingCriterionPython` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            "image_tag" => self.image_tag = map.next_value()?,
            "pass_threshold" => self.pass_threshold = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalTestingCriterionPython {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A stored score model criterion (see `EvalGraderScoreModel`).
#[derive(Debug, Clone, PartialEq)]
pub struct EvalTestingCriterionScoreModel {
    /// Always `score_model`.
    pub r#type: String,
    /// Id the service gave the criterion: its name plus a unique suffix. Run results name the criterion by it.
    pub id: Option<String>,
    /// Label of this grader, used in results.
    pub name: String,
    /// Model that produces the score.
    pub model: String,
    /// Sampling settings of the grading model.
    pub sampling_params: Option<GraderScoreModelSamplingParams>,
    /// Prompt for the grading model; the messages may use template variables and contain text, image and audio parts.
    pub input: Vec<EvalItem>,
    /// Lowest and highest possible score; `[0, 1]` when left out.
    pub range: Option<Vec<f64>>,
    /// Lowest score that counts as a pass.
    pub pass_threshold: Option<f64>,
}

impl Default for EvalTestingCriterionScoreModel {
    fn default() -> Self {
        Self {
            r#type: "score_model".to_owned(),
            id: Default::default(),
            name: Default::default(),
            model: Default::default(),
            sampling_params: Default::default(),
            input: Default::default(),
            range: Default::default(),
            pass_threshold: Default::default(),
        }
    }
}

impl Serialize for EvalTestingCriterionScoreModel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "sampling_params", &self.sampling_params)?;
        map.serialize_entry("input", &self.input)?;
        codec::optional_entry(&mut map, "range", &self.range)?;
        codec::optional_entry(&mut map, "pass_threshold", &self.pass_threshold)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalTestingCriterionScoreModel {
    const EXPECTING: &'static str = "an `EvalTestingCriterionScoreModel` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "sampling_params" => self.sampling_params = map.next_value()?,
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "range" => self.range = map.next_value()?,
            "pass_threshold" => self.pass_threshold = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalTestingCriterionScoreModel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListEvals`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEvalsParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
    /// Timestamp the page is sorted on, `created_at` (the default) or `updated_at`.
    ///
    /// Defaults to `"created_at"` when unset.
    pub order_by: Option<ListEvalsOrderBy>,
}

impl ListEvalsParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
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

    /// Sets `order_by`.
    #[must_use]
    pub fn order_by(mut self, value: impl Into<ListEvalsOrderBy>) -> Self {
        self.order_by = Some(value.into());
        self
    }
}

/// The `order_by` query parameter of `GET /evals`.
#[derive(Debug, Clone, Default)]
pub enum ListEvalsOrderBy {
    /// `created_at`
    #[default]
    CreatedAt,
    /// `updated_at`
    UpdatedAt,
    /// A value this version of the client does not know yet.
    Other(String),
}

impl ListEvalsOrderBy {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::UpdatedAt => "updated_at",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ListEvalsOrderBy {
    fn from(value: &str) -> Self {
        match value {
            "created_at" => Self::CreatedAt,
            "updated_at" => Self::UpdatedAt,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ListEvalsOrderBy);

/// Body of `POST /evals/{eval_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateEvalRequest {
    /// New display name.
    pub name: Option<String>,
    /// Key/value pairs that replace the current metadata.
    pub metadata: Option<Metadata>,
}

impl Serialize for UpdateEvalRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateEvalRequest {
    const EXPECTING: &'static str = "an `UpdateEvalRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateEvalRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateEvalRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
