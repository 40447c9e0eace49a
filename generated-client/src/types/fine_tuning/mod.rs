// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `fine_tuning` operations.
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

#[cfg(feature = "fine_tuning")]
use std::collections::BTreeMap;
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
use crate::runtime::codec;
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
use crate::types::*;

#[cfg(feature = "fine_tuning")]
mod checkpoints;
#[cfg(feature = "fine_tuning")]
mod graders;
#[cfg(feature = "fine_tuning")]
mod jobs;

#[cfg(feature = "fine_tuning")]
pub use checkpoints::*;
#[cfg(feature = "fine_tuning")]
pub use graders::*;
#[cfg(feature = "fine_tuning")]
pub use jobs::*;

/// A grader for reinforcement fine-tuning and the grader test endpoints,
/// told apart by `type`.
#[cfg(feature = "fine_tuning")]
#[derive(Debug, Clone, PartialEq)]
pub enum Grader {
    /// Compares a templated input with a reference string; the score is 1 when the comparison holds and 0 otherwise.
    StringCheck(GraderStringCheck),
    /// Scores how close a templated input is to a reference text under a similarity metric.
    TextSimilarity(GraderTextSimilarity),
    /// Runs your Python code in a sandbox; its `grade(sample, item)` function returns the score.
    Python(GraderPython),
    /// Asks a model to rate the sample with a number inside `range`.
    ScoreModel(GraderScoreModel),
    /// Combines several named graders into one score with an arithmetic formula.
    Multi(GraderMulti),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(feature = "fine_tuning")]
impl Default for Grader {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderStringCheck> for Grader {
    fn from(value: GraderStringCheck) -> Self {
        Self::StringCheck(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderTextSimilarity> for Grader {
    fn from(value: GraderTextSimilarity) -> Self {
        Self::TextSimilarity(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderPython> for Grader {
    fn from(value: GraderPython) -> Self {
        Self::Python(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderScoreModel> for Grader {
    fn from(value: GraderScoreModel) -> Self {
        Self::ScoreModel(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderMulti> for Grader {
    fn from(value: GraderMulti) -> Self {
        Self::Multi(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl Serialize for Grader {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::StringCheck(value) => Serialize::serialize(value, serializer),
            Self::TextSimilarity(value) => Serialize::serialize(value, serializer),
            Self::Python(value) => Serialize::serialize(value, serializer),
            Self::ScoreModel(value) => Serialize::serialize(value, serializer),
            Self::Multi(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "fine_tuning")]
impl<'de> Deserialize<'de> for Grader {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("string_check") => codec::from_value(value).map(Self::StringCheck),
            Some("text_similarity") => codec::from_value(value).map(Self::TextSimilarity),
            Some("python") => codec::from_value(value).map(Self::Python),
            Some("score_model") => codec::from_value(value).map(Self::ScoreModel),
            Some("multi") => codec::from_value(value).map(Self::Multi),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Compares a templated input with a reference string; the score is 1 when the comparison holds and 0 otherwise.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq)]
pub struct GraderStringCheck {
    /// Always `string_check`.
    pub r#type: String,
    /// Label of this grader, used in results.
    pub name: String,
    /// Text under test; may contain template variables such as `{{sample.output_text}}`.
    pub input: String,
    /// Text to compare with; may contain template variables such as `{{item.answer}}`.
    pub reference: String,
    /// The comparison to make.
    pub operation: GraderStringCheckOperation,
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for GraderStringCheck {
    fn default() -> Self {
        Self {
            r#type: "string_check".to_owned(),
            name: Default::default(),
            input: Default::default(),
            reference: Default::default(),
            operation: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Serialize for GraderStringCheck {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("reference", &self.reference)?;
        map.serialize_entry("operation", &self.operation)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl codec::ObjectFields for GraderStringCheck {
    const EXPECTING: &'static str = "a `GraderStringCheck` object";
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
            "operation" => self.operation = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for GraderStringCheck {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl GraderStringCheck {
    /// Creates a value from its required fields (`name`, `input`, `reference`, `operation`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        input: impl Into<String>,
        reference: impl Into<String>,
        operation: impl Into<GraderStringCheckOperation>,
    ) -> Self {
        Self {
            name: name.into(),
            input: input.into(),
            reference: reference.into(),
            operation: operation.into(),
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

    /// Sets `operation`.
    #[must_use]
    pub fn operation(mut self, value: impl Into<GraderStringCheckOperation>) -> Self {
        self.operation = value.into();
        self
    }
}

/// How a string check compares. `eq`: the strings are equal; `ne`: they
/// differ; `like`: the input contains the reference; `ilike`: the same,
/// ignoring case.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone)]
pub enum GraderStringCheckOperation {
    /// `eq`
    Eq,
    /// `ne`
    Ne,
    /// `like`
    Like,
    /// `ilike`
    Ilike,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for GraderStringCheckOperation {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl GraderStringCheckOperation {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "eq",
            Self::Ne => "ne",
            Self::Like => "like",
            Self::Ilike => "ilike",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<&str> for GraderStringCheckOperation {
    fn from(value: &str) -> Self {
        match value {
            "eq" => Self::Eq,
            "ne" => Self::Ne,
            "like" => Self::Like,
            "ilike" => Self::Ilike,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
crate::runtime::string_enum_traits!(GraderStringCheckOperation);

/// Scores how close a templated input is to a reference text under a similarity metric.
#[cfg(feature = "fine_tuning")]
#[derive(Debug, Clone, PartialEq)]
pub struct GraderTextSimilarity {
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
}

#[cfg(feature = "fine_tuning")]
impl Default for GraderTextSimilarity {
    fn default() -> Self {
        Self {
            r#type: "text_similarity".to_owned(),
            name: Default::default(),
            input: Default::default(),
            reference: Default::default(),
            evaluation_metric: Default::default(),
        }
    }
}

#[cfg(feature = "fine_tuning")]
impl Serialize for GraderTextSimilarity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("input", &self.input)?;
        map.serialize_entry("reference", &self.reference)?;
        map.serialize_entry("evaluation_metric", &self.evaluation_metric)?;
        map.end()
    }
}

#[cfg(feature = "fine_tuning")]
impl codec::ObjectFields for GraderTextSimilarity {
    const EXPECTING: &'static str = "a `GraderTextSimilarity` object";
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
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "fine_tuning")]
impl<'de> Deserialize<'de> for GraderTextSimilarity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "fine_tuning")]
impl GraderTextSimilarity {
    /// Creates a value from its required fields (`name`, `input`, `reference`, `evaluation_metric`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        input: impl Into<String>,
        reference: impl Into<String>,
        evaluation_metric: impl Into<GraderTextSimilarityMetric>,
    ) -> Self {
        Self {
            name: name.into(),
            input: input.into(),
            reference: reference.into(),
            evaluation_metric: evaluation_metric.into(),
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
}

/// Similarity measure of a text similarity grader: `cosine` (of
/// embeddings), `fuzzy_match`, `bleu`, `gleu`, `meteor`, or a ROUGE
/// variant (`rouge_1` to `rouge_5`, `rouge_l`).
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone)]
pub enum GraderTextSimilarityMetric {
    /// `cosine`
    Cosine,
    /// `fuzzy_match`
    FuzzyMatch,
    /// `bleu`
    Bleu,
    /// `gleu`
    Gleu,
    /// `meteor`
    Meteor,
    /// `rouge_1`
    Rouge1,
    /// `rouge_2`
    Rouge2,
    /// `rouge_3`
    Rouge3,
    /// `rouge_4`
    Rouge4,
    /// `rouge_5`
    Rouge5,
    /// `rouge_l`
    RougeL,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for GraderTextSimilarityMetric {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl GraderTextSimilarityMetric {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cosine => "cosine",
            Self::FuzzyMatch => "fuzzy_match",
            Self::Bleu => "bleu",
            Self::Gleu => "gleu",
            Self::Meteor => "meteor",
            Self::Rouge1 => "rouge_1",
            Self::Rouge2 => "rouge_2",
            Self::Rouge3 => "rouge_3",
            Self::Rouge4 => "rouge_4",
            Self::Rouge5 => "rouge_5",
            Self::RougeL => "rouge_l",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<&str> for GraderTextSimilarityMetric {
    fn from(value: &str) -> Self {
        match value {
            "cosine" => Self::Cosine,
            "fuzzy_match" => Self::FuzzyMatch,
            "bleu" => Self::Bleu,
            "gleu" => Self::Gleu,
            "meteor" => Self::Meteor,
            "rouge_1" => Self::Rouge1,
            "rouge_2" => Self::Rouge2,
            "rouge_3" => Self::Rouge3,
            "rouge_4" => Self::Rouge4,
            "rouge_5" => Self::Rouge5,
            "rouge_l" => Self::RougeL,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
crate::runtime::string_enum_traits!(GraderTextSimilarityMetric);

/// Runs your Python code in a sandbox; its `grade(sample, item)` function returns the score.
#[cfg(feature = "fine_tuning")]
#[derive(Debug, Clone, PartialEq)]
pub struct GraderPython {
    /// Always `python`.
    pub r#type: String,
    /// Label of this grader, used in results.
    pub name: String,
    /// Python source that defines the grading function.
    pub source: String,
    /// Version tag of the sandbox image that executes the code.
    pub image_tag: Option<String>,
}

#[cfg(feature = "fine_tuning")]
impl Default for GraderPython {
    fn default() -> Self {
        Self {
            r#type: "python".to_owned(),
            name: Default::default(),
            source: Default::default(),
            image_tag: Default::default(),
        }
    }
}

#[cfg(feature = "fine_tuning")]
impl Serialize for GraderPython {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("source", &self.source)?;
        codec::optional_entry(&mut map, "image_tag", &self.image_tag)?;
        map.end()
    }
}

#[cfg(feature = "fine_tuning")]
impl codec::ObjectFields for GraderPython {
    const EXPECTING: &'static str = "a `GraderPython` object";
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
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "fine_tuning")]
impl<'de> Deserialize<'de> for GraderPython {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "fine_tuning")]
impl GraderPython {
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
}

/// Asks a model to rate the sample with a number inside `range`.
#[cfg(feature = "fine_tuning")]
#[derive(Debug, Clone, PartialEq)]
pub struct GraderScoreModel {
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
}

#[cfg(feature = "fine_tuning")]
impl Default for GraderScoreModel {
    fn default() -> Self {
        Self {
            r#type: "score_model".to_owned(),
            name: Default::default(),
            model: Default::default(),
            sampling_params: Default::default(),
            input: Default::default(),
            range: Default::default(),
        }
    }
}

#[cfg(feature = "fine_tuning")]
impl Serialize for GraderScoreModel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("model", &self.model)?;
        codec::optional_entry(&mut map, "sampling_params", &self.sampling_params)?;
        map.serialize_entry("input", &self.input)?;
        codec::optional_entry(&mut map, "range", &self.range)?;
        map.end()
    }
}

#[cfg(feature = "fine_tuning")]
impl codec::ObjectFields for GraderScoreModel {
    const EXPECTING: &'static str = "a `GraderScoreModel` object";
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
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "fine_tuning")]
impl<'de> Deserialize<'de> for GraderScoreModel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "fine_tuning")]
impl GraderScoreModel {
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
}

/// How the model of a score model grader samples its answer.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraderScoreModelSamplingParams {
    /// Seed that makes sampling repeatable.
    pub seed: Option<i64>,
    /// Probability mass of the tokens considered (nucleus sampling); 1 considers them all.
    pub top_p: Option<f64>,
    /// Sampling temperature; higher values give more varied output.
    pub temperature: Option<f64>,
    /// Upper limit on the tokens the grading model may generate.
    pub max_completions_tokens: Option<i64>,
    /// Reasoning effort of the grading model, for reasoning models.
    pub reasoning_effort: Option<ReasoningEffort>,
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Serialize for GraderScoreModelSamplingParams {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "seed", &self.seed)?;
        codec::optional_entry(&mut map, "top_p", &self.top_p)?;
        codec::optional_entry(&mut map, "temperature", &self.temperature)?;
        codec::optional_entry(
            &mut map,
            "max_completions_tokens",
            &self.max_completions_tokens,
        )?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl codec::ObjectFields for GraderScoreModelSamplingParams {
    const EXPECTING: &'static str = "a `GraderScoreModelSamplingParams` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "seed" => self.seed = map.next_value()?,
            "top_p" => self.top_p = map.next_value()?,
            "temperature" => self.temperature = map.next_value()?,
            "max_completions_tokens" => self.max_completions_tokens = map.next_value()?,
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for GraderScoreModelSamplingParams {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl GraderScoreModelSamplingParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `seed`.
    #[must_use]
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }

    /// Sets `top_p`.
    #[must_use]
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }

    /// Sets `temperature`.
    #[must_use]
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }

    /// Sets `max_completions_tokens`.
    #[must_use]
    pub fn max_completions_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completions_tokens = Some(value.into());
        self
    }

    /// Sets `reasoning_effort`.
    #[must_use]
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
}

/// A prompt message of an eval grader or run template. Its text may
/// contain template variables such as `{{item.question}}`.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvalItem {
    /// Author of the message. `developer` and `system` messages carry
    /// instructions that outrank `user` ones; `assistant` messages stand
    /// for earlier model turns.
    pub role: EvalItemRole,
    /// Body of the message.
    pub content: EvalItemContent,
    /// Optionally `message`.
    pub r#type: Option<String>,
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Serialize for EvalItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("content", &self.content)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl codec::ObjectFields for EvalItem {
    const EXPECTING: &'static str = "an `EvalItem` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "content" => self.content = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for EvalItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl EvalItem {
    /// Creates a value from its required fields (`role`, `content`); the rest start unset.
    #[must_use]
    pub fn new(
        role: impl Into<EvalItemRole>,
        content: impl Into<EvalItemContent>,
    ) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
            ..Default::default()
        }
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<EvalItemRole>) -> Self {
        self.role = value.into();
        self
    }

    /// Sets `content`.
    #[must_use]
    pub fn content(mut self, value: impl Into<EvalItemContent>) -> Self {
        self.content = value.into();
        self
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}

/// Author of the message. `developer` and `system` messages carry
/// instructions that outrank `user` ones; `assistant` messages stand
/// for earlier model turns.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone)]
pub enum EvalItemRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `system`
    System,
    /// `developer`
    Developer,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for EvalItemRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl EvalItemRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::System => "system",
            Self::Developer => "developer",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<&str> for EvalItemRole {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            "system" => Self::System,
            "developer" => Self::Developer,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
crate::runtime::string_enum_traits!(EvalItemRole);

/// Body of an eval message; a string, one content part, or a list of parts.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq)]
pub enum EvalItemContent {
    /// One content part of an eval message; plain text, or a part identified by its `type`.
    EvalItemContentItem(EvalItemContentItem),
    /// Several content parts of an eval message, in order.
    EvalItemContentArray(EvalItemContentArray),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for EvalItemContent {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<EvalItemContentItem> for EvalItemContent {
    fn from(value: EvalItemContentItem) -> Self {
        Self::EvalItemContentItem(value)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<EvalItemContentArray> for EvalItemContent {
    fn from(value: EvalItemContentArray) -> Self {
        Self::EvalItemContentArray(value)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Serialize for EvalItemContent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::EvalItemContentItem(value) => Serialize::serialize(value, serializer),
            Self::EvalItemContentArray(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for EvalItemContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => {
                codec::from_value(value).map(Self::EvalItemContentItem)
            }
            serde_json::Value::Array(_) => {
                codec::from_value(value).map(Self::EvalItemContentArray)
            }
            serde_json::Value::Object(_) => {
                codec::from_value(value).map(Self::EvalItemContentItem)
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One content part of an eval message; plain text, or a part identified by its `type`.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq)]
pub enum EvalItemContentItem {
    /// Text given to the model; may contain template variables.
    EvalItemContentText(EvalItemContentText),
    /// A piece of text given to the model.
    InputTextContent(InputTextContent),
    /// Text attributed to the model, as in an earlier assistant turn.
    EvalItemContentOutputText(EvalItemContentOutputText),
    /// An image in an eval message, given by URL.
    EvalItemInputImage(EvalItemInputImage),
    /// An audio part, base64-encoded.
    ChatCompletionRequestMessageContentPartAudio(
        ChatCompletionRequestMessageContentPartAudio,
    ),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for EvalItemContentItem {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<EvalItemContentText> for EvalItemContentItem {
    fn from(value: EvalItemContentText) -> Self {
        Self::EvalItemContentText(value)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<&str> for EvalItemContentItem {
    fn from(value: &str) -> Self {
        Self::EvalItemContentText(value.to_owned())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<InputTextContent> for EvalItemContentItem {
    fn from(value: InputTextContent) -> Self {
        Self::InputTextContent(value)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<EvalItemContentOutputText> for EvalItemContentItem {
    fn from(value: EvalItemContentOutputText) -> Self {
        Self::EvalItemContentOutputText(value)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<EvalItemInputImage> for EvalItemContentItem {
    fn from(value: EvalItemInputImage) -> Self {
        Self::EvalItemInputImage(value)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<ChatCompletionRequestMessageContentPartAudio> for EvalItemContentItem {
    fn from(value: ChatCompletionRequestMessageContentPartAudio) -> Self {
        Self::ChatCompletionRequestMessageContentPartAudio(value)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Serialize for EvalItemContentItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::EvalItemContentText(value) => Serialize::serialize(value, serializer),
            Self::InputTextContent(value) => Serialize::serialize(value, serializer),
            Self::EvalItemContentOutputText(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::EvalItemInputImage(value) => Serialize::serialize(value, serializer),
            Self::ChatCompletionRequestMessageContentPartAudio(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for EvalItemContentItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => {
                codec::from_value(value).map(Self::EvalItemContentText)
            }
            serde_json::Value::Object(object) => {
                match codec::best_object_variant(
                    object,
                    &[
                        codec::ObjectShape {
                            required: &["type", "text"],
                            known: &["type", "text"],
                            constants: &[("type", "input_text")],
                        },
                        codec::ObjectShape {
                            required: &["type", "text"],
                            known: &["type", "text"],
                            constants: &[("type", "output_text")],
                        },
                        codec::ObjectShape {
                            required: &["type", "image_url"],
                            known: &["type", "image_url", "detail"],
                            constants: &[("type", "input_image")],
                        },
                        codec::ObjectShape {
                            required: &["type", "input_audio"],
                            known: &["type", "input_audio"],
                            constants: &[("type", "input_audio")],
                        },
                    ],
                ) {
                    Some(0) => codec::from_value(value).map(Self::InputTextContent),
                    Some(1) => {
                        codec::from_value(value).map(Self::EvalItemContentOutputText)
                    }
                    Some(2) => codec::from_value(value).map(Self::EvalItemInputImage),
                    Some(3) => {
                        codec::from_value(value)
                            .map(Self::ChatCompletionRequestMessageContentPartAudio)
                    }
                    _ => Ok(Self::Other(value)),
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// Text given to the model; may contain template variables.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
pub type EvalItemContentText = String;

/// Text attributed to the model, as in an earlier assistant turn.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq)]
pub struct EvalItemContentOutputText {
    /// Always `output_text`.
    pub r#type: String,
    /// The text.
    pub text: String,
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for EvalItemContentOutputText {
    fn default() -> Self {
        Self {
            r#type: "output_text".to_owned(),
            text: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Serialize for EvalItemContentOutputText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl codec::ObjectFields for EvalItemContentOutputText {
    const EXPECTING: &'static str = "an `EvalItemContentOutputText` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "text" => self.text = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for EvalItemContentOutputText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl EvalItemContentOutputText {
    /// Creates a value from its required fields (`text`); the rest start unset.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Default::default()
        }
    }

    /// Sets `text`.
    #[must_use]
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = value.into();
        self
    }
}

/// An image in an eval message, given by URL.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone, PartialEq)]
pub struct EvalItemInputImage {
    /// Always `input_image`.
    pub r#type: String,
    /// Address of the image, or a base64 `data:` URL.
    pub image_url: String,
    /// Resolution at which the model examines the image; `auto` when left out.
    pub detail: Option<EvalItemInputImageDetail>,
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for EvalItemInputImage {
    fn default() -> Self {
        Self {
            r#type: "input_image".to_owned(),
            image_url: Default::default(),
            detail: Default::default(),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Serialize for EvalItemInputImage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("image_url", &self.image_url)?;
        codec::optional_entry(&mut map, "detail", &self.detail)?;
        map.end()
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl codec::ObjectFields for EvalItemInputImage {
    const EXPECTING: &'static str = "an `EvalItemInputImage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_url" => self.image_url = map.next_value::<codec::Lenient<_>>()?.0,
            "detail" => self.detail = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl<'de> Deserialize<'de> for EvalItemInputImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl EvalItemInputImage {
    /// Creates a value from its required fields (`image_url`); the rest start unset.
    #[must_use]
    pub fn new(image_url: impl Into<String>) -> Self {
        Self {
            image_url: image_url.into(),
            ..Default::default()
        }
    }

    /// Sets `image_url`.
    #[must_use]
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = value.into();
        self
    }

    /// Sets `detail`.
    #[must_use]
    pub fn detail(mut self, value: impl Into<EvalItemInputImageDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }
}

/// Resolution at which the model examines the image; `auto` when left out.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
#[derive(Debug, Clone)]
pub enum EvalItemInputImageDetail {
    /// `low`
    Low,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl Default for EvalItemInputImageDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl EvalItemInputImageDetail {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
impl From<&str> for EvalItemInputImageDetail {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "high" => Self::High,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

#[cfg(any(feature = "evals", feature = "fine_tuning"))]
crate::runtime::string_enum_traits!(EvalItemInputImageDetail);

/// Several content parts of an eval message, in order.
#[cfg(any(feature = "evals", feature = "fine_tuning"))]
pub type EvalItemContentArray = Vec<EvalItemContentItem>;

/// Combines several named graders into one score with an arithmetic formula.
#[cfg(feature = "fine_tuning")]
#[derive(Debug, Clone, PartialEq)]
pub struct GraderMulti {
    /// Always `multi`.
    pub r#type: String,
    /// Label of this grader, used in results.
    pub name: String,
    /// The graders to combine, keyed by the names that `calculate_output`
    /// refers to.
    pub graders: BTreeMap<String, GraderMultiComponent>,
    /// Formula over the named graders' scores, such as `0.7 * accuracy + 0.3 * style`.
    pub calculate_output: String,
}

#[cfg(feature = "fine_tuning")]
impl Default for GraderMulti {
    fn default() -> Self {
        Self {
            r#type: "multi".to_owned(),
            name: Default::default(),
            graders: Default::default(),
            calculate_output: Default::default(),
        }
    }
}

#[cfg(feature = "fine_tuning")]
impl Serialize for GraderMulti {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("graders", &self.graders)?;
        map.serialize_entry("calculate_output", &self.calculate_output)?;
        map.end()
    }
}

#[cfg(feature = "fine_tuning")]
impl codec::ObjectFields for GraderMulti {
    const EXPECTING: &'static str = "a `GraderMulti` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "graders" => self.graders = map.next_value::<codec::Lenient<_>>()?.0,
            "calculate_output" => {
                self.calculate_output = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

#[cfg(feature = "fine_tuning")]
impl<'de> Deserialize<'de> for GraderMulti {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "fine_tuning")]
impl GraderMulti {
    /// Creates a value from its required fields (`name`, `graders`, `calculate_output`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        graders: impl Into<BTreeMap<String, GraderMultiComponent>>,
        calculate_output: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            graders: graders.into(),
            calculate_output: calculate_output.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `graders`.
    #[must_use]
    pub fn graders<K: Into<String>, V: Into<GraderMultiComponent>>(
        mut self,
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.graders = entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect();
        self
    }

    /// Sets `calculate_output`.
    #[must_use]
    pub fn calculate_output(mut self, value: impl Into<String>) -> Self {
        self.calculate_output = value.into();
        self
    }
}

/// One of the graders a multi grader combines, told apart by `type`.
#[cfg(feature = "fine_tuning")]
#[derive(Debug, Clone, PartialEq)]
pub enum GraderMultiComponent {
    /// Compares a templated input with a reference string; the score is 1 when the comparison holds and 0 otherwise.
    StringCheck(GraderStringCheck),
    /// Scores how close a templated input is to a reference text under a similarity metric.
    TextSimilarity(GraderTextSimilarity),
    /// Runs your Python code in a sandbox; its `grade(sample, item)` function returns the score.
    Python(GraderPython),
    /// Asks a model to rate the sample with a number inside `range`.
    ScoreModel(GraderScoreModel),
    /// Has a model pick a label for the sample; the sample passes when that label is one of `passing_labels`.
    LabelModel(GraderLabelModel),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
#[cfg(feature = "fine_tuning")]
impl Default for GraderMultiComponent {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderStringCheck> for GraderMultiComponent {
    fn from(value: GraderStringCheck) -> Self {
        Self::StringCheck(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderTextSimilarity> for GraderMultiComponent {
    fn from(value: GraderTextSimilarity) -> Self {
        Self::TextSimilarity(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderPython> for GraderMultiComponent {
    fn from(value: GraderPython) -> Self {
        Self::Python(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderScoreModel> for GraderMultiComponent {
    fn from(value: GraderScoreModel) -> Self {
        Self::ScoreModel(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl From<GraderLabelModel> for GraderMultiComponent {
    fn from(value: GraderLabelModel) -> Self {
        Self::LabelModel(value)
    }
}

#[cfg(feature = "fine_tuning")]
impl Serialize for GraderMultiComponent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::StringCheck(value) => Serialize::serialize(value, serializer),
            Self::TextSimilarity(value) => Serialize::serialize(value, serializer),
            Self::Python(value) => Serialize::serialize(value, serializer),
            Self::ScoreModel(value) => Serialize::serialize(value, serializer),
            Self::LabelModel(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

#[cfg(feature = "fine_tuning")]
impl<'de> Deserialize<'de> for GraderMultiComponent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("string_check") => codec::from_value(value).map(Self::StringCheck),
            Some("text_similarity") => codec::from_value(value).map(Self::TextSimilarity),
            Some("python") => codec::from_value(value).map(Self::Python),
            Some("score_model") => codec::from_value(value).map(Self::ScoreModel),
            Some("label_model") => codec::from_value(value).map(Self::LabelModel),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Has a model pick a label for the sample; the sample passes when that label is one of `passing_labels`.
#[cfg(feature = "fine_tuning")]
#[derive(Debug, Clone, PartialEq)]
pub struct GraderLabelModel {
    /// Always `label_model`.
    pub r#type: String,
    /// Label of this grader, used in results.
    pub name: String,
    /// Model that assigns the label; it has to support Structured Outputs.
    pub model: String,
    /// Prompt for the labelling model; the messages may use template variables.
    pub input: Vec<EvalItem>,
    /// Every label the model may choose from.
    pub labels: Vec<String>,
    /// The labels that count as a pass; a subset of `labels`.
    pub passing_labels: Vec<String>,
}

#[cfg(feature = "fine_tuning")]
impl Default for GraderLabelModel {
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

#[cfg(feature = "fine_tuning")]
impl Serialize for GraderLabelModel {
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

#[cfg(feature = "fine_tuning")]
impl codec::ObjectFields for GraderLabelModel {
    const EXPECTING: &'static str = "a `GraderLabelModel` object";
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

#[cfg(feature = "fine_tuning")]
impl<'de> Deserialize<'de> for GraderLabelModel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

#[cfg(feature = "fine_tuning")]
impl GraderLabelModel {
    /// Creates a value from its required fields (`name`, `model`, `input`, `labels`, `passing_labels`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        model: impl Into<String>,
        input: impl Into<Vec<EvalItem>>,
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
    pub fn input(mut self, value: impl Into<Vec<EvalItem>>) -> Self {
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
