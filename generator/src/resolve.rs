//! Stage 3, resolve: check the normalized document, deserialize it into `openapiv3` types,
//! read the `x-websockets` extension into typed endpoints and the `webhooks` into their
//! payload schemas, and give later stages one place to follow `$ref`s. Every problem found here is an error naming the file, line and JSON
//! pointer.

use openapiv3::{OpenAPI, Parameter, ReferenceOr, RequestBody, Response, Schema};
use serde::Deserialize as _;
use serde_json::Value;

use crate::diagnostics::{Error, Result, escape_pointer_segment, pointer_join};
use crate::ir::HttpMethod;
use crate::load::{Source, describe};

pub use webhooks::{WebhookPayload, WebhookSpec};
pub use websockets::{WebSocketParam, WebSocketSpec};

/// The parsed spec plus the source it came from (for locating errors).
pub struct Spec<'s> {
    pub api: OpenAPI,
    pub source: &'s Source,
    /// The normalized document `api` was read from: request samples need the keywords
    /// `openapiv3` does not keep (`pattern`, `const`, `not`...).
    pub doc: Value,
    /// The endpoints of the root `x-websockets` extension, checked, in document order.
    pub websockets: Vec<WebSocketSpec>,
    /// The entries of the root `webhooks` (OpenAPI 3.1), in document order.
    pub webhooks: Vec<WebhookSpec>,
}

mod cycles;
mod deserialization_failure;
mod structure;
mod webhooks;
mod websockets;

/// A problem the checks found in the document, and where: located (file and line) by
/// `resolve`, which knows the source.
#[derive(Debug)]
struct Problem {
    pointer: String,
    message: String,
}

impl Problem {
    fn new(pointer: &str, message: impl Into<String>) -> Problem {
        Problem { pointer: pointer.to_owned(), message: message.into() }
    }
}

/// Checks and deserializes the normalized document: the OpenAPI version, then its
/// structure and every `$ref` where they are, then reference cycles, then `x-websockets` and `webhooks`,
/// then what `openapiv3` asks for, then operationIds; the first problem is an error naming
/// its line and JSON pointer.
pub fn resolve(source: &Source, normalized: Value) -> Result<Spec<'_>> {
    check_version(source, &normalized)?;
    let located = |problem: Problem| Error::spec(source.locate(&problem.pointer), problem.message);
    // The checks and the deserialization read the same document independently: they run
    // side by side, and the checks' verdict still comes first.
    let (checked, deserialized) = std::thread::scope(|scope| {
        let checks = scope.spawn(|| {
            structure::check(&normalized)?;
            cycles::check(&normalized)?;
            Ok((websockets::read(&normalized)?, webhooks::read(&normalized)?))
        });
        let deserialized = OpenAPI::deserialize(&normalized);
        (checks.join(), deserialized)
    });
    let (websockets, webhooks) = checked
        .map_err(|_| Error::Internal { stage: "resolve", message: "the structure check panicked".to_owned() })?
        .map_err(located)?;
    let api: OpenAPI = match deserialized {
        Ok(api) => api,
        Err(plain) => {
            // Deserializing again with path tracking (slower) is left to the failure case.
            let (pointer, message) =
                deserialization_failure::innermost(&normalized).unwrap_or_else(
                    || match serde_path_to_error::deserialize::<_, OpenAPI>(&normalized) {
                        Err(err) => (
                            deserialization_failure::path_to_pointer(err.path()),
                            deserialization_failure::in_spec_terms(&err.inner().to_string()),
                        ),
                        Ok(_) => (String::new(), deserialization_failure::in_spec_terms(&plain.to_string())),
                    },
                );
            return Err(Error::spec(source.locate(&pointer), message));
        }
    };
    let spec = Spec { api, source, doc: normalized, websockets, webhooks };
    check_operation_ids(&spec)?;
    Ok(spec)
}

fn check_version(source: &Source, doc: &Value) -> Result<()> {
    let (pointer, message) = match (doc.get("openapi"), doc.get("swagger")) {
        (Some(Value::String(version)), _) if version.starts_with("3.") => return Ok(()),
        (Some(Value::String(version)), _) => {
            ("/openapi", format!("OpenAPI {version} is not supported, only 3.0 and 3.1"))
        }
        (Some(other), _) => (
            "/openapi",
            format!("expected the OpenAPI version as a string such as \"3.0.3\", found {}", describe(other)),
        ),
        (None, Some(swagger)) => (
            "/swagger",
            format!(
                "Swagger {} is not supported, only OpenAPI 3.0 and 3.1: convert the spec first (for example with `swagger2openapi`)",
                swagger.as_str().map_or_else(|| describe(swagger), str::to_owned)
            ),
        ),
        (None, None) => (
            "",
            "not an OpenAPI document: there is no `openapi` version (such as `openapi: 3.0.3`) at the top level"
                .to_owned(),
        ),
    };
    Err(Error::spec(source.locate(pointer), message))
}

/// Two operations with one operationId would produce two methods with one name.
fn check_operation_ids(spec: &Spec) -> Result<()> {
    let mut seen: std::collections::BTreeMap<String, String> = Default::default();
    for (path, method, op) in spec.operations() {
        let Some(id) = &op.operation_id else { continue };
        let pointer = format!("/paths/{}/{method}/operationId", escape_pointer_segment(path));
        if let Some(first) = seen.insert(id.clone(), pointer.clone()) {
            let first_line = spec.source.locate(&first).line.map(|line| format!("line {line}, ")).unwrap_or_default();
            return Err(Error::spec(
                spec.source.locate(&pointer),
                format!(
                    "duplicate operationId `{id}` (first used at {first_line}{first}): operationIds name methods and must be unique"
                ),
            ));
        }
    }
    Ok(())
}

impl<'s> Spec<'s> {
    /// Every operation with its path and lower-case method, in document order.
    pub fn operations(&self) -> impl Iterator<Item = (&str, &'static str, &openapiv3::Operation)> {
        self.api
            .paths
            .paths
            .iter()
            .filter_map(|(path, item)| item.as_item().map(|item| (path.as_str(), item)))
            .flat_map(|(path, item)| item_operations(item).map(move |(method, op)| (path, method, op)))
    }

    /// The component schema name a `$ref` points at.
    /// `at` is the schema position holding the `$ref`. The checks have vetted every `$ref`
    /// lowering follows (the document's and those of `x-websockets`), so these errors only
    /// guard against a reference they missed.
    pub fn schema_ref_name<'r>(&self, reference: &'r str, at: &str) -> Result<&'r str> {
        let ref_at = pointer_join(at, "$ref");
        let name = reference.strip_prefix("#/components/schemas/").ok_or_else(|| {
            Error::spec(
                self.source.locate(&ref_at),
                format!("unsupported reference `{reference}`: only `#/components/schemas/...` can name a schema"),
            )
        })?;
        let name = unescape(name);
        if self.api.components.as_ref().is_some_and(|c| c.schemas.contains_key(name.as_ref())) {
            // Return the slice of the original reference so the lifetime is tied to it.
            Ok(reference.trim_start_matches("#/components/schemas/"))
        } else {
            Err(Error::spec(
                self.source.locate(&ref_at),
                format!(
                    "unresolvable reference `{reference}`: there is no schema named `{name}` in `#/components/schemas`"
                ),
            ))
        }
    }

    /// The schema a component name refers to.
    pub fn component_schema(&self, name: &str) -> Option<&ReferenceOr<Schema>> {
        self.api.components.as_ref()?.schemas.get(unescape(name).as_ref())
    }

    /// Follows a parameter reference; also names the component it ended at, if any.
    pub fn parameter<'a>(&'a self, item: &'a ReferenceOr<Parameter>, at: &str) -> Result<Resolved<'a, Parameter>> {
        resolve_component(self, item, "parameters", at, |c, n| c.parameters.get(n))
    }

    /// Follows a request-body reference; also names the component it ended at, if any.
    pub fn request_body<'a>(
        &'a self,
        item: &'a ReferenceOr<RequestBody>,
        at: &str,
    ) -> Result<Resolved<'a, RequestBody>> {
        resolve_component(self, item, "requestBodies", at, |c, n| c.request_bodies.get(n))
    }

    /// Follows a response reference; also names the component it ended at, if any.
    pub fn response<'a>(&'a self, item: &'a ReferenceOr<Response>, at: &str) -> Result<Resolved<'a, Response>> {
        resolve_component(self, item, "responses", at, |c, n| c.responses.get(n))
    }
}

/// A parameter, request body or response, and the component it is when a `$ref` led to
/// it: lowering names the types inside a component after it and shares them between uses.
pub struct Resolved<'a, T> {
    pub value: &'a T,
    /// The component's name and JSON pointer (`/components/parameters/Limit`).
    pub component: Option<(String, String)>,
}

impl<'a, T> Resolved<'a, T> {
    /// Where the object is written: the component, or `at` for an inline one.
    pub fn pointer(&self, at: &str) -> String {
        self.component.as_ref().map_or_else(|| at.to_owned(), |(_, pointer)| pointer.clone())
    }
}

/// The operations of one path item with their lower-case methods, in the order of
/// [`HttpMethod::ALL`].
pub fn item_operations(item: &openapiv3::PathItem) -> impl Iterator<Item = (&'static str, &openapiv3::Operation)> {
    HttpMethod::ALL.into_iter().filter_map(|method| {
        let op = match method {
            HttpMethod::Get => &item.get,
            HttpMethod::Put => &item.put,
            HttpMethod::Post => &item.post,
            HttpMethod::Delete => &item.delete,
            HttpMethod::Options => &item.options,
            HttpMethod::Head => &item.head,
            HttpMethod::Patch => &item.patch,
            HttpMethod::Trace => &item.trace,
        };
        op.as_ref().map(|op| (method.as_lower(), op))
    })
}

fn unescape(segment: &str) -> std::borrow::Cow<'_, str> {
    if segment.contains('~') { segment.replace("~1", "/").replace("~0", "~").into() } else { segment.into() }
}

/// Follows a chain of component references (at most a few hops; a loop is an error).
fn resolve_component<'a, T>(
    spec: &'a Spec,
    mut item: &'a ReferenceOr<T>,
    kind: &str,
    at: &str,
    lookup: impl Fn(&'a openapiv3::Components, &str) -> Option<&'a ReferenceOr<T>>,
) -> Result<Resolved<'a, T>> {
    let prefix = format!("#/components/{kind}/");
    // Where the `$ref` being followed is written: first at the use, then in each component.
    let mut ref_at = pointer_join(at, "$ref");
    let mut component = None;
    for _ in 0..16 {
        match item {
            ReferenceOr::Item(value) => return Ok(Resolved { value, component }),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix(&prefix).map(unescape).ok_or_else(|| {
                    Error::spec(
                        spec.source.locate(&ref_at),
                        format!("unsupported reference `{reference}`: expected `{prefix}...`"),
                    )
                })?;
                item = spec.api.components.as_ref().and_then(|c| lookup(c, name.as_ref())).ok_or_else(|| {
                    Error::spec(spec.source.locate(&ref_at), format!("unresolvable reference `{reference}`"))
                })?;
                let pointer = pointer_join(&format!("/components/{kind}"), &name);
                ref_at = pointer_join(&pointer, "$ref");
                component = Some((name.into_owned(), pointer));
            }
        }
    }
    Err(Error::spec(spec.source.locate(&ref_at), format!("reference loop while following {kind} references")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Warnings;
    use std::path::Path;

    fn source(text: &str) -> (Source, serde_json::Value) {
        let mut warnings = Warnings::new(Path::new("spec.yaml"));
        let value = crate::load::parse(Path::new("spec.yaml"), text, &mut warnings).unwrap();
        (Source::new("spec.yaml", text), value)
    }

    #[test]
    fn wrong_type_is_located() {
        let (src, value) =
            source("openapi: 3.0.0\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a:\n    get:\n      responses: 5\n");
        let err = resolve(&src, value).err().unwrap().to_string();
        assert!(err.contains("/paths/~1a/get/responses"), "{err}");
        assert!(err.starts_with("spec.yaml:8:"), "{err}");
    }

    #[test]
    fn duplicate_operation_ids_are_rejected() {
        let (src, value) = source(
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {operationId: x, responses: {}}\n  /b:\n    get: {operationId: x, responses: {}}\n",
        );
        let err = resolve(&src, value).err().unwrap().to_string();
        assert!(err.contains("duplicate operationId `x`"), "{err}");
        assert!(err.contains("/paths/~1b/get/operationId"), "{err}");
    }

    #[test]
    fn swagger_2_is_rejected() {
        let (src, value) = source("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n");
        let err = resolve(&src, value).err().unwrap().to_string();
        assert!(err.contains("only OpenAPI 3.0 and 3.1"), "{err}");
    }

    #[test]
    fn unresolvable_schema_reference() {
        let (src, value) = source(
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n",
        );
        let spec = resolve(&src, value).unwrap();
        assert!(spec.schema_ref_name("#/components/schemas/A", "/x").is_ok());
        let err = spec.schema_ref_name("#/components/schemas/B", "/x").unwrap_err().to_string();
        assert!(err.contains("no schema named `B`"), "{err}");
        let err = spec.schema_ref_name("other.yaml#/B", "/x").unwrap_err().to_string();
        assert!(err.contains("unsupported reference"), "{err}");
    }
}
