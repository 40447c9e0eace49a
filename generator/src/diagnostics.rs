//! Errors and warnings, each located in the spec by file, JSON pointer and (where the
//! loader can find it) line.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a spec something is: a file, a JSON pointer into it, and a 1-based line when known.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: PathBuf,
    pub pointer: String,
    pub line: Option<usize>,
}

impl Location {
    pub fn new(file: &Path, pointer: impl Into<String>) -> Self {
        Location { file: file.to_path_buf(), pointer: pointer.into(), line: None }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        let pointer = if self.pointer.is_empty() { "#" } else { &self.pointer };
        write!(f, ": {pointer}")
    }
}

/// Everything that can stop generation. Each spec problem names its location.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{location}: {message}")]
    Spec { location: Location, message: String },
    #[error("internal error while {stage}: {message}")]
    Internal { stage: &'static str, message: String },
    /// Emit produced tokens that do not parse as a Rust file: a generator bug. The error
    /// keeps the unformatted source, for the caller to save with `write::save_unformatted`.
    #[error("internal error while formatting: {}: {message}", path.display())]
    Format { path: PathBuf, message: String, unformatted: String },
}

impl Error {
    pub fn spec(location: Location, message: impl Into<String>) -> Self {
        Error::Spec { location, message: message.into() }
    }

    /// The location of a spec error, if this is one.
    pub fn location(&self) -> Option<&Location> {
        match self {
            Error::Spec { location, .. } => Some(location),
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A spec defect that generation worked around. Never fatal, never silent.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: {}", self.location, self.message)
    }
}

/// Collects warnings from every stage; sorted and de-duplicated at the end so output order
/// never depends on traversal order.
///
/// Most warnings are pushed with a pointer into the (bundled) document and are located at
/// the end, when the files the bundler read are known; warnings about another file of a
/// multi-file spec carry the index of that file.
#[derive(Debug, Default)]
pub struct Warnings {
    file: PathBuf,
    items: Vec<Pending>,
}

#[derive(Debug)]
struct Pending {
    /// Index of the file the pointer is in, or `None` for the bundled document.
    file: Option<usize>,
    pointer: String,
    message: String,
}

impl Warnings {
    pub fn new(file: &Path) -> Self {
        Warnings { file: file.to_path_buf(), items: Vec::new() }
    }

    /// A warning about the part of the document at `pointer`.
    pub fn push(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.items.push(Pending { file: None, pointer: pointer.into(), message: message.into() });
    }

    /// A warning about the part at `pointer` of file number `file` of the source.
    pub fn push_in(&mut self, file: usize, pointer: impl Into<String>, message: impl Into<String>) {
        self.items.push(Pending { file: Some(file), pointer: pointer.into(), message: message.into() });
    }

    /// Takes over the warnings collected while parsing file number `file`.
    pub fn absorb(&mut self, other: Warnings, file: usize) {
        self.items.extend(other.items.into_iter().map(|item| Pending { file: Some(file), ..item }));
    }

    /// The warnings with their files and lines, sorted.
    pub fn into_located(self, source: &crate::load::Source) -> Vec<Warning> {
        let items = self.items.into_iter().map(|item| Warning {
            location: match item.file {
                Some(file) => source.locate_in(file, &item.pointer),
                None => source.locate(&item.pointer),
            },
            message: item.message,
        });
        sorted(items.collect())
    }

    /// The warnings as pointers into the root file, without lines (for unit tests).
    pub fn into_sorted(self) -> Vec<Warning> {
        let file = self.file;
        let items = self
            .items
            .into_iter()
            .map(|item| Warning { location: Location::new(&file, item.pointer), message: item.message });
        sorted(items.collect())
    }
}

fn sorted(mut items: Vec<Warning>) -> Vec<Warning> {
    items.sort();
    items.dedup();
    items
}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape_pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Un-escapes one JSON pointer segment (`~1` → `/`, then `~0` → `~`).
pub fn unescape_pointer_segment(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Appends a segment to a JSON pointer.
pub fn pointer_join(base: &str, segment: &str) -> String {
    format!("{base}/{}", escape_pointer_segment(segment))
}
