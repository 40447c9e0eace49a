// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `containers` operations.
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

mod files;

pub use files::*;

/// A page of containers.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerListResource {
    /// Always `list`.
    pub object: String,
    /// The containers on this page.
    pub data: Vec<ContainerResource>,
    /// Id of the first container on the page.
    pub first_id: String,
    /// Id of the last container on the page; pass it as `after` for the next page.
    pub last_id: String,
    /// Whether more containers follow.
    pub has_more: bool,
}

impl Default for ContainerListResource {
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

impl Serialize for ContainerListResource {
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

impl codec::ObjectFields for ContainerListResource {
    const EXPECTING: &'static str = "a `ContainerListResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            "first_id" => self.first_id = map.next_value::<codec::Lenient<_>>()?.0,
            "last_id" => self.last_id = map.next_value::<codec::Lenient<_>>()?.0,
            "has_more" => self.has_more = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ContainerListResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl crate::runtime::Page for ContainerListResource {
    type Item = ContainerResource;
    fn next_cursor(&self) -> Option<String> {
        if !self.has_more {
            return None;
        }

        Some(self.last_id.clone()).filter(|cursor| !cursor.is_empty())
    }

    fn into_items(self) -> Vec<ContainerResource> {
        self.data
    }
}

/// A sandboxed environment in which tools run code and keep files.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerResource {
    /// Container id (`cntr_...`).
    pub id: String,
    /// Object kind, `container`.
    pub object: String,
    /// Name given at creation.
    pub name: String,
    /// Creation time, in seconds since the Unix epoch.
    pub created_at: i64,
    /// Lifecycle state, such as `running` or `deleted`.
    pub status: String,
    /// Time of the latest activity, in seconds since the Unix epoch.
    pub last_active_at: Option<i64>,
    /// Idle timeout after which the container is shut down.
    pub expires_after: Option<ContainerResourceExpiresAfter>,
    /// Memory available to the container.
    pub memory_limit: Option<ContainerResourceMemoryLimit>,
    /// Outbound network access granted to the container.
    pub network_policy: Option<ContainerResourceNetworkPolicy>,
}

impl Serialize for ContainerResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("created_at", &self.created_at)?;
        map.serialize_entry("status", &self.status)?;
        codec::optional_entry(&mut map, "last_active_at", &self.last_active_at)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        codec::optional_entry(&mut map, "memory_limit", &self.memory_limit)?;
        codec::optional_entry(&mut map, "network_policy", &self.network_policy)?;
        map.end()
    }
}

impl codec::ObjectFields for ContainerResource {
    const EXPECTING: &'static str = "a `ContainerResource` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "created_at" => self.created_at = map.next_value::<codec::Lenient<_>>()?.0,
            "status" => self.status = map.next_value::<codec::Lenient<_>>()?.0,
            "last_active_at" => self.last_active_at = map.next_value()?,
            "expires_after" => self.expires_after = map.next_value()?,
            "memory_limit" => self.memory_limit = map.next_value()?,
            "network_policy" => self.network_policy = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ContainerResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Idle timeout after which the container is shut down.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerResourceExpiresAfter {
    /// Moment the idle countdown starts from; only `last_active_at`.
    pub anchor: Option<String>,
    /// How many idle minutes, counted from the anchor, the container survives.
    pub minutes: Option<i64>,
}

impl Serialize for ContainerResourceExpiresAfter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "anchor", &self.anchor)?;
        codec::optional_entry(&mut map, "minutes", &self.minutes)?;
        map.end()
    }
}

impl codec::ObjectFields for ContainerResourceExpiresAfter {
    const EXPECTING: &'static str = "a `ContainerResourceExpiresAfter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "anchor" => self.anchor = map.next_value()?,
            "minutes" => self.minutes = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ContainerResourceExpiresAfter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Memory available to the container.
#[derive(Debug, Clone)]
pub enum ContainerResourceMemoryLimit {
    /// `1g`
    V1g,
    /// `4g`
    V4g,
    /// `16g`
    V16g,
    /// `64g`
    V64g,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ContainerResourceMemoryLimit {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ContainerResourceMemoryLimit {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1g => "1g",
            Self::V4g => "4g",
            Self::V16g => "16g",
            Self::V64g => "64g",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ContainerResourceMemoryLimit {
    fn from(value: &str) -> Self {
        match value {
            "1g" => Self::V1g,
            "4g" => Self::V4g,
            "16g" => Self::V16g,
            "64g" => Self::V64g,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ContainerResourceMemoryLimit);

/// Outbound network access granted to the container.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerResourceNetworkPolicy {
    /// Whether access is limited to a list (`allowlist`) or off (`disabled`).
    pub r#type: ContainerResourceNetworkPolicyType,
    /// Domains that may be reached, for `allowlist`.
    pub allowed_domains: Option<Vec<String>>,
}

impl Serialize for ContainerResourceNetworkPolicy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        codec::optional_entry(&mut map, "allowed_domains", &self.allowed_domains)?;
        map.end()
    }
}

impl codec::ObjectFields for ContainerResourceNetworkPolicy {
    const EXPECTING: &'static str = "a `ContainerResourceNetworkPolicy` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "allowed_domains" => self.allowed_domains = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ContainerResourceNetworkPolicy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// Whether access is limited to a list (`allowlist`) or off (`disabled`).
#[derive(Debug, Clone)]
pub enum ContainerResourceNetworkPolicyType {
    /// `allowlist`
    Allowlist,
    /// `disabled`
    Disabled,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for ContainerResourceNetworkPolicyType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl ContainerResourceNetworkPolicyType {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allowlist => "allowlist",
            Self::Disabled => "disabled",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for ContainerResourceNetworkPolicyType {
    fn from(value: &str) -> Self {
        match value {
            "allowlist" => Self::Allowlist,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(ContainerResourceNetworkPolicyType);

/// Body of `POST /containers`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateContainerBody {
    /// Human-readable name of the container.
    pub name: String,
    /// Files from the Files API to copy into the container when it starts.
    pub file_ids: Option<Vec<String>>,
    /// How long the container may sit idle before it is shut down.
    pub expires_after: Option<CreateContainerBodyExpiresAfter>,
    /// Skills to install in the container, by reference or inline.
    pub skills: Option<Vec<CreateContainerBodySkillsItem>>,
    /// Memory available to the container; `1g` when left out.
    pub memory_limit: Option<CreateContainerBodyMemoryLimit>,
    /// Outbound network access from inside the container, selected by `type`.
    pub network_policy: Option<CreateContainerBodyNetworkPolicy>,
}

impl Serialize for CreateContainerBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("name", &self.name)?;
        codec::optional_entry(&mut map, "file_ids", &self.file_ids)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        codec::optional_entry(&mut map, "skills", &self.skills)?;
        codec::optional_entry(&mut map, "memory_limit", &self.memory_limit)?;
        codec::optional_entry(&mut map, "network_policy", &self.network_policy)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateContainerBody {
    const EXPECTING: &'static str = "a `CreateContainerBody` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "file_ids" => self.file_ids = map.next_value()?,
            "expires_after" => self.expires_after = map.next_value()?,
            "skills" => self.skills = map.next_value()?,
            "memory_limit" => self.memory_limit = map.next_value()?,
            "network_policy" => self.network_policy = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateContainerBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateContainerBody {
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

    /// Sets `file_ids`.
    #[must_use]
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }

    /// Sets `expires_after`.
    #[must_use]
    pub fn expires_after(
        mut self,
        value: impl Into<CreateContainerBodyExpiresAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }

    /// Sets `skills`.
    #[must_use]
    pub fn skills(
        mut self,
        value: impl Into<Vec<CreateContainerBodySkillsItem>>,
    ) -> Self {
        self.skills = Some(value.into());
        self
    }

    /// Sets `memory_limit`.
    #[must_use]
    pub fn memory_limit(
        mut self,
        value: impl Into<CreateContainerBodyMemoryLimit>,
    ) -> Self {
        self.memory_limit = Some(value.into());
        self
    }

    /// Sets `network_policy`.
    #[must_use]
    pub fn network_policy(
        mut self,
        value: impl Into<CreateContainerBodyNetworkPolicy>,
    ) -> Self {
        self.network_policy = Some(value.into());
        self
    }
}

/// How long the container may sit idle before it is shut down.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateContainerBodyExpiresAfter {
    /// Moment the idle countdown starts from; only `last_active_at`.
    pub anchor: String,
    /// How many idle minutes, counted from the anchor, the container survives.
    pub minutes: i64,
}

impl Default for CreateContainerBodyExpiresAfter {
    fn default() -> Self {
        Self {
            anchor: "last_active_at".to_owned(),
            minutes: Default::default(),
        }
    }
}

impl Serialize for CreateContainerBodyExpiresAfter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("anchor", &self.anchor)?;
        map.serialize_entry("minutes", &self.minutes)?;
        map.end()
    }
}

impl codec::ObjectFields for CreateContainerBodyExpiresAfter {
    const EXPECTING: &'static str = "a `CreateContainerBodyExpiresAfter` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "anchor" => self.anchor = map.next_value::<codec::Lenient<_>>()?.0,
            "minutes" => self.minutes = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for CreateContainerBodyExpiresAfter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl CreateContainerBodyExpiresAfter {
    /// Creates a value from its required fields (`minutes`); the rest start unset.
    #[must_use]
    pub fn new(minutes: impl Into<i64>) -> Self {
        Self {
            minutes: minutes.into(),
            ..Default::default()
        }
    }

    /// Sets `minutes`.
    #[must_use]
    pub fn minutes(mut self, value: impl Into<i64>) -> Self {
        self.minutes = value.into();
        self
    }
}

/// One skill for the container, selected by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateContainerBodySkillsItem {
    /// Names a skill created through the Skills API.
    SkillReference(SkillReferenceParam),
    /// A skill supplied directly in the request as a base64 zip archive.
    Inline(InlineSkillParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for CreateContainerBodySkillsItem {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<SkillReferenceParam> for CreateContainerBodySkillsItem {
    fn from(value: SkillReferenceParam) -> Self {
        Self::SkillReference(value)
    }
}

impl From<InlineSkillParam> for CreateContainerBodySkillsItem {
    fn from(value: InlineSkillParam) -> Self {
        Self::Inline(value)
    }
}

impl Serialize for CreateContainerBodySkillsItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SkillReference(value) => Serialize::serialize(value, serializer),
            Self::Inline(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateContainerBodySkillsItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("skill_reference") => codec::from_value(value).map(Self::SkillReference),
            Some("inline") => codec::from_value(value).map(Self::Inline),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Names a skill created through the Skills API.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillReferenceParam {
    /// Always `skill_reference`.
    pub r#type: String,
    /// Id of the skill.
    pub skill_id: String,
    /// Version to use, a positive integer or `latest`; the skill's default version when left out.
    pub version: Option<String>,
}

impl Default for SkillReferenceParam {
    fn default() -> Self {
        Self {
            r#type: "skill_reference".to_owned(),
            skill_id: Default::default(),
            version: Default::default(),
        }
    }
}

impl Serialize for SkillReferenceParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("skill_id", &self.skill_id)?;
        codec::optional_entry(&mut map, "version", &self.version)?;
        map.end()
    }
}

impl codec::ObjectFields for SkillReferenceParam {
    const EXPECTING: &'static str = "a `SkillReferenceParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "skill_id" => self.skill_id = map.next_value::<codec::Lenient<_>>()?.0,
            "version" => self.version = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for SkillReferenceParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl SkillReferenceParam {
    /// Creates a value from its required fields (`skill_id`); the rest start unset.
    #[must_use]
    pub fn new(skill_id: impl Into<String>) -> Self {
        Self {
            skill_id: skill_id.into(),
            ..Default::default()
        }
    }

    /// Sets `skill_id`.
    #[must_use]
    pub fn skill_id(mut self, value: impl Into<String>) -> Self {
        self.skill_id = value.into();
        self
    }

    /// Sets `version`.
    #[must_use]
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}

/// A skill supplied directly in the request as a base64 zip archive.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineSkillParam {
    /// Always `inline`.
    pub r#type: String,
    /// Name of the skill.
    pub name: String,
    /// What the skill is for; helps the model decide when to use it.
    pub description: String,
    /// The archive holding the skill's files.
    pub source: InlineSkillSourceParam,
}

impl Default for InlineSkillParam {
    fn default() -> Self {
        Self {
            r#type: "inline".to_owned(),
            name: Default::default(),
            description: Default::default(),
            source: Default::default(),
        }
    }
}

impl Serialize for InlineSkillParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("description", &self.description)?;
        map.serialize_entry("source", &self.source)?;
        map.end()
    }
}

impl codec::ObjectFields for InlineSkillParam {
    const EXPECTING: &'static str = "an `InlineSkillParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "description" => self.description = map.next_value::<codec::Lenient<_>>()?.0,
            "source" => self.source = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for InlineSkillParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl InlineSkillParam {
    /// Creates a value from its required fields (`name`, `description`, `source`); the rest start unset.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        source: impl Into<InlineSkillSourceParam>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            source: source.into(),
            ..Default::default()
        }
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `description`.
    #[must_use]
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }

    /// Sets `source`.
    #[must_use]
    pub fn source(mut self, value: impl Into<InlineSkillSourceParam>) -> Self {
        self.source = value.into();
        self
    }
}

/// A zip archive of a skill, encoded in base64.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineSkillSourceParam {
    /// Encoding of `data`; always `base64`.
    pub r#type: String,
    /// Format of the archive; always `application/zip`.
    pub media_type: String,
    /// The zip archive, base64-encoded.
    pub data: String,
}

impl Default for InlineSkillSourceParam {
    fn default() -> Self {
        Self {
            r#type: "base64".to_owned(),
            media_type: "application/zip".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for InlineSkillSourceParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("media_type", &self.media_type)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for InlineSkillSourceParam {
    const EXPECTING: &'static str = "an `InlineSkillSourceParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "media_type" => self.media_type = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for InlineSkillSourceParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl InlineSkillSourceParam {
    /// Creates a value from its required fields (`data`); the rest start unset.
    #[must_use]
    pub fn new(data: impl Into<String>) -> Self {
        Self {
            data: data.into(),
            ..Default::default()
        }
    }

    /// Sets `data`.
    #[must_use]
    pub fn data(mut self, value: impl Into<String>) -> Self {
        self.data = value.into();
        self
    }
}

/// Memory available to the container; `1g` when left out.
#[derive(Debug, Clone)]
pub enum CreateContainerBodyMemoryLimit {
    /// `1g`
    V1g,
    /// `4g`
    V4g,
    /// `16g`
    V16g,
    /// `64g`
    V64g,
    /// A value this version of the client does not know yet.
    Other(String),
}

/// An empty `Other`: what a missing value decodes to.
impl Default for CreateContainerBodyMemoryLimit {
    fn default() -> Self {
        Self::Other(String::new())
    }
}

impl CreateContainerBodyMemoryLimit {
    /// The value as sent on the wire.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1g => "1g",
            Self::V4g => "4g",
            Self::V16g => "16g",
            Self::V64g => "64g",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for CreateContainerBodyMemoryLimit {
    fn from(value: &str) -> Self {
        match value {
            "1g" => Self::V1g,
            "4g" => Self::V4g,
            "16g" => Self::V16g,
            "64g" => Self::V64g,
            other => Self::Other(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_traits!(CreateContainerBodyMemoryLimit);

/// Outbound network access from inside the container, selected by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateContainerBodyNetworkPolicy {
    /// No outbound network access at all.
    Disabled(ContainerNetworkPolicyDisabledParam),
    /// Outbound access restricted to a list of domains.
    Allowlist(ContainerNetworkPolicyAllowlistParam),
    /// A variant this version of the client does not know yet, kept as JSON.
    Unknown(serde_json::Value),
}

/// `Unknown(null)`: what a missing value decodes to.
impl Default for CreateContainerBodyNetworkPolicy {
    fn default() -> Self {
        Self::Unknown(serde_json::Value::Null)
    }
}

impl From<ContainerNetworkPolicyDisabledParam> for CreateContainerBodyNetworkPolicy {
    fn from(value: ContainerNetworkPolicyDisabledParam) -> Self {
        Self::Disabled(value)
    }
}

impl From<ContainerNetworkPolicyAllowlistParam> for CreateContainerBodyNetworkPolicy {
    fn from(value: ContainerNetworkPolicyAllowlistParam) -> Self {
        Self::Allowlist(value)
    }
}

impl Serialize for CreateContainerBodyNetworkPolicy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Disabled(value) => Serialize::serialize(value, serializer),
            Self::Allowlist(value) => Serialize::serialize(value, serializer),
            Self::Unknown(value) => Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CreateContainerBodyNetworkPolicy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("disabled") => codec::from_value(value).map(Self::Disabled),
            Some("allowlist") => codec::from_value(value).map(Self::Allowlist),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// No outbound network access at all.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerNetworkPolicyDisabledParam {
    /// Always `disabled`.
    pub r#type: String,
}

impl Default for ContainerNetworkPolicyDisabledParam {
    fn default() -> Self {
        Self {
            r#type: "disabled".to_owned(),
        }
    }
}

impl Serialize for ContainerNetworkPolicyDisabledParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.end()
    }
}

impl codec::ObjectFields for ContainerNetworkPolicyDisabledParam {
    const EXPECTING: &'static str = "a `ContainerNetworkPolicyDisabledParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ContainerNetworkPolicyDisabledParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ContainerNetworkPolicyDisabledParam {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }
}

/// Outbound access restricted to a list of domains.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerNetworkPolicyAllowlistParam {
    /// Always `allowlist`.
    pub r#type: String,
    /// Domains the container may reach.
    pub allowed_domains: Vec<String>,
    /// Secrets injected into requests to some of the allowed domains.
    pub domain_secrets: Option<Vec<ContainerNetworkPolicyDomainSecretParam>>,
}

impl Default for ContainerNetworkPolicyAllowlistParam {
    fn default() -> Self {
        Self {
            r#type: "allowlist".to_owned(),
            allowed_domains: Default::default(),
            domain_secrets: Default::default(),
        }
    }
}

impl Serialize for ContainerNetworkPolicyAllowlistParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("allowed_domains", &self.allowed_domains)?;
        codec::optional_entry(&mut map, "domain_secrets", &self.domain_secrets)?;
        map.end()
    }
}

impl codec::ObjectFields for ContainerNetworkPolicyAllowlistParam {
    const EXPECTING: &'static str = "a `ContainerNetworkPolicyAllowlistParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "type" => self.r#type = map.next_value::<codec::Lenient<_>>()?.0,
            "allowed_domains" => {
                self.allowed_domains = map.next_value::<codec::Lenient<_>>()?.0;
            }
            "domain_secrets" => self.domain_secrets = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ContainerNetworkPolicyAllowlistParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ContainerNetworkPolicyAllowlistParam {
    /// Creates a value from its required fields (`allowed_domains`); the rest start unset.
    #[must_use]
    pub fn new(allowed_domains: impl Into<Vec<String>>) -> Self {
        Self {
            allowed_domains: allowed_domains.into(),
            ..Default::default()
        }
    }

    /// Sets `allowed_domains`.
    #[must_use]
    pub fn allowed_domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_domains = value.into();
        self
    }

    /// Sets `domain_secrets`.
    #[must_use]
    pub fn domain_secrets(
        mut self,
        value: impl Into<Vec<ContainerNetworkPolicyDomainSecretParam>>,
    ) -> Self {
        self.domain_secrets = Some(value.into());
        self
    }
}

/// A named secret attached to outbound requests for one domain.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerNetworkPolicyDomainSecretParam {
    /// Domain the secret is sent to.
    pub domain: String,
    /// Name under which the secret is injected.
    pub name: String,
    /// The secret itself.
    pub value: String,
}

impl Serialize for ContainerNetworkPolicyDomainSecretParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("domain", &self.domain)?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("value", &self.value)?;
        map.end()
    }
}

impl codec::ObjectFields for ContainerNetworkPolicyDomainSecretParam {
    const EXPECTING: &'static str = "a `ContainerNetworkPolicyDomainSecretParam` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "domain" => self.domain = map.next_value::<codec::Lenient<_>>()?.0,
            "name" => self.name = map.next_value::<codec::Lenient<_>>()?.0,
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ContainerNetworkPolicyDomainSecretParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl ContainerNetworkPolicyDomainSecretParam {
    /// Creates a value from its required fields (`domain`, `name`, `value`); the rest start unset.
    #[must_use]
    pub fn new(
        domain: impl Into<String>,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            domain: domain.into(),
            name: name.into(),
            value: value.into(),
        }
    }

    /// Sets `domain`.
    #[must_use]
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.domain = value.into();
        self
    }

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets `value`.
    #[must_use]
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
}

/// Query and header parameters of `ListContainers`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListContainersParams {
    /// Page size, from 1 to 100.
    ///
    /// Defaults to `20` when unset.
    pub limit: Option<i64>,
    /// Sort by creation time, newest first (`desc`, the default) or oldest first (`asc`).
    ///
    /// Defaults to `"desc"` when unset.
    pub order: Option<SortOrder>,
    /// Pagination cursor; the id of the last object of the previous page.
    pub after: Option<String>,
    /// Only return containers whose name is exactly this.
    pub name: Option<String>,
}

impl ListContainersParams {
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

    /// Sets `name`.
    #[must_use]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
