//! Stage 1, load: read a YAML or JSON spec into a `serde_json::Value`.
//!
//! The value is built by a lenient visitor rather than `serde_json::Value`'s own: real specs
//! hold integers outside the 64-bit range (the official OpenAI spec has
//! `minimum: -9223372036854776000`), which `serde_json::Value` rejects. Such numbers are
//! read as floats and reported as located warnings, and so are keys that appear twice in
//! one mapping. Syntax errors name their line and the JSON pointer of where they are
//! (`locate`); `Source::locate` finds the line of any pointer for later stages. A large
//! block-style YAML document is parsed in two halves on two threads when it can be cut
//! safely at a top-level key (`parse_yaml_in_halves`); otherwise, and for every error, the
//! whole text is parsed at once.

use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::diagnostics::{Error, Location, Result, Warnings, escape_pointer_segment};

mod locate;

pub use locate::{line_of_pointer, nearest_line, yaml_pointer_at_line};

/// One file of a spec: its name as messages show it, and its text (to find lines).
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

/// Where a part of the bundled document came from: the part at `at` (a JSON pointer in the
/// bundled document) is the part at `pointer` in `files[file]`.
#[derive(Debug, Clone)]
pub struct Origin {
    pub at: String,
    pub file: usize,
    pub pointer: String,
}

/// The files a spec was read from, kept to locate errors: the root document first, then
/// every file its references loaded (`bundle`), with the origins of the parts that the
/// bundler moved or copied into the root document.
#[derive(Debug)]
pub struct Source {
    pub files: Vec<SourceFile>,
    pub origins: Vec<Origin>,
}

impl Source {
    /// A single-file source.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Source {
        Source { files: vec![SourceFile { path: path.into(), text: text.into() }], origins: Vec::new() }
    }

    /// The root document.
    pub fn root(&self) -> &SourceFile {
        &self.files[0]
    }

    /// A location for `pointer` in the bundled document: in the file its part came from, on
    /// the line of the pointer or, when the pointer is not written in block style (or was
    /// made by `normalize`), of its nearest ancestor.
    pub fn locate(&self, pointer: &str) -> Location {
        let origin = self
            .origins
            .iter()
            .filter(|o| {
                pointer == o.at || pointer.strip_prefix(o.at.as_str()).is_some_and(|rest| rest.starts_with('/'))
            })
            .max_by_key(|o| o.at.len());
        match origin {
            Some(origin) => self.locate_in(origin.file, &format!("{}{}", origin.pointer, &pointer[origin.at.len()..])),
            None => self.locate_in(0, pointer),
        }
    }

    /// A location for `pointer` in `files[file]` (its own pointer space).
    pub fn locate_in(&self, file: usize, pointer: &str) -> Location {
        let file = self.files.get(file).unwrap_or(&self.files[0]);
        let mut location = Location::new(&file.path, pointer);
        location.line = Some(nearest_line(&file.text, pointer));
        location
    }
}

/// Reads and parses the spec at `path`.
pub fn load(path: &Path, warnings: &mut Warnings) -> Result<(Source, Value)> {
    from_text(path, read(path)?, warnings)
}

/// The text of the spec at `path` (the files it references are `bundle`'s to read).
pub fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })
}

/// Parses spec text already in memory; `path` names it in messages and, by its extension,
/// says whether it is JSON.
pub fn from_text(path: &Path, text: String, warnings: &mut Warnings) -> Result<(Source, Value)> {
    let value = parse(path, &text, warnings)?;
    Ok((Source::new(path, text), value))
}

/// What the visitor noticed while reading.
#[derive(Default)]
struct Notes {
    /// Pointer and literal of integers outside the 64-bit range.
    oversized: RefCell<Vec<(String, String)>>,
    /// Pointers of keys that appeared twice in one mapping.
    duplicates: RefCell<Vec<String>>,
    /// JSON pointer of the value being read: segments are pushed on the way down and cut
    /// on the way back up, so one buffer serves the whole document instead of a string
    /// allocated per node. After an error it still names where reading stopped.
    path: RefCell<String>,
}

/// Parses spec text; JSON when the file name says so or the text starts with `{` (a
/// `{`-document that is not JSON is tried as YAML flow style before giving up).
pub fn parse(path: &Path, text: &str, warnings: &mut Warnings) -> Result<Value> {
    let value = parse_any(path, text, warnings)?;
    if !value.is_object() {
        let found = match &value {
            Value::Null => "an empty document".to_owned(),
            other => describe(other),
        };
        let mut location = Location::new(path, "");
        location.line = Some(nearest_line(text, ""));
        return Err(Error::spec(
            location,
            format!("a spec must be a mapping (`openapi: ...`, `info: ...`, `paths: ...`), found {found}"),
        ));
    }
    Ok(value)
}

/// Parses YAML or JSON text holding any value (a file that a reference names may hold a single
/// schema, or even a string).
pub fn parse_any(path: &Path, text: &str, warnings: &mut Warnings) -> Result<Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let by_name = path.extension().is_some_and(|ext| ext == "json");
    let (value, notes) = if by_name || text.trim_start().starts_with('{') {
        let notes = Notes::default();
        match parse_json(path, text, &notes) {
            Ok(value) => (value, notes),
            Err(err) if by_name => return Err(err),
            Err(err) => {
                let notes = Notes::default();
                (parse_yaml(path, text, &notes).map_err(|_| err)?, notes)
            }
        }
    } else {
        let notes = Notes::default();
        (parse_yaml(path, text, &notes)?, notes)
    };
    for (pointer, literal) in notes.oversized.into_inner() {
        warnings.push(pointer, format!("integer {literal} is outside the 64-bit range; read as a float"));
    }
    for pointer in notes.duplicates.into_inner() {
        warnings.push(pointer, "this key appears twice in one mapping; the later value replaces the earlier one");
    }
    Ok(value)
}

fn parse_json(path: &Path, text: &str, notes: &Notes) -> Result<Value> {
    let seed = LenientValue { notes };
    let mut de = serde_json::Deserializer::from_str(text);
    seed.deserialize(&mut de).and_then(|value| de.end().map(|()| value)).map_err(|err| {
        let mut location = Location::new(path, notes.path.borrow().clone());
        location.line = Some(err.line().max(1));
        let message = err.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        Error::spec(location, format!("invalid JSON: {message} (column {})", err.column()))
    })
}

fn parse_yaml(path: &Path, text: &str, notes: &Notes) -> Result<Value> {
    if text.len() >= HALVES_MIN_BYTES
        && let Some(value) = parse_yaml_in_halves(text, notes)
    {
        return Ok(value);
    }
    let seed = LenientValue { notes };
    seed.deserialize(serde_yaml::Deserializer::from_str(text)).map_err(|err| yaml_error(path, text, &err))
}

/// Below this size (a few milliseconds of parsing) a second thread is not worth starting.
const HALVES_MIN_BYTES: usize = 128 * 1024;

/// YAML parsing is serial and is the largest single-threaded step for a big spec. A block
/// style document whose top level is a plain mapping can be cut at the top-level key
/// nearest its middle (`paths:` / `components:` in practice) and its two halves parsed on
/// two threads, then joined. Anything unusual — a cut that is not a clean key line, an
/// alias to an anchor in the other half, a key in both halves, any syntax error — returns
/// `None` and the caller parses the whole text, which also gives errors their exact lines.
fn parse_yaml_in_halves(text: &str, notes: &Notes) -> Option<Value> {
    let cut = top_level_cut(text)?;
    let (head, tail) = text.split_at(cut);
    let parse = |half: &str| {
        let half_notes = Notes::default();
        let value = LenientValue { notes: &half_notes }.deserialize(serde_yaml::Deserializer::from_str(half)).ok();
        (value, half_notes)
    };
    let ((head_value, head_notes), tail_parsed) = std::thread::scope(|scope| {
        let tail_thread = scope.spawn(|| parse(tail));
        (parse(head), tail_thread.join())
    });
    let (tail_value, tail_notes) = tail_parsed.ok()?;
    let (Some(Value::Object(mut map)), Some(Value::Object(tail_map))) = (head_value, tail_value) else { return None };
    if tail_map.keys().any(|key| map.contains_key(key)) {
        return None;
    }
    map.extend(tail_map);
    for half in [head_notes, tail_notes] {
        notes.oversized.borrow_mut().extend(half.oversized.into_inner());
        notes.duplicates.borrow_mut().extend(half.duplicates.into_inner());
    }
    Some(Value::Object(map))
}

/// Byte offset of the top-level key line nearest the middle of `text`, when every line
/// that starts in column 0 is a comment or a plain `key:` line (so the cut cannot fall
/// inside a multi-line construct) and there are no directives or document markers.
fn top_level_cut(text: &str) -> Option<usize> {
    let mut best: Option<usize> = None;
    let mut seen_key = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let first = line.as_bytes()[0];
        if matches!(first, b' ' | b'\n' | b'\r' | b'#') {
            continue;
        }
        if !is_plain_key_line(line) {
            return None;
        }
        if seen_key && best.is_none_or(|b| start.abs_diff(text.len() / 2) < b.abs_diff(text.len() / 2)) {
            best = Some(start);
        }
        seen_key = true;
    }
    best
}

/// `name:` or `name: value` with a key of plain word characters.
fn is_plain_key_line(line: &str) -> bool {
    let Some((key, rest)) = line.split_once(':') else { return false };
    !key.is_empty()
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        && key.as_bytes()[0].is_ascii_alphabetic()
        && (rest.is_empty() || rest.starts_with([' ', '\n', '\r']))
}

/// A located YAML syntax error. libyaml reports where it noticed the problem and, for
/// some errors, where the construct it was reading began; an unclosed bracket or quote is
/// reported where it opens, everything else where it was noticed.
fn yaml_error(path: &Path, text: &str, err: &serde_yaml::Error) -> Error {
    let full = err.to_string();
    if full.contains("more than one document") {
        // The `---` that starts the second document: the first one after some content.
        let mut seen_content = false;
        let second = text.lines().position(|line| {
            let starts = line.trim_end() == "---" && seen_content;
            seen_content |= !line.trim().is_empty() && !line.trim_start().starts_with('#') && line.trim_end() != "---";
            starts
        });
        let mut location = Location::new(path, "");
        location.line = Some(second.map_or(1, |i| i + 1));
        return Error::spec(
            location,
            "invalid YAML: a second document starts here (`---`); a spec is a single YAML document",
        );
    }
    let (problem, context) = match full.split_once(", while ") {
        Some((problem, context)) => (problem, Some(context)),
        None => (full.as_str(), None),
    };
    let problem_at = err.location().map(|l| (l.line(), l.column()));
    let opened_at = context
        .filter(|c| c.starts_with("parsing a flow") || c.starts_with("scanning a quoted scalar"))
        .and_then(|c| c.rsplit_once(" at line "))
        .and_then(|(_, at)| at.split_once(" column "))
        .and_then(|(line, column)| Some((line.parse::<usize>().ok()?, column.parse::<usize>().ok()?)));
    let (line, column) = opened_at.or(problem_at).unwrap_or((1, 1));
    let mut message = problem.split(" at line ").next().unwrap_or(problem).to_owned();
    if let Some((problem_line, problem_column)) = problem_at {
        if opened_at.is_some() {
            let construct = context.and_then(|c| c.split(" at line ").next()).unwrap_or("");
            let construct = construct.trim_start_matches("parsing ").trim_start_matches("scanning ");
            message = format!(
                "{construct} opened here (column {column}) is not closed: {message} at line {problem_line} column {problem_column}"
            );
        } else {
            message = format!("{message} (column {problem_column})");
        }
        let offending = text
            .lines()
            .nth(problem_line.saturating_sub(1))
            .and_then(|l| l.chars().nth(problem_column.saturating_sub(1)));
        if offending == Some('\t') {
            message.push_str("; YAML must be indented with spaces, not tabs");
        }
    }
    let mut location = Location::new(path, yaml_pointer_at_line(text, line));
    location.line = Some(line);
    Error::spec(location, format!("invalid YAML: {message}"))
}

/// A value's JSON type in words, for messages: `the number 5`, `a list`, `a mapping`.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 40 => {
            format!("a string (\"{}...\")", s.chars().take(37).collect::<String>())
        }
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "a mapping".to_owned(),
    }
}

/// Deserializes any value, tracking the JSON pointer (in `Notes::path`) so oversized
/// numbers, duplicate keys and syntax errors can be located.
#[derive(Clone, Copy)]
struct LenientValue<'a> {
    notes: &'a Notes,
}

impl<'de> DeserializeSeed<'de> for LenientValue<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl LenientValue<'_> {
    fn float(&self, literal: String, as_float: f64) -> Value {
        self.notes.oversized.borrow_mut().push((self.notes.path.borrow().clone(), literal));
        Number::from_f64(as_float).map_or(Value::Null, Value::Number)
    }

    /// Appends `/segment` (escaped) to the path; returns the length to cut back to.
    fn descend(&self, segment: impl fmt::Display) -> usize {
        use std::fmt::Write as _;
        let mut path = self.notes.path.borrow_mut();
        let parent = path.len();
        let _ = write!(path, "/{segment}");
        if path[parent + 1..].contains(['~', '/']) {
            let escaped = escape_pointer_segment(&path[parent + 1..]);
            path.truncate(parent + 1);
            path.push_str(&escaped);
        }
        parent
    }

    fn ascend(&self, parent: usize) {
        self.notes.path.borrow_mut().truncate(parent);
    }
}

impl<'de> Visitor<'de> for LenientValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML or JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(match i64::try_from(v) {
            Ok(v) => Value::Number(v.into()),
            Err(_) => self.float(v.to_string(), v as f64),
        })
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(match u64::try_from(v) {
            Ok(v) => Value::Number(v.into()),
            Err(_) => self.float(v.to_string(), v as f64),
        })
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        loop {
            let parent = self.descend(items.len());
            let item = seq.next_element_seed(self)?;
            self.ascend(parent);
            match item {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<MapKey>()? {
            let parent = self.descend(&key.0);
            if map.contains_key(&key.0) {
                self.notes.duplicates.borrow_mut().push(self.notes.path.borrow().clone());
            }
            let value = access.next_value_seed(self)?;
            self.ascend(parent);
            map.insert(key.0, value);
        }
        Ok(Value::Object(map))
    }
}

/// YAML allows non-string keys (`200:` is an integer); JSON pointers and OpenAPI want text.
struct MapKey(String);

impl<'de> serde::Deserialize<'de> for MapKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = MapKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping key")
            }
            fn visit_str<E>(self, v: &str) -> Result<MapKey, E> {
                Ok(MapKey(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<MapKey, E> {
                Ok(MapKey(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<MapKey, E> {
                Ok(MapKey("null".to_owned()))
            }
        }
        deserializer.deserialize_any(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_yaml(text: &str) -> (Result<Value>, Vec<crate::diagnostics::Warning>) {
        let mut warnings = Warnings::new(Path::new("spec.yaml"));
        let value = parse(Path::new("spec.yaml"), text, &mut warnings);
        (value, warnings.into_sorted())
    }

    #[test]
    fn oversized_integers_become_floats_with_a_located_warning() {
        let (value, warnings) = parse_yaml("components:\n  seed:\n    minimum: -9223372036854776000\n");
        let value = value.unwrap();
        assert_eq!(value["components"]["seed"]["minimum"].as_f64(), Some(-9223372036854776000.0));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].location.pointer, "/components/seed/minimum");
    }

    #[test]
    fn warnings_point_through_escaped_keys_and_list_indexes() {
        let text =
            "paths:\n  /a~b:\n    get: 1\n    get: 2\n  /c:\n    x:\n      - 1\n      - big: 99999999999999999999\n";
        let (value, warnings) = parse_yaml(text);
        assert_eq!(value.unwrap()["paths"]["/a~b"]["get"], 2);
        let pointers: Vec<&str> = warnings.iter().map(|w| w.location.pointer.as_str()).collect();
        assert_eq!(pointers, ["/paths/~1a~0b/get", "/paths/~1c/x/1/big"]);
    }

    #[test]
    fn a_json_syntax_error_names_the_value_being_read() {
        let mut warnings = Warnings::new(Path::new("spec.json"));
        let err = parse(Path::new("spec.json"), r#"{"paths": {"/a": {"get": [1, }}}"#, &mut warnings).unwrap_err();
        assert!(err.to_string().contains("/paths/~1a/get/1"), "{err}");
    }

    /// A parsed value with its oversized-number and duplicate-key notes.
    type Parsed = (Value, Vec<(String, String)>, Vec<String>);

    /// The whole-document parse, for comparing with the two-halves one.
    fn parse_whole(text: &str) -> Option<Parsed> {
        let notes = Notes::default();
        let value = LenientValue { notes: &notes }.deserialize(serde_yaml::Deserializer::from_str(text)).ok()?;
        Some((value, notes.oversized.into_inner(), notes.duplicates.into_inner()))
    }

    fn parse_halves(text: &str) -> Option<Parsed> {
        let notes = Notes::default();
        let value = parse_yaml_in_halves(text, &notes)?;
        Some((value, notes.oversized.into_inner(), notes.duplicates.into_inner()))
    }

    #[test]
    fn real_specs_parse_the_same_in_halves_as_whole() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut specs = vec![root.join("../shared/reference/openai-openapi.yaml"), root.join("spec/openai.yaml")];
        for fixture in std::fs::read_dir(root.join("tests/fixtures/golden")).unwrap() {
            specs.push(fixture.unwrap().path().join("spec.yaml"));
        }
        let mut split = 0;
        for spec in specs.iter().filter(|spec| spec.exists()) {
            let text = std::fs::read_to_string(spec).unwrap();
            let whole = parse_whole(&text).unwrap();
            if let Some(halves) = parse_halves(&text) {
                assert!(halves == whole, "{}: the halves differ from the whole", spec.display());
                split += 1;
            }
        }
        assert!(split >= specs.len() / 2, "only {split} of {} specs were split", specs.len());
    }

    #[test]
    fn cuts_that_could_change_the_meaning_fall_back_to_the_whole_parse() {
        // Valid YAML whose halves would not mean the same as the whole.
        let must_fall_back = [
            // an alias in the second half to an anchor in the first
            "a:\n  x: &shared {type: string}\nb:\n  y: *shared\n",
            // a flow mapping and a quoted string running across column-0 lines
            "a: {x: 1,\nb: 2}\nc: 3\n",
            "a: \"one\nb: two\"\nc: 3\n",
            // a key in both halves (the later value wins, with a warning)
            "a: 1\nb: 2\na: 3\n",
            // a top level that is not a plain mapping, or has directives
            "- a\n- b\n",
            "a: 1\n\"b\": 2\nc: 3\n",
            "%YAML 1.2\n---\na: 1\nb: 2\n",
        ];
        for text in must_fall_back {
            assert!(parse_whole(text).is_some(), "{text:?} is valid YAML");
            assert!(parse_halves(text).is_none(), "{text:?} must not be parsed in halves");
        }
        // Empty block scalars before a column-0 key split cleanly.
        for text in ["a: |\nb: 2\nc: 3\n", "a: >\nb: 2\nc: 3\n", "a:\nb: 2\nc: 3\n"] {
            assert!(parse_halves(text).unwrap() == parse_whole(text).unwrap(), "{text:?}");
        }
        // And a plain document is split, with its warnings kept in document order.
        let text = "a:\n  big: 99999999999999999999\nb:\n  k: 1\n  k: 2\nc:\n  big: -99999999999999999999\n";
        assert!(parse_halves(text).unwrap() == parse_whole(text).unwrap());
    }

    #[test]
    fn integer_keys_become_strings() {
        let (value, _) = parse_yaml("responses:\n  200:\n    description: ok\n");
        assert_eq!(value.unwrap()["responses"]["200"]["description"], "ok");
    }

    #[test]
    fn invalid_yaml_names_file_and_line() {
        let (value, _) = parse_yaml("a: 1\nb: [unclosed\n");
        let err = value.unwrap_err().to_string();
        assert!(err.starts_with("spec.yaml:"), "{err}");
        assert!(err.contains("invalid YAML"), "{err}");
    }

    #[test]
    fn a_second_document_is_located() {
        let (value, _) = parse_yaml("openapi: 3.0.3\n---\nopenapi: 3.1.0\n");
        let err = value.unwrap_err().to_string();
        assert_eq!(
            err,
            "spec.yaml:2: #: invalid YAML: a second document starts here (`---`); a spec is a single YAML document"
        );
        let (value, _) = parse_yaml("---\nopenapi: 3.0.3\n---\nb: 1\n");
        assert!(value.unwrap_err().to_string().starts_with("spec.yaml:3: "));
    }

    #[test]
    fn json_is_detected() {
        let mut warnings = Warnings::new(Path::new("x"));
        let value = parse(Path::new("x"), r#"{"openapi": "3.0.0"}"#, &mut warnings).unwrap();
        assert_eq!(value["openapi"], "3.0.0");
        let err = parse(Path::new("x.json"), "{", &mut warnings).unwrap_err().to_string();
        assert!(err.contains("invalid JSON"), "{err}");
    }

    #[test]
    fn a_scalar_document_is_rejected() {
        let (value, _) = parse_yaml("just text");
        assert!(value.unwrap_err().to_string().contains("mapping"));
    }

    #[test]
    fn pointer_lines_are_found_in_block_yaml() {
        let text = "openapi: 3.0.0\npaths:\n  /a/b:\n    get:\n      parameters:\n        - name: x\n        - name: y\n          in: query\n";
        assert_eq!(line_of_pointer(text, "/paths/~1a~1b/get"), Some(4));
        assert_eq!(line_of_pointer(text, "/paths/~1a~1b/get/parameters/1"), Some(7));
        assert_eq!(line_of_pointer(text, "/paths/~1a~1b/get/parameters/1/in"), Some(8));
        assert_eq!(line_of_pointer(text, "/paths/~1missing"), None);
    }
}
