//! Lenient where the generator does not read: a malformed tag, external-docs link,
//! example, link, callback, server or security entry cannot change the generated client,
//! so instead of stopping generation (which `openapiv3` would, deserializing everything)
//! it is left out with a located warning. Each part is checked with the `openapiv3` type
//! that would read it, so exactly what would fail is dropped.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::diagnostics::{Warnings, pointer_join};
use crate::positions::Position;

/// Drops malformed parts the generator does not read, each with a warning.
pub fn drop_defects(doc: &mut Value, warnings: &mut Warnings) {
    let mut pointer = String::new();
    walk(doc, Position::Root, &mut pointer, warnings);
}

/// What an unread part is, for messages, and how to check it.
struct Part {
    what: &'static str,
    check: fn(&Value) -> Result<(), String>,
}

fn check<T: DeserializeOwned>(value: &Value) -> Result<(), String> {
    T::deserialize(value).map(drop).map_err(|e| e.to_string())
}

const TAG: Part = Part { what: "tag", check: check::<openapiv3::Tag> };
const EXTERNAL_DOCS: Part = Part { what: "`externalDocs`", check: check::<openapiv3::ExternalDocumentation> };
const SECURITY: Part = Part { what: "security requirement", check: check::<openapiv3::SecurityRequirement> };
const SERVER: Part = Part { what: "server", check: check::<openapiv3::Server> };
const EXAMPLE: Part = Part { what: "example", check: check::<openapiv3::ReferenceOr<openapiv3::Example>> };
const LINK: Part = Part { what: "link", check: check::<openapiv3::ReferenceOr<openapiv3::Link>> };
const CALLBACK: Part = Part { what: "callback", check: check::<openapiv3::ReferenceOr<openapiv3::Callback>> };
const SECURITY_SCHEME: Part =
    Part { what: "security scheme", check: check::<openapiv3::ReferenceOr<openapiv3::SecurityScheme>> };

/// How a key holds unread parts: one part, a list of parts, or a mapping of names to parts.
enum Holds {
    One(Part),
    List(Part),
    Map(Part),
}

/// The unread parts a key at `position` holds.
fn unread_parts(position: Position, key: &str) -> Option<Holds> {
    use Position as P;
    Some(match (position, key) {
        (P::Root, "tags") => Holds::List(TAG),
        (P::Root | P::Operation | P::Schema, "externalDocs") => Holds::One(EXTERNAL_DOCS),
        (P::Root | P::Operation, "security") => Holds::List(SECURITY),
        (P::Root | P::PathItem | P::Operation, "servers") => Holds::List(SERVER),
        (P::Parameter | P::Header | P::MediaType, "examples") => Holds::Map(EXAMPLE),
        (P::Response, "links") => Holds::Map(LINK),
        (P::Operation, "callbacks") => Holds::Map(CALLBACK),
        (P::Components, "examples") => Holds::Map(EXAMPLE),
        (P::Components, "links") => Holds::Map(LINK),
        (P::Components, "callbacks") => Holds::Map(CALLBACK),
        (P::Components, "securitySchemes") => Holds::Map(SECURITY_SCHEME),
        _ => return None,
    })
}

fn walk(value: &mut Value, position: Position, pointer: &mut String, warnings: &mut Warnings) {
    match value {
        Value::Object(map) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                let at = pointer_join(pointer, &key);
                if let Some(holds) = unread_parts(position, &key) {
                    prune(map, &key, holds, &at, warnings);
                    continue;
                }
                let child = position.step(&key);
                if child == Position::Unread || crate::positions::DATA_KEYS.contains(&key.as_str()) {
                    continue;
                }
                if let Some(value) = map.get_mut(&key) {
                    let parent = std::mem::replace(pointer, at);
                    walk(value, child, pointer, warnings);
                    *pointer = parent;
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let parent = std::mem::replace(pointer, format!("{pointer}/{i}"));
                walk(item, position.step(&i.to_string()), pointer, warnings);
                *pointer = parent;
            }
        }
        _ => {}
    }
}

/// Checks the parts under `map[key]` and removes the malformed ones.
fn prune(map: &mut Map<String, Value>, key: &str, holds: Holds, at: &str, warnings: &mut Warnings) {
    let Some(value) = map.get_mut(key) else { return };
    let drop_all = match (&holds, &mut *value) {
        (Holds::One(part), value) => (part.check)(value).map_err(|e| (part, e)).err(),
        (Holds::List(part), Value::Array(items)) => {
            let mut index = 0;
            items.retain(|item| {
                let kept = keep(part, item, &format!("{at}/{index}"), warnings);
                index += 1;
                kept
            });
            None
        }
        (Holds::Map(part), Value::Object(entries)) => {
            entries
                .retain(|name, entry| name.starts_with("x-") || keep(part, entry, &pointer_join(at, name), warnings));
            None
        }
        (Holds::List(part) | Holds::Map(part), other) => {
            let container = if matches!(holds, Holds::List(_)) { "a list" } else { "a mapping" };
            Some((part, format!("expected {container}, found {}", crate::load::describe(other))))
        }
    };
    if let Some((part, reason)) = drop_all {
        warnings.push(at, left_out(part, &reason));
        map.remove(key);
    }
}

fn keep(part: &Part, value: &Value, at: &str, warnings: &mut Warnings) -> bool {
    match (part.check)(value) {
        Ok(()) => true,
        Err(reason) => {
            warnings.push(at, left_out(part, &reason));
            false
        }
    }
}

fn left_out(part: &Part, reason: &str) -> String {
    let effect = match part.what {
        "security scheme" | "security requirement" => "; the client does not authenticate with it",
        "server" => "; the client's default base URL does not come from it",
        _ => "",
    };
    format!("this {} is malformed ({reason}) and is left out{effect}", part.what)
}
