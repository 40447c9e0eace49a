//! The structure check: walks the normalized document position by position (path item,
//! operation, parameter, schema, ...) and names the first value of the wrong kind or the
//! first broken `$ref`, at its own JSON pointer, in document order.
//!
//! It covers what the generator reads; `openapiv3` still deserializes the whole document
//! afterwards, so anything this misses is caught there (less precisely located, see
//! `deserialization_failure`).

use serde_json::{Map, Value};

use super::Problem;
use crate::diagnostics::pointer_join;
use crate::ir::HttpMethod;
use crate::load::describe;

type Check = Result<(), Problem>;

/// What a position holds, for messages and for `$ref` targets.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Schema,
    Parameter,
    RequestBody,
    Response,
    Header,
    PathItem,
}

impl Kind {
    /// Where components of this kind live, and what one is called.
    fn section(self) -> (&'static str, &'static str) {
        match self {
            Kind::Schema => ("schemas", "schema"),
            Kind::Parameter => ("parameters", "parameter"),
            Kind::RequestBody => ("requestBodies", "request body"),
            Kind::Response => ("responses", "response"),
            Kind::Header => ("headers", "header"),
            Kind::PathItem => ("pathItems", "path item"),
        }
    }
}

const ALL_KINDS: &[Kind] =
    &[Kind::Schema, Kind::Parameter, Kind::RequestBody, Kind::Response, Kind::Header, Kind::PathItem];
const TYPES: &[&str] = &["string", "number", "integer", "boolean", "array", "object", "null"];
const PARAMETER_LOCATIONS: &[&str] = &["query", "header", "path", "cookie"];

/// Checks the whole document.
pub fn check(doc: &Value) -> Check {
    let Some(root) = doc.as_object() else { return Ok(()) };
    let walker = Walker { doc };
    for (key, value) in root {
        let at = pointer_join("", key);
        match key.as_str() {
            "info" => walker.info(value, &at)?,
            "servers" => list_of(value, &at, "a list of servers", |v, at| walker.object(v, at, "a server").map(drop))?,
            "paths" => walker.paths(value, &at)?,
            "webhooks" => map_of(value, &at, "a mapping of webhook names to path items", |_, item, item_at| {
                walker.path_item(item, item_at)
            })?,
            "components" => walker.components(value, &at)?,
            "security" => list_of(value, &at, "a list of security requirements", |v, at| {
                walker.object(v, at, "a security requirement").map(drop)
            })?,
            "tags" => list_of(value, &at, "a list of tags", |v, at| walker.object(v, at, "a tag").map(drop))?,
            _ => {}
        }
    }
    for required in ["info", "paths"] {
        if !root.contains_key(required) {
            return Err(Problem::new("", format!("the document has no `{required}`, which OpenAPI requires")));
        }
    }
    Ok(())
}

/// Checks each item of a list.
fn list_of(value: &Value, at: &str, what: &str, mut item: impl FnMut(&Value, &str) -> Check) -> Check {
    let Value::Array(items) = value else {
        return Err(Problem::new(at, format!("expected {what}, found {}", describe(value))));
    };
    for (i, value) in items.iter().enumerate() {
        item(value, &format!("{at}/{i}"))?;
    }
    Ok(())
}

/// Checks each value of a mapping (extensions, `x-...`, are left alone).
fn map_of(value: &Value, at: &str, what: &str, mut entry: impl FnMut(&str, &Value, &str) -> Check) -> Check {
    let Value::Object(map) = value else {
        return Err(Problem::new(at, format!("expected {what}, found {}", describe(value))));
    };
    for (key, value) in map.iter().filter(|(k, _)| !k.starts_with("x-")) {
        entry(key, value, &pointer_join(at, key))?;
    }
    Ok(())
}

fn string(value: &Value, at: &str) -> Check {
    match value {
        Value::String(_) => Ok(()),
        other => Err(Problem::new(at, format!("expected a string, found {}", describe(other)))),
    }
}

fn boolean(value: &Value, at: &str) -> Check {
    match value {
        Value::Bool(_) => Ok(()),
        other => Err(Problem::new(at, format!("expected `true` or `false`, found {}", describe(other)))),
    }
}

fn number(value: &Value, at: &str) -> Check {
    match value {
        Value::Number(_) => Ok(()),
        other => Err(Problem::new(at, format!("expected a number, found {}", describe(other)))),
    }
}

fn count(value: &Value, at: &str) -> Check {
    match value.as_u64() {
        Some(n) if usize::try_from(n).is_ok() => Ok(()),
        _ => Err(Problem::new(at, format!("expected a whole number of at least 0, found {}", describe(value)))),
    }
}

/// The styles OpenAPI allows in each parameter location (form fields take the query ones).
fn allowed_styles(location: &str) -> &'static [&'static str] {
    match location {
        "path" => &["simple", "label", "matrix"],
        "query" => &["form", "spaceDelimited", "pipeDelimited", "deepObject"],
        "header" => &["simple"],
        "cookie" => &["form"],
        _ => &[],
    }
}

/// `a`, `` `a` or `b` ``, `` `a`, `b` or `c` ``.
fn choices(options: &[&str]) -> String {
    let quoted: Vec<String> = options.iter().map(|o| format!("`{o}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The edit distance between two names, for "did you mean" hints.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// A schema `$ref` written where the walk does not go (an `x-websockets` endpoint's
/// events), checked like one in a schema position.
pub(super) fn schema_reference(doc: &Value, reference: &Value, at: &str) -> Check {
    Walker { doc }.reference(reference, at, Kind::Schema)
}

struct Walker<'d> {
    doc: &'d Value,
}

impl Walker<'_> {
    fn object<'v>(&self, value: &'v Value, at: &str, what: &str) -> Result<&'v Map<String, Value>, Problem> {
        value
            .as_object()
            .ok_or_else(|| Problem::new(at, format!("expected {what} (a mapping), found {}", describe(value))))
    }

    fn info(&self, value: &Value, at: &str) -> Check {
        let info = self.object(value, at, "the API's `info`")?;
        for required in ["title", "version"] {
            match info.get(required) {
                Some(value) => string(value, &pointer_join(at, required))?,
                None => return Err(Problem::new(at, format!("`info` has no `{required}`, which OpenAPI requires"))),
            }
        }
        Ok(())
    }

    fn paths(&self, value: &Value, at: &str) -> Check {
        map_of(value, at, "a mapping of paths to path items", |path, item, item_at| {
            if !path.starts_with('/') {
                return Err(Problem::new(item_at, format!("path `{path}` does not start with `/`")));
            }
            self.path_item(item, item_at)
        })
    }

    fn path_item(&self, value: &Value, at: &str) -> Check {
        let item = self.object(value, at, "a path item")?;
        if let Some(reference) = item.get("$ref") {
            return self.reference(reference, &pointer_join(at, "$ref"), Kind::PathItem);
        }
        if let Some(parameters) = item.get("parameters") {
            self.parameters(parameters, &pointer_join(at, "parameters"))?;
        }
        for (key, value) in item {
            if HttpMethod::from_lowercase(key).is_some() {
                self.operation(value, &pointer_join(at, key))?;
            }
        }
        Ok(())
    }

    fn parameters(&self, value: &Value, at: &str) -> Check {
        list_of(value, at, "a list of parameters", |v, at| self.parameter(v, at))
    }

    fn operation(&self, value: &Value, at: &str) -> Check {
        let op = self.object(value, at, "an operation")?;
        for (key, value) in op {
            let field = pointer_join(at, key);
            match key.as_str() {
                "operationId" | "summary" | "description" => string(value, &field)?,
                "deprecated" => boolean(value, &field)?,
                "tags" => list_of(value, &field, "a list of tag names", string)?,
                "parameters" => self.parameters(value, &field)?,
                "requestBody" => self.request_body(value, &field)?,
                "responses" => self.responses(value, &field)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn responses(&self, value: &Value, at: &str) -> Check {
        map_of(value, at, "a mapping of status codes to responses", |code, response, response_at| {
            let bytes = code.as_bytes();
            let is_code = bytes.len() == 3 && bytes.iter().all(u8::is_ascii_digit);
            let is_range = bytes.len() == 3 && (b'1'..=b'5').contains(&bytes[0]) && &bytes[1..] == b"XX";
            if !(is_code || is_range || code == "default") {
                // Lower-case ranges (`4xx`) were capitalized by `normalize`.
                let message = format!(
                    "`{code}` is not a response status: use a code like `200`, a range like `2XX` or `default`"
                );
                return Err(Problem::new(response_at, message));
            }
            self.response(response, response_at)
        })
    }

    fn response(&self, value: &Value, at: &str) -> Check {
        let response = self.object(value, at, "a response")?;
        if let Some(reference) = response.get("$ref") {
            return self.reference(reference, &pointer_join(at, "$ref"), Kind::Response);
        }
        for (key, value) in response {
            let field = pointer_join(at, key);
            match key.as_str() {
                "description" => string(value, &field)?,
                "content" => self.content(value, &field)?,
                "headers" => {
                    map_of(value, &field, "a mapping of header names to headers", |_, v, at| self.header(v, at))?
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn request_body(&self, value: &Value, at: &str) -> Check {
        let body = self.object(value, at, "a request body")?;
        if let Some(reference) = body.get("$ref") {
            return self.reference(reference, &pointer_join(at, "$ref"), Kind::RequestBody);
        }
        for (key, value) in body {
            let field = pointer_join(at, key);
            match key.as_str() {
                "description" => string(value, &field)?,
                "required" => boolean(value, &field)?,
                "content" => self.content(value, &field)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn content(&self, value: &Value, at: &str) -> Check {
        map_of(value, at, "a mapping of media types to their descriptions", |media_type, media, media_at| {
            let media = self.object(media, media_at, "a media type description")?;
            if media_type.starts_with("application/x-www-form-urlencoded")
                && let Some(Value::Object(encodings)) = media.get("encoding")
            {
                for (property, encoding) in encodings {
                    if let Some(Value::String(style)) = encoding.get("style") {
                        let allowed = allowed_styles("query");
                        if !allowed.contains(&style.as_str()) {
                            let style_at =
                                pointer_join(&pointer_join(&pointer_join(media_at, "encoding"), property), "style");
                            return Err(Problem::new(
                                &style_at,
                                format!(
                                    "`style: {style}` is not a style of form fields, which are written {}",
                                    choices(allowed)
                                ),
                            ));
                        }
                    }
                }
            }
            match media.get("schema") {
                Some(schema) => self.schema(schema, &pointer_join(media_at, "schema")),
                None => Ok(()),
            }
        })
    }

    fn header(&self, value: &Value, at: &str) -> Check {
        let header = self.object(value, at, "a header")?;
        if let Some(reference) = header.get("$ref") {
            return self.reference(reference, &pointer_join(at, "$ref"), Kind::Header);
        }
        self.schema_or_content(header, at)
    }

    fn schema_or_content(&self, map: &Map<String, Value>, at: &str) -> Check {
        if let Some(schema) = map.get("schema") {
            self.schema(schema, &pointer_join(at, "schema"))?;
        }
        if let Some(content) = map.get("content") {
            self.content(content, &pointer_join(at, "content"))?;
        }
        Ok(())
    }

    fn parameter(&self, value: &Value, at: &str) -> Check {
        let param = self.object(value, at, "a parameter")?;
        if let Some(reference) = param.get("$ref") {
            return self.reference(reference, &pointer_join(at, "$ref"), Kind::Parameter);
        }
        match param.get("name") {
            Some(name) => string(name, &pointer_join(at, "name"))?,
            None => return Err(Problem::new(at, "this parameter has no `name`")),
        }
        match param.get("in") {
            Some(Value::String(place)) if PARAMETER_LOCATIONS.contains(&place.as_str()) => {}
            Some(Value::String(place)) if place == "body" || place == "formData" => {
                return Err(Problem::new(
                    &pointer_join(at, "in"),
                    format!("`in: {place}` is Swagger 2.0; in OpenAPI 3 an operation's body is its `requestBody`"),
                ));
            }
            Some(other) => {
                return Err(Problem::new(
                    &pointer_join(at, "in"),
                    format!("expected `query`, `header`, `path` or `cookie`, found {}", describe(other)),
                ));
            }
            None => return Err(Problem::new(at, "this parameter has no `in` (`query`, `header`, `path` or `cookie`)")),
        }
        for (key, value) in param {
            let field = pointer_join(at, key);
            match key.as_str() {
                "required" | "deprecated" | "explode" | "allowEmptyValue" | "allowReserved" => boolean(value, &field)?,
                "description" | "style" => string(value, &field)?,
                _ => {}
            }
        }
        if let (Some(Value::String(place)), Some(Value::String(style))) = (param.get("in"), param.get("style")) {
            let allowed = allowed_styles(place);
            if !allowed.contains(&style.as_str()) {
                return Err(Problem::new(
                    &pointer_join(at, "style"),
                    format!(
                        "`style: {style}` is not a style of {} parameters, which are written {}",
                        place,
                        choices(allowed)
                    ),
                ));
            }
        }
        if !param.contains_key("schema") && !param.contains_key("content") {
            return Err(Problem::new(
                at,
                "this parameter has neither a `schema` nor a `content`, so its type is unknown",
            ));
        }
        self.schema_or_content(param, at)
    }

    fn components(&self, value: &Value, at: &str) -> Check {
        map_of(value, at, "a mapping of component kinds", |kind, entries, kind_at| {
            let what = format!("a mapping of names to {kind}");
            match kind {
                "schemas" => map_of(entries, kind_at, &what, |_, v, at| self.schema(v, at)),
                "parameters" => map_of(entries, kind_at, &what, |_, v, at| self.parameter(v, at)),
                "requestBodies" => map_of(entries, kind_at, &what, |_, v, at| self.request_body(v, at)),
                "responses" => map_of(entries, kind_at, &what, |_, v, at| self.response(v, at)),
                "headers" => map_of(entries, kind_at, &what, |_, v, at| self.header(v, at)),
                "pathItems" => map_of(entries, kind_at, &what, |_, v, at| self.path_item(v, at)),
                _ => map_of(entries, kind_at, &what, |_, v, at| self.object(v, at, "a component").map(drop)),
            }
        })
    }

    fn schema(&self, value: &Value, at: &str) -> Check {
        let schema = match value {
            Value::Object(schema) => schema,
            other => return Err(Problem::new(at, format!("expected a schema (a mapping), found {}", describe(other)))),
        };
        if let Some(reference) = schema.get("$ref") {
            self.reference(reference, &pointer_join(at, "$ref"), Kind::Schema)?;
        }
        for (key, value) in schema {
            self.schema_keyword(key, value, &pointer_join(at, key))?;
        }
        Ok(())
    }

    fn schema_keyword(&self, key: &str, value: &Value, at: &str) -> Check {
        match key {
            "type" => match value {
                Value::String(ty) if TYPES.contains(&ty.as_str()) => Ok(()),
                Value::String(ty) if ty == "file" => Err(Problem::new(
                    at,
                    "`type: file` is Swagger 2.0; in OpenAPI 3 a file is `type: string, format: binary`",
                )),
                other => Err(Problem::new(
                    at,
                    format!("expected a JSON type (one of {}), found {}", TYPES.join(", "), describe(other)),
                )),
            },
            "properties" => map_of(value, at, "a mapping of property names to schemas", |_, v, at| self.schema(v, at)),
            "items" => match value {
                Value::Array(_) => {
                    Err(Problem::new(at, "`items` is one schema; a tuple is written with `prefixItems` (OpenAPI 3.1)"))
                }
                other => self.schema(other, at),
            },
            "additionalProperties" => match value {
                Value::Bool(_) => Ok(()),
                other => self.schema(other, at),
            },
            "not" => self.schema(value, at),
            "allOf" | "oneOf" | "anyOf" => {
                list_of(value, at, &format!("a list of schemas for `{key}`"), |v, at| self.schema(v, at))
            }
            "required" => match value {
                Value::Bool(_) => Err(Problem::new(
                    at,
                    "`required` in a schema lists property names; to require this property, list it in its object's `required`",
                )),
                other => list_of(other, at, "a list of required property names", string),
            },
            "enum" => list_of(value, at, "a list of allowed values", |_, _| Ok(())),
            "discriminator" => self.discriminator(value, at),
            "format" | "pattern" | "title" | "description" => string(value, at),
            "nullable" | "readOnly" | "writeOnly" | "deprecated" | "uniqueItems" | "exclusiveMinimum"
            | "exclusiveMaximum" => boolean(value, at),
            "minimum" | "maximum" | "multipleOf" => number(value, at),
            "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties" => count(value, at),
            _ => Ok(()),
        }
    }

    fn discriminator(&self, value: &Value, at: &str) -> Check {
        let discriminator = self.object(value, at, "a discriminator")?;
        match discriminator.get("propertyName") {
            Some(name) => string(name, &pointer_join(at, "propertyName"))?,
            None => return Err(Problem::new(at, "this discriminator has no `propertyName`")),
        }
        match discriminator.get("mapping") {
            Some(mapping) => map_of(
                mapping,
                &pointer_join(at, "mapping"),
                "a mapping of tag values to schema references",
                |_, v, at| string(v, at),
            ),
            None => Ok(()),
        }
    }

    /// A `$ref` (at `at`, the pointer of the `$ref` key) where a `kind` belongs.
    fn reference(&self, value: &Value, at: &str, kind: Kind) -> Check {
        let Value::String(reference) = value else {
            return Err(Problem::new(at, format!("`$ref` must be a string, found {}", describe(value))));
        };
        let (section, noun) = kind.section();
        // `bundle` has turned every other reference into one to a whole component.
        let pointer = reference.strip_prefix('#').unwrap_or(reference);
        let prefix = format!("/components/{section}/");
        let Some(name) = pointer.strip_prefix(&prefix) else {
            let rule = format!("a {noun} `$ref` must point into `#/components/{section}/`");
            let other = ALL_KINDS.iter().map(|k| k.section()).find(|(other, _)| {
                pointer
                    .strip_prefix("/components/")
                    .and_then(|p| p.strip_prefix(other))
                    .is_some_and(|rest| rest.starts_with('/'))
            });
            let message = match (self.doc.pointer(pointer), other) {
                (Some(_), Some((_, other_noun))) => format!("`{reference}` is a {other_noun}, not a {noun}: {rule}"),
                (Some(_), None) => format!("`{reference}` is not a {noun}: {rule}"),
                (None, _) => format!("unresolvable reference `{reference}`: nothing is there ({rule})"),
            };
            return Err(Problem::new(at, message));
        };
        let components = self.doc.pointer(&format!("/components/{section}")).and_then(Value::as_object);
        let unescaped = name.replace("~1", "/").replace("~0", "~");
        if components.is_some_and(|c| c.contains_key(&unescaped)) {
            return Ok(());
        }
        let suggestion = components
            .into_iter()
            .flat_map(|c| c.keys())
            .map(|known| (distance(&unescaped.to_lowercase(), &known.to_lowercase()), known))
            .filter(|(d, known)| *d <= 2.max(known.chars().count() / 4))
            .min()
            .map(|(_, known)| format!(" (did you mean `{known}`?)"))
            .unwrap_or_default();
        Err(Problem::new(
            at,
            format!(
                "unresolvable reference `{reference}`: there is no {noun} named `{unescaped}` in `#/components/{section}`{suggestion}"
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn first_problem(doc: Value) -> (String, String) {
        let found = check(&doc).expect_err("a problem");
        (found.pointer, found.message)
    }

    fn doc_with(paths: Value, components: Value) -> Value {
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths, "components": components})
    }

    #[test]
    fn wrong_kinds_are_named_where_they_are() {
        let (at, message) =
            first_problem(doc_with(json!({"/a": {"get": {"parameters": {}, "responses": {}}}}), json!({})));
        assert_eq!(at, "/paths/~1a/get/parameters");
        assert_eq!(message, "expected a list of parameters, found a mapping");
        let (at, message) = first_problem(doc_with(json!({"/a": {"get": {"responses": 5}}}), json!({})));
        assert_eq!(at, "/paths/~1a/get/responses");
        assert_eq!(message, "expected a mapping of status codes to responses, found the number 5");
        let (at, _) = first_problem(doc_with(json!({}), json!({"schemas": {"A": {"properties": {"b": 5}}}})));
        assert_eq!(at, "/components/schemas/A/properties/b");
    }

    #[test]
    fn references_are_checked_where_they_are() {
        let doc = doc_with(
            json!({"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/Limt"}], "responses": {}}}}),
            json!({"parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}}),
        );
        let (at, message) = first_problem(doc);
        assert_eq!(at, "/paths/~1a/get/parameters/0/$ref");
        assert_eq!(
            message,
            "unresolvable reference `#/components/parameters/Limt`: there is no parameter named `Limt` in `#/components/parameters` (did you mean `Limit`?)"
        );
        let wrong_kind =
            json!({"schemas": {"A": {"$ref": "#/components/responses/X"}}, "responses": {"X": {"description": "x"}}});
        let (_, message) = first_problem(doc_with(json!({}), wrong_kind));
        assert_eq!(
            message,
            "`#/components/responses/X` is a response, not a schema: a schema `$ref` must point into `#/components/schemas/`"
        );
        let (_, message) = first_problem(doc_with(json!({}), json!({"schemas": {"A": {"$ref": "#/paths/x"}}})));
        assert_eq!(
            message,
            "unresolvable reference `#/paths/x`: nothing is there (a schema `$ref` must point into `#/components/schemas/`)"
        );
    }

    #[test]
    fn swagger_habits_get_hints() {
        let (_, message) = first_problem(doc_with(json!({}), json!({"schemas": {"A": {"type": "file"}}})));
        assert!(message.contains("format: binary"), "{message}");
        let (_, message) =
            first_problem(doc_with(json!({}), json!({"parameters": {"P": {"name": "p", "in": "body"}}})));
        assert!(message.contains("requestBody"), "{message}");
    }

    #[test]
    fn edit_distance() {
        assert_eq!(distance("Limt", "Limit"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
