//! Stage 3, resolve: deserialize the normalized document into `openapiv3` types and give
//! later stages one place to follow `$ref`s, with located errors for broken references.

use openapiv3::{
    OpenAPI, Parameter, ReferenceOr, RequestBody, Response, Schema,
};

use crate::diagnostics::{Error, Result, escape_pointer_segment};
use crate::load::Source;

/// The parsed spec plus the source it came from (for locating errors).
pub struct Spec<'s> {
    pub api: OpenAPI,
    pub source: &'s Source,
}

/// Deserializes the normalized value, naming the JSON pointer of the first field that fails.
pub fn resolve(source: &Source, normalized: serde_json::Value) -> Result<Spec<'_>> {
    let version = normalized.get("openapi").and_then(|v| v.as_str()).unwrap_or("");
    if !version.starts_with("3.") {
        let found = if version.is_empty() { "no `openapi` version".to_owned() } else { format!("version {version}") };
        return Err(Error::spec(
            source.locate("/openapi"),
            format!("only OpenAPI 3.0 and 3.1 are supported, found {found}"),
        ));
    }
    let api: OpenAPI = match serde_path_to_error::deserialize(&normalized) {
        Ok(api) => api,
        Err(err) => {
            // `openapiv3` flattens and untags many types, which hides where a failure is;
            // re-check the document piece by piece to find the innermost failing part.
            let (pointer, message) = narrow::innermost_failure(&normalized)
                .unwrap_or_else(|| (path_to_pointer(err.path()), err.inner().to_string()));
            return Err(Error::spec(source.locate(&pointer), format!("not a valid OpenAPI document here: {message}")));
        }
    };
    let spec = Spec { api, source };
    check_operation_ids(&spec)?;
    Ok(spec)
}

mod narrow {
    //! Finds the innermost part of a document that fails to deserialize.

    use openapiv3::{Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema};
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    use crate::diagnostics::pointer_join;

    type Failure = Option<(String, String)>;

    fn check<T: DeserializeOwned>(value: &Value, pointer: &str) -> Failure {
        match serde_path_to_error::deserialize::<_, T>(value) {
            Ok(_) => None,
            Err(err) => Some((format!("{pointer}{}", super::path_to_pointer(err.path())), err.into_inner().to_string())),
        }
    }

    fn children<'v>(value: &'v Value, key: &str) -> Vec<(String, &'v Value)> {
        match value.get(key) {
            Some(Value::Object(map)) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
            Some(Value::Array(items)) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
            _ => Vec::new(),
        }
    }

    pub fn innermost_failure(doc: &Value) -> Failure {
        for (path, item) in children(doc, "paths") {
            let at = pointer_join("/paths", &path);
            if let Some(found) = path_item(item, &at) {
                return Some(found);
            }
        }
        let components = doc.get("components").cloned().unwrap_or(Value::Null);
        for (name, value) in children(&components, "schemas") {
            if let Some(found) = schema(value, &pointer_join("/components/schemas", &name)) {
                return Some(found);
            }
        }
        for (kind, _) in [("parameters", 0), ("requestBodies", 1), ("responses", 2)] {
            for (name, value) in children(&components, kind) {
                let at = pointer_join(&pointer_join("/components", kind), &name);
                let found = match kind {
                    "parameters" => check::<ReferenceOr<Parameter>>(value, &at),
                    "requestBodies" => check::<ReferenceOr<RequestBody>>(value, &at),
                    _ => check::<ReferenceOr<Response>>(value, &at),
                };
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }

    fn path_item(item: &Value, at: &str) -> Failure {
        for method in ["get", "put", "post", "delete", "options", "head", "patch", "trace"] {
            let Some(op) = item.get(method) else { continue };
            let op_at = pointer_join(at, method);
            for (i, param) in children(op, "parameters") {
                let param_at = format!("{}/{i}", pointer_join(&op_at, "parameters"));
                if let Some(found) = check::<ReferenceOr<Parameter>>(param, &param_at) {
                    return Some(found);
                }
            }
            if let Some(body) = op.get("requestBody")
                && let Some(found) = check::<ReferenceOr<RequestBody>>(body, &pointer_join(&op_at, "requestBody"))
            {
                return Some(found);
            }
            match op.get("responses") {
                Some(Value::Object(responses)) => {
                    for (code, response) in responses {
                        let response_at = pointer_join(&pointer_join(&op_at, "responses"), code);
                        if let Some(found) = check::<ReferenceOr<Response>>(response, &response_at) {
                            return Some(found);
                        }
                    }
                }
                Some(other) => return check::<openapiv3::Responses>(other, &pointer_join(&op_at, "responses")),
                None => {}
            }
        }
        check::<ReferenceOr<PathItem>>(item, at)
    }

    fn schema(value: &Value, at: &str) -> Failure {
        for key in ["properties", "allOf", "oneOf", "anyOf"] {
            for (name, child) in children(value, key) {
                if let Some(found) = schema(child, &pointer_join(&pointer_join(at, key), &name)) {
                    return Some(found);
                }
            }
        }
        for key in ["items", "additionalProperties", "not"] {
            if let Some(child) = value.get(key).filter(|c| c.is_object())
                && let Some(found) = schema(child, &pointer_join(at, key))
            {
                return Some(found);
            }
        }
        check::<ReferenceOr<Schema>>(value, at)
    }
}

/// Converts a serde_path_to_error path (`paths./a.get.responses`) to a JSON pointer.
fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer.push_str(&format!("/{}", escape_pointer_segment(key))),
            Segment::Enum { variant } => pointer.push_str(&format!("/{}", escape_pointer_segment(variant))),
            Segment::Unknown => {}
        }
    }
    pointer
}

/// Two operations with one operationId would produce two methods with one name.
fn check_operation_ids(spec: &Spec) -> Result<()> {
    let mut seen: std::collections::BTreeMap<String, String> = Default::default();
    for (path, method, op) in spec.operations() {
        let Some(id) = &op.operation_id else { continue };
        let pointer = format!("/paths/{}/{method}/operationId", escape_pointer_segment(path));
        if let Some(first) = seen.insert(id.clone(), pointer.clone()) {
            return Err(Error::spec(
                spec.source.locate(&pointer),
                format!("duplicate operationId `{id}` (first used at {first})"),
            ));
        }
    }
    Ok(())
}

impl<'s> Spec<'s> {
    /// Every operation with its path and lower-case method, in document order.
    pub fn operations(&self) -> impl Iterator<Item = (&str, &'static str, &openapiv3::Operation)> {
        self.api.paths.paths.iter().filter_map(|(path, item)| item.as_item().map(|item| (path, item))).flat_map(
            |(path, item)| {
                let methods: [(&'static str, &Option<openapiv3::Operation>); 8] = [
                    ("get", &item.get),
                    ("put", &item.put),
                    ("post", &item.post),
                    ("delete", &item.delete),
                    ("options", &item.options),
                    ("head", &item.head),
                    ("patch", &item.patch),
                    ("trace", &item.trace),
                ];
                methods.into_iter().filter_map(move |(m, op)| op.as_ref().map(|op| (path.as_str(), m, op)))
            },
        )
    }

    /// The component schema name a `$ref` points at.
    pub fn schema_ref_name<'r>(&self, reference: &'r str, at: &str) -> Result<&'r str> {
        let name = reference.strip_prefix("#/components/schemas/").ok_or_else(|| {
            Error::spec(self.source.locate(at), format!("unsupported reference `{reference}`: only `#/components/schemas/...` can name a schema"))
        })?;
        let name = unescape(name);
        if self.api.components.as_ref().is_some_and(|c| c.schemas.contains_key(name.as_ref())) {
            // Return the slice of the original reference so the lifetime is tied to it.
            Ok(reference.trim_start_matches("#/components/schemas/"))
        } else {
            Err(Error::spec(self.source.locate(at), format!("unresolvable reference `{reference}`: no schema named `{name}` in components")))
        }
    }

    /// The schema a component name refers to.
    pub fn component_schema(&self, name: &str) -> Option<&ReferenceOr<Schema>> {
        self.api.components.as_ref()?.schemas.get(unescape(name).as_ref())
    }

    /// Follows a parameter reference.
    pub fn parameter<'a>(&'a self, item: &'a ReferenceOr<Parameter>, at: &str) -> Result<&'a Parameter> {
        resolve_component(self, item, "parameters", at, |c, n| c.parameters.get(n))
    }

    /// Follows a request-body reference.
    pub fn request_body<'a>(&'a self, item: &'a ReferenceOr<RequestBody>, at: &str) -> Result<&'a RequestBody> {
        resolve_component(self, item, "requestBodies", at, |c, n| c.request_bodies.get(n))
    }

    /// Follows a response reference.
    pub fn response<'a>(&'a self, item: &'a ReferenceOr<Response>, at: &str) -> Result<&'a Response> {
        resolve_component(self, item, "responses", at, |c, n| c.responses.get(n))
    }
}

fn unescape(segment: &str) -> std::borrow::Cow<'_, str> {
    if segment.contains('~') {
        segment.replace("~1", "/").replace("~0", "~").into()
    } else {
        segment.into()
    }
}

/// Follows a chain of component references (at most a few hops; a loop is an error).
fn resolve_component<'a, T>(
    spec: &'a Spec,
    mut item: &'a ReferenceOr<T>,
    kind: &str,
    at: &str,
    lookup: impl Fn(&'a openapiv3::Components, &str) -> Option<&'a ReferenceOr<T>>,
) -> Result<&'a T> {
    let prefix = format!("#/components/{kind}/");
    for _ in 0..16 {
        match item {
            ReferenceOr::Item(value) => return Ok(value),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix(&prefix).ok_or_else(|| {
                    Error::spec(spec.source.locate(at), format!("unsupported reference `{reference}`: expected `{prefix}...`"))
                })?;
                item = spec
                    .api
                    .components
                    .as_ref()
                    .and_then(|c| lookup(c, unescape(name).as_ref()))
                    .ok_or_else(|| Error::spec(spec.source.locate(at), format!("unresolvable reference `{reference}`")))?;
            }
        }
    }
    Err(Error::spec(spec.source.locate(at), format!("reference loop while resolving {kind}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Warnings;
    use std::path::Path;

    fn source(text: &str) -> (Source, serde_json::Value) {
        let mut warnings = Warnings::new(Path::new("spec.yaml"));
        let value = crate::load::parse(Path::new("spec.yaml"), text, &mut warnings).unwrap();
        (Source { path: "spec.yaml".into(), text: text.to_owned() }, value)
    }

    #[test]
    fn wrong_type_is_located() {
        let (src, value) = source("openapi: 3.0.0\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a:\n    get:\n      responses: 5\n");
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
        let (src, value) = source("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n");
        let spec = resolve(&src, value).unwrap();
        assert!(spec.schema_ref_name("#/components/schemas/A", "/x").is_ok());
        let err = spec.schema_ref_name("#/components/schemas/B", "/x").unwrap_err().to_string();
        assert!(err.contains("no schema named `B`"), "{err}");
        let err = spec.schema_ref_name("other.yaml#/B", "/x").unwrap_err().to_string();
        assert!(err.contains("unsupported reference"), "{err}");
    }
}
