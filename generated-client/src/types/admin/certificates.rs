// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.certificates` operations use.
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

/// A certificate uploaded to the organization. Single-certificate calls
/// return `object: certificate` and leave `active` out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Certificate {
    /// `certificate` from upload, retrieve and rename; the other two values are those of list and (de)activation results.
    pub object: CertificateObject,
    /// Certificate id (`cert_...`).
    pub id: String,
    /// Name given to the certificate.
    pub name: Option<String>,
    /// Upload time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Validity window, and the PEM text when it was asked for.
    pub certificate_details: CertificateCertificateDetails,
    /// Whether the certificate is switched on in the scope of the call.
    pub active: Option<bool>,
}

impl Serialize for Certificate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("certificate_details", &self.certificate_details)?;
        codec::optional_entry(&mut map, "active", &self.active)?;
        map.end()
    }
}

impl codec::ObjectFields for Certificate {
    const EXPECTING: &'static str = "a `Certificate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "certificate_details" => {
                self.certificate_details = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "active" => self.active = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Certificate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `certificate` from upload, retrieve and rename; the other two values are those of list and (de)activation results.
#[derive(Debug, Clone)]
pub enum CertificateObject {
    /// `certificate`
    Certificate,
    /// `organization.certificate`
    OrganizationCertificate,
    /// `organization.project.certificate`
    OrganizationProjectCertificate,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CertificateObject {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CertificateObject {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Certificate => "certificate",
            Self::OrganizationCertificate => "organization.certificate",
            Self::OrganizationProjectCertificate => "organization.project.certificate",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CertificateObject {
    fn from(value: &str) -> Self {
        match value {
            "certificate" => Self::Certificate,
            "organization.certificate" => Self::OrganizationCertificate,
            "organization.project.certificate" => Self::OrganizationProjectCertificate,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CertificateObject);

/// Validity window, and the PEM text when it was asked for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificateCertificateDetails {
    /// Start of validity, in seconds since the Unix epoch.
    pub valid_at: Option<i64>,
    /// End of validity, in seconds since the Unix epoch.
    pub expires_at: Option<i64>,
    /// The certificate in PEM form; only with `include=content`.
    pub content: Option<String>,
}

impl Serialize for CertificateCertificateDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "valid_at", &self.valid_at)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "content", &self.content)?;
        map.end()
    }
}

impl codec::ObjectFields for CertificateCertificateDetails {
    const EXPECTING: &'static str = "a `CertificateCertificateDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "valid_at" => self.valid_at = map.next_value()?,
            "expires_at" => self.expires_at = map.next_value()?,
            "content" => self.content = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CertificateCertificateDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirmation that a certificate was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCertificateResponse {
    /// Always `certificate.deleted`.
    pub object: String,
    /// Id of the deleted certificate.
    pub id: String,
}

impl Default for DeleteCertificateResponse {
    fn default() -> Self {
        Self {
            object: "certificate.deleted".to_owned(),
            id: Default::default(),
        }
    }
}

impl Serialize for DeleteCertificateResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for DeleteCertificateResponse {
    const EXPECTING: &'static str = "a `DeleteCertificateResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for DeleteCertificateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `GetCertificate`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCertificateParams {
    /// Extra fields to return; only `content` (the PEM text) exists.
    pub include: Option<Vec<GetCertificateIncludeItem>>,
}

impl GetCertificateParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `include`.
    #[must_use]
    pub fn include(mut self, value: impl Into<Vec<GetCertificateIncludeItem>>) -> Self {
        self.include = Some(value.into());
        self
    }
}

/// An item of the `include` query parameter of `GET /organization/certificates/{certificate_id}`.
#[derive(Debug, Clone)]
pub enum GetCertificateIncludeItem {
    /// `content`
    Content,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for GetCertificateIncludeItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl GetCertificateIncludeItem {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Content => "content",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for GetCertificateIncludeItem {
    fn from(value: &str) -> Self {
        match value {
            "content" => Self::Content,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(GetCertificateIncludeItem);

/// A page of the organization's certificates.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCertificatesResponse {
    /// The certificates on this page.
    pub data: Vec<OrganizationCertificate>,
    /// Id of the first certificate on the page.
    pub first_id: Option<String>,
    /// Id of the last certificate on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more certificates follow.
    pub has_more: bool,
    /// Always `list`.
    pub object: String,
}

impl Default for ListCertificatesResponse {
    fn default() -> Self {
        Self {
            data: Default::default(),
            first_id: Default::default(),
            last_id: Default::default(),
            has_more: Default::default(),
            object: "list".to_owned(),
        }
    }
}

impl Serialize for ListCertificatesResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("first_id", &self.first_id)?;
        map.serialize_entry("last_id", &self.last_id)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.serialize_entry("object", &self.object)?;
        map.end()
    }
}

impl codec::ObjectFields for ListCertificatesResponse {
    const EXPECTING: &'static str = "a `ListCertificatesResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value()?,
            "last_id" => self.last_id = map.next_value()?,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListCertificatesResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListCertificatesResponse {
    type Item = OrganizationCertificate;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<OrganizationCertificate> {
        self.data
    }
}

/// A certificate as seen from the organization, with whether it is active there.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCertificate {
    /// Always `organization.certificate`.
    pub object: String,
    /// Certificate id (`cert_...`).
    pub id: String,
    /// Name given to the certificate.
    pub name: Option<String>,
    /// Upload time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Validity window.
    pub certificate_details: CertificateValidity,
    /// Whether the certificate is switched on for the organization.
    pub active: bool,
}

impl Default for OrganizationCertificate {
    fn default() -> Self {
        Self {
            object: "organization.certificate".to_owned(),
            id: Default::default(),
            name: Default::default(),
            created_at: Default::default(),
            certificate_details: Default::default(),
            active: Default::default(),
        }
    }
}

impl Serialize for OrganizationCertificate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("certificate_details", &self.certificate_details)?;
        map.serialize_entry("active", &self.active)?;
        map.end()
    }
}

impl codec::ObjectFields for OrganizationCertificate {
    const EXPECTING: &'static str = "an `OrganizationCertificate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "certificate_details" => {
                self.certificate_details = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "active" => self.active = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for OrganizationCertificate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListOrganizationCertificates`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationCertificatesParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Sort by creation time, newest first (`desc`, the default) or oldest first (`asc`).
    ///
    /// Defaults to `"desc"` when unset.
    pub order: Option<SortOrder>,
}

impl ListOrganizationCertificatesParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `order`.
    #[must_use]
    pub fn order(mut self, value: impl Into<SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}

/// Body of `POST /organization/certificates/{certificate_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyCertificateRequest {
    /// New name of the certificate.
    pub name: Option<String>,
}

impl Serialize for ModifyCertificateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for ModifyCertificateRequest {
    const EXPECTING: &'static str = "a `ModifyCertificateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ModifyCertificateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ModifyCertificateRequest {
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
}

/// Result of activating certificates for the organization.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCertificateActivationResponse {
    /// Always `organization.certificate.activation`.
    pub object: String,
    /// The certificates named in the request, in their new state.
    pub data: Vec<OrganizationCertificate>,
}

impl Default for OrganizationCertificateActivationResponse {
    fn default() -> Self {
        Self {
            object: "organization.certificate.activation".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for OrganizationCertificateActivationResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for OrganizationCertificateActivationResponse {
    const EXPECTING: &'static str = "an `OrganizationCertificateActivationResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for OrganizationCertificateActivationResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Result of deactivating certificates for the organization.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCertificateDeactivationResponse {
    /// Always `organization.certificate.deactivation`.
    pub object: String,
    /// The certificates named in the request, in their new state.
    pub data: Vec<OrganizationCertificate>,
}

impl Default for OrganizationCertificateDeactivationResponse {
    fn default() -> Self {
        Self {
            object: "organization.certificate.deactivation".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for OrganizationCertificateDeactivationResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for OrganizationCertificateDeactivationResponse {
    const EXPECTING: &'static str = "an `OrganizationCertificateDeactivationResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for OrganizationCertificateDeactivationResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/certificates`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadCertificateRequest {
    /// Optional name to recognise the certificate by.
    pub name: Option<String>,
    /// The certificate in PEM form.
    pub certificate: String,
}

impl Serialize for UploadCertificateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.serialize_entry("certificate", &self.certificate)?;
        map.end()
    }
}

impl codec::ObjectFields for UploadCertificateRequest {
    const EXPECTING: &'static str = "an `UploadCertificateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "certificate" => self.certificate = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UploadCertificateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UploadCertificateRequest {
    /// Creates a value from its required fields (`certificate`); the rest start unset.
    #[must_use]
    pub fn new(certificate: impl Into<String>) -> Self {
        Self {
            certificate: certificate.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `certificate`.
    #[must_use]
    pub fn certificate(mut self, value: impl Into<String>) -> Self {
        self.certificate = value.into();
        self
    }
}
