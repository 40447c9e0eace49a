// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `realtime.client_secrets` operations use.
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

/// What to mint a Realtime client secret for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeCreateClientSecretRequest {
    /// How long the secret stays valid.
    pub expires_after: Option<RealtimeClientSecretExpiresAfter>,
    /// Settings of the session the secret opens.
    pub session: Option<RealtimeSessionConfig>,
}

impl Serialize for RealtimeCreateClientSecretRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "expires_after", &self.expires_after)?;
        codec::optional_entry(&mut map, "session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeCreateClientSecretRequest {
    const EXPECTING: &'static str = "a `RealtimeCreateClientSecretRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "expires_after" => self.expires_after = map.next_value()?,
            "session" => self.session = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeCreateClientSecretRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeCreateClientSecretRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `expires_after`.
    #[must_use]
    pub fn expires_after(
        mut self,
        value: impl Into<RealtimeClientSecretExpiresAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }

    /// Sets `session`.
    #[must_use]
    pub fn session(mut self, value: impl Into<RealtimeSessionConfig>) -> Self {
        self.session = Some(value.into());
        self
    }
}

/// A freshly minted Realtime client secret and its session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeCreateClientSecretResponse {
    /// The secret (`ek_...`), used as a bearer token by the client app.
    pub value: String,
    /// When the secret stops working (Unix seconds).
    pub expires_at: i64,
    /// The session the secret opens.
    pub session: RealtimeSessionInfo,
}

impl Serialize for RealtimeCreateClientSecretResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("expires_at", &self.expires_at)?;
        map.serialize_entry("session", &self.session)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeCreateClientSecretResponse {
    const EXPECTING: &'static str = "a `RealtimeCreateClientSecretResponse` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "value" => self.value = map.next_value::<codec::Lenient<_>>()?.0,
            "expires_at" => self.expires_at = map.next_value::<codec::Lenient<_>>()?.0,
            "session" => self.session = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeCreateClientSecretResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}
