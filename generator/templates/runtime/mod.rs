//! Runtime support for the generated API: the client, requests and retries, parameter
//! encoding, response kinds and errors, and the parts this API needs besides
//! (`generator/src/emit/parts.rs` decides which: multipart uploads, event streams,
//! pagination, WebSocket sessions).
//!
//! Generated resource methods describe a call as a [`RequestSpec`] and return a
//! [`Call`]; everything below that point lives here. Spec-specific constants (base URL,
//! environment variables, auth scheme, identity headers) are in the generated
//! `settings` module.
//!
//! Built without the Cargo feature `client`, the runtime is only what the generated types
//! use: their decoders (`codec`, `macros`), the `StreamEvent` and `Page` traits, and
//! `FileUpload` with `MultipartForm`, so that the types serve another HTTP stack.
{% for module in modules %}
{%- if let Some(cfg) = module.cfg %}
#[cfg(feature = "{{ cfg }}")]
{%- endif %}
{{ module.attributes }}{{ module.visibility }}mod {{ module.name }};
{%- endfor %}

#[allow(unused_imports)] // which ones a crate uses depends on its spec
pub(crate) use macros::{compare_by, integer_enum_traits, string_enum_traits};
{%- for export in exports %}
{%- if let Some(cfg) = export.cfg %}
#[cfg(feature = "{{ cfg }}")]
{%- endif %}
{{ export.line }}
{%- endfor %}
