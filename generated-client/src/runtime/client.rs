// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! The client handle and its builder. Spec-specific values (default base URL, environment
//! variable names, auth scheme, identity headers) come from `settings`.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::error::{Error, Result};
use super::request::QueryPairs;
use super::settings;

/// Default per-attempt timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);
/// Default connect timeout (for the built-in `reqwest::Client`).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default number of retries after the first attempt.
pub const DEFAULT_MAX_RETRIES: u32 = 2;

/// How the API key is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthScheme {
    /// `Authorization: Bearer <key>`.
    Bearer,
    /// The key as the value of the named header.
    Header(&'static str),
    /// No authentication.
    None,
}

/// A header that identifies the caller (organization, project, …): settable on the
/// builder under `key` and read from the environment variable `env` by `from_env`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdentityHeader {
    /// Name used with [`ClientBuilder::identity_header`].
    pub key: &'static str,
    /// HTTP header name.
    pub header: &'static str,
    /// Environment variable read by [`ClientBuilder::from_env`].
    pub env: &'static str,
}

/// An API key whose `Debug` output never shows the key.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key.
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey(key.into())
    }

    /// The key itself, for code that must send it elsewhere.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = if self.0.starts_with("sk-") { "sk-" } else { "" };
        write!(f, "\"{prefix}…REDACTED\"")
    }
}

/// The API client: cheap to clone (an `Arc` inside), safe to share between tasks.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Config>,
}

/// The resolved configuration of a [`Client`].
pub(crate) struct Config {
    pub(crate) http: reqwest::Client,
    /// Without a trailing `/`.
    pub(crate) base_url: String,
    pub(crate) api_key: Option<ApiKey>,
    /// The authentication header, built once; an unusable key (possible only through
    /// [`Client::new`], which cannot fail) keeps its error for every call.
    pub(crate) auth: std::result::Result<Option<(HeaderName, HeaderValue)>, String>,
    /// User agent, identity and default headers, sent with every request.
    pub(crate) headers: HeaderMap,
    /// `(key, value)` of every identity header set.
    pub(crate) identity: Vec<(&'static str, String)>,
    /// Query parameters sent with every request, already encoded (`api-version=..`).
    pub(crate) default_query: String,
    pub(crate) timeout: Duration,
    pub(crate) max_retries: u32,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.inner;
        // Default header values may hold credentials (e.g. a gateway key): names only.
        let default_headers: Vec<&str> = c.headers.keys().map(HeaderName::as_str).collect();
        f.debug_struct("Client")
            .field("base_url", &c.base_url)
            .field("api_key", &c.api_key)
            .field("identity", &c.identity)
            .field("headers", &default_headers)
            .field("timeout", &c.timeout)
            .field("max_retries", &c.max_retries)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client with this API key and every other setting at its default
    /// (the environment is not read; see [`Client::from_env`]).
    ///
    /// # Panics
    /// If the TLS backend cannot be initialised, like `reqwest::Client::new`.
    pub fn new(api_key: impl Into<String>) -> Client {
        // The key is checked when first used, so that this constructor cannot fail on it.
        Client::builder()
            .api_key(api_key)
            .build_inner(false)
            .expect("failed to initialise the HTTP client")
    }

    /// A client configured from the environment (API key, base URL, identity headers).
    pub fn from_env() -> Result<Client> {
        ClientBuilder::from_env().build()
    }

    /// A builder with every setting at its default.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL requests are sent to (without a trailing `/`).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The per-attempt timeout.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// The number of retries after a failed first attempt.
    pub fn max_retries(&self) -> u32 {
        self.inner.max_retries
    }

    /// The value of the identity header `key` (e.g. `"organization"`), if set.
    pub fn identity_header(&self, key: &str) -> Option<&str> {
        self.inner
            .identity
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The authentication header for one request. An invalid key is reported here, on
    /// use, rather than by a panic in [`Client::new`].
    pub(crate) fn auth_header(&self) -> Result<Option<&(HeaderName, HeaderValue)>> {
        match &self.inner.auth {
            Ok(header) => Ok(header.as_ref()),
            Err(message) => Err(Error::Config(message.clone())),
        }
    }
}

/// The API's own authentication header for `key`.
fn auth_header(key: &ApiKey) -> Result<Option<(HeaderName, HeaderValue)>> {
    match settings::AUTH {
        AuthScheme::None => Ok(None),
        AuthScheme::Bearer => sensitive(reqwest::header::AUTHORIZATION, format!("Bearer {}", key.0)),
        AuthScheme::Header(name) => key_header(name, key),
    }
}

/// The key as the value of the header `name`.
fn key_header(name: &str, key: &ApiKey) -> Result<Option<(HeaderName, HeaderValue)>> {
    sensitive(header_name(name)?, key.0.clone())
}

/// A header whose value is a credential (kept out of reqwest's debug output).
fn sensitive(name: HeaderName, value: String) -> Result<Option<(HeaderName, HeaderValue)>> {
    let mut value = HeaderValue::from_str(&value).map_err(|_| {
        Error::Config("the API key contains characters not allowed in a header".to_owned())
    })?;
    value.set_sensitive(true);
    Ok(Some((name, value)))
}

/// Configures a [`Client`].
#[derive(Debug, Default)]
#[must_use = "a builder configures nothing until `build()` is called"]
pub struct ClientBuilder {
    api_key: Option<ApiKey>,
    base_url: Option<String>,
    identity: Vec<(String, String)>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_retries: Option<u32>,
    default_headers: Vec<(String, String)>,
    default_query: QueryPairs,
    /// Replaces the API's authentication scheme.
    auth: Option<Auth>,
    root_certificates: Vec<reqwest::Certificate>,
    http: Option<reqwest::Client>,
}

/// How the client authenticates when the builder overrides the API's scheme.
#[derive(Debug, Clone)]
enum Auth {
    /// The key as the value of this header.
    Header(String),
    /// No credentials at all.
    None,
}

impl ClientBuilder {
    /// A builder preset from the environment: the API key, the base URL and each
    /// identity header whose variable is set (empty variables are ignored). A missing API
    /// key is reported by [`ClientBuilder::build`] unless one is set on the builder.
    pub fn from_env() -> Self {
        let var = |name: &str| {
            std::env::var(name)
                .ok()
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let mut builder = ClientBuilder {
            api_key: var(settings::ENV_API_KEY).map(ApiKey),
            base_url: var(settings::ENV_BASE_URL),
            ..Default::default()
        };
        for identity in settings::IDENTITY_HEADERS {
            if let Some(value) = var(identity.env) {
                builder.identity.push((identity.key.to_owned(), value));
            }
        }
        builder
    }

    /// Sets the API key.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(ApiKey(key.into()));
        self
    }

    /// Sets the base URL (default: the API's public URL).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Sets an identity header by its key (e.g. `"organization"`); see the generated
    /// convenience methods.
    pub fn identity_header(mut self, key: &str, value: impl Into<String>) -> Self {
        self.identity.retain(|(k, _)| k != key);
        self.identity.push((key.to_owned(), value.into()));
        self
    }

    /// Sets the timeout of each attempt (default 600 s). For streams it bounds the wait
    /// for the response headers and then for each chunk.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sets the connect timeout (default 5 s; ignored with [`ClientBuilder::http_client`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Sets how many times a failed attempt is retried (default 2).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = Some(retries);
        self
    }

    /// Adds a header sent with every request (replacing one of the same name).
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Adds a query parameter to every request, after the operation's own (e.g. Azure
    /// OpenAI's `api-version`).
    pub fn default_query(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.default_query.push(name, value);
        self
    }

    /// Sends the API key as the value of the header `name` (e.g. Azure OpenAI's
    /// `api-key`) instead of the API's own scheme.
    pub fn auth_header(mut self, name: impl Into<String>) -> Self {
        self.auth = Some(Auth::Header(name.into()));
        self
    }

    /// Sends no credentials, and needs no API key (a local server that speaks the API).
    pub fn without_auth(mut self) -> Self {
        self.auth = Some(Auth::None);
        self
    }

    /// Also trusts this root certificate (a company proxy's, a local server's), beside the
    /// system's roots (or Mozilla's, with the feature `webpki-roots`). Parse it with
    /// `reqwest::Certificate::from_pem`.
    pub fn root_certificate(mut self, certificate: reqwest::Certificate) -> Self {
        self.root_certificates.push(certificate);
        self
    }

    /// Uses this `reqwest::Client` (for proxies, custom TLS, …) instead of a new one.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Builds the client, checking the configuration.
    pub fn build(self) -> Result<Client> {
        self.build_inner(true)
    }

    fn build_inner(self, check_key: bool) -> Result<Client> {
        let needs_key = match &self.auth {
            Some(Auth::None) => false,
            Some(Auth::Header(_)) => true,
            None => settings::AUTH != AuthScheme::None,
        };
        if self.api_key.is_none() && needs_key {
            return Err(Error::Config(format!(
                "no API key: set {} or call api_key()",
                settings::ENV_API_KEY
            )));
        }
        let auth = match (&self.api_key, &self.auth) {
            (_, Some(Auth::None)) | (None, _) => Ok(None),
            (Some(key), Some(Auth::Header(name))) => key_header(name, key),
            (Some(key), None) => auth_header(key),
        };
        let auth = match auth {
            Err(e) if check_key => return Err(e),
            // Kept as the message, so every call reports it as `Error::Config` once.
            Err(Error::Config(message)) => Err(message),
            Err(e) => Err(e.to_string()),
            Ok(header) => Ok(header),
        };
        let base_url = normalize_base_url(
            self.base_url
                .as_deref()
                .unwrap_or(settings::DEFAULT_BASE_URL),
        )?;

        let mut headers = HeaderMap::new();
        headers.insert(
            reqwest::header::USER_AGENT,
            HeaderValue::from_static(settings::USER_AGENT),
        );
        let mut identity = Vec::new();
        for (key, value) in self.identity {
            let Some(known) = settings::IDENTITY_HEADERS.iter().find(|h| h.key == key) else {
                return Err(Error::Config(format!("unknown identity header `{key}`")));
            };
            headers.insert(
                header_name(known.header)?,
                header_value(known.header, &value)?,
            );
            identity.push((known.key, value));
        }
        for (name, value) in &self.default_headers {
            headers.insert(header_name(name)?, header_value(name, value)?);
        }

        let http = match self.http {
            Some(http) => http,
            None => {
                install_crypto_provider()?;
                let builder = reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT));
                #[cfg(feature = "webpki-roots")]
                let builder = builder.tls_certs_only(
                    webpki_root_certs::TLS_SERVER_ROOT_CERTS
                        .iter()
                        .filter_map(|der| reqwest::Certificate::from_der(der).ok()),
                );
                builder
                    .tls_certs_merge(self.root_certificates)
                    .build()
                    .map_err(|e| Error::Config(format!("could not create the HTTP client: {e}")))?
            }
        };
        let config = Config {
            http,
            base_url,
            api_key: self.api_key,
            auth,
            headers,
            identity,
            default_query: self.default_query.encode(),
            timeout: self.timeout.unwrap_or(DEFAULT_TIMEOUT),
            max_retries: self.max_retries.unwrap_or(DEFAULT_MAX_RETRIES),
        };
        Ok(Client {
            inner: Arc::new(config),
        })
    }
}

/// Makes sure rustls has a crypto provider: the application's, if it installed one;
/// else graviola (feature `tls-graviola`), installed for the whole process, which the
/// Realtime WebSocket's TLS uses too; else aws-lc-rs, which reqwest picks itself with the
/// feature `tls-aws-lc`. With none of them, building fails here rather than panicking.
fn install_crypto_provider() -> Result<()> {
    if rustls::crypto::CryptoProvider::get_default().is_some() {
        return Ok(());
    }
    #[cfg(feature = "tls-graviola")]
    {
        // Another thread may install one first; whichever wins serves both.
        let _ = rustls_graviola::default_provider().install_default();
        return Ok(());
    }
    #[allow(unreachable_code)]
    if cfg!(feature = "tls-aws-lc") {
        Ok(())
    } else {
        Err(Error::Config(
            "no TLS crypto provider: enable the `tls-graviola` or `tls-aws-lc` feature, \
             or install a rustls provider before building the client"
                .to_owned(),
        ))
    }
}

/// Parses a header name (any case; `from_static` would panic on upper case).
pub(crate) fn header_name(name: &str) -> Result<HeaderName> {
    HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::Config(format!("invalid header name `{name}`")))
}

/// Parses a header value.
pub(crate) fn header_value(name: &str, value: &str) -> Result<HeaderValue> {
    HeaderValue::from_str(value)
        .map_err(|_| Error::Config(format!("invalid value for header `{name}`")))
}

/// Checks that `url` is an absolute http(s) URL and drops any trailing `/`.
fn normalize_base_url(url: &str) -> Result<String> {
    let parsed = reqwest::Url::parse(url)
        .map_err(|e| Error::Config(format!("invalid base URL `{url}`: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.query().is_some() {
        return Err(Error::Config(format!(
            "invalid base URL `{url}`: expected http(s) without a query"
        )));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_never_in_debug() {
        let client = Client::builder()
            .api_key("sk-secret123")
            .default_header("x-gateway-key", "hidden456")
            .build()
            .unwrap();
        let debug = format!("{client:?}");
        assert!(
            !debug.contains("secret123") && !debug.contains("hidden456"),
            "{debug}"
        );
        assert!(
            debug.contains("sk-…REDACTED") && debug.contains("x-gateway-key"),
            "{debug}"
        );
        assert_eq!(format!("{:?}", ApiKey::new("abc")), "\"…REDACTED\"");
    }

    #[test]
    fn config_errors() {
        let bad = |b: ClientBuilder| matches!(b.build(), Err(Error::Config(_)));
        assert!(bad(Client::builder().api_key("k").base_url("not a url")));
        assert!(bad(Client::builder().api_key("k").base_url("ftp://x")));
        if settings::AUTH != AuthScheme::None {
            assert!(bad(Client::builder().api_key("k\n")));
        }
        if settings::AUTH != AuthScheme::None {
            // `Client::new` cannot fail: the bad key is reported by every call instead.
            let error = Client::new("k\n").auth_header().unwrap_err();
            assert_eq!(
                error.to_string(),
                "client configuration error: the API key contains characters not allowed in a header"
            );
        }
        assert!(bad(Client::builder()
            .api_key("k")
            .default_header("bad name", "v")));
        assert!(bad(Client::builder()
            .api_key("k")
            .default_header("x", "bad\nvalue")));
        assert!(bad(Client::builder()
            .api_key("k")
            .identity_header("no-such-key", "v")));
        let c = Client::builder()
            .api_key("k")
            .base_url("http://localhost:1/v1/")
            .build()
            .unwrap();
        assert_eq!(c.base_url(), "http://localhost:1/v1");
    }
}
