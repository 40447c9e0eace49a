//! The files a spec is made of: the root document and every file its references name,
//! each read and parsed once, and the parsing of `$ref` strings against them.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use serde_json::Value;

use crate::diagnostics::{Error, Location, Result, Warnings};
use crate::load::{self, SourceFile};

/// What a `$ref` string names, before it is looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target<'r> {
    /// A JSON pointer into the document the reference is written in (`#/components/...`).
    Local(String),
    /// Another file, relative to the referring one, and a pointer into it (`""` for the
    /// whole file).
    File(&'r str, String),
    /// An `http:`/`https:` (or any other scheme) address.
    Remote(&'r str),
}

/// Splits a reference into its file part and its JSON pointer.
pub fn parse_reference(reference: &str) -> Target<'_> {
    let (file, fragment) = match reference.split_once('#') {
        Some((file, fragment)) => (file, fragment),
        None => (reference, ""),
    };
    let pointer = percent_decode(fragment);
    if file.is_empty() {
        return Target::Local(pointer);
    }
    let has_scheme = file.split_once(':').is_some_and(|(scheme, _)| {
        scheme.len() > 1 && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    });
    if has_scheme || file.starts_with("//") { Target::Remote(reference) } else { Target::File(file, pointer) }
}

/// URI fragments may percent-encode characters (`%7B` for `{` in a path template).
fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// Whether a file holds a document (YAML or JSON) rather than text such as Markdown.
pub fn is_document(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".yaml", ".yml", ".json"].iter().any(|ext| lower.ends_with(ext))
}

/// `a/b/../c.yaml` → `a/c.yaml`, without touching the disk (messages show these paths).
pub fn tidy(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.components().next_back(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// A loaded file: its name as messages show it, its text (for lines) and its value
/// (shared, so a walk can hold it while more files are loaded).
pub struct Document {
    pub file: SourceFile,
    pub value: Rc<Value>,
}

/// The root document (index 0) and every other file loaded so far.
pub struct Documents {
    pub docs: Vec<Document>,
    /// Canonical path → index, so a file named two ways is loaded once.
    by_path: BTreeMap<PathBuf, usize>,
    /// Text files (Markdown descriptions), by canonical path.
    texts: BTreeMap<PathBuf, Option<String>>,
}

impl Documents {
    pub fn new(root: Document) -> Documents {
        let mut by_path = BTreeMap::new();
        if let Ok(canonical) = std::fs::canonicalize(&root.file.path) {
            by_path.insert(canonical, 0);
        }
        Documents { docs: vec![root], by_path, texts: BTreeMap::new() }
    }

    /// The document at `relative` from document `from`, loading it on first use. `at` is
    /// the location of the reference, for the error when the file cannot be read.
    pub fn load(&mut self, from: usize, relative: &str, at: Location, warnings: &mut Warnings) -> Result<usize> {
        let path = self.resolve_path(from, relative);
        let canonical = std::fs::canonicalize(&path).map_err(|e| {
            Error::spec(
                at.clone(),
                format!("cannot read `{}`, which this reference names: {}", path.display(), plain(&e)),
            )
        })?;
        if let Some(&index) = self.by_path.get(&canonical) {
            return Ok(index);
        }
        let text = std::fs::read_to_string(&canonical).map_err(|e| {
            Error::spec(at, format!("cannot read `{}`, which this reference names: {}", path.display(), plain(&e)))
        })?;
        let mut file_warnings = Warnings::new(&path);
        let value = load::parse_any(&path, &text, &mut file_warnings)?;
        warnings.absorb(file_warnings, self.docs.len());
        self.docs.push(Document { file: SourceFile { path, text }, value: Rc::new(value) });
        self.by_path.insert(canonical, self.docs.len() - 1);
        Ok(self.docs.len() - 1)
    }

    /// The text of a non-document file (a Markdown description), or `None` when it cannot
    /// be read.
    pub fn text(&mut self, from: usize, relative: &str) -> Option<String> {
        let path = self.resolve_path(from, relative);
        let canonical = std::fs::canonicalize(&path).ok()?;
        self.texts.entry(canonical).or_insert_with_key(|p| std::fs::read_to_string(p).ok()).clone()
    }

    /// `relative` (a reference's file part, `/`-separated, maybe percent-encoded) as a path
    /// beside document `from`.
    pub fn resolve_path(&self, from: usize, relative: &str) -> PathBuf {
        let base = self.docs[from].file.path.parent().unwrap_or(Path::new(""));
        tidy(&base.join(percent_decode(relative)))
    }

    pub fn value_at(&self, doc: usize, pointer: &str) -> Option<&Value> {
        self.docs[doc].value.pointer(pointer)
    }

    pub fn path(&self, doc: usize) -> &Path {
        &self.docs[doc].file.path
    }

    /// A location in document `doc`, with its line.
    pub fn locate(&self, doc: usize, pointer: &str) -> Location {
        let file = &self.docs[doc].file;
        let mut location = Location::new(&file.path, pointer);
        location.line = Some(load::nearest_line(&file.text, pointer));
        location
    }
}

/// An I/O error without the "(os error 2)" suffix.
fn plain(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.split_once(" (os error") {
        Some((head, _)) => head.to_owned(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_split_into_file_and_pointer() {
        assert_eq!(parse_reference("#/components/schemas/A"), Target::Local("/components/schemas/A".into()));
        assert_eq!(parse_reference("#"), Target::Local(String::new()));
        assert_eq!(parse_reference("common.yaml"), Target::File("common.yaml", String::new()));
        assert_eq!(parse_reference("../s/e.yaml#/Error"), Target::File("../s/e.yaml", "/Error".into()));
        assert_eq!(parse_reference("a.yaml#/paths/~1pets%7Bid%7D"), Target::File("a.yaml", "/paths/~1pets{id}".into()));
        assert_eq!(parse_reference("https://x.io/s.yaml#/A"), Target::Remote("https://x.io/s.yaml#/A"));
        assert_eq!(parse_reference("//x.io/s.yaml"), Target::Remote("//x.io/s.yaml"));
    }

    #[test]
    fn paths_are_tidied_and_kinds_told_apart() {
        assert_eq!(tidy(Path::new("specs/./a/../schemas/e.yaml")), PathBuf::from("specs/schemas/e.yaml"));
        assert_eq!(tidy(Path::new("../x.yaml")), PathBuf::from("../x.yaml"));
        assert!(is_document("a/B.YML") && is_document("x.json") && !is_document("intro.md"));
    }
}
