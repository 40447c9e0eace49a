// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `evals.runs` operations use.
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

/// Body of `POST /evals/{eval_id}/runs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateEvalRunRequest {
    /// Display name of the run.
    pub name: Option<String>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// The rows to grade, and how to sample a model for each of them.
    pub data_source: EvalRunDataSource,
}

impl Serialize for CreateEvalRunRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.serialize_entry("data_source", &self.data_source)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalRunRequest {
    const EXPECTING: &'static str = "a `CreateEvalRunRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "data_source" => self.data_source = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalRunRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalRunRequest {
    /// Creates a value from its required fields (`data_source`); the rest start unset.
    #[must_use]
    pub fn new(data_source: impl Into<EvalRunDataSource>) -> Self {
        Self {
            data_source: data_source.into(),
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

    /// Sets `data_source`.
    #[must_use]
    pub fn data_source(mut self, value: impl Into<EvalRunDataSource>) -> Self {
        self.data_source = value.into();
        self
    }
}

/// Where a run's rows come from: a JSONL file as is (`jsonl`), or rows
/// for which a model is sampled through Chat Completions (`completions`)
/// or the Responses API (`responses`).
#[derive(Debug, Clone, PartialEq)]
pub enum EvalRunDataSource {
    /// Rows read from JSONL data that already contains everything the graders need.
    Jsonl(CreateEvalJsonlRunDataSource),
    /// Rows for which a model is sampled through Chat Completions before grading.
    Completions(CreateEvalCompletionsRunDataSource),
    /// Rows for which a model is sampled through the Responses API before grading.
    Responses(CreateEvalResponsesRunDataSource),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for EvalRunDataSource {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<CreateEvalJsonlRunDataSource> for EvalRunDataSource {
    fn from(value: CreateEvalJsonlRunDataSource) -> Self {
        Self::Jsonl(value)
    }
}

impl From<CreateEvalCompletionsRunDataSource> for EvalRunDataSource {
    fn from(value: CreateEvalCompletionsRunDataSource) -> Self {
        Self::Completions(value)
    }
}

impl From<CreateEvalResponsesRunDataSource> for EvalRunDataSource {
    fn from(value: CreateEvalResponsesRunDataSource) -> Self {
        Self::Responses(value)
    }
}

impl Serialize for EvalRunDataSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Jsonl(value) => Serialize::serialize(value, serializer),
            Self::Completions(value) => Serialize::serialize(value, serializer),
            Self::Responses(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalRunDataSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("jsonl") => codec::from_value(value).map(Self::Jsonl),
            Some("completions") => codec::from_value(value).map(Self::Completions),
            Some("responses") => codec::from_value(value).map(Self::Responses),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Rows read from JSONL data that already contains everything the graders need.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEvalJsonlRunDataSource {
    /// Always `jsonl`.
    pub r#type: String,
    /// Where the rows are.
    pub source: EvalJsonlRunSource,
}

impl Default for CreateEvalJsonlRunDataSource {
    fn default() -> Self {
        Self {
            r#type: "jsonl".to_owned(),
            source: Default::default(),
        }
    }
}

impl Serialize for CreateEvalJsonlRunDataSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("source", &self.source)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalJsonlRunDataSource {
    const EXPECTING: &'static str = "a `CreateEvalJsonlRunDataSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalJsonlRunDataSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalJsonlRunDataSource {
    /// Creates a value from its required fields (`source`); the rest start unset.
    #[must_use]
    pub fn new(source: impl Into<EvalJsonlRunSource>) -> Self {
        Self {
            source: source.into(),
            ..Default::default()
        }
    }

    /// Sets `source`.
    #[must_use]
    pub fn source(mut self, value: impl Into<EvalJsonlRunSource>) -> Self {
        self.source = value.into();
        self
    }
}

/// JSONL rows, given inline or as an uploaded file; told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalJsonlRunSource {
    /// Rows given inline in the request.
    FileContent(EvalJsonlFileContentSource),
    /// Rows read from an uploaded JSONL file.
    FileId(EvalJsonlFileIdSource),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for EvalJsonlRunSource {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<EvalJsonlFileContentSource> for EvalJsonlRunSource {
    fn from(value: EvalJsonlFileContentSource) -> Self {
        Self::FileContent(value)
    }
}

impl From<EvalJsonlFileIdSource> for EvalJsonlRunSource {
    fn from(value: EvalJsonlFileIdSource) -> Self {
        Self::FileId(value)
    }
}

impl Serialize for EvalJsonlRunSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileContent(value) => Serialize::serialize(value, serializer),
            Self::FileId(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalJsonlRunSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_content") => codec::from_value(value).map(Self::FileContent),
            Some("file_id") => codec::from_value(value).map(Self::FileId),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Rows given inline in the request.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalJsonlFileContentSource {
    /// Always `file_content`.
    pub r#type: String,
    /// The rows, one per element.
    pub content: Vec<EvalJsonlFileContentRow>,
}

impl Default for EvalJsonlFileContentSource {
    fn default() -> Self {
        Self {
            r#type: "file_content".to_owned(),
            content: Default::default(),
        }
    }
}

impl Serialize for EvalJsonlFileContentSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalJsonlFileContentSource {
    const EXPECTING: &'static str = "an `EvalJsonlFileContentSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalJsonlFileContentSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalJsonlFileContentSource {
    /// Creates a value from its required fields (`content`); the rest start unset.
    #[must_use]
    pub fn new(content: impl Into<Vec<EvalJsonlFileContentRow>>) -> Self {
        Self {
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<Vec<EvalJsonlFileContentRow>>) -> Self {
        self.content = value.into();
        self
    }
}

/// One inline row of eval data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalJsonlFileContentRow {
    /// Values of the `item` namespace for this row.
    pub item: serde_json::Value,
    /// Values of the `sample` namespace, when the row already holds the model's answer.
    pub sample: Option<serde_json::Value>,
}

impl Serialize for EvalJsonlFileContentRow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("item", &self.item)?;
        codec::optional_entry(&mut map, "sample", &self.sample)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalJsonlFileContentRow {
    const EXPECTING: &'static str = "an `EvalJsonlFileContentRow` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "item" => self.item = map.next_value::<codec::Lenient<_>>()?.0,
            "sample" => self.sample = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalJsonlFileContentRow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalJsonlFileContentRow {
    /// Creates a value from its required fields (`item`); the rest start unset.
    #[must_use]
    pub fn new(item: impl Into<serde_json::Value>) -> Self {
        Self {
            item: item.into(),
            ..Default::default()
        }
    }

    /// Sets `item`.
    #[must_use]
    pub fn item(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.item = value.into();
        self
    }

    /// Sets `sample`.
    #[must_use]
    pub fn sample(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.sample = Some(value.into());
        self
    }
}

/// Rows read from an uploaded JSONL file.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalJsonlFileIdSource {
    /// Always `file_id`.
    pub r#type: String,
    /// Id of the file (`file-...`).
    pub id: String,
}

impl Default for EvalJsonlFileIdSource {
    fn default() -> Self {
        Self {
            r#type: "file_id".to_owned(),
            id: Default::default(),
        }
    }
}

impl Serialize for EvalJsonlFileIdSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalJsonlFileIdSource {
    const EXPECTING: &'static str = "an `EvalJsonlFileIdSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalJsonlFileIdSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalJsonlFileIdSource {
    /// Creates a value from its required fields (`id`); the rest start unset.
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            ..Default::default()
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
}

/// Rows for which a model is sampled through Chat Completions before grading.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEvalCompletionsRunDataSource {
    /// Always `completions`.
    pub r#type: String,
    /// The prompt sent to the model for each row.
    pub input_messages: Option<EvalCompletionsInputMessages>,
    /// Sampling settings.
    pub sampling_params: Option<EvalCompletionsSamplingParams>,
    /// Model to sample, such as `o3-mini`.
    pub model: Option<String>,
    /// Where the rows are.
    pub source: EvalCompletionsRunSource,
}

impl Default for CreateEvalCompletionsRunDataSource {
    fn default() -> Self {
        Self {
            r#type: "completions".to_owned(),
            input_messages: Default::default(),
            sampling_params: Default::default(),
            model: Default::default(),
            source: Default::default(),
        }
    }
}

impl Serialize for CreateEvalCompletionsRunDataSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "input_messages", &self.input_messages)?;
        codec::optional_entry(&mut map, "sampling_params", &self.sampling_params)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.serialize_entry("source", &self.source)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalCompletionsRunDataSource {
    const EXPECTING: &'static str = "a `CreateEvalCompletionsRunDataSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "input_messages" => self.input_messages = map.next_value()?,
            "sampling_params" => self.sampling_params = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalCompletionsRunDataSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalCompletionsRunDataSource {
    /// Creates a value from its required fields (`source`); the rest start unset.
    #[must_use]
    pub fn new(source: impl Into<EvalCompletionsRunSource>) -> Self {
        Self {
            source: source.into(),
            ..Default::default()
        }
    }

    /// Sets `input_messages`.
    #[must_use]
    pub fn input_messages(
        mut self,
        value: impl Into<EvalCompletionsInputMessages>,
    ) -> Self {
        self.input_messages = Some(value.into());
        self
    }

    /// Sets `sampling_params`.
    #[must_use]
    pub fn sampling_params(
        mut self,
        value: impl Into<EvalCompletionsSamplingParams>,
    ) -> Self {
        self.sampling_params = Some(value.into());
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `source`.
    #[must_use]
    pub fn source(mut self, value: impl Into<EvalCompletionsRunSource>) -> Self {
        self.source = value.into();
        self
    }
}

/// Prompt of a completions run, built from a template or read from each row; told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalCompletionsInputMessages {
    /// A prompt template filled in for each row.
    Template(EvalCompletionsTemplateInputMessages),
    /// Takes the prompt of each row from one of the row's fields, which holds a ready-made list of messages.
    ItemReference(EvalItemReferenceInputMessages),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for EvalCompletionsInputMessages {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<EvalCompletionsTemplateInputMessages> for EvalCompletionsInputMessages {
    fn from(value: EvalCompletionsTemplateInputMessages) -> Self {
        Self::Template(value)
    }
}

impl From<EvalItemReferenceInputMessages> for EvalCompletionsInputMessages {
    fn from(value: EvalItemReferenceInputMessages) -> Self {
        Self::ItemReference(value)
    }
}

impl Serialize for EvalCompletionsInputMessages {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Template(value) => Serialize::serialize(value, serializer),
            Self::ItemReference(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalCompletionsInputMessages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("template") => codec::from_value(value).map(Self::Template),
            Some("item_reference") => codec::from_value(value).map(Self::ItemReference),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A prompt template filled in for each row.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalCompletionsTemplateInputMessages {
    /// Always `template`.
    pub r#type: String,
    /// The messages, which may use `{{item.*}}` template variables.
    pub template: Vec<EvalCompletionsTemplateMessage>,
}

impl Default for EvalCompletionsTemplateInputMessages {
    fn default() -> Self {
        Self {
            r#type: "template".to_owned(),
            template: Default::default(),
        }
    }
}

impl Serialize for EvalCompletionsTemplateInputMessages {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("template", &self.template)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalCompletionsTemplateInputMessages {
    const EXPECTING: &'static str = "an `EvalCompletionsTemplateInputMessages` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "template" => self.template = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalCompletionsTemplateInputMessages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalCompletionsTemplateInputMessages {
    /// Creates a value from its required fields (`template`); the rest start unset.
    #[must_use]
    pub fn new(template: impl Into<Vec<EvalCompletionsTemplateMessage>>) -> Self {
        Self {
            template: template.into(),
            ..Default::default()
        }
    }

    /// Sets `template`.
    #[must_use]
    pub fn template(
        mut self,
        value: impl Into<Vec<EvalCompletionsTemplateMessage>>,
    ) -> Self {
        self.template = value.into();
        self
    }
}

/// A message of a completions run template, in the eval form or the Responses input form.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalCompletionsTemplateMessage {
    /// A prompt message of an eval grader or run template. Its text may
    /// contain template variables such as `{{item.question}}`.
    EvalItem(EvalItem),
    /// A message written by the user, the developer, the system or (replayed) the assistant.
    EasyInputMessage(EasyInputMessage),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for EvalCompletionsTemplateMessage {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<EvalItem> for EvalCompletionsTemplateMessage {
    fn from(value: EvalItem) -> Self {
        Self::EvalItem(value)
    }
}

impl From<EasyInputMessage> for EvalCompletionsTemplateMessage {
    fn from(value: EasyInputMessage) -> Self {
        Self::EasyInputMessage(value)
    }
}

impl Serialize for EvalCompletionsTemplateMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::EvalItem(value) => Serialize::serialize(value, serializer),
            Self::EasyInputMessage(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalCompletionsTemplateMessage {
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
                            known: &["type", "role", "content", "phase"],
                            constants: &[("type", "message")],
                        },
                    ],
                ) {
                    Some(0) => codec::from_value(value).map(Self::EvalItem),
                    Some(1) => codec::from_value(value).map(Self::EasyInputMessage),
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Takes the prompt of each row from one of the row's fields, which holds a ready-made list of messages.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalItemReferenceInputMessages {
    /// Always `item_reference`.
    pub r#type: String,
    /// Path of that field in the `item` namespace, such as `item.input_trajectory`.
    pub item_reference: String,
}

impl Default for EvalItemReferenceInputMessages {
    fn default() -> Self {
        Self {
            r#type: "item_reference".to_owned(),
            item_reference: Default::default(),
        }
    }
}

impl Serialize for EvalItemReferenceInputMessages {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("item_reference", &self.item_reference)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalItemReferenceInputMessages {
    const EXPECTING: &'static str = "an `EvalItemReferenceInputMessages` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "item_reference" => {
                self.item_reference = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalItemReferenceInputMessages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalItemReferenceInputMessages {
    /// Creates a value from its required fields (`item_reference`); the rest start unset.
    #[must_use]
    pub fn new(item_reference: impl Into<String>) -> Self {
        Self {
            item_reference: item_reference.into(),
            ..Default::default()
        }
    }

    /// Sets `item_reference`.
    #[must_use]
    pub fn item_reference(mut self, value: impl Into<String>) -> Self {
        self.item_reference = value.into();
        self
    }
}

/// How the model of a completions run samples its answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalCompletionsSamplingParams {
    /// Reasoning effort, for reasoning models.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Sampling temperature; higher values give more varied output.
    ///
    /// Defaults to `1` when unset.
    pub temperature: Option<f64>,
    /// Upper limit on the generated tokens.
    pub max_completion_tokens: Option<i64>,
    /// Probability mass of the tokens considered (nucleus sampling); 1 considers them all.
    ///
    /// Defaults to `1` when unset.
    pub top_p: Option<f64>,
    /// Seed that makes sampling repeatable.
    ///
    /// Defaults to `42` when unset.
    pub seed: Option<i64>,
    /// Output format, such as JSON that follows a schema.
    pub response_format: Option<ResponseFormat>,
    /// Functions the model may call (at most 128).
    pub tools: Option<Vec<ChatCompletionTool>>,
}

impl Serialize for EvalCompletionsSamplingParams {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(
            &mut map,
            "max_completion_tokens",
            &self.max_completion_tokens,
        )?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "seed", &self.seed)?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalCompletionsSamplingParams {
    const EXPECTING: &'static str = "an `EvalCompletionsSamplingParams` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "max_completion_tokens" => self.max_completion_tokens = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "seed" => self.seed = map.next_value()?,
            "response_format" => self.response_format = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalCompletionsSamplingParams {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalCompletionsSamplingParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `reasoning_effort`.
    #[must_use]
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `max_completion_tokens`.
    #[must_use]
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }

    /// Sets `top_p`.
    #[must_use]
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }

    /// Sets `seed`.
    #[must_use]
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(mut self, value: impl Into<ResponseFormat>) -> Self {
        self.response_format = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<ChatCompletionTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
}

/// Rows of a completions run; inline, in a file, or taken from stored completions. Told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalCompletionsRunSource {
    /// Rows given inline in the request.
    FileContent(EvalJsonlFileContentSource),
    /// Rows read from an uploaded JSONL file.
    FileId(EvalJsonlFileIdSource),
    /// Rows taken from stored chat completions that match the given filters.
    StoredCompletions(EvalStoredCompletionsSource),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for EvalCompletionsRunSource {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<EvalJsonlFileContentSource> for EvalCompletionsRunSource {
    fn from(value: EvalJsonlFileContentSource) -> Self {
        Self::FileContent(value)
    }
}

impl From<EvalJsonlFileIdSource> for EvalCompletionsRunSource {
    fn from(value: EvalJsonlFileIdSource) -> Self {
        Self::FileId(value)
    }
}

impl From<EvalStoredCompletionsSource> for EvalCompletionsRunSource {
    fn from(value: EvalStoredCompletionsSource) -> Self {
        Self::StoredCompletions(value)
    }
}

impl Serialize for EvalCompletionsRunSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileContent(value) => Serialize::serialize(value, serializer),
            Self::FileId(value) => Serialize::serialize(value, serializer),
            Self::StoredCompletions(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalCompletionsRunSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_content") => codec::from_value(value).map(Self::FileContent),
            Some("file_id") => codec::from_value(value).map(Self::FileId),
            Some("stored_completions") => {
                codec::from_value(value).map(Self::StoredCompletions)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Rows taken from stored chat completions that match the given filters.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalStoredCompletionsSource {
    /// Always `stored_completions`.
    pub r#type: String,
    /// Metadata the completions must carry.
    pub metadata: Option<Metadata>,
    /// Only completions of this model, such as `gpt-4o`.
    pub model: Option<String>,
    /// Only completions created at or after this time, in seconds since the Unix epoch.
    pub created_after: Option<i64>,
    /// Only completions created at or before this time, in seconds since the Unix epoch.
    pub created_before: Option<i64>,
    /// Largest number of completions to take.
    pub limit: Option<i64>,
}

impl Default for EvalStoredCompletionsSource {
    fn default() -> Self {
        Self {
            r#type: "stored_completions".to_owned(),
            metadata: Default::default(),
            model: Default::default(),
            created_after: Default::default(),
            created_before: Default::default(),
            limit: Default::default(),
        }
    }
}

impl Serialize for EvalStoredCompletionsSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "created_after", &self.created_after)?;
        codec::optional_entry(&mut map, "created_before", &self.created_before)?;
        codec::optional_entry(&mut map, "limit", &self.limit)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalStoredCompletionsSource {
    const EXPECTING: &'static str = "an `EvalStoredCompletionsSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "created_after" => self.created_after = map.next_value()?,
            "created_before" => self.created_before = map.next_value()?,
            "limit" => self.limit = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalStoredCompletionsSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalStoredCompletionsSource {
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

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `created_after`.
    #[must_use]
    pub fn created_after(mut self, value: impl Into<i64>) -> Self {
        self.created_after = Some(value.into());
        self
    }

    /// Sets `created_before`.
    #[must_use]
    pub fn created_before(mut self, value: impl Into<i64>) -> Self {
        self.created_before = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}

/// Rows for which a model is sampled through the Responses API before grading.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEvalResponsesRunDataSource {
    /// Always `responses`.
    pub r#type: String,
    /// The prompt sent to the model for each row.
    pub input_messages: Option<EvalResponsesInputMessages>,
    /// Sampling settings.
    pub sampling_params: Option<EvalResponsesSamplingParams>,
    /// Model to sample, such as `o3-mini`.
    pub model: Option<String>,
    /// Where the rows are.
    pub source: EvalResponsesRunSource,
}

impl Default for CreateEvalResponsesRunDataSource {
    fn default() -> Self {
        Self {
            r#type: "responses".to_owned(),
            input_messages: Default::default(),
            sampling_params: Default::default(),
            model: Default::default(),
            source: Default::default(),
        }
    }
}

impl Serialize for CreateEvalResponsesRunDataSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "input_messages", &self.input_messages)?;
        codec::optional_entry(&mut map, "sampling_params", &self.sampling_params)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.serialize_entry("source", &self.source)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateEvalResponsesRunDataSource {
    const EXPECTING: &'static str = "a `CreateEvalResponsesRunDataSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "input_messages" => self.input_messages = map.next_value()?,
            "sampling_params" => self.sampling_params = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateEvalResponsesRunDataSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateEvalResponsesRunDataSource {
    /// Creates a value from its required fields (`source`); the rest start unset.
    #[must_use]
    pub fn new(source: impl Into<EvalResponsesRunSource>) -> Self {
        Self {
            source: source.into(),
            ..Default::default()
        }
    }

    /// Sets `input_messages`.
    #[must_use]
    pub fn input_messages(
        mut self,
        value: impl Into<EvalResponsesInputMessages>,
    ) -> Self {
        self.input_messages = Some(value.into());
        self
    }

    /// Sets `sampling_params`.
    #[must_use]
    pub fn sampling_params(
        mut self,
        value: impl Into<EvalResponsesSamplingParams>,
    ) -> Self {
        self.sampling_params = Some(value.into());
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `source`.
    #[must_use]
    pub fn source(mut self, value: impl Into<EvalResponsesRunSource>) -> Self {
        self.source = value.into();
        self
    }
}

/// Prompt of a responses run, built from a template or read from each row; told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalResponsesInputMessages {
    /// A prompt template filled in for each row.
    Template(EvalResponsesTemplateInputMessages),
    /// Takes the prompt of each row from one of the row's fields, which holds a ready-made list of messages.
    ItemReference(EvalItemReferenceInputMessages),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for EvalResponsesInputMessages {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<EvalResponsesTemplateInputMessages> for EvalResponsesInputMessages {
    fn from(value: EvalResponsesTemplateInputMessages) -> Self {
        Self::Template(value)
    }
}

impl From<EvalItemReferenceInputMessages> for EvalResponsesInputMessages {
    fn from(value: EvalItemReferenceInputMessages) -> Self {
        Self::ItemReference(value)
    }
}

impl Serialize for EvalResponsesInputMessages {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Template(value) => Serialize::serialize(value, serializer),
            Self::ItemReference(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalResponsesInputMessages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("template") => codec::from_value(value).map(Self::Template),
            Some("item_reference") => codec::from_value(value).map(Self::ItemReference),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// A prompt template filled in for each row.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalResponsesTemplateInputMessages {
    /// Always `template`.
    pub r#type: String,
    /// The messages, which may use `{{item.*}}` template variables.
    pub template: Vec<CreateEvalItem>,
}

impl Default for EvalResponsesTemplateInputMessages {
    fn default() -> Self {
        Self {
            r#type: "template".to_owned(),
            template: Default::default(),
        }
    }
}

impl Serialize for EvalResponsesTemplateInputMessages {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("template", &self.template)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalResponsesTemplateInputMessages {
    const EXPECTING: &'static str = "an `EvalResponsesTemplateInputMessages` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "template" => self.template = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalResponsesTemplateInputMessages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalResponsesTemplateInputMessages {
    /// Creates a value from its required fields (`template`); the rest start unset.
    #[must_use]
    pub fn new(template: impl Into<Vec<CreateEvalItem>>) -> Self {
        Self {
            template: template.into(),
            ..Default::default()
        }
    }

    /// Sets `template`.
    #[must_use]
    pub fn template(mut self, value: impl Into<Vec<CreateEvalItem>>) -> Self {
        self.template = value.into();
        self
    }
}

/// How the model of a responses run samples its answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalResponsesSamplingParams {
    /// Reasoning effort, for reasoning models.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Sampling temperature; higher values give more varied output.
    ///
    /// Defaults to `1` when unset.
    pub temperature: Option<f64>,
    /// Upper limit on the generated tokens.
    pub max_completion_tokens: Option<i64>,
    /// Probability mass of the tokens considered (nucleus sampling); 1 considers them all.
    ///
    /// Defaults to `1` when unset.
    pub top_p: Option<f64>,
    /// Seed that makes sampling repeatable.
    ///
    /// Defaults to `42` when unset.
    pub seed: Option<i64>,
    /// Built-in tools and functions the model may use.
    pub tools: Option<Vec<Tool>>,
    /// Settings of the text output.
    pub text: Option<EvalResponsesSamplingParamsText>,
}

impl Serialize for EvalResponsesSamplingParams {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(
            &mut map,
            "max_completion_tokens",
            &self.max_completion_tokens,
        )?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "seed", &self.seed)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        codec::optional_entry(&mut map, "text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalResponsesSamplingParams {
    const EXPECTING: &'static str = "an `EvalResponsesSamplingParams` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "max_completion_tokens" => self.max_completion_tokens = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "seed" => self.seed = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            "text" => self.text = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalResponsesSamplingParams {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalResponsesSamplingParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `reasoning_effort`.
    #[must_use]
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `max_completion_tokens`.
    #[must_use]
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }

    /// Sets `top_p`.
    #[must_use]
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }

    /// Sets `seed`.
    #[must_use]
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<Tool>>) -> Self {
        self.tools = Some(value.into());
        self
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<EvalResponsesSamplingParamsText>) -> Self {
        self.text = Some(value.into());
        self
    }
}

/// Settings of the text output.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalResponsesSamplingParamsText {
    /// Plain text, JSON following a schema, or any JSON object.
    pub format: Option<TextResponseFormatConfiguration>,
}

impl Serialize for EvalResponsesSamplingParamsText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "format", &self.format)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalResponsesSamplingParamsText {
    const EXPECTING: &'static str = "an `EvalResponsesSamplingParamsText` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "format" => self.format = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalResponsesSamplingParamsText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalResponsesSamplingParamsText {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `format`.
    #[must_use]
    pub fn format(mut self, value: impl Into<TextResponseFormatConfiguration>) -> Self {
        self.format = Some(value.into());
        self
    }
}

/// Rows of a responses run; inline, in a file, or taken from stored responses. Told apart by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum EvalResponsesRunSource {
    /// Rows given inline in the request.
    FileContent(EvalJsonlFileContentSource),
    /// Rows read from an uploaded JSONL file.
    FileId(EvalJsonlFileIdSource),
    /// Rows taken from stored responses that match the given filters.
    Responses(EvalResponsesSource),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for EvalResponsesRunSource {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<EvalJsonlFileContentSource> for EvalResponsesRunSource {
    fn from(value: EvalJsonlFileContentSource) -> Self {
        Self::FileContent(value)
    }
}

impl From<EvalJsonlFileIdSource> for EvalResponsesRunSource {
    fn from(value: EvalJsonlFileIdSource) -> Self {
        Self::FileId(value)
    }
}

impl From<EvalResponsesSource> for EvalResponsesRunSource {
    fn from(value: EvalResponsesSource) -> Self {
        Self::Responses(value)
    }
}

impl Serialize for EvalResponsesRunSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileContent(value) => Serialize::serialize(value, serializer),
            Self::FileId(value) => Serialize::serialize(value, serializer),
            Self::Responses(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EvalResponsesRunSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("file_content") => codec::from_value(value).map(Self::FileContent),
            Some("file_id") => codec::from_value(value).map(Self::FileId),
            Some("responses") => codec::from_value(value).map(Self::Responses),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Rows taken from stored responses that match the given filters.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalResponsesSource {
    /// Always `responses`.
    pub r#type: String,
    /// Metadata the responses must carry.
    pub metadata: Option<serde_json::Value>,
    /// Only responses of this model.
    pub model: Option<String>,
    /// Only responses whose `instructions` contain this text.
    pub instructions_search: Option<String>,
    /// Only responses created at or after this time, in seconds since the Unix epoch.
    pub created_after: Option<i64>,
    /// Only responses created at or before this time, in seconds since the Unix epoch.
    pub created_before: Option<i64>,
    /// Only responses made with this reasoning effort.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Only responses sampled at this temperature.
    pub temperature: Option<f64>,
    /// Only responses sampled with this `top_p`.
    pub top_p: Option<f64>,
    /// Only responses made for these end-user identifiers.
    pub users: Option<Vec<String>>,
    /// Only responses that had these tools, by name.
    pub tools: Option<Vec<String>>,
}

impl Default for EvalResponsesSource {
    fn default() -> Self {
        Self {
            r#type: "responses".to_owned(),
            metadata: Default::default(),
            model: Default::default(),
            instructions_search: Default::default(),
            created_after: Default::default(),
            created_before: Default::default(),
            reasoning_effort: Default::default(),
            temperature: Default::default(),
            top_p: Default::default(),
            users: Default::default(),
            tools: Default::default(),
        }
    }
}

impl Serialize for EvalResponsesSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(
            &mut map,
            "instructions_search",
            &self.instructions_search,
        )?;
        codec::optional_entry(&mut map, "created_after", &self.created_after)?;
        codec::optional_entry(&mut map, "created_before", &self.created_before)?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "users", &self.users)?;
        codec::optional_entry(&mut map, "tools", &self.tools)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalResponsesSource {
    const EXPECTING: &'static str = "an `EvalResponsesSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "instructions_search" => self.instructions_search = map.next_value()?,
            "created_after" => self.created_after = map.next_value()?,
            "created_before" => self.created_before = map.next_value()?,
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "users" => self.users = map.next_value()?,
            "tools" => self.tools = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalResponsesSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl EvalResponsesSource {
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

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `instructions_search`.
    #[must_use]
    pub fn instructions_search(mut self, value: impl Into<String>) -> Self {
        self.instructions_search = Some(value.into());
        self
    }

    /// Sets `created_after`.
    #[must_use]
    pub fn created_after(mut self, value: impl Into<i64>) -> Self {
        self.created_after = Some(value.into());
        self
    }

    /// Sets `created_before`.
    #[must_use]
    pub fn created_before(mut self, value: impl Into<i64>) -> Self {
        self.created_before = Some(value.into());
        self
    }

    /// Sets `reasoning_effort`.
    #[must_use]
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
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

    /// Sets `users`.
    #[must_use]
    pub fn users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.users = Some(value.into());
        self
    }

    /// Sets `tools`.
    #[must_use]
    pub fn tools(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tools = Some(value.into());
        self
    }
}

/// Confirmation that an eval run was deleted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteEvalRunResponse {
    /// Always `eval.run.deleted`.
    pub object: Option<String>,
    /// Whether the run is gone.
    pub deleted: Option<bool>,
    /// Id of the deleted run.
    pub run_id: Option<String>,
}

impl Serialize for DeleteEvalRunResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        codec::optional_entry(&mut map, "deleted", &self.deleted)?;
        codec::optional_entry(&mut map, "run_id", &self.run_id)?;
        map.end()
    }
}

impl codec::ObjectFields for DeleteEvalRunResponse {
    const EXPECTING: &'static str = "a `DeleteEvalRunResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value()?,
            "deleted" => self.deleted = map.next_value()?,
            "run_id" => self.run_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for DeleteEvalRunResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of eval runs.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalRunList {
    /// Always `list`.
    pub object: String,
    /// The runs on this page.
    pub data: Vec<EvalRun>,
    /// Id of the first run on the page.
    pub first_id: String,
    /// Id of the last run on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more runs follow.
    pub has_more: bool,
}

impl Default for EvalRunList {
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

impl Serialize for EvalRunList {
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

impl codec::ObjectFields for EvalRunList {
    const EXPECTING: &'static str = "an `EvalRunList` object";
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

impl<'de> Deserialize<'de> for EvalRunList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for EvalRunList {
    type Item = EvalRun;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<EvalRun> {
        self.data
    }
}

/// One execution of an eval over a data source, with its progress and results.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalRun {
    /// Always `eval.run`.
    pub object: String,
    /// Run id (`evalrun_...`).
    pub id: String,
    /// Eval the run belongs to.
    pub eval_id: String,
    /// Where the run is in its lifecycle, such as `queued`, `in_progress`, `completed`, `canceled` or `failed`.
    pub status: String,
    /// Model under evaluation, when the run samples one.
    pub model: String,
    /// Display name of the run.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Dashboard page that shows the run's report.
    pub report_url: String,
    /// How the graded rows turned out so far.
    pub result_counts: EvalRunResultCounts,
    /// Token usage of each model the run called; null before any call.
    pub per_model_usage: Option<Vec<EvalRunPerModelUsageItem>>,
    /// Pass and fail counts of each grader; null before any row is graded.
    pub per_testing_criteria_results: Option<Vec<EvalRunPerTestingCriteriaResultsItem>>,
    /// The data the run reads, and how it samples a model.
    pub data_source: EvalRunDataSource,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Why the run failed; null when it did not.
    pub error: Option<EvalApiError>,
}

impl Default for EvalRun {
    fn default() -> Self {
        Self {
            object: "eval.run".to_owned(),
            id: Default::default(),
            eval_id: Default::default(),
            status: Default::default(),
            model: Default::default(),
            name: Default::default(),
            created_at: Default::default(),
            report_url: Default::default(),
            result_counts: Default::default(),
            per_model_usage: Default::default(),
            per_testing_criteria_results: Default::default(),
            data_source: Default::default(),
            metadata: Default::default(),
            error: Default::default(),
        }
    }
}

impl Serialize for EvalRun {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("eval_id", &self.eval_id)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("report_url", &self.report_url)?;
        map.serialize_entry("result_counts", &self.result_counts)?;
        map.serialize_entry("per_model_usage", &self.per_model_usage)?;
        map.serialize_entry(
            "per_testing_criteria_results",
            &self.per_testing_criteria_results,
        )?;
        map.serialize_entry("data_source", &self.data_source)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.serialize_entry("error", &self.error)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRun {
    const EXPECTING: &'static str = "an `EvalRun` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "eval_id" => self.eval_id = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "report_url" => self.report_url = map.next_value::<codec::Lenient<_>>()?.0,
            "result_counts" => {
                self.result_counts = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "per_model_usage" => self.per_model_usage = map.next_value()?,
            "per_testing_criteria_results" => {
                self.per_testing_criteria_results = map.next_value()?;
            }
            "data_source" => self.data_source = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value()?,
            "error" => self.error = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRun {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// How the graded rows turned out so far.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRunResultCounts {
    /// Rows processed.
    pub total: i64,
    /// Rows that could not be graded because of an error.
    pub errored: i64,
    /// Rows that did not pass.
    pub failed: i64,
    /// Rows that passed.
    pub passed: i64,
}

impl Serialize for EvalRunResultCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("total", &self.total)?;
        map.serialize_entry("errored", &self.errored)?;
        map.serialize_entry("failed", &self.failed)?;
        map.serialize_entry("passed", &self.passed)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunResultCounts {
    const EXPECTING: &'static str = "an `EvalRunResultCounts` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "total" => self.total = map.next_value::<codec::Lenient<_>>()?.0,
            "errored" => self.errored = map.next_value::<codec::Lenient<_>>()?.0,
            "failed" => self.failed = map.next_value::<codec::Lenient<_>>()?.0,
            "passed" => self.passed = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRunResultCounts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Usage of one model.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRunPerModelUsageItem {
    /// The model.
    pub model_name: String,
    /// Calls made to it.
    pub invocation_count: i64,
    /// Input tokens.
    pub prompt_tokens: i64,
    /// Generated tokens.
    pub completion_tokens: i64,
    /// Sum of input and generated tokens.
    pub total_tokens: i64,
    /// Input tokens served from the cache.
    pub cached_tokens: i64,
}

impl Serialize for EvalRunPerModelUsageItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("model_name", &self.model_name)?;
        map.serialize_entry("invocation_count", &self.invocation_count)?;
        map.serialize_entry("prompt_tokens", &self.prompt_tokens)?;
        map.serialize_entry("completion_tokens", &self.completion_tokens)?;
        map.serialize_entry("total_tokens", &self.total_tokens)?;
        map.serialize_entry("cached_tokens", &self.cached_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunPerModelUsageItem {
    const EXPECTING: &'static str = "an `EvalRunPerModelUsageItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model_name" => self.model_name = map.next_value::<codec::Lenient<_>>()?.0,
            "invocation_count" => {
                self.invocation_count = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "prompt_tokens" => {
                self.prompt_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "completion_tokens" => {
                self.completion_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "total_tokens" => {
                self.total_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "cached_tokens" => {
                self.cached_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRunPerModelUsageItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Counts of one grader.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRunPerTestingCriteriaResultsItem {
    /// The grader these counts are for.
    pub testing_criteria: String,
    /// Rows it passed.
    pub passed: i64,
    /// Rows it failed.
    pub failed: i64,
}

impl Serialize for EvalRunPerTestingCriteriaResultsItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("testing_criteria", &self.testing_criteria)?;
        map.serialize_entry("passed", &self.passed)?;
        map.serialize_entry("failed", &self.failed)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunPerTestingCriteriaResultsItem {
    const EXPECTING: &'static str = "an `EvalRunPerTestingCriteriaResultsItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "testing_criteria" => {
                self.testing_criteria = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "passed" => self.passed = map.next_value::<codec::Lenient<_>>()?.0,
            "failed" => self.failed = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRunPerTestingCriteriaResultsItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// An error that stopped an eval run or the sampling of one row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalApiError {
    /// Machine-readable error code.
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
}

impl Serialize for EvalApiError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalApiError {
    const EXPECTING: &'static str = "an `EvalApiError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code" => self.code = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalApiError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of eval run output items.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalRunOutputItemList {
    /// Always `list`.
    pub object: String,
    /// The output items on this page.
    pub data: Vec<EvalRunOutputItem>,
    /// Id of the first output item on the page.
    pub first_id: String,
    /// Id of the last output item on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more output items follow.
    pub has_more: bool,
}

impl Default for EvalRunOutputItemList {
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

impl Serialize for EvalRunOutputItemList {
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

impl codec::ObjectFields for EvalRunOutputItemList {
    const EXPECTING: &'static str = "an `EvalRunOutputItemList` object";
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

impl<'de> Deserialize<'de> for EvalRunOutputItemList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for EvalRunOutputItemList {
    type Item = EvalRunOutputItem;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<EvalRunOutputItem> {
        self.data
    }
}

/// One graded row of an eval run, with the model's sample and each grader's result.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalRunOutputItem {
    /// Always `eval.run.output_item`.
    pub object: String,
    /// Output item id (`outputitem_...`).
    pub id: String,
    /// Run the row belongs to.
    pub run_id: String,
    /// Eval the run belongs to.
    pub eval_id: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Outcome of the row, such as `pass` or `fail`.
    pub status: String,
    /// Position of the row in the data source.
    pub datasource_item_id: i64,
    /// The data row as read from the source.
    pub datasource_item: serde_json::Value,
    /// One result per grader.
    pub results: Vec<EvalRunOutputItemResult>,
    /// The model call made for this row.
    pub sample: EvalRunOutputItemSample,
}

impl Default for EvalRunOutputItem {
    fn default() -> Self {
        Self {
            object: "eval.run.output_item".to_owned(),
            id: Default::default(),
            run_id: Default::default(),
            eval_id: Default::default(),
            created_at: Default::default(),
            status: Default::default(),
            datasource_item_id: Default::default(),
            datasource_item: Default::default(),
            results: Default::default(),
            sample: Default::default(),
        }
    }
}

impl Serialize for EvalRunOutputItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("run_id", &self.run_id)?;
        map.serialize_entry("eval_id", &self.eval_id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("datasource_item_id", &self.datasource_item_id)?;
        map.serialize_entry("datasource_item", &self.datasource_item)?;
        map.serialize_entry("results", &self.results)?;
        map.serialize_entry("sample", &self.sample)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunOutputItem {
    const EXPECTING: &'static str = "an `EvalRunOutputItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "run_id" => self.run_id = map.next_value::<codec::Lenient<_>>()?.0,
            "eval_id" => self.eval_id = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "datasource_item_id" => {
                self.datasource_item_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "datasource_item" => {
                self.datasource_item = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "results" => self.results = map.next_value::<codec::Lenient<_>>()?.0,
            "sample" => self.sample = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRunOutputItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// What one grader concluded about a row; graders may add fields of their own.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRunOutputItemResult {
    /// Name of the grader.
    pub name: String,
    /// Kind of grader, such as `string_check`.
    pub r#type: Option<String>,
    /// Score the grader gave.
    pub score: f64,
    /// Whether the row passed this grader.
    pub passed: bool,
    /// Intermediate data the grader produced, such as a grading model's answer.
    pub sample: Option<serde_json::Value>,
}

impl Serialize for EvalRunOutputItemResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.serialize_entry("score", &self.score)?;
        map.serialize_entry("passed", &self.passed)?;
        codec::optional_entry(&mut map, "sample", &self.sample)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunOutputItemResult {
    const EXPECTING: &'static str = "an `EvalRunOutputItemResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value()?,
            "score" => self.score = map.next_value::<codec::Lenient<_>>()?.0,
            "passed" => self.passed = map.next_value::<codec::Lenient<_>>()?.0,
            "sample" => self.sample = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRunOutputItemResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The model call made for this row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRunOutputItemSample {
    /// Messages sent to the model.
    pub input: Vec<EvalRunOutputItemSampleInputItem>,
    /// Messages the model produced.
    pub output: Vec<EvalRunOutputItemSampleOutputItem>,
    /// Why generation stopped, such as `stop` or `length`.
    pub finish_reason: String,
    /// Model that produced the sample.
    pub model: String,
    /// Tokens used by the call.
    pub usage: EvalRunOutputItemSampleUsage,
    /// Why sampling failed; null when it succeeded.
    pub error: Option<EvalApiError>,
    /// Sampling temperature used.
    pub temperature: f64,
    /// Token limit of the generation.
    pub max_completion_tokens: i64,
    /// Nucleus sampling mass used.
    pub top_p: f64,
    /// Seed used.
    pub seed: i64,
}

impl Serialize for EvalRunOutputItemSample {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("output", &self.output)?;
        map.serialize_entry("finish_reason", &self.finish_reason)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("usage", &self.usage)?;
        map.serialize_entry("error", &self.error)?;
        map.serialize_entry("temperature", &self.temperature)?;
        map.serialize_entry("max_completion_tokens", &self.max_completion_tokens)?;
        map.serialize_entry("top_p", &self.top_p)?;
        map.serialize_entry("seed", &self.seed)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunOutputItemSample {
    const EXPECTING: &'static str = "an `EvalRunOutputItemSample` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "output" => self.output = map.next_value::<codec::Lenient<_>>()?.0,
            "finish_reason" => {
                self.finish_reason = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "usage" => self.usage = map.next_value::<codec::Lenient<_>>()?.0,
            "error" => self.error = map.next_value()?,
            "temperature" => self.temperature = map.next_value::<codec::Lenient<_>>()?.0,
            "max_completion_tokens" => {
                self.max_completion_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "top_p" => self.top_p = map.next_value::<codec::Lenient<_>>()?.0,
            "seed" => self.seed = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRunOutputItemSample {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One message sent to the model.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRunOutputItemSampleInputItem {
    /// Author of the message, such as `system` or `user`.
    pub role: String,
    /// Text of the message.
    pub content: String,
}

impl Serialize for EvalRunOutputItemSampleInputItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunOutputItemSampleInputItem {
    const EXPECTING: &'static str = "an `EvalRunOutputItemSampleInputItem` object";
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

impl<'de> Deserialize<'de> for EvalRunOutputItemSampleInputItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One message the model produced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRunOutputItemSampleOutputItem {
    /// Author of the message, normally `assistant`.
    pub role: Option<String>,
    /// Text of the message.
    pub content: Option<String>,
}

impl Serialize for EvalRunOutputItemSampleOutputItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        codec::optional_entry(&mut map, "content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunOutputItemSampleOutputItem {
    const EXPECTING: &'static str = "an `EvalRunOutputItemSampleOutputItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            "content" => self.content = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRunOutputItemSampleOutputItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Tokens used by the call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalRunOutputItemSampleUsage {
    /// Sum of input and generated tokens.
    pub total_tokens: i64,
    /// Generated tokens.
    pub completion_tokens: i64,
    /// Input tokens.
    pub prompt_tokens: i64,
    /// Input tokens served from the cache.
    pub cached_tokens: i64,
}

impl Serialize for EvalRunOutputItemSampleUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("total_tokens", &self.total_tokens)?;
        map.serialize_entry("completion_tokens", &self.completion_tokens)?;
        map.serialize_entry("prompt_tokens", &self.prompt_tokens)?;
        map.serialize_entry("cached_tokens", &self.cached_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for EvalRunOutputItemSampleUsage {
    const EXPECTING: &'static str = "an `EvalRunOutputItemSampleUsage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "total_tokens" => {
                self.total_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "completion_tokens" => {
                self.completion_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "prompt_tokens" => {
                self.prompt_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "cached_tokens" => {
                self.cached_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for EvalRunOutputItemSampleUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `GetEvalRunOutputItems`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEvalRunOutputItemsParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Only return rows that passed (`pass`) or failed (`fail`) grading.
    pub status: Option<GetEvalRunOutputItemsStatus>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
}

impl GetEvalRunOutputItemsParams {
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

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<GetEvalRunOutputItemsStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `order`.
    #[must_use]
    pub fn order(mut self, value: impl Into<SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}

/// The `status` query parameter of `GET /evals/{eval_id}/runs/{run_id}/output_items`.
#[derive(Debug, Clone)]
pub enum GetEvalRunOutputItemsStatus {
    /// `fail`
    Fail,
    /// `pass`
    Pass,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for GetEvalRunOutputItemsStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl GetEvalRunOutputItemsStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fail => "fail",
            Self::Pass => "pass",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for GetEvalRunOutputItemsStatus {
    fn from(value: &str) -> Self {
        match value {
            "fail" => Self::Fail,
            "pass" => Self::Pass,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(GetEvalRunOutputItemsStatus);

/// Query and header parameters of `GetEvalRuns`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetEvalRunsParams {
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
    /// Only return runs in this state.
    pub status: Option<GetEvalRunsStatus>,
}

impl GetEvalRunsParams {
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

    /// Sets `status`.
    #[must_use]
    pub fn status(mut self, value: impl Into<GetEvalRunsStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// The `status` query parameter of `GET /evals/{eval_id}/runs`.
#[derive(Debug, Clone)]
pub enum GetEvalRunsStatus {
    /// `queued`
    Queued,
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `canceled`
    Canceled,
    /// `failed`
    Failed,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for GetEvalRunsStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl GetEvalRunsStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Canceled => "canceled",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for GetEvalRunsStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "canceled" => Self::Canceled,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(GetEvalRunsStatus);
