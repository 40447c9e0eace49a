// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `fine_tuning.graders` operations use.
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

/// Body of `POST /fine_tuning/alpha/graders/run`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunGraderRequest {
    /// The grader to try.
    pub grader: Grader,
    /// Data row that fills the `item` namespace of the grader's templates.
    pub item: Option<serde_json::Value>,
    /// Model output to grade; fills the `sample` namespace. When it
    /// parses as JSON, `sample.output_json` is available as well.
    pub model_sample: String,
}

impl Serialize for RunGraderRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("grader", &self.grader)?;
        codec::optional_entry(&mut map, "item", &self.item)?;
        map.serialize_entry("model_sample", &self.model_sample)?;
        map.end()
    }
}

impl codec::ObjectFields for RunGraderRequest {
    const EXPECTING: &'static str = "a `RunGraderRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "grader" => self.grader = map.next_value::<codec::Lenient<_>>()?.0,
            "item" => self.item = map.next_value()?,
            "model_sample" => {
                self.model_sample = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunGraderRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RunGraderRequest {
    /// Creates a value from its required fields (`grader`, `model_sample`); the rest start unset.
    #[must_use]
    pub fn new(grader: impl Into<Grader>, model_sample: impl Into<String>) -> Self {
        Self {
            grader: grader.into(),
            model_sample: model_sample.into(),
            ..Default::default()
        }
    }

    /// Sets `grader`.
    #[must_use]
    pub fn grader(mut self, value: impl Into<Grader>) -> Self {
        self.grader = value.into();
        self
    }

    /// Sets `item`.
    #[must_use]
    pub fn item(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.item = Some(value.into());
        self
    }

    /// Sets `model_sample`.
    #[must_use]
    pub fn model_sample(mut self, value: impl Into<String>) -> Self {
        self.model_sample = value.into();
        self
    }
}

/// Outcome of grading one sample.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunGraderResponse {
    /// The score the grader gave.
    pub reward: f64,
    /// How the score was obtained.
    pub metadata: RunGraderResponseMetadata,
    /// Rewards of the graders inside a multi grader, by name.
    pub sub_rewards: serde_json::Value,
    /// Tokens used by each grading model, keyed by model name; each value
    /// holds counts such as `prompt_tokens`, `completion_tokens`,
    /// `total_tokens` and `cached_tokens`.
    pub model_grader_token_usage_per_model: serde_json::Value,
}

impl Serialize for RunGraderResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("reward", &self.reward)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.serialize_entry("sub_rewards", &self.sub_rewards)?;
        map.serialize_entry(
            "model_grader_token_usage_per_model",
            &self.model_grader_token_usage_per_model,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for RunGraderResponse {
    const EXPECTING: &'static str = "a `RunGraderResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "reward" => self.reward = map.next_value::<codec::Lenient<_>>()?.0,
            "metadata" => self.metadata = map.next_value::<codec::Lenient<_>>()?.0,
            "sub_rewards" => self.sub_rewards = map.next_value::<codec::Lenient<_>>()?.0,
            "model_grader_token_usage_per_model" => {
                self.model_grader_token_usage_per_model = map
                    .next_value::<codec::Lenient<_>>()?
                    .0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunGraderResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// How the score was obtained.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunGraderResponseMetadata {
    /// Name of the grader.
    pub name: String,
    /// Kind of grader, such as `score_model`.
    pub r#type: String,
    /// Which kinds of failure happened while grading.
    pub errors: RunGraderResponseMetadataErrors,
    /// Seconds spent grading.
    pub execution_time: f64,
    /// Scores of the individual graders, by name.
    pub scores: serde_json::Value,
    /// Tokens used by a grading model: a total, or an object with counts
    /// such as `prompt_tokens` and `completion_tokens`; null when no model
    /// was involved.
    pub token_usage: Option<RunGraderResponseMetadataTokenUsage>,
    /// Model that did the grading, for model graders.
    pub sampled_model_name: Option<String>,
}

impl Serialize for RunGraderResponseMetadata {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("errors", &self.errors)?;
        map.serialize_entry("execution_time", &self.execution_time)?;
        map.serialize_entry("scores", &self.scores)?;
        map.serialize_entry("token_usage", &self.token_usage)?;
        map.serialize_entry("sampled_model_name", &self.sampled_model_name)?;
        map.end()
    }
}

impl codec::ObjectFields for RunGraderResponseMetadata {
    const EXPECTING: &'static str = "a `RunGraderResponseMetadata` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "errors" => self.errors = map.next_value::<codec::Lenient<_>>()?.0,
            "execution_time" => {
                self.execution_time = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "scores" => self.scores = map.next_value::<codec::Lenient<_>>()?.0,
            "token_usage" => self.token_usage = map.next_value()?,
            "sampled_model_name" => self.sampled_model_name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunGraderResponseMetadata {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Which kinds of failure happened while grading.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunGraderResponseMetadataErrors {
    /// The multi grader formula could not be parsed.
    pub formula_parse_error: bool,
    /// The model sample could not be parsed.
    pub sample_parse_error: bool,
    /// An input had to be cut short.
    pub truncated_observation_error: bool,
    /// No reward came back in time.
    pub unresponsive_reward_error: bool,
    /// A template referred to an unknown variable.
    pub invalid_variable_error: bool,
    /// Some other failure happened.
    pub other_error: bool,
    /// The Python sandbox failed.
    pub python_grader_server_error: bool,
    /// Kind of sandbox failure, when there was one.
    pub python_grader_server_error_type: Option<String>,
    /// The Python code raised an error.
    pub python_grader_runtime_error: bool,
    /// The error the Python code raised, when it did.
    pub python_grader_runtime_error_details: Option<String>,
    /// The grading model could not be reached.
    pub model_grader_server_error: bool,
    /// The grading model refused to answer.
    pub model_grader_refusal_error: bool,
    /// The grading model's answer could not be parsed.
    pub model_grader_parse_error: bool,
    /// What went wrong when calling the grading model, when something did.
    pub model_grader_server_error_details: Option<String>,
}

impl Serialize for RunGraderResponseMetadataErrors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("formula_parse_error", &self.formula_parse_error)?;
        map.serialize_entry("sample_parse_error", &self.sample_parse_error)?;
        map.serialize_entry(
            "truncated_observation_error",
            &self.truncated_observation_error,
        )?;
        map.serialize_entry(
            "unresponsive_reward_error",
            &self.unresponsive_reward_error,
        )?;
        map.serialize_entry("invalid_variable_error", &self.invalid_variable_error)?;
        map.serialize_entry("other_error", &self.other_error)?;
        map.serialize_entry(
            "python_grader_server_error",
            &self.python_grader_server_error,
        )?;
        map.serialize_entry(
            "python_grader_server_error_type",
            &self.python_grader_server_error_type,
        )?;
        map.serialize_entry(
            "python_grader_runtime_error",
            &self.python_grader_runtime_error,
        )?;
        map.serialize_entry(
            "python_grader_runtime_error_details",
            &self.python_grader_runtime_error_details,
        )?;
        map.serialize_entry(
            "model_grader_server_error",
            &self.model_grader_server_error,
        )?;
        map.serialize_entry(
            "model_grader_refusal_error",
            &self.model_grader_refusal_error,
        )?;
        map.serialize_entry("model_grader_parse_error", &self.model_grader_parse_error)?;
        map.serialize_entry(
            "model_grader_server_error_details",
            &self.model_grader_server_error_details,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for RunGraderResponseMetadataErrors {
    const EXPECTING: &'static str = "a `RunGraderResponseMetadataErrors` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "formula_parse_error" => {
                self.formula_parse_error = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sample_parse_error" => {
                self.sample_parse_error = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "truncated_observation_error" => {
                self.truncated_observation_error = map
                    .next_value::<codec::Lenient<_>>()?
                    .0;
            }
            "unresponsive_reward_error" => {
                self.unresponsive_reward_error = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "invalid_variable_error" => {
                self.invalid_variable_error = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "other_error" => self.other_error = map.next_value::<codec::Lenient<_>>()?.0,
            "python_grader_server_error" => {
                self.python_grader_server_error = map
                    .next_value::<codec::Lenient<_>>()?
                    .0;
            }
            "python_grader_server_error_type" => {
                self.python_grader_server_error_type = map.next_value()?;
            }
            "python_grader_runtime_error" => {
                self.python_grader_runtime_error = map
                    .next_value::<codec::Lenient<_>>()?
                    .0;
            }
            "python_grader_runtime_error_details" => {
                self.python_grader_runtime_error_details = map.next_value()?;
            }
            "model_grader_server_error" => {
                self.model_grader_server_error = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "model_grader_refusal_error" => {
                self.model_grader_refusal_error = map
                    .next_value::<codec::Lenient<_>>()?
                    .0;
            }
            "model_grader_parse_error" => {
                self.model_grader_parse_error = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "model_grader_server_error_details" => {
                self.model_grader_server_error_details = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RunGraderResponseMetadataErrors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Tokens used by a grading model: a total, or an object with counts
/// such as `prompt_tokens` and `completion_tokens`; null when no model
/// was involved.
#[derive(Debug, Clone, PartialEq)]
pub enum RunGraderResponseMetadataTokenUsage {
    /// An `Integer` value.
    Integer(i64),
    /// An `Object` value.
    Object(serde_json::Value),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for RunGraderResponseMetadataTokenUsage {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<i64> for RunGraderResponseMetadataTokenUsage {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl Serialize for RunGraderResponseMetadataTokenUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Object(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RunGraderResponseMetadataTokenUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Null => codec::from_value(value).map(Self::Object),
            serde_json::Value::Bool(_) => codec::from_value(value).map(Self::Object),
            serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => {
                if let Ok(decoded) = codec::from_value::<i64, D::Error>(value.clone()) {
                    return Ok(Self::Integer(decoded));
                }

                codec::from_value(value).map(Self::Object)
            }
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Object),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Object),
            serde_json::Value::Array(_) => codec::from_value(value).map(Self::Object),
            serde_json::Value::Object(_) => codec::from_value(value).map(Self::Object),
        }
    }
}

/// Body of `POST /fine_tuning/alpha/graders/validate`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidateGraderRequest {
    /// The grader to check.
    pub grader: Grader,
}

impl Serialize for ValidateGraderRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("grader", &self.grader)?;
        map.end()
    }
}

impl codec::ObjectFields for ValidateGraderRequest {
    const EXPECTING: &'static str = "a `ValidateGraderRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "grader" => self.grader = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ValidateGraderRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ValidateGraderRequest {
    /// Creates a value from its required fields (`grader`); the rest start unset.
    #[must_use]
    pub fn new(grader: impl Into<Grader>) -> Self {
        Self { grader: grader.into() }
    }

    /// Sets `grader`.
    #[must_use]
    pub fn grader(mut self, value: impl Into<Grader>) -> Self {
        self.grader = value.into();
        self
    }
}

/// Result of a successful grader validation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidateGraderResponse {
    /// The grader, as the service read it.
    pub grader: Option<Grader>,
}

impl Serialize for ValidateGraderResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "grader", &self.grader)?;
        map.end()
    }
}

impl codec::ObjectFields for ValidateGraderResponse {
    const EXPECTING: &'static str = "a `ValidateGraderResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "grader" => self.grader = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ValidateGraderResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
