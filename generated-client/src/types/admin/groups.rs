// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.groups` operations use.
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

/// Body of `POST /organization/groups`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupBody {
    /// Display name of the new group.
    pub name: String,
}

impl Serialize for CreateGroupBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateGroupBody {
    const EXPECTING: &'static str = "a `CreateGroupBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateGroupBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateGroupBody {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}

/// Body of `POST /organization/groups/{group_id}/users`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupUserBody {
    /// Id of the organization member to add.
    pub user_id: String,
}

impl Serialize for CreateGroupUserBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("user_id", &self.user_id)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateGroupUserBody {
    const EXPECTING: &'static str = "a `CreateGroupUserBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "user_id" => self.user_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateGroupUserBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateGroupUserBody {
    /// Creates a value from its required fields (`user_id`); the rest start unset.
    #[must_use]
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }

    /// Sets `user_id`.
    #[must_use]
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Confirmation that a group was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupDeletedResource {
    /// Always `group.deleted`.
    pub object: String,
    /// Id of the deleted group.
    pub id: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl Default for GroupDeletedResource {
    fn default() -> Self {
        Self {
            object: "group.deleted".to_owned(),
            id: Default::default(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for GroupDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for GroupDeletedResource {
    const EXPECTING: &'static str = "a `GroupDeletedResource` object";
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

impl<'de> Deserialize<'de> for GroupDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of organization groups; the following page is fetched with `next` as `after`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupListResource {
    /// Always `list`.
    pub object: String,
    /// The groups on this page.
    pub data: Vec<GroupResponse>,
    /// Whether more groups follow.
    pub has_more: bool,
    /// Cursor of the following page; `null` on the last one.
    pub next: Option<String>,
}

impl Default for GroupListResource {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
            next: Default::default(),
        }
    }
}

impl Serialize for GroupListResource {
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

impl codec::ObjectFields for GroupListResource {
    const EXPECTING: &'static str = "a `GroupListResource` object";
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

impl<'de> Deserialize<'de> for GroupListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for GroupListResource {
    type Item = GroupResponse;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.next.clone()
    }

    fn into_items(self) -> Vec<GroupResponse> {
        self.data
    }
}

/// A group of the organization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupResponse {
    /// Always `group`.
    pub object: Option<String>,
    /// Group id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Whether the group is provisioned through SCIM by an identity provider.
    pub is_scim_managed: bool,
    /// Kind of group.
    pub group_type: GroupType,
}

impl Serialize for GroupResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("is_scim_managed", &self.is_scim_managed)?;
        map.serialize_entry("group_type", &self.group_type)?;
        map.end()
    }
}

impl codec::ObjectFields for GroupResponse {
    const EXPECTING: &'static str = "a `GroupResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value()?,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "is_scim_managed" => {
                self.is_scim_managed = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "group_type" => self.group_type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for GroupResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A member of a group, looked up individually.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupMemberUser {
    /// User id.
    pub id: String,
    /// Full name of the user.
    pub name: String,
    /// Email address; `null` for members that have none.
    pub email: Option<String>,
    /// URL of the user's avatar.
    pub picture: Option<String>,
    /// Whether the member is a service account.
    pub is_service_account: Option<bool>,
    /// Kind of user.
    pub user_type: GroupMemberUserUserType,
}

impl Serialize for GroupMemberUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("picture", &self.picture)?;
        map.serialize_entry("is_service_account", &self.is_service_account)?;
        map.serialize_entry("user_type", &self.user_type)?;
        map.end()
    }
}

impl codec::ObjectFields for GroupMemberUser {
    const EXPECTING: &'static str = "a `GroupMemberUser` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "email" => self.email = map.next_value()?,
            "picture" => self.picture = map.next_value()?,
            "is_service_account" => self.is_service_account = map.next_value()?,
            "user_type" => self.user_type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for GroupMemberUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Kind of user.
#[derive(Debug, Clone)]
pub enum GroupMemberUserUserType {
    /// `user`
    User,
    /// `tenant_user`
    TenantUser,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for GroupMemberUserUserType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl GroupMemberUserUserType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::TenantUser => "tenant_user",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for GroupMemberUserUserType {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "tenant_user" => Self::TenantUser,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(GroupMemberUserUserType);

/// A group as returned after it was renamed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupResourceWithSuccess {
    /// Group id.
    pub id: String,
    /// Display name, after the change.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Whether the group is provisioned through SCIM by an identity provider.
    pub is_scim_managed: bool,
}

impl Serialize for GroupResourceWithSuccess {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("is_scim_managed", &self.is_scim_managed)?;
        map.end()
    }
}

impl codec::ObjectFields for GroupResourceWithSuccess {
    const EXPECTING: &'static str = "a `GroupResourceWithSuccess` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "is_scim_managed" => {
                self.is_scim_managed = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for GroupResourceWithSuccess {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirmation that a user joined a group.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupUserAssignment {
    /// Always `group.user`.
    pub object: String,
    /// Id of the user who was added.
    pub user_id: String,
    /// Id of the group they joined.
    pub group_id: String,
}

impl Default for GroupUserAssignment {
    fn default() -> Self {
        Self {
            object: "group.user".to_owned(),
            user_id: Default::default(),
            group_id: Default::default(),
        }
    }
}

impl Serialize for GroupUserAssignment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("user_id", &self.user_id)?;
        map.serialize_entry("group_id", &self.group_id)?;
        map.end()
    }
}

impl codec::ObjectFields for GroupUserAssignment {
    const EXPECTING: &'static str = "a `GroupUserAssignment` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "user_id" => self.user_id = map.next_value::<codec::Lenient<_>>()?.0,
            "group_id" => self.group_id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for GroupUserAssignment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Confirmation that a user left a group.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupUserDeletedResource {
    /// Always `group.user.deleted`.
    pub object: String,
    /// Whether the membership ended.
    pub deleted: bool,
}

impl Default for GroupUserDeletedResource {
    fn default() -> Self {
        Self {
            object: "group.user.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for GroupUserDeletedResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for GroupUserDeletedResource {
    const EXPECTING: &'static str = "a `GroupUserDeletedResource` object";
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

impl<'de> Deserialize<'de> for GroupUserDeletedResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListGroupRoleAssignments`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupRoleAssignmentsParams {
    /// Page size, from 0 to 1,000.
    pub limit: Option<i64>,
    /// Pagination cursor; the `next` value of the previous page.
    pub after: Option<String>,
    /// Sort order of the assignments, `asc` or `desc`.
    pub order: Option<SortOrder>,
}

impl ListGroupRoleAssignmentsParams {
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

/// Query and header parameters of `ListGroupUsers`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupUsersParams {
    /// Page size, from 0 to 1,000; 100 when omitted.
    ///
    /// Defaults to `100` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last user of the previous page.
    pub after: Option<String>,
    /// Sort by creation time, newest first (`desc`, the default) or oldest first (`asc`).
    ///
    /// Defaults to `"desc"` when unset.
    pub order: Option<SortOrder>,
}

impl ListGroupUsersParams {
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

/// Query and header parameters of `ListGroups`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsParams {
    /// Page size, from 0 to 1,000; 100 when omitted.
    ///
    /// Defaults to `100` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last group of the previous page.
    pub after: Option<String>,
    /// Sort by creation time, oldest first (`asc`, the default) or newest first (`desc`).
    ///
    /// Defaults to `"asc"` when unset.
    pub order: Option<SortOrder>,
}

impl ListGroupsParams {
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

/// Body of `POST /organization/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateGroupBody {
    /// New display name.
    pub name: String,
}

impl Serialize for UpdateGroupBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        map.end()
    }
}

impl codec::ObjectFields for UpdateGroupBody {
    const EXPECTING: &'static str = "an `UpdateGroupBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for UpdateGroupBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl UpdateGroupBody {
    /// Creates a value from its required fields (`name`); the rest start unset.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}

/// A page of group members; the following page is fetched with `next` as `after`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserListResource {
    /// Always `list`.
    pub object: String,
    /// The members on this page.
    pub data: Vec<GroupUser>,
    /// Whether more members follow.
    pub has_more: bool,
    /// Cursor of the following page; `null` on the last one.
    pub next: Option<String>,
}

impl Default for UserListResource {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
            has_more: Default::default(),
            next: Default::default(),
        }
    }
}

impl Serialize for UserListResource {
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

impl codec::ObjectFields for UserListResource {
    const EXPECTING: &'static str = "an `UserListResource` object";
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

impl<'de> Deserialize<'de> for UserListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for UserListResource {
    type Item = GroupUser;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.next.clone()
    }

    fn into_items(self) -> Vec<GroupUser> {
        self.data
    }
}

/// A member of a group, as listed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUser {
    /// User id.
    pub id: String,
    /// Full name of the user.
    pub name: String,
    /// Email address of the user.
    pub email: Option<String>,
}

impl Serialize for GroupUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("email", &self.email)?;
        map.end()
    }
}

impl codec::ObjectFields for GroupUser {
    const EXPECTING: &'static str = "a `GroupUser` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "email" => self.email = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for GroupUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
