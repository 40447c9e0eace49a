// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `images` operations.
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

/// Multipart body of `POST /images/edits`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateImageEditRequest {
    /// Image(s) to edit; GPT image models accept up to 16 png, webp or jpg files, dall-e-2 one square png.
    pub image: Vec<crate::runtime::FileUpload>,
    /// Description of the desired result.
    pub prompt: String,
    /// PNG whose fully transparent areas mark where the image may change.
    pub mask: Option<crate::runtime::FileUpload>,
    /// Image model, e.g. `dall-e-2` or `gpt-image-1`.
    pub model: Option<String>,
    /// Number of images to create.
    pub n: Option<i64>,
    /// Output size, such as `1024x1024`, `1536x1024`, `1024x1536` or `auto`.
    pub size: Option<String>,
    /// Return images as URLs or base64 data; dall-e-2 only.
    pub response_format: Option<CreateImageEditRequestResponseFormat>,
    /// File format of GPT image model output.
    pub output_format: Option<CreateImageEditRequestOutputFormat>,
    /// Compression level (0-100) for `webp` and `jpeg` output.
    pub output_compression: Option<i64>,
    /// Background treatment for GPT image models.
    pub background: Option<CreateImageEditRequestBackground>,
    /// Rendering quality.
    pub quality: Option<CreateImageEditRequestQuality>,
    /// How closely the edit keeps features of the input images.
    pub input_fidelity: Option<InputFidelity>,
    /// Identifier of your end user, for abuse monitoring.
    pub user: Option<String>,
}

impl CreateImageEditRequest {
    /// Creates a value from its required fields (`image`, `prompt`); the rest start unset.
    #[must_use]
    pub fn new(
        image: impl Into<Vec<crate::runtime::FileUpload>>,
        prompt: impl Into<String>,
    ) -> Self {
        Self {
            image: image.into(),
            prompt: prompt.into(),
            ..Default::default()
        }
    }

    /// Sets `image`.
    #[must_use]
    pub fn image(mut self, value: impl Into<Vec<crate::runtime::FileUpload>>) -> Self {
        self.image = value.into();
        self
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = value.into();
        self
    }

    /// Sets `mask`.
    #[must_use]
    pub fn mask(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.mask = Some(value.into());
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `n`.
    #[must_use]
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }

    /// Sets `size`.
    #[must_use]
    pub fn size(mut self, value: impl Into<String>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(
        mut self,
        value: impl Into<CreateImageEditRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }

    /// Sets `output_format`.
    #[must_use]
    pub fn output_format(
        mut self,
        value: impl Into<CreateImageEditRequestOutputFormat>,
    ) -> Self {
        self.output_format = Some(value.into());
        self
    }

    /// Sets `output_compression`.
    #[must_use]
    pub fn output_compression(mut self, value: impl Into<i64>) -> Self {
        self.output_compression = Some(value.into());
        self
    }

    /// Sets `background`.
    #[must_use]
    pub fn background(
        mut self,
        value: impl Into<CreateImageEditRequestBackground>,
    ) -> Self {
        self.background = Some(value.into());
        self
    }

    /// Sets `quality`.
    #[must_use]
    pub fn quality(mut self, value: impl Into<CreateImageEditRequestQuality>) -> Self {
        self.quality = Some(value.into());
        self
    }

    /// Sets `input_fidelity`.
    #[must_use]
    pub fn input_fidelity(mut self, value: impl Into<InputFidelity>) -> Self {
        self.input_fidelity = Some(value.into());
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}

impl crate::runtime::ToMultipart for CreateImageEditRequest {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.image;
            match values.as_slice() {
                [single] => form = form.file("image", single),
                many => {
                    for item in many {
                        form = form.file("image[]", item);
                    }
                }
            }
        }

        {
            let values = &self.prompt;
            form = form.text("prompt", values);
        }

        if let Some(values) = &self.mask {
            form = form.file("mask", values);
        }

        if let Some(values) = &self.model {
            form = form.text("model", values);
        }

        if let Some(values) = &self.n {
            form = form.text("n", values);
        }

        if let Some(values) = &self.size {
            form = form.text("size", values);
        }

        if let Some(values) = &self.response_format {
            form = form.text("response_format", values);
        }

        if let Some(values) = &self.output_format {
            form = form.text("output_format", values);
        }

        if let Some(values) = &self.output_compression {
            form = form.text("output_compression", values);
        }

        if let Some(values) = &self.background {
            form = form.text("background", values);
        }

        if let Some(values) = &self.quality {
            form = form.text("quality", values);
        }

        if let Some(values) = &self.input_fidelity {
            form = form.text("input_fidelity", values);
        }

        if let Some(values) = &self.user {
            form = form.text("user", values);
        }

        form
    }
}

/// Return images as URLs or base64 data; dall-e-2 only.
#[derive(Debug, Clone)]
pub enum CreateImageEditRequestResponseFormat {
    /// `url`
    Url,
    /// `b64_json`
    B64Json,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateImageEditRequestResponseFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageEditRequestResponseFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Url => "url",
            Self::B64Json => "b64_json",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageEditRequestResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "url" => Self::Url,
            "b64_json" => Self::B64Json,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageEditRequestResponseFormat);

/// File format of GPT image model output.
#[derive(Debug, Clone)]
pub enum CreateImageEditRequestOutputFormat {
    /// `png`
    Png,
    /// `jpeg`
    Jpeg,
    /// `webp`
    Webp,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateImageEditRequestOutputFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageEditRequestOutputFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpeg",
            Self::Webp => "webp",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageEditRequestOutputFormat {
    fn from(value: &str) -> Self {
        match value {
            "png" => Self::Png,
            "jpeg" => Self::Jpeg,
            "webp" => Self::Webp,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageEditRequestOutputFormat);

/// Background treatment for GPT image models.
#[derive(Debug, Clone)]
pub enum CreateImageEditRequestBackground {
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
impl Default for CreateImageEditRequestBackground {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageEditRequestBackground {
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

impl From<&str> for CreateImageEditRequestBackground {
    fn from(value: &str) -> Self {
        match value {
            "transparent" => Self::Transparent,
            "opaque" => Self::Opaque,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageEditRequestBackground);

/// Rendering quality.
#[derive(Debug, Clone)]
pub enum CreateImageEditRequestQuality {
    /// `standard`
    Standard,
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
impl Default for CreateImageEditRequestQuality {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageEditRequestQuality {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageEditRequestQuality {
    fn from(value: &str) -> Self {
        match value {
            "standard" => Self::Standard,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageEditRequestQuality);

/// Body of `POST /images/generations`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateImageRequest {
    /// Description of the desired image.
    pub prompt: String,
    /// Image model, e.g. `dall-e-2`, `dall-e-3` or `gpt-image-1`.
    pub model: Option<String>,
    /// Number of images to create (only 1 for `dall-e-3`).
    pub n: Option<i64>,
    /// Rendering quality; `standard`/`hd` for dall-e-3, `low`/`medium`/`high` for GPT image models.
    pub quality: Option<CreateImageRequestQuality>,
    /// Return images as URLs (valid for one hour) or base64 data; dall-e models only.
    pub response_format: Option<CreateImageRequestResponseFormat>,
    /// File format of GPT image model output.
    pub output_format: Option<CreateImageRequestOutputFormat>,
    /// Compression level (0-100) for `webp` and `jpeg` output.
    pub output_compression: Option<i64>,
    /// Image size: `256x256`, `512x512` or `1024x1024` for dall-e-2;
    /// `1024x1024`, `1792x1024` or `1024x1792` for dall-e-3;
    /// `1024x1024`, `1536x1024`, `1024x1536` or `auto` for GPT image models.
    pub size: Option<String>,
    /// Moderation strictness for GPT image models.
    pub moderation: Option<CreateImageRequestModeration>,
    /// Background treatment for GPT image models.
    pub background: Option<CreateImageRequestBackground>,
    /// Look of dall-e-3 images, hyper-real (`vivid`) or more subdued (`natural`).
    pub style: Option<CreateImageRequestStyle>,
    /// Identifier of your end user, for abuse monitoring.
    pub user: Option<String>,
}

impl Serialize for CreateImageRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("prompt", &self.prompt)?;
        codec::optional_entry(&mut map, "model", &self.model)?;
        codec::optional_entry(&mut map, "n", &self.n)?;
        codec::optional_entry(&mut map, "quality", &self.quality)?;
        codec::optional_entry(&mut map, "response_format", &self.response_format)?;
        codec::optional_entry(&mut map, "output_format", &self.output_format)?;
        codec::optional_entry(&mut map, "output_compression", &self.output_compression)?;
        codec::optional_entry(&mut map, "size", &self.size)?;
        codec::optional_entry(&mut map, "moderation", &self.moderation)?;
        codec::optional_entry(&mut map, "background", &self.background)?;
        codec::optional_entry(&mut map, "style", &self.style)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateImageRequest {
    const EXPECTING: &'static str = "a `CreateImageRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "prompt" => self.prompt = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value()?,
            "n" => self.n = map.next_value()?,
            "quality" => self.quality = map.next_value()?,
            "response_format" => self.response_format = map.next_value()?,
            "output_format" => self.output_format = map.next_value()?,
            "output_compression" => self.output_compression = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "moderation" => self.moderation = map.next_value()?,
            "background" => self.background = map.next_value()?,
            "style" => self.style = map.next_value()?,
            "user" => self.user = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateImageRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateImageRequest {
    /// Creates a value from its required fields (`prompt`); the rest start unset.
    #[must_use]
    pub fn new(prompt: impl Into<String>) -> Self {
        Self {
            prompt: prompt.into(),
            ..Default::default()
        }
    }

    /// Sets `prompt`.
    #[must_use]
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `n`.
    #[must_use]
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }

    /// Sets `quality`.
    #[must_use]
    pub fn quality(mut self, value: impl Into<CreateImageRequestQuality>) -> Self {
        self.quality = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(
        mut self,
        value: impl Into<CreateImageRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }

    /// Sets `output_format`.
    #[must_use]
    pub fn output_format(
        mut self,
        value: impl Into<CreateImageRequestOutputFormat>,
    ) -> Self {
        self.output_format = Some(value.into());
        self
    }

    /// Sets `output_compression`.
    #[must_use]
    pub fn output_compression(mut self, value: impl Into<i64>) -> Self {
        self.output_compression = Some(value.into());
        self
    }

    /// Sets `size`.
    #[must_use]
    pub fn size(mut self, value: impl Into<String>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// Sets `moderation`.
    #[must_use]
    pub fn moderation(mut self, value: impl Into<CreateImageRequestModeration>) -> Self {
        self.moderation = Some(value.into());
        self
    }

    /// Sets `background`.
    #[must_use]
    pub fn background(mut self, value: impl Into<CreateImageRequestBackground>) -> Self {
        self.background = Some(value.into());
        self
    }

    /// Sets `style`.
    #[must_use]
    pub fn style(mut self, value: impl Into<CreateImageRequestStyle>) -> Self {
        self.style = Some(value.into());
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}

/// Rendering quality; `standard`/`hd` for dall-e-3, `low`/`medium`/`high` for GPT image models.
#[derive(Debug, Clone)]
pub enum CreateImageRequestQuality {
    /// `standard`
    Standard,
    /// `hd`
    Hd,
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
impl Default for CreateImageRequestQuality {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageRequestQuality {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Hd => "hd",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageRequestQuality {
    fn from(value: &str) -> Self {
        match value {
            "standard" => Self::Standard,
            "hd" => Self::Hd,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageRequestQuality);

/// Return images as URLs (valid for one hour) or base64 data; dall-e models only.
#[derive(Debug, Clone)]
pub enum CreateImageRequestResponseFormat {
    /// `url`
    Url,
    /// `b64_json`
    B64Json,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateImageRequestResponseFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageRequestResponseFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Url => "url",
            Self::B64Json => "b64_json",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageRequestResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "url" => Self::Url,
            "b64_json" => Self::B64Json,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageRequestResponseFormat);

/// File format of GPT image model output.
#[derive(Debug, Clone)]
pub enum CreateImageRequestOutputFormat {
    /// `png`
    Png,
    /// `jpeg`
    Jpeg,
    /// `webp`
    Webp,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateImageRequestOutputFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageRequestOutputFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpeg",
            Self::Webp => "webp",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageRequestOutputFormat {
    fn from(value: &str) -> Self {
        match value {
            "png" => Self::Png,
            "jpeg" => Self::Jpeg,
            "webp" => Self::Webp,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageRequestOutputFormat);

/// Moderation strictness for GPT image models.
#[derive(Debug, Clone)]
pub enum CreateImageRequestModeration {
    /// `low`
    Low,
    /// `auto`
    Auto,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateImageRequestModeration {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageRequestModeration {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageRequestModeration {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageRequestModeration);

/// Background treatment for GPT image models.
#[derive(Debug, Clone)]
pub enum CreateImageRequestBackground {
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
impl Default for CreateImageRequestBackground {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageRequestBackground {
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

impl From<&str> for CreateImageRequestBackground {
    fn from(value: &str) -> Self {
        match value {
            "transparent" => Self::Transparent,
            "opaque" => Self::Opaque,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageRequestBackground);

/// Look of dall-e-3 images, hyper-real (`vivid`) or more subdued (`natural`).
#[derive(Debug, Clone)]
pub enum CreateImageRequestStyle {
    /// `vivid`
    Vivid,
    /// `natural`
    Natural,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateImageRequestStyle {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageRequestStyle {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vivid => "vivid",
            Self::Natural => "natural",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageRequestStyle {
    fn from(value: &str) -> Self {
        match value {
            "vivid" => Self::Vivid,
            "natural" => Self::Natural,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageRequestStyle);

/// Multipart body of `POST /images/variations`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateImageVariationRequest {
    /// Square PNG under 4 MB to vary.
    pub image: crate::runtime::FileUpload,
    /// Image model; only `dall-e-2` is supported.
    pub model: Option<String>,
    /// Number of variations to create.
    pub n: Option<i64>,
    /// Return images as URLs or base64 data.
    pub response_format: Option<CreateImageVariationRequestResponseFormat>,
    /// Output size.
    pub size: Option<CreateImageVariationRequestSize>,
    /// Identifier of your end user, for abuse monitoring.
    pub user: Option<String>,
}

impl CreateImageVariationRequest {
    /// Creates a value from its required fields (`image`); the rest start unset.
    #[must_use]
    pub fn new(image: impl Into<crate::runtime::FileUpload>) -> Self {
        Self {
            image: image.into(),
            ..Default::default()
        }
    }

    /// Sets `image`.
    #[must_use]
    pub fn image(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.image = value.into();
        self
    }

    /// Sets `model`.
    #[must_use]
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }

    /// Sets `n`.
    #[must_use]
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(
        mut self,
        value: impl Into<CreateImageVariationRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }

    /// Sets `size`.
    #[must_use]
    pub fn size(mut self, value: impl Into<CreateImageVariationRequestSize>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// Sets `user`.
    #[must_use]
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}

impl crate::runtime::ToMultipart for CreateImageVariationRequest {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.image;
            form = form.file("image", values);
        }

        if let Some(values) = &self.model {
            form = form.text("model", values);
        }

        if let Some(values) = &self.n {
            form = form.text("n", values);
        }

        if let Some(values) = &self.response_format {
            form = form.text("response_format", values);
        }

        if let Some(values) = &self.size {
            form = form.text("size", values);
        }

        if let Some(values) = &self.user {
            form = form.text("user", values);
        }

        form
    }
}

/// Return images as URLs or base64 data.
#[derive(Debug, Clone)]
pub enum CreateImageVariationRequestResponseFormat {
    /// `url`
    Url,
    /// `b64_json`
    B64Json,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateImageVariationRequestResponseFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageVariationRequestResponseFormat {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Url => "url",
            Self::B64Json => "b64_json",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageVariationRequestResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "url" => Self::Url,
            "b64_json" => Self::B64Json,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageVariationRequestResponseFormat);

/// Output size.
#[derive(Debug, Clone)]
pub enum CreateImageVariationRequestSize {
    /// `256x256`
    V256x256,
    /// `512x512`
    V512x512,
    /// `1024x1024`
    V1024x1024,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateImageVariationRequestSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateImageVariationRequestSize {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1024x1024 => "1024x1024",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateImageVariationRequestSize {
    fn from(value: &str) -> Self {
        match value {
            "256x256" => Self::V256x256,
            "512x512" => Self::V512x512,
            "1024x1024" => Self::V1024x1024,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateImageVariationRequestSize);

/// Result of an image generation, edit or variation request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImagesResponse {
    /// Creation time, in seconds since the Unix epoch.
    pub created: i64,
    /// The images.
    pub data: Option<Vec<Image>>,
    /// Background used (GPT image models).
    pub background: Option<ImagesResponseBackground>,
    /// File format used (GPT image models).
    pub output_format: Option<ImagesResponseOutputFormat>,
    /// Size used (GPT image models).
    pub size: Option<ImagesResponseSize>,
    /// Quality used (GPT image models).
    pub quality: Option<ImagesResponseQuality>,
    /// Token usage (GPT image models).
    pub usage: Option<ImageGenUsage>,
}

impl Serialize for ImagesResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("created", &self.created)?;
        codec::optional_entry(&mut map, "data", &self.data)?;
        codec::optional_entry(&mut map, "background", &self.background)?;
        codec::optional_entry(&mut map, "output_format", &self.output_format)?;
        codec::optional_entry(&mut map, "size", &self.size)?;
        codec::optional_entry(&mut map, "quality", &self.quality)?;
        codec::optional_entry(&mut map, "usage", &self.usage)?;
        map.end()
    }
}

impl codec::ObjectFields for ImagesResponse {
    const EXPECTING: &'static str = "an `ImagesResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "created" => self.created = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value()?,
            "background" => self.background = map.next_value()?,
            "output_format" => self.output_format = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "quality" => self.quality = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ImagesResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One generated image.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Image {
    /// The image, base64-encoded (GPT image models, or when `b64_json` was requested).
    pub b64_json: Option<String>,
    /// Temporary download address (dall-e models with `url` format).
    pub url: Option<String>,
    /// The rewritten prompt dall-e-3 actually used.
    pub revised_prompt: Option<String>,
}

impl Serialize for Image {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "b64_json", &self.b64_json)?;
        codec::optional_entry(&mut map, "url", &self.url)?;
        codec::optional_entry(&mut map, "revised_prompt", &self.revised_prompt)?;
        map.end()
    }
}

impl codec::ObjectFields for Image {
    const EXPECTING: &'static str = "an `Image` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "b64_json" => self.b64_json = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "revised_prompt" => self.revised_prompt = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Image {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Background used (GPT image models).
#[derive(Debug, Clone)]
pub enum ImagesResponseBackground {
    /// `transparent`
    Transparent,
    /// `opaque`
    Opaque,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ImagesResponseBackground {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ImagesResponseBackground {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transparent => "transparent",
            Self::Opaque => "opaque",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ImagesResponseBackground {
    fn from(value: &str) -> Self {
        match value {
            "transparent" => Self::Transparent,
            "opaque" => Self::Opaque,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ImagesResponseBackground);

/// File format used (GPT image models).
#[derive(Debug, Clone)]
pub enum ImagesResponseOutputFormat {
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
impl Default for ImagesResponseOutputFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ImagesResponseOutputFormat {
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

impl From<&str> for ImagesResponseOutputFormat {
    fn from(value: &str) -> Self {
        match value {
            "png" => Self::Png,
            "webp" => Self::Webp,
            "jpeg" => Self::Jpeg,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ImagesResponseOutputFormat);

/// Size used (GPT image models).
#[derive(Debug, Clone)]
pub enum ImagesResponseSize {
    /// `1024x1024`
    V1024x1024,
    /// `1024x1536`
    V1024x1536,
    /// `1536x1024`
    V1536x1024,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ImagesResponseSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ImagesResponseSize {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1024x1024 => "1024x1024",
            Self::V1024x1536 => "1024x1536",
            Self::V1536x1024 => "1536x1024",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ImagesResponseSize {
    fn from(value: &str) -> Self {
        match value {
            "1024x1024" => Self::V1024x1024,
            "1024x1536" => Self::V1024x1536,
            "1536x1024" => Self::V1536x1024,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ImagesResponseSize);

/// Quality used (GPT image models).
#[derive(Debug, Clone)]
pub enum ImagesResponseQuality {
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
impl Default for ImagesResponseQuality {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ImagesResponseQuality {
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

impl From<&str> for ImagesResponseQuality {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ImagesResponseQuality);

/// Token accounting for GPT image models.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImageGenUsage {
    /// Tokens in the input (text and images).
    pub input_tokens: i64,
    /// Image tokens generated.
    pub output_tokens: i64,
    /// Input plus output tokens.
    pub total_tokens: i64,
    /// Breakdown of input tokens.
    pub input_tokens_details: ImageGenUsageInputTokensDetails,
    /// Breakdown of output tokens.
    pub output_tokens_details: Option<ImageGenUsageOutputTokensDetails>,
}

impl Serialize for ImageGenUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("input_tokens", &self.input_tokens)?;
        map.serialize_entry("output_tokens", &self.output_tokens)?;
        map.serialize_entry("total_tokens", &self.total_tokens)?;
        map.serialize_entry("input_tokens_details", &self.input_tokens_details)?;
        codec::optional_entry(
            &mut map,
            "output_tokens_details",
            &self.output_tokens_details,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for ImageGenUsage {
    const EXPECTING: &'static str = "an `ImageGenUsage` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "input_tokens" => {
                self.input_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_tokens" => {
                self.output_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "total_tokens" => {
                self.total_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "input_tokens_details" => {
                self.input_tokens_details = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "output_tokens_details" => self.output_tokens_details = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ImageGenUsage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of input tokens.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImageGenUsageInputTokensDetails {
    /// Text tokens.
    pub text_tokens: i64,
    /// Image tokens.
    pub image_tokens: i64,
}

impl Serialize for ImageGenUsageInputTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text_tokens", &self.text_tokens)?;
        map.serialize_entry("image_tokens", &self.image_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for ImageGenUsageInputTokensDetails {
    const EXPECTING: &'static str = "an `ImageGenUsageInputTokensDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "text_tokens" => self.text_tokens = map.next_value::<codec::Lenient<_>>()?.0,
            "image_tokens" => {
                self.image_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ImageGenUsageInputTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Breakdown of output tokens.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImageGenUsageOutputTokensDetails {
    /// Image tokens.
    pub image_tokens: i64,
    /// Text tokens.
    pub text_tokens: i64,
}

impl Serialize for ImageGenUsageOutputTokensDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("image_tokens", &self.image_tokens)?;
        map.serialize_entry("text_tokens", &self.text_tokens)?;
        map.end()
    }
}

impl codec::ObjectFields for ImageGenUsageOutputTokensDetails {
    const EXPECTING: &'static str = "an `ImageGenUsageOutputTokensDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "image_tokens" => {
                self.image_tokens = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "text_tokens" => self.text_tokens = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ImageGenUsageOutputTokensDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
