// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.users` operations use.
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

/// Query and header parameters of `ListUserRoleAssignments`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserRoleAssignmentsParams {
    /// Page size, from 0 to 1,000.
    pub limit: Option<i64>,
    /// Pagination cursor; the `next` value of the previous page.
    pub after: Option<String>,
    /// Sort order of the assignments, `asc` or `desc`.
    pub order: Option<SortOrder>,
}

impl ListUserRoleAssignmentsParams {
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

/// Query and header parameters of `ListUsers`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUsersParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Only return users whose email address is one of these.
    pub emails: Option<Vec<String>>,
}

impl ListUsersParams {
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

    /// Sets `emails`.
    #[must_use]
    pub fn emails(mut self, value: impl Into<Vec<String>>) -> Self {
        self.emails = Some(value.into());
        self
    }
}

/// Confirmation that a user was taken out of the organization.
#[derive(Debug, Clone, PartialEq)]
pub struct UserDeleteResponse {
    /// Always `organization.user.deleted`.
    pub object: String,
    /// Id of the removed user.
    pub id: String,
    /// Whether the user was removed.
    pub deleted: bool,
}

impl Default for UserDeleteResponse {
    fn default() -> Self {
        Self {
            object: "organization.user.deleted".to_owned(),
            id: Default::default(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for UserDeleteResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for UserDeleteResponse {
    const EXPECTING: &'static str = "an `UserDeleteResponse` object";
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

impl<'de> Deserialize<'de> for UserDeleteResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of organization members.
#[derive(Debug, Clone, PartialEq)]
pub struct UserListResponse {
    /// Always `list`.
    pub object: String,
    /// The users on this page.
    pub data: Vec<User>,
    /// Id of the first user on the page.
    pub first_id: Option<String>,
    /// Id of the last user on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more users follow.
    pub has_more: bool,
}

impl Default for UserListResponse {
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

impl Serialize for UserListResponse {
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

impl codec::ObjectFields for UserListResponse {
    const EXPECTING: &'static str = "an `UserListResponse` object";
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

impl<'de> Deserialize<'de> for UserListResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for UserListResponse {
    type Item = User;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<User> {
        self.data
    }
}

/// Body of `POST /organization/users/{user_id}`; fields left out keep their value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserRoleUpdateRequest {
    /// New organization role, `owner` or `reader`.
    pub role: Option<String>,
    /// Id of a role to give the user instead of a role name.
    pub role_id: Option<String>,
    /// Self-described technical level to record.
    pub technical_level: Option<String>,
    /// Developer persona to record.
    pub developer_persona: Option<String>,
}

impl Serialize for UserRoleUpdateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "role", &self.role)?;
        codec::optional_entry(&mut map, "role_id", &self.role_id)?;
        codec::optional_entry(&mut map, "technical_level", &self.technical_level)?;
        codec::optional_entry(&mut map, "developer_persona", &self.developer_persona)?;
        map.end()
    }
}

impl codec::ObjectFields for UserRoleUpdateRequest {
    const EXPECTING: &'static str = "an `UserRoleUpdateRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "role" => self.role = map.next_value()?,
            "role_id" => self.role_id = map.next_value()?,
            "technical_level" => self.technical_level = map.next_value()?,
            "developer_persona" => self.developer_persona = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UserRoleUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UserRoleUpdateRequest {
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

    /// Sets `role_id`.
    #[must_use]
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = Some(value.into());
        self
    }

    /// Sets `technical_level`.
    #[must_use]
    pub fn technical_level(mut self, value: impl Into<String>) -> Self {
        self.technical_level = Some(value.into());
        self
    }

    /// Sets `developer_persona`.
    #[must_use]
    pub fn developer_persona(mut self, value: impl Into<String>) -> Self {
        self.developer_persona = Some(value.into());
        self
    }
}
