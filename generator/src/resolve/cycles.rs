//! Reference cycles that describe nothing: `A: {$ref: B}, B: {$ref: A}`, an `allOf` that
//! includes itself, a `oneOf` whose every member leads back to it, a parameter that refers
//! to itself. Recursion through an object's property, an array or a map is fine (it becomes
//! a `Box`, a `Vec` or a map); recursion by value alone cannot be a Rust type.
//!
//! Runs on the normalized document after the structure check, so every `$ref` met here
//! resolves.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::Problem;
use crate::diagnostics::{escape_pointer_segment, pointer_join};

pub fn check(doc: &Value) -> Result<(), Problem> {
    for kind in ["parameters", "requestBodies", "responses", "headers", "pathItems"] {
        component_loops(doc, kind)?;
    }
    schema_cycles(doc)
}

fn components<'d>(doc: &'d Value, kind: &str) -> Option<&'d Map<String, Value>> {
    doc.get("components")?.get(kind)?.as_object()
}

/// The component a `#/components/<kind>/<name>` reference names.
fn target(reference: &Value, kind: &str) -> Option<String> {
    let name = reference.as_str()?.strip_prefix("#/components/")?.strip_prefix(kind)?.strip_prefix('/')?;
    Some(name.replace("~1", "/").replace("~0", "~"))
}

fn chain(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(" → ")
}

/// Components that are `$ref`s to one another in a loop.
fn component_loops(doc: &Value, kind: &str) -> Result<(), Problem> {
    let Some(entries) = components(doc, kind) else { return Ok(()) };
    for start in entries.keys() {
        let mut path = vec![start.clone()];
        let mut current = start;
        while let Some(next) = entries.get(current).and_then(|c| c.get("$ref")).and_then(|r| target(r, kind)) {
            let Some((next, _)) = entries.get_key_value(&next) else { break };
            if next == start {
                path.push(next.clone());
                return Err(Problem {
                    pointer: format!("/components/{kind}/{}/$ref", escape_pointer_segment(start)),
                    message: format!(
                        "reference cycle {}: these only refer to one another and describe nothing",
                        chain(&path)
                    ),
                });
            }
            if path.contains(next) {
                break; // a loop that does not come back to `start`; reported from its own members
            }
            path.push(next.clone());
            current = next;
        }
    }
    Ok(())
}

/// Whether a schema can hold some value, given which components can (`grounded`).
fn grounded(schema: &Value, known: &BTreeMap<&str, bool>) -> bool {
    let Value::Object(map) = schema else { return true };
    if let Some(name) = map.get("$ref").and_then(|r| target(r, "schemas")) {
        return known.get(name.as_str()).copied().unwrap_or(true);
    }
    let members = |key: &str| map.get(key).and_then(Value::as_array).filter(|m| !m.is_empty());
    if let Some(all) = members("allOf")
        && !all.iter().all(|m| grounded(m, known))
    {
        return false;
    }
    match members("oneOf").or_else(|| members("anyOf")) {
        Some(alternatives) => alternatives.iter().any(|m| grounded(m, known)),
        None => true,
    }
}

/// The first by-value edge out of an ungrounded schema: the pointer of its `$ref`, the
/// component it names and the keyword it goes through (`$ref`, `allOf`, `oneOf`, `anyOf`).
fn ungrounded_edge(schema: &Value, at: &str, known: &BTreeMap<&str, bool>) -> Option<(String, String, &'static str)> {
    let map = schema.as_object()?;
    if let Some(name) = map.get("$ref").and_then(|r| target(r, "schemas")) {
        return Some((pointer_join(at, "$ref"), name, "$ref"));
    }
    for keyword in ["allOf", "oneOf", "anyOf"] {
        let Some(members) = map.get(keyword).and_then(Value::as_array) else { continue };
        for (i, member) in members.iter().enumerate() {
            if grounded(member, known) {
                continue;
            }
            let member_at = format!("{}/{i}", pointer_join(at, keyword));
            if let Some((pointer, name, inner)) = ungrounded_edge(member, &member_at, known) {
                // A one-member `allOf` only wraps a reference (normalize writes them too).
                let wrapper = keyword == "allOf" && members.len() == 1;
                return Some((pointer, name, if inner != "$ref" || wrapper { inner } else { keyword }));
            }
        }
    }
    None
}

fn schema_cycles(doc: &Value) -> Result<(), Problem> {
    let Some(schemas) = components(doc, "schemas") else { return Ok(()) };
    // Least fixed point: nothing is known to hold a value until shown to.
    let mut known: BTreeMap<&str, bool> = schemas.keys().map(|k| (k.as_str(), false)).collect();
    loop {
        let newly: Vec<&str> = schemas
            .iter()
            .filter(|(name, schema)| !known[name.as_str()] && grounded(schema, &known))
            .map(|(n, _)| n.as_str())
            .collect();
        if newly.is_empty() {
            break;
        }
        for name in newly {
            known.insert(name, true);
        }
    }
    let Some((start, _)) = schemas.iter().find(|(name, _)| !known[name.as_str()]) else { return Ok(()) };
    // Walk the by-value edges from the first such schema until one repeats.
    let mut path = vec![start.clone()];
    let mut first_edge = None;
    let mut current = start.clone();
    while let Some(schema) = schemas.get(&current)
        && let Some((pointer, next, keyword)) =
            ungrounded_edge(schema, &pointer_join("/components/schemas", &current), &known)
    {
        first_edge.get_or_insert((pointer, keyword));
        let repeated = path.contains(&next);
        path.push(next.clone());
        if repeated {
            break;
        }
        current = next;
    }
    let (pointer, keyword) = first_edge.unwrap_or_else(|| (pointer_join("/components/schemas", start), "$ref"));
    let message = match keyword {
        "allOf" => format!("`allOf` includes the schema itself ({}): a type cannot contain itself", chain(&path)),
        "oneOf" | "anyOf" => format!(
            "every member of this `{keyword}` leads back to it ({}), so it describes no value; give it a member that is an object, array or primitive",
            chain(&path)
        ),
        _ if path.len() == 2 => format!("`{start}` refers only to itself ({}), so it describes no value", chain(&path)),
        _ => format!(
            "reference cycle {}: these schemas only refer to one another, so they describe no value",
            chain(&path)
        ),
    };
    Err(Problem { pointer, message })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schemas(schemas: Value) -> Result<(), Problem> {
        check(&json!({"components": {"schemas": schemas}}))
    }

    fn r(name: &str) -> Value {
        json!({"$ref": format!("#/components/schemas/{name}")})
    }

    #[test]
    fn pure_reference_cycles_are_rejected() {
        let err = schemas(json!({"A": r("B"), "B": r("A")})).unwrap_err();
        assert_eq!(err.pointer, "/components/schemas/A/$ref");
        assert_eq!(
            err.message,
            "reference cycle `A` → `B` → `A`: these schemas only refer to one another, so they describe no value"
        );
        let err = schemas(json!({"C": {"type": "string"}, "A": r("A")})).unwrap_err();
        assert_eq!(err.message, "`A` refers only to itself (`A` → `A`), so it describes no value");
        // `anyOf: [A, {type: null}]` is normalized to a nullable one-member `allOf`: a reference.
        let err = schemas(json!({"A": {"nullable": true, "allOf": [r("A")]}})).unwrap_err();
        assert_eq!(err.message, "`A` refers only to itself (`A` → `A`), so it describes no value");
    }

    #[test]
    fn all_of_including_itself_is_rejected() {
        let err = schemas(json!({"A": {"allOf": [r("A"), {"type": "object"}]}})).unwrap_err();
        assert_eq!(err.pointer, "/components/schemas/A/allOf/0/$ref");
        assert!(err.message.starts_with("`allOf` includes the schema itself (`A` → `A`)"), "{}", err.message);
    }

    #[test]
    fn unions_need_one_member_that_holds_a_value() {
        let err = schemas(json!({"N": {"oneOf": [r("N"), r("N")]}})).unwrap_err();
        assert_eq!(err.pointer, "/components/schemas/N/oneOf/0/$ref");
        assert!(schemas(json!({"N": {"oneOf": [r("N"), {"type": "string"}]}})).is_ok());
    }

    #[test]
    fn recursion_through_properties_and_items_is_fine() {
        assert!(schemas(json!({
            "Tree": {"type": "object", "properties": {"children": {"type": "array", "items": r("Tree")}, "parent": r("Tree")}},
            "Alias": r("Tree"),
            "List": {"type": "array", "items": r("List")},
        }))
        .is_ok());
    }

    #[test]
    fn parameter_loops_are_rejected() {
        let doc = json!({"components": {"parameters": {"A": {"$ref": "#/components/parameters/B"}, "B": {"$ref": "#/components/parameters/A"}}}});
        let err = check(&doc).unwrap_err();
        assert_eq!(err.pointer, "/components/parameters/A/$ref");
        assert!(err.message.contains("`A` → `B` → `A`"), "{}", err.message);
    }
}
