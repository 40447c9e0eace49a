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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateModerationRequest {
    /// Content to classify; a string, a list of strings, or a list of text and image parts.
    pub input: CreateModerationRequestInput,
    /// Moderation model, e.g. `omni-moderation-latest`.
    pub model: Option<String>,
}

impl Serialize for CreateModerationRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("input", &self.input)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateModerationRequest {
    const EXPECTING: &'static str = "a `CreateModerationRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input" => self.input = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateModerationRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq)]
pub struct ModerationImageUrlInput {
    /// Always `image_url`.
    pub r#type: String,
    /// Where the image is.
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

impl Serialize for ModerationImageUrlInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("image_url", &self.image_url)?;
        map.end()
    }
}

impl codec::ObjectFields for ModerationImageUrlInput {
    const EXPECTING: &'static str = "a `ModerationImageUrlInput` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "image_url" => self.image_url = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ModerationImageUrlInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModerationImageUrlInputImageUrl {
    /// Image URL or base64 data URL.
    pub url: String,
}

impl Serialize for ModerationImageUrlInputImageUrl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("url", &self.url)?;
        map.end()
    }
}

impl codec::ObjectFields for ModerationImageUrlInputImageUrl {
    const EXPECTING: &'static str = "a `ModerationImageUrlInputImageUrl` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "url" => self.url = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ModerationImageUrlInputImageUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
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
#[derive(Debug, Clone, PartialEq)]
pub struct ModerationTextInput {
    /// Always `text`.
    pub r#type: String,
    /// The text.
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

impl Serialize for ModerationTextInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("text", &self.text)?;
        map.end()
    }
}

impl codec::ObjectFields for ModerationTextInput {
    const EXPECTING: &'static str = "a `ModerationTextInput` object";
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

impl<'de> Deserialize<'de> for ModerationTextInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateModerationResponse {
    /// Id of the moderation request.
    pub id: String,
    /// Model that classified the input.
    pub model: String,
    /// One result per input.
    pub results: Vec<ModerationResult>,
}

impl Serialize for CreateModerationResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("results", &self.results)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateModerationResponse {
    const EXPECTING: &'static str = "a `CreateModerationResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "results" => self.results = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateModerationResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Classification of one input.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModerationResult {
    /// Whether any category was triggered.
    pub flagged: bool,
    /// Per-category verdicts.
    pub categories: ModerationCategories,
    /// Per-category confidence scores.
    pub category_scores: ModerationCategoryScores,
    /// Which input kinds each category was judged on.
    pub category_applied_input_types: ModerationCategoryAppliedInputTypes,
}

impl Serialize for ModerationResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("flagged", &self.flagged)?;
        map.serialize_entry("categories", &self.categories)?;
        map.serialize_entry("category_scores", &self.category_scores)?;
        map.serialize_entry(
            "category_applied_input_types",
            &self.category_applied_input_types,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for ModerationResult {
    const EXPECTING: &'static str = "a `ModerationResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "flagged" => self.flagged = map.next_value::<codec::Lenient<_>>()?.0,
            "categories" => self.categories = map.next_value::<codec::Lenient<_>>()?.0,
            "category_scores" => {
                self.category_scores = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "category_applied_input_types" => {
                self.category_applied_input_types = map
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

impl<'de> Deserialize<'de> for ModerationResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Whether each policy category was triggered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModerationCategories {
    /// Hateful content towards a protected group.
    pub hate: bool,
    /// Hateful content that also threatens violence.
    pub hate_threatening: bool,
    /// Harassing language towards anyone.
    pub harassment: bool,
    /// Harassment that also threatens harm.
    pub harassment_threatening: bool,
    /// Advice on committing wrongdoing.
    pub illicit: Option<bool>,
    /// Advice on wrongdoing that involves violence or weapons.
    pub illicit_violent: Option<bool>,
    /// Content that promotes or depicts self-harm.
    pub self_harm: bool,
    /// Statements of intent to self-harm.
    pub self_harm_intent: bool,
    /// Instructions for self-harm.
    pub self_harm_instructions: bool,
    /// Sexually explicit content.
    pub sexual: bool,
    /// Sexual content involving minors.
    pub sexual_minors: bool,
    /// Depictions of violence.
    pub violence: bool,
    /// Graphic depictions of violence or injury.
    pub violence_graphic: bool,
}

impl Serialize for ModerationCategories {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("hate", &self.hate)?;
        map.serialize_entry("hate/threatening", &self.hate_threatening)?;
        map.serialize_entry("harassment", &self.harassment)?;
        map.serialize_entry("harassment/threatening", &self.harassment_threatening)?;
        map.serialize_entry("illicit", &self.illicit)?;
        map.serialize_entry("illicit/violent", &self.illicit_violent)?;
        map.serialize_entry("self-harm", &self.self_harm)?;
        map.serialize_entry("self-harm/intent", &self.self_harm_intent)?;
        map.serialize_entry("self-harm/instructions", &self.self_harm_instructions)?;
        map.serialize_entry("sexual", &self.sexual)?;
        map.serialize_entry("sexual/minors", &self.sexual_minors)?;
        map.serialize_entry("violence", &self.violence)?;
        map.serialize_entry("violence/graphic", &self.violence_graphic)?;
        map.end()
    }
}

impl codec::ObjectFields for ModerationCategories {
    const EXPECTING: &'static str = "a `ModerationCategories` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "hate" => self.hate = map.next_value::<codec::Lenient<_>>()?.0,
            "hate/threatening" => {
                self.hate_threatening = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "harassment" => self.harassment = map.next_value::<codec::Lenient<_>>()?.0,
            "harassment/threatening" => {
                self.harassment_threatening = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "illicit" => self.illicit = map.next_value()?,
            "illicit/violent" => self.illicit_violent = map.next_value()?,
            "self-harm" => self.self_harm = map.next_value::<codec::Lenient<_>>()?.0,
            "self-harm/intent" => {
                self.self_harm_intent = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "self-harm/instructions" => {
                self.self_harm_instructions = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sexual" => self.sexual = map.next_value::<codec::Lenient<_>>()?.0,
            "sexual/minors" => {
                self.sexual_minors = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "violence" => self.violence = map.next_value::<codec::Lenient<_>>()?.0,
            "violence/graphic" => {
                self.violence_graphic = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ModerationCategories {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Model confidence (0 to 1) for each category.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModerationCategoryScores {
    /// Score for `hate`.
    pub hate: f64,
    /// Score for `hate/threatening`.
    pub hate_threatening: f64,
    /// Score for `harassment`.
    pub harassment: f64,
    /// Score for `harassment/threatening`.
    pub harassment_threatening: f64,
    /// Score for `illicit`.
    pub illicit: f64,
    /// Score for `illicit/violent`.
    pub illicit_violent: f64,
    /// Score for `self-harm`.
    pub self_harm: f64,
    /// Score for `self-harm/intent`.
    pub self_harm_intent: f64,
    /// Score for `self-harm/instructions`.
    pub self_harm_instructions: f64,
    /// Score for `sexual`.
    pub sexual: f64,
    /// Score for `sexual/minors`.
    pub sexual_minors: f64,
    /// Score for `violence`.
    pub violence: f64,
    /// Score for `violence/graphic`.
    pub violence_graphic: f64,
}

impl Serialize for ModerationCategoryScores {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("hate", &self.hate)?;
        map.serialize_entry("hate/threatening", &self.hate_threatening)?;
        map.serialize_entry("harassment", &self.harassment)?;
        map.serialize_entry("harassment/threatening", &self.harassment_threatening)?;
        map.serialize_entry("illicit", &self.illicit)?;
        map.serialize_entry("illicit/violent", &self.illicit_violent)?;
        map.serialize_entry("self-harm", &self.self_harm)?;
        map.serialize_entry("self-harm/intent", &self.self_harm_intent)?;
        map.serialize_entry("self-harm/instructions", &self.self_harm_instructions)?;
        map.serialize_entry("sexual", &self.sexual)?;
        map.serialize_entry("sexual/minors", &self.sexual_minors)?;
        map.serialize_entry("violence", &self.violence)?;
        map.serialize_entry("violence/graphic", &self.violence_graphic)?;
        map.end()
    }
}

impl codec::ObjectFields for ModerationCategoryScores {
    const EXPECTING: &'static str = "a `ModerationCategoryScores` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "hate" => self.hate = map.next_value::<codec::Lenient<_>>()?.0,
            "hate/threatening" => {
                self.hate_threatening = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "harassment" => self.harassment = map.next_value::<codec::Lenient<_>>()?.0,
            "harassment/threatening" => {
                self.harassment_threatening = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "illicit" => self.illicit = map.next_value::<codec::Lenient<_>>()?.0,
            "illicit/violent" => {
                self.illicit_violent = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "self-harm" => self.self_harm = map.next_value::<codec::Lenient<_>>()?.0,
            "self-harm/intent" => {
                self.self_harm_intent = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "self-harm/instructions" => {
                self.self_harm_instructions = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sexual" => self.sexual = map.next_value::<codec::Lenient<_>>()?.0,
            "sexual/minors" => {
                self.sexual_minors = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "violence" => self.violence = map.next_value::<codec::Lenient<_>>()?.0,
            "violence/graphic" => {
                self.violence_graphic = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ModerationCategoryScores {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// For each category, which kinds of input (text, image) its score is based on.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModerationCategoryAppliedInputTypes {
    /// Input kinds behind the `hate` score.
    pub hate: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `hate/threatening` score.
    pub hate_threatening: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `harassment` score.
    pub harassment: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `harassment/threatening` score.
    pub harassment_threatening: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `illicit` score.
    pub illicit: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `illicit/violent` score.
    pub illicit_violent: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `self-harm` score.
    pub self_harm: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `self-harm/intent` score.
    pub self_harm_intent: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `self-harm/instructions` score.
    pub self_harm_instructions: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `sexual` score.
    pub sexual: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `sexual/minors` score.
    pub sexual_minors: ModerationTextOnlyInputTypes,
    /// Input kinds behind the `violence` score.
    pub violence: ModerationTextAndImageInputTypes,
    /// Input kinds behind the `violence/graphic` score.
    pub violence_graphic: ModerationTextAndImageInputTypes,
}

impl Serialize for ModerationCategoryAppliedInputTypes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("hate", &self.hate)?;
        map.serialize_entry("hate/threatening", &self.hate_threatening)?;
        map.serialize_entry("harassment", &self.harassment)?;
        map.serialize_entry("harassment/threatening", &self.harassment_threatening)?;
        map.serialize_entry("illicit", &self.illicit)?;
        map.serialize_entry("illicit/violent", &self.illicit_violent)?;
        map.serialize_entry("self-harm", &self.self_harm)?;
        map.serialize_entry("self-harm/intent", &self.self_harm_intent)?;
        map.serialize_entry("self-harm/instructions", &self.self_harm_instructions)?;
        map.serialize_entry("sexual", &self.sexual)?;
        map.serialize_entry("sexual/minors", &self.sexual_minors)?;
        map.serialize_entry("violence", &self.violence)?;
        map.serialize_entry("violence/graphic", &self.violence_graphic)?;
        map.end()
    }
}

impl codec::ObjectFields for ModerationCategoryAppliedInputTypes {
    const EXPECTING: &'static str = "a `ModerationCategoryAppliedInputTypes` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "hate" => self.hate = map.next_value::<codec::Lenient<_>>()?.0,
            "hate/threatening" => {
                self.hate_threatening = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "harassment" => self.harassment = map.next_value::<codec::Lenient<_>>()?.0,
            "harassment/threatening" => {
                self.harassment_threatening = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "illicit" => self.illicit = map.next_value::<codec::Lenient<_>>()?.0,
            "illicit/violent" => {
                self.illicit_violent = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "self-harm" => self.self_harm = map.next_value::<codec::Lenient<_>>()?.0,
            "self-harm/intent" => {
                self.self_harm_intent = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "self-harm/instructions" => {
                self.self_harm_instructions = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "sexual" => self.sexual = map.next_value::<codec::Lenient<_>>()?.0,
            "sexual/minors" => {
                self.sexual_minors = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "violence" => self.violence = map.next_value::<codec::Lenient<_>>()?.0,
            "violence/graphic" => {
                self.violence_graphic = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ModerationCategoryAppliedInputTypes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Input kinds for a category that only text can trigger.
pub type ModerationTextOnlyInputTypes = Vec<ModerationTextOnlyInputTypesItem>;

/// An item of [`ModerationTextOnlyInputTypes`](crate::types::ModerationTextOnlyInputTypes).
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone)]
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
