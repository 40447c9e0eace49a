//! Stage 1b, bundle: one self-contained document out of a spec whose `$ref`s point
//! anywhere — into other files (`schemas/error.yaml#/Error`, a whole `resources/droplet.yml`),
//! into `#/paths/...`, into another schema's `properties` or `$defs`. Afterwards every
//! reference the generator follows names a whole component in the root document
//! (`#/components/<section>/<name>`), which is all that later stages understand.
//!
//! - A reference to a schema, parameter, request body, response or header that is not
//!   already a whole component of the root gathers its target into `components` under a
//!   name taken from where it is defined (`OrderCustomer`, `ListPetsResponse`, a file's
//!   stem); every use shares it, and the original place (when it is in the root document)
//!   refers to the gathered copy, so an inline schema and a reference to it are one type.
//! - A reference where no component section exists (a path item, an operation, a media
//!   type) is written out in place.
//! - Files are read once each, relative to the file the reference is written in; errors
//!   name the file and line they are in (`Source::origins` maps the bundled document back).
//! - `{$ref: intro.md}` as a description is replaced by the file's text where the
//!   generator reads descriptions, and dropped with a warning where it does not.
//! - `x-rust-client/modules/N/source: {$ref: helpers/chat.rs}` is replaced by the Rust
//!   file's text the same way (hand-written helper modules, see `lower/helpers.rs`).
//! - Remote (`https:`) references are an error where the generator reads them.
//! - `#/$defs/X` that names nothing at the root is read in the enclosing schema that has
//!   `$defs/X` (what pydantic writes), with a warning.
//!
//! Work happens in two passes: `Planner` walks every document read-only and decides what
//! each reference becomes; `materialize` then copies the parts into the bundled document.
//! A spec whose references are all whole root components (the common case) is returned
//! untouched, without a copy.

mod documents;
mod materialize;
mod names;

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use serde_json::Value;

use crate::diagnostics::{Error, Result, Warnings, escape_pointer_segment, pointer_join};
use crate::load::{Origin, Source, SourceFile};
use crate::positions::{self, Position, Section};
use documents::{Document, Documents, Target, is_document, parse_reference};
use materialize::{Builder, insert_component};

/// Bundles the document loaded from `source` (its root file). The returned source also
/// holds every file that was read and where each bundled part came from.
pub fn bundle(source: Source, root: Value, warnings: &mut Warnings) -> Result<(Source, Value)> {
    let Source { mut files, .. } = source;
    let root_file = files.remove(0);
    let docs = Documents::new(Document { file: root_file, value: Rc::new(root) });
    let mut planner = Planner::new(docs, warnings);
    planner.walk_root()?;
    planner.into_bundle()
}

/// What becomes of one `$ref` (or of a `{$ref}` description).
#[derive(Debug, Clone)]
pub(super) enum Action {
    /// The reference text becomes this (`#/components/schemas/OrderCustomer`).
    Rewrite(String),
    /// The referring object is replaced by a copy of the target.
    Inline { doc: usize, pointer: String },
    /// The `{$ref}` description is replaced by this text.
    Text(String),
    /// The key holding the `{$ref}` description is removed.
    Drop,
}

/// A part gathered into `components/<section>/<name>`.
pub(super) struct Hoist {
    pub doc: usize,
    pub pointer: String,
    pub section: Section,
    pub name: String,
    /// The root's own component of that name is a bare reference to the part, so the
    /// part is written out there instead of under a new name (`Pet: {$ref: pet.yaml}`
    /// makes `pet.yaml` the schema `Pet`).
    pub in_place: bool,
}

struct Planner<'w> {
    docs: Documents,
    warnings: &'w mut Warnings,
    /// Per document: pointer of a referring object (or of a mapping string) → its action.
    sites: Vec<BTreeMap<String, Action>>,
    hoists: Vec<Hoist>,
    /// Per document: pointer of a gathered part → its index in `hoists`.
    hoisted: Vec<BTreeMap<String, usize>>,
    /// Component names in use, per section (the root's own, then gathered ones).
    taken: BTreeMap<Section, BTreeSet<String>>,
    /// Parts of other documents (and unread parts of the root) already walked.
    walked: BTreeSet<(usize, String)>,
}

impl<'w> Planner<'w> {
    fn new(docs: Documents, warnings: &'w mut Warnings) -> Planner<'w> {
        let mut taken: BTreeMap<Section, BTreeSet<String>> = BTreeMap::new();
        if let Some(Value::Object(components)) = docs.value_at(0, "/components") {
            for (key, entries) in components {
                if let (Some(section), Value::Object(entries)) = (section_of(key), entries) {
                    taken.entry(section).or_default().extend(entries.keys().cloned());
                }
            }
        }
        Planner {
            docs,
            warnings,
            sites: vec![BTreeMap::new()],
            hoists: Vec::new(),
            hoisted: vec![BTreeMap::new()],
            taken,
            walked: BTreeSet::new(),
        }
    }

    fn walk_root(&mut self) -> Result<()> {
        let root = Rc::clone(&self.docs.docs[0].value);
        self.claim_component_names(&root)?;
        let mut pointer = String::new();
        self.walk(0, &mut pointer, &root, Position::Root)?;
        self.helper_module_sources(&root)
    }

    /// `x-rust-client/modules/N/source: {$ref: rust/file.rs}`: the Rust file's text, read
    /// like a description file (the one place an extension's reference is followed).
    fn helper_module_sources(&mut self, root: &Value) -> Result<()> {
        let Some(Value::Array(modules)) = root.pointer("/x-rust-client/modules") else { return Ok(()) };
        for (i, module) in modules.iter().enumerate() {
            if let Some(source) = module.get("source").filter(|s| s.get("$ref").is_some()) {
                self.text_reference(0, &format!("/x-rust-client/modules/{i}/source"), source, true)?;
            }
        }
        Ok(())
    }

    /// Components of the root that are bare references to a part elsewhere lend that part
    /// their name, before any other reference to it could give it a made-up one.
    fn claim_component_names(&mut self, root: &Value) -> Result<()> {
        let Some(Value::Object(components)) = root.get("components") else { return Ok(()) };
        for (key, entries) in components {
            let (Some(section), Value::Object(entries)) = (section_of(key), entries) else { continue };
            for (name, entry) in entries {
                let Some(Value::String(reference)) = entry.get("$ref") else { continue };
                if entry.as_object().is_some_and(|e| e.len() > 1) {
                    continue;
                }
                let pointer = format!("/components/{key}/{}", escape_pointer_segment(name));
                let at = pointer_join(&pointer, "$ref");
                let Some((target_doc, target)) = self.target(0, &pointer, &at, reference)? else { continue };
                if (target_doc == 0 && is_whole_component(&target)) || self.hoisted[target_doc].contains_key(&target) {
                    continue;
                }
                self.check_kind(0, &at, reference, target_doc, &target, section.entry())?;
                self.hoisted[target_doc].insert(target.clone(), self.hoists.len());
                self.hoists.push(Hoist {
                    doc: target_doc,
                    pointer: target.clone(),
                    section,
                    name: name.clone(),
                    in_place: true,
                });
                self.sites[0].insert(pointer, Action::Inline { doc: target_doc, pointer: target });
            }
        }
        Ok(())
    }

    /// Visits `value` (at `pointer` of document `doc`), which holds a `position`.
    fn walk(&mut self, doc: usize, pointer: &mut String, value: &Value, position: Position) -> Result<()> {
        match value {
            Value::Object(map) => {
                if position.takes_reference()
                    && let Some(reference) = map.get("$ref")
                {
                    self.reference(doc, pointer, reference, position)?;
                    // Keywords beside a schema's `$ref` mean something in 3.1; elsewhere the
                    // target replaces the object.
                    if position != Position::Schema {
                        return Ok(());
                    }
                }
                if position == Position::Discriminator
                    && let Some(Value::Object(mapping)) = map.get("mapping")
                {
                    for (key, target) in mapping {
                        if let Value::String(reference) = target
                            && looks_like_reference(reference)
                        {
                            let at = pointer_join(&pointer_join(pointer, "mapping"), key);
                            self.schema_mapping(doc, &at, reference)?;
                        }
                    }
                }
                let names_keys = is_name_map(position);
                for (key, child) in map {
                    if key == "$ref" || (!names_keys && DATA_KEYS.contains(&key.as_str())) {
                        continue;
                    }
                    let parent = descend(pointer, key);
                    let child_position = position.step(key);
                    if !names_keys && is_text_key(key) && child.get("$ref").is_some() {
                        self.text_reference(doc, pointer, child, reads_descriptions(doc, pointer))?;
                    } else if child_position == Position::Unread {
                        self.walk_unread(doc, pointer, child, position == Position::Root && key == "info")?;
                    } else {
                        self.walk(doc, pointer, child, child_position)?;
                    }
                    pointer.truncate(parent);
                }
                Ok(())
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let parent = descend(pointer, &i.to_string());
                    self.walk(doc, pointer, item, position.step(&i.to_string()))?;
                    pointer.truncate(parent);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Parts the generator does not follow references in (tags, `info`, security schemes,
    /// extensions): only `{$ref}` descriptions are looked for, so `openapiv3` can read the
    /// rest. `reads_docs` says whether the generator reads descriptions here (`info`).
    fn walk_unread(&mut self, doc: usize, pointer: &mut String, value: &Value, reads_docs: bool) -> Result<()> {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    if key.starts_with("x-") || DATA_KEYS.contains(&key.as_str()) || key == "$ref" {
                        continue;
                    }
                    let parent = descend(pointer, key);
                    if is_text_key(key) && child.get("$ref").is_some() {
                        self.text_reference(doc, pointer, child, reads_docs)?;
                    } else {
                        self.walk_unread(doc, pointer, child, reads_docs)?;
                    }
                    pointer.truncate(parent);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let parent = descend(pointer, &i.to_string());
                    self.walk_unread(doc, pointer, item, reads_docs)?;
                    pointer.truncate(parent);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// A `$ref` in the object at `pointer`, where a `position` belongs.
    fn reference(&mut self, doc: usize, pointer: &str, reference: &Value, position: Position) -> Result<()> {
        let at = pointer_join(pointer, "$ref");
        let Value::String(reference) = reference else {
            // The structure check reports this for the root document.
            return if doc == 0 {
                Ok(())
            } else {
                Err(Error::spec(self.docs.locate(doc, &at), "`$ref` must be a string"))
            };
        };
        if doc == 0 && self.sites[0].contains_key(pointer) {
            // A component that lends its name to the part it references (see
            // `claim_component_names`); the part is walked where it is.
            if let Some(Action::Inline { doc: target_doc, pointer: target }) = self.sites[0].get(pointer).cloned() {
                self.walk_target(target_doc, &target, position)?;
            }
            return Ok(());
        }
        let Some((target_doc, target)) = self.target(doc, pointer, &at, reference)? else { return Ok(()) };
        let action = self.decide(doc, &at, reference, target_doc, target, position)?;
        if let Some(action) = action {
            self.sites[doc].insert(pointer.to_owned(), action);
        }
        Ok(())
    }

    /// A `discriminator.mapping` value written as a reference (`dog.yaml`, `#/$defs/Dog`).
    fn schema_mapping(&mut self, doc: usize, at: &str, reference: &str) -> Result<()> {
        let Some((target_doc, target)) = self.target(doc, at, at, reference)? else { return Ok(()) };
        if let Some(action) = self.decide(doc, at, reference, target_doc, target, Position::Schema)? {
            self.sites[doc].insert(at.to_owned(), action);
        }
        Ok(())
    }

    /// The document and pointer a reference names; `None` for a whole component of the
    /// root named from the root, which the structure check verifies later (with its "did
    /// you mean" hints). `pointer` is the referring object, `at` the `$ref` itself.
    fn target(&mut self, doc: usize, pointer: &str, at: &str, reference: &str) -> Result<Option<(usize, String)>> {
        let (target_doc, target) = match parse_reference(reference) {
            Target::Remote(address) => {
                return Err(Error::spec(
                    self.docs.locate(doc, at),
                    format!(
                        "remote reference `{address}` is not supported: the generator reads local files only; \
                         save the document beside the spec and refer to it by a relative path"
                    ),
                ));
            }
            Target::Local(target) if doc == 0 && is_whole_component(&target) && reference == format!("#{target}") => {
                return Ok(None);
            }
            Target::Local(target) => (doc, target),
            Target::File(file, target) => {
                let location = self.docs.locate(doc, at);
                let loaded = self.docs.load(doc, file, location, self.warnings)?;
                self.grow();
                (loaded, target)
            }
        };
        if target_doc == 0 && is_whole_component(&target) {
            return Ok(Some((0, target)));
        }
        if self.docs.value_at(target_doc, &target).is_some() {
            return Ok(Some((target_doc, target)));
        }
        if let Some(found) = self.enclosing_definition(doc, pointer, target_doc, &target) {
            return Ok(Some((target_doc, found)));
        }
        let hint = if target.starts_with("/definitions/") {
            " (`#/definitions/` is where Swagger 2.0 kept schemas; in OpenAPI 3 they live under `#/components/schemas/`)"
        } else {
            ""
        };
        let file =
            if target_doc == doc { String::new() } else { format!(" in `{}`", self.docs.path(target_doc).display()) };
        Err(Error::spec(
            self.docs.locate(doc, at),
            format!("unresolvable reference `{reference}`: nothing is at `{target}`{file}{hint}"),
        ))
    }

    /// `#/$defs/X` (or `#/definitions/X`) that names nothing at the top of its document,
    /// found in the nearest enclosing schema that has it: JSON Schema tools such as
    /// pydantic write references relative to the model schema they emit, which a spec
    /// then embeds. Also a Swagger 2.0 `#/definitions/X` whose schema moved to
    /// `#/components/schemas/X`.
    fn enclosing_definition(&mut self, doc: usize, pointer: &str, target_doc: usize, target: &str) -> Option<String> {
        if target_doc != doc || !(target.starts_with("/$defs/") || target.starts_with("/definitions/")) {
            return None;
        }
        let mut ancestor = pointer;
        while let Some((parent, _)) = ancestor.rsplit_once('/') {
            let candidate = format!("{parent}{target}");
            if self.docs.value_at(doc, &candidate).is_some() {
                self.warnings.push_in(
                    doc,
                    pointer_join(pointer, "$ref"),
                    format!(
                        "`#{target}` names nothing at the top of the document; read as `#{candidate}`, in the enclosing schema"
                    ),
                );
                return Some(candidate);
            }
            ancestor = parent;
        }
        let name = target.strip_prefix("/definitions/")?;
        let moved = format!("/components/schemas/{name}");
        self.docs.value_at(doc, &moved)?;
        self.warnings.push_in(
            doc,
            pointer_join(pointer, "$ref"),
            format!("`#{target}` is a Swagger 2.0 location; read as `#{moved}`"),
        );
        Some(moved)
    }

    /// What the reference at `at` (written `reference`, in document `doc`) to `target` in
    /// `target_doc` becomes, where a `position` belongs.
    fn decide(
        &mut self,
        doc: usize,
        at: &str,
        reference: &str,
        target_doc: usize,
        target: String,
        position: Position,
    ) -> Result<Option<Action>> {
        if target_doc == 0 && is_whole_component(&target) {
            // The structure check verifies the component and its kind.
            let text = format!("#{target}");
            return Ok((reference != text).then_some(Action::Rewrite(text)));
        }
        self.check_kind(doc, at, reference, target_doc, &target, position)?;
        match position.section() {
            Some(section) => {
                let name = self.hoist(at, doc, target_doc, target, section, position)?;
                Ok(Some(Action::Rewrite(format!("#/components/{}/{}", section.key(), escape_pointer_segment(&name)))))
            }
            None => {
                self.walk_target(target_doc, &target, position)?;
                Ok(Some(Action::Inline { doc: target_doc, pointer: target }))
            }
        }
    }

    /// A reference to a known place of the root must find an object of its own kind there.
    fn check_kind(
        &self,
        doc: usize,
        at: &str,
        reference: &str,
        target_doc: usize,
        target: &str,
        position: Position,
    ) -> Result<()> {
        if target_doc != 0 {
            return Ok(());
        }
        let found = Position::of_pointer(target);
        let wrong = match found {
            Position::Unread => false,
            found if found.takes_reference() => found != position,
            _ => true,
        };
        if !wrong {
            return Ok(());
        }
        let what = match found.section() {
            Some(section) => format!("is a {}", section.noun()),
            None => "holds something else".to_owned(),
        };
        let noun = position.section().map_or("an object of this kind", |s| s.noun());
        Err(Error::spec(
            self.docs.locate(doc, at),
            format!("`{reference}` {what}, not a {noun}: a reference must point at an object of its own kind"),
        ))
    }

    /// Gathers the part at `target` into `components/<section>` (once) and returns its name.
    fn hoist(
        &mut self,
        at: &str,
        doc: usize,
        target_doc: usize,
        target: String,
        section: Section,
        position: Position,
    ) -> Result<String> {
        if let Some(&index) = self.hoisted[target_doc].get(&target) {
            let hoist = &self.hoists[index];
            if hoist.section != section {
                return Err(Error::spec(
                    self.docs.locate(doc, at),
                    format!(
                        "this reference uses `{target}` as a {}, another as a {}: one part cannot be both",
                        section.noun(),
                        hoist.section.noun()
                    ),
                ));
            }
            return Ok(hoist.name.clone());
        }
        let stem = self.docs.path(target_doc).file_stem().map(|s| s.to_string_lossy().into_owned());
        let suggested = names::suggest(&self.docs.docs[target_doc].value, &target, stem.as_deref());
        let taken = self.taken.entry(section).or_default();
        let mut name = suggested.clone();
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{suggested}{n}");
            n += 1;
        }
        taken.insert(name.clone());
        self.hoisted[target_doc].insert(target.clone(), self.hoists.len());
        self.hoists.push(Hoist {
            doc: target_doc,
            pointer: target.clone(),
            section,
            name: name.clone(),
            in_place: false,
        });
        self.walk_target(target_doc, &target, position)?;
        Ok(name)
    }

    /// Walks a referenced part once. Parts of the root at positions the root walk visits
    /// need no second walk.
    fn walk_target(&mut self, doc: usize, target: &str, position: Position) -> Result<()> {
        if doc == 0 && Position::of_pointer(target) != Position::Unread {
            return Ok(());
        }
        if !self.walked.insert((doc, target.to_owned())) {
            return Ok(());
        }
        let value = Rc::clone(&self.docs.docs[doc].value);
        let part = value.pointer(target).unwrap_or(&Value::Null);
        self.walk(doc, &mut target.to_owned(), part, position)
    }

    /// A `{$ref}` where a description (or summary, title) belongs; `key_at` is the
    /// pointer of that key.
    fn text_reference(&mut self, doc: usize, key_at: &str, value: &Value, reads: bool) -> Result<()> {
        let reference = value.get("$ref").and_then(Value::as_str).unwrap_or("");
        let action = if !reads {
            self.warnings.push_in(
                doc,
                key_at.to_owned(),
                format!("`$ref: {reference}` in a part the generator does not read; ignored"),
            );
            Action::Drop
        } else {
            match self.read_text(doc, key_at, reference) {
                Ok(text) => Action::Text(text),
                Err(reason) => {
                    self.warnings.push_in(doc, key_at.to_owned(), format!("`$ref: {reference}` {reason}; ignored"));
                    Action::Drop
                }
            }
        };
        self.sites[doc].insert(key_at.to_owned(), action);
        Ok(())
    }

    /// The text a description reference names: a text file's contents, or a string in a
    /// YAML/JSON document.
    fn read_text(&mut self, doc: usize, key_at: &str, reference: &str) -> std::result::Result<String, String> {
        let (target_doc, pointer) = match parse_reference(reference) {
            Target::Remote(_) => return Err("is a remote reference, which is not read".to_owned()),
            Target::Local(pointer) => (doc, pointer),
            Target::File(file, pointer) if !is_document(file) => {
                if !pointer.is_empty() {
                    return Err("names a part of a text file".to_owned());
                }
                return self.docs.text(doc, file).ok_or_else(|| "names a file that cannot be read".to_owned());
            }
            Target::File(file, pointer) => {
                let location = self.docs.locate(doc, key_at);
                let loaded =
                    self.docs.load(doc, file, location, self.warnings).map_err(|e| format!("cannot be read ({e})"))?;
                self.grow();
                (loaded, pointer)
            }
        };
        match self.docs.value_at(target_doc, &pointer) {
            Some(Value::String(text)) => Ok(text.clone()),
            Some(_) => Err("does not name a string".to_owned()),
            None => Err("names nothing".to_owned()),
        }
    }

    /// Keeps the per-document tables as long as the document list.
    fn grow(&mut self) {
        self.sites.resize_with(self.docs.docs.len(), BTreeMap::new);
        self.hoisted.resize_with(self.docs.docs.len(), BTreeMap::new);
    }

    /// The bundled document and the source that locates its parts.
    fn into_bundle(self) -> Result<(Source, Value)> {
        let Planner { docs, sites, hoists, hoisted, .. } = self;
        let nothing_to_do = hoists.is_empty() && sites.iter().all(BTreeMap::is_empty);
        let Documents { docs, .. } = docs;
        if nothing_to_do && docs.len() == 1 {
            let mut docs = docs;
            let Document { file, value } = docs.remove(0);
            let value = Rc::try_unwrap(value).unwrap_or_else(|shared| (*shared).clone());
            return Ok((Source { files: vec![file], origins: Vec::new() }, value));
        }
        let builder = Builder { docs: &docs, sites: &sites, hoists: &hoists, hoisted: &hoisted };
        let mut origins = Vec::new();
        let mut root = builder.materialize(0, "", "", &mut origins, &mut Vec::new())?;
        for hoist in hoists.iter().filter(|h| !h.in_place) {
            let at = format!("/components/{}/{}", hoist.section.key(), escape_pointer_segment(&hoist.name));
            let part = builder.materialize(hoist.doc, &hoist.pointer, &at, &mut origins, &mut Vec::new())?;
            origins.push(Origin { at, file: hoist.doc, pointer: hoist.pointer.clone() });
            insert_component(&mut root, hoist.section, &hoist.name, part);
        }
        let files: Vec<SourceFile> = docs.into_iter().map(|d| d.file).collect();
        Ok((Source { files, origins }, root))
    }
}

fn section_of(key: &str) -> Option<Section> {
    match Position::Components.step(key) {
        Position::Section(section) => Some(section),
        _ => None,
    }
}

/// `/components/<section>/<name>` with nothing below it.
fn is_whole_component(pointer: &str) -> bool {
    let mut segments = pointer.split('/').skip(1);
    matches!(
        (segments.next(), segments.next().and_then(section_of), segments.next(), segments.next()),
        (Some("components"), Some(_), Some(name), None) if !name.is_empty()
    )
}

/// Keys whose values are data, never references (`$ref` inside an example is an example).
const DATA_KEYS: &[&str] = positions::DATA_KEYS;

/// Keys that hold text: `{$ref}` there names a description file.
fn is_text_key(key: &str) -> bool {
    matches!(key, "description" | "summary" | "title")
}

/// Positions whose keys are names chosen by the spec (a property called `example`).
fn is_name_map(position: Position) -> bool {
    matches!(
        position,
        Position::SchemaMap
            | Position::Section(_)
            | Position::Paths
            | Position::Webhooks
            | Position::Responses
            | Position::Headers
            | Position::Content
            | Position::Encodings
    )
}

/// The generator reads descriptions in the parts it reads, except these.
fn reads_descriptions(_doc: usize, pointer: &str) -> bool {
    !["/tags", "/externalDocs", "/servers", "/components/securitySchemes"].iter().any(|p| pointer.starts_with(p))
}

/// A mapping value that is a reference rather than a bare schema name.
fn looks_like_reference(text: &str) -> bool {
    text.contains('#') || text.contains('/') || is_document(text)
}

/// Appends a segment to the walk's pointer; returns the length to cut back to.
fn descend(pointer: &mut String, segment: &str) -> usize {
    let parent = pointer.len();
    pointer.push('/');
    if segment.contains(['~', '/']) {
        pointer.push_str(&escape_pointer_segment(segment));
    } else {
        pointer.push_str(segment);
    }
    parent
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::json;

    use super::*;

    fn bundled(doc: Value) -> (Source, Value, Vec<crate::diagnostics::Warning>) {
        let mut warnings = Warnings::new(Path::new("spec.yaml"));
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let (source, value) = bundle(Source::new("spec.json", text), doc, &mut warnings).unwrap();
        let warnings = warnings.into_located(&source);
        (source, value, warnings)
    }

    #[test]
    fn a_spec_of_whole_component_references_is_left_as_it_is() {
        let doc = json!({"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {"200": {"description": "x",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}},
            "components": {"schemas": {"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "string", "examples": [{"$ref": "not followed"}]}}}});
        let (source, value, warnings) = bundled(doc.clone());
        assert_eq!(value, doc);
        assert!(source.origins.is_empty() && warnings.is_empty());
    }

    #[test]
    fn a_part_referenced_where_it_is_defined_becomes_a_shared_component() {
        let schema = json!({"type": "object", "readOnly": true, "properties": {"n": {"type": "integer"}}});
        let doc = json!({"paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "x",
            "content": {"application/json": {"schema": schema}}}}}},
            "/b": {"get": {"responses": {"200": {"description": "y", "content": {"application/json": {"schema":
            {"$ref": "#/paths/~1a/get/responses/200/content/application~1json/schema"}}}}}}}}});
        let (source, value, _) = bundled(doc);
        assert_eq!(value.pointer("/components/schemas/GetAResponse"), Some(&schema));
        let reference = json!({"$ref": "#/components/schemas/GetAResponse", "readOnly": true});
        assert_eq!(value.pointer("/paths/~1a/get/responses/200/content/application~1json/schema"), Some(&reference));
        let uses = "/paths/~1b/get/responses/200/content/application~1json/schema/$ref";
        assert_eq!(value.pointer(uses), Some(&json!("#/components/schemas/GetAResponse")));
        // A problem inside the gathered copy is reported where the schema is written.
        let location = source.locate("/components/schemas/GetAResponse/properties/n");
        assert_eq!(location.pointer, "/paths/~1a/get/responses/200/content/application~1json/schema/properties/n");
    }

    #[test]
    fn webhooks_hold_path_items_like_paths() {
        // A payload defined in an operation's response and used by a webhook is one component;
        // a webhook's path item reference is written out in place.
        let doc = json!({"paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"description": "x",
            "content": {"application/json": {"schema": {"type": "object"}}}}}}}},
            "webhooks": {"a_done": {"post": {"requestBody": {"content": {"application/json": {"schema":
                {"$ref": "#/paths/~1a/get/responses/200/content/application~1json/schema"}}}}, "responses": {}}},
                "b_done": {"$ref": "#/webhooks/a_done"}}});
        let (_, value, _) = bundled(doc);
        let payload = "/webhooks/a_done/post/requestBody/content/application~1json/schema/$ref";
        assert_eq!(value.pointer(payload), Some(&json!("#/components/schemas/GetAResponse")));
        assert_eq!(
            value.pointer("/webhooks/b_done/post/requestBody"),
            value.pointer("/webhooks/a_done/post/requestBody")
        );
    }

    #[test]
    fn pydantic_definitions_resolve_in_the_enclosing_schema() {
        let doc = json!({"paths": {}, "components": {"schemas": {"Model": {"type": "object",
            "properties": {"tag": {"$ref": "#/$defs/Tag"}}, "$defs": {"Tag": {"type": "string"}}}}}});
        let (_, value, warnings) = bundled(doc);
        assert_eq!(value.pointer("/components/schemas/Tag"), Some(&json!({"type": "string"})));
        assert_eq!(
            value.pointer("/components/schemas/Model/properties/tag/$ref"),
            Some(&json!("#/components/schemas/Tag"))
        );
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].message.contains("in the enclosing schema"), "{}", warnings[0]);
    }

    #[test]
    fn descriptions_by_reference_are_read_where_the_generator_reads_them() {
        let doc = json!({"info": {"title": "t", "version": "1", "description": {"$ref": "#/x-texts/intro"}},
            "x-texts": {"intro": "Hello."}, "tags": [{"name": "a", "description": {"$ref": "a.md"}}],
            "paths": {"/a": {"get": {"description": {"$ref": "missing.md"}, "responses": {}}}}});
        let (_, value, warnings) = bundled(doc);
        assert_eq!(value.pointer("/info/description"), Some(&json!("Hello.")));
        assert_eq!(value.pointer("/tags/0"), Some(&json!({"name": "a"})));
        assert_eq!(value.pointer("/paths/~1a/get"), Some(&json!({"responses": {}})));
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "`$ref: missing.md` names a file that cannot be read; ignored",
                "`$ref: a.md` in a part the generator does not read; ignored"
            ]
        );
    }
}
