// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `skills.versions` operations use.
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

/// Body of `POST /skills/{skill_id}/versions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSkillVersionBody {
    /// The version's files: every file of the skill directory (sent as
    /// repeated `files[]` parts, at most 500), or a single zip archive.
    pub files: Vec<crate::runtime::FileUpload>,
    /// Make this version the skill's default.
    pub default: Option<bool>,
}

impl CreateSkillVersionBody {
    /// Creates a value from its required fields (`files`); the rest start unset.
    #[must_use]
    pub fn new(files: impl Into<Vec<crate::runtime::FileUpload>>) -> Self {
        Self {
            files: files.into(),
            ..Default::default()
        }
    }

    /// Sets `files`.
    #[must_use]
    pub fn files(mut self, value: impl Into<Vec<crate::runtime::FileUpload>>) -> Self {
        self.files = value.into();
        self
    }

    /// Sets `default`.
    #[must_use]
    pub fn default(mut self, value: impl Into<bool>) -> Self {
        self.default = Some(value.into());
        self
    }
}

impl crate::runtime::ToMultipart for CreateSkillVersionBody {
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

        if let Some(values) = &self.default {
            form = form.text("default", values);
        }

        form
    }
}

/// Confirmation that a skill version was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedSkillVersionResource {
    /// Always `skill.version.deleted`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
    /// Id of the deleted version (`skillver_...`).
    pub id: String,
    /// Number of the deleted version.
    pub version: Option<String>,
}

impl Default for DeletedSkillVersionResource {
    fn default() -> Self {
        Self {
            object: "skill.version.deleted".to_owned(),
            deleted: Default::default(),
            id: Default::default(),
            version: Default::default(),
        }
    }
}

impl Serialize for DeletedSkillVersionResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.serialize_entry("id", &self.id)?;
        codec::optional_entry(&mut map, "version", &self.version)?;
        map.end()
    }
}

impl codec::ObjectFields for DeletedSkillVersionResource {
    const EXPECTING: &'static str = "a `DeletedSkillVersionResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "deleted" => self.deleted = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "version" => self.version = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for DeletedSkillVersionResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Query and header parameters of `ListSkillVersions`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSkillVersionsParams {
    /// Page size, at most 100.
    pub limit: Option<i64>,
    /// Sort by version number, `asc` (lowest first) or `desc` (highest first).
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id (`skillver_...`) of the last version of the previous page.
    pub after: Option<String>,
}

impl ListSkillVersionsParams {
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

/// A page of skill versions.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillVersionListResource {
    /// Always `list`.
    pub object: String,
    /// The versions on this page.
    pub data: Vec<SkillVersionResource>,
    /// Id of the first version on the page; null when the page is empty.
    pub first_id: Option<String>,
    /// Id of the last version on the page, to pass as `after`; null when the page is empty.
    pub last_id: Option<String>,
    /// Whether more versions follow.
    pub has_more: bool,
}

impl Default for SkillVersionListResource {
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

impl Serialize for SkillVersionListResource {
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

impl codec::ObjectFields for SkillVersionListResource {
    const EXPECTING: &'static str = "a `SkillVersionListResource` object";
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

impl<'de> Deserialize<'de> for SkillVersionListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for SkillVersionListResource {
    type Item = SkillVersionResource;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        self.last_id.clone()
    }

    fn into_items(self) -> Vec<SkillVersionResource> {
        self.data
    }
}

/// One immutable upload of a skill's files.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillVersionResource {
    /// Always `skill.version`.
    pub object: String,
    /// Skill version id (`skillver_...`).
    pub id: String,
    /// Skill the version belongs to.
    pub skill_id: String,
    /// Version number, counting up from `1`.
    pub version: String,
    /// Upload time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Skill name declared by this version.
    pub name: String,
    /// Skill description declared by this version.
    pub description: String,
}

impl Default for SkillVersionResource {
    fn default() -> Self {
        Self {
            object: "skill.version".to_owned(),
            id: Default::default(),
            skill_id: Default::default(),
            version: Default::default(),
            created_at: Default::default(),
            name: Default::default(),
            description: Default::default(),
        }
    }
}

impl Serialize for SkillVersionResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("skill_id", &self.skill_id)?;
        map.serialize_entry("version", &self.version)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.end()
    }
}

impl codec::ObjectFields for SkillVersionResource {
    const EXPECTING: &'static str = "a `SkillVersionResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "skill_id" => self.skill_id = map.next_value::<codec::Lenient<_>>()?.0,
            "version" => self.version = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SkillVersionResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
