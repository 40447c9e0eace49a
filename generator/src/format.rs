//! Stage 6, format: each Rust file of the plan `emit` made → `syn` → prettyplease, with the
//! preamble line on top and blank lines between items, on as many threads as the machine
//! has; the text files pass through. A job carries everything its file needs (path, weight,
//! a builder of its tokens), so this stage knows nothing of the IR or the options.
//!
//! The result never depends on thread timing: files are independent and collected by path.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::TokenStream;

use crate::diagnostics::{Error, Result};

/// Builds a Rust file's tokens. It runs on the worker thread that formats the file:
/// `proc_macro2` token streams cannot cross threads, and building and formatting the files
/// of a large spec in parallel is what keeps generation fast.
pub type Tokens<'a> = Box<dyn Fn() -> TokenStream + Send + Sync + 'a>;

/// One Rust file to format.
pub struct Job<'a> {
    /// Relative path in the generated crate (`src/types/chat.rs`).
    pub path: PathBuf,
    /// Rough size, so the largest files start first.
    pub weight: usize,
    pub tokens: Tokens<'a>,
    /// Whether the file's top-level `use` lines are set out in rustfmt's groups (std,
    /// external crates, then `crate::`/`super::`/`self::`), a blank line between groups.
    pub import_groups: bool,
}

impl<'a> Job<'a> {
    pub fn new(path: impl Into<PathBuf>, weight: usize, tokens: impl Fn() -> TokenStream + Send + Sync + 'a) -> Self {
        Job { path: path.into(), weight, tokens: Box::new(tokens), import_groups: false }
    }

    /// Sets out the file's `use` lines in groups (see [`Job::import_groups`]).
    pub fn with_import_groups(mut self) -> Self {
        self.import_groups = true;
        self
    }
}

/// What the emit stage produces: the Rust files to format and the finished text files.
pub struct Plan<'a> {
    pub rust: Vec<Job<'a>>,
    pub text: Vec<(PathBuf, String)>,
    /// The first line of every Rust file (`// @generated ...`).
    pub preamble: String,
}

/// Formats every Rust file of `plan`, largest first, and returns them with the text files,
/// by path. A file that does not parse fails the stage with [`Error::Format`], the first by
/// path.
pub fn format(plan: Plan) -> Result<BTreeMap<PathBuf, String>> {
    let mut jobs = plan.rust;
    jobs.sort_by_key(|job| std::cmp::Reverse(job.weight));
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len()).max(1);
    let rendered: Vec<(&Path, Result<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                        done.push((job.path.as_path(), format_rust(job, &plan.preamble)));
                    }
                    done
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    if rendered.len() != jobs.len() {
        return Err(Error::Internal { stage: "formatting", message: "a formatting thread panicked".to_owned() });
    }
    let mut out: BTreeMap<PathBuf, String> = plan.text.into_iter().collect();
    let mut failures = BTreeMap::new();
    for (path, text) in rendered {
        match text {
            Ok(text) => {
                out.insert(path.to_path_buf(), text);
            }
            Err(err) => {
                failures.insert(path, err);
            }
        }
    }
    match failures.into_iter().next() {
        Some((_, err)) => Err(err),
        None => Ok(out),
    }
}

/// Parses and pretty-prints one file. On failure the error carries the unformatted source,
/// for the caller to save: the tokens are built again for it rather than cloned up front,
/// because a shared token stream makes `syn` copy every token it reads.
fn format_rust(job: &Job, preamble: &str) -> Result<String> {
    match syn::parse2::<syn::File>((job.tokens)()) {
        Ok(parsed) => Ok(format!("{preamble}\n{}", separate_items(&prettyplease::unparse(&parsed), job.import_groups))),
        Err(err) => Err(Error::Format {
            path: job.path.clone(),
            message: err.to_string(),
            unformatted: (job.tokens)().to_string(),
        }),
    }
}

/// prettyplease prints items back to back; a blank line between consecutive items (and
/// between methods) makes generated files read like hand-written ones. With `import_groups`,
/// top-level `use` lines of different groups ([`use_group`]) are apart too.
fn separate_items(text: &str, import_groups: bool) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let indent = |l: &str| l.len() - l.trim_start().len();
    let (mut in_inner_attribute, mut inner_attribute_ends) = (false, false);
    for (i, line) in lines.iter().enumerate() {
        if let Some(prev) = i.checked_sub(1).map(|p| lines[p]) {
            let ends_item = prev.trim() == "}" || (indent(prev) == 0 && prev.ends_with(';'));
            let trimmed = line.trim_start();
            let starts_item = !trimmed.is_empty()
                && !trimmed.starts_with(['}', ')', ']'])
                && !trimmed.starts_with("else")
                && indent(line) == indent(prev);
            let separate = ends_item && starts_item && !is_match_arm(trimmed) && {
                // A run of `mod x;` lines, or of `use` lines (of one group), stays together.
                let (prev_item, next_item) = (item_start(&lines[..i]), item_head(&lines[i..]));
                let kind = declaration(prev_item);
                kind.is_none()
                    || kind != declaration(next_item)
                    || (import_groups
                        && kind == Some("use")
                        && indent(line) == 0
                        && use_group(prev_item) != use_group(next_item))
            };
            let after_inner_attributes = inner_attribute_ends && !line.starts_with("#!") && !line.is_empty();
            if separate || after_inner_attributes {
                out.push('\n');
            }
        }
        // `#![..]` may span lines; it ends at the first line at column 0 closing it.
        in_inner_attribute |= line.starts_with("#![");
        inner_attribute_ends = in_inner_attribute && indent(line) == 0 && line.ends_with(']');
        in_inner_attribute &= !inner_attribute_ends;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The first line of the item whose last line ends `lines` (a multi-line `use` ends with
/// `};`): the last line at its indentation that does not close a bracket.
fn item_start<'t>(lines: &[&'t str]) -> &'t str {
    let Some(&last) = lines.last() else { return "" };
    let indent = |l: &str| l.len() - l.trim_start().len();
    lines
        .iter()
        .rev()
        .find(|l| indent(l) == indent(last) && !l.trim_start().starts_with(['}', ')', ']']))
        .copied()
        .unwrap_or(last)
}

/// rustfmt's import group of a `use` line (`group_imports = "StdExternalCrate"`): 0 for
/// `std`, `core` and `alloc`, 2 for `crate`, `super` and `self`, 1 for other crates.
fn use_group(line: &str) -> u8 {
    let line = line.trim_start();
    let line = line.strip_prefix("pub(crate) ").or_else(|| line.strip_prefix("pub ")).unwrap_or(line);
    let path = line.strip_prefix("use ").unwrap_or(line).trim_start_matches("::");
    match path.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("") {
        "std" | "core" | "alloc" => 0,
        "crate" | "super" | "self" => 2,
        _ => 1,
    }
}

/// `mod` or `use` for a one-line module or import declaration (any visibility).
fn declaration(line: &str) -> Option<&'static str> {
    let line = line.trim_start();
    let line = line.strip_prefix("pub(crate) ").or_else(|| line.strip_prefix("pub ")).unwrap_or(line);
    if line.starts_with("mod ") && line.ends_with(';') {
        Some("mod")
    } else if line.starts_with("use ") {
        Some("use")
    } else {
        None
    }
}

/// The first line of the item starting at `lines[0]` after its attributes.
fn item_head<'t>(lines: &[&'t str]) -> &'t str {
    lines.iter().find(|l| !l.trim_start().starts_with("#[")).copied().unwrap_or_default()
}

/// A `pattern => ...` line (not a comment or an attribute that happens to hold `=>`).
fn is_match_arm(trimmed: &str) -> bool {
    !trimmed.starts_with("//") && !trimmed.starts_with('#') && trimmed.contains(" => ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn items_and_methods_are_separated_by_blank_lines() {
        let text = "struct A;\nimpl A {\n    fn a() {\n    }\n    fn b() {\n        if x {\n        } else {\n        }\n    }\n}\nenum B {}\n";
        assert_eq!(
            separate_items(text, false),
            "struct A;\n\nimpl A {\n    fn a() {\n    }\n\n    fn b() {\n        if x {\n        } else {\n        }\n    }\n}\n\nenum B {}\n"
        );
    }

    #[test]
    fn declarations_and_match_arms_stay_together() {
        let text = "#![warn(missing_docs)]\n#![allow(\n    x,\n)]\nmod a;\n#[cfg(feature = \"x\")]\npub mod b;\npub use a::A;\npub use b::B;\nfn f() {\n    match x {\n        A => {\n            a()\n        }\n        B => {\n            b()\n        }\n    }\n}\n";
        assert_eq!(
            separate_items(text, false),
            "#![warn(missing_docs)]\n#![allow(\n    x,\n)]\n\nmod a;\n#[cfg(feature = \"x\")]\npub mod b;\n\npub use a::A;\npub use b::B;\n\nfn f() {\n    match x {\n        A => {\n            a()\n        }\n        B => {\n            b()\n        }\n    }\n}\n"
        );
    }

    #[test]
    fn import_groups_are_apart_and_a_long_use_stays_in_its_group() {
        let text = "use std::fmt;\nuse reqwest::Method;\nuse serde::Serialize;\nuse crate::Client;\nuse crate::types::{\n    A,\n    B,\n};\n#[cfg(feature = \"x\")]\nuse crate::types::C;\nuse super::*;\nstruct S;\n";
        assert_eq!(
            separate_items(text, true),
            "use std::fmt;\n\nuse reqwest::Method;\nuse serde::Serialize;\n\nuse crate::Client;\nuse crate::types::{\n    A,\n    B,\n};\n#[cfg(feature = \"x\")]\nuse crate::types::C;\nuse super::*;\n\nstruct S;\n"
        );
        // Without groups, the `use` lines stay together, the long one too.
        assert!(!separate_items(text, false).contains(";\n\nuse"));
    }

    #[test]
    fn files_get_the_preamble_and_are_collected_by_path() {
        let plan = Plan {
            rust: vec![
                Job::new("src/a.rs", 0, || {
                    quote!(
                        struct A;
                    )
                }),
                Job::new("src/b.rs", 9, || {
                    quote!(
                        struct B;
                    )
                }),
            ],
            text: vec![("README.md".into(), "hi\n".to_owned())],
            preamble: "// @generated".to_owned(),
        };
        let files = format(plan).unwrap();
        assert_eq!(
            files.keys().map(|p| p.to_string_lossy().into_owned()).collect::<Vec<_>>(),
            ["README.md", "src/a.rs", "src/b.rs"]
        );
        assert_eq!(files[Path::new("src/a.rs")], "// @generated\nstruct A;\n");
    }

    #[test]
    fn unparsable_tokens_are_an_error_carrying_the_unformatted_source() {
        let job = Job::new("src/x.rs", 0, || {
            let bad: TokenStream = "fn (".parse().unwrap_or_default();
            quote!(fn #bad)
        });
        let err = format_rust(&job, "").unwrap_err();
        assert!(err.to_string().contains("src/x.rs"), "{err}");
        let Error::Format { unformatted, .. } = err else { panic!("{err}") };
        assert!(unformatted.starts_with("fn"), "{unformatted}");
    }
}
