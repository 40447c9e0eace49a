// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.spend_alerts` operations use.
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

/// Query and header parameters of `ListOrganizationSpendAlerts`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationSpendAlertsParams {
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

impl ListOrganizationSpendAlertsParams {
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

/// Confirmation that an organization spend alert was removed.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationSpendAlertDeletedResource {
    /// Id of the removed alert.
    pub id: String,
    /// Always `organization.spend_alert.deleted`.
    pub object: String,
    /// Whether the alert was removed.
    pub deleted: bool,
}

impl Default for OrganizationSpendAlertDeletedResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "organization.spend_alert.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for OrganizationSpendAlertDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for OrganizationSpendAlertDeletedResource {
    const EXPECTING: &'static str = "an `OrganizationSpendAlertDeletedResource` object";
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

impl<'de> Deserialize<'de> for OrganizationSpendAlertDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of organization spend alerts.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationSpendAlertListResource {
    /// Always `list`.
    pub object: String,
    /// The alerts on this page.
    pub data: Vec<OrganizationSpendAlert>,
    /// Id of the first alert on the page; pass it as `before` for the previous page.
    pub first_id: Option<String>,
    /// Id of the last alert on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more alerts follow.
    pub has_more: bool,
}

impl Default for OrganizationSpendAlertListResource {
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

impl Serialize for OrganizationSpendAlertListResource {
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

impl codec::ObjectFields for OrganizationSpendAlertListResource {
    const EXPECTING: &'static str = "an `OrganizationSpendAlertListResource` object";
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

impl<'de> Deserialize<'de> for OrganizationSpendAlertListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for OrganizationSpendAlertListResource {
    type Item = OrganizationSpendAlert;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<OrganizationSpendAlert> {
        self.data
    }
}

/// A notification sent when the organization's spending in a period passes an amount.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationSpendAlert {
    /// Id of the alert.
    pub id: String,
    /// Always `organization.spend_alert`.
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

impl Default for OrganizationSpendAlert {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "organization.spend_alert".to_owned(),
            threshold_amount: Default::default(),
            currency: Default::default(),
            interval: Default::default(),
            notification_channel: Default::default(),
        }
    }
}

impl Serialize for OrganizationSpendAlert {
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

impl codec::ObjectFields for OrganizationSpendAlert {
    const EXPECTING: &'static str = "an `OrganizationSpendAlert` object";
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

impl<'de> Deserialize<'de> for OrganizationSpendAlert {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
