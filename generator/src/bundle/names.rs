//! Component names for the parts the bundler gathers into `components`: named from where
//! they are defined, the way lowering names an inline schema from its context, so a schema
//! at `#/components/schemas/Order/properties/customer` becomes `OrderCustomer` and the
//! response schema of `listPets` becomes `ListPetsResponse`. These are component keys
//! (raw names); lowering still turns them into Rust identifiers.

use heck::ToUpperCamelCase;
use serde_json::Value;

use crate::ir::HttpMethod;

/// A name for the part at `pointer` of a document, `file_stem` naming a whole file.
pub fn suggest(doc: &Value, pointer: &str, file_stem: Option<&str>) -> String {
    let segments: Vec<String> = pointer.split('/').skip(1).map(crate::diagnostics::unescape_pointer_segment).collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let name = match segments.as_slice() {
        [] => camel(file_stem.unwrap_or("Part")),
        ["components", _, name, rest @ ..] => join(camel(name), suffix(doc, &segments[..3], rest)),
        ["paths", path, method, rest @ ..] if HttpMethod::from_lowercase(method).is_some() => {
            let id = doc.pointer(&format!("{}/operationId", prefix(&segments[..3])));
            let base = match id.and_then(Value::as_str) {
                Some(id) => camel(id),
                None => camel(&format!("{method} {path}")),
            };
            join(base, suffix(doc, &segments[..3], rest))
        }
        ["$defs" | "definitions", name, rest @ ..] => join(camel(name), suffix(doc, &segments[..2], rest)),
        ["paths", path, rest @ ..] => join(camel(path), suffix(doc, &segments[..2], rest)),
        [first, rest @ ..] => join(camel(first), suffix(doc, &segments[..1], rest)),
    };
    if name.is_empty() { "Part".to_owned() } else { name }
}

/// A base name and what the segments below it add.
fn join(base: String, (standalone, suffix): (bool, String)) -> String {
    if standalone { suffix } else { base + &suffix }
}

/// The name parts that the segments below a named base add, and whether they stand alone
/// (a `$defs` entry is named by its own key).
fn suffix(doc: &Value, base: &[&str], rest: &[&str]) -> (bool, String) {
    let mut out = String::new();
    let mut standalone = false;
    let mut i = 0;
    while i < rest.len() {
        let next = rest.get(i + 1).copied();
        let (part, used) = match (rest[i], next) {
            ("properties" | "patternProperties" | "dependentSchemas" | "headers", Some(name)) => (camel(name), 2),
            // A definition stands on its own: `Model/$defs/Address` is `Address`.
            ("$defs" | "definitions", Some(name)) => {
                out.clear();
                standalone = true;
                (camel(name), 2)
            }
            ("allOf" | "oneOf" | "anyOf" | "prefixItems", Some(index)) => {
                (format!("Variant{}", index.parse::<usize>().map_or(1, |i| i + 1)), 2)
            }
            ("parameters", Some(index)) => {
                let at = format!("{}/{index}/name", prefix(&[base, &rest[..i + 1]].concat()));
                (doc.pointer(&at).and_then(Value::as_str).map(camel).unwrap_or_else(|| "Parameter".to_owned()), 2)
            }
            ("responses", Some(code)) if code.starts_with('2') || code == "default" => ("Response".to_owned(), 2),
            ("responses", Some(code)) => (format!("{}Response", camel(code)), 2),
            ("content", Some(_)) => (String::new(), 2),
            ("items", _) => ("Item".to_owned(), 1),
            ("additionalProperties", _) => ("Value".to_owned(), 1),
            ("requestBody", _) => ("Request".to_owned(), 1),
            ("schema", _) => (String::new(), 1),
            (other, _) => (camel(other), 1),
        };
        out.push_str(&part);
        i += used;
    }
    (standalone, out)
}

fn prefix(segments: &[&str]) -> String {
    segments.iter().map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1"))).collect()
}

/// `list_pets` / `list-pets` / `/pets/{id}` → `ListPets`, `PetsId`; ASCII letters and
/// digits only, so the name is a plain component key.
fn camel(text: &str) -> String {
    let cleaned: String = text.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    cleaned.to_upper_camel_case()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_follow_where_a_part_is_defined() {
        let doc = json!({"paths": {"/pets": {"get": {"operationId": "listPets",
            "parameters": [{"name": "page_size"}]}}}});
        let at = |p: &str| suggest(&doc, p, None);
        assert_eq!(at("/components/schemas/Order/properties/customer"), "OrderCustomer");
        assert_eq!(at("/components/schemas/Order/properties/lines/items"), "OrderLinesItem");
        assert_eq!(at("/components/schemas/Model/$defs/Address"), "Address");
        assert_eq!(at("/components/schemas/Shape/oneOf/1"), "ShapeVariant2");
        assert_eq!(at("/paths/~1pets/get/responses/200/content/application~1json/schema"), "ListPetsResponse");
        assert_eq!(at("/paths/~1pets/get/responses/404"), "ListPets404Response");
        assert_eq!(at("/paths/~1pets/get/requestBody/content/application~1json/schema"), "ListPetsRequest");
        assert_eq!(at("/paths/~1pets/get/parameters/0/schema"), "ListPetsPageSize");
        assert_eq!(at("/definitions/Pet"), "Pet");
        assert_eq!(suggest(&json!({}), "", Some("droplet_list")), "DropletList");
        assert_eq!(suggest(&json!({}), "/Error", None), "Error");
    }
}
