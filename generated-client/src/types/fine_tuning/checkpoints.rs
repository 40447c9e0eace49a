// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `fine_tuning.checkpoints` operations use.
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

/// Body of `POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateFineTuningCheckpointPermissionRequest {
    /// Projects that receive access.
    pub project_ids: Vec<String>,
}

impl Serialize for CreateFineTuningCheckpointPermissionRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("project_ids", &self.project_ids)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateFineTuningCheckpointPermissionRequest {
    const EXPECTING: &'static str = "a `CreateFineTuningCheckpointPermissionRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "project_ids" => self.project_ids = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateFineTuningCheckpointPermissionRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateFineTuningCheckpointPermissionRequest {
    /// Creates a value from its required fields (`project_ids`); the rest start unset.
    #[must_use]
    pub fn new(project_ids: impl Into<Vec<String>>) -> Self {
        Self {
            project_ids: project_ids.into(),
        }
    }

    /// Sets `project_ids`.
    #[must_use]
    pub fn project_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.project_ids = value.into();
        self
    }
}

/// Confirmation that a checkpoint permission was revoked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteFineTuningCheckpointPermissionResponse {
    /// Id of the revoked permission.
    pub id: String,
    /// Always `checkpoint.permission`.
    pub object: String,
    /// Whether the permission is gone.
    pub deleted: bool,
}

impl Default for DeleteFineTuningCheckpointPermissionResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "checkpoint.permission".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for DeleteFineTuningCheckpointPermissionResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for DeleteFineTuningCheckpointPermissionResponse {
    const EXPECTING: &'static str = "a `DeleteFineTuningCheckpointPermissionResponse` object";
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

impl<'de> Deserialize<'de> for DeleteFineTuningCheckpointPermissionResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A page of checkpoint permissions.
#[derive(Debug, Clone, PartialEq)]
pub struct ListFineTuningCheckpointPermissionResponse {
    /// Always `list`.
    pub object: String,
    /// The permissions on this page.
    pub data: Vec<FineTuningCheckpointPermission>,
    /// Id of the first permission on the page.
    pub first_id: Option<String>,
    /// Id of the last permission on the page; pass it as `after` for the next page.
    pub last_id: Option<String>,
    /// Whether more permissions follow.
    pub has_more: bool,
}

impl Default for ListFineTuningCheckpointPermissionResponse {
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

impl Serialize for ListFineTuningCheckpointPermissionResponse {
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

impl codec::ObjectFields for ListFineTuningCheckpointPermissionResponse {
    const EXPECTING: &'static str = "a `ListFineTuningCheckpointPermissionResponse` object";
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

impl<'de> Deserialize<'de> for ListFineTuningCheckpointPermissionResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ListFineTuningCheckpointPermissionResponse {
    type Item = FineTuningCheckpointPermission;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<FineTuningCheckpointPermission> {
        self.data
    }
}

/// Access of one project to a fine-tuned checkpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct FineTuningCheckpointPermission {
    /// Permission id (`cp_...`).
    pub id: String,
    /// Time the access was granted.
    pub created_at: i64,
    /// Project that may use the checkpoint.
    pub project_id: String,
    /// Always `checkpoint.permission`.
    pub object: String,
}

impl Default for FineTuningCheckpointPermission {
    fn default() -> Self {
        Self {
            id: Default::default(),
            created_at: Default::default(),
            project_id: Default::default(),
            object: "checkpoint.permission".to_owned(),
        }
    }
}

impl Serialize for FineTuningCheckpointPermission {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("project_id", &self.project_id)?;
        map.serialize_entry("object", &self.object)?;
        map.end()
    }
}

impl codec::ObjectFields for FineTuningCheckpointPermission {
    const EXPECTING: &'static str = "a `FineTuningCheckpointPermission` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "project_id" => self.project_id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for FineTuningCheckpointPermission {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListFineTuningCheckpointPermissions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFineTuningCheckpointPermissionsParams {
    /// Only return the permission of this project.
    pub project_id: Option<String>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Page size.
    ///
    /// Defaults to `10` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, `descending` (the default) or `ascending`.
    ///
    /// Defaults to `"descending"` when unset.
    pub order: Option<ListFineTuningCheckpointPermissionsOrder>,
}

impl ListFineTuningCheckpointPermissionsParams {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `project_id`.
    #[must_use]
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }

    /// Sets `after`.
    #[must_use]
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `order`.
    #[must_use]
    pub fn order(
        mut self,
        value: impl Into<ListFineTuningCheckpointPermissionsOrder>,
    ) -> Self {
        self.order = Some(value.into());
        self
    }
}

/// The `order` query parameter of `GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`.
#[derive(Debug, Clone, Default)]
pub enum ListFineTuningCheckpointPermissionsOrder {
    /// `ascending`
    Ascending,
    /// `descending`
    #[default]
    Descending,
    /// A value this version of the client does not know yet.
    Other(String),
}

impl ListFineTuningCheckpointPermissionsOrder {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ascending => "ascending",
            Self::Descending => "descending",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ListFineTuningCheckpointPermissionsOrder {
    fn from(value: &str) -> Self {
        match value {
            "ascending" => Self::Ascending,
            "descending" => Self::Descending,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ListFineTuningCheckpointPermissionsOrder);
