// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.data_retention` operations use.
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

/// The data retention regime of the organization.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationDataRetention {
    /// Always `organization.data_retention`.
    pub object: String,
    /// The regime in force.
    pub r#type: OrganizationDataRetentionType,
}

impl Default for OrganizationDataRetention {
    fn default() -> Self {
        Self {
            object: "organization.data_retention".to_owned(),
            r#type: Default::default(),
        }
    }
}

impl Serialize for OrganizationDataRetention {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for OrganizationDataRetention {
    const EXPECTING: &'static str = "an `OrganizationDataRetention` object";
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

impl<'de> Deserialize<'de> for OrganizationDataRetention {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Retention regime of an organization: `zero_data_retention`,
/// `modified_abuse_monitoring`, or the enhanced form of either.
#[derive(Debug, Clone)]
pub enum OrganizationDataRetentionType {
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
impl Default for OrganizationDataRetentionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl OrganizationDataRetentionType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ZeroDataRetention => "zero_data_retention",
            Self::ModifiedAbuseMonitoring => "modified_abuse_monitoring",
            Self::EnhancedZeroDataRetention => "enhanced_zero_data_retention",
            Self::EnhancedModifiedAbuseMonitoring => "enhanced_modified_abuse_monitoring",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for OrganizationDataRetentionType {
    fn from(value: &str) -> Self {
        match value {
            "zero_data_retention" => Self::ZeroDataRetention,
            "modified_abuse_monitoring" => Self::ModifiedAbuseMonitoring,
            "enhanced_zero_data_retention" => Self::EnhancedZeroDataRetention,
            "enhanced_modified_abuse_monitoring" => Self::EnhancedModifiedAbuseMonitoring,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(OrganizationDataRetentionType);

/// Body of `POST /organization/data_retention`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrganizationDataRetentionBody {
    /// The regime to switch to.
    pub retention_type: OrganizationDataRetentionType,
}

impl Serialize for UpdateOrganizationDataRetentionBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("retention_type", &self.retention_type)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateOrganizationDataRetentionBody {
    const EXPECTING: &'static str = "an `UpdateOrganizationDataRetentionBody` object";
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

impl<'de> Deserialize<'de> for UpdateOrganizationDataRetentionBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateOrganizationDataRetentionBody {
    /// Creates a value from its required fields (`retention_type`); the rest start unset.
    #[must_use]
    pub fn new(retention_type: impl Into<OrganizationDataRetentionType>) -> Self {
        Self {
            retention_type: retention_type.into(),
        }
    }

    /// Sets `retention_type`.
    #[must_use]
    pub fn retention_type(
        mut self,
        value: impl Into<OrganizationDataRetentionType>,
    ) -> Self {
        self.retention_type = value.into();
        self
    }
}
