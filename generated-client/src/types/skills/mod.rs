// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `skills` operations.
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

mod versions;

pub use versions::*;

/// Body of `POST /skills`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSkillBody {
    /// The skill's files: every file of its directory (sent as repeated
    /// `files[]` parts, at most 500), or a single zip archive.
    pub files: Vec<crate::runtime::FileUpload>,
}

impl CreateSkillBody {
    /// Creates a value from its required fields (`files`); the rest start unset.
    #[must_use]
    pub fn new(files: impl Into<Vec<crate::runtime::FileUpload>>) -> Self {
        Self { files: files.into() }
    }

    /// Sets `files`.
    #[must_use]
    pub fn files(mut self, value: impl Into<Vec<crate::runtime::FileUpload>>) -> Self {
        self.files = value.into();
        self
    }
}

impl crate::runtime::ToMultipart for CreateSkillBody {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.files;
            match values.as_slice() {
                [single] => form = form.file("files", single),
                many => {
                    for item in many {
                        form = form.file("files[]", item);
                    }
                }
            }
        }

        form
    }
}

/// Confirmation that a skill was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedSkillResource {
    /// Always `skill.deleted`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
    /// Id of the deleted skill.
    pub id: String,
}

impl Default for DeletedSkillResource {
    fn default() -> Self {
        Self {
            object: "skill.deleted".to_owned(),
            deleted: Default::default(),
            id: Default::default(),
        }
    }
}

impl Serialize for DeletedSkillResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.serialize_entry("id", &self.id)?;
        map.end()
    }
}

impl codec::ObjectFields for DeletedSkillResource {
    const EXPECTING: &'static str = "a `DeletedSkillResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for DeletedSkillResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListSkills`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSkillsParams {
    /// Page size, at most 100.
    pub limit: Option<i64>,
    /// Sort by creation time, `asc` (oldest first) or `desc` (newest first).
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
}

impl ListSkillsParams {
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
}

/// Body of `POST /skills/{skill_id}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetDefaultSkillVersionBody {
    /// Number of the version to use by default, such as `2`.
    pub default_version: String,
}

impl Serialize for SetDefaultSkillVersionBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("default_version", &self.default_version)?;
        map.end()
    }
}

impl codec::ObjectFields for SetDefaultSkillVersionBody {
    const EXPECTING: &'static str = "a `SetDefaultSkillVersionBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "default_version" => {
                self.default_version = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SetDefaultSkillVersionBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl SetDefaultSkillVersionBody {
    /// Creates a value from its required fields (`default_version`); the rest start unset.
    #[must_use]
    pub fn new(default_version: impl Into<String>) -> Self {
        Self {
            default_version: default_version.into(),
        }
    }

    /// Sets `default_version`.
    #[must_use]
    pub fn default_version(mut self, value: impl Into<String>) -> Self {
        self.default_version = value.into();
        self
    }
}

/// A page of skills.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillListResource {
    /// Always `list`.
    pub object: String,
    /// The skills on this page.
    pub data: Vec<SkillResource>,
    /// Id of the first skill on the page; null when the page is empty.
    pub first_id: Option<String>,
    /// Id of the last skill on the page, to pass as `after`; null when the page is empty.
    pub last_id: Option<String>,
    /// Whether more skills follow.
    pub has_more: bool,
}

impl Default for SkillListResource {
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

impl Serialize for SkillListResource {
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

impl codec::ObjectFields for SkillListResource {
    const EXPECTING: &'static str = "a `SkillListResource` object";
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

impl<'de> Deserialize<'de> for SkillListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for SkillListResource {
    type Item = SkillResource;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<SkillResource> {
        self.data
    }
}

/// A reusable skill and pointers to its versions.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillResource {
    /// Skill id (`skill_...`).
    pub id: String,
    /// Always `skill`.
    pub object: String,
    /// Name of the skill.
    pub name: String,
    /// What the skill does, as declared in its files.
    pub description: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Version used when the skill is referenced without one.
    pub default_version: String,
    /// Most recently uploaded version.
    pub latest_version: String,
}

impl Default for SkillResource {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "skill".to_owned(),
            name: Default::default(),
            description: Default::default(),
            created_at: Default::default(),
            default_version: Default::default(),
            latest_version: Default::default(),
        }
    }
}

impl Serialize for SkillResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("default_version", &self.default_version)?;
        map.serialize_entry("latest_version", &self.latest_version)?;
        map.end()
    }
}

impl codec::ObjectFields for SkillResource {
    const EXPECTING: &'static str = "a `SkillResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "default_version" => {
                self.default_version = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "latest_version" => {
                self.latest_version = map.next_value::<codec::Lenient<_>>()?.0;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SkillResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
