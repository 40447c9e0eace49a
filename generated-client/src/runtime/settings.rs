// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Settings taken from the spec: where the API lives and how it authenticates.
/// Base URL used unless the builder or the environment sets another.
pub(crate) const DEFAULT_BASE_URL: &str = "https://api.openai.com/v1";

/// Environment variable holding the API key.
pub(crate) const ENV_API_KEY: &str = "OPENAI_API_KEY";

/// Environment variable overriding the base URL.
pub(crate) const ENV_BASE_URL: &str = "OPENAI_BASE_URL";

/// How the API key is sent.
pub(crate) const AUTH: super::client::AuthScheme = super::client::AuthScheme::Bearer;

/// `User-Agent` of every request.
pub(crate) const USER_AGENT: &str = "openai-client/0.1.0 (rust)";

/// Headers set from builder configuration or the environment on every request.
pub(crate) const IDENTITY_HEADERS: &[super::client::IdentityHeader] = &[
    super::client::IdentityHeader {
        key: "organization",
        header: "OpenAI-Organization",
        env: "OPENAI_ORG_ID",
    },
    super::client::IdentityHeader {
        key: "project",
        header: "OpenAI-Project",
        env: "OPENAI_PROJECT_ID",
    },
];

impl super::client::ClientBuilder {
    /// Organization to attribute the request to, for callers that belong to several.
    pub fn organization(self, value: impl Into<String>) -> Self {
        self.identity_header("organization", value)
    }

    /// Project to attribute usage to, for keys that can act on several projects.
    pub fn project(self, value: impl Into<String>) -> Self {
        self.identity_header("project", value)
    }
}
