//! Request samples for the generated conformance tests (`generate --with-tests`): for each
//! operation, values for its path, query, header and cookie parameters and its body that a
//! validating mock server of the same spec accepts — a spec example where one is present
//! and valid, else a value built from the schema's keywords (formats, patterns, bounds,
//! enums, required properties, the one `oneOf` member it matches). Two variants: `minimal`
//! (required fields only) and `full` (every optional field too, a few levels deep).
//!
//! Samples are read from the normalized JSON document rather than from `openapiv3` types,
//! which drop the keywords validation needs (`pattern`, `minLength`, `const`, `not`).

mod strings;
pub(super) mod validate;

use serde_json::{Map, Value, json};

use crate::ir::RequestSample;
use validate::{Validator, same_json};

/// How much of a schema a sample fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fullness {
    /// Required properties only.
    Minimal,
    /// Optional properties too, down to [`OPTIONAL_DEPTH`].
    Full,
}

/// Beyond this depth only required parts are built, and past [`MAX_DEPTH`] nothing: a
/// recursive schema stops there.
const OPTIONAL_DEPTH: usize = 3;
const MAX_DEPTH: usize = 12;

pub struct Synth<'d> {
    validator: Validator<'d>,
}

impl<'d> Synth<'d> {
    pub fn new(doc: &'d Value) -> Synth<'d> {
        Synth { validator: Validator { doc } }
    }

    pub fn is_valid(&self, schema: &Value, value: &Value) -> bool {
        self.validator.is_valid(schema, value)
    }

    /// A value for `schema`.
    pub fn value(&self, schema: &Value, fullness: Fullness) -> Value {
        self.build(schema, fullness, 0)
    }

    fn build(&self, schema: &Value, fullness: Fullness, depth: usize) -> Value {
        let schema = self.validator.deref(schema);
        let Some(map) = schema.as_object() else { return json!("sample") };
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        // Examples of scalars and lists are used; an example object would decide which
        // optional properties a sample has (the `example` sample of an operation uses it).
        if let Some(example) = map.get("example")
            && !example.is_object()
            && self.is_valid(schema, example)
        {
            return example.clone();
        }
        if let Some(constant) = map.get("const") {
            return constant.clone();
        }
        if let Some(Value::Array(values)) = map.get("enum") {
            let default = map.get("default").filter(|d| values.iter().any(|v| same_json(v, d)));
            if let Some(value) = default.or_else(|| values.iter().find(|v| !v.is_null())) {
                return value.clone();
            }
        }
        if let Some(Value::Array(members)) = map.get("allOf") {
            return self.all_of(schema, map, members, fullness, depth);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(members)) = map.get(key) {
                return self.choose(schema, map, members, fullness, depth);
            }
        }
        let ty = map.get("type").and_then(Value::as_str).unwrap_or_else(|| infer_type(map));
        match ty {
            "object" => Value::Object(self.object(map, fullness, depth)),
            "array" => self.array(map, fullness, depth),
            "integer" => integer(map),
            "number" => number(map),
            // `false` turns nothing on that could change the answer (`stream: true` would).
            "boolean" => map.get("default").filter(|d| d.is_boolean()).cloned().unwrap_or(Value::Bool(false)),
            "null" => Value::Null,
            _ => Value::String(string(map)),
        }
    }

    /// Every member built and merged into one object (the members' own keywords apply too).
    fn all_of(
        &self,
        schema: &Value,
        map: &Map<String, Value>,
        members: &[Value],
        fullness: Fullness,
        depth: usize,
    ) -> Value {
        let mut merged = Value::Object(Map::new());
        for member in members {
            merge(&mut merged, self.build(member, fullness, depth + 1));
        }
        let own =
            Value::Object(map.iter().filter(|(k, _)| *k != "allOf").map(|(k, v)| (k.clone(), v.clone())).collect());
        if own.get("properties").is_some() || own.get("type") == Some(&json!("object")) {
            merge(&mut merged, self.build(&own, fullness, depth + 1));
        }
        if !merged.as_object().is_some_and(Map::is_empty) || self.is_valid(schema, &merged) {
            return merged;
        }
        // Members that are not objects (`allOf: [{$ref: Enum}]` with annotations).
        members.first().map_or(merged, |m| self.build(m, fullness, depth + 1))
    }

    /// The first member whose sample the whole union accepts (so a `oneOf` sample matches
    /// exactly one member), with the discriminator's tag filled in.
    fn choose(
        &self,
        schema: &Value,
        map: &Map<String, Value>,
        members: &[Value],
        fullness: Fullness,
        depth: usize,
    ) -> Value {
        let mut first = None;
        for member in members {
            let mut candidate = self.build(member, fullness, depth + 1);
            if let Some((tag, mapped)) = self.discriminator_tag(map, member)
                && let (Some(property), Value::Object(object)) = (
                    map.get("discriminator").and_then(|d| d.get("propertyName")).and_then(Value::as_str),
                    &mut candidate,
                )
                && (mapped || !object.contains_key(property))
            {
                object.insert(property.to_owned(), Value::String(tag));
            }
            if self.is_valid(schema, &candidate) {
                return candidate;
            }
            first.get_or_insert(candidate);
        }
        first.unwrap_or(Value::Null)
    }

    /// The discriminator value that selects `member` and whether the `mapping` says so:
    /// else it is the member's name, which the member's own schema may fix otherwise.
    fn discriminator_tag(&self, map: &Map<String, Value>, member: &Value) -> Option<(String, bool)> {
        let discriminator = map.get("discriminator")?;
        let reference = member.get("$ref")?.as_str()?;
        let mapped = discriminator.get("mapping").and_then(Value::as_object).and_then(|mapping| {
            mapping.iter().find(|(_, target)| target.as_str() == Some(reference)).map(|(key, _)| key.clone())
        });
        match mapped {
            Some(tag) => Some((tag, true)),
            None => reference.rsplit('/').next().map(|name| (name.to_owned(), false)),
        }
    }

    fn object(&self, map: &Map<String, Value>, fullness: Fullness, depth: usize) -> Map<String, Value> {
        let required: Vec<&str> =
            map.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let optional_too = fullness == Fullness::Full && depth < OPTIONAL_DEPTH;
        let mut out = Map::new();
        if let Some(Value::Object(properties)) = map.get("properties") {
            for (name, property) in properties {
                let is_required = required.contains(&name.as_str());
                let target = self.validator.deref(property);
                let read_only = |s: &Value| s.get("readOnly") == Some(&Value::Bool(true));
                if (!is_required && !optional_too) || read_only(property) || read_only(target) {
                    continue;
                }
                out.insert(name.clone(), self.build(property, fullness, depth + 1));
            }
        }
        // Required names no property describes still need a value.
        for name in required {
            if !out.contains_key(name) {
                let schema = map.get("additionalProperties").filter(|a| a.is_object()).cloned().unwrap_or(json!({}));
                out.insert(name.to_owned(), self.build(&schema, fullness, depth + 1));
            }
        }
        let min = map.get("minProperties").and_then(Value::as_u64).unwrap_or(0) as usize;
        // Too few properties for `minProperties`: the optional ones, in order, first.
        if let Some(Value::Object(properties)) = map.get("properties") {
            for (name, property) in properties {
                if out.len() >= min {
                    break;
                }
                let read_only = |s: &Value| s.get("readOnly") == Some(&Value::Bool(true));
                if !out.contains_key(name) && !read_only(property) && !read_only(self.validator.deref(property)) {
                    out.insert(name.clone(), self.build(property, fullness, depth + 1));
                }
            }
        }
        if let Some(extra @ Value::Object(_)) = map.get("additionalProperties")
            && (out.len() < min || (optional_too && !map.contains_key("properties")))
        {
            let mut n = 1;
            while out.len() < min.max(1) {
                out.insert(format!("key{n}"), self.build(extra, fullness, depth + 1));
                n += 1;
            }
        }
        out
    }

    fn array(&self, map: &Map<String, Value>, fullness: Fullness, depth: usize) -> Value {
        let min = map.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = map.get("maxItems").and_then(Value::as_u64).map_or(usize::MAX, |m| m as usize);
        let count = min.max(1).min(max);
        let items = map.get("items").cloned().unwrap_or(json!({}));
        let unique = map.get("uniqueItems") == Some(&Value::Bool(true));
        let mut out: Vec<Value> = Vec::with_capacity(count);
        let first = self.build(&items, fullness, depth + 1);
        for i in 0..count {
            let item = if unique && i > 0 { self.distinct(&items, &out, i) } else { first.clone() };
            out.push(item);
        }
        Value::Array(out)
    }

    /// Another valid item that differs from `taken` (for `uniqueItems`).
    fn distinct(&self, schema: &Value, taken: &[Value], i: usize) -> Value {
        let schema = self.validator.deref(schema);
        if let Some(Value::Array(values)) = schema.get("enum")
            && let Some(value) = values.iter().find(|v| !v.is_null() && !taken.iter().any(|t| same_json(t, v)))
        {
            return value.clone();
        }
        match taken.first() {
            Some(Value::String(text)) => Value::String(format!("{text}{i}")),
            Some(Value::Number(n)) => json!(n.as_f64().unwrap_or(0.0) + i as f64),
            Some(other) => other.clone(),
            None => Value::Null,
        }
    }
}

/// What an operation's samples are built for: where it is in the document and which of
/// its parts the generated method takes.
pub struct Wanted<'a> {
    /// The operation's JSON pointer (`/paths/~1pets/get`).
    pub origin: &'a str,
    /// Wire names of the path parameters, in the method's order.
    pub path: Vec<&'a str>,
    /// Wire names of the fields of the params struct (query, header, cookie).
    pub params: Vec<&'a str>,
    pub body: bool,
}

/// Samples for one operation, read from its place in the normalized document.
pub fn operation_samples(synth: &Synth, doc: &Value, wanted: &Wanted) -> Vec<RequestSample> {
    let Some(operation) = doc.pointer(wanted.origin) else { return Vec::new() };
    let item_pointer = wanted.origin.rsplit_once('/').map_or("", |(item, _)| item);
    let declared = declared_parameters(synth, doc.pointer(item_pointer), operation);
    let body_schema = request_body_schema(synth, operation);
    let mut samples: Vec<RequestSample> = Vec::new();
    let mut push = |sample: RequestSample| {
        // A sample identical to an earlier one adds nothing.
        if !samples.iter().any(|s| s.path == sample.path && s.params == sample.params && s.body == sample.body) {
            samples.push(sample);
        }
    };
    let path_values = |fullness| -> Vec<Value> {
        wanted
            .path
            .iter()
            .map(|name| {
                let param = declared.iter().find(|p| p.name == *name && p.location == "path");
                param.map_or(json!("sample"), |p| p.sample(synth, fullness))
            })
            .collect()
    };
    let param_values = |fullness, examples_only: bool| -> Vec<(String, Value)> {
        let mut fields = Vec::new();
        for wire in &wanted.params {
            let Some(param) = declared.iter().find(|p| p.name == *wire && p.location != "path") else { continue };
            let wanted_here = if examples_only {
                param.required || param.valid_example(synth).is_some()
            } else {
                param.required || fullness == Fullness::Full
            };
            if wanted_here {
                fields.push(((*wire).to_owned(), param.sample(synth, fullness)));
            }
        }
        fields
    };
    // The spec's own example of the request, when it has a valid one.
    if let Some((schema, Some(example))) = &body_schema
        && wanted.body
        && synth.is_valid(schema, example)
    {
        let (path, params) = (path_values(Fullness::Minimal), param_values(Fullness::Minimal, true));
        push(RequestSample { label: "example".to_owned(), path, params, body: Some(example.clone()) });
    }
    for (label, fullness) in [("minimal", Fullness::Minimal), ("full", Fullness::Full)] {
        let body = wanted.body.then(|| match &body_schema {
            Some((schema, _)) => synth.value(schema, fullness),
            None => json!({}),
        });
        let (path, params) = (path_values(fullness), param_values(fullness, false));
        push(RequestSample { label: label.to_owned(), path, params, body });
    }
    samples
}

/// A parameter as the samples need it.
struct Declared {
    name: String,
    location: String,
    required: bool,
    schema: Value,
    example: Option<Value>,
}

impl Declared {
    fn valid_example(&self, synth: &Synth) -> Option<&Value> {
        self.example.as_ref().filter(|example| synth.is_valid(&self.schema, example))
    }

    fn sample(&self, synth: &Synth, fullness: Fullness) -> Value {
        match self.valid_example(synth) {
            Some(example) => example.clone(),
            None => synth.value(&self.schema, fullness),
        }
    }
}

/// Path-item parameters overridden by the operation's, as lowering reads them.
fn declared_parameters(synth: &Synth, item: Option<&Value>, operation: &Value) -> Vec<Declared> {
    let mut out: Vec<Declared> = Vec::new();
    let lists = [item.and_then(|i| i.get("parameters")), operation.get("parameters")];
    for param in lists.into_iter().flatten().filter_map(Value::as_array).flatten() {
        let param = synth.validator.deref(param);
        let (Some(name), Some(location)) =
            (param.get("name").and_then(Value::as_str), param.get("in").and_then(Value::as_str))
        else {
            continue;
        };
        let content_schema = param
            .get("content")
            .and_then(Value::as_object)
            .and_then(|content| content.values().next())
            .and_then(|media| media.get("schema"));
        let schema = param.get("schema").or(content_schema).cloned().unwrap_or(json!({"type": "string"}));
        let example = param
            .get("example")
            .or_else(|| param.get("examples").and_then(Value::as_object).and_then(|e| e.values().next()?.get("value")))
            .cloned();
        out.retain(|p| !(p.name == name && p.location == location));
        out.push(Declared {
            name: name.to_owned(),
            location: location.to_owned(),
            required: param.get("required") == Some(&Value::Bool(true)) || location == "path",
            schema,
            example,
        });
    }
    out
}

/// The schema of the body lowering chose (`operations::pick_body_media`), and the media
/// type's example.
fn request_body_schema(synth: &Synth, operation: &Value) -> Option<(Value, Option<Value>)> {
    let body = synth.validator.deref(operation.get("requestBody")?);
    let content = body.get("content")?.as_object()?;
    let uploads_files = |_: &str, media: &&Value| {
        media.get("schema").is_some_and(|schema| super::operations::holds_files(synth.validator.doc, schema))
    };
    let chosen = super::operations::pick_body_media(content.iter().map(|(k, v)| (k.as_str(), v)), uploads_files)?.1;
    let schema = chosen.get("schema").cloned().unwrap_or(json!({}));
    let example = chosen
        .get("example")
        .or_else(|| chosen.get("examples").and_then(Value::as_object).and_then(|e| e.values().next()?.get("value")))
        .or_else(|| synth.validator.deref(&schema).get("example"))
        .cloned();
    Some((schema, example))
}

/// Objects merged key by key (nested objects too); anything else is replaced.
fn merge(into: &mut Value, from: Value) {
    match (into, from) {
        (Value::Object(into), Value::Object(from)) => {
            for (key, value) in from {
                match into.get_mut(&key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        into.insert(key, value);
                    }
                }
            }
        }
        (into, from) => *into = from,
    }
}

fn infer_type(map: &Map<String, Value>) -> &'static str {
    if map.contains_key("properties") || map.contains_key("additionalProperties") || map.contains_key("required") {
        "object"
    } else if map.contains_key("items") {
        "array"
    } else {
        "string"
    }
}

fn string(map: &Map<String, Value>) -> String {
    let min = map.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = map.get("maxLength").and_then(Value::as_u64).map_or(usize::MAX, |m| m as usize);
    if let Some(pattern) = map.get("pattern").and_then(Value::as_str)
        && let Some(text) = strings::for_pattern(pattern, min)
    {
        return text;
    }
    let format = map.get("format").and_then(Value::as_str);
    let mut text = format.and_then(strings::for_format).unwrap_or("sample").to_owned();
    if format.is_none_or(|f| strings::for_format(f).is_none()) {
        while text.chars().count() < min {
            text.push('x');
        }
        text = text.chars().take(max.max(1).min(text.chars().count().max(min))).collect();
    }
    text
}

fn integer(map: &Map<String, Value>) -> Value {
    let exclusive = |key: &str| map.get(key) == Some(&Value::Bool(true));
    let low = map.get("minimum").and_then(Value::as_f64).map(|m| {
        let m = m.ceil() as i64;
        if exclusive("exclusiveMinimum") && m as f64 == map["minimum"].as_f64().unwrap_or(0.0) { m + 1 } else { m }
    });
    let high = map.get("maximum").and_then(Value::as_f64).map(|m| {
        let m = m.floor() as i64;
        if exclusive("exclusiveMaximum") && m as f64 == map["maximum"].as_f64().unwrap_or(0.0) { m - 1 } else { m }
    });
    let step = map.get("multipleOf").and_then(Value::as_i64).filter(|s| *s > 0).unwrap_or(1);
    let mut value = match (low, high) {
        (Some(low), _) if low > 1 => low,
        (_, Some(high)) if high < 1 => high,
        _ => 1,
    };
    if value % step != 0 {
        value += step - value.rem_euclid(step);
    }
    json!(value)
}

fn number(map: &Map<String, Value>) -> Value {
    let low = map.get("minimum").and_then(Value::as_f64);
    let high = map.get("maximum").and_then(Value::as_f64);
    if let Some(step) = map.get("multipleOf").and_then(Value::as_f64).filter(|s| *s > 0.0) {
        let start = low.map_or(step, |l| (l / step).ceil() * step);
        return json!(start.max(step.min(high.unwrap_or(f64::MAX))));
    }
    // 1.5 rather than 1: `1` would also match an `integer` member of a `oneOf`.
    let preferred = 1.5;
    let value = match (low, high) {
        (Some(low), Some(high)) if !(low..=high).contains(&preferred) => (low + high) / 2.0,
        (Some(low), None) if preferred <= low => low + 1.5,
        (None, Some(high)) if preferred >= high => high - 1.5,
        _ => preferred,
    };
    json!(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(doc: &Value, schema: Value, fullness: Fullness) -> Value {
        let synth = Synth::new(doc);
        let value = synth.value(&schema, fullness);
        assert!(synth.is_valid(&schema, &value), "{value} does not match {schema}");
        value
    }

    #[test]
    fn samples_match_their_schemas() {
        let doc = json!({"components": {"schemas": {
            "Text": {"type": "object", "required": ["type", "text"],
                "properties": {"type": {"enum": ["text"]}, "text": {"type": "string", "minLength": 3}}},
            "Image": {"type": "object", "required": ["type", "url"],
                "properties": {"type": {"enum": ["image"]}, "url": {"type": "string", "format": "uri"}}}}}});
        let schema = json!({"type": "object", "required": ["id", "parts", "n"], "properties": {
            "id": {"type": "string", "pattern": "^ord_[a-z0-9]{6}$"},
            "n": {"type": "integer", "minimum": 5, "multipleOf": 5},
            "ratio": {"type": "number", "maximum": 1},
            "parts": {"type": "array", "minItems": 2, "uniqueItems": true, "items": {"type": "string", "enum": ["a", "b", "c"]}},
            "content": {"oneOf": [{"$ref": "#/components/schemas/Image"}, {"$ref": "#/components/schemas/Text"}]},
            "when": {"type": "string", "format": "date-time"},
            "secret": {"type": "string", "readOnly": true}}});
        let minimal = sample(&doc, schema.clone(), Fullness::Minimal);
        assert_eq!(minimal, json!({"id": "ord_aaaaaa", "n": 5, "parts": ["a", "b"]}));
        let full = sample(&doc, schema, Fullness::Full);
        assert_eq!(full["content"], json!({"type": "image", "url": "https://example.com/a"}));
        assert!(full.get("secret").is_none(), "read-only properties are not sent");
        assert!(full["ratio"].as_f64().unwrap() <= 1.0);
    }

    #[test]
    fn a_minimal_object_has_min_properties() {
        let doc = json!({});
        let schema = json!({"type": "object", "minProperties": 1, "properties": {
            "secret": {"type": "string", "readOnly": true}, "file_id": {"type": "string"}, "name": {"type": "string"}}});
        assert_eq!(sample(&doc, schema, Fullness::Minimal), json!({"file_id": "sample"}));
    }

    #[test]
    fn examples_are_used_when_they_are_valid() {
        let doc = json!({});
        assert_eq!(sample(&doc, json!({"type": "string", "example": "gpt-4o"}), Fullness::Minimal), json!("gpt-4o"));
        assert_eq!(sample(&doc, json!({"type": "integer", "maximum": 3, "example": 9}), Fullness::Minimal), json!(1));
        let overlapping = json!({"oneOf": [{"type": "string"}, {"type": "string", "enum": ["auto"]}]});
        assert_eq!(sample(&doc, overlapping, Fullness::Minimal), json!("sample"));
    }
}
