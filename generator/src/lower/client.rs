//! Client settings: base URL from `servers`, auth from `securitySchemes`, and environment
//! variable names and identity headers from the `x-rust-client` extension.

use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme};
use serde_json::Value;

use super::docs::rustdoc;
use super::names;
use crate::diagnostics::Warnings;
use crate::ir::{Auth, ClientSettings, IdentityHeader};
use crate::resolve::Spec;

pub fn settings(spec: &Spec, warnings: &mut Warnings) -> ClientSettings {
    let extension = spec.api.extensions.get("x-rust-client");
    let env_prefix = extension
        .and_then(|e| e.get("env-prefix"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| default_env_prefix(&spec.api.info.title));
    let identity_headers = extension
        .and_then(|e| e.get("headers"))
        .and_then(Value::as_array)
        .map(|headers| headers.iter().enumerate().filter_map(|(i, h)| identity_header(h, i, warnings)).collect())
        .unwrap_or_default();
    ClientSettings {
        env_api_key: format!("{env_prefix}_API_KEY"),
        env_base_url: format!("{env_prefix}_BASE_URL"),
        default_base_url: base_url(spec, warnings),
        auth: auth(spec),
        identity_headers,
    }
}

fn identity_header(value: &Value, index: usize, warnings: &mut Warnings) -> Option<IdentityHeader> {
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
    match (text("name"), text("header"), text("env")) {
        (Some(key), Some(header), Some(env)) => {
            Some(IdentityHeader { key: names::snake(&key), header, env, docs: rustdoc(text("description").as_deref()) })
        }
        _ => {
            warnings.push(
                format!("/x-rust-client/headers/{index}"),
                "an identity header needs `name`, `header` and `env`; skipped",
            );
            None
        }
    }
}

/// `Acme Store API` → `ACME_STORE`.
fn default_env_prefix(title: &str) -> String {
    let snake = names::snake(title).to_ascii_uppercase();
    let trimmed = snake.strip_suffix("_API").unwrap_or(&snake);
    if trimmed.is_empty() { "API".to_owned() } else { trimmed.trim_start_matches('_').to_owned() }
}

/// The first server's URL with its variables set to their defaults.
fn base_url(spec: &Spec, warnings: &mut Warnings) -> String {
    let Some(server) = spec.api.servers.first() else {
        warnings.push("/servers", "no servers; the default base URL is http://localhost");
        return "http://localhost".to_owned();
    };
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    if url.starts_with('/') {
        warnings.push("/servers/0/url", "server URL is relative; the default base URL assumes http://localhost");
        url = format!("http://localhost{url}");
    }
    url.trim_end_matches('/').to_owned()
}

/// The scheme named by the first global security requirement (or the only scheme).
fn auth(spec: &Spec) -> Auth {
    let Some(components) = &spec.api.components else { return Auth::None };
    let required = spec.api.security.iter().flatten().flat_map(|req| req.keys()).next();
    let scheme = match required {
        Some(name) => components.security_schemes.get(name),
        None if components.security_schemes.len() == 1 => components.security_schemes.values().next(),
        None => None,
    };
    match scheme {
        Some(ReferenceOr::Item(SecurityScheme::HTTP { scheme, .. })) if scheme.eq_ignore_ascii_case("bearer") => {
            Auth::Bearer
        }
        Some(ReferenceOr::Item(SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. })) => Auth::Bearer,
        Some(ReferenceOr::Item(SecurityScheme::APIKey { location: APIKeyLocation::Header, name, .. })) => {
            Auth::Header(name.clone())
        }
        _ => Auth::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_prefix_from_title() {
        assert_eq!(default_env_prefix("OpenAI API"), "OPEN_AI");
        assert_eq!(default_env_prefix("Petstore"), "PETSTORE");
        assert_eq!(default_env_prefix("API"), "API");
    }
}
