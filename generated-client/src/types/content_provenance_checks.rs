// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `content_provenance_checks` operations.
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

/// Multipart body of `POST /content_provenance_checks`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateContentProvenanceBody {
    /// The image or audio file to examine.
    pub file: crate::runtime::FileUpload,
}

impl CreateContentProvenanceBody {
    /// Creates a value from its required fields (`file`); the rest start unset.
    #[must_use]
    pub fn new(file: impl Into<crate::runtime::FileUpload>) -> Self {
        Self { file: file.into() }
    }

    /// Sets `file`.
    #[must_use]
    pub fn file(mut self, value: impl Into<crate::runtime::FileUpload>) -> Self {
        self.file = value.into();
        self
    }
}

impl crate::runtime::ToMultipart for CreateContentProvenanceBody {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.file;
            form = form.file("file", values);
        }

        form
    }
}

/// The outcome of a provenance check.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvenanceResource {
    /// Always `content_provenance_check`.
    pub object: String,
    /// Time of the check, in seconds since the Unix epoch.
    pub created_at: i64,
    /// One result per kind of signal that applies to the file (C2PA and SynthID for images, SynthID for audio).
    pub results: Vec<ProvenanceResult>,
}

impl Default for ProvenanceResource {
    fn default() -> Self {
        Self {
            object: "content_provenance_check".to_owned(),
            created_at: Default::default(),
            results: Default::default(),
        }
    }
}

impl Serialize for ProvenanceResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("results", &self.results)?;
        map.end()
    }
}

impl codec::ObjectFields for ProvenanceResource {
    const EXPECTING: &'static str = "a `ProvenanceResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "results" => self.results = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProvenanceResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The finding for one kind of provenance signal.
#[derive(Debug, Clone, PartialEq)]
pub enum ProvenanceResult {
    /// Whether the file carries an OpenAI C2PA manifest, and what it says.
    C2pa(C2paProvenanceResult),
    /// Whether the file carries an OpenAI SynthID watermark, and what it encodes.
    Synthid(SynthIdProvenanceResult),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for ProvenanceResult {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<C2paProvenanceResult> for ProvenanceResult {
    fn from(value: C2paProvenanceResult) -> Self {
        Self::C2pa(value)
    }
}

impl From<SynthIdProvenanceResult> for ProvenanceResult {
    fn from(value: SynthIdProvenanceResult) -> Self {
        Self::Synthid(value)
    }
}

impl Serialize for ProvenanceResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::C2pa(value) => Serialize::serialize(value, serializer),
            Self::Synthid(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ProvenanceResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("c2pa") => codec::from_value(value).map(Self::C2pa),
            Some("synthid") => codec::from_value(value).map(Self::Synthid),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Whether the file carries an OpenAI C2PA manifest, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct C2paProvenanceResult {
    /// Always `c2pa`.
    pub r#type: String,
    /// Whether an OpenAI C2PA manifest was found.
    pub outcome: ProvenanceDetectionResultApi,
    /// How far the manifest could be verified.
    pub validation_state: C2paValidationStateApi,
    /// Issuer named in the manifest, when known.
    pub issuer: Option<String>,
    /// OpenAI model named in the manifest, when known.
    pub model: Option<String>,
    /// Generation time recorded in the manifest (RFC 3339, UTC), when known.
    pub generated_at: Option<String>,
}

impl Default for C2paProvenanceResult {
    fn default() -> Self {
        Self {
            r#type: "c2pa".to_owned(),
            outcome: Default::default(),
            validation_state: Default::default(),
            issuer: Default::default(),
            model: Default::default(),
            generated_at: Default::default(),
        }
    }
}

impl Serialize for C2paProvenanceResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("outcome", &self.outcome)?;
        map.serialize_entry("validation_state", &self.validation_state)?;
        map.serialize_entry("issuer", &self.issuer)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("generated_at", &self.generated_at)?;
        map.end()
    }
}

impl codec::ObjectFields for C2paProvenanceResult {
    const EXPECTING: &'static str = "a `C2paProvenanceResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "outcome" => self.outcome = map.next_value::<codec::Lenient<_>>()?.0,
            "validation_state" => {
                self.validation_state = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "issuer" => self.issuer = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "generated_at" => self.generated_at = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for C2paProvenanceResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `detected` when a supported signal was found; `not_detected` when
/// none was, which does not rule out that OpenAI (or another vendor)
/// generated the media.
#[derive(Debug, Clone)]
pub enum ProvenanceDetectionResultApi {
    /// `detected`
    Detected,
    /// `not_detected`
    NotDetected,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ProvenanceDetectionResultApi {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ProvenanceDetectionResultApi {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Detected => "detected",
            Self::NotDetected => "not_detected",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ProvenanceDetectionResultApi {
    fn from(value: &str) -> Self {
        match value {
            "detected" => Self::Detected,
            "not_detected" => Self::NotDetected,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ProvenanceDetectionResultApi);

/// Verification state of a C2PA manifest: `trusted` (intact and signed
/// with a certificate on the trust list), `valid` (intact, signer not on
/// the trust list), `invalid` (altered or broken) or `not_present` (the
/// file has no manifest).
#[derive(Debug, Clone)]
pub enum C2paValidationStateApi {
    /// `trusted`
    Trusted,
    /// `valid`
    Valid,
    /// `invalid`
    Invalid,
    /// `not_present`
    NotPresent,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for C2paValidationStateApi {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl C2paValidationStateApi {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trusted => "trusted",
            Self::Valid => "valid",
            Self::Invalid => "invalid",
            Self::NotPresent => "not_present",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for C2paValidationStateApi {
    fn from(value: &str) -> Self {
        match value {
            "trusted" => Self::Trusted,
            "valid" => Self::Valid,
            "invalid" => Self::Invalid,
            "not_present" => Self::NotPresent,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(C2paValidationStateApi);

/// Whether the file carries an OpenAI SynthID watermark, and what it encodes.
#[derive(Debug, Clone, PartialEq)]
pub struct SynthIdProvenanceResult {
    /// Always `synthid`.
    pub r#type: String,
    /// Whether an OpenAI SynthID watermark was found.
    pub outcome: ProvenanceDetectionResultApi,
    /// OpenAI model recorded by the watermark, when known.
    pub model: Option<String>,
    /// Generation time recorded by the watermark (RFC 3339, UTC), when known.
    pub generated_at: Option<String>,
}

impl Default for SynthIdProvenanceResult {
    fn default() -> Self {
        Self {
            r#type: "synthid".to_owned(),
            outcome: Default::default(),
            model: Default::default(),
            generated_at: Default::default(),
        }
    }
}

impl Serialize for SynthIdProvenanceResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("outcome", &self.outcome)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry("generated_at", &self.generated_at)?;
        map.end()
    }
}

impl codec::ObjectFields for SynthIdProvenanceResult {
    const EXPECTING: &'static str = "a `SynthIdProvenanceResult` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "outcome" => self.outcome = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value()?,
            "generated_at" => self.generated_at = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SynthIdProvenanceResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
