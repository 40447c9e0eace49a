// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Types only the `realtime.calls` operations use.
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

/// Multipart body of `POST /realtime/calls`, the SDP offer and the session settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeCallCreateRequest {
    /// The WebRTC SDP offer of the client (sent as an `application/sdp` part).
    pub sdp: String,
    /// Settings of the call's session (sent as a JSON part).
    pub session: Option<RealtimeSessionCreateRequest>,
}

impl RealtimeCallCreateRequest {
    /// Creates a value from its required fields (`sdp`); the rest start unset.
    #[must_use]
    pub fn new(sdp: impl Into<String>) -> Self {
        Self {
            sdp: sdp.into(),
            ..Default::default()
        }
    }

    /// Sets `sdp`.
    #[must_use]
    pub fn sdp(mut self, value: impl Into<String>) -> Self {
        self.sdp = value.into();
        self
    }

    /// Sets `session`.
    #[must_use]
    pub fn session(mut self, value: impl Into<RealtimeSessionCreateRequest>) -> Self {
        self.session = Some(value.into());
        self
    }
}

impl crate::runtime::ToMultipart for RealtimeCallCreateRequest {
    fn to_multipart(&self) -> crate::runtime::MultipartForm {
        let mut form = crate::runtime::MultipartForm::new();
        {
            let values = &self.sdp;
            form = form.typed_text("sdp", values, "application/sdp");
        }

        if let Some(values) = &self.session {
            form = form.json_part("session", values);
        }

        form
    }
}

/// Where to transfer a SIP call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeCallReferRequest {
    /// Destination of the transfer, as a `sip:` or `tel:` URI.
    pub target_uri: String,
}

impl Serialize for RealtimeCallReferRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("target_uri", &self.target_uri)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeCallReferRequest {
    const EXPECTING: &'static str = "a `RealtimeCallReferRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "target_uri" => self.target_uri = map.next_value::<codec::Lenient<_>>()?.0,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeCallReferRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeCallReferRequest {
    /// Creates a value from its required fields (`target_uri`); the rest start unset.
    #[must_use]
    pub fn new(target_uri: impl Into<String>) -> Self {
        Self {
            target_uri: target_uri.into(),
        }
    }

    /// Sets `target_uri`.
    #[must_use]
    pub fn target_uri(mut self, value: impl Into<String>) -> Self {
        self.target_uri = value.into();
        self
    }
}

/// How to turn down a SIP call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RealtimeCallRejectRequest {
    /// SIP status code sent to the caller (603 Decline when left out).
    pub status_code: Option<i64>,
}

impl Serialize for RealtimeCallRejectRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        codec::optional_entry(&mut map, "status_code", &self.status_code)?;
        map.end()
    }
}

impl codec::ObjectFields for RealtimeCallRejectRequest {
    const EXPECTING: &'static str = "a `RealtimeCallRejectRequest` object";
    fn field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: codec::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "status_code" => self.status_code = map.next_value()?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }

        Ok(())
    }
}

impl<'de> Deserialize<'de> for RealtimeCallRejectRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        codec::deserialize_object(deserializer)
    }
}

impl RealtimeCallRejectRequest {
    /// Creates a value with every field unset.
    #[must_use]
    pub fn new() -> Self {
        Self { ..Default::default() }
    }

    /// Sets `status_code`.
    #[must_use]
    pub fn status_code(mut self, value: impl Into<i64>) -> Self {
        self.status_code = Some(value.into());
        self
    }
}
