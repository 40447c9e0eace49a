// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `admin.invites` operations use.
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

/// Confirmation that an invitation was withdrawn.
#[derive(Debug, Clone, PartialEq)]
pub struct InviteDeleteResponse {
    /// Always `organization.invite.deleted`.
    pub object: String,
    /// Id of the withdrawn invite.
    pub id: String,
    /// Whether it was withdrawn.
    pub deleted: bool,
}

impl Default for InviteDeleteResponse {
    fn default() -> Self {
        Self {
            object: "organization.invite.deleted".to_owned(),
            id: Default::default(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for InviteDeleteResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for InviteDeleteResponse {
    const EXPECTING: &'static str = "an `InviteDeleteResponse` object";
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

impl<'de> Deserialize<'de> for InviteDeleteResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of invites.
#[derive(Debug, Clone, PartialEq)]
pub struct InviteListResponse {
    /// Always `list`.
    pub object: String,
    /// The invites on this page.
    pub data: Vec<Invite>,
    /// Id of the first invite on the page.
    pub first_id: Option<String>,
    /// Id of the last invite on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more invites follow.
    pub has_more: bool,
}

impl Default for InviteListResponse {
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

impl Serialize for InviteListResponse {
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

impl codec::ObjectFields for InviteListResponse {
    const EXPECTING: &'static str = "an `InviteListResponse` object";
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

impl<'de> Deserialize<'de> for InviteListResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for InviteListResponse {
    type Item = Invite;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<Invite> {
        self.data
    }
}

/// An invitation for someone to join the organization.
#[derive(Debug, Clone, PartialEq)]
pub struct Invite {
    /// Always `organization.invite`.
    pub object: String,
    /// Invite id (`invite-...`).
    pub id: String,
    /// Address the invitation went to.
    pub email: String,
    /// Organization role the invitee receives.
    pub role: InviteRole,
    /// Where the invitation stands.
    pub status: InviteStatus,
    /// Time the invitation was sent, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Time the invitation lapses, in seconds since the Unix epoch.
    pub expires_at: Option<i64>,
    /// Time the invitation was taken up, in seconds since the Unix epoch; `null` until then.
    pub accepted_at: Option<i64>,
    /// Project memberships that come with accepting.
    pub projects: Vec<InviteProject>,
}

impl Default for Invite {
    fn default() -> Self {
        Self {
            object: "organization.invite".to_owned(),
            id: Default::default(),
            email: Default::default(),
            role: Default::default(),
            status: Default::default(),
            created_at: Default::default(),
            expires_at: Default::default(),
            accepted_at: Default::default(),
            projects: Default::default(),
        }
    }
}

impl Serialize for Invite {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("created_at", &self.created_at)?;
        codec::optional_entry(&mut map, "expires_at", &self.expires_at)?;
        codec::optional_entry(&mut map, "accepted_at", &self.accepted_at)?;
        map.serialize_entry("projects", &self.projects)?;
        map.end()
    }
}

impl codec::ObjectFields for Invite {
    const EXPECTING: &'static str = "an `Invite` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "email" => self.email = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value()?,
            "accepted_at" => self.accepted_at = map.next_value()?,
            "projects" => self.projects = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Invite {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Organization role an invitation grants, `owner` or `reader`.
#[derive(Debug, Clone)]
pub enum InviteRole {
    /// `owner`
    Owner,
    /// `reader`
    Reader,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for InviteRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl InviteRole {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "owner",
            Self::Reader => "reader",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for InviteRole {
    fn from(value: &str) -> Self {
        match value {
            "owner" => Self::Owner,
            "reader" => Self::Reader,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(InviteRole);

/// Where the invitation stands.
#[derive(Debug, Clone)]
pub enum InviteStatus {
    /// `accepted`
    Accepted,
    /// `expired`
    Expired,
    /// `pending`
    Pending,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for InviteStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl InviteStatus {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accepted => "accepted",
            Self::Expired => "expired",
            Self::Pending => "pending",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for InviteStatus {
    fn from(value: &str) -> Self {
        match value {
            "accepted" => Self::Accepted,
            "expired" => Self::Expired,
            "pending" => Self::Pending,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(InviteStatus);

/// A project membership granted when an invitation is accepted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InviteProject {
    /// Project id.
    pub id: String,
    /// Role in that project.
    pub role: InviteProjectRole,
}

impl Serialize for InviteProject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("role", &self.role)?;
        map.end()
    }
}

impl codec::ObjectFields for InviteProject {
    const EXPECTING: &'static str = "an `InviteProject` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for InviteProject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl InviteProject {
    /// Creates a value from its required fields (`id`, `role`); the rest start unset.
    #[must_use]
    pub fn new(id: impl Into<String>, role: impl Into<InviteProjectRole>) -> Self {
        Self {
            id: id.into(),
            role: role.into(),
        }
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<InviteProjectRole>) -> Self {
        self.role = value.into();
        self
    }
}

/// Role in that project.
#[derive(Debug, Clone)]
pub enum InviteProjectRole {
    /// `member`
    Member,
    /// `owner`
    Owner,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for InviteProjectRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl InviteProjectRole {
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

impl From<&str> for InviteProjectRole {
    fn from(value: &str) -> Self {
        match value {
            "member" => Self::Member,
            "owner" => Self::Owner,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(InviteProjectRole);

/// Body of `POST /organization/invites`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InviteRequest {
    /// Address to send the invitation to.
    pub email: String,
    /// Organization role the invitee receives.
    pub role: InviteRole,
    /// Projects to join on acceptance. Leave it out to join only the
    /// default project (the historical behaviour); send an empty list to
    /// join no project at all.
    pub projects: Option<Vec<InviteProject>>,
}

impl Serialize for InviteRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("email", &self.email)?;
        map.serialize_entry("role", &self.role)?;
        codec::optional_entry(&mut map, "projects", &self.projects)?;
        map.end()
    }
}

impl codec::ObjectFields for InviteRequest {
    const EXPECTING: &'static str = "an `InviteRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "email" => self.email = map.next_value::<codec::Lenient<_>>()?.0,
            "role" => self.role = map.next_value::<codec::Lenient<_>>()?.0,
            "projects" => self.projects = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for InviteRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl InviteRequest {
    /// Creates a value from its required fields (`email`, `role`); the rest start unset.
    #[must_use]
    pub fn new(email: impl Into<String>, role: impl Into<InviteRole>) -> Self {
        Self {
            email: email.into(),
            role: role.into(),
            ..Default::default()
        }
    }

    /// Sets `email`.
    #[must_use]
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = value.into();
        self
    }

    /// Sets `role`.
    #[must_use]
    pub fn role(mut self, value: impl Into<InviteRole>) -> Self {
        self.role = value.into();
        self
    }

    /// Sets `projects`.
    #[must_use]
    pub fn projects(mut self, value: impl Into<Vec<InviteProject>>) -> Self {
        self.projects = Some(value.into());
        self
    }
}

/// Query and header parameters of `ListInvites`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInvitesParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
}

impl ListInvitesParams {
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
