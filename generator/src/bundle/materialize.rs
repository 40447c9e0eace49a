//! The second pass of `bundle`: copies of the documents' parts, with the planned actions
//! applied, make the bundled document.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::documents::Document;
use super::{Action, Hoist};
use crate::diagnostics::{Error, Result, escape_pointer_segment, pointer_join};
use crate::load::Origin;
use crate::positions::Section;

/// Copies parts of the documents into the bundled one, applying the planned actions.
pub(super) struct Builder<'p> {
    pub docs: &'p [Document],
    pub sites: &'p [BTreeMap<String, Action>],
    pub hoists: &'p [Hoist],
    pub hoisted: &'p [BTreeMap<String, usize>],
}

impl Builder<'_> {
    /// A copy of the part at `pointer` of `doc`, to be placed at `at` in the bundled
    /// document: references inside rewritten, written-out targets copied in, and parts
    /// gathered into components replaced by references to them. `stack` holds the parts
    /// being written out, to refuse one that contains itself.
    pub fn materialize(
        &self,
        doc: usize,
        pointer: &str,
        at: &str,
        origins: &mut Vec<Origin>,
        stack: &mut Vec<(usize, String)>,
    ) -> Result<Value> {
        let mut value = self.docs[doc].value.pointer(pointer).cloned().unwrap_or(Value::Null);
        for (site, action) in under(&self.sites[doc], pointer, true) {
            let relative = &site[pointer.len()..];
            match action {
                Action::Rewrite(text) => match value.pointer_mut(relative) {
                    Some(Value::Object(map)) => {
                        map.insert("$ref".to_owned(), Value::String(text.clone()));
                    }
                    Some(slot @ Value::String(_)) => *slot = Value::String(text.clone()),
                    _ => {}
                },
                Action::Inline { doc: target_doc, pointer: target } => {
                    let key = (*target_doc, target.clone());
                    if stack.contains(&key) {
                        let location = {
                            let file = &self.docs[doc].file;
                            let mut location =
                                crate::diagnostics::Location::new(&file.path, pointer_join(site, "$ref"));
                            location.line = Some(crate::load::nearest_line(&file.text, &location.pointer));
                            location
                        };
                        return Err(Error::spec(location, "this reference leads back to the part that contains it"));
                    }
                    stack.push(key);
                    let inner_at = format!("{at}{relative}");
                    let copy = self.materialize(*target_doc, target, &inner_at, origins, stack)?;
                    stack.pop();
                    origins.push(Origin { at: inner_at, file: *target_doc, pointer: target.clone() });
                    if let Some(slot) = value.pointer_mut(relative) {
                        *slot = merge_siblings(copy, slot);
                    }
                }
                Action::Text(text) => {
                    if let Some(slot) = value.pointer_mut(relative) {
                        *slot = Value::String(text.clone());
                    }
                }
                Action::Drop => {
                    if let Some((parent, key)) = relative.rsplit_once('/')
                        && let Some(Value::Object(map)) = value.pointer_mut(parent)
                    {
                        map.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                }
            }
        }
        let mut gathered: Vec<(&String, &usize)> = under(&self.hoisted[doc], pointer, false).collect();
        // Deepest first: a gathered part inside another is replaced before its container.
        gathered.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for (part, &index) in gathered {
            let hoist = &self.hoists[index];
            if let Some(slot) = value.pointer_mut(&part[pointer.len()..]) {
                *slot = reference_to(hoist, slot);
            }
        }
        Ok(value)
    }
}

/// The entries of `map` at `pointer` (when `inclusive`) and below it.
fn under<'m, V>(
    map: &'m BTreeMap<String, V>,
    pointer: &str,
    inclusive: bool,
) -> impl Iterator<Item = (&'m String, &'m V)> {
    let below = format!("{pointer}/");
    map.range(pointer.to_owned()..format!("{pointer}0"))
        .filter(move |(key, _)| (inclusive && key.as_str() == pointer) || key.starts_with(&below))
}

/// The reference that replaces a gathered part at its original place. A schema keeps the
/// annotations that belong to its use rather than its type (`readOnly`, a description),
/// which `normalize` carries through an `allOf` beside the reference.
fn reference_to(hoist: &Hoist, original: &Value) -> Value {
    let reference = format!("#/components/{}/{}", hoist.section.key(), escape_pointer_segment(&hoist.name));
    let mut map = Map::new();
    map.insert("$ref".to_owned(), Value::String(reference));
    if hoist.section == Section::Schemas
        && let Value::Object(original) = original
    {
        for key in ["description", "readOnly", "writeOnly", "deprecated", "default"] {
            if let Some(value) = original.get(key) {
                map.insert(key.to_owned(), value.clone());
            }
        }
    }
    Value::Object(map)
}

/// A written-out target, with the keys the referring object had beside its `$ref` (3.1
/// allows a `summary` or `description` there) where the target has none.
fn merge_siblings(copy: Value, referring: &Value) -> Value {
    match (copy, referring) {
        (Value::Object(mut copy), Value::Object(referring)) => {
            for (key, value) in referring {
                if key != "$ref" && !copy.contains_key(key) {
                    copy.insert(key.clone(), value.clone());
                }
            }
            Value::Object(copy)
        }
        (copy, _) => copy,
    }
}

pub(super) fn insert_component(root: &mut Value, section: Section, name: &str, part: Value) {
    let Value::Object(root) = root else { return };
    let components = root.entry("components").or_insert_with(|| json!({}));
    if components.is_null() {
        *components = json!({});
    }
    let Value::Object(components) = components else { return };
    let entries = components.entry(section.key()).or_insert_with(|| json!({}));
    if entries.is_null() {
        *entries = json!({});
    }
    if let Value::Object(entries) = entries {
        entries.insert(name.to_owned(), part);
    }
}
