//! Decoding JSON with the generated types, and comparing it with what they made of it.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What [`round_trip`] accepts of the forward-compatible catch-alls (`Unknown(..)` of
/// unions, `Other(..)` of enums and untagged unions), which would decode anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatchAll {
    /// None: every value must land in a typed variant.
    Forbidden,
    /// Only the empty ones a missing required value decodes to (`Other("")`,
    /// `Unknown(Null)`), for JSON that leaves out fields its schema requires.
    ForMissingValues,
}

/// Decodes `json` as a `T` with the client's own decoder (so a failure names its JSON path),
/// refuses a catch-all variant beyond what `catch_all` allows, and encodes the value again.
pub fn round_trip<T: DeserializeOwned + Serialize + std::fmt::Debug>(
    json: &Value,
    catch_all: CatchAll,
) -> Result<Value, String> {
    let text = json.to_string();
    let value: T = openai_client::runtime::decode_json(text.as_bytes())
        .map_err(|e| format!("does not decode: at `{}`: {}", e.path, e.message))?;
    let mut debug = format!("{value:?}");
    if catch_all == CatchAll::ForMissingValues {
        debug = debug.replace("Other(\"\")", "").replace("Unknown(Null)", "");
    }
    if let Some(at) = debug.find("Unknown(").or_else(|| debug.find("Other(")) {
        let excerpt: String = debug[at..].chars().take(200).collect();
        return Err(format!("decodes into a catch-all variant, not a typed one: {excerpt}…"));
    }
    serde_json::to_value(&value).map_err(|e| format!("does not encode: {e}"))
}

/// The keys of `original` that `decoded` lacks, as JSON paths from `$` (`$.data[0].store`):
/// what our types silently dropped when they decoded `original` and encoded it again.
/// Arrays are compared item by item. A key whose value is `null` may be missing: an
/// optional field left unset encodes to nothing.
pub fn dropped_keys(original: &Value, decoded: &Value) -> Vec<String> {
    let mut lost = Vec::new();
    collect(original, decoded, "$", &mut lost);
    lost
}

fn collect(original: &Value, decoded: &Value, path: &str, lost: &mut Vec<String>) {
    match (original, decoded) {
        (Value::Object(original), Value::Object(decoded)) => {
            for (key, value) in original.iter().filter(|(_, value)| !value.is_null()) {
                let here = format!("{path}.{key}");
                match decoded.get(key) {
                    Some(kept) => collect(value, kept, &here, lost),
                    None => lost.push(here),
                }
            }
        }
        (Value::Array(original), Value::Array(decoded)) => {
            for (index, (value, kept)) in original.iter().zip(decoded).enumerate() {
                collect(value, kept, &format!("{path}[{index}]"), lost);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::dropped_keys;

    #[test]
    fn missing_keys_are_named_and_nulls_may_go() {
        let original = json!({"a": 1, "b": null, "c": [{"d": 2, "e": 3}], "f": {"g": true}});
        let decoded = json!({"a": 1, "c": [{"d": 2}], "f": {}});
        assert_eq!(dropped_keys(&original, &decoded), ["$.c[0].e", "$.f.g"]);
        assert!(dropped_keys(&original, &original).is_empty());
    }
}
