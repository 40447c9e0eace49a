// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.api_keys` operations use.
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

/// A freshly made admin key; the only answer that carries its full secret.
#[derive(Debug, Clone, PartialEq)]
pub struct AdminApiKeyCreateResponse {
    /// Always `organization.admin_api_key`.
    pub object: String,
    /// Id of the key (`key_...`), used in the admin key endpoints.
    pub id: String,
    /// Label given to the key when it was made.
    pub name: Option<String>,
    /// The secret with all but its ends masked, such as `sk-admin...xyz`.
    pub redacted_value: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// When the key stops working (Unix seconds); null for a key without expiry.
    pub expires_at: Option<i64>,
    /// Most recent use of the key (Unix seconds); null if never used.
    pub last_used_at: Option<i64>,
    /// Who the key belongs to.
    pub owner: AdminApiKeyOwner,
    /// The complete secret to send as bearer token; it cannot be read again later.
    pub value: String,
}

impl Default for AdminApiKeyCreateResponse {
    fn default() -> Self {
        Self {
            object: "organization.admin_api_key".to_owned(),
            id: Default::default(),
            name: Default::default(),
            redacted_value: Default::default(),
            created_at: Default::default(),
            expires_at: Default::default(),
            last_used_at: Default::default(),
            owner: Default::default(),
            value: Default::default(),
        }
    }
}

impl Serialize for AdminApiKeyCreateResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.serialize_entry("redacted_value", &self.redacted_value)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "last_used_at", &self.last_used_at)?;
        map.serialize_entry("owner", &self.owner)?;
        map.serialize_entry("value", &self.value)?;
        map.end()
    }
}

impl codec::ObjectFields for AdminApiKeyCreateResponse {
    const EXPECTING: &'static str = "an `AdminApiKeyCreateResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "redacted_value" => {
                self.redacted_value = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value()?,
            "last_used_at" => self.last_used_at = map.next_value()?,
            "owner" => self.owner = map.next_value::<codec::Lenient<_>>()?.0,
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AdminApiKeyCreateResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// The organization member an admin key was issued to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminApiKeyOwner {
    /// Kind of owner; `user` for admin keys.
    pub r#type: Option<String>,
    /// Object type of the owner, `organization.user`.
    pub object: Option<String>,
    /// Id of the owner.
    pub id: Option<String>,
    /// Display name of the owner.
    pub name: Option<String>,
    /// When the owner joined, in seconds since the Unix epoch.
    pub created_at: Option<i64>,
    /// Organization role of the owner; `owner` for admin keys.
    pub role: Option<String>,
}

impl Serialize for AdminApiKeyOwner {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "type", &self.r#type)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        codec::optional_entry(&mut map, "id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        codec::optional_entry(&mut map, "created_at", &self.created_at)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for AdminApiKeyOwner {
    const EXPECTING: &'static str = "an `AdminApiKeyOwner` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value()?,
            "object" => self.object = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "created_at" => self.created_at = map.next_value()?,
            "role" => self.role = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AdminApiKeyOwner {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `AdminApiKeysList`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminApiKeysListParams {
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
}

impl AdminApiKeysListParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
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

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}

/// A page of admin keys.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyList {
    /// Always `list`.
    pub object: String,
    /// The admin keys on this page.
    pub data: Vec<AdminApiKey>,
    /// Whether more keys follow.
    pub has_more: bool,
    /// Id of the first key on the page.
    pub first_id: Option<String>,
    /// Id of the last key on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
}

impl Default for ApiKeyList {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
            first_id: Default::default(),
            last_id: Default::default(),
        }
    }
}

impl Serialize for ApiKeyList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.serialize_entry("has_more", &self.has_more)?;
        codec::optional_entry(&mut map, "first_id", &self.first_id)?;
        codec::optional_entry(&mut map, "last_id", &self.last_id)?;
        map.end()
    }
}

impl codec::ObjectFields for ApiKeyList {
    const EXPECTING: &'static str = "an `ApiKeyList` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value()?,
            "last_id" => self.last_id = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ApiKeyList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ApiKeyList {
    type Item = AdminApiKey;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<AdminApiKey> {
        self.data
    }
}

/// An admin key of the organization, as listed (its secret redacted).
#[derive(Debug, Clone, PartialEq)]
pub struct AdminApiKey {
    /// Always `organization.admin_api_key`.
    pub object: String,
    /// Id of the key (`key_...`), used in the admin key endpoints.
    pub id: String,
    /// Label given to the key when it was made.
    pub name: Option<String>,
    /// The secret with all but its ends masked, such as `sk-admin...xyz`.
    pub redacted_value: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// When the key stops working (Unix seconds); null for a key without expiry.
    pub expires_at: Option<i64>,
    /// Most recent use of the key (Unix seconds); null if never used.
    pub last_used_at: Option<i64>,
    /// Who the key belongs to.
    pub owner: AdminApiKeyOwner,
}

impl Default for AdminApiKey {
    fn default() -> Self {
        Self {
            object: "organization.admin_api_key".to_owned(),
            id: Default::default(),
            name: Default::default(),
            redacted_value: Default::default(),
            created_at: Default::default(),
            expires_at: Default::default(),
            last_used_at: Default::default(),
            owner: Default::default(),
        }
    }
}

impl Serialize for AdminApiKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "name", &self.name)?;
        map.serialize_entry("redacted_value", &self.redacted_value)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "last_used_at", &self.last_used_at)?;
        map.serialize_entry("owner", &self.owner)?;
        map.end()
    }
}

impl codec::ObjectFields for AdminApiKey {
    const EXPECTING: &'static str = "an `AdminApiKey` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value()?,
            "redacted_value" => {
                self.redacted_value = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value()?,
            "last_used_at" => self.last_used_at = map.next_value()?,
            "owner" => self.owner = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for AdminApiKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Body of `POST /organization/admin_api_keys`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAdminApiKeyRequest {
    /// Label for the new key, to recognise it in lists.
    pub name: String,
    /// Lifetime of the key in seconds (at most a year); leave it out for a key that never expires.
    pub expires_in_seconds: Option<i64>,
}

impl Serialize for CreateAdminApiKeyRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "expires_in_seconds", &self.expires_in_seconds)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateAdminApiKeyRequest {
    const EXPECTING: &'static str = "a `CreateAdminApiKeyRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_in_seconds" => self.expires_in_seconds = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateAdminApiKeyRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateAdminApiKeyRequest {
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

    /// Sets `expires_in_seconds`.
    #[must_use]
    pub fn expires_in_seconds(mut self, value: impl Into<i64>) -> Self {
        self.expires_in_seconds = Some(value.into());
        self
    }
}

/// Confirmation that an admin key was revoked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAdminApiKeyResponse {
    /// Id of the revoked key.
    pub id: String,
    /// Always `organization.admin_api_key.deleted`.
    pub object: String,
    /// Whether the key was revoked.
    pub deleted: bool,
}

impl Default for DeleteAdminApiKeyResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "organization.admin_api_key.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for DeleteAdminApiKeyResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for DeleteAdminApiKeyResponse {
    const EXPECTING: &'static str = "a `DeleteAdminApiKeyResponse` object";
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

impl<'de> Deserialize<'de> for DeleteAdminApiKeyResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
