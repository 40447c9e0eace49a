//! Mutation fuzzer: no input may make the generator panic.
//!
//! Seeds are the golden fixture specs (`tests/fixtures/golden/*/spec.yaml`), the negative
//! fixtures (`tests/fixtures/invalid/*`) and `spec/openai.yaml`. Each input is one seed with
//! a few random structural mutations applied to its parsed JSON value (keys deleted,
//! duplicated or renamed, values swapped for other JSON types, `$ref`s broken, reference
//! cycles inserted, `type` changed, containers emptied, huge numbers, odd strings, subtrees
//! grafted elsewhere, 3.1 keywords sprinkled in), serialized back to YAML or JSON; or, for
//! the loader, a few text mutations of the seed (lines deleted, duplicated, swapped,
//! re-indented, tabs, truncation, stray YAML tokens). The whole pipeline up to `format` runs
//! in memory on it ([`generator::generate_from_text`]; nothing is written) under
//! `catch_unwind`.
//!
//! Every input is derived from the base seed and its index alone, so a run is
//! deterministic and one input can be replayed on its own. Environment variables:
//!
//! - `FUZZ_ITERATIONS=20000`: how many inputs (default 300, a few seconds);
//! - `FUZZ_SEED=n`: the base seed (default fixed);
//! - `FUZZ_ONLY=i`: run input `i` only and print it (replay a failure);
//! - `FUZZ_THREADS=n`: worker threads (default: available parallelism);
//! - `FUZZ_TRACE=1`: print each input's index before running it (a stack overflow aborts
//!   the process before anything can be reported).
//!
//! The test fails on any panic, printing the mutations, the spec and the replay command;
//! on any error that is not a located spec error (an internal error, or a spec error
//! without a line), since both mean a user gets an unclear message; and on any successful
//! generation with a `Cargo.toml` that is not TOML or a `.rs` file that is not Rust.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use generator::diagnostics::Warnings;
use generator::{Error, Options};
use serde_json::{Map, Value, json};

const DEFAULT_ITERATIONS: u64 = 300;
const DEFAULT_SEED: u64 = 0x0005_eed0_fa11_1a7e;
/// One input in this many mutates the 450 KB OpenAI spec (0.3 s per run in a debug build).
const BIG_SEED_ODDS: u64 = 40;
const WORKER_NAME: &str = "fuzz-worker";
/// An input running longer than this is reported while the run goes on (a likely hang).
const SLOW_INPUT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------
// Random numbers: xorshift64*, seeded through splitmix64.

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.next().is_multiple_of(one_in.max(1))
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------
// Vocabulary the mutations draw from.

const ODD_STRINGS: &[&str] = &[
    "",
    " ",
    "{",
    "}",
    "[",
    "{}",
    "{id}",
    "{{x}}",
    "~1",
    "~0",
    "~",
    "/",
    "//",
    "a/b",
    "#",
    "#/",
    "$ref",
    "ü",
    "日本語",
    "🦀",
    "\u{0}",
    "\n",
    "\t",
    "\"",
    "'",
    "\\",
    "self",
    "Self",
    "super",
    "crate",
    "type",
    "r#type",
    "_",
    "__",
    "-",
    "1",
    "123abc",
    "Option",
    "Result",
    "String",
    "Other",
    "Unknown",
    "null",
    "true",
    "3.1.0",
    "2.0",
    "default",
    "x-",
    "a.b.c",
    ".",
    "a..b",
    "resource.",
    ".method",
    "-1",
    "0x10",
    "1e400",
    "in",
    "fn",
    "Box",
    "Vec",
    "Default",
];

/// Names that stress naming: keywords, collisions after case conversion, prelude and
/// runtime names, digits, symbols, non-ASCII, empty and long ones.
const ODD_NAMES: &[&str] = &[
    "",
    "_",
    "__",
    "-",
    "1",
    "_1",
    "1st",
    "type",
    "Type",
    "self",
    "Self",
    "super",
    "crate",
    "fn",
    "r#type",
    "async",
    "await",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Default",
    "Client",
    "Error",
    "Params",
    "Request",
    "Response",
    "Other",
    "Unknown",
    "other",
    "unknown",
    "fooBar",
    "foo_bar",
    "FooBar",
    "foo-bar",
    "FOO_BAR",
    "foo bar",
    "a.b",
    "a/b",
    "a~b",
    "é",
    "日本",
    "🦀",
    "x\u{0}y",
    "with\nnewline",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "data",
    "has_more",
    "stream",
    "params",
    "request",
    "value",
    "variant",
    "into",
    "new",
    "default",
    "r#",
    "$ref",
    "@type",
];

/// Texts that stress doc comments and templates.
const ODD_TEXTS: &[&str] = &[
    "*/",
    "/*",
    "```",
    "```rust\nfn main() {}",
    "```\nunclosed",
    "<b>",
    "<!--",
    "\\",
    "\"",
    "#[doc = \"x\"]",
    "\r\n",
    "\u{0}",
    "[link](javascript:x)",
    "[[x]]",
    "{{ x }}",
    "{% if x %}",
    "}}",
    "${x}",
    "%s",
    "\t",
    "line\n\n\nline",
    "# Heading",
    "    indented code",
    "https://example.com/a_(b)",
    "<https://x>",
    "[DONE]",
    "",
    " ",
    "🦀",
];

const KEYS: &[&str] = &[
    "$ref",
    "type",
    "format",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "enum",
    "const",
    "nullable",
    "default",
    "discriminator",
    "propertyName",
    "mapping",
    "schema",
    "content",
    "responses",
    "parameters",
    "requestBody",
    "in",
    "name",
    "operationId",
    "description",
    "title",
    "example",
    "examples",
    "prefixItems",
    "$defs",
    "$recursiveRef",
    "x-rust-method",
    "x-sse-envelope",
    "x-websockets",
    "x-rust-client",
    "servers",
    "url",
    "variables",
    "security",
    "securitySchemes",
    "style",
    "explode",
    "minimum",
    "maxItems",
    "readOnly",
    "deprecated",
    "application/json",
    "text/event-stream",
    "multipart/form-data",
    "application/octet-stream",
    "200",
    "default",
    "2XX",
    "get",
    "post",
    "components",
    "schemas",
    "paths",
    "openapi",
    "info",
];

const TYPES: &[&str] = &["string", "object", "array", "integer", "number", "boolean", "null", "file", "", "String"];

const BROKEN_REFS: &[&str] = &[
    "#/components/schemas/Missing",
    "#/components/schemas/",
    "#/components/schemas",
    "#/components/parameters/Missing",
    "#/components/responses/Missing",
    "#/components/requestBodies/Missing",
    "#/components/schemas/A~1B",
    "#/components/schemas/~",
    "other.yaml#/X",
    "other.yaml",
    "https://example.com/spec.json#/components/schemas/X",
    "#",
    "",
    "#/paths/~1pets",
    "#/definitions/Pet",
    "#/components/schemas/Pet/properties/name",
    "#/$defs/X",
];

const TEXT_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    "- ",
    "-",
    "\t",
    "&a ",
    "*a",
    "*missing",
    "!!binary ",
    "!custom ",
    "%YAML 1.2\n",
    "\"",
    "'",
    "#",
    "? ",
    "|",
    ">",
    "<<: *a\n",
    "\u{feff}",
    "\u{0}",
    "---\n",
    "...\n",
    ",",
    "null",
    "~",
    "@",
    "`",
    "\\u0000",
    "1e99999",
    "-9223372036854775809",
];

// ---------------------------------------------------------------------------------------
// Paths into a JSON value.

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

fn pointer(path: &[Seg]) -> String {
    path.iter()
        .map(|s| match s {
            Seg::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Seg::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// Visits every node with its path, parents before children; stops when `visit` says so.
fn walk(value: &Value, path: &mut Vec<Seg>, visit: &mut impl FnMut(&[Seg], &Value) -> bool) -> bool {
    if visit(path, value) {
        return true;
    }
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(Seg::Key(k.clone()));
                let stop = walk(v, path, visit);
                path.pop();
                if stop {
                    return true;
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                let stop = walk(v, path, visit);
                path.pop();
                if stop {
                    return true;
                }
            }
        }
        _ => {}
    }
    false
}

fn get<'v>(value: &'v Value, path: &[Seg]) -> Option<&'v Value> {
    path.iter().try_fold(value, |node, seg| match seg {
        Seg::Key(k) => node.get(k),
        Seg::Index(i) => node.get(i),
    })
}

fn get_mut<'v>(value: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |node, seg| match seg {
        Seg::Key(k) => node.get_mut(k),
        Seg::Index(i) => node.get_mut(i),
    })
}

/// A random node matching `filter` (counted first, then found again: no path is cloned
/// but the chosen one).
fn pick_path(rng: &mut Rng, doc: &Value, filter: impl Fn(&[Seg], &Value) -> bool) -> Option<Vec<Seg>> {
    let mut count = 0usize;
    walk(doc, &mut Vec::new(), &mut |p, v| {
        count += usize::from(filter(p, v));
        false
    });
    if count == 0 {
        return None;
    }
    let mut target = rng.below(count);
    let mut found = None;
    walk(doc, &mut Vec::new(), &mut |p, v| {
        if filter(p, v) {
            if target == 0 {
                found = Some(p.to_vec());
                return true;
            }
            target -= 1;
        }
        false
    });
    found
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 2 { 6 } else { 9 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => huge_number(rng),
        3 => json!(rng.below(1000) as i64 - 500),
        4 | 5 => Value::String((*rng.pick(ODD_STRINGS)).to_owned()),
        6 => Value::Array((0..rng.below(3)).map(|_| random_value(rng, depth + 1)).collect()),
        7 => Value::String((*rng.pick(TYPES)).to_owned()),
        _ => {
            let mut map = Map::new();
            for _ in 0..rng.below(3) {
                map.insert((*rng.pick(KEYS)).to_owned(), random_value(rng, depth + 1));
            }
            Value::Object(map)
        }
    }
}

fn huge_number(rng: &mut Rng) -> Value {
    match rng.below(7) {
        0 => json!(i64::MIN),
        1 => json!(u64::MAX),
        2 => json!(1e308),
        3 => json!(-1e308),
        4 => json!(0.5),
        5 => json!(i64::MAX),
        _ => json!(-0.0),
    }
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
// Structural mutations. Each returns a description of what it did, or `None` if it found
// nothing to act on.

/// A mutation that keeps the spec valid but makes its names or texts hostile.
fn mutate_names(rng: &mut Rng, doc: &mut Value) -> Option<String> {
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

fn mutate(rng: &mut Rng, doc: &mut Value) -> Option<String> {
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

// ---------------------------------------------------------------------------------------
// Text mutations, for the loader.

fn char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn mutate_text(rng: &mut Rng, text: &mut String) -> String {
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

// ---------------------------------------------------------------------------------------
// Seeds and inputs.

struct Seed {
    name: String,
    /// A negative fixture: fails early, so it is picked less often than a golden spec.
    invalid: bool,
    text: String,
    value: Option<Value>,
    json: bool,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn load_seed(path: &Path) -> Seed {
    let root = workspace_root();
    let name = path.strip_prefix(&root).unwrap_or(path).display().to_string();
    let text = std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let mut warnings = Warnings::new(path);
    let value = generator::load::parse(path, &text, &mut warnings).ok();
    let invalid = name.contains("fixtures/invalid");
    Seed { name, invalid, json: path.extension().is_some_and(|e| e == "json"), text, value }
}

/// Small seeds first (in name order), the OpenAI spec last.
fn seeds() -> Vec<Seed> {
    let root = workspace_root();
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/fixtures/golden")).into_iter().flatten().flatten() {
        let spec = entry.path().join("spec.yaml");
        if spec.exists() {
            paths.push(spec);
        }
    }
    for entry in std::fs::read_dir(root.join("tests/fixtures/invalid")).into_iter().flatten().flatten() {
        if entry.path().extension().is_some_and(|e| e == "yaml" || e == "json") {
            paths.push(entry.path());
        }
    }
    paths.sort();
    assert!(!paths.is_empty(), "no seed specs under {}/tests/fixtures", root.display());
    paths.push(root.join("spec/openai.yaml"));
    paths.iter().map(|p| load_seed(p)).collect()
}

struct Input {
    file_name: &'static str,
    text: String,
    seed: String,
    mutations: Vec<String>,
}

fn make_input(seeds: &[Seed], base: u64, index: u64) -> Input {
    let mut rng = Rng::new(base ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let small = &seeds[..seeds.len() - 1];
    let (invalid, golden): (Vec<&Seed>, Vec<&Seed>) = small.iter().partition(|s| s.invalid);
    let seed = if rng.chance(BIG_SEED_ODDS) {
        &seeds[seeds.len() - 1]
    } else if invalid.is_empty() || (!golden.is_empty() && !rng.chance(4)) {
        *rng.pick(&golden)
    } else {
        *rng.pick(&invalid)
    };
    let mut mutations = Vec::new();
    // Half the golden inputs only get names and texts changed, so they reach lowering and
    // emission; the rest get anything.
    let names_only = !seed.invalid && rng.chance(2);
    let count = if names_only { 1 + rng.below(3) } else { 1 + rng.below(4) };
    match &seed.value {
        Some(value) if !rng.chance(6) => {
            let mut doc = value.clone();
            for _ in 0..count * 3 {
                if mutations.len() == count {
                    break;
                }
                let done = if names_only { mutate_names(&mut rng, &mut doc) } else { mutate(&mut rng, &mut doc) };
                mutations.extend(done);
            }
            let json = rng.chance(4);
            let text = if json {
                if rng.chance(2) { serde_json::to_string_pretty(&doc) } else { serde_json::to_string(&doc) }
                    .unwrap_or_default()
            } else {
                serde_yaml::to_string(&doc).unwrap_or_default()
            };
            Input { file_name: if json { "fuzz.json" } else { "fuzz.yaml" }, text, seed: seed.name.clone(), mutations }
        }
        _ => {
            let mut text = seed.text.clone();
            for _ in 0..count {
                mutations.push(mutate_text(&mut rng, &mut text));
            }
            Input {
                file_name: if seed.json { "fuzz.json" } else { "fuzz.yaml" },
                text,
                seed: seed.name.clone(),
                mutations,
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Running inputs.

#[derive(Debug)]
#[allow(dead_code, reason = "the messages are read through `Debug` in failure reports")]
enum Outcome {
    Generated,
    /// A spec error with its line; `exact` when its pointer itself was found in the text
    /// (not only an ancestor of it).
    Located {
        message: String,
        exact: bool,
    },
    /// A spec error without a line number.
    Unlocated(String),
    Internal(String),
    /// Generation succeeded but a file is not valid TOML or Rust.
    BadOutput(String),
    Panic(String),
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Panics on fuzz workers are recorded, not printed; other threads keep the default hook.
fn install_panic_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(WORKER_NAME) {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "<non-string panic payload>".to_owned());
            let location = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
            LAST_PANIC.with(|last| *last.borrow_mut() = Some(format!("{location}: {message}")));
        } else {
            previous(info);
        }
    }));
}

fn run_one(input: &Input) -> Outcome {
    let options = Options::default().with_crate_name("fuzz-client").with_tests(true);
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        generator::generate_from_text(Path::new(input.file_name), input.text.clone(), &options)
    }));
    match result {
        Ok(Ok(generated)) => match invalid_output(&generated.files) {
            Some(problem) => Outcome::BadOutput(problem),
            None => Outcome::Generated,
        },
        Ok(Err(err @ Error::Spec { .. })) if err.location().is_some_and(|l| l.line.is_some()) => {
            let pointer = err.location().map(|l| l.pointer.clone()).unwrap_or_default();
            let exact = generator::load::line_of_pointer(&input.text, &pointer).is_some();
            Outcome::Located { message: err.to_string(), exact }
        }
        Ok(Err(err @ Error::Spec { .. })) => Outcome::Unlocated(err.to_string()),
        Ok(Err(err)) => Outcome::Internal(err.to_string()),
        Err(_) => Outcome::Panic(LAST_PANIC.with(|last| last.borrow_mut().take()).unwrap_or_default()),
    }
}

/// The first generated file that is not valid TOML or Rust. Rust built from syntax trees
/// is valid by construction (the format stage parses it); the runtime modules are text
/// templates, so they are parsed here.
fn invalid_output(files: &BTreeMap<PathBuf, String>) -> Option<String> {
    files.iter().find_map(|(path, text)| {
        let error = match path.extension().and_then(|e| e.to_str()) {
            Some("toml") => text.parse::<toml::Table>().err().map(|e| e.to_string()),
            Some("rs") if path.starts_with("src/runtime") => syn::parse_file(text).err().map(|e| e.to_string()),
            _ => None,
        };
        error.map(|e| format!("{}: {e}", path.display()))
    })
}

/// What a run found.
#[derive(Default)]
struct Tally {
    ran: u64,
    generated: u64,
    located: u64,
    /// Located errors whose pointer is only found through an ancestor.
    approximate: u64,
    approximate_examples: Vec<(u64, String)>,
    /// How often each kind of message came up (the message with names and numbers blanked).
    families: BTreeMap<String, u64>,
    /// Up to five examples of each kind of failure, and how many there were.
    failures: Vec<(u64, Outcome, Input)>,
    failure_count: BTreeMap<&'static str, u64>,
    slowest: (Duration, u64),
}

impl Tally {
    fn count(&self, kind: &str) -> u64 {
        self.failure_count.get(kind).copied().unwrap_or(0)
    }

    fn record(&mut self, index: u64, took: Duration, outcome: Outcome, input: Input) {
        self.ran += 1;
        if took > self.slowest.0 {
            self.slowest = (took, index);
        }
        let kind = match &outcome {
            Outcome::Generated => {
                self.generated += 1;
                return;
            }
            Outcome::Located { message, exact } => {
                self.located += 1;
                if !exact {
                    self.approximate += 1;
                    if self.approximate_examples.len() < 8 {
                        self.approximate_examples.push((index, message.clone()));
                    }
                }
                *self.families.entry(family(message)).or_default() += 1;
                return;
            }
            Outcome::Unlocated(_) => "spec errors without a line",
            Outcome::Internal(_) => "internal errors",
            Outcome::BadOutput(_) => "invalid generated files",
            Outcome::Panic(_) => "panics",
        };
        let seen = self.failure_count.entry(kind).or_default();
        *seen += 1;
        if *seen <= 5 {
            self.failures.push((index, outcome, input));
        }
    }
}

/// A message with its location, quoted names and numbers blanked, to group similar ones.
fn family(message: &str) -> String {
    let text = message.splitn(3, ": ").nth(2).unwrap_or(message);
    let mut out = String::new();
    let mut quote = None;
    for c in text.chars() {
        match (quote, c) {
            (None, '`' | '"') => {
                quote = Some(c);
                out.push(c);
                out.push('…');
            }
            (Some(q), c) if c == q => {
                quote = None;
                out.push(c);
            }
            (Some(_), _) => {}
            (None, c) if c.is_ascii_digit() => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            (None, c) => out.push(c),
        }
    }
    out.chars().take(150).collect()
}

fn env_u64(name: &str) -> Option<u64> {
    let raw = std::env::var(name).ok()?;
    let raw = raw.trim();
    let parsed = match raw.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => raw.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={raw} is not a number")))
}

fn report_failure(base: u64, index: u64, outcome: &Outcome, input: &Input) -> String {
    let mut text = input.text.clone();
    const LIMIT: usize = 12_000;
    if text.len() > LIMIT {
        let cut = char_boundary(&text, LIMIT);
        text = format!("{}\n... ({} more bytes; replay to see all)", &text[..cut], text.len() - cut);
    }
    format!(
        "input {index} ({:?}): {outcome:?}\n  seed spec: {}\n  mutations:\n    {}\n  replay: FUZZ_SEED={base:#x} FUZZ_ONLY={index} cargo test -p generator --test fuzz -- --nocapture\n  ---- {} ----\n{text}\n  ----",
        input.file_name,
        input.seed,
        input.mutations.join("\n    "),
        input.file_name,
    )
}

/// Which input each worker is running and since when, so a hang names its input.
type Running = Mutex<Vec<Option<(u64, Instant)>>>;

fn spawn_worker<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    run: &'scope Run,
    worker: usize,
    running: &'scope Running,
    tally: &'scope Mutex<Tally>,
) -> std::thread::ScopedJoinHandle<'scope, ()> {
    let body = move || {
        for index in (worker as u64..run.iterations).step_by(run.threads) {
            let input = make_input(&run.seeds, run.base, index);
            if run.trace {
                eprintln!("fuzz: input {index}");
            }
            let clock = Instant::now();
            running.lock().unwrap_or_else(|e| e.into_inner())[worker] = Some((index, clock));
            let outcome = run_one(&input);
            running.lock().unwrap_or_else(|e| e.into_inner())[worker] = None;
            tally.lock().unwrap_or_else(|e| e.into_inner()).record(index, clock.elapsed(), outcome, input);
        }
    };
    // As much stack as a CLI's main thread: the fuzzer looks for panics, not for the test
    // harness's small default stacks (`tests/regressions.rs` covers those).
    std::thread::Builder::new()
        .name(WORKER_NAME.into())
        .stack_size(8 << 20)
        .spawn_scoped(scope, body)
        .expect("a worker thread")
}

struct Run {
    seeds: Vec<Seed>,
    base: u64,
    iterations: u64,
    threads: usize,
    trace: bool,
}

/// Runs every input on `threads` workers, reporting inputs that run suspiciously long.
fn campaign(run: &Run) -> Tally {
    let tally = Mutex::new(Tally::default());
    let running: Running = Mutex::new(vec![None; run.threads]);
    std::thread::scope(|scope| {
        let workers: Vec<_> =
            (0..run.threads).map(|worker| spawn_worker(scope, run, worker, &running, &tally)).collect();
        let mut reported = std::collections::BTreeSet::new();
        while !workers.iter().all(|w| w.is_finished()) {
            std::thread::sleep(Duration::from_millis(100));
            for (index, since) in running.lock().unwrap_or_else(|e| e.into_inner()).iter().flatten() {
                if since.elapsed() > SLOW_INPUT && reported.insert(*index) {
                    eprintln!(
                        "fuzz: input {index} is still running after {} s (replay: FUZZ_SEED={:#x} FUZZ_ONLY={index})",
                        SLOW_INPUT.as_secs(),
                        run.base
                    );
                }
            }
        }
    });
    tally.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// Where the long mode's error messages are audited: how many are located only through an
/// ancestor of their pointer, and which messages come up most.
fn print_audit(tally: &Tally) {
    println!(
        "located errors whose exact pointer is not in the fuzzed text (line of an ancestor): {}",
        tally.approximate
    );
    for (index, message) in &tally.approximate_examples {
        println!("  input {index}: {}", message.chars().take(220).collect::<String>());
    }
    let mut families: Vec<(&String, &u64)> = tally.families.iter().collect();
    families.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("most frequent messages:");
    for (family, n) in families.iter().take(40) {
        println!("  {n:>6}  {family}");
    }
}

fn failure_report(tally: &Tally, base: u64) -> String {
    let mut failures = tally.failures.iter().collect::<Vec<_>>();
    // Panics first, then internal errors and invalid files, then unlocated errors.
    let severity = |outcome: &Outcome| match outcome {
        Outcome::Panic(_) => 0,
        Outcome::Internal(_) | Outcome::BadOutput(_) => 1,
        _ => 2,
    };
    failures.sort_by_key(|(index, outcome, _)| (severity(outcome), *index));
    let shown: Vec<String> =
        failures.iter().take(6).map(|(i, outcome, input)| report_failure(base, *i, outcome, input)).collect();
    format!("{:?}\nfirst failures:\n{}", tally.failure_count, shown.join("\n\n"))
}

/// Runs input `index` alone and prints it with its outcome.
fn replay(seeds: &[Seed], base: u64, index: u64) {
    let input = make_input(seeds, base, index);
    println!(
        "input {index} from {}, mutations:\n    {}\n---- {} ----\n{}----",
        input.seed,
        input.mutations.join("\n    "),
        input.file_name,
        input.text
    );
    let outcome = std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name(WORKER_NAME.into())
            .stack_size(8 << 20)
            .spawn_scoped(scope, || run_one(&input));
        worker.expect("a worker thread").join().unwrap_or(Outcome::Panic("the worker died".into()))
    });
    println!("result: {outcome:?}");
}

#[test]
fn mutated_specs_never_panic() {
    let base = env_u64("FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    install_panic_hook();
    if let Some(only) = env_u64("FUZZ_ONLY") {
        return replay(&seeds(), base, only);
    }
    let run = Run {
        seeds: seeds(),
        base,
        iterations: env_u64("FUZZ_ITERATIONS").unwrap_or(DEFAULT_ITERATIONS),
        threads: env_u64("FUZZ_THREADS")
            .map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), |n| n.max(1) as usize),
        trace: std::env::var_os("FUZZ_TRACE").is_some(),
    };
    let started = Instant::now();
    let tally = campaign(&run);
    println!(
        "fuzz: {} inputs (seed {base:#x}, {} threads) in {:.1} s: {} panics, {} errors ({} located, {} without a line, {} internal), \
         {} generated successfully ({} with an invalid file); slowest input {} took {:.0} ms",
        tally.ran,
        run.threads,
        started.elapsed().as_secs_f64(),
        tally.count("panics"),
        tally.located + tally.count("spec errors without a line") + tally.count("internal errors"),
        tally.located,
        tally.count("spec errors without a line"),
        tally.count("internal errors"),
        tally.generated + tally.count("invalid generated files"),
        tally.count("invalid generated files"),
        tally.slowest.1,
        tally.slowest.0.as_secs_f64() * 1000.0,
    );
    if run.iterations > DEFAULT_ITERATIONS {
        print_audit(&tally);
    }
    assert!(tally.failures.is_empty(), "{}", failure_report(&tally, base));
}
