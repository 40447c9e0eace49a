//! Stage 1, load: read a YAML or JSON spec into a `serde_json::Value`.
//!
//! The value is built by a lenient visitor rather than `serde_json::Value`'s own: real specs
//! hold integers outside the 64-bit range (the official OpenAI spec has
//! `minimum: -9223372036854776000`), which `serde_json::Value` rejects. Such numbers are
//! read as floats and reported as located warnings.

use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::diagnostics::{Error, Location, Result, Warnings, pointer_join};

/// A loaded spec's file name and text, kept to find line numbers for errors.
#[derive(Debug)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

impl Source {
    /// A location for `pointer` with the line filled in where it can be found.
    pub fn locate(&self, pointer: &str) -> Location {
        let mut location = Location::new(&self.path, pointer);
        location.line = line_of_pointer(&self.text, pointer);
        location
    }
}

/// Reads and parses the spec at `path`.
pub fn load(path: &Path, warnings: &mut Warnings) -> Result<(Source, Value)> {
    let text = std::fs::read_to_string(path)
        .map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    from_text(path, text, warnings)
}

/// Parses spec text already in memory; `path` names it in messages and, by its extension,
/// says whether it is JSON.
pub fn from_text(path: &Path, text: String, warnings: &mut Warnings) -> Result<(Source, Value)> {
    let value = parse(path, &text, warnings)?;
    Ok((Source { path: path.to_path_buf(), text }, value))
}

/// Parses spec text; JSON when the file name says so or the text starts with `{`.
pub fn parse(path: &Path, text: &str, warnings: &mut Warnings) -> Result<Value> {
    let oversized = RefCell::new(Vec::new());
    let seed = LenientValue { pointer: String::new(), oversized: &oversized };
    let is_json = path.extension().is_some_and(|ext| ext == "json") || text.trim_start().starts_with('{');
    let value = if is_json {
        let mut de = serde_json::Deserializer::from_str(text);
        seed.deserialize(&mut de).map_err(|err| {
            let mut location = Location::new(path, "");
            location.line = Some(err.line());
            Error::spec(location, format!("invalid JSON: {err}"))
        })?
    } else {
        seed.deserialize(serde_yaml::Deserializer::from_str(text)).map_err(|err| {
            let mut location = Location::new(path, "");
            location.line = err.location().map(|l| l.line());
            Error::spec(location, format!("invalid YAML: {err}"))
        })?
    };
    for (pointer, literal) in oversized.into_inner() {
        warnings.push(pointer, format!("integer {literal} is outside the 64-bit range; read as a float"));
    }
    if !value.is_object() {
        return Err(Error::spec(Location::new(path, ""), "a spec must be a mapping at its top level"));
    }
    Ok(value)
}

/// Deserializes any value, tracking the JSON pointer so oversized numbers can be located.
struct LenientValue<'a> {
    pointer: String,
    oversized: &'a RefCell<Vec<(String, String)>>,
}

impl<'de> DeserializeSeed<'de> for LenientValue<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl LenientValue<'_> {
    fn float(&self, literal: String, as_float: f64) -> Value {
        self.oversized.borrow_mut().push((self.pointer.clone(), literal));
        Number::from_f64(as_float).map_or(Value::Null, Value::Number)
    }
}

impl<'de> Visitor<'de> for LenientValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML or JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(match i64::try_from(v) {
            Ok(v) => Value::Number(v.into()),
            Err(_) => self.float(v.to_string(), v as f64),
        })
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(match u64::try_from(v) {
            Ok(v) => Value::Number(v.into()),
            Err(_) => self.float(v.to_string(), v as f64),
        })
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        loop {
            let seed = LenientValue {
                pointer: format!("{}/{}", self.pointer, items.len()),
                oversized: self.oversized,
            };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<MapKey>()? {
            let seed = LenientValue { pointer: pointer_join(&self.pointer, &key.0), oversized: self.oversized };
            let value = access.next_value_seed(seed)?;
            map.insert(key.0, value);
        }
        Ok(Value::Object(map))
    }
}

/// YAML allows non-string keys (`200:` is an integer); JSON pointers and OpenAPI want text.
struct MapKey(String);

impl<'de> serde::Deserialize<'de> for MapKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = MapKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping key")
            }
            fn visit_str<E>(self, v: &str) -> Result<MapKey, E> {
                Ok(MapKey(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<MapKey, E> {
                Ok(MapKey(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<MapKey, E> {
                Ok(MapKey("null".to_owned()))
            }
        }
        deserializer.deserialize_any(KeyVisitor)
    }
}

/// Finds the 1-based line of a JSON pointer in block-style YAML (or pretty JSON) by walking
/// keys at increasing indentation. Best effort: used only to decorate error messages.
pub fn line_of_pointer(text: &str, pointer: &str) -> Option<usize> {
    let segments: Vec<String> = pointer
        .trim_start_matches('#')
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    if segments.is_empty() {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let (mut from, mut min_indent, mut found) = (0usize, 0usize, None);
    for segment in &segments {
        let mut hit = None;
        let mut index_seen = 0usize;
        let list_index: Option<usize> = segment.parse().ok();
        for (i, line) in lines.iter().enumerate().skip(from) {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if indent < min_indent && found.is_some() {
                break;
            }
            if let Some(index) = list_index
                && trimmed.starts_with("- ")
            {
                if index_seen == index {
                    hit = Some((i, indent + 2));
                    break;
                }
                index_seen += 1;
                continue;
            }
            let key = trimmed.trim_start_matches("- ");
            let key = key.split(':').next().unwrap_or("").trim().trim_matches(|c| c == '"' || c == '\'');
            if key == segment && trimmed.contains(':') {
                hit = Some((i, indent + 1));
                break;
            }
        }
        let (line, indent) = hit?;
        found = Some(line);
        from = line + 1;
        min_indent = indent;
    }
    found.map(|line| line + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_yaml(text: &str) -> (Result<Value>, Vec<crate::diagnostics::Warning>) {
        let mut warnings = Warnings::new(Path::new("spec.yaml"));
        let value = parse(Path::new("spec.yaml"), text, &mut warnings);
        (value, warnings.into_sorted())
    }

    #[test]
    fn oversized_integers_become_floats_with_a_located_warning() {
        let (value, warnings) = parse_yaml("components:\n  seed:\n    minimum: -9223372036854776000\n");
        let value = value.unwrap();
        assert_eq!(value["components"]["seed"]["minimum"].as_f64(), Some(-9223372036854776000.0));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].location.pointer, "/components/seed/minimum");
    }

    #[test]
    fn integer_keys_become_strings() {
        let (value, _) = parse_yaml("responses:\n  200:\n    description: ok\n");
        assert_eq!(value.unwrap()["responses"]["200"]["description"], "ok");
    }

    #[test]
    fn invalid_yaml_names_file_and_line() {
        let (value, _) = parse_yaml("a: 1\nb: [unclosed\n");
        let err = value.unwrap_err().to_string();
        assert!(err.starts_with("spec.yaml:"), "{err}");
        assert!(err.contains("invalid YAML"), "{err}");
    }

    #[test]
    fn json_is_detected() {
        let mut warnings = Warnings::new(Path::new("x"));
        let value = parse(Path::new("x"), r#"{"openapi": "3.0.0"}"#, &mut warnings).unwrap();
        assert_eq!(value["openapi"], "3.0.0");
        let err = parse(Path::new("x.json"), "{", &mut warnings).unwrap_err().to_string();
        assert!(err.contains("invalid JSON"), "{err}");
    }

    #[test]
    fn a_scalar_document_is_rejected() {
        let (value, _) = parse_yaml("just text");
        assert!(value.unwrap_err().to_string().contains("mapping"));
    }

    #[test]
    fn pointer_lines_are_found_in_block_yaml() {
        let text = "openapi: 3.0.0\npaths:\n  /a/b:\n    get:\n      parameters:\n        - name: x\n        - name: y\n          in: query\n";
        assert_eq!(line_of_pointer(text, "/paths/~1a~1b/get"), Some(4));
        assert_eq!(line_of_pointer(text, "/paths/~1a~1b/get/parameters/1"), Some(7));
        assert_eq!(line_of_pointer(text, "/paths/~1a~1b/get/parameters/1/in"), Some(8));
        assert_eq!(line_of_pointer(text, "/paths/~1missing"), None);
    }
}
