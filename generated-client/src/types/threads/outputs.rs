// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the responses of the `threads` operations use.
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

/// Confirmation that a thread was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteThreadResponse {
    /// Id of the deleted thread.
    pub id: String,
    /// Always `thread.deleted`.
    pub object: String,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl Default for DeleteThreadResponse {
    fn default() -> Self {
        Self {
            id: Default::default(),
            object: "thread.deleted".to_owned(),
            deleted: Default::default(),
        }
    }
}

impl Serialize for DeleteThreadResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("object", &self.object)?;
        map.serialize_entry("deleted", &self.deleted)?;
        map.end()
    }
}

impl codec::ObjectFields for DeleteThreadResponse {
    const EXPECTING: &'static str = "a `DeleteThreadResponse` object";
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

impl<'de> Deserialize<'de> for DeleteThreadResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
