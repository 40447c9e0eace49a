//! Stage 7, write: make a directory hold exactly the generated files, or (check mode) report
//! how it differs without touching it. One code path serves `generate`, `cargo xtask
//! codegen`, `--check` in CI and the drift tests. It is the one place the generator writes
//! to the disk, so it also saves the unformatted source of a file that failed to format.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Error, Result};

/// Write the files, or only compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// What differs between the directory and the generated files.
#[derive(Debug, Default)]
pub struct Report {
    /// Files whose contents differ.
    pub changed: Vec<PathBuf>,
    /// Generated files missing from the directory.
    pub missing: Vec<PathBuf>,
    /// Files in the directory that generation does not produce.
    pub stale: Vec<PathBuf>,
    /// Unified diff of the changes, at most `DIFF_LINE_LIMIT` lines.
    pub diff: String,
}

/// Bound on the diff shown for drift, so CI logs stay readable.
pub const DIFF_LINE_LIMIT: usize = 400;

impl Report {
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.missing.is_empty() && self.stale.is_empty()
    }

    /// One line of totals: files written (in check mode: that differ), unchanged, and
    /// removed (stale), of the `generated` files, in `dir`.
    pub fn totals(&self, generated: usize, dir: &Path, mode: Mode) -> String {
        let touched = self.changed.len() + self.missing.len();
        let unchanged = generated.saturating_sub(touched);
        let stale = self.stale.len();
        let dir = dir.display();
        let files = |n: usize| if n == 1 { "1 file".to_owned() } else { format!("{n} files") };
        match mode {
            Mode::Write => format!("{dir}: {} written, {unchanged} unchanged, {stale} removed", files(touched)),
            Mode::Check => format!("{dir}: {} differ, {unchanged} unchanged, {stale} stale", files(touched)),
        }
    }

    /// One line per differing file, for humans.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        for (label, paths) in [("changed", &self.changed), ("missing", &self.missing), ("stale", &self.stale)] {
            for path in paths {
                let _ = writeln!(out, "  {label}: {}", path.display());
            }
        }
        out
    }
}

/// Brings `out_dir` in line with `files` (Write) or reports the differences (Check).
pub fn sync(out_dir: &Path, files: &BTreeMap<PathBuf, String>, mode: Mode) -> Result<Report> {
    guard_foreign_directory(out_dir)?;
    let existing = list_files(out_dir)?;
    let mut report = Report::default();
    let mut diff_lines = 0usize;
    for (path, contents) in files {
        let target = out_dir.join(path);
        match std::fs::read_to_string(&target) {
            Ok(current) if normalize_newlines(&current) == normalize_newlines(contents) => continue,
            Ok(current) => {
                report.changed.push(path.clone());
                append_diff(&mut report.diff, &mut diff_lines, path, &current, contents);
            }
            Err(_) => {
                report.missing.push(path.clone());
                append_diff(&mut report.diff, &mut diff_lines, path, "", contents);
            }
        }
        if mode == Mode::Write {
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|source| Error::Io { path: parent.to_path_buf(), source })?;
            }
            std::fs::write(&target, contents).map_err(|source| Error::Io { path: target.clone(), source })?;
        }
    }
    let generated: BTreeSet<&PathBuf> = files.keys().collect();
    for path in existing.into_iter().filter(|p| !generated.contains(p)) {
        let target = out_dir.join(&path);
        if mode == Mode::Write {
            std::fs::remove_file(&target).map_err(|source| Error::Io { path: target.clone(), source })?;
            remove_empty_parents(out_dir, &target);
        }
        let _ =
            writeln!(report.diff, "--- a/{}\n+++ /dev/null (stale: generation does not produce it)", path.display());
        report.stale.push(path);
    }
    Ok(report)
}

/// Newlines normalized, so checked-out files compare equal on every platform.
fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// Saves the unformatted source an [`Error::Format`] carries into `dir`, named after the
/// file's path (`src/types/chat.rs` → `src_types_chat.rs`), and returns where; `None` for
/// any other error.
pub fn save_unformatted(dir: &Path, err: &Error) -> Option<Result<PathBuf>> {
    let Error::Format { path, unformatted, .. } = err else { return None };
    let dump = dir.join(path.to_string_lossy().replace(['/', '\\'], "_"));
    Some(std::fs::write(&dump, unformatted).map(|()| dump.clone()).map_err(|source| Error::Io { path: dump, source }))
}

fn append_diff(out: &mut String, used: &mut usize, path: &Path, old: &str, new: &str) {
    if *used >= DIFF_LINE_LIMIT {
        return;
    }
    let (old, new) = (normalize_newlines(old), normalize_newlines(new));
    let name = path.display().to_string();
    let diff = similar::TextDiff::from_lines(&old, &new);
    let text = diff.unified_diff().context_radius(3).header(&format!("a/{name}"), &format!("b/{name}")).to_string();
    for line in text.lines() {
        if *used >= DIFF_LINE_LIMIT {
            let _ = writeln!(out, "... (diff truncated at {DIFF_LINE_LIMIT} lines)");
            return;
        }
        out.push_str(line);
        out.push('\n');
        *used += 1;
    }
}

/// Every file under `dir` (relative paths), skipping `target/` and hidden entries.
fn list_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        let absolute = dir.join(&relative);
        let entries = std::fs::read_dir(&absolute).map_err(|source| Error::Io { path: absolute.clone(), source })?;
        for entry in entries {
            let entry = entry.map_err(|source| Error::Io { path: absolute.clone(), source })?;
            let name = entry.file_name();
            let name_text = name.to_string_lossy();
            if name_text.starts_with('.')
                || (relative.as_os_str().is_empty() && (name_text == "target" || name_text == "Cargo.lock"))
            {
                continue;
            }
            let child = relative.join(&name);
            if entry.file_type().map_err(|source| Error::Io { path: absolute.clone(), source })?.is_dir() {
                stack.push(child);
            } else {
                out.push(child);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn remove_empty_parents(root: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == root || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// Refuses to manage a directory that holds a crate this generator did not write, so a
/// mistyped `--out` cannot delete someone's project.
fn guard_foreign_directory(dir: &Path) -> Result<()> {
    let manifest = dir.join("Cargo.toml");
    match std::fs::read_to_string(&manifest) {
        Ok(text) if !text.starts_with("# @generated") => Err(Error::Io {
            path: manifest,
            source: std::io::Error::other(
                "this Cargo.toml was not written by the generator; refusing to overwrite the directory",
            ),
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> BTreeMap<PathBuf, String> {
        pairs.iter().map(|(p, c)| (PathBuf::from(p), (*c).to_owned())).collect()
    }

    #[test]
    fn write_then_check_is_clean_and_stale_files_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = files(&[("Cargo.toml", "# @generated\n"), ("src/a.rs", "a\n"), ("src/old/b.rs", "b\n")]);
        sync(dir.path(), &first, Mode::Write).unwrap();
        let second = files(&[("Cargo.toml", "# @generated\n"), ("src/a.rs", "a2\n")]);
        let report = sync(dir.path(), &second, Mode::Check).unwrap();
        assert_eq!(report.changed, vec![PathBuf::from("src/a.rs")]);
        assert_eq!(report.stale, vec![PathBuf::from("src/old/b.rs")]);
        assert!(report.diff.contains("-a\n+a2"), "{}", report.diff);
        // Check wrote nothing.
        assert_eq!(std::fs::read_to_string(dir.path().join("src/a.rs")).unwrap(), "a\n");
        sync(dir.path(), &second, Mode::Write).unwrap();
        assert!(!dir.path().join("src/old").exists());
        assert!(sync(dir.path(), &second, Mode::Check).unwrap().is_clean());
    }

    #[test]
    fn crlf_checkouts_compare_equal() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x.rs"), "a\r\nb\r\n").unwrap();
        assert!(sync(dir.path(), &files(&[("x.rs", "a\nb\n")]), Mode::Check).unwrap().is_clean());
    }

    #[test]
    fn foreign_crates_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Cargo.toml"), "[package]\n").unwrap();
        let err = sync(dir.path(), &files(&[("Cargo.toml", "# @generated\n")]), Mode::Write).unwrap_err();
        assert!(err.to_string().contains("refusing"), "{err}");
    }

    #[test]
    fn unformatted_sources_are_saved_by_path() {
        let dir = tempfile::tempdir().unwrap();
        let err =
            Error::Format { path: "src/types/x.rs".into(), message: "expected `;`".into(), unformatted: "fn".into() };
        let saved = save_unformatted(dir.path(), &err).unwrap().unwrap();
        assert_eq!(saved, dir.path().join("src_types_x.rs"));
        assert_eq!(std::fs::read_to_string(saved).unwrap(), "fn");
        let other = Error::Internal { stage: "formatting", message: String::new() };
        assert!(save_unformatted(dir.path(), &other).is_none());
    }

    #[test]
    fn totals_count_written_unchanged_and_removed_files() {
        let dir = tempfile::tempdir().unwrap();
        sync(dir.path(), &files(&[("a.rs", "a\n"), ("b.rs", "b\n"), ("c.rs", "c\n")]), Mode::Write).unwrap();
        let next = files(&[("a.rs", "a2\n"), ("b.rs", "b\n"), ("d.rs", "d\n")]);
        let check = sync(dir.path(), &next, Mode::Check).unwrap();
        assert_eq!(check.totals(3, Path::new("out/"), Mode::Check), "out/: 2 files differ, 1 unchanged, 1 stale");
        let write = sync(dir.path(), &next, Mode::Write).unwrap();
        assert_eq!(write.totals(3, Path::new("out/"), Mode::Write), "out/: 2 files written, 1 unchanged, 1 removed");
        let again =
            sync(dir.path(), &files(&[("a.rs", "a3\n"), ("b.rs", "b\n"), ("d.rs", "d\n")]), Mode::Write).unwrap();
        assert_eq!(again.totals(3, Path::new("out/"), Mode::Write), "out/: 1 file written, 2 unchanged, 0 removed");
    }

    #[test]
    fn diffs_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let big: String = (0..2000).map(|i| format!("{i}\n")).collect();
        let report = sync(dir.path(), &files(&[("big.txt", &big)]), Mode::Check).unwrap();
        assert!(report.diff.lines().count() <= DIFF_LINE_LIMIT + 1);
        assert!(report.diff.contains("truncated"));
    }
}
