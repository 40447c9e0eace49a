// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `admin` operations.
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

mod api_keys;
mod audit_logs;
mod certificates;
mod data_retention;
mod groups;
mod invites;
mod projects;
mod roles;
mod spend_alerts;
mod spend_limit;
mod usage;
mod users;

pub use api_keys::*;
pub use audit_logs::*;
pub use certificates::*;
pub use data_retention::*;
pub use groups::*;
pub use invites::*;
pub use projects::*;
pub use roles::*;
pub use spend_alerts::*;
pub use spend_limit::*;
pub use usage::*;
pub use users::*;

/// Validity window of a certificate.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificateValidity {
    /// Start of validity, in seconds since the Unix epoch.
    pub valid_at: Option<i64>,
    /// End of validity, in seconds since the Unix epoch.
    pub expires_at: Option<i64>,
}

impl Serialize for CertificateValidity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "valid_at", &self.valid_at)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        map.end()
    }
}

impl codec::ObjectFields for CertificateValidity {
    const EXPECTING: &'static str = "a `CertificateValidity` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "valid_at" => self.valid_at = map.next_value()?,
            "expires_at" => self.expires_at = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CertificateValidity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body that creates a spend alert, or replaces the settings of one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSpendAlertBody {
    /// Spending that triggers the alert, in cents.
    pub threshold_amount: i64,
    /// Currency of `threshold_amount`.
    pub currency: SpendLimitCurrency,
    /// Period over which spending is compared with the threshold.
    pub interval: SpendLimitInterval,
    /// Who gets notified, and how.
    pub notification_channel: SpendAlertNotificationChannel,
}

impl Serialize for CreateSpendAlertBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("threshold_amount", &self.threshold_amount)?;
        map.serialize_entry("currency", &self.currency)?;
        map.serialize_entry("interval", &self.interval)?;
        map.serialize_entry("notification_channel", &self.notification_channel)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateSpendAlertBody {
    const EXPECTING: &'static str = "a `CreateSpendAlertBody` object";
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

impl<'de> Deserialize<'de> for CreateSpendAlertBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateSpendAlertBody {
    /// Creates a value from its required fields (`threshold_amount`, `currency`, `interval`, `notification_channel`); the rest start unset.
    #[must_use]
    pub fn new(
        threshold_amount: impl Into<i64>,
        currency: impl Into<SpendLimitCurrency>,
        interval: impl Into<SpendLimitInterval>,
        notification_channel: impl Into<SpendAlertNotificationChannel>,
    ) -> Self {
        Self {
            threshold_amount: threshold_amount.into(),
            currency: currency.into(),
            interval: interval.into(),
            notification_channel: notification_channel.into(),
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

    /// Sets `notification_channel`.
    #[must_use]
    pub fn notification_channel(
        mut self,
        value: impl Into<SpendAlertNotificationChannel>,
    ) -> Self {
        self.notification_channel = value.into();
        self
    }
}

/// Currency of a spending amount; only `USD` for now.
#[derive(Debug, Clone)]
pub enum SpendLimitCurrency {
    /// `USD`
    Usd,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for SpendLimitCurrency {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl SpendLimitCurrency {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Usd => "USD",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for SpendLimitCurrency {
    fn from(value: &str) -> Self {
        match value {
            "USD" => Self::Usd,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(SpendLimitCurrency);

/// Period over which spending is added up; only `month` for now.
#[derive(Debug, Clone)]
pub enum SpendLimitInterval {
    /// `month`
    Month,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for SpendLimitInterval {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl SpendLimitInterval {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for SpendLimitInterval {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(SpendLimitInterval);

/// Where a spend alert is sent; email is the only channel for now.
#[derive(Debug, Clone, PartialEq)]
pub struct SpendAlertNotificationChannel {
    /// Always `email`.
    pub r#type: String,
    /// Addresses that receive the alert.
    pub recipients: Vec<String>,
    /// Text put in front of the subject of alert emails.
    pub subject_prefix: Option<String>,
}

impl Default for SpendAlertNotificationChannel {
    fn default() -> Self {
        Self {
            r#type: "email".to_owned(),
            recipients: Default::default(),
            subject_prefix: Default::default(),
        }
    }
}

impl Serialize for SpendAlertNotificationChannel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("recipients", &self.recipients)?;
        codec::optional_entry(&mut map, "subject_prefix", &self.subject_prefix)?;
        map.end()
    }
}

impl codec::ObjectFields for SpendAlertNotificationChannel {
    const EXPECTING: &'static str = "a `SpendAlertNotificationChannel` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "recipients" => self.recipients = map.next_value::<codec::Lenient<_>>()?.0,
            "subject_prefix" => self.subject_prefix = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SpendAlertNotificationChannel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl SpendAlertNotificationChannel {
    /// Creates a value from its required fields (`recipients`); the rest start unset.
    #[must_use]
    pub fn new(recipients: impl Into<Vec<String>>) -> Self {
        Self {
            recipients: recipients.into(),
            ..Default::default()
        }
    }

    /// Sets `recipients`.
    #[must_use]
    pub fn recipients(mut self, value: impl Into<Vec<String>>) -> Self {
        self.recipients = value.into();
        self
    }

    /// Sets `subject_prefix`.
    #[must_use]
    pub fn subject_prefix(mut self, value: impl Into<String>) -> Self {
        self.subject_prefix = Some(value.into());
        self
    }
}

/// Confirmation that a user or group no longer holds a role.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletedRoleAssignmentResource {
    /// Kind of assignment that ended, such as `group.role.deleted` or `user.role.deleted`.
    pub object: String,
    /// Whether the assignment ended.
    pub deleted: bool,
}

impl Serialize for DeletedRoleAssignmentResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for DeletedRoleAssignmentResource {
    const EXPECTING: &'static str = "a `DeletedRoleAssignmentResource` object";
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

impl<'de> Deserialize<'de> for DeletedRoleAssignmentResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A role held by a group.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRoleAssignment {
    /// Always `group.role`.
    pub object: String,
    /// The group holding the role.
    pub group: Group,
    /// The role held.
    pub role: Role,
}

impl Default for GroupRoleAssignment {
    fn default() -> Self {
        Self {
            object: "group.role".to_owned(),
            group: Default::default(),
            role: Default::default(),
        }
    }
}

impl Serialize for GroupRoleAssignment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("group", &self.group)?;
        map.serialize_entry("role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for GroupRoleAssignment {
    const EXPECTING: &'static str = "a `GroupRoleAssignment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "group" => self.group = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for GroupRoleAssignment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Short form of a group, as embedded in a role assignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Always `group`.
    pub object: String,
    /// Group id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Whether the group is provisioned through SCIM.
    pub scim_managed: bool,
}

impl Default for Group {
    fn default() -> Self {
        Self {
            object: "group".to_owned(),
            id: Default::default(),
            name: Default::default(),
            created_at: Default::default(),
            scim_managed: Default::default(),
        }
    }
}

impl Serialize for Group {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("scim_managed", &self.scim_managed)?;
        map.end()
    }
}

impl codec::ObjectFields for Group {
    const EXPECTING: &'static str = "a `Group` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "scim_managed" => {
                self.scim_managed = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Group {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A named set of permissions that can be granted to users and groups, at organization or project level.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Always `role`.
    pub object: String,
    /// Role id.
    pub id: String,
    /// Name of the role, unique in its scope.
    pub name: String,
    /// Free text explaining the role.
    pub description: Option<String>,
    /// Permissions the role grants.
    pub permissions: Vec<String>,
    /// Scope the role belongs to, such as `api.organization` or `api.project`.
    pub resource_type: String,
    /// Whether OpenAI defines and maintains the role (as opposed to a custom one).
    pub predefined_role: bool,
}

impl Default for Role {
    fn default() -> Self {
        Self {
            object: "role".to_owned(),
            id: Default::default(),
            name: Default::default(),
            description: Default::default(),
            permissions: Default::default(),
            resource_type: Default::default(),
            predefined_role: Default::default(),
        }
    }
}

impl Serialize for Role {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("permissions", &self.permissions)?;
        map.serialize_entry("resource_type", &self.resource_type)?;
        map.serialize_entry("predefined_role", &self.predefined_role)?;
        map.end()
    }
}

impl codec::ObjectFields for Role {
    const EXPECTING: &'static str = "a `Role` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            "permissions" => self.permissions = map.next_value::<codec::Lenient<_>>()?.0,
            "resource_type" => {
                self.resource_type = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "predefined_role" => {
                self.predefined_role = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Kind of group, an ordinary `group` or a `tenant_group`.
#[derive(Debug, Clone)]
pub enum GroupType {
    /// `group`
    Group,
    /// `tenant_group`
    TenantGroup,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for GroupType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl GroupType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::TenantGroup => "tenant_group",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for GroupType {
    fn from(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            "tenant_group" => Self::TenantGroup,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(GroupType);

/// Body that gives a role to a user or group, in an organization or a project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicAssignOrganizationGroupRoleBody {
    /// Id of the role to give.
    pub role_id: String,
}

impl Serialize for PublicAssignOrganizationGroupRoleBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role_id", &self.role_id)?;
        map.end()
    }
}

impl codec::ObjectFields for PublicAssignOrganizationGroupRoleBody {
    const EXPECTING: &'static str = "a `PublicAssignOrganizationGroupRoleBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role_id" => self.role_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for PublicAssignOrganizationGroupRoleBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl PublicAssignOrganizationGroupRoleBody {
    /// Creates a value from its required fields (`role_id`); the rest start unset.
    #[must_use]
    pub fn new(role_id: impl Into<String>) -> Self {
        Self { role_id: role_id.into() }
    }

    /// Sets `role_id`.
    #[must_use]
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Body that creates a custom role, in an organization or in a project.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicCreateOrganizationRoleBody {
    /// Name of the role, unique in its scope.
    pub role_name: String,
    /// Permissions the role grants.
    pub permissions: Vec<String>,
    /// Free text explaining the role.
    pub description: Option<String>,
}

impl Serialize for PublicCreateOrganizationRoleBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role_name", &self.role_name)?;
        map.serialize_entry("permissions", &self.permissions)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        map.end()
    }
}

impl codec::ObjectFields for PublicCreateOrganizationRoleBody {
    const EXPECTING: &'static str = "a `PublicCreateOrganizationRoleBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role_name" => self.role_name = map.next_value::<codec::Lenient<_>>()?.0,
            "permissions" => self.permissions = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for PublicCreateOrganizationRoleBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl PublicCreateOrganizationRoleBody {
    /// Creates a value from its required fields (`role_name`, `permissions`); the rest start unset.
    #[must_use]
    pub fn new(
        role_name: impl Into<String>,
        permissions: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            role_name: role_name.into(),
            permissions: permissions.into(),
            ..Default::default()
        }
    }

    /// Sets `role_name`.
    #[must_use]
    pub fn role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = value.into();
        self
    }

    /// Sets `permissions`.
    #[must_use]
    pub fn permissions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.permissions = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

/// A page of roles; the following page is fetched with `next` as `after`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicRoleListResource {
    /// Always `list`.
    pub object: String,
    /// The roles on this page.
    pub data: Vec<Role>,
    /// Whether more roles follow.
    pub has_more: bool,
    /// Cursor of the following page; `null` on the last one.
    pub next: Option<String>,
}

impl Default for PublicRoleListResource {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
            next: Default::default(),
        }
    }
}

impl Serialize for PublicRoleListResource {
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

impl codec::ObjectFields for PublicRoleListResource {
    const EXPECTING: &'static str = "a `PublicRoleListResource` object";
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

impl<'de> Deserialize<'de> for PublicRoleListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for PublicRoleListResource {
    type Item = Role;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.next.clone()
    }

    fn into_items(self) -> Vec<Role> {
        self.data
    }
}

/// Body that changes a custom role; fields left out keep their value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicUpdateOrganizationRoleBody {
    /// New full set of permissions.
    pub permissions: Option<Vec<String>>,
    /// New free-text explanation.
    pub description: Option<String>,
    /// New name of the role.
    pub role_name: Option<String>,
}

impl Serialize for PublicUpdateOrganizationRoleBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "permissions", &self.permissions)?;
        codec::optional_entry(&mut map, "description", &self.description)?;
        codec::optional_entry(&mut map, "role_name", &self.role_name)?;
        map.end()
    }
}

impl codec::ObjectFields for PublicUpdateOrganizationRoleBody {
    const EXPECTING: &'static str = "a `PublicUpdateOrganizationRoleBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "permissions" => self.permissions = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "role_name" => self.role_name = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for PublicUpdateOrganizationRoleBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl PublicUpdateOrganizationRoleBody {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `permissions`.
    #[must_use]
    pub fn permissions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.permissions = Some(value.into());
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `role_name`.
    #[must_use]
    pub fn role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self
    }
}

/// Confirmation that a custom role was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleDeletedResource {
    /// Always `role.deleted`.
    pub object: String,
    /// Id of the deleted role.
    pub id: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl Default for RoleDeletedResource {
    fn default() -> Self {
        Self {
            object: "role.deleted".to_owned(),
            id: Default::default(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for RoleDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for RoleDeletedResource {
    const EXPECTING: &'static str = "a `RoleDeletedResource` object";
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

impl<'de> Deserialize<'de> for RoleDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of roles held by a user or group; the following page is fetched with `next` as `after`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleListResource {
    /// Always `list`.
    pub object: String,
    /// The assigned roles on this page.
    pub data: Vec<AssignedRoleDetails>,
    /// Whether more assignments follow.
    pub has_more: bool,
    /// Cursor of the following page; `null` on the last one.
    pub next: Option<String>,
}

impl Default for RoleListResource {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
            next: Default::default(),
        }
    }
}

impl Serialize for RoleListResource {
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

impl codec::ObjectFields for RoleListResource {
    const EXPECTING: &'static str = "a `RoleListResource` object";
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

impl<'de> Deserialize<'de> for RoleListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for RoleListResource {
    type Item = AssignedRoleDetails;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.next.clone()
    }

    fn into_items(self) -> Vec<AssignedRoleDetails> {
        self.data
    }
}

/// A role as held by a user or group, with the role's definition and where the holding comes from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssignedRoleDetails {
    /// Role id.
    pub id: String,
    /// Name of the role.
    pub name: String,
    /// Permissions the role grants.
    pub permissions: Vec<String>,
    /// Scope the role belongs to, such as `api.organization` or `api.project`.
    pub resource_type: String,
    /// Whether OpenAI defines and maintains the role.
    pub predefined_role: bool,
    /// Free text explaining the role.
    pub description: Option<String>,
    /// Creation time of the role, in seconds since the Unix epoch.
    pub created_at: Option<i64>,
    /// Time of the role's latest change, in seconds since the Unix epoch.
    pub updated_at: Option<i64>,
    /// Id of whoever created the role.
    pub created_by: Option<String>,
    /// Free-form profile of the role's creator, when known.
    pub created_by_user_obj: Option<serde_json::Value>,
    /// Free-form data stored with the role.
    pub metadata: Option<serde_json::Value>,
    /// The principals (such as groups) through which the role is held, when it is inherited.
    pub assignment_sources: Option<Vec<RoleAssignmentSource>>,
}

impl Serialize for AssignedRoleDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("permissions", &self.permissions)?;
        map.serialize_entry("resource_type", &self.resource_type)?;
        map.serialize_entry("predefined_role", &self.predefined_role)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("updated_at", &self.updated_at)?;
        map.serialize_entry("created_by", &self.created_by)?;
        map.serialize_entry("created_by_user_obj", &self.created_by_user_obj)?;
        map.serialize_entry("metadata", &self.metadata)?;
        map.serialize_entry("assignment_sources", &self.assignment_sources)?;
        map.end()
    }
}

impl codec::ObjectFields for AssignedRoleDetails {
    const EXPECTING: &'static str = "an `AssignedRoleDetails` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "permissions" => self.permissions = map.next_value::<codec::Lenient<_>>()?.0,
            "resource_type" => {
                self.resource_type = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "predefined_role" => {
                self.predefined_role = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "description" => self.description = map.next_value()?,
            "created_at" => self.created_at = map.next_value()?,
            "updated_at" => self.updated_at = map.next_value()?,
            "created_by" => self.created_by = map.next_value()?,
            "created_by_user_obj" => self.created_by_user_obj = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "assignment_sources" => self.assignment_sources = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AssignedRoleDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A principal through which a role is inherited.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleAssignmentSource {
    /// Id of the principal.
    pub principal_id: String,
    /// Kind of principal, for example a group.
    pub principal_type: String,
}

impl Serialize for RoleAssignmentSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("principal_id", &self.principal_id)?;
        map.serialize_entry("principal_type", &self.principal_type)?;
        map.end()
    }
}

impl codec::ObjectFields for RoleAssignmentSource {
    const EXPECTING: &'static str = "a `RoleAssignmentSource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "principal_id" => {
                self.principal_id = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "principal_type" => {
                self.principal_type = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RoleAssignmentSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Whether a hard spend limit is blocking requests right now.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SpendLimitEnforcement {
    /// Current state of the limit.
    pub status: SpendLimitEnforcementStatus,
}

impl Serialize for SpendLimitEnforcement {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("status", &self.status)?;
        map.end()
    }
}

impl codec::ObjectFields for SpendLimitEnforcement {
    const EXPECTING: &'static str = "a `SpendLimitEnforcement` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SpendLimitEnforcement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// `enforcing` once spending has reached the limit and requests are refused, `inactive` otherwise.
#[derive(Debug, Clone)]
pub enum SpendLimitEnforcementStatus {
    /// `inactive`
    Inactive,
    /// `enforcing`
    Enforcing,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for SpendLimitEnforcementStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl SpendLimitEnforcementStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inactive => "inactive",
            Self::Enforcing => "enforcing",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for SpendLimitEnforcementStatus {
    fn from(value: &str) -> Self {
        match value {
            "inactive" => Self::Inactive,
            "enforcing" => Self::Enforcing,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(SpendLimitEnforcementStatus);

/// Body of the certificate activation and deactivation calls.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToggleCertificatesRequest {
    /// Ids of the certificates to switch, one to ten.
    pub certificate_ids: Vec<String>,
}

impl Serialize for ToggleCertificatesRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("certificate_ids", &self.certificate_ids)?;
        map.end()
    }
}

impl codec::ObjectFields for ToggleCertificatesRequest {
    const EXPECTING: &'static str = "a `ToggleCertificatesRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "certificate_ids" => {
                self.certificate_ids = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ToggleCertificatesRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ToggleCertificatesRequest {
    /// Creates a value from its required fields (`certificate_ids`); the rest start unset.
    #[must_use]
    pub fn new(certificate_ids: impl Into<Vec<String>>) -> Self {
        Self {
            certificate_ids: certificate_ids.into(),
        }
    }

    /// Sets `certificate_ids`.
    #[must_use]
    pub fn certificate_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.certificate_ids = value.into();
        self
    }
}

/// A role held directly by a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRoleAssignment {
    /// Always `user.role`.
    pub object: String,
    /// The user holding the role.
    pub user: User,
    /// The role held.
    pub role: Role,
}

impl Default for UserRoleAssignment {
    fn default() -> Self {
        Self {
            object: "user.role".to_owned(),
            user: Default::default(),
            role: Default::default(),
        }
    }
}

impl Serialize for UserRoleAssignment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("user", &self.user)?;
        map.serialize_entry("role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for UserRoleAssignment {
    const EXPECTING: &'static str = "an `UserRoleAssignment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "user" => self.user = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UserRoleAssignment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A member of the organization, with their organization role and account details.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// Always `organization.user`.
    pub object: String,
    /// User id (`user-...`).
    pub id: String,
    /// Full name of the user.
    pub name: Option<String>,
    /// Email address of the user.
    pub email: Option<String>,
    /// Organization role, `owner` or `reader`.
    pub role: Option<String>,
    /// Time the user joined the organization, in seconds since the Unix epoch.
    pub added_at: i64,
    /// Whether this user is the organization's default user.
    pub is_default: Option<bool>,
    /// Time the membership record was created, in seconds since the Unix epoch.
    pub created: Option<i64>,
    /// The underlying account of the person.
    pub user: Option<UserAccount>,
    /// Whether the member is a service account rather than a person.
    pub is_service_account: Option<bool>,
    /// Whether the user may buy Scale Tier capacity.
    pub is_scale_tier_authorized_purchaser: Option<bool>,
    /// Whether the membership is provisioned through SCIM by an identity provider.
    pub is_scim_managed: Option<bool>,
    /// Last time any of the user's API keys was used, in seconds since the Unix epoch.
    pub api_key_last_used_at: Option<i64>,
    /// Self-described technical level recorded for the user.
    pub technical_level: Option<String>,
    /// Developer persona recorded for the user.
    pub developer_persona: Option<String>,
    /// The user's project memberships, when the API includes them.
    pub projects: Option<UserProjectList>,
}

impl Default for User {
    fn default() -> Self {
        Self {
            object: "organization.user".to_owned(),
            id: Default::default(),
            name: Default::default(),
            email: Default::default(),
            role: Default::default(),
            added_at: Default::default(),
            is_default: Default::default(),
            created: Default::default(),
            user: Default::default(),
            is_service_account: Default::default(),
            is_scale_tier_authorized_purchaser: Default::default(),
            is_scim_managed: Default::default(),
            api_key_last_used_at: Default::default(),
            technical_level: Default::default(),
            developer_persona: Default::default(),
            projects: Default::default(),
        }
    }
}

impl Serialize for User {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "email", &self.email)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.serialize_entry("added_at", &self.added_at)?;
        codec::optional_entry(&mut map, "is_default", &self.is_default)?;
        codec::optional_entry(&mut map, "created", &self.created)?;
        codec::optional_entry(&mut map, "user", &self.user)?;
        codec::optional_entry(&mut map, "is_service_account", &self.is_service_account)?;
        codec::optional_entry(
            &mut map,
            "is_scale_tier_authorized_purchaser",
            &self.is_scale_tier_authorized_purchaser,
        )?;
        codec::optional_entry(&mut map, "is_scim_managed", &self.is_scim_managed)?;
        codec::optional_entry(
            &mut map,
            "api_key_last_used_at",
            &self.api_key_last_used_at,
        )?;
        codec::optional_entry(&mut map, "technical_level", &self.technical_level)?;
        codec::optional_entry(&mut map, "developer_persona", &self.developer_persona)?;
        codec::optional_entry(&mut map, "projects", &self.projects)?;
        map.end()
    }
}

impl codec::ObjectFields for User {
    const EXPECTING: &'static str = "an `User` object";
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
            "role" => self.role = map.next_value()?,
            "added_at" => self.added_at = map.next_value::<codec::Lenient<_>>()?.0,
            "is_default" => self.is_default = map.next_value()?,
            "created" => self.created = map.next_value()?,
            "user" => self.user = map.next_value()?,
            "is_service_account" => self.is_service_account = map.next_value()?,
            "is_scale_tier_authorized_purchaser" => {
                self.is_scale_tier_authorized_purchaser = map.next_value()?;
            }
            "is_scim_managed" => self.is_scim_managed = map.next_value()?,
            "api_key_last_used_at" => self.api_key_last_used_at = map.next_value()?,
            "technical_level" => self.technical_level = map.next_value()?,
            "developer_persona" => self.developer_persona = map.next_value()?,
            "projects" => self.projects = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for User {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The account behind an organization member.
#[derive(Debug, Clone, PartialEq)]
pub struct UserAccount {
    /// Always `user`.
    pub object: String,
    /// Account id.
    pub id: String,
    /// Email address of the account.
    pub email: Option<String>,
    /// Full name on the account.
    pub name: Option<String>,
    /// URL of the account's avatar.
    pub picture: Option<String>,
    /// Whether the account can sign in.
    pub enabled: Option<bool>,
    /// Whether the account has been banned.
    pub banned: Option<bool>,
    /// Time of the ban, in seconds since the Unix epoch.
    pub banned_at: Option<i64>,
}

impl Default for UserAccount {
    fn default() -> Self {
        Self {
            object: "user".to_owned(),
            id: Default::default(),
            email: Default::default(),
            name: Default::default(),
            picture: Default::default(),
            enabled: Default::default(),
            banned: Default::default(),
            banned_at: Default::default(),
        }
    }
}

impl Serialize for UserAccount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "email", &self.email)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "picture", &self.picture)?;
        codec::optional_entry(&mut map, "enabled", &self.enabled)?;
        codec::optional_entry(&mut map, "banned", &self.banned)?;
        codec::optional_entry(&mut map, "banned_at", &self.banned_at)?;
        map.end()
    }
}

impl codec::ObjectFields for UserAccount {
    const EXPECTING: &'static str = "an `UserAccount` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "email" => self.email = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "picture" => self.picture = map.next_value()?,
            "enabled" => self.enabled = map.next_value()?,
            "banned" => self.banned = map.next_value()?,
            "banned_at" => self.banned_at = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UserAccount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The projects an organization member belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct UserProjectList {
    /// Always `list`.
    pub object: String,
    /// One entry per project.
    pub data: Vec<UserProjectMembership>,
}

impl Default for UserProjectList {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for UserProjectList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for UserProjectList {
    const EXPECTING: &'static str = "an `UserProjectList` object";
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

impl<'de> Deserialize<'de> for UserProjectList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// One project an organization member belongs to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserProjectMembership {
    /// Project id.
    pub id: Option<String>,
    /// Project name.
    pub name: Option<String>,
    /// The user's role in that project.
    pub role: Option<String>,
}

impl Serialize for UserProjectMembership {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for UserProjectMembership {
    const EXPECTING: &'static str = "an `UserProjectMembership` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UserProjectMembership {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
