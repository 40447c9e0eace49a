// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.projects` operations use.
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

/// Body of `POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys`; every field is optional.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateProjectServiceAccountApiKeyBody {
    /// Name to give the new key.
    pub name: Option<String>,
    /// Permission scopes to restrict the key to.
    pub scopes: Option<Vec<String>>,
}

impl Serialize for CreateProjectServiceAccountApiKeyBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "scopes", &self.scopes)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateProjectServiceAccountApiKeyBody {
    const EXPECTING: &'static str = "a `CreateProjectServiceAccountApiKeyBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "scopes" => self.scopes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateProjectServiceAccountApiKeyBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateProjectServiceAccountApiKeyBody {
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

    /// Sets `scopes`.
    #[must_use]
    pub fn scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.scopes = Some(value.into());
        self
    }
}

/// Body of `POST /organization/projects/{project_id}/groups`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InviteProjectGroupBody {
    /// Id of the group to let in.
    pub group_id: String,
    /// Id of the project role the group receives.
    pub role: String,
}

impl Serialize for InviteProjectGroupBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("group_id", &self.group_id)?;
        map.serialize_entry("role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for InviteProjectGroupBody {
    const EXPECTING: &'static str = "an `InviteProjectGroupBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "group_id" => self.group_id = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for InviteProjectGroupBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl InviteProjectGroupBody {
    /// Creates a value from its required fields (`group_id`, `role`); the rest start unset.
    #[must_use]
    pub fn new(group_id: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            role: role.into(),
        }
    }

    /// Sets `group_id`.
    #[must_use]
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = value.into();
        self
    }
}

/// Query and header parameters of `ListProjectApiKeys`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectApiKeysParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Filter on whether each key's owner can still reach the project:
    /// `active`, `inactive`, or `any` for every enabled key. When omitted,
    /// the usual membership rules decide which keys show up, and some
    /// enabled keys may be hidden.
    pub owner_project_access: Option<ListProjectApiKeysOwnerProjectAccess>,
}

impl ListProjectApiKeysParams {
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

    /// Sets `owner_project_access`.
    #[must_use]
    pub fn owner_project_access(
        mut self,
        value: impl Into<ListProjectApiKeysOwnerProjectAccess>,
    ) -> Self {
        self.owner_project_access = Some(value.into());
        self
    }
}

/// The `owner_project_access` query parameter of `GET /organization/projects/{project_id}/api_keys`.
#[derive(Debug, Clone)]
pub enum ListProjectApiKeysOwnerProjectAccess {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `any`
    Any,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ListProjectApiKeysOwnerProjectAccess {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ListProjectApiKeysOwnerProjectAccess {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Any => "any",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ListProjectApiKeysOwnerProjectAccess {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "any" => Self::Any,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ListProjectApiKeysOwnerProjectAccess);

/// Query and header parameters of `ListProjectCertificates`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectCertificatesParams {
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

impl ListProjectCertificatesParams {
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

/// A page of certificates as seen from one project.
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectCertificatesResponse {
    /// The certificates on this page.
    pub data: Vec<OrganizationProjectCertificate>,
    /// Id of the first certificate on the page.
    pub first_id: Option<String>,
    /// Id of the last certificate on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more certificates follow.
    pub has_more: bool,
    /// Always `list`.
    pub object: String,
}

impl Default for ListProjectCertificatesResponse {
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

impl Serialize for ListProjectCertificatesResponse {
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

impl codec::ObjectFields for ListProjectCertificatesResponse {
    const EXPECTING: &'static str = "a `ListProjectCertificatesResponse` object";
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

impl<'de> Deserialize<'de> for ListProjectCertificatesResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListProjectCertificatesResponse {
    type Item = OrganizationProjectCertificate;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<OrganizationProjectCertificate> {
        self.data
    }
}

/// A certificate as seen from one project, with whether it is active there.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationProjectCertificate {
    /// Always `organization.project.certificate`.
    pub object: String,
    /// Certificate id (`cert_...`).
    pub id: String,
    /// Name given to the certificate.
    pub name: Option<String>,
    /// Upload time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Validity window.
    pub certificate_details: CertificateValidity,
    /// Whether the certificate is switched on for the project.
    pub active: bool,
}

impl Default for OrganizationProjectCertificate {
    fn default() -> Self {
        Self {
            object: "organization.project.certificate".to_owned(),
            id: Default::default(),
            name: Default::default(),
            created_at: Default::default(),
            certificate_details: Default::default(),
            active: Default::default(),
        }
    }
}

impl Serialize for OrganizationProjectCertificate {
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

impl codec::ObjectFields for OrganizationProjectCertificate {
    const EXPECTING: &'static str = "an `OrganizationProjectCertificate` object";
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

impl<'de> Deserialize<'de> for OrganizationProjectCertificate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListProjectGroupRoleAssignments`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectGroupRoleAssignmentsParams {
    /// Page size, from 0 to 1,000.
    pub limit: Option<i64>,
    /// Pagination cursor; the `next` value of the previous page.
    pub after: Option<String>,
    /// Sort order of the assignments, `asc` or `desc`.
    pub order: Option<SortOrder>,
}

impl ListProjectGroupRoleAssignmentsParams {
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

/// Query and header parameters of `ListProjectGroups`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectGroupsParams {
    /// Page size, from 0 to 100; 20 when omitted.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last group of the previous page.
    pub after: Option<String>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
}

impl ListProjectGroupsParams {
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

/// Query and header parameters of `ListProjectRateLimits`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectRateLimitsParams {
    /// Page size; 100 when omitted.
    ///
    /// Defaults to `100` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Pagination cursor; the id of the first object of the next page, for paging backwards.
    pub before: Option<String>,
}

impl ListProjectRateLimitsParams {
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

    /// Sets `before`.
    #[must_use]
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}

/// Query and header parameters of `ListProjectRoles`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectRolesParams {
    /// Page size, from 0 to 1,000; 1,000 when omitted.
    ///
    /// Defaults to `1000` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the `next` value of the previous page.
    pub after: Option<String>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
}

impl ListProjectRolesParams {
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

/// Query and header parameters of `ListProjectServiceAccounts`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectServiceAccountsParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
}

impl ListProjectServiceAccountsParams {
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
}

/// Query and header parameters of `ListProjectSpendAlerts`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectSpendAlertsParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Pagination cursor; the id of the first object of the next page, for paging backwards.
    pub before: Option<String>,
}

impl ListProjectSpendAlertsParams {
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

    /// Sets `order`.
    #[must_use]
    pub fn order(mut self, value: impl Into<SortOrder>) -> Self {
        self.order = Some(value.into());
        self
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `before`.
    #[must_use]
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}

/// Query and header parameters of `ListProjectUserRoleAssignments`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectUserRoleAssignmentsParams {
    /// Page size, from 0 to 1,000.
    pub limit: Option<i64>,
    /// Pagination cursor; the `next` value of the previous page.
    pub after: Option<String>,
    /// Sort order of the assignments, `asc` or `desc`.
    pub order: Option<SortOrder>,
}

impl ListProjectUserRoleAssignmentsParams {
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

/// Query and header parameters of `ListProjectUsers`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectUsersParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
}

impl ListProjectUsersParams {
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
}

/// Query and header parameters of `ListProjects`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProjectsParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Also return projects whose status is `archived`.
    ///
    /// Defaults to `false` when unset.
    pub include_archived: Option<bool>,
}

impl ListProjectsParams {
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

    /// Sets `include_archived`.
    #[must_use]
    pub fn include_archived(mut self, value: impl Into<bool>) -> Self {
        self.include_archived = Some(value.into());
        self
    }
}

/// Result of activating certificates for a project.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationProjectCertificateActivationResponse {
    /// Always `organization.project.certificate.activation`.
    pub object: String,
    /// The certificates named in the request, in their new state.
    pub data: Vec<OrganizationProjectCertificate>,
}

impl Default for OrganizationProjectCertificateActivationResponse {
    fn default() -> Self {
        Self {
            object: "organization.project.certificate.activation".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for OrganizationProjectCertificateActivationResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for OrganizationProjectCertificateActivationResponse {
    const EXPECTING: &'static str = "an `OrganizationProjectCertificateActivationResponse` object";
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

impl<'de> Deserialize<'de> for OrganizationProjectCertificateActivationResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Result of deactivating certificates for a project.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationProjectCertificateDeactivationResponse {
    /// Always `organization.project.certificate.deactivation`.
    pub object: String,
    /// The certificates named in the request, in their new state.
    pub data: Vec<OrganizationProjectCertificate>,
}

impl Default for OrganizationProjectCertificateDeactivationResponse {
    fn default() -> Self {
        Self {
            object: "organization.project.certificate.deactivation".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for OrganizationProjectCertificateDeactivationResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for OrganizationProjectCertificateDeactivationResponse {
    const EXPECTING: &'static str = "an `OrganizationProjectCertificateDeactivationResponse` object";
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

impl<'de> Deserialize<'de> for OrganizationProjectCertificateDeactivationResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirmation that a project API key was revoked.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectApiKeyDeleteResponse {
    /// Always `organization.project.api_key.deleted`.
    pub object: String,
    /// Id of the revoked key.
    pub id: String,
    /// Whether it was revoked.
    pub deleted: bool,
}

impl Default for ProjectApiKeyDeleteResponse {
    fn default() -> Self {
        Self {
            object: "organization.project.api_key.deleted".to_owned(),
            id: Default::default(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ProjectApiKeyDeleteResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectApiKeyDeleteResponse {
    const EXPECTING: &'static str = "a `ProjectApiKeyDeleteResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectApiKeyDeleteResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of project API keys.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectApiKeyListResponse {
    /// Always `list`.
    pub object: String,
    /// The keys on this page.
    pub data: Vec<ProjectApiKey>,
    /// Id of the first key on the page.
    pub first_id: Option<String>,
    /// Id of the last key on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more keys follow.
    pub has_more: bool,
}

impl Default for ProjectApiKeyListResponse {
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

impl Serialize for ProjectApiKeyListResponse {
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

impl codec::ObjectFields for ProjectApiKeyListResponse {
    const EXPECTING: &'static str = "a `ProjectApiKeyListResponse` object";
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

impl<'de> Deserialize<'de> for ProjectApiKeyListResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ProjectApiKeyListResponse {
    type Item = ProjectApiKey;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<ProjectApiKey> {
        self.data
    }
}

/// An API key scoped to one project, owned by a user or a service account; the secret is never shown here.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectApiKey {
    /// Always `organization.project.api_key`.
    pub object: String,
    /// The key with most characters masked, e.g. `sk-abc...def`.
    pub redacted_value: String,
    /// Name given to the key.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Time of the key's most recent use, in seconds since the Unix epoch; `null` if never used.
    pub last_used_at: Option<i64>,
    /// Key id (`key_...`).
    pub id: String,
    /// Whether the owner can currently reach the project (`active`) or not (`inactive`).
    pub owner_project_access: ProjectApiKeyOwnerProjectAccess,
    /// Who the key belongs to.
    pub owner: ProjectApiKeyOwner,
}

impl Default for ProjectApiKey {
    fn default() -> Self {
        Self {
            object: "organization.project.api_key".to_owned(),
            redacted_value: Default::default(),
            name: Default::default(),
            created_at: Default::default(),
            last_used_at: Default::default(),
            id: Default::default(),
            owner_project_access: Default::default(),
            owner: Default::default(),
        }
    }
}

impl Serialize for ProjectApiKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("redacted_value", &self.redacted_value)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("last_used_at", &self.last_used_at)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("owner_project_access", &self.owner_project_access)?;
        map.serialize_entry("owner", &self.owner)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectApiKey {
    const EXPECTING: &'static str = "a `ProjectApiKey` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "redacted_value" => {
                self.redacted_value = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "last_used_at" => self.last_used_at = map.next_value()?,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "owner_project_access" => {
                self.owner_project_access = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "owner" => self.owner = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectApiKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Whether the owner can currently reach the project (`active`) or not (`inactive`).
#[derive(Debug, Clone)]
pub enum ProjectApiKeyOwnerProjectAccess {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ProjectApiKeyOwnerProjectAccess {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ProjectApiKeyOwnerProjectAccess {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ProjectApiKeyOwnerProjectAccess {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ProjectApiKeyOwnerProjectAccess);

/// The owner of a project API key; `type` says which of `user` and `service_account` is filled in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectApiKeyOwner {
    /// Kind of owner.
    pub r#type: Option<ProjectApiKeyOwnerType>,
    /// The owning user, when `type` is `user`.
    pub user: Option<ProjectApiKeyOwnerUser>,
    /// The owning service account, when `type` is `service_account`.
    pub service_account: Option<ProjectApiKeyOwnerServiceAccount>,
}

impl Serialize for ProjectApiKeyOwner {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        codec::optional_entry(&mut map, "service_account", &self.service_account)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectApiKeyOwner {
    const EXPECTING: &'static str = "a `ProjectApiKeyOwner` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "user" => self.user = map.next_value()?,
            "service_account" => self.service_account = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectApiKeyOwner {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Kind of owner.
#[derive(Debug, Clone)]
pub enum ProjectApiKeyOwnerType {
    /// `user`
    User,
    /// `service_account`
    ServiceAccount,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ProjectApiKeyOwnerType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ProjectApiKeyOwnerType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::ServiceAccount => "service_account",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ProjectApiKeyOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "service_account" => Self::ServiceAccount,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ProjectApiKeyOwnerType);

/// A person to whom a project API key belongs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectApiKeyOwnerUser {
    /// User id.
    pub id: String,
    /// Email address of the user.
    pub email: String,
    /// Full name of the user.
    pub name: String,
    /// Time the user account was created, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Role the user holds in the project.
    pub role: String,
}

impl Serialize for ProjectApiKeyOwnerUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectApiKeyOwnerUser {
    const EXPECTING: &'static str = "a `ProjectApiKeyOwnerUser` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "email" => self.email = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectApiKeyOwnerUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A bot identity to which a project API key belongs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectApiKeyOwnerServiceAccount {
    /// Service account id.
    pub id: String,
    /// Name of the service account.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Role the service account holds in the project.
    pub role: String,
}

impl Serialize for ProjectApiKeyOwnerServiceAccount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectApiKeyOwnerServiceAccount {
    const EXPECTING: &'static str = "a `ProjectApiKeyOwnerServiceAccount` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectApiKeyOwnerServiceAccount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/projects`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectCreateRequest {
    /// Display name, shown in usage reports.
    pub name: String,
    /// Data residency region to create the project in; the organization
    /// must have been granted that region.
    pub residency: Option<PublicProjectResidency>,
    /// Id of a customer-managed encryption key to tie to the project.
    pub external_key_id: Option<String>,
}

impl Serialize for ProjectCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "residency", &self.residency)?;
        codec::optional_entry(&mut map, "external_key_id", &self.external_key_id)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectCreateRequest {
    const EXPECTING: &'static str = "a `ProjectCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "residency" => self.residency = map.next_value()?,
            "external_key_id" => self.external_key_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ProjectCreateRequest {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `residency`.
    #[must_use]
    pub fn residency(mut self, value: impl Into<PublicProjectResidency>) -> Self {
        self.residency = Some(value.into());
        self
    }

    /// Sets `external_key_id`.
    #[must_use]
    pub fn external_key_id(mut self, value: impl Into<String>) -> Self {
        self.external_key_id = Some(value.into());
        self
    }
}

/// Data residency region of a project (where its data is stored, and for some regions processed).
#[derive(Debug, Clone)]
pub enum PublicProjectResidency {
    /// `GLOBAL`
    Global,
    /// `US_STORAGE_PROCESSING`
    UsStorageProcessing,
    /// `EU_STORAGE_PROCESSING`
    EuStorageProcessing,
    /// `JP_STORAGE`
    JpStorage,
    /// `KR_STORAGE`
    KrStorage,
    /// `CA_STORAGE`
    CaStorage,
    /// `SG_STORAGE`
    SgStorage,
    /// `IN_STORAGE`
    InStorage,
    /// `AU_STORAGE`
    AuStorage,
    /// `GB_STORAGE`
    GbStorage,
    /// `AE_STORAGE`
    AeStorage,
    /// `AE_STORAGE_PROCESSING`
    AeStorageProcessing,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for PublicProjectResidency {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl PublicProjectResidency {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "GLOBAL",
            Self::UsStorageProcessing => "US_STORAGE_PROCESSING",
            Self::EuStorageProcessing => "EU_STORAGE_PROCESSING",
            Self::JpStorage => "JP_STORAGE",
            Self::KrStorage => "KR_STORAGE",
            Self::CaStorage => "CA_STORAGE",
            Self::SgStorage => "SG_STORAGE",
            Self::InStorage => "IN_STORAGE",
            Self::AuStorage => "AU_STORAGE",
            Self::GbStorage => "GB_STORAGE",
            Self::AeStorage => "AE_STORAGE",
            Self::AeStorageProcessing => "AE_STORAGE_PROCESSING",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for PublicProjectResidency {
    fn from(value: &str) -> Self {
        match value {
            "GLOBAL" => Self::Global,
            "US_STORAGE_PROCESSING" => Self::UsStorageProcessing,
            "EU_STORAGE_PROCESSING" => Self::EuStorageProcessing,
            "JP_STORAGE" => Self::JpStorage,
            "KR_STORAGE" => Self::KrStorage,
            "CA_STORAGE" => Self::CaStorage,
            "SG_STORAGE" => Self::SgStorage,
            "IN_STORAGE" => Self::InStorage,
            "AU_STORAGE" => Self::AuStorage,
            "GB_STORAGE" => Self::GbStorage,
            "AE_STORAGE" => Self::AeStorage,
            "AE_STORAGE_PROCESSING" => Self::AeStorageProcessing,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(PublicProjectResidency);

/// The data retention regime of one project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectDataRetention {
    /// Always `project.data_retention`.
    pub object: String,
    /// The regime in force.
    pub r#type: ProjectDataRetentionType,
}

impl Default for ProjectDataRetention {
    fn default() -> Self {
        Self {
            object: "project.data_retention".to_owned(),
            r#type: Default::default(),
        }
    }
}

impl Serialize for ProjectDataRetention {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectDataRetention {
    const EXPECTING: &'static str = "a `ProjectDataRetention` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectDataRetention {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Retention regime of a project: `organization_default` follows the
/// organization, `none` applies no special regime, the others as for
/// organizations.
#[derive(Debug, Clone)]
pub enum ProjectDataRetentionType {
    /// `organization_default`
    OrganizationDefault,
    /// `none`
    None,
    /// `zero_data_retention`
    ZeroDataRetention,
    /// `modified_abuse_monitoring`
    ModifiedAbuseMonitoring,
    /// `enhanced_zero_data_retention`
    EnhancedZeroDataRetention,
    /// `enhanced_modified_abuse_monitoring`
    EnhancedModifiedAbuseMonitoring,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ProjectDataRetentionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ProjectDataRetentionType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationDefault => "organization_default",
            Self::None => "none",
            Self::ZeroDataRetention => "zero_data_retention",
            Self::ModifiedAbuseMonitoring => "modified_abuse_monitoring",
            Self::EnhancedZeroDataRetention => "enhanced_zero_data_retention",
            Self::EnhancedModifiedAbuseMonitoring => "enhanced_modified_abuse_monitoring",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ProjectDataRetentionType {
    fn from(value: &str) -> Self {
        match value {
            "organization_default" => Self::OrganizationDefault,
            "none" => Self::None,
            "zero_data_retention" => Self::ZeroDataRetention,
            "modified_abuse_monitoring" => Self::ModifiedAbuseMonitoring,
            "enhanced_zero_data_retention" => Self::EnhancedZeroDataRetention,
            "enhanced_modified_abuse_monitoring" => Self::EnhancedModifiedAbuseMonitoring,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ProjectDataRetentionType);

/// Confirmation that a group lost its access to a project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectGroupDeletedResource {
    /// Always `project.group.deleted`.
    pub object: String,
    /// Whether the access ended.
    pub deleted: bool,
}

impl Default for ProjectGroupDeletedResource {
    fn default() -> Self {
        Self {
            object: "project.group.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ProjectGroupDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectGroupDeletedResource {
    const EXPECTING: &'static str = "a `ProjectGroupDeletedResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectGroupDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of groups with access to a project; the following page is fetched with `next` as `after`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectGroupListResource {
    /// Always `list`.
    pub object: String,
    /// The project groups on this page.
    pub data: Vec<ProjectGroup>,
    /// Whether more project groups follow.
    pub has_more: bool,
    /// Cursor of the following page; `null` on the last one.
    pub next: Option<String>,
}

impl Default for ProjectGroupListResource {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
            next: Default::default(),
        }
    }
}

impl Serialize for ProjectGroupListResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("has_more", &self.has_more)?;
        map.serialize_entry("next", &self.next)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectGroupListResource {
    const EXPECTING: &'static str = "a `ProjectGroupListResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            "next" => self.next = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectGroupListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ProjectGroupListResource {
    type Item = ProjectGroup;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.next.clone()
    }

    fn into_items(self) -> Vec<ProjectGroup> {
        self.data
    }
}

/// A group's access to a project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectGroup {
    /// Always `project.group`.
    pub object: String,
    /// Project id.
    pub project_id: String,
    /// Id of the group that has access.
    pub group_id: String,
    /// Display name of the group.
    pub group_name: String,
    /// Kind of group.
    pub group_type: GroupType,
    /// Time access was granted, in seconds since the Unix epoch.
    pub created_at: i64,
}

impl Default for ProjectGroup {
    fn default() -> Self {
        Self {
            object: "project.group".to_owned(),
            project_id: Default::default(),
            group_id: Default::default(),
            group_name: Default::default(),
            group_type: Default::default(),
            created_at: Default::default(),
        }
    }
}

impl Serialize for ProjectGroup {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("project_id", &self.project_id)?;
        map.serialize_entry("group_id", &self.group_id)?;
        map.serialize_entry("group_name", &self.group_name)?;
        map.serialize_entry("group_type", &self.group_type)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectGroup {
    const EXPECTING: &'static str = "a `ProjectGroup` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "project_id" => self.project_id = map.next_value::<codec::Lenient<_>>()?.0,
            "group_id" => self.group_id = map.next_value::<codec::Lenient<_>>()?.0,
            "group_name" => self.group_name = map.next_value::<codec::Lenient<_>>()?.0,
            "group_type" => self.group_type = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectGroup {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Which platform-run tools a project's requests may use.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectHostedToolPermissions {
    /// The file search tool.
    pub file_search: HostedToolPermission,
    /// The web search tool.
    pub web_search: HostedToolPermission,
    /// The image generation tool.
    pub image_generation: HostedToolPermission,
    /// Remote MCP servers.
    pub mcp: HostedToolPermission,
    /// The code interpreter tool.
    pub code_interpreter: HostedToolPermission,
}

impl Serialize for ProjectHostedToolPermissions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("file_search", &self.file_search)?;
        map.serialize_entry("web_search", &self.web_search)?;
        map.serialize_entry("image_generation", &self.image_generation)?;
        map.serialize_entry("mcp", &self.mcp)?;
        map.serialize_entry("code_interpreter", &self.code_interpreter)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectHostedToolPermissions {
    const EXPECTING: &'static str = "a `ProjectHostedToolPermissions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_search" => self.file_search = map.next_value::<codec::Lenient<_>>()?.0,
            "web_search" => self.web_search = map.next_value::<codec::Lenient<_>>()?.0,
            "image_generation" => {
                self.image_generation = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "mcp" => self.mcp = map.next_value::<codec::Lenient<_>>()?.0,
            "code_interpreter" => {
                self.code_interpreter = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectHostedToolPermissions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Whether one hosted tool is allowed in a project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HostedToolPermission {
    /// Whether requests of the project may use the tool.
    pub enabled: bool,
}

impl Serialize for HostedToolPermission {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("enabled", &self.enabled)?;
        map.end()
    }
}

impl codec::ObjectFields for HostedToolPermission {
    const EXPECTING: &'static str = "a `HostedToolPermission` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for HostedToolPermission {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/projects/{project_id}/hosted_tool_permissions`; only the tools given change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectHostedToolPermissionsUpdateRequest {
    /// New state of the file search tool.
    pub file_search: Option<HostedToolPermissionUpdate>,
    /// New state of the web search tool.
    pub web_search: Option<HostedToolPermissionUpdate>,
    /// New state of the image generation tool.
    pub image_generation: Option<HostedToolPermissionUpdate>,
    /// New state of remote MCP servers.
    pub mcp: Option<HostedToolPermissionUpdate>,
    /// New state of the code interpreter tool.
    pub code_interpreter: Option<HostedToolPermissionUpdate>,
}

impl Serialize for ProjectHostedToolPermissionsUpdateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "file_search", &self.file_search)?;
        codec::optional_entry(&mut map, "web_search", &self.web_search)?;
        codec::optional_entry(&mut map, "image_generation", &self.image_generation)?;
        codec::optional_entry(&mut map, "mcp", &self.mcp)?;
        codec::optional_entry(&mut map, "code_interpreter", &self.code_interpreter)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectHostedToolPermissionsUpdateRequest {
    const EXPECTING: &'static str = "a `ProjectHostedToolPermissionsUpdateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "file_search" => self.file_search = map.next_value()?,
            "web_search" => self.web_search = map.next_value()?,
            "image_generation" => self.image_generation = map.next_value()?,
            "mcp" => self.mcp = map.next_value()?,
            "code_interpreter" => self.code_interpreter = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectHostedToolPermissionsUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ProjectHostedToolPermissionsUpdateRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `file_search`.
    #[must_use]
    pub fn file_search(mut self, value: impl Into<HostedToolPermissionUpdate>) -> Self {
        self.file_search = Some(value.into());
        self
    }

    /// Sets `web_search`.
    #[must_use]
    pub fn web_search(mut self, value: impl Into<HostedToolPermissionUpdate>) -> Self {
        self.web_search = Some(value.into());
        self
    }

    /// Sets `image_generation`.
    #[must_use]
    pub fn image_generation(
        mut self,
        value: impl Into<HostedToolPermissionUpdate>,
    ) -> Self {
        self.image_generation = Some(value.into());
        self
    }

    /// Sets `mcp`.
    #[must_use]
    pub fn mcp(mut self, value: impl Into<HostedToolPermissionUpdate>) -> Self {
        self.mcp = Some(value.into());
        self
    }

    /// Sets `code_interpreter`.
    #[must_use]
    pub fn code_interpreter(
        mut self,
        value: impl Into<HostedToolPermissionUpdate>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
}

/// The new state of one hosted tool in a project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HostedToolPermissionUpdate {
    /// Allow (`true`) or forbid (`false`) the tool.
    pub enabled: bool,
}

impl Serialize for HostedToolPermissionUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("enabled", &self.enabled)?;
        map.end()
    }
}

impl codec::ObjectFields for HostedToolPermissionUpdate {
    const EXPECTING: &'static str = "a `HostedToolPermissionUpdate` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for HostedToolPermissionUpdate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl HostedToolPermissionUpdate {
    /// Creates a value from its required fields (`enabled`); the rest start unset.
    #[must_use]
    pub fn new(enabled: impl Into<bool>) -> Self {
        Self { enabled: enabled.into() }
    }

    /// Sets `enabled`.
    #[must_use]
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = value.into();
        self
    }
}

/// A page of projects.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectListResponse {
    /// Always `list`.
    pub object: String,
    /// The projects on this page.
    pub data: Vec<Project>,
    /// Id of the first project on the page.
    pub first_id: Option<String>,
    /// Id of the last project on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more projects follow.
    pub has_more: bool,
}

impl Default for ProjectListResponse {
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

impl Serialize for ProjectListResponse {
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

impl codec::ObjectFields for ProjectListResponse {
    const EXPECTING: &'static str = "a `ProjectListResponse` object";
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

impl<'de> Deserialize<'de> for ProjectListResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ProjectListResponse {
    type Item = Project;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<Project> {
        self.data
    }
}

/// A project of the organization, the unit that API keys, members, limits and usage belong to.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// Project id (`proj_...`).
    pub id: String,
    /// Always `organization.project`.
    pub object: String,
    /// Display name, shown in usage reports.
    pub name: Option<String>,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Time the project was archived, in seconds since the Unix epoch; `null` while it is active.
    pub archived_at: Option<i64>,
    /// Lifecycle state: `active` or `archived`.
    pub status: Option<String>,
    /// Id of the customer-managed encryption key tied to the project, if any.
    pub external_key_id: Option<String>,
    /// Region where the project's data is stored and processed.
    pub residency: Option<PublicProjectResidency>,
}

impl Default for Project {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "organization.project".to_owned(),
            name: Default::default(),
            created_at: Default::default(),
            archived_at: Default::default(),
            status: Default::default(),
            external_key_id: Default::default(),
            residency: Default::default(),
        }
    }
}

impl Serialize for Project {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        codec::optional_entry(&mut map, "archived_at", &self.archived_at)?;
        codec::optional_entry(&mut map, "status", &self.status)?;
        codec::optional_entry(&mut map, "external_key_id", &self.external_key_id)?;
        codec::optional_entry(&mut map, "residency", &self.residency)?;
        map.end()
    }
}

impl codec::ObjectFields for Project {
    const EXPECTING: &'static str = "a `Project` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "archived_at" => self.archived_at = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "external_key_id" => self.external_key_id = map.next_value()?,
            "residency" => self.residency = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Project {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The model policy of a project, a list of model ids that are either the only ones allowed or the ones refused.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectModelPermissions {
    /// Always `project.model_permissions`.
    pub object: String,
    /// How `model_ids` is applied.
    pub mode: ProjectModelPermissionsMode,
    /// Model ids the policy names.
    pub model_ids: Vec<String>,
}

impl Default for ProjectModelPermissions {
    fn default() -> Self {
        Self {
            object: "project.model_permissions".to_owned(),
            mode: Default::default(),
            model_ids: Default::default(),
        }
    }
}

impl Serialize for ProjectModelPermissions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("mode", &self.mode)?;
        map.serialize_entry("model_ids", &self.model_ids)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectModelPermissions {
    const EXPECTING: &'static str = "a `ProjectModelPermissions` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "mode" => self.mode = map.next_value::<codec::Lenient<_>>()?.0,
            "model_ids" => self.model_ids = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectModelPermissions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// How a project's model list is read, `allow_list` (only these models) or `deny_list` (all but these).
#[derive(Debug, Clone)]
pub enum ProjectModelPermissionsMode {
    /// `allow_list`
    AllowList,
    /// `deny_list`
    DenyList,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ProjectModelPermissionsMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ProjectModelPermissionsMode {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllowList => "allow_list",
            Self::DenyList => "deny_list",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ProjectModelPermissionsMode {
    fn from(value: &str) -> Self {
        match value {
            "allow_list" => Self::AllowList,
            "deny_list" => Self::DenyList,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ProjectModelPermissionsMode);

/// Confirmation that a project's model policy was removed.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectModelPermissionsDeleteResponse {
    /// Always `project.model_permissions.deleted`.
    pub object: String,
    /// Whether the policy was removed.
    pub deleted: bool,
}

impl Default for ProjectModelPermissionsDeleteResponse {
    fn default() -> Self {
        Self {
            object: "project.model_permissions.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ProjectModelPermissionsDeleteResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectModelPermissionsDeleteResponse {
    const EXPECTING: &'static str = "a `ProjectModelPermissionsDeleteResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectModelPermissionsDeleteResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/projects/{project_id}/model_permissions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectModelPermissionsUpdateRequest {
    /// How `model_ids` is to be applied.
    pub mode: ProjectModelPermissionsMode,
    /// Model ids the policy names.
    pub model_ids: Vec<String>,
}

impl Serialize for ProjectModelPermissionsUpdateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("mode", &self.mode)?;
        map.serialize_entry("model_ids", &self.model_ids)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectModelPermissionsUpdateRequest {
    const EXPECTING: &'static str = "a `ProjectModelPermissionsUpdateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "mode" => self.mode = map.next_value::<codec::Lenient<_>>()?.0,
            "model_ids" => self.model_ids = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectModelPermissionsUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ProjectModelPermissionsUpdateRequest {
    /// Creates a value from its required fields (`mode`, `model_ids`); the rest start unset.
    #[must_use]
    pub fn new(
        mode: impl Into<ProjectModelPermissionsMode>,
        model_ids: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            mode: mode.into(),
            model_ids: model_ids.into(),
        }
    }

    /// Sets `mode`.
    #[must_use]
    pub fn mode(mut self, value: impl Into<ProjectModelPermissionsMode>) -> Self {
        self.mode = value.into();
        self
    }

    /// Sets `model_ids`.
    #[must_use]
    pub fn model_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.model_ids = value.into();
        self
    }
}

/// A page of per-model rate limits of a project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectRateLimitListResponse {
    /// Always `list`.
    pub object: String,
    /// The rate limits on this page.
    pub data: Vec<ProjectRateLimit>,
    /// Id of the first rate limit on the page.
    pub first_id: Option<String>,
    /// Id of the last rate limit on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more rate limits follow.
    pub has_more: bool,
}

impl Default for ProjectRateLimitListResponse {
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

impl Serialize for ProjectRateLimitListResponse {
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

impl codec::ObjectFields for ProjectRateLimitListResponse {
    const EXPECTING: &'static str = "a `ProjectRateLimitListResponse` object";
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

impl<'de> Deserialize<'de> for ProjectRateLimitListResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ProjectRateLimitListResponse {
    type Item = ProjectRateLimit;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<ProjectRateLimit> {
        self.data
    }
}

/// The ceilings that apply to one model inside a project. The image, audio,
/// daily-request and batch fields only appear for models they concern.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectRateLimit {
    /// Always `project.rate_limit`.
    pub object: String,
    /// Rate limit id (`rl-...`).
    pub id: String,
    /// Model the ceilings apply to.
    pub model: String,
    /// Requests allowed per minute.
    pub max_requests_per_1_minute: i64,
    /// Tokens allowed per minute.
    pub max_tokens_per_1_minute: i64,
    /// Images allowed per minute.
    pub max_images_per_1_minute: Option<i64>,
    /// Megabytes of audio allowed per minute.
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// Requests allowed per day.
    pub max_requests_per_1_day: Option<i64>,
    /// Input tokens that batches may queue per day.
    pub batch_1_day_max_input_tokens: Option<i64>,
}

impl Default for ProjectRateLimit {
    fn default() -> Self {
        Self {
            object: "project.rate_limit".to_owned(),
            id: Default::default(),
            model: Default::default(),
            max_requests_per_1_minute: Default::default(),
            max_tokens_per_1_minute: Default::default(),
            max_images_per_1_minute: Default::default(),
            max_audio_megabytes_per_1_minute: Default::default(),
            max_requests_per_1_day: Default::default(),
            batch_1_day_max_input_tokens: Default::default(),
        }
    }
}

impl Serialize for ProjectRateLimit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("model", &self.model)?;
        map.serialize_entry(
            "max_requests_per_1_minute",
            &self.max_requests_per_1_minute,
        )?;
        map.serialize_entry("max_tokens_per_1_minute", &self.max_tokens_per_1_minute)?;
        codec::optional_entry(
            &mut map,
            "max_images_per_1_minute",
            &self.max_images_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_audio_megabytes_per_1_minute",
            &self.max_audio_megabytes_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_requests_per_1_day",
            &self.max_requests_per_1_day,
        )?;
        codec::optional_entry(
            &mut map,
            "batch_1_day_max_input_tokens",
            &self.batch_1_day_max_input_tokens,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectRateLimit {
    const EXPECTING: &'static str = "a `ProjectRateLimit` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "model" => self.model = map.next_value::<codec::Lenient<_>>()?.0,
            "max_requests_per_1_minute" => {
                self.max_requests_per_1_minute = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "max_tokens_per_1_minute" => {
                self.max_tokens_per_1_minute = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "max_images_per_1_minute" => self.max_images_per_1_minute = map.next_value()?,
            "max_audio_megabytes_per_1_minute" => {
                self.max_audio_megabytes_per_1_minute = map.next_value()?;
            }
            "max_requests_per_1_day" => self.max_requests_per_1_day = map.next_value()?,
            "batch_1_day_max_input_tokens" => {
                self.batch_1_day_max_input_tokens = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectRateLimit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}`; only the ceilings sent change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectRateLimitUpdateRequest {
    /// New per-minute request ceiling.
    pub max_requests_per_1_minute: Option<i64>,
    /// New per-minute token ceiling.
    pub max_tokens_per_1_minute: Option<i64>,
    /// New per-minute image ceiling (image models).
    pub max_images_per_1_minute: Option<i64>,
    /// New per-minute audio ceiling in megabytes (audio models).
    pub max_audio_megabytes_per_1_minute: Option<i64>,
    /// New daily request ceiling (models that have one).
    pub max_requests_per_1_day: Option<i64>,
    /// New daily ceiling on batch input tokens (models that have one).
    pub batch_1_day_max_input_tokens: Option<i64>,
}

impl Serialize for ProjectRateLimitUpdateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(
            &mut map,
            "max_requests_per_1_minute",
            &self.max_requests_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_tokens_per_1_minute",
            &self.max_tokens_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_images_per_1_minute",
            &self.max_images_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_audio_megabytes_per_1_minute",
            &self.max_audio_megabytes_per_1_minute,
        )?;
        codec::optional_entry(
            &mut map,
            "max_requests_per_1_day",
            &self.max_requests_per_1_day,
        )?;
        codec::optional_entry(
            &mut map,
            "batch_1_day_max_input_tokens",
            &self.batch_1_day_max_input_tokens,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectRateLimitUpdateRequest {
    const EXPECTING: &'static str = "a `ProjectRateLimitUpdateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "max_requests_per_1_minute" => {
                self.max_requests_per_1_minute = map.next_value()?;
            }
            "max_tokens_per_1_minute" => self.max_tokens_per_1_minute = map.next_value()?,
            "max_images_per_1_minute" => self.max_images_per_1_minute = map.next_value()?,
            "max_audio_megabytes_per_1_minute" => {
                self.max_audio_megabytes_per_1_minute = map.next_value()?;
            }
            "max_requests_per_1_day" => self.max_requests_per_1_day = map.next_value()?,
            "batch_1_day_max_input_tokens" => {
                self.batch_1_day_max_input_tokens = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectRateLimitUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ProjectRateLimitUpdateRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `max_requests_per_1_minute`.
    #[must_use]
    pub fn max_requests_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_minute = Some(value.into());
        self
    }

    /// Sets `max_tokens_per_1_minute`.
    #[must_use]
    pub fn max_tokens_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_tokens_per_1_minute = Some(value.into());
        self
    }

    /// Sets `max_images_per_1_minute`.
    #[must_use]
    pub fn max_images_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_images_per_1_minute = Some(value.into());
        self
    }

    /// Sets `max_audio_megabytes_per_1_minute`.
    #[must_use]
    pub fn max_audio_megabytes_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_audio_megabytes_per_1_minute = Some(value.into());
        self
    }

    /// Sets `max_requests_per_1_day`.
    #[must_use]
    pub fn max_requests_per_1_day(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_day = Some(value.into());
        self
    }

    /// Sets `batch_1_day_max_input_tokens`.
    #[must_use]
    pub fn batch_1_day_max_input_tokens(mut self, value: impl Into<i64>) -> Self {
        self.batch_1_day_max_input_tokens = Some(value.into());
        self
    }
}

/// Body of `POST /organization/projects/{project_id}/service_accounts`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectServiceAccountCreateRequest {
    /// Name of the new service account.
    pub name: String,
    /// When `true`, create the account bare, with no default role and no API key.
    pub create_service_account_only: Option<bool>,
}

impl Serialize for ProjectServiceAccountCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(
            &mut map,
            "create_service_account_only",
            &self.create_service_account_only,
        )?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectServiceAccountCreateRequest {
    const EXPECTING: &'static str = "a `ProjectServiceAccountCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "create_service_account_only" => {
                self.create_service_account_only = map.next_value()?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectServiceAccountCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ProjectServiceAccountCreateRequest {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `create_service_account_only`.
    #[must_use]
    pub fn create_service_account_only(mut self, value: impl Into<bool>) -> Self {
        self.create_service_account_only = Some(value.into());
        self
    }
}

/// A newly created service account, with its first API key unless it was created bare.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectServiceAccountCreateResponse {
    /// Always `organization.project.service_account`.
    pub object: String,
    /// Service account id (`svc_acct_...`).
    pub id: String,
    /// Name of the service account.
    pub name: String,
    /// `member` for an account that joined the project normally, `none` for one made with `create_service_account_only`.
    pub role: ProjectServiceAccountCreateResponseRole,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// The account's first API key, secret included; `null` when no key was made.
    pub api_key: Option<ProjectServiceAccountApiKey>,
}

impl Default for ProjectServiceAccountCreateResponse {
    fn default() -> Self {
        Self {
            object: "organization.project.service_account".to_owned(),
            id: Default::default(),
            name: Default::default(),
            role: Default::default(),
            created_at: Default::default(),
            api_key: Default::default(),
        }
    }
}

impl Serialize for ProjectServiceAccountCreateResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("api_key", &self.api_key)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectServiceAccountCreateResponse {
    const EXPECTING: &'static str = "a `ProjectServiceAccountCreateResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "api_key" => self.api_key = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectServiceAccountCreateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `member` for an account that joined the project normally, `none` for one made with `create_service_account_only`.
#[derive(Debug, Clone)]
pub enum ProjectServiceAccountCreateResponseRole {
    /// `member`
    Member,
    /// `none`
    None,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ProjectServiceAccountCreateResponseRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ProjectServiceAccountCreateResponseRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::None => "none",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ProjectServiceAccountCreateResponseRole {
    fn from(value: &str) -> Self {
        match value {
            "member" => Self::Member,
            "none" => Self::None,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ProjectServiceAccountCreateResponseRole);

/// An API key made together with its service account; the only time its secret is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectServiceAccountApiKey {
    /// Always `organization.project.service_account.api_key`.
    pub object: String,
    /// The secret key in full; store it now, it cannot be fetched again.
    pub value: String,
    /// Name of the key.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Key id (`key_...`).
    pub id: String,
}

impl Default for ProjectServiceAccountApiKey {
    fn default() -> Self {
        Self {
            object: "organization.project.service_account.api_key".to_owned(),
            value: Default::default(),
            name: Default::default(),
            created_at: Default::default(),
            id: Default::default(),
        }
    }
}

impl Serialize for ProjectServiceAccountApiKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectServiceAccountApiKey {
    const EXPECTING: &'static str = "a `ProjectServiceAccountApiKey` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectServiceAccountApiKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirmation that a service account was removed from its project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectServiceAccountDeleteResponse {
    /// Always `organization.project.service_account.deleted`.
    pub object: String,
    /// Id of the removed service account.
    pub id: String,
    /// Whether it was removed.
    pub deleted: bool,
}

impl Default for ProjectServiceAccountDeleteResponse {
    fn default() -> Self {
        Self {
            object: "organization.project.service_account.deleted".to_owned(),
            id: Default::default(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ProjectServiceAccountDeleteResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectServiceAccountDeleteResponse {
    const EXPECTING: &'static str = "a `ProjectServiceAccountDeleteResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectServiceAccountDeleteResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of service accounts of a project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectServiceAccountListResponse {
    /// Always `list`.
    pub object: String,
    /// The service accounts on this page.
    pub data: Vec<ProjectServiceAccount>,
    /// Id of the first service account on the page.
    pub first_id: Option<String>,
    /// Id of the last service account on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more service accounts follow.
    pub has_more: bool,
}

impl Default for ProjectServiceAccountListResponse {
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

impl Serialize for ProjectServiceAccountListResponse {
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

impl codec::ObjectFields for ProjectServiceAccountListResponse {
    const EXPECTING: &'static str = "a `ProjectServiceAccountListResponse` object";
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

impl<'de> Deserialize<'de> for ProjectServiceAccountListResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ProjectServiceAccountListResponse {
    type Item = ProjectServiceAccount;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<ProjectServiceAccount> {
        self.data
    }
}

/// A non-human identity of a project, used to own API keys that outlive any one member.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectServiceAccount {
    /// Always `organization.project.service_account`.
    pub object: String,
    /// Service account id (`svc_acct_...`).
    pub id: String,
    /// Name of the service account.
    pub name: String,
    /// Project role of the service account.
    pub role: ProjectServiceAccountRole,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
}

impl Default for ProjectServiceAccount {
    fn default() -> Self {
        Self {
            object: "organization.project.service_account".to_owned(),
            id: Default::default(),
            name: Default::default(),
            role: Default::default(),
            created_at: Default::default(),
        }
    }
}

impl Serialize for ProjectServiceAccount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectServiceAccount {
    const EXPECTING: &'static str = "a `ProjectServiceAccount` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectServiceAccount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Project role of the service account.
#[derive(Debug, Clone)]
pub enum ProjectServiceAccountRole {
    /// `owner`
    Owner,
    /// `member`
    Member,
    /// `none`
    None,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ProjectServiceAccountRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ProjectServiceAccountRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "owner",
            Self::Member => "member",
            Self::None => "none",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ProjectServiceAccountRole {
    fn from(value: &str) -> Self {
        match value {
            "owner" => Self::Owner,
            "member" => Self::Member,
            "none" => Self::None,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ProjectServiceAccountRole);

/// Confirmation that a project spend alert was removed.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectSpendAlertDeletedResource {
    /// Id of the removed alert.
    pub id: String,
    /// Always `project.spend_alert.deleted`.
    pub object: String,
    /// Whether the alert was removed.
    pub deleted: bool,
}

impl Default for ProjectSpendAlertDeletedResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "project.spend_alert.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ProjectSpendAlertDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectSpendAlertDeletedResource {
    const EXPECTING: &'static str = "a `ProjectSpendAlertDeletedResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectSpendAlertDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of spend alerts of one project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectSpendAlertListResource {
    /// Always `list`.
    pub object: String,
    /// The alerts on this page.
    pub data: Vec<ProjectSpendAlert>,
    /// Id of the first alert on the page; pass it as `before` for the previous page.
    pub first_id: Option<String>,
    /// Id of the last alert on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more alerts follow.
    pub has_more: bool,
}

impl Default for ProjectSpendAlertListResource {
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

impl Serialize for ProjectSpendAlertListResource {
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

impl codec::ObjectFields for ProjectSpendAlertListResource {
    const EXPECTING: &'static str = "a `ProjectSpendAlertListResource` object";
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

impl<'de> Deserialize<'de> for ProjectSpendAlertListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ProjectSpendAlertListResource {
    type Item = ProjectSpendAlert;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<ProjectSpendAlert> {
        self.data
    }
}

/// A notification sent when one project's spending in a period passes an amount.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectSpendAlert {
    /// Id of the alert.
    pub id: String,
    /// Always `project.spend_alert`.
    pub object: String,
    /// Spending that triggers the alert, in cents.
    pub threshold_amount: i64,
    /// Currency of `threshold_amount`.
    pub currency: SpendLimitCurrency,
    /// Period over which spending is compared with the threshold.
    pub interval: SpendLimitInterval,
    /// Who gets notified, and how.
    pub notification_channel: SpendAlertNotificationChannel,
}

impl Default for ProjectSpendAlert {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "project.spend_alert".to_owned(),
            threshold_amount: Default::default(),
            currency: Default::default(),
            interval: Default::default(),
            notification_channel: Default::default(),
        }
    }
}

impl Serialize for ProjectSpendAlert {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("threshold_amount", &self.threshold_amount)?;
        map.serialize_entry("currency", &self.currency)?;
        map.serialize_entry("interval", &self.interval)?;
        map.serialize_entry("notification_channel", &self.notification_channel)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectSpendAlert {
    const EXPECTING: &'static str = "a `ProjectSpendAlert` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "threshold_amount" => {
                self.threshold_amount = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "currency" => self.currency = map.next_value::<codec::Lenient<_>>()?.0,
            "interval" => self.interval = map.next_value::<codec::Lenient<_>>()?.0,
            "notification_channel" => {
                self.notification_channel = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectSpendAlert {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirmation that a project's spend limit was removed.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectSpendLimitDeletedResource {
    /// Always `project.spend_limit.deleted`.
    pub object: String,
    /// Whether the limit was removed.
    pub deleted: bool,
}

impl Default for ProjectSpendLimitDeletedResource {
    fn default() -> Self {
        Self {
            object: "project.spend_limit.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ProjectSpendLimitDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectSpendLimitDeletedResource {
    const EXPECTING: &'static str = "a `ProjectSpendLimitDeletedResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectSpendLimitDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The hard ceiling on one project's spending in each period.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectSpendLimitResource {
    /// Always `project.spend_limit`.
    pub object: String,
    /// The ceiling, in cents.
    pub threshold_amount: i64,
    /// Currency of `threshold_amount`.
    pub currency: SpendLimitCurrency,
    /// Period the ceiling applies to.
    pub interval: SpendLimitInterval,
    /// Whether the ceiling is blocking requests now.
    pub enforcement: SpendLimitEnforcement,
}

impl Default for ProjectSpendLimitResource {
    fn default() -> Self {
        Self {
            object: "project.spend_limit".to_owned(),
            threshold_amount: Default::default(),
            currency: Default::default(),
            interval: Default::default(),
            enforcement: Default::default(),
        }
    }
}

impl Serialize for ProjectSpendLimitResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("threshold_amount", &self.threshold_amount)?;
        map.serialize_entry("currency", &self.currency)?;
        map.serialize_entry("interval", &self.interval)?;
        map.serialize_entry("enforcement", &self.enforcement)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectSpendLimitResource {
    const EXPECTING: &'static str = "a `ProjectSpendLimitResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "threshold_amount" => {
                self.threshold_amount = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "currency" => self.currency = map.next_value::<codec::Lenient<_>>()?.0,
            "interval" => self.interval = map.next_value::<codec::Lenient<_>>()?.0,
            "enforcement" => self.enforcement = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectSpendLimitResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/projects/{project_id}`; fields left out keep their value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectUpdateRequest {
    /// New display name.
    pub name: Option<String>,
    /// Id of the customer-managed encryption key to tie to the project.
    pub external_key_id: Option<String>,
}

impl Serialize for ProjectUpdateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "external_key_id", &self.external_key_id)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectUpdateRequest {
    const EXPECTING: &'static str = "a `ProjectUpdateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "external_key_id" => self.external_key_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ProjectUpdateRequest {
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

    /// Sets `external_key_id`.
    #[must_use]
    pub fn external_key_id(mut self, value: impl Into<String>) -> Self {
        self.external_key_id = Some(value.into());
        self
    }
}

/// Body of `POST /organization/projects/{project_id}/users`; name the person by `user_id` or by `email`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectUserCreateRequest {
    /// Id of the organization member to add.
    pub user_id: Option<String>,
    /// Email address of the organization member to add.
    pub email: Option<String>,
    /// Role to give in the project, `owner` or `member`.
    pub role: String,
}

impl Serialize for ProjectUserCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "user_id", &self.user_id)?;
        codec::optional_entry(&mut map, "email", &self.email)?;
        map.serialize_entry("role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectUserCreateRequest {
    const EXPECTING: &'static str = "a `ProjectUserCreateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "user_id" => self.user_id = map.next_value()?,
            "email" => self.email = map.next_value()?,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectUserCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ProjectUserCreateRequest {
    /// Creates a value from its required fields (`role`); the rest start unset.
    #[must_use]
    pub fn new(role: impl Into<String>) -> Self {
        Self {
            role: role.into(),
            ..Default::default()
        }
    }

    /// Sets `user_id`.
    #[must_use]
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Sets `email`.
    #[must_use]
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = value.into();
        self
    }
}

/// Confirmation that a user was taken out of a project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectUserDeleteResponse {
    /// Always `organization.project.user.deleted`.
    pub object: String,
    /// Id of the removed user.
    pub id: String,
    /// Whether the membership was removed.
    pub deleted: bool,
}

impl Default for ProjectUserDeleteResponse {
    fn default() -> Self {
        Self {
            object: "organization.project.user.deleted".to_owned(),
            id: Default::default(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for ProjectUserDeleteResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectUserDeleteResponse {
    const EXPECTING: &'static str = "a `ProjectUserDeleteResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectUserDeleteResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of project members.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectUserListResponse {
    /// Always `list`.
    pub object: String,
    /// The members on this page.
    pub data: Vec<ProjectUser>,
    /// Id of the first member on the page.
    pub first_id: Option<String>,
    /// Id of the last member on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more members follow.
    pub has_more: bool,
}

impl Serialize for ProjectUserListResponse {
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

impl codec::ObjectFields for ProjectUserListResponse {
    const EXPECTING: &'static str = "a `ProjectUserListResponse` object";
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

impl<'de> Deserialize<'de> for ProjectUserListResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ProjectUserListResponse {
    type Item = ProjectUser;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<ProjectUser> {
        self.data
    }
}

/// A user's membership of a project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectUser {
    /// Always `organization.project.user`.
    pub object: String,
    /// User id.
    pub id: String,
    /// Full name of the user.
    pub name: Option<String>,
    /// Email address of the user.
    pub email: Option<String>,
    /// Role in the project, `owner` or `member`.
    pub role: String,
    /// Time the user joined the project, in seconds since the Unix epoch.
    pub added_at: i64,
}

impl Default for ProjectUser {
    fn default() -> Self {
        Self {
            object: "organization.project.user".to_owned(),
            id: Default::default(),
            name: Default::default(),
            email: Default::default(),
            role: Default::default(),
            added_at: Default::default(),
        }
    }
}

impl Serialize for ProjectUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "email", &self.email)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("added_at", &self.added_at)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectUser {
    const EXPECTING: &'static str = "a `ProjectUser` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "email" => self.email = map.next_value()?,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "added_at" => self.added_at = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/projects/{project_id}/users/{user_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectUserUpdateRequest {
    /// New role in the project, `owner` or `member`.
    pub role: Option<String>,
}

impl Serialize for ProjectUserUpdateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for ProjectUserUpdateRequest {
    const EXPECTING: &'static str = "a `ProjectUserUpdateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ProjectUserUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ProjectUserUpdateRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}

/// Query and header parameters of `RetrieveProjectGroup`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RetrieveProjectGroupParams {
    /// Kind of group the id names; `group` when omitted.
    ///
    /// Defaults to `"group"` when unset.
    pub group_type: Option<GroupType>,
}

impl RetrieveProjectGroupParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `group_type`.
    #[must_use]
    pub fn group_type(mut self, value: impl Into<GroupType>) -> Self {
        self.group_type = Some(value.into());
        self
    }
}

/// An API key just issued to a service account; the only time its secret is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAccountApiKeyBody {
    /// Always `organization.project.service_account.api_key`.
    pub object: String,
    /// The secret key in full; store it now, it cannot be fetched again.
    pub value: String,
    /// Name of the key.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Key id (`key_...`).
    pub id: String,
}

impl Default for ServiceAccountApiKeyBody {
    fn default() -> Self {
        Self {
            object: "organization.project.service_account.api_key".to_owned(),
            value: Default::default(),
            name: Default::default(),
            created_at: Default::default(),
            id: Default::default(),
        }
    }
}

impl Serialize for ServiceAccountApiKeyBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for ServiceAccountApiKeyBody {
    const EXPECTING: &'static str = "a `ServiceAccountApiKeyBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ServiceAccountApiKeyBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/projects/{project_id}/data_retention`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateProjectDataRetentionBody {
    /// The regime to switch to.
    pub retention_type: ProjectDataRetentionType,
}

impl Serialize for UpdateProjectDataRetentionBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("retention_type", &self.retention_type)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateProjectDataRetentionBody {
    const EXPECTING: &'static str = "an `UpdateProjectDataRetentionBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "retention_type" => {
                self.retention_type = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateProjectDataRetentionBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateProjectDataRetentionBody {
    /// Creates a value from its required fields (`retention_type`); the rest start unset.
    #[must_use]
    pub fn new(retention_type: impl Into<ProjectDataRetentionType>) -> Self {
        Self {
            retention_type: retention_type.into(),
        }
    }

    /// Sets `retention_type`.
    #[must_use]
    pub fn retention_type(mut self, value: impl Into<ProjectDataRetentionType>) -> Self {
        self.retention_type = value.into();
        self
    }
}

/// Body of `POST /organization/projects/{project_id}/service_accounts/{service_account_id}`; fields left out keep their value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateProjectServiceAccountBody {
    /// New name of the service account.
    pub name: Option<String>,
    /// New project role of the service account.
    pub role: Option<UpdateProjectServiceAccountBodyRole>,
}

impl Serialize for UpdateProjectServiceAccountBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateProjectServiceAccountBody {
    const EXPECTING: &'static str = "an `UpdateProjectServiceAccountBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value()?,
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateProjectServiceAccountBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateProjectServiceAccountBody {
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

    /// Sets `role`.
    #[must_use]
    pub fn role(
        mut self,
        value: impl Into<UpdateProjectServiceAccountBodyRole>,
    ) -> Self {
        self.role = Some(value.into());
        self
    }
}

/// New project role of the service account.
#[derive(Debug, Clone)]
pub enum UpdateProjectServiceAccountBodyRole {
    /// `member`
    Member,
    /// `owner`
    Owner,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for UpdateProjectServiceAccountBodyRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl UpdateProjectServiceAccountBodyRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::Owner => "owner",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for UpdateProjectServiceAccountBodyRole {
    fn from(value: &str) -> Self {
        match value {
            "member" => Self::Member,
            "owner" => Self::Owner,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(UpdateProjectServiceAccountBodyRole);

/// Body of `POST /organization/projects/{project_id}/spend_limit`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateProjectSpendLimitBody {
    /// The ceiling, in cents.
    pub threshold_amount: i64,
    /// Currency of `threshold_amount`.
    pub currency: SpendLimitCurrency,
    /// Period the ceiling applies to.
    pub interval: SpendLimitInterval,
}

impl Serialize for UpdateProjectSpendLimitBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("threshold_amount", &self.threshold_amount)?;
        map.serialize_entry("currency", &self.currency)?;
        map.serialize_entry("interval", &self.interval)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateProjectSpendLimitBody {
    const EXPECTING: &'static str = "an `UpdateProjectSpendLimitBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "threshold_amount" => {
                self.threshold_amount = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "currency" => self.currency = map.next_value::<codec::Lenient<_>>()?.0,
            "interval" => self.interval = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateProjectSpendLimitBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateProjectSpendLimitBody {
    /// Creates a value from its required fields (`threshold_amount`, `currency`, `interval`); the rest start unset.
    #[must_use]
    pub fn new(
        threshold_amount: impl Into<i64>,
        currency: impl Into<SpendLimitCurrency>,
        interval: impl Into<SpendLimitInterval>,
    ) -> Self {
        Self {
            threshold_amount: threshold_amount.into(),
            currency: currency.into(),
            interval: interval.into(),
        }
    }

    /// Sets `threshold_amount`.
    #[must_use]
    pub fn threshold_amount(mut self, value: impl Into<i64>) -> Self {
        self.threshold_amount = value.into();
        self
    }

    /// Sets `currency`.
    #[must_use]
    pub fn currency(mut self, value: impl Into<SpendLimitCurrency>) -> Self {
        self.currency = value.into();
        self
    }

    /// Sets `interval`.
    #[must_use]
    pub fn interval(mut self, value: impl Into<SpendLimitInterval>) -> Self {
        self.interval = value.into();
        self
    }
}
