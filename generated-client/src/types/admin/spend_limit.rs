// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.spend_limit` operations use.
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

/// Confirmation that the organization's spend limit was removed.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationSpendLimitDeletedResource {
    /// Always `organization.spend_limit.deleted`.
    pub object: String,
    /// Whether the limit was removed.
    pub deleted: bool,
}

impl Default for OrganizationSpendLimitDeletedResource {
    fn default() -> Self {
        Self {
            object: "organization.spend_limit.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for OrganizationSpendLimitDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for OrganizationSpendLimitDeletedResource {
    const EXPECTING: &'static str = "an `OrganizationSpendLimitDeletedResource` object";
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

impl<'de> Deserialize<'de> for OrganizationSpendLimitDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The hard ceiling on the organization's spending in each period.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationSpendLimitResource {
    /// Always `organization.spend_limit`.
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

impl Default for OrganizationSpendLimitResource {
    fn default() -> Self {
        Self {
            object: "organization.spend_limit".to_owned(),
            threshold_amount: Default::default(),
            currency: Default::default(),
            interval: Default::default(),
            enforcement: Default::default(),
        }
    }
}

impl Serialize for OrganizationSpendLimitResource {
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

impl codec::ObjectFields for OrganizationSpendLimitResource {
    const EXPECTING: &'static str = "an `OrganizationSpendLimitResource` object";
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

impl<'de> Deserialize<'de> for OrganizationSpendLimitResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/spend_limit`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrganizationSpendLimitBody {
    /// The ceiling, in cents.
    pub threshold_amount: i64,
    /// Currency of `threshold_amount`.
    pub currency: SpendLimitCurrency,
    /// Period the ceiling applies to.
    pub interval: SpendLimitInterval,
}

impl Serialize for UpdateOrganizationSpendLimitBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("threshold_amount", &self.threshold_amount)?;
        map.serialize_entry("currency", &self.currency)?;
        map.serialize_entry("interval", &self.interval)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateOrganizationSpendLimitBody {
    const EXPECTING: &'static str = "an `UpdateOrganizationSpendLimitBody` object";
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

impl<'de> Deserialize<'de> for UpdateOrganizationSpendLimitBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateOrganizationSpendLimitBody {
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
