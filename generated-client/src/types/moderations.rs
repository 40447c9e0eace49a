// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `moderations` operations.
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

/// Body of `POST /moderations`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CreateModerationRequest {
    /// Content to classify; a string, a list of strings, or a list of text and image parts.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub input: CreateModerationRequestInput,
    /// Moderation model, e.g. `omni-moderation-latest`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

impl CreateModerationRequest {
    /// Creates a value from its required fields (`input`); the rest start unset.
    #[must_use]
    pub fn new(input: impl Into<CreateModerationRequestInput>) -> Self {
        Self {
            input: input.into(),
            ..Default::default()
        }
    }

    /// Sets `input`.
    #[must_use]
    pub fn input(mut self, value: impl Into<CreateModerationRequestInput>) -> Self {
        self.input = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}

/// Content to classify; a string, a list of strings, or a list of text and image parts.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateModerationRequestInput {
    /// A `String` value.
    String(String),
    /// A `StringArray` value.
    StringArray(Vec<String>),
    /// A `ModerationInputPartArray` value.
    ModerationInputPartArray(Vec<ModerationInputPart>),
    /// A value matching none of the shapes this client knows, kept as JSON.
    Other(serde_json::Value),
}

/// `Other(null)`: what a missing value decodes to.
impl Default for CreateModerationRequestInput {
    fn default() -> Self {
        Self::Other(serde_json::Value::Null)
    }
}

impl From<String> for CreateModerationRequestInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for CreateModerationRequestInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<Vec<String>> for CreateModerationRequestInput {
    fn from(value: Vec<String>) -> Self {
        Self::StringArray(value)
    }
}

impl From<Vec<ModerationInputPart>> for CreateModerationRequestInput {
    fn from(value: Vec<ModerationInputPart>) -> Self {
        Self::ModerationInputPartArray(value)
    }
}

impl Serialize for CreateModerationRequestInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => Serialize::serialize(value, serializer),
            Self::StringArray(value) => Serialize::serialize(value, serializer),
            Self::ModerationInputPartArray(value) => {
                Serialize::serialize(value, serializer)
            }
            Self::Other(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateModerationRequestInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match &value {
            serde_json::Value::String(_) => codec::from_value(value).map(Self::String),
            serde_json::Value::Array(items) => {
                match items.first() {
                    None => codec::from_value(value).map(Self::StringArray),
                    Some(first) => {
                        match first {
                            serde_json::Value::String(_) => {
                                codec::from_value(value).map(Self::StringArray)
                            }
                            serde_json::Value::Object(_) => {
                                codec::from_value(value).map(Self::ModerationInputPartArray)
                            }
                            _ => Ok(Self::Other(value)),
                        }
                    }
                }
            }
            _ => Ok(Self::Other(value)),
        }
    }
}

/// A text or image part to classify.
#[derive(Debug, Clone, PartialEq)]
pub enum ModerationInputPart {
    /// An image to classify.
    ImageUrl(ModerationImageUrlInput),
    /// Text to classify.
    Text(ModerationTextInput),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ModerationInputPart {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ModerationImageUrlInput> for ModerationInputPart {
    fn from(value: ModerationImageUrlInput) -> Self {
        Self::ImageUrl(value)
    }
}

impl From<ModerationTextInput> for ModerationInputPart {
    fn from(value: ModerationTextInput) -> Self {
        Self::Text(value)
    }
}

impl Serialize for ModerationInputPart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageUrl(value) => Serialize::serialize(value, serializer),
            Self::Text(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ModerationInputPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("image_url") => codec::from_value(value).map(Self::ImageUrl),
            Some("text") => codec::from_value(value).map(Self::Text),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// An image to classify.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationImageUrlInput {
    /// Always `image_url`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// Where the image is.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub image_url: ModerationImageUrlInputImageUrl,
}

impl Default for ModerationImageUrlInput {
    fn default() -> Self {
        Self {
            r#type: "image_url".to_owned(),
            image_url: Default::default(),
        }
    }
}

impl ModerationImageUrlInput {
    /// Creates a value from its required fields (`image_url`); the rest start unset.
    #[must_use]
    pub fn new(image_url: impl Into<ModerationImageUrlInputImageUrl>) -> Self {
        Self {
            image_url: image_url.into(),
            ..Default::default()
        }
    }

    /// Sets `image_url`.
    #[must_use]
    pub fn image_url(
        mut self,
        value: impl Into<ModerationImageUrlInputImageUrl>,
    ) -> Self {
        self.image_url = value.into();
        self
    }
}

/// Where the image is.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationImageUrlInputImageUrl {
    /// Image URL or base64 data URL.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub url: String,
}

impl ModerationImageUrlInputImageUrl {
    /// Creates a value from its required fields (`url`); the rest start unset.
    #[must_use]
    pub fn new(url: impl Into<String>) -> Self {
        Self { url: url.into() }
    }

    /// Sets `url`.
    #[must_use]
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = value.into();
        self
    }
}

/// Text to classify.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationTextInput {
    /// Always `text`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub r#type: String,
    /// The text.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub text: String,
}

impl Default for ModerationTextInput {
    fn default() -> Self {
        Self {
            r#type: "text".to_owned(),
            text: Default::default(),
        }
    }
}

impl ModerationTextInput {
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

/// Classification results, one per input.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CreateModerationResponse {
    /// Id of the moderation request.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub id: String,
    /// Model that classified the input.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub model: String,
    /// One result per input.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub results: Vec<ModerationResult>,
}

/// Classification of one input.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationResult {
    /// Whether any category was triggered.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub flagged: bool,
    /// Per-category verdicts.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub categories: ModerationCategories,
    /// Per-category confidence scores.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub category_scores: ModerationCategoryScores,
    /// Which input kinds each category was judged on.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub category_applied_input_types: ModerationCategoryAppliedInputTypes,
}

/// Whether each policy category was triggered.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationCategories {
    /// Hateful content towards a protected group.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub hate: bool,
    /// Hateful content that also threatens violence.
    #[serde(
        rename = "hate/threatening",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub hate_threatening: bool,
    /// Harassing language towards anyone.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub harassment: bool,
    /// Harassment that also threatens harm.
    #[serde(
        rename = "harassment/threatening",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub harassment_threatening: bool,
    /// Advice on committing wrongdoing.
    pub illicit: Option<bool>,
    /// Advice on wrongdoing that involves violence or weapons.
    #[serde(rename = "illicit/violent")]
    pub illicit_violent: Option<bool>,
    /// Content that promotes or depicts self-harm.
    #[serde(
        rename = "self-harm",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm: bool,
    /// Statements of intent to self-harm.
    #[serde(
        rename = "self-harm/intent",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm_intent: bool,
    /// Instructions for self-harm.
    #[serde(
        rename = "self-harm/instructions",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm_instructions: bool,
    /// Sexually explicit content.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub sexual: bool,
    /// Sexual content involving minors.
    #[serde(
        rename = "sexual/minors",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub sexual_minors: bool,
    /// Depictions of violence.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub violence: bool,
    /// Graphic depictions of violence or injury.
    #[serde(
        rename = "violence/graphic",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub violence_graphic: bool,
}

/// Model confidence (0 to 1) for each category.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationCategoryScores {
    /// Score for `hate`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub hate: f64,
    /// Score for `hate/threatening`.
    #[serde(
        rename = "hate/threatening",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub hate_threatening: f64,
    /// Score for `harassment`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub harassment: f64,
    /// Score for `harassment/threatening`.
    #[serde(
        rename = "harassment/threatening",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub harassment_threatening: f64,
    /// Score for `illicit`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub illicit: f64,
    /// Score for `illicit/violent`.
    #[serde(
        rename = "illicit/violent",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub illicit_violent: f64,
    /// Score for `self-harm`.
    #[serde(
        rename = "self-harm",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm: f64,
    /// Score for `self-harm/intent`.
    #[serde(
        rename = "self-harm/intent",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm_intent: f64,
    /// Score for `self-harm/instructions`.
    #[serde(
        rename = "self-harm/instructions",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm_instructions: f64,
    /// Score for `sexual`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub sexual: f64,
    /// Score for `sexual/minors`.
    #[serde(
        rename = "sexual/minors",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub sexual_minors: f64,
    /// Score for `violence`.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub violence: f64,
    /// Score for `violence/graphic`.
    #[serde(
        rename = "violence/graphic",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub violence_graphic: f64,
}

/// For each category, which kinds of input (text, image) its score is based on.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationCategoryAppliedInputTypes {
    /// Input kinds behind the `hate` score.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub hate: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `hate/threatening` score.
    #[serde(
        rename = "hate/threatening",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub hate_threatening: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `harassment` score.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub harassment: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `harassment/threatening` score.
    #[serde(
        rename = "harassment/threatening",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub harassment_threatening: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `illicit` score.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub illicit: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `illicit/violent` score.
    #[serde(
        rename = "illicit/violent",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub illicit_violent: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `self-harm` score.
    #[serde(
        rename = "self-harm",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `self-harm/intent` score.
    #[serde(
        rename = "self-harm/intent",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm_intent: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `self-harm/instructions` score.
    #[serde(
        rename = "self-harm/instructions",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub self_harm_instructions: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `sexual` score.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub sexual: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `sexual/minors` score.
    #[serde(
        rename = "sexual/minors",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub sexual_minors: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `violence` score.
    #[serde(deserialize_with = "crate::runtime::codec::null_as_default")]
    pub violence: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `violence/graphic` score.
    #[serde(
        rename = "violence/graphic",
        deserialize_with = "crate::runtime::codec::null_as_default"
    )]
    pub violence_graphic: ModerationTextAndImageInputTypes,
}

/// Input kinds for a category that only text can trigger.
pub type ModerationTextOnlyInputTypes = Vec<ModerationTextOnlyInputTypesItem>;

/// An item of [`ModerationTextOnlyInputTypes`](crate::types::ModerationTextOnlyInputTypes).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModerationTextOnlyInputTypesItem {
    /// `text`
    Text,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ModerationTextOnlyInputTypesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ModerationTextOnlyInputTypesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ModerationTextOnlyInputTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ModerationTextOnlyInputTypesItem);

/// Input kinds for a category that text and images can trigger.
pub type ModerationTextAndImageInputTypes = Vec<ModerationTextAndImageInputTypesItem>;

/// An item of [`ModerationTextAndImageInputTypes`](crate::types::ModerationTextAndImageInputTypes).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModerationTextAndImageInputTypesItem {
    /// `text`
    Text,
    /// `image`
    Image,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ModerationTextAndImageInputTypesItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ModerationTextAndImageInputTypesItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Image => "image",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ModerationTextAndImageInputTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "image" => Self::Image,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ModerationTextAndImageInputTypesItem);
