//! The mutation operators: structural ones on a seed's parsed JSON value (names only, or
//! anything: keys, types, `$ref`s, cycles, grafts, 3.1 keywords, extensions) and text ones
//! on a seed's source, for the loader. Each draws only from the [`Rng`] it is given.

use serde_json::{Map, Value, json};

use crate::nodes::{Seg, get, get_mut, pick_path, pointer};
use crate::rng::Rng;
use crate::vocabulary::{
    BROKEN_REFS, KEYS, ODD_NAMES, ODD_STRINGS, ODD_TEXTS, TEXT_TOKENS, TYPES, huge_number, random_value,
};

// ---------------------------------------------------------------------------------------
// Structural mutations. Each returns a description of what it did, or `None` if it found
// nothing to act on.

/// A mutation that keeps the spec valid but makes its names or texts hostile.
pub(crate) fn mutate_names(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    match rng.below(6) {
        0 => rename_component(rng, doc),
        1 => rename_property(rng, doc),
        2 => {
            let path = pick_path(rng, doc, |_, v| v.get("enum").is_some_and(Value::is_array))?;
            let values: Vec<Value> = (0..1 + rng.below(5)).map(|_| json!(rng.pick(ODD_NAMES))).collect();
            let description = format!("{}/enum = {values:?}", pointer(&path));
            get_mut(doc, &path)?.as_object_mut()?.insert("enum".into(), Value::Array(values));
            Some(description)
        }
        3 => set_field(rng, doc, |p, v| v.is_object() && in_operation(p), "operationId", ODD_NAMES),
        4 => set_field(rng, doc, |_, v| v.get("in").is_some() && v.get("name").is_some(), "name", ODD_NAMES),
        _ => {
            let key = *rng.pick(&["description", "title", "summary"]);
            set_field(rng, doc, |_, v| v.is_object(), key, ODD_TEXTS)
        }
    }
}

/// An operation object: `/paths/<path>/<method>`.
fn in_operation(path: &[Seg]) -> bool {
    path.len() == 3 && matches!(&path[0], Seg::Key(k) if k == "paths")
}

fn set_field(
    rng: &mut Rng,
    doc: &mut Value,
    filter: impl Fn(&[Seg], &Value) -> bool,
    key: &str,
    values: &[&str],
) -> Option<String> {
    let path = pick_path(rng, doc, filter)?;
    let value = *rng.pick(values);
    get_mut(doc, &path)?.as_object_mut()?.insert(key.into(), json!(value));
    Some(format!("{}/{key} = {value:?}", pointer(&path)))
}

/// Every `$ref` (and discriminator mapping) naming the old schema names the new one.
fn retarget(value: &mut Value, old: &str, new: &str) {
    match value {
        Value::String(s) if s == old => *s = new.to_owned(),
        Value::Object(map) => map.values_mut().for_each(|v| retarget(v, old, new)),
        Value::Array(items) => items.iter_mut().for_each(|v| retarget(v, old, new)),
        _ => {}
    }
}

fn rename_component(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let names = component_names(doc, "schemas");
    if names.is_empty() {
        return None;
    }
    let old = rng.pick(&names).clone();
    let new = rng.pick(ODD_NAMES).to_string();
    if names.contains(&new) {
        return None;
    }
    let schemas = doc.get_mut("components")?.get_mut("schemas")?.as_object_mut()?;
    let taken = std::mem::take(schemas);
    schemas.extend(taken.into_iter().map(|(k, v)| (if k == old { new.clone() } else { k }, v)));
    let escape = |name: &str| format!("#/components/schemas/{}", name.replace('~', "~0").replace('/', "~1"));
    retarget(doc, &escape(&old), &escape(&new));
    Some(format!("rename schema `{old}` to `{new}`"))
}

fn rename_property(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let path =
        pick_path(rng, doc, |_, v| v.get("properties").and_then(Value::as_object).is_some_and(|p| !p.is_empty()))?;
    let schema = get_mut(doc, &path)?.as_object_mut()?;
    let new = rng.pick(ODD_NAMES).to_string();
    let properties = schema.get_mut("properties")?.as_object_mut()?;
    let old = properties.keys().nth(rng.below(properties.len()))?.clone();
    if properties.contains_key(&new) {
        return None;
    }
    let taken = std::mem::take(properties);
    properties.extend(taken.into_iter().map(|(k, v)| (if k == old { new.clone() } else { k }, v)));
    if let Some(Value::Array(required)) = schema.get_mut("required") {
        required.iter_mut().filter(|r| r.as_str() == Some(old.as_str())).for_each(|r| *r = json!(new));
    }
    Some(format!("{}: rename property `{old}` to `{new}`", pointer(&path)))
}

/// Any structural mutation: the spec may well end up invalid.
pub(crate) fn mutate(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    match rng.below(17) {
        0 => delete_key(rng, doc),
        1 | 2 => replace_with_other_type(rng, doc),
        3 => duplicate_key(rng, doc),
        4 => rename_key(rng, doc),
        5 | 6 => break_ref(rng, doc),
        7 | 8 => insert_cycle(rng, doc),
        9 => change_type(rng, doc),
        10 => empty_container(rng, doc),
        11 => {
            let path = pick_path(rng, doc, |p, _| !p.is_empty())?;
            let number = huge_number(rng);
            let description = format!("{} = {number}", pointer(&path));
            *get_mut(doc, &path)? = number;
            Some(description)
        }
        12 => {
            let path = pick_path(rng, doc, |p, v| !p.is_empty() && (v.is_string() || rng_free_scalar(v)))?;
            let odd = Value::String((*rng.pick(ODD_STRINGS)).to_owned());
            let description = format!("{} = {odd}", pointer(&path));
            *get_mut(doc, &path)? = odd;
            Some(description)
        }
        13 => graft(rng, doc),
        14 => sprinkle_31(rng, doc),
        15 => extensions(rng, doc),
        _ => odd_path_or_discriminator(rng, doc),
    }
}

fn rng_free_scalar(value: &Value) -> bool {
    !value.is_object() && !value.is_array()
}

fn delete_key(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let path = pick_path(rng, doc, |_, v| v.as_object().is_some_and(|m| !m.is_empty()))?;
    let map = get_mut(doc, &path)?.as_object_mut()?;
    let key = map.keys().nth(rng.below(map.len()))?.clone();
    map.shift_remove(&key);
    Some(format!("delete {}", pointer(&[path, vec![Seg::Key(key)]].concat())))
}

fn replace_with_other_type(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let path = pick_path(rng, doc, |p, _| !p.is_empty())?;
    let old = type_name_of(get(doc, &path)?);
    let mut new = random_value(rng, 0);
    for _ in 0..4 {
        if type_name_of(&new) != old {
            break;
        }
        new = random_value(rng, 0);
    }
    let description = format!("{} ({old}) = {new}", pointer(&path));
    *get_mut(doc, &path)? = new;
    Some(description)
}

fn duplicate_key(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let path = pick_path(rng, doc, |_, v| v.as_object().is_some_and(|m| !m.is_empty()))?;
    let map = get_mut(doc, &path)?.as_object_mut()?;
    let (key, value) = map.iter().nth(rng.below(map.len())).map(|(k, v)| (k.clone(), v.clone()))?;
    let new_key = match rng.below(3) {
        0 => format!("{key}2"),
        1 => key.to_uppercase(),
        _ => format!("{key}{}", rng.pick(ODD_STRINGS)),
    };
    map.insert(new_key.clone(), value);
    Some(format!("copy {} to key `{new_key}`", pointer(&[path, vec![Seg::Key(key)]].concat())))
}

fn rename_key(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let path = pick_path(rng, doc, |_, v| v.as_object().is_some_and(|m| !m.is_empty()))?;
    let new_key = if rng.chance(2) { rng.pick(KEYS) } else { rng.pick(ODD_STRINGS) }.to_string();
    let map = get_mut(doc, &path)?.as_object_mut()?;
    let index = rng.below(map.len());
    let old: Map<String, Value> = std::mem::take(map);
    let mut renamed = None;
    for (i, (k, v)) in old.into_iter().enumerate() {
        if i == index {
            renamed = Some(k);
            map.insert(new_key.clone(), v);
        } else {
            map.entry(k).or_insert(v);
        }
    }
    Some(format!("rename {} to `{new_key}`", pointer(&[path, vec![Seg::Key(renamed?)]].concat())))
}

fn component_names(doc: &Value, kind: &str) -> Vec<String> {
    doc.pointer(&format!("/components/{kind}"))
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

fn break_ref(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let path = pick_path(rng, doc, |p, v| v.is_string() && matches!(p.last(), Some(Seg::Key(k)) if k == "$ref"))
        .or_else(|| {
            pick_path(rng, doc, |p, v| !p.is_empty() && v.is_object()).map(|mut p| {
                p.push(Seg::Key("$ref".into()));
                p
            })
        })?;
    let target = match rng.below(4) {
        0 => (*rng.pick(BROKEN_REFS)).to_owned(),
        1 => {
            // A reference to a component of another kind.
            let kind = *rng.pick(&["schemas", "parameters", "responses", "requestBodies", "securitySchemes"]);
            let names = component_names(doc, kind);
            if names.is_empty() {
                "#/components/schemas/Nope".to_owned()
            } else {
                format!("#/components/{kind}/{}", rng.pick(&names))
            }
        }
        2 => {
            // A pointer to some random node of the document.
            let node = pick_path(rng, doc, |_, _| true).unwrap_or_default();
            format!("#{}", pointer(&node))
        }
        _ => format!("#/components/schemas/{}", rng.pick(ODD_STRINGS)),
    };
    let parent = get_mut(doc, &path[..path.len() - 1])?;
    let parent = parent.as_object_mut()?;
    parent.insert("$ref".into(), Value::String(target.clone()));
    Some(format!("{} = {target:?}", pointer(&path)))
}

fn insert_cycle(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let mut names = component_names(doc, "schemas");
    if names.is_empty() {
        names = vec!["A".into(), "B".into()];
    }
    let a = rng.pick(&names).clone();
    let b = rng.pick(&names).clone();
    let reference =
        |name: &str| json!({ "$ref": format!("#/components/schemas/{}", name.replace('~', "~0").replace('/', "~1")) });
    let schemas = doc.as_object_mut()?.entry("components").or_insert_with(|| json!({}));
    let schemas = schemas.as_object_mut()?.entry("schemas").or_insert_with(|| json!({})).as_object_mut()?;
    let description = match rng.below(7) {
        0 => {
            schemas.insert(a.clone(), reference(&b));
            schemas.insert(b.clone(), reference(&a));
            format!("{a} = $ref {b}, {b} = $ref {a}")
        }
        1 => {
            schemas.insert(
                a.clone(),
                json!({ "allOf": [reference(&a), {"type": "object", "properties": {"x": {"type": "string"}}}] }),
            );
            format!("{a} = allOf [{a}, object]")
        }
        2 => {
            let schema = schemas.entry(a.clone()).or_insert_with(|| json!({"type": "object"}));
            let props = schema.as_object_mut()?.entry("properties").or_insert_with(|| json!({}));
            props.as_object_mut()?.insert("me".into(), reference(&b));
            format!("{a}.properties.me = $ref {b}")
        }
        3 => {
            schemas.insert(a.clone(), json!({ "oneOf": [reference(&a), reference(&b)] }));
            format!("{a} = oneOf [{a}, {b}]")
        }
        4 => {
            schemas.insert(a.clone(), json!({ "allOf": [reference(&b)], "nullable": true }));
            schemas.insert(b.clone(), json!({ "allOf": [reference(&a)] }));
            format!("{a} = allOf [{b}] nullable, {b} = allOf [{a}]")
        }
        5 => {
            schemas.insert(a.clone(), json!({ "type": "array", "items": reference(&a) }));
            format!("{a} = array of {a}")
        }
        _ => {
            schemas.insert(a.clone(), json!({ "anyOf": [reference(&a), {"type": "null"}] }));
            format!("{a} = anyOf [{a}, null]")
        }
    };
    Some(description)
}

fn change_type(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let path = pick_path(rng, doc, |_, v| v.get("type").is_some())?;
    let new = match rng.below(4) {
        0 => json!([rng.pick(TYPES), "null"]),
        1 => json!([rng.pick(TYPES), rng.pick(TYPES)]),
        2 => json!([]),
        _ => json!(rng.pick(TYPES)),
    };
    let description = format!("{}/type = {new}", pointer(&path));
    get_mut(doc, &path)?.as_object_mut()?.insert("type".into(), new);
    Some(description)
}

fn empty_container(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let path = pick_path(rng, doc, |p, v| !p.is_empty() && (v.is_array() || v.is_object()))?;
    let node = get_mut(doc, &path)?;
    *node = if node.is_array() { json!([]) } else { json!({}) };
    Some(format!("empty {}", pointer(&path)))
}

fn graft(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    let from = pick_path(rng, doc, |p, _| !p.is_empty())?;
    let subtree = get(doc, &from)?.clone();
    let to = pick_path(rng, doc, |_, v| v.is_object())?;
    let key = if rng.chance(2) {
        rng.pick(KEYS).to_string()
    } else {
        from.last().map_or("x".into(), |s| match s {
            Seg::Key(k) => k.clone(),
            Seg::Index(i) => i.to_string(),
        })
    };
    get_mut(doc, &to)?.as_object_mut()?.insert(key.clone(), subtree);
    Some(format!("graft {} into {}/{key}", pointer(&from), pointer(&to)))
}

fn sprinkle_31(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    doc.as_object_mut()?.insert("openapi".into(), json!("3.1.0"));
    let path = pick_path(rng, doc, |p, v| {
        v.is_object() && p.iter().any(|s| matches!(s, Seg::Key(k) if k == "schema" || k == "schemas"))
    })?;
    let (key, value) = match rng.below(9) {
        0 => ("type", json!([rng.pick(TYPES), "null"])),
        1 => ("const", random_value(rng, 1)),
        2 => ("examples", json!([random_value(rng, 1)])),
        3 => ("prefixItems", json!([{"type": "string"}, random_value(rng, 1)])),
        4 => ("$defs", json!({"X": {"type": "string"}})),
        5 => ("exclusiveMinimum", huge_number(rng)),
        6 => ("$recursiveRef", json!("#")),
        7 => ("anyOf", json!([{"type": "null"}, random_value(rng, 1)])),
        _ => ("contentEncoding", json!("base64")),
    };
    let description = format!("3.1: {}/{key} = {value}", pointer(&path));
    get_mut(doc, &path)?.as_object_mut()?.insert(key.into(), value);
    Some(description)
}

fn extensions(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    match rng.below(3) {
        0 => {
            let path = pick_path(rng, doc, |p, v| {
                v.is_object() && p.len() == 3 && matches!(&p[0], Seg::Key(k) if k == "paths")
            })?;
            let name =
                *rng.pick(&["", ".", "a", "a.", ".b", "a..b", "self.self", "x.y.z", "a.type", "default.list", "🦀.x"]);
            get_mut(doc, &path)?.as_object_mut()?.insert("x-rust-method".into(), json!(name));
            Some(format!("{}/x-rust-method = {name:?}", pointer(&path)))
        }
        1 => {
            let names = component_names(doc, "schemas");
            let events = |rng: &mut Rng| -> Value {
                if names.is_empty() || rng.chance(3) {
                    random_value(rng, 1)
                } else {
                    json!({"$ref": format!("#/components/schemas/{}", rng.pick(&names))})
                }
            };
            let socket = json!({
                "x-rust-method": rng.pick(&["realtime.connect", "connect", "", "a.b.c"]),
                "parameters": [{"name": rng.pick(ODD_STRINGS), "in": "query"}, random_value(rng, 1)],
                "headers": {rng.pick(ODD_STRINGS).to_string(): random_value(rng, 1)},
                "client-events": events(rng),
                "server-events": events(rng),
            });
            let path = rng.pick(&["/realtime", "", "/{x}", "/a/{b}/c"]).to_string();
            doc.as_object_mut()?.insert("x-websockets".into(), json!({ path.clone(): socket }));
            Some(format!("x-websockets {path:?}"))
        }
        _ => {
            let client = json!({"env-prefix": rng.pick(ODD_STRINGS), "headers": [
                {"name": rng.pick(ODD_STRINGS), "header": rng.pick(ODD_STRINGS), "env": rng.pick(ODD_STRINGS)},
                random_value(rng, 1),
            ]});
            doc.as_object_mut()?.insert("x-rust-client".into(), client);
            Some("x-rust-client with odd values".into())
        }
    }
}

fn odd_path_or_discriminator(rng: &mut Rng, doc: &mut Value) -> Option<String> {
    if rng.chance(2) {
        let paths = doc.get_mut("paths")?.as_object_mut()?;
        if paths.is_empty() {
            return None;
        }
        let index = rng.below(paths.len());
        let new = *rng.pick(&[
            "",
            "/",
            "/{",
            "/}",
            "/{}",
            "/a/{b",
            "/{id}/{id}",
            "no-slash",
            "/a//b",
            "/{a}{b}",
            "/é/{ü}",
            "/{self}",
            "/{type}/x",
        ]);
        let old: Map<String, Value> = std::mem::take(paths);
        for (i, (k, v)) in old.into_iter().enumerate() {
            paths.entry(if i == index { new.to_owned() } else { k }).or_insert(v);
        }
        return Some(format!("path #{index} renamed to {new:?}"));
    }
    let path = pick_path(rng, doc, |_, v| v.get("oneOf").is_some() || v.get("anyOf").is_some())?;
    let names = component_names(doc, "schemas");
    let target = if names.is_empty() {
        "#/components/schemas/X".to_owned()
    } else {
        format!("#/components/schemas/{}", rng.pick(&names))
    };
    let discriminator = json!({
        "propertyName": rng.pick(&["type", "", "kind", "🦀", "type"]),
        "mapping": { rng.pick(ODD_STRINGS).to_string(): target, "b": rng.pick(BROKEN_REFS) },
    });
    let description = format!("{}/discriminator = {discriminator}", pointer(&path));
    get_mut(doc, &path)?.as_object_mut()?.insert("discriminator".into(), discriminator);
    Some(description)
}

fn type_name_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

// ---------------------------------------------------------------------------------------
// Text mutations, for the loader.

/// `at`, or the nearest char boundary before it in `text`.
pub(crate) fn char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One line-level or byte-level mutation of the text; returns what it did.
pub(crate) fn mutate_text(rng: &mut Rng, text: &mut String) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let i = rng.below(lines.len());
    let description = match rng.below(8) {
        0 => {
            lines.remove(i);
            format!("delete line {}", i + 1)
        }
        1 => {
            let line = lines[i].clone();
            lines.insert(i, line);
            format!("duplicate line {}", i + 1)
        }
        2 => {
            lines[i].insert(0, '\t');
            format!("tab before line {}", i + 1)
        }
        3 => {
            let j = rng.below(lines.len());
            lines.swap(i, j);
            format!("swap lines {} and {}", i + 1, j + 1)
        }
        4 => {
            if rng.chance(2) {
                lines[i].insert_str(0, "  ");
            } else {
                lines[i] = lines[i].trim_start().to_owned();
            }
            format!("re-indent line {}", i + 1)
        }
        5 => {
            let joined = lines.join("\n");
            let at = char_boundary(&joined, rng.below(joined.len() + 1));
            *text = joined[..at].to_owned();
            return format!("truncate at byte {at}");
        }
        _ => {
            let token = *rng.pick(TEXT_TOKENS);
            let at = char_boundary(&lines[i], rng.below(lines[i].len() + 1));
            lines[i].insert_str(at, token);
            format!("insert {token:?} in line {}", i + 1)
        }
    };
    *text = lines.join("\n");
    text.push('\n');
    description
}
