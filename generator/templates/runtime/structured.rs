//! Structured outputs: the JSON Schema of a Rust type (derived with `schemars`), rewritten
//! into the strict form a model can be held to, and the model's JSON answer parsed back
//! into the type.
//!
//! The strict form: every object closed (`additionalProperties: false`) with every
//! property required, an `Option` a nullable type rather than an absent key, `oneOf` read
//! as `anyOf`, no `default`, no `$schema`, no keyword the strict mode refuses (length
//! bounds, `uniqueItems`, formats other than the supported ones), and a `$ref` beside other
//! keywords inlined. What cannot be made strict (a map with free keys, a `Value` field,
//! `allOf` of several schemas, `not`, conditionals, a root that is not an object) is a
//! [`SchemaError`] naming the place, never a schema the API would refuse.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::codec::{DecodeError, decode_json};

/// A type's schema in strict form, with the name and description the API shows the model.
#[derive(Debug, Clone, PartialEq)]
pub struct StrictSchema {
    /// The type's name (letters, digits, `_` and `-`, at most 64), e.g. `Weather`.
    pub name: String,
    /// The type's doc comment, if it has one.
    pub description: Option<String>,
    /// The schema itself: an object schema, its `$defs` strict too.
    pub schema: Value,
}

/// The strict schema of `T` (its `Deserialize` shape).
pub fn strict_schema<T: schemars::JsonSchema>() -> Result<StrictSchema, SchemaError> {
    let settings = schemars::generate::SchemaSettings::draft2020_12().with(|s| s.meta_schema = None);
    let mut schema = settings.into_generator().into_root_schema_for::<T>().to_value();
    let description = schema.get("description").and_then(Value::as_str).map(str::to_owned);
    let root = schema.as_object_mut().ok_or_else(|| SchemaError::at("", "the schema of a type is not an object"))?;
    // The name and description travel beside the schema.
    root.remove("title");
    root.remove("description");
    make_strict(&mut schema)?;
    Ok(StrictSchema { name: schema_name(&T::schema_name()), description, schema })
}

/// Rewrites a JSON Schema (with `$defs` at its root) into strict form, in place.
pub fn make_strict(schema: &mut Value) -> Result<(), SchemaError> {
    let is_object = schema.get("type").and_then(Value::as_str) == Some("object");
    if !is_object {
        let found = schema.get("type").map_or_else(|| "a union or a reference".to_owned(), |t| t.to_string());
        return Err(SchemaError::at("", format!("the root must be an object schema (a struct), not {found}")));
    }
    let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
    strict_at(schema, "", &defs)
}

/// Formats the strict mode accepts; schemars writes others (`int64`, `uint8`, `double`).
const FORMATS: &[&str] = &["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"];

/// Keywords dropped: annotations and bounds the strict mode does not take (the answer is
/// still checked against the Rust type when it is parsed).
const DROPPED: &[&str] = &[
    "$schema",
    "default",
    "examples",
    "readOnly",
    "writeOnly",
    "deprecated",
    "minLength",
    "maxLength",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "contains",
    "minContains",
    "maxContains",
    "unevaluatedItems",
];

/// Keywords that change what is valid in a way the strict mode cannot express.
const REFUSED: &[&str] = &[
    "not",
    "if",
    "then",
    "else",
    "dependentRequired",
    "dependentSchemas",
    "patternProperties",
    "propertyNames",
    "unevaluatedProperties",
];

fn strict_at(schema: &mut Value, at: &str, defs: &Value) -> Result<(), SchemaError> {
    let map = match schema {
        Value::Object(map) => map,
        Value::Bool(_) => {
            return Err(SchemaError::at(at, "accepts any value (a `serde_json::Value`?), which strict mode cannot"));
        }
        _ => return Err(SchemaError::at(at, "is not a schema")),
    };
    if let Some(keyword) = REFUSED.iter().find(|k| map.contains_key(**k)) {
        return Err(SchemaError::at(at, format!("uses `{keyword}`, which strict mode does not support")));
    }
    for keyword in DROPPED {
        map.remove(*keyword);
    }
    if map.get("format").and_then(Value::as_str).is_some_and(|f| !FORMATS.contains(&f)) {
        map.remove("format");
    }
    if let Some(one_of) = map.remove("oneOf") {
        map.insert("anyOf".to_owned(), one_of);
    }
    if let Some(all_of) = map.remove("allOf") {
        match all_of {
            Value::Array(mut parts) if parts.len() == 1 => merge_into(map, parts.remove(0)),
            _ => return Err(SchemaError::at(at, "uses `allOf` of several schemas, which strict mode does not support")),
        }
    }
    // A reference with siblings (a field's description beside its type's `$ref`) is
    // written out, the siblings winning.
    if map.len() > 1
        && let Some(Value::String(reference)) = map.get("$ref")
    {
        let target = reference
            .strip_prefix("#/$defs/")
            .and_then(|name| defs.get(name))
            .cloned()
            .ok_or_else(|| SchemaError::at(at, format!("refers to `{reference}`, which is not in `$defs`")))?;
        map.remove("$ref");
        let siblings = std::mem::take(map);
        if let Value::Object(target) = target {
            *map = target;
        }
        map.extend(siblings);
        return strict_at(schema, at, defs);
    }
    let is_object = map.contains_key("properties")
        || match map.get("type") {
            Some(Value::String(t)) => t == "object",
            Some(Value::Array(types)) => types.iter().any(|t| t == "object"),
            _ => false,
        };
    if is_object {
        match map.get("additionalProperties") {
            None | Some(Value::Bool(false)) => {}
            Some(_) => {
                return Err(SchemaError::at(
                    at,
                    "is a map with free keys (`additionalProperties`), which strict mode does not support; use a struct",
                ));
            }
        }
        map.insert("additionalProperties".to_owned(), Value::Bool(false));
        let properties = map.entry("properties").or_insert_with(|| Value::Object(Map::new()));
        let names: Vec<Value> =
            properties.as_object().map(|p| p.keys().cloned().map(Value::String).collect()).unwrap_or_default();
        map.insert("required".to_owned(), Value::Array(names));
    }
    for (key, child) in map.iter_mut() {
        let child_at = format!("{at}/{}", pointer_segment(key));
        match (key.as_str(), child) {
            ("properties" | "$defs", Value::Object(entries)) => {
                for (name, entry) in entries.iter_mut() {
                    strict_at(entry, &format!("{child_at}/{}", pointer_segment(name)), defs)?;
                }
            }
            ("anyOf" | "prefixItems", Value::Array(entries)) => {
                for (i, entry) in entries.iter_mut().enumerate() {
                    strict_at(entry, &format!("{child_at}/{i}"), defs)?;
                }
            }
            ("items", entry) => strict_at(entry, &child_at, defs)?,
            _ => {}
        }
    }
    Ok(())
}

/// A key as a JSON-pointer segment (`~` and `/` escaped).
fn pointer_segment(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// `allOf: [one]` folded into the schema that holds it (its own keys win).
fn merge_into(map: &mut Map<String, Value>, part: Value) {
    if let Value::Object(part) = part {
        for (key, value) in part {
            map.entry(key).or_insert(value);
        }
    }
}

/// A schema name the API accepts: `Wrapper_for_String` stays, other characters become `_`.
fn schema_name(name: &str) -> String {
    let cleaned: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).take(64).collect();
    if cleaned.is_empty() { "output".to_owned() } else { cleaned }
}

/// A type whose schema cannot be made strict, and where (a JSON pointer into the schema
/// schemars derived).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    /// JSON pointer of the part (`/properties/tags`; empty for the root).
    pub pointer: String,
    /// What is there that strict mode cannot take.
    pub message: String,
}

impl SchemaError {
    fn at(pointer: &str, message: impl Into<String>) -> Self {
        SchemaError { pointer: pointer.to_owned(), message: message.into() }
    }
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() { "the root" } else { self.pointer.as_str() };
        write!(f, "no strict JSON schema for this type: {at} {}", self.message)
    }
}

impl std::error::Error for SchemaError {}

/// Why a model's answer is not the value asked for.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OutputError {
    /// The model declined to answer; its explanation.
    Refusal(String),
    /// There is no text to parse; why (`finish_reason: length`, a tool call instead).
    Missing(String),
    /// The text is not the type: where it differs.
    Decode(DecodeError),
}

impl OutputError {
    /// The model's refusal, if that is what this is.
    pub fn refusal(&self) -> Option<&str> {
        match self {
            OutputError::Refusal(text) => Some(text),
            _ => None,
        }
    }
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::Refusal(text) => write!(f, "the model refused: {text}"),
            OutputError::Missing(why) => write!(f, "no output to parse: {why}"),
            OutputError::Decode(error) => write!(f, "the output does not match the type: {error}"),
        }
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Decode(error) => Some(error),
            _ => None,
        }
    }
}

/// Parses a model's JSON text into `T`; a mismatch names the JSON path.
pub fn parse_output<T: DeserializeOwned>(text: &str) -> Result<T, OutputError> {
    decode_json(text.as_bytes()).map_err(OutputError::Decode)
}
