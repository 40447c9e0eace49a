// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `fine_tuning.jobs` operations use.
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

use std::collections::BTreeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::runtime::codec;
use crate::types::*;

/// Body of `POST /fine_tuning/jobs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateFineTuningJobRequest {
    /// Base model to train, e.g. `gpt-4o-mini` or an earlier fine-tuned model.
    pub model: String,
    /// Id of an uploaded JSONL file (purpose `fine-tune`) with training examples.
    pub training_file: String,
    /// Id of an uploaded JSONL file used to report validation metrics.
    pub validation_file: Option<String>,
    /// Training settings (prefer `method`).
    pub hyperparameters: Option<FineTuneHyperparameters>,
    /// Training method and its settings.
    pub method: Option<FineTuneMethod>,
    /// Up to 64 characters added to the resulting model's name.
    pub suffix: Option<String>,
    /// Seed that makes training reproducible; chosen at random when absent.
    pub seed: Option<i64>,
    /// External services that receive the job's progress.
    pub integrations: Option<Vec<FineTuningIntegration>>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
}

impl Serialize for CreateFineTuningJobRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("training_file", &self.training_file)?;
        codec::optional_entry(&mut map, "validation_file", &self.validation_file)?;
        codec::optional_entry(&mut map, "hyperparameters", &self.hyperparameters)?;
        codec::optional_entry(&mut map, "method", &self.method)?;
        codec::optional_entry(&mut map, "suffix", &self.suffix)?;
        codec::optional_entry(&mut map, "seed", &self.seed)?;
        codec::optional_entry(&mut map, "integrations", &self.integrations)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateFineTuningJobRequest {
    const EXPECTING: &'static str = "a `CreateFineTuningJobRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "training_file" => {
                self.training_file = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "validation_file" => self.validation_file = map.next_value()?,
            "hyperparameters" => self.hyperparameters = map.next_value()?,
            "method" => self.method = map.next_value()?,
            "suffix" => self.suffix = map.next_value()?,
            "seed" => self.seed = map.next_value()?,
            "integrations" => self.integrations = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateFineTuningJobRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateFineTuningJobRequest {
    /// Creates a value from its required fields (`model`, `training_file`); the rest start unset.
    #[must_use]
    pub fn new(model: impl Into<String>, training_file: impl Into<String>) -> Self {
        Self {
            model: model.into(),
            training_file: training_file.into(),
            ..Default::default()
        }
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = value.into();
        self
    }

    /// Sets `training_file`.
    #[must_use]
    pub fn training_file(mut self, value: impl Into<String>) -> Self {
        self.training_file = value.into();
        self
    }

    /// Sets `validation_file`.
    #[must_use]
    pub fn validation_file(mut self, value: impl Into<String>) -> Self {
        self.validation_file = Some(value.into());
        self
    }

    /// Sets `hyperparameters`.
    #[must_use]
    pub fn hyperparameters(mut self, value: impl Into<FineTuneHyperparameters>) -> Self {
        self.hyperparameters = Some(value.into());
        self
    }

    /// Sets `method`.
    #[must_use]
    pub fn method(mut self, value: impl Into<FineTuneMethod>) -> Self {
        self.method = Some(value.into());
        self
    }

    /// Sets `suffix`.
    #[must_use]
    pub fn suffix(mut self, value: impl Into<String>) -> Self {
        self.suffix = Some(value.into());
        self
    }

    /// Sets `seed`.
    #[must_use]
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }

    /// Sets `integrations`.
    #[must_use]
    pub fn integrations(mut self, value: impl Into<Vec<FineTuningIntegration>>) -> Self {
        self.integrations = Some(value.into());
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

/// Training settings at the top level of the request (superseded by `method`).
#[deprecated]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuneHyperparameters {
    /// Examples per batch.
    pub batch_size: Option<FineTuneBatchSize>,
    /// Scaling of the learning rate.
    pub learning_rate_multiplier: Option<FineTuneLearningRateMultiplier>,
    /// Passes over the training data.
    pub n_epochs: Option<FineTuneEpochs>,
}

impl Serialize for FineTuneHyperparameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "batch_size", &self.batch_size)?;
        codec::optional_entry(
            &mut map,
            "learning_rate_multiplier",
            &self.learning_rate_multiplier,
        )?;
        codec::optional_entry(&mut map, "n_epochs", &self.n_epochs)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuneHyperparameters {
    const EXPECTING: &'static str = "a `FineTuneHyperparameters` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "batch_size" => self.batch_size = map.next_value()?,
            "learning_rate_multiplier" => {
                self.learning_rate_multiplier = map.next_value()?;
            }
            "n_epochs" => self.n_epochs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuneHyperparameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuneHyperparameters {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `batch_size`.
    #[must_use]
    pub fn batch_size(mut self, value: impl Into<FineTuneBatchSize>) -> Self {
        self.batch_size = Some(value.into());
        self
    }

    /// Sets `learning_rate_multiplier`.
    #[must_use]
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }

    /// Sets `n_epochs`.
    #[must_use]
    pub fn n_epochs(mut self, value: impl Into<FineTuneEpochs>) -> Self {
        self.n_epochs = Some(value.into());
        self
    }
}

/// Examples per training batch (1-256), or `auto`.
#[derive(Debug, Clone, PartialEq)]
pub enum FineTuneBatchSize {
    /// An `Enum` value.
    Enum(FineTuneBatchSizeEnum),
    /// An `Integer` value.
    Integer(i64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for FineTuneBatchSize {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<FineTuneBatchSizeEnum> for FineTuneBatchSize {
    fn from(value: FineTuneBatchSizeEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<i64> for FineTuneBatchSize {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl Serialize for FineTuneBatchSize {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FineTuneBatchSize {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => {
                codec::from_value(value).map(Self::Integer)
            }
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`FineTuneBatchSize`](crate::types::FineTuneBatchSize).
#[derive(Debug, Clone)]
pub enum FineTuneBatchSizeEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuneBatchSizeEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuneBatchSizeEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneBatchSizeEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuneBatchSizeEnum);

/// Factor applied to the base learning rate (greater than 0), or `auto`.
#[derive(Debug, Clone, PartialEq)]
pub enum FineTuneLearningRateMultiplier {
    /// An `Enum` value.
    Enum(FineTuneLearningRateMultiplierEnum),
    /// A `Number` value.
    Number(f64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for FineTuneLearningRateMultiplier {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<FineTuneLearningRateMultiplierEnum> for FineTuneLearningRateMultiplier {
    fn from(value: FineTuneLearningRateMultiplierEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<f64> for FineTuneLearningRateMultiplier {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl Serialize for FineTuneLearningRateMultiplier {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Number(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FineTuneLearningRateMultiplier {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Number),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`FineTuneLearningRateMultiplier`](crate::types::FineTuneLearningRateMultiplier).
#[derive(Debug, Clone)]
pub enum FineTuneLearningRateMultiplierEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuneLearningRateMultiplierEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuneLearningRateMultiplierEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneLearningRateMultiplierEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuneLearningRateMultiplierEnum);

/// Passes over the training data (1-50), or `auto`.
#[derive(Debug, Clone, PartialEq)]
pub enum FineTuneEpochs {
    /// An `Enum` value.
    Enum(FineTuneEpochsEnum),
    /// An `Integer` value.
    Integer(i64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for FineTuneEpochs {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<FineTuneEpochsEnum> for FineTuneEpochs {
    fn from(value: FineTuneEpochsEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<i64> for FineTuneEpochs {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl Serialize for FineTuneEpochs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FineTuneEpochs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => {
                codec::from_value(value).map(Self::Integer)
            }
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`FineTuneEpochs`](crate::types::FineTuneEpochs).
#[derive(Debug, Clone)]
pub enum FineTuneEpochsEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuneEpochsEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuneEpochsEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneEpochsEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuneEpochsEnum);

/// Training method and its settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuneMethod {
    /// Supervised fine-tuning, direct preference optimisation, or reinforcement fine-tuning.
    pub r#type: FineTuneMethodType,
    /// Settings when `type` is `supervised`.
    pub supervised: Option<FineTuneSupervisedMethod>,
    /// Settings when `type` is `dpo`.
    pub dpo: Option<FineTuneDpoMethod>,
    /// Settings when `type` is `reinforcement`.
    pub reinforcement: Option<FineTuneReinforcementMethod>,
}

impl Serialize for FineTuneMethod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "supervised", &self.supervised)?;
        codec::optional_entry(&mut map, "dpo", &self.dpo)?;
        codec::optional_entry(&mut map, "reinforcement", &self.reinforcement)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuneMethod {
    const EXPECTING: &'static str = "a `FineTuneMethod` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "supervised" => self.supervised = map.next_value()?,
            "dpo" => self.dpo = map.next_value()?,
            "reinforcement" => self.reinforcement = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuneMethod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuneMethod {
    /// Creates a value from its required fields (`type`); the rest start unset.
    #[must_use]
    pub fn new(r#type: impl Into<FineTuneMethodType>) -> Self {
        Self {
            r#type: r#type.into(),
            ..Default::default()
        }
    }

    /// Sets `type`.
    #[must_use]
    pub fn r#type(mut self, value: impl Into<FineTuneMethodType>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets `supervised`.
    #[must_use]
    pub fn supervised(mut self, value: impl Into<FineTuneSupervisedMethod>) -> Self {
        self.supervised = Some(value.into());
        self
    }

    /// Sets `dpo`.
    #[must_use]
    pub fn dpo(mut self, value: impl Into<FineTuneDpoMethod>) -> Self {
        self.dpo = Some(value.into());
        self
    }

    /// Sets `reinforcement`.
    #[must_use]
    pub fn reinforcement(
        mut self,
        value: impl Into<FineTuneReinforcementMethod>,
    ) -> Self {
        self.reinforcement = Some(value.into());
        self
    }
}

/// Supervised fine-tuning, direct preference optimisation, or reinforcement fine-tuning.
#[derive(Debug, Clone)]
pub enum FineTuneMethodType {
    /// `supervised`
    Supervised,
    /// `dpo`
    Dpo,
    /// `reinforcement`
    Reinforcement,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuneMethodType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuneMethodType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Supervised => "supervised",
            Self::Dpo => "dpo",
            Self::Reinforcement => "reinforcement",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneMethodType {
    fn from(value: &str) -> Self {
        match value {
            "supervised" => Self::Supervised,
            "dpo" => Self::Dpo,
            "reinforcement" => Self::Reinforcement,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuneMethodType);

/// Settings for supervised fine-tuning.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuneSupervisedMethod {
    /// Training hyperparameters.
    pub hyperparameters: Option<FineTuneSupervisedMethodHyperparameters>,
}

impl Serialize for FineTuneSupervisedMethod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "hyperparameters", &self.hyperparameters)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuneSupervisedMethod {
    const EXPECTING: &'static str = "a `FineTuneSupervisedMethod` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "hyperparameters" => self.hyperparameters = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuneSupervisedMethod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuneSupervisedMethod {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `hyperparameters`.
    #[must_use]
    pub fn hyperparameters(
        mut self,
        value: impl Into<FineTuneSupervisedMethodHyperparameters>,
    ) -> Self {
        self.hyperparameters = Some(value.into());
        self
    }
}

/// Training hyperparameters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuneSupervisedMethodHyperparameters {
    /// Examples per batch.
    pub batch_size: Option<FineTuneBatchSize>,
    /// Scaling of the learning rate.
    pub learning_rate_multiplier: Option<FineTuneLearningRateMultiplier>,
    /// Passes over the training data.
    pub n_epochs: Option<FineTuneEpochs>,
}

impl Serialize for FineTuneSupervisedMethodHyperparameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "batch_size", &self.batch_size)?;
        codec::optional_entry(
            &mut map,
            "learning_rate_multiplier",
            &self.learning_rate_multiplier,
        )?;
        codec::optional_entry(&mut map, "n_epochs", &self.n_epochs)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuneSupervisedMethodHyperparameters {
    const EXPECTING: &'static str = "a `FineTuneSupervisedMethodHyperparameters` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "batch_size" => self.batch_size = map.next_value()?,
            "learning_rate_multiplier" => {
                self.learning_rate_multiplier = map.next_value()?;
            }
            "n_epochs" => self.n_epochs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuneSupervisedMethodHyperparameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuneSupervisedMethodHyperparameters {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `batch_size`.
    #[must_use]
    pub fn batch_size(mut self, value: impl Into<FineTuneBatchSize>) -> Self {
        self.batch_size = Some(value.into());
        self
    }

    /// Sets `learning_rate_multiplier`.
    #[must_use]
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }

    /// Sets `n_epochs`.
    #[must_use]
    pub fn n_epochs(mut self, value: impl Into<FineTuneEpochs>) -> Self {
        self.n_epochs = Some(value.into());
        self
    }
}

/// Settings for direct preference optimisation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuneDpoMethod {
    /// Training hyperparameters.
    pub hyperparameters: Option<FineTuneDpoMethodHyperparameters>,
}

impl Serialize for FineTuneDpoMethod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "hyperparameters", &self.hyperparameters)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuneDpoMethod {
    const EXPECTING: &'static str = "a `FineTuneDpoMethod` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "hyperparameters" => self.hyperparameters = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuneDpoMethod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuneDpoMethod {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `hyperparameters`.
    #[must_use]
    pub fn hyperparameters(
        mut self,
        value: impl Into<FineTuneDpoMethodHyperparameters>,
    ) -> Self {
        self.hyperparameters = Some(value.into());
        self
    }
}

/// Training hyperparameters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuneDpoMethodHyperparameters {
    /// Strength of the penalty that keeps the trained model close to the base model (0-2), or `auto`.
    pub beta: Option<FineTuneDpoMethodHyperparametersBeta>,
    /// Examples per batch.
    pub batch_size: Option<FineTuneBatchSize>,
    /// Scaling of the learning rate.
    pub learning_rate_multiplier: Option<FineTuneLearningRateMultiplier>,
    /// Passes over the training data.
    pub n_epochs: Option<FineTuneEpochs>,
}

impl Serialize for FineTuneDpoMethodHyperparameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "beta", &self.beta)?;
        codec::optional_entry(&mut map, "batch_size", &self.batch_size)?;
        codec::optional_entry(
            &mut map,
            "learning_rate_multiplier",
            &self.learning_rate_multiplier,
        )?;
        codec::optional_entry(&mut map, "n_epochs", &self.n_epochs)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuneDpoMethodHyperparameters {
    const EXPECTING: &'static str = "a `FineTuneDpoMethodHyperparameters` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "beta" => self.beta = map.next_value()?,
            "batch_size" => self.batch_size = map.next_value()?,
            "learning_rate_multiplier" => {
                self.learning_rate_multiplier = map.next_value()?;
            }
            "n_epochs" => self.n_epochs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuneDpoMethodHyperparameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuneDpoMethodHyperparameters {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `beta`.
    #[must_use]
    pub fn beta(
        mut self,
        value: impl Into<FineTuneDpoMethodHyperparametersBeta>,
    ) -> Self {
        self.beta = Some(value.into());
        self
    }

    /// Sets `batch_size`.
    #[must_use]
    pub fn batch_size(mut self, value: impl Into<FineTuneBatchSize>) -> Self {
        self.batch_size = Some(value.into());
        self
    }

    /// Sets `learning_rate_multiplier`.
    #[must_use]
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }

    /// Sets `n_epochs`.
    #[must_use]
    pub fn n_epochs(mut self, value: impl Into<FineTuneEpochs>) -> Self {
        self.n_epochs = Some(value.into());
        self
    }
}

/// Strength of the penalty that keeps the trained model close to the base model (0-2), or `auto`.
#[derive(Debug, Clone, PartialEq)]
pub enum FineTuneDpoMethodHyperparametersBeta {
    /// An `Enum` value.
    Enum(FineTuneDpoMethodHyperparametersBetaEnum),
    /// A `Number` value.
    Number(f64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for FineTuneDpoMethodHyperparametersBeta {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<FineTuneDpoMethodHyperparametersBetaEnum>
for FineTuneDpoMethodHyperparametersBeta {
    fn from(value: FineTuneDpoMethodHyperparametersBetaEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<f64> for FineTuneDpoMethodHyperparametersBeta {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl Serialize for FineTuneDpoMethodHyperparametersBeta {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Number(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FineTuneDpoMethodHyperparametersBeta {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Number),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`FineTuneDpoMethodHyperparametersBeta`](crate::types::FineTuneDpoMethodHyperparametersBeta).
#[derive(Debug, Clone)]
pub enum FineTuneDpoMethodHyperparametersBetaEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuneDpoMethodHyperparametersBetaEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuneDpoMethodHyperparametersBetaEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneDpoMethodHyperparametersBetaEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuneDpoMethodHyperparametersBetaEnum);

/// Settings for reinforcement fine-tuning, where a grader scores the model's samples.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuneReinforcementMethod {
    /// Grader that computes the reward of each sample.
    pub grader: Grader,
    /// Training hyperparameters.
    pub hyperparameters: Option<FineTuneReinforcementHyperparameters>,
}

impl Serialize for FineTuneReinforcementMethod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("grader", &self.grader)?;
        codec::optional_entry(&mut map, "hyperparameters", &self.hyperparameters)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuneReinforcementMethod {
    const EXPECTING: &'static str = "a `FineTuneReinforcementMethod` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "grader" => self.grader = map.next_value::<codec::Lenient<_>>()?.0,
            "hyperparameters" => self.hyperparameters = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuneReinforcementMethod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuneReinforcementMethod {
    /// Creates a value from its required fields (`grader`); the rest start unset.
    #[must_use]
    pub fn new(grader: impl Into<Grader>) -> Self {
        Self {
            grader: grader.into(),
            ..Default::default()
        }
    }

    /// Sets `grader`.
    #[must_use]
    pub fn grader(mut self, value: impl Into<Grader>) -> Self {
        self.grader = value.into();
        self
    }

    /// Sets `hyperparameters`.
    #[must_use]
    pub fn hyperparameters(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparameters>,
    ) -> Self {
        self.hyperparameters = Some(value.into());
        self
    }
}

/// Hyperparameters of a reinforcement fine-tuning job.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuneReinforcementHyperparameters {
    /// Examples per batch.
    pub batch_size: Option<FineTuneBatchSize>,
    /// Scaling of the learning rate.
    pub learning_rate_multiplier: Option<FineTuneLearningRateMultiplier>,
    /// Passes over the training data.
    pub n_epochs: Option<FineTuneEpochs>,
    /// Reasoning effort the model uses while being trained.
    ///
    /// Defaults to `"default"` when unset.
    pub reasoning_effort: Option<FineTuneReinforcementHyperparametersReasoningEffort>,
    /// Factor on the compute spent exploring during training (above 0.00001, at most 10), or `auto`.
    pub compute_multiplier: Option<
        FineTuneReinforcementHyperparametersComputeMultiplier,
    >,
    /// Training steps between two evaluations (at least 1), or `auto`.
    pub eval_interval: Option<FineTuneReinforcementHyperparametersEvalInterval>,
    /// Samples generated for each evaluation step (at least 1), or `auto`.
    pub eval_samples: Option<FineTuneReinforcementHyperparametersEvalSamples>,
}

impl Serialize for FineTuneReinforcementHyperparameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "batch_size", &self.batch_size)?;
        codec::optional_entry(
            &mut map,
            "learning_rate_multiplier",
            &self.learning_rate_multiplier,
        )?;
        codec::optional_entry(&mut map, "n_epochs", &self.n_epochs)?;
        codec::optional_entry(&mut map, "reasoning_effort", &self.reasoning_effort)?;
        codec::optional_entry(&mut map, "compute_multiplier", &self.compute_multiplier)?;
        codec::optional_entry(&mut map, "eval_interval", &self.eval_interval)?;
        codec::optional_entry(&mut map, "eval_samples", &self.eval_samples)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuneReinforcementHyperparameters {
    const EXPECTING: &'static str = "a `FineTuneReinforcementHyperparameters` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "batch_size" => self.batch_size = map.next_value()?,
            "learning_rate_multiplier" => {
                self.learning_rate_multiplier = map.next_value()?;
            }
            "n_epochs" => self.n_epochs = map.next_value()?,
            "reasoning_effort" => self.reasoning_effort = map.next_value()?,
            "compute_multiplier" => self.compute_multiplier = map.next_value()?,
            "eval_interval" => self.eval_interval = map.next_value()?,
            "eval_samples" => self.eval_samples = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuneReinforcementHyperparameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuneReinforcementHyperparameters {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `batch_size`.
    #[must_use]
    pub fn batch_size(mut self, value: impl Into<FineTuneBatchSize>) -> Self {
        self.batch_size = Some(value.into());
        self
    }

    /// Sets `learning_rate_multiplier`.
    #[must_use]
    pub fn learning_rate_multiplier(
        mut self,
        value: impl Into<FineTuneLearningRateMultiplier>,
    ) -> Self {
        self.learning_rate_multiplier = Some(value.into());
        self
    }

    /// Sets `n_epochs`.
    #[must_use]
    pub fn n_epochs(mut self, value: impl Into<FineTuneEpochs>) -> Self {
        self.n_epochs = Some(value.into());
        self
    }

    /// Sets `reasoning_effort`.
    #[must_use]
    pub fn reasoning_effort(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparametersReasoningEffort>,
    ) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }

    /// Sets `compute_multiplier`.
    #[must_use]
    pub fn compute_multiplier(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparametersComputeMultiplier>,
    ) -> Self {
        self.compute_multiplier = Some(value.into());
        self
    }

    /// Sets `eval_interval`.
    #[must_use]
    pub fn eval_interval(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparametersEvalInterval>,
    ) -> Self {
        self.eval_interval = Some(value.into());
        self
    }

    /// Sets `eval_samples`.
    #[must_use]
    pub fn eval_samples(
        mut self,
        value: impl Into<FineTuneReinforcementHyperparametersEvalSamples>,
    ) -> Self {
        self.eval_samples = Some(value.into());
        self
    }
}

/// Reasoning effort the model uses while being trained.
#[derive(Debug, Clone, Default)]
pub enum FineTuneReinforcementHyperparametersReasoningEffort {
    /// `default`
    #[default]
    Default,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the client does not know yet.
    Other(String),
}

impl FineTuneReinforcementHyperparametersReasoningEffort {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneReinforcementHyperparametersReasoningEffort {
    fn from(value: &str) -> Self {
        match value {
            "default" => Self::Default,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuneReinforcementHyperparametersReasoningEffort);

/// Factor on the compute spent exploring during training (above 0.00001, at most 10), or `auto`.
#[derive(Debug, Clone, PartialEq)]
pub enum FineTuneReinforcementHyperparametersComputeMultiplier {
    /// An `Enum` value.
    Enum(FineTuneReinforcementHyperparametersComputeMultiplierEnum),
    /// A `Number` value.
    Number(f64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for FineTuneReinforcementHyperparametersComputeMultiplier {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<FineTuneReinforcementHyperparametersComputeMultiplierEnum>
for FineTuneReinforcementHyperparametersComputeMultiplier {
    fn from(value: FineTuneReinforcementHyperparametersComputeMultiplierEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<f64> for FineTuneReinforcementHyperparametersComputeMultiplier {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl Serialize for FineTuneReinforcementHyperparametersComputeMultiplier {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Number(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FineTuneReinforcementHyperparametersComputeMultiplier {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(_) => codec::from_value(value).map(Self::Number),
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`FineTuneReinforcementHyperparametersComputeMultiplier`](crate::types::FineTuneReinforcementHyperparametersComputeMultiplier).
#[derive(Debug, Clone)]
pub enum FineTuneReinforcementHyperparametersComputeMultiplierEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuneReinforcementHyperparametersComputeMultiplierEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuneReinforcementHyperparametersComputeMultiplierEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneReinforcementHyperparametersComputeMultiplierEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    FineTuneReinforcementHyperparametersComputeMultiplierEnum
);

/// Training steps between two evaluations (at least 1), or `auto`.
#[derive(Debug, Clone, PartialEq)]
pub enum FineTuneReinforcementHyperparametersEvalInterval {
    /// An `Enum` value.
    Enum(FineTuneReinforcementHyperparametersEvalIntervalEnum),
    /// An `Integer` value.
    Integer(i64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for FineTuneReinforcementHyperparametersEvalInterval {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<FineTuneReinforcementHyperparametersEvalIntervalEnum>
for FineTuneReinforcementHyperparametersEvalInterval {
    fn from(value: FineTuneReinforcementHyperparametersEvalIntervalEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<i64> for FineTuneReinforcementHyperparametersEvalInterval {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl Serialize for FineTuneReinforcementHyperparametersEvalInterval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FineTuneReinforcementHyperparametersEvalInterval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => {
                codec::from_value(value).map(Self::Integer)
            }
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`FineTuneReinforcementHyperparametersEvalInterval`](crate::types::FineTuneReinforcementHyperparametersEvalInterval).
#[derive(Debug, Clone)]
pub enum FineTuneReinforcementHyperparametersEvalIntervalEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuneReinforcementHyperparametersEvalIntervalEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuneReinforcementHyperparametersEvalIntervalEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneReinforcementHyperparametersEvalIntervalEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(
    FineTuneReinforcementHyperparametersEvalIntervalEnum
);

/// Samples generated for each evaluation step (at least 1), or `auto`.
#[derive(Debug, Clone, PartialEq)]
pub enum FineTuneReinforcementHyperparametersEvalSamples {
    /// An `Enum` value.
    Enum(FineTuneReinforcementHyperparametersEvalSamplesEnum),
    /// An `Integer` value.
    Integer(i64),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for FineTuneReinforcementHyperparametersEvalSamples {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<FineTuneReinforcementHyperparametersEvalSamplesEnum>
for FineTuneReinforcementHyperparametersEvalSamples {
    fn from(value: FineTuneReinforcementHyperparametersEvalSamplesEnum) -> Self {
        Self::Enum(value)
    }
}

impl From<i64> for FineTuneReinforcementHyperparametersEvalSamples {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl Serialize for FineTuneReinforcementHyperparametersEvalSamples {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Enum(value) => Serialize::serialize(value, serializer),
            Self::Integer(value) => Serialize::serialize(value, serializer),
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FineTuneReinforcementHyperparametersEvalSamples {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::Number(number) if number.is_i64() || number.is_u64() => {
                codec::from_value(value).map(Self::Integer)
            }
            serde_json::Value::String(_) => codec::from_value(value).map(Self::Enum),
            _ => Ok(Self::Other(value)),
        }
    }
}

/// One of the forms of [`FineTuneReinforcementHyperparametersEvalSamples`](crate::types::FineTuneReinforcementHyperparametersEvalSamples).
#[derive(Debug, Clone)]
pub enum FineTuneReinforcementHyperparametersEvalSamplesEnum {
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuneReinforcementHyperparametersEvalSamplesEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuneReinforcementHyperparametersEvalSamplesEnum {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuneReinforcementHyperparametersEvalSamplesEnum {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuneReinforcementHyperparametersEvalSamplesEnum);

/// An external service that receives fine-tuning progress.
pub type FineTuningIntegration = FineTuningIntegrationWandb;

/// Reports metrics to a Weights and Biases project.
#[derive(Debug, Clone, PartialEq)]
pub struct FineTuningIntegrationWandb {
    /// Always `wandb`.
    pub r#type: String,
    /// Where the run is logged.
    pub wandb: FineTuningIntegrationWandbWandb,
}

impl Default for FineTuningIntegrationWandb {
    fn default() -> Self {
        Self {
            r#type: "wandb".to_owned(),
            wandb: Default::default(),
        }
    }
}

impl Serialize for FineTuningIntegrationWandb {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("wandb", &self.wandb)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningIntegrationWandb {
    const EXPECTING: &'static str = "a `FineTuningIntegrationWandb` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "wandb" => self.wandb = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningIntegrationWandb {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuningIntegrationWandb {
    /// Creates a value from its required fields (`wandb`); the rest start unset.
    #[must_use]
    pub fn new(wandb: impl Into<FineTuningIntegrationWandbWandb>) -> Self {
        Self {
            wandb: wandb.into(),
            ..Default::default()
        }
    }

    /// Sets `wandb`.
    #[must_use]
    pub fn wandb(mut self, value: impl Into<FineTuningIntegrationWandbWandb>) -> Self {
        self.wandb = value.into();
        self
    }
}

/// Where the run is logged.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuningIntegrationWandbWandb {
    /// Project the run is created in.
    pub project: String,
    /// Display name of the run (defaults to the job id).
    pub name: Option<String>,
    /// Team or user that owns the run.
    pub entity: Option<String>,
    /// Tags attached to the run.
    pub tags: Option<Vec<String>>,
}

impl Serialize for FineTuningIntegrationWandbWandb {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("project", &self.project)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "entity", &self.entity)?;
        codec::optional_entry(&mut map, "tags", &self.tags)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningIntegrationWandbWandb {
    const EXPECTING: &'static str = "a `FineTuningIntegrationWandbWandb` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "project" => self.project = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "entity" => self.entity = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningIntegrationWandbWandb {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl FineTuningIntegrationWandbWandb {
    /// Creates a value from its required fields (`project`); the rest start unset.
    #[must_use]
    pub fn new(project: impl Into<String>) -> Self {
        Self {
            project: project.into(),
            ..Default::default()
        }
    }

    /// Sets `project`.
    #[must_use]
    pub fn project(mut self, value: impl Into<String>) -> Self {
        self.project = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `entity`.
    #[must_use]
    pub fn entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self
    }

    /// Sets `tags`.
    #[must_use]
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}

/// Query and header parameters of `ListFineTuningEvents`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFineTuningEventsParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
}

impl ListFineTuningEventsParams {
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
}

/// Query and header parameters of `ListFineTuningJobCheckpoints`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFineTuningJobCheckpointsParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size.
    ///
    /// Defaults to `10` when unset.
    pub limit: Option<i64>,
}

impl ListFineTuningJobCheckpointsParams {
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
}

/// A page of fine-tuning checkpoints.
#[derive(Debug, Clone, PartialEq)]
pub struct ListFineTuningJobCheckpointsResponse {
    /// Always `list`.
    pub object: String,
    /// The checkpoints on this page.
    pub data: Vec<FineTuningJobCheckpoint>,
    /// Id of the first checkpoint on the page.
    pub first_id: Option<String>,
    /// Id of the last checkpoint on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more checkpoints follow.
    pub has_more: bool,
}

impl Default for ListFineTuningJobCheckpointsResponse {
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

impl Serialize for ListFineTuningJobCheckpointsResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        codec::optional_entry(&mut map, "first_id", &self.first_id)?;
        codec::optional_entry(&mut map, "last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

impl codec::ObjectFields for ListFineTuningJobCheckpointsResponse {
    const EXPECTING: &'static str = "a `ListFineTuningJobCheckpointsResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value()?,
            "last_id" => self.last_id = map.next_value()?,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListFineTuningJobCheckpointsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListFineTuningJobCheckpointsResponse {
    type Item = FineTuningJobCheckpoint;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<FineTuningJobCheckpoint> {
        self.data
    }
}

/// A model snapshot saved during training, usable like a fine-tuned model.
#[derive(Debug, Clone, PartialEq)]
pub struct FineTuningJobCheckpoint {
    /// Always `fine_tuning.job.checkpoint`.
    pub object: String,
    /// Checkpoint id.
    pub id: String,
    /// Time the checkpoint was saved.
    pub created_at: i64,
    /// Model name of the checkpoint.
    pub fine_tuned_model_checkpoint: String,
    /// Job that produced it.
    pub fine_tuning_job_id: String,
    /// Training step at which it was saved.
    pub step_number: i64,
    /// Training and validation metrics at that step.
    pub metrics: FineTuningJobCheckpointMetrics,
}

impl Default for FineTuningJobCheckpoint {
    fn default() -> Self {
        Self {
            object: "fine_tuning.job.checkpoint".to_owned(),
            id: Default::default(),
            created_at: Default::default(),
            fine_tuned_model_checkpoint: Default::default(),
            fine_tuning_job_id: Default::default(),
            step_number: Default::default(),
            metrics: Default::default(),
        }
    }
}

impl Serialize for FineTuningJobCheckpoint {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry(
            "fine_tuned_model_checkpoint",
            &self.fine_tuned_model_checkpoint,
        )?;
        map.serialize_entry("fine_tuning_job_id", &self.fine_tuning_job_id)?;
        map.serialize_entry("step_number", &self.step_number)?;
        map.serialize_entry("metrics", &self.metrics)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningJobCheckpoint {
    const EXPECTING: &'static str = "a `FineTuningJobCheckpoint` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "fine_tuned_model_checkpoint" => {
                self.fine_tuned_model_checkpoint = map
                    .next_value::<codec::Lenient<_>>()?
                    .0;
            }
            "fine_tuning_job_id" => {
                self.fine_tuning_job_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "step_number" => self.step_number = map.next_value::<codec::Lenient<_>>()?.0,
            "metrics" => self.metrics = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningJobCheckpoint {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Training and validation metrics at that step.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuningJobCheckpointMetrics {
    /// Step number.
    pub step: Option<f64>,
    /// Training loss.
    pub train_loss: Option<f64>,
    /// Training token accuracy.
    pub train_mean_token_accuracy: Option<f64>,
    /// Validation loss.
    pub valid_loss: Option<f64>,
    /// Validation token accuracy.
    pub valid_mean_token_accuracy: Option<f64>,
    /// Loss over the full validation set.
    pub full_valid_loss: Option<f64>,
    /// Token accuracy over the full validation set.
    pub full_valid_mean_token_accuracy: Option<f64>,
}

impl Serialize for FineTuningJobCheckpointMetrics {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "step", &self.step)?;
        codec::optional_entry(&mut map, "train_loss", &self.train_loss)?;
        codec::optional_entry(
            &mut map,
            "train_mean_token_accuracy",
            &self.train_mean_token_accuracy,
        )?;
        codec::optional_entry(&mut map, "valid_loss", &self.valid_loss)?;
        codec::optional_entry(
            &mut map,
            "valid_mean_token_accuracy",
            &self.valid_mean_token_accuracy,
        )?;
        codec::optional_entry(&mut map, "full_valid_loss", &self.full_valid_loss)?;
        codec::optional_entry(
            &mut map,
            "full_valid_mean_token_accuracy",
            &self.full_valid_mean_token_accuracy,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningJobCheckpointMetrics {
    const EXPECTING: &'static str = "a `FineTuningJobCheckpointMetrics` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "step" => self.step = map.next_value()?,
            "train_loss" => self.train_loss = map.next_value()?,
            "train_mean_token_accuracy" => {
                self.train_mean_token_accuracy = map.next_value()?;
            }
            "valid_loss" => self.valid_loss = map.next_value()?,
            "valid_mean_token_accuracy" => {
                self.valid_mean_token_accuracy = map.next_value()?;
            }
            "full_valid_loss" => self.full_valid_loss = map.next_value()?,
            "full_valid_mean_token_accuracy" => {
                self.full_valid_mean_token_accuracy = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningJobCheckpointMetrics {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of fine-tuning job events.
#[derive(Debug, Clone, PartialEq)]
pub struct ListFineTuningJobEventsResponse {
    /// Always `list`.
    pub object: String,
    /// The events on this page.
    pub data: Vec<FineTuningJobEvent>,
    /// Whether more events follow; continue with `after` set to the last event's id.
    pub has_more: bool,
}

impl Default for ListFineTuningJobEventsResponse {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
        }
    }
}

impl Serialize for ListFineTuningJobEventsResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

impl codec::ObjectFields for ListFineTuningJobEventsResponse {
    const EXPECTING: &'static str = "a `ListFineTuningJobEventsResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListFineTuningJobEventsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListFineTuningJobEventsResponse {
    type Item = FineTuningJobEvent;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.data.last().map(|item| item.id.clone())
    }

    fn into_items(self) -> Vec<FineTuningJobEvent> {
        self.data
    }
}

/// A status message or metrics report of a fine-tuning job.
#[derive(Debug, Clone, PartialEq)]
pub struct FineTuningJobEvent {
    /// Always `fine_tuning.job.event`.
    pub object: String,
    /// Event id.
    pub id: String,
    /// Time of the event.
    pub created_at: i64,
    /// Severity.
    pub level: FineTuningJobEventLevel,
    /// Human-readable text.
    pub message: String,
    /// Kind of event.
    pub r#type: Option<FineTuningJobEventType>,
    /// Structured payload, such as training metrics.
    pub data: Option<serde_json::Value>,
}

impl Default for FineTuningJobEvent {
    fn default() -> Self {
        Self {
            object: "fine_tuning.job.event".to_owned(),
            id: Default::default(),
            created_at: Default::default(),
            level: Default::default(),
            message: Default::default(),
            r#type: Default::default(),
            data: Default::default(),
        }
    }
}

impl Serialize for FineTuningJobEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("level", &self.level)?;
        map.serialize_entry("message", &self.message)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningJobEvent {
    const EXPECTING: &'static str = "a `FineTuningJobEvent` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "level" => self.level = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value()?,
            "data" => self.data = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningJobEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Severity.
#[derive(Debug, Clone)]
pub enum FineTuningJobEventLevel {
    /// `info`
    Info,
    /// `warn`
    Warn,
    /// `error`
    Error,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuningJobEventLevel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuningJobEventLevel {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "info",
            Self::Warn => "warn",
            Self::Error => "error",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuningJobEventLevel {
    fn from(value: &str) -> Self {
        match value {
            "info" => Self::Info,
            "warn" => Self::Warn,
            "error" => Self::Error,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuningJobEventLevel);

/// Kind of event.
#[derive(Debug, Clone)]
pub enum FineTuningJobEventType {
    /// `message`
    Message,
    /// `metrics`
    Metrics,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuningJobEventType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuningJobEventType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Message => "message",
            Self::Metrics => "metrics",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuningJobEventType {
    fn from(value: &str) -> Self {
        match value {
            "message" => Self::Message,
            "metrics" => Self::Metrics,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuningJobEventType);

/// Query and header parameters of `ListPaginatedFineTuningJobs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPaginatedFineTuningJobsParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Only return jobs whose metadata contains all of these pairs,
    /// sent as `metadata[key]=value`.
    pub metadata: Option<BTreeMap<String, String>>,
}

impl ListPaginatedFineTuningJobsParams {
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

/// A page of fine-tuning jobs.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPaginatedFineTuningJobsResponse {
    /// Always `list`.
    pub object: String,
    /// The jobs on this page.
    pub data: Vec<FineTuningJob>,
    /// Whether more jobs follow; continue with `after` set to the last job's id.
    pub has_more: bool,
}

impl Default for ListPaginatedFineTuningJobsResponse {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
        }
    }
}

impl Serialize for ListPaginatedFineTuningJobsResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.end()
    }
}

impl codec::ObjectFields for ListPaginatedFineTuningJobsResponse {
    const EXPECTING: &'static str = "a `ListPaginatedFineTuningJobsResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListPaginatedFineTuningJobsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListPaginatedFineTuningJobsResponse {
    type Item = FineTuningJob;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.data.last().map(|item| item.id.clone())
    }

    fn into_items(self) -> Vec<FineTuningJob> {
        self.data
    }
}

/// A fine-tuning job.
#[derive(Debug, Clone, PartialEq)]
pub struct FineTuningJob {
    /// Job id (`ftjob-...`).
    pub id: String,
    /// Always `fine_tuning.job`.
    pub object: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Base model being trained.
    pub model: String,
    /// Name of the resulting model, once training succeeded.
    pub fine_tuned_model: Option<String>,
    /// Organization that owns the job.
    pub organization_id: String,
    /// Where the job is in its lifecycle; `paused` from a pause request until the job is resumed.
    pub status: FineTuningJobStatus,
    /// Why the job failed, when it did.
    pub error: Option<FineTuningJobError>,
    /// Time the job ended.
    pub finished_at: Option<i64>,
    /// Expected end time, while running.
    pub estimated_finish: Option<i64>,
    /// Hyperparameters in effect (for supervised jobs).
    pub hyperparameters: FineTuningJobHyperparameters,
    /// Training method and its settings.
    pub method: Option<FineTuneMethod>,
    /// Training file id.
    pub training_file: String,
    /// Validation file id.
    pub validation_file: Option<String>,
    /// Ids of files with training results.
    pub result_files: Vec<String>,
    /// Billable tokens processed, once finished.
    pub trained_tokens: Option<i64>,
    /// Seed used for training.
    pub seed: i64,
    /// Integrations enabled for the job.
    pub integrations: Option<Vec<FineTuningIntegration>>,
    /// Up to 16 key/value string pairs for your own use.
    pub metadata: Option<Metadata>,
    /// Whether the job's data is shared with OpenAI, as the organization's data sharing settings decide.
    pub shared_with_openai: Option<bool>,
}

impl Default for FineTuningJob {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "fine_tuning.job".to_owned(),
            created_at: Default::default(),
            model: Default::default(),
            fine_tuned_model: Default::default(),
            organization_id: Default::default(),
            status: Default::default(),
            error: Default::default(),
            finished_at: Default::default(),
            estimated_finish: Default::default(),
            hyperparameters: Default::default(),
            method: Default::default(),
            training_file: Default::default(),
            validation_file: Default::default(),
            result_files: Default::default(),
            trained_tokens: Default::default(),
            seed: Default::default(),
            integrations: Default::default(),
            metadata: Default::default(),
            shared_with_openai: Default::default(),
        }
    }
}

impl Serialize for FineTuningJob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("fine_tuned_model", &self.fine_tuned_model)?;
        map.serialize_entry("organization_id", &self.organization_id)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("error", &self.error)?;
        map.serialize_entry("finished_at", &self.finished_at)?;
        codec::optional_entry(&mut map, "estimated_finish", &self.estimated_finish)?;
        map.serialize_entry("hyperparameters", &self.hyperparameters)?;
        codec::optional_entry(&mut map, "method", &self.method)?;
        map.serialize_entry("training_file", &self.training_file)?;
        map.serialize_entry("validation_file", &self.validation_file)?;
        map.serialize_entry("result_files", &self.result_files)?;
        map.serialize_entry("trained_tokens", &self.trained_tokens)?;
        map.serialize_entry("seed", &self.seed)?;
        codec::optional_entry(&mut map, "integrations", &self.integrations)?;
        codec::optional_entry(&mut map, "metadata", &self.metadata)?;
        codec::optional_entry(&mut map, "shared_with_openai", &self.shared_with_openai)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningJob {
    const EXPECTING: &'static str = "a `FineTuningJob` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "fine_tuned_model" => self.fine_tuned_model = map.next_value()?,
            "organization_id" => {
                self.organization_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "error" => self.error = map.next_value()?,
            "finished_at" => self.finished_at = map.next_value()?,
            "estimated_finish" => self.estimated_finish = map.next_value()?,
            "hyperparameters" => {
                self.hyperparameters = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "method" => self.method = map.next_value()?,
            "training_file" => {
                self.training_file = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "validation_file" => self.validation_file = map.next_value()?,
            "result_files" => {
                self.result_files = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "trained_tokens" => self.trained_tokens = map.next_value()?,
            "seed" => self.seed = map.next_value::<codec::Lenient<_>>()?.0,
            "integrations" => self.integrations = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "shared_with_openai" => self.shared_with_openai = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningJob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Where the job is in its lifecycle; `paused` from a pause request until the job is resumed.
#[derive(Debug, Clone)]
pub enum FineTuningJobStatus {
    /// `validating_files`
    ValidatingFiles,
    /// `queued`
    Queued,
    /// `running`
    Running,
    /// `succeeded`
    Succeeded,
    /// `failed`
    Failed,
    /// `cancelled`
    Cancelled,
    /// `paused`
    Paused,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for FineTuningJobStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl FineTuningJobStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ValidatingFiles => "validating_files",
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Paused => "paused",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for FineTuningJobStatus {
    fn from(value: &str) -> Self {
        match value {
            "validating_files" => Self::ValidatingFiles,
            "queued" => Self::Queued,
            "running" => Self::Running,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            "cancelled" => Self::Cancelled,
            "paused" => Self::Paused,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(FineTuningJobStatus);

/// Why the job failed, when it did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuningJobError {
    /// Machine-readable error code.
    pub code: String,
    /// Explanation.
    pub message: String,
    /// Offending parameter, often `training_file` or `validation_file`.
    pub param: Option<String>,
}

impl Serialize for FineTuningJobError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        map.serialize_entry("param", &self.param)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningJobError {
    const EXPECTING: &'static str = "a `FineTuningJobError` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "code" => self.code = map.next_value::<codec::Lenient<_>>()?.0,
            "message" => self.message = map.next_value::<codec::Lenient<_>>()?.0,
            "param" => self.param = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningJobError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Hyperparameters in effect (for supervised jobs).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FineTuningJobHyperparameters {
    /// Batch size in effect.
    pub batch_size: Option<FineTuneBatchSize>,
    /// Scaling of the learning rate.
    pub learning_rate_multiplier: Option<FineTuneLearningRateMultiplier>,
    /// Passes over the training data.
    pub n_epochs: Option<FineTuneEpochs>,
}

impl Serialize for FineTuningJobHyperparameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "batch_size", &self.batch_size)?;
        codec::optional_entry(
            &mut map,
            "learning_rate_multiplier",
            &self.learning_rate_multiplier,
        )?;
        codec::optional_entry(&mut map, "n_epochs", &self.n_epochs)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningJobHyperparameters {
    const EXPECTING: &'static str = "a `FineTuningJobHyperparameters` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "batch_size" => self.batch_size = map.next_value()?,
            "learning_rate_multiplier" => {
                self.learning_rate_multiplier = map.next_value()?;
            }
            "n_epochs" => self.n_epochs = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningJobHyperparameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
