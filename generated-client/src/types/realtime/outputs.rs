// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the responses of the `realtime` operations use.
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

/// An ephemeral key returned by the legacy session endpoints.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeBetaClientSecret {
    /// The key, used as a bearer token by the client app.
    pub value: String,
    /// When the key stops working (Unix seconds).
    pub expires_at: i64,
}

impl Serialize for RealtimeBetaClientSecret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeBetaClientSecret {
    const EXPECTING: &'static str = "a `RealtimeBetaClientSecret` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeBetaClientSecret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
