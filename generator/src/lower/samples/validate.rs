//! Does a value match a schema? The checks a validating mock server makes of a request
//! (types, enums, required and unknown properties, lengths, bounds, patterns, formats,
//! `oneOf` matching exactly one member), so that only examples it would accept are sent
//! and a `oneOf` member is chosen that no other member also matches.

use serde_json::Value;

/// Schemas are JSON (the normalized document); references are followed in `doc`.
pub struct Validator<'d> {
    pub doc: &'d Value,
}

/// Deeper than this, a value is taken as valid (a recursive schema checked this far).
const MAX_DEPTH: usize = 24;

impl<'d> Validator<'d> {
    /// Follows `$ref` chains to the schema they name.
    pub fn deref<'s>(&self, mut schema: &'s Value) -> &'s Value
    where
        'd: 's,
    {
        for _ in 0..32 {
            match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
                Some(pointer) => match self.doc.pointer(pointer) {
                    Some(target) => schema = target,
                    None => return schema,
                },
                None => return schema,
            }
        }
        schema
    }

    pub fn is_valid(&self, schema: &Value, value: &Value) -> bool {
        self.check(schema, value, 0)
    }

    fn check(&self, schema: &Value, value: &Value, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        let schema = self.deref(schema);
        let Some(map) = schema.as_object() else { return true };
        if value.is_null() {
            return map.get("nullable") == Some(&Value::Bool(true))
                || map.get("enum").and_then(Value::as_array).is_some_and(|e| e.contains(&Value::Null))
                || map.get("type").and_then(Value::as_str) == Some("null")
                || (!map.contains_key("type") && self.combinators_accept(map, value, depth));
        }
        if let Some(Value::Array(allowed)) = map.get("enum")
            && !allowed.iter().any(|a| same_json(a, value))
        {
            return false;
        }
        if let Some(constant) = map.get("const")
            && !same_json(constant, value)
        {
            return false;
        }
        if let Some(ty) = map.get("type").and_then(Value::as_str)
            && !has_type(ty, value)
        {
            return false;
        }
        let fits = match value {
            Value::String(text) => self.string_fits(map, text),
            Value::Number(number) => number_fits(map, number),
            Value::Array(items) => self.array_fits(map, items, depth),
            Value::Object(object) => self.object_fits(map, object, depth),
            _ => true,
        };
        fits && self.combinators_accept(map, value, depth)
    }

    fn combinators_accept(&self, map: &serde_json::Map<String, Value>, value: &Value, depth: usize) -> bool {
        let members = |key: &str| map.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        if !members("allOf").iter().all(|m| self.check(m, value, depth + 1)) {
            return false;
        }
        let any_of = members("anyOf");
        if !any_of.is_empty() && !any_of.iter().any(|m| self.check(m, value, depth + 1)) {
            return false;
        }
        let one_of = members("oneOf");
        if !one_of.is_empty() && one_of.iter().filter(|m| self.check(m, value, depth + 1)).count() != 1 {
            return false;
        }
        if let Some(not) = map.get("not")
            && self.check(not, value, depth + 1)
        {
            return false;
        }
        true
    }

    fn string_fits(&self, map: &serde_json::Map<String, Value>, text: &str) -> bool {
        let length = text.chars().count() as u64;
        let bound = |key: &str| map.get(key).and_then(Value::as_u64);
        if bound("minLength").is_some_and(|min| length < min) || bound("maxLength").is_some_and(|max| length > max) {
            return false;
        }
        if let Some(pattern) = map.get("pattern").and_then(Value::as_str)
            && let Ok(matcher) = regex::Regex::new(pattern)
            && !matcher.is_match(text)
        {
            return false;
        }
        match map.get("format").and_then(Value::as_str) {
            Some(format) => format_fits(format, text),
            None => true,
        }
    }

    fn array_fits(&self, map: &serde_json::Map<String, Value>, items: &[Value], depth: usize) -> bool {
        let count = items.len() as u64;
        let bound = |key: &str| map.get(key).and_then(Value::as_u64);
        if bound("minItems").is_some_and(|min| count < min) || bound("maxItems").is_some_and(|max| count > max) {
            return false;
        }
        if map.get("uniqueItems") == Some(&Value::Bool(true))
            && items.iter().enumerate().any(|(i, a)| items[..i].iter().any(|b| same_json(a, b)))
        {
            return false;
        }
        match map.get("items") {
            Some(schema) => items.iter().all(|item| self.check(schema, item, depth + 1)),
            None => true,
        }
    }

    fn object_fits(
        &self,
        map: &serde_json::Map<String, Value>,
        object: &serde_json::Map<String, Value>,
        depth: usize,
    ) -> bool {
        let required = map.get("required").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        if required.iter().filter_map(Value::as_str).any(|name| !object.contains_key(name)) {
            return false;
        }
        let count = object.len() as u64;
        let bound = |key: &str| map.get(key).and_then(Value::as_u64);
        if bound("minProperties").is_some_and(|min| count < min)
            || bound("maxProperties").is_some_and(|max| count > max)
        {
            return false;
        }
        let properties = map.get("properties").and_then(Value::as_object);
        for (key, value) in object {
            let declared = properties.and_then(|p| p.get(key));
            let fits = match (declared, map.get("additionalProperties")) {
                (Some(schema), _) => self.check(schema, value, depth + 1),
                // Closed objects (a `oneOf` member with `additionalProperties: false`) reject
                // keys they do not name; inside an `allOf` the other members name them.
                (None, Some(Value::Bool(false))) => false,
                (None, Some(schema @ Value::Object(_))) => self.check(schema, value, depth + 1),
                (None, _) => true,
            };
            if !fits {
                return false;
            }
        }
        true
    }
}

/// JSON equality that treats `1` and `1.0` alike, as JSON Schema does.
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, a)| y.get(k).is_some_and(|b| same_json(a, b)))
        }
        _ => a == b,
    }
}

fn has_type(ty: &str, value: &Value) -> bool {
    match (ty, value) {
        ("string", Value::String(_)) | ("boolean", Value::Bool(_)) | ("array", Value::Array(_)) => true,
        ("object", Value::Object(_)) | ("null", Value::Null) | ("number", Value::Number(_)) => true,
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => false,
    }
}

fn number_fits(map: &serde_json::Map<String, Value>, number: &serde_json::Number) -> bool {
    let Some(value) = number.as_f64() else { return true };
    let exclusive = |key: &str| map.get(key) == Some(&Value::Bool(true));
    if let Some(minimum) = map.get("minimum").and_then(Value::as_f64)
        && (value < minimum || (exclusive("exclusiveMinimum") && value == minimum))
    {
        return false;
    }
    if let Some(maximum) = map.get("maximum").and_then(Value::as_f64)
        && (value > maximum || (exclusive("exclusiveMaximum") && value == maximum))
    {
        return false;
    }
    match map.get("multipleOf").and_then(Value::as_f64) {
        Some(step) if step > 0.0 => {
            let ratio = value / step;
            (ratio - ratio.round()).abs() < 1e-9
        }
        _ => true,
    }
}

/// The formats whose syntax a validator checks; others are documentation.
fn format_fits(format: &str, text: &str) -> bool {
    let syntax = match format {
        "date-time" => r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$",
        "date" => r"^\d{4}-\d{2}-\d{2}$",
        "uuid" => r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        "email" => r"^[^@\s]+@[^@\s]+$",
        "uri" | "url" => r"^[A-Za-z][A-Za-z0-9+.-]*:\S*$",
        "ipv4" => r"^\d{1,3}(\.\d{1,3}){3}$",
        _ => return true,
    };
    regex::Regex::new(syntax).is_ok_and(|matcher| matcher.is_match(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_checked_like_a_validating_server_would() {
        let doc = json!({"components": {"schemas": {"Id": {"type": "string", "pattern": "^id_[0-9]+$"}}}});
        let v = Validator { doc: &doc };
        let schema = json!({"type": "object", "required": ["id"], "additionalProperties": false,
            "properties": {"id": {"$ref": "#/components/schemas/Id"}, "n": {"type": "integer", "minimum": 1}}});
        assert!(v.is_valid(&schema, &json!({"id": "id_7", "n": 1})));
        assert!(!v.is_valid(&schema, &json!({"id": "id_x"})));
        assert!(!v.is_valid(&schema, &json!({"id": "id_7", "n": 0})));
        assert!(!v.is_valid(&schema, &json!({"id": "id_7", "extra": 1})));
        assert!(!v.is_valid(&schema, &json!({"n": 2})));
        let either = json!({"oneOf": [{"type": "number"}, {"type": "integer"}]});
        assert!(v.is_valid(&either, &json!(1.5)) && !v.is_valid(&either, &json!(2)), "oneOf wants exactly one");
        assert!(v.is_valid(&json!({"type": "string", "format": "date-time"}), &json!("2024-01-02T03:04:05Z")));
        assert!(!v.is_valid(&json!({"type": "string", "format": "uuid"}), &json!("nope")));
        assert!(v.is_valid(&json!({"type": "string", "nullable": true}), &Value::Null));
    }
}
