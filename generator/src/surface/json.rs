//! The surface file's layout: JSON with one item a line, so that a change to the API is a
//! change to the lines of the items it touches (a reviewer reads the file's diff), and the
//! file stays small. The top-level keys are on lines of their own; a list whose items are
//! objects (operations, types, fields, parameters, values, variants) has one item a line;
//! everything else is compact. Key order is the structs' field order.

use serde_json::Value;

use super::Surface;

pub(super) fn to_text(surface: &Surface) -> String {
    // A surface always serializes: its maps have string keys and it holds no floats.
    let value = serde_json::to_value(surface).unwrap_or(Value::Null);
    let mut out = String::new();
    match &value {
        Value::Object(map) => {
            out.push_str("{\n");
            for (index, (key, item)) in map.iter().enumerate() {
                out.push_str("  ");
                out.push_str(&scalar(&Value::from(key.as_str())));
                out.push_str(": ");
                write(&mut out, item, 1);
                out.push_str(if index + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str("}\n");
        }
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
    out
}

/// A non-empty list of objects: written one item a line.
fn expands(value: &Value) -> bool {
    matches!(value, Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_object))
}

fn write(out: &mut String, value: &Value, depth: usize) {
    match value {
        Value::Array(items) if expands(value) => {
            out.push_str("[\n");
            for (index, item) in items.iter().enumerate() {
                out.push_str(&"  ".repeat(depth + 1));
                write(out, item, depth + 1);
                out.push_str(if index + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(depth));
            out.push(']');
        }
        Value::Object(map) if map.values().any(expands) => {
            out.push('{');
            for (index, (key, item)) in map.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push_str(&scalar(&Value::from(key.as_str())));
                out.push(':');
                write(out, item, depth);
            }
            out.push('}');
        }
        other => out.push_str(&scalar(other)),
    }
}

/// Compact JSON of a value with nothing to expand.
fn scalar(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
