//! Client settings: base URL from `servers`, auth from `securitySchemes`, and environment
//! variable names and identity headers from the `x-rust-client` extension.

use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme};
use serde_json::Value;

use super::docs::rustdoc;
use super::names::{self, Scope};
use crate::diagnostics::Warnings;
use crate::ir::{Auth, ClientSettings, IdentityHeader, Resource};
use crate::resolve::Spec;

/// The methods the runtime's `ClientBuilder` has of its own (`templates/runtime/client.rs`);
/// an identity header's setter must not take one of these names.
const BUILDER_METHODS: &[&str] = &[
    "from_env",
    "api_key",
    "base_url",
    "identity_header",
    "timeout",
    "connect_timeout",
    "max_retries",
    "default_header",
    "default_query",
    "auth_header",
    "without_auth",
    "root_certificate",
    "http_client",
    "build",
];

pub fn settings(spec: &Spec, warnings: &mut Warnings) -> ClientSettings {
    let extension = spec.api.extensions.get("x-rust-client");
    let env_prefix = extension
        .and_then(|e| e.get("env-prefix"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| default_env_prefix(&spec.api.info.title));
    let mut methods = Scope::new();
    for method in BUILDER_METHODS {
        methods.reserve(method);
    }
    let identity_headers = extension
        .and_then(|e| e.get("headers"))
        .and_then(Value::as_array)
        .map(|headers| {
            headers.iter().enumerate().filter_map(|(i, h)| identity_header(h, i, &mut methods, warnings)).collect()
        })
        .unwrap_or_default();
    let opt_in_groups =
        extension.and_then(|e| e.get("opt-in-groups")).map(|value| opt_in_groups(value, warnings)).unwrap_or_default();
    ClientSettings {
        env_api_key: format!("{env_prefix}_API_KEY"),
        env_base_url: format!("{env_prefix}_BASE_URL"),
        env_webhook_secret: format!("{env_prefix}_WEBHOOK_SECRET"),
        default_base_url: base_url(spec, warnings),
        auth: auth(spec),
        identity_headers,
        opt_in_groups,
    }
}

/// The `opt-in-groups` list: root resource names (a resource's first path segment, as in
/// `x-rust-method`). Anything else is skipped with a warning.
fn opt_in_groups(value: &Value, warnings: &mut Warnings) -> Vec<String> {
    let Some(items) = value.as_array() else {
        warnings.push("/x-rust-client/opt-in-groups", "expected a list of root resource names; ignored");
        return Vec::new();
    };
    let mut names = Vec::new();
    for (index, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(name) if !name.is_empty() => names.push(name.to_owned()),
            _ => warnings.push(format!("/x-rust-client/opt-in-groups/{index}"), "expected a resource name; skipped"),
        }
    }
    names
}

/// One identity header, its builder method claimed among the builder's methods: a header
/// named like one of them or like an earlier header gets `<name>_header`
/// (`timeout_header`), numbered if that is taken too.
fn identity_header(
    value: &Value,
    index: usize,
    methods: &mut Scope,
    warnings: &mut Warnings,
) -> Option<IdentityHeader> {
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
    match (text("name"), text("header"), text("env")) {
        (Some(name), Some(header), Some(env)) => {
            let name = names::snake(&name);
            let key =
                if methods.contains(&name) { methods.unique(&format!("{name}_header")) } else { methods.unique(&name) };
            Some(IdentityHeader { key, header, env, docs: rustdoc(text("description").as_deref()) })
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

/// The opt-in groups that name a root resource; each other name is reported and dropped.
pub fn known_opt_in_groups(names: &[String], resources: &[Resource], warnings: &mut Warnings) -> Vec<String> {
    let roots: Vec<&str> =
        resources.iter().filter(|r| r.parent.is_none()).filter_map(|r| r.path.first()).map(String::as_str).collect();
    names
        .iter()
        .enumerate()
        .filter(|(index, name)| {
            let known = roots.contains(&name.as_str());
            if !known {
                warnings.push(
                    format!("/x-rust-client/opt-in-groups/{index}"),
                    format!("no root resource is named `{name}` (roots: {}); skipped", roots.join(", ")),
                );
            }
            known
        })
        .map(|(_, name)| name.clone())
        .collect()
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
    fn identity_header_methods_yield_to_the_builders_own() {
        let mut methods = Scope::new();
        for method in BUILDER_METHODS {
            methods.reserve(method);
        }
        let mut warnings = Warnings::default();
        let mut claim = |name: &str| {
            let header = serde_json::json!({"name": name, "header": "X-H", "env": "H"});
            identity_header(&header, 0, &mut methods, &mut warnings).map(|h| h.key)
        };
        assert_eq!(claim("Timeout").as_deref(), Some("timeout_header"));
        assert_eq!(claim("organization").as_deref(), Some("organization"));
        assert_eq!(claim("organization").as_deref(), Some("organization_header"));
        assert_eq!(claim("organization").as_deref(), Some("organization_header_2"));
    }

    /// The list above is the template's `impl ClientBuilder`, method for method.
    #[test]
    fn builder_methods_are_the_templates() {
        let template = include_str!("../../templates/runtime/client.rs");
        let start = template.find("impl ClientBuilder {").expect("the template has a ClientBuilder impl");
        let block = &template[start..];
        let end = block.find("\n}\n").expect("the impl block ends");
        let found: Vec<&str> = block[..end]
            .lines()
            .filter_map(|line| line.trim_start().strip_prefix("pub fn "))
            .map(|rest| rest.split(['(', '<']).next().unwrap_or_default())
            .collect();
        assert_eq!(found, BUILDER_METHODS);
    }

    #[test]
    fn env_prefix_from_title() {
        assert_eq!(default_env_prefix("OpenAI API"), "OPEN_AI");
        assert_eq!(default_env_prefix("Petstore"), "PETSTORE");
        assert_eq!(default_env_prefix("API"), "API");
    }
}
