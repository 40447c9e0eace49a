// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types of the `models` operations.
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

/// Confirmation that a fine-tuned model was deleted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteModelResponse {
    /// Name of the deleted model.
    pub id: String,
    /// Object type, `model`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl Serialize for DeleteModelResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for DeleteModelResponse {
    const EXPECTING: &'static str = "a `DeleteModelResponse` object";
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

impl<'de> Deserialize<'de> for DeleteModelResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// All models the caller can use.
#[derive(Debug, Clone, PartialEq)]
pub struct ListModelsResponse {
    /// Always `list`.
    pub object: String,
    /// The models.
    pub data: Vec<Model>,
}

impl Default for ListModelsResponse {
    fn default() -> Self {
        Self {
            object: "list".to_owned(),
            data: Default::default(),
        }
    }
}

impl Serialize for ListModelsResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("data", &self.data)?;
        map.end()
    }
}

impl codec::ObjectFields for ListModelsResponse {
    const EXPECTING: &'static str = "a `ListModelsResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "data" => self.data = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for ListModelsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

/// A model the caller can use.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Model name, used as `model` in requests.
    pub id: String,
    /// Always `model`.
    pub object: String,
    /// Time the model was created.
    pub created: i64,
    /// Organization that owns the model.
    pub owned_by: String,
    /// Date after which the model stops working, if one is announced.
    pub shutdown_date: Option<String>,
}

impl Default for Model {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "model".to_owned(),
            created: Default::default(),
            owned_by: Default::default(),
            shutdown_date: Default::default(),
        }
    }
}

impl Serialize for Model {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("created", &self.created)?;
        map.serialize_entry("owned_by", &self.owned_by)?;
        codec::optional_entry(&mut map, "shutdown_date", &self.shutdown_date)?;
        map.end()
    }
}

impl codec::ObjectFields for Model {
    const EXPECTING: &'static str = "a `Model` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value::<codec::Lenient<_>>()?.0,
            "object" => self.object = map.next_value::<codec::Lenient<_>>()?.0,
            "created" => self.created = map.next_value::<codec::Lenient<_>>()?.0,
            "owned_by" => self.owned_by = map.next_value::<codec::Lenient<_>>()?.0,
            "shutdown_date" => self.shutdown_date = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for Model {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
