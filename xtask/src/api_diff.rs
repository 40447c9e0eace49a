//! `cargo xtask api-diff`: the API changes between two specs (or generated crates'
//! `api-surface.json`), each breaking or compatible for users of the generated crate, and
//! the version bump they imply — for reviewing a spec update before regenerating. With
//! `--base <REV>` the older side is the spec as it is at a git revision (the pull request's
//! base branch in CI), read from git into a temporary directory with the files beside it.

use std::path::{Path, PathBuf};
use std::process::Command;

use generator::{api_surface, diff};

use crate::SPEC;

pub const USAGE: &str = "usage: cargo xtask api-diff <OLD> <NEW> [--format text|json] [--fail-on-breaking]
       cargo xtask api-diff --base <REV> [<SPEC>] [--format text|json] [--fail-on-breaking]
         (OLD, NEW: specs or api-surface.json files; --base compares SPEC, by default
          spec/openai.yaml, as it is at the git revision REV with the working tree)";

/// What `cargo xtask api-diff` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub sides: Sides,
    pub json: bool,
    pub fail_on_breaking: bool,
}

/// What is compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sides {
    /// Two files.
    Files { old: PathBuf, new: PathBuf },
    /// A spec at a git revision and in the working tree (relative to the workspace root).
    Base { revision: String, spec: PathBuf },
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut paths = Vec::new();
        let mut base = None;
        let mut json = false;
        let mut fail_on_breaking = false;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--fail-on-breaking" => fail_on_breaking = true,
                "--format" => match args.next().map(String::as_str) {
                    Some("json") => json = true,
                    Some("text") => json = false,
                    other => return Err(format!("--format takes `text` or `json`, not {other:?}")),
                },
                "--base" => base = Some(args.next().ok_or("--base takes a git revision")?.clone()),
                other if other.starts_with("--") => return Err(format!("unknown argument `{other}`")),
                path => paths.push(PathBuf::from(path)),
            }
        }
        let sides = match (base, paths.as_slice()) {
            (Some(revision), []) => Sides::Base { revision, spec: PathBuf::from(SPEC) },
            (Some(revision), [spec]) => Sides::Base { revision, spec: spec.clone() },
            (None, [old, new]) => Sides::Files { old: old.clone(), new: new.clone() },
            (Some(_), _) => return Err("--base takes at most one spec".to_owned()),
            (None, _) => return Err("name the OLD and the NEW spec, or --base <REV>".to_owned()),
        };
        Ok(Options { sides, json, fail_on_breaking })
    }
}

/// What a run printed, and how it ends.
#[derive(Debug)]
pub struct Run {
    /// The report (stdout).
    pub report: String,
    /// Notes on the inputs (stderr).
    pub notes: String,
    /// A change is breaking and `--fail-on-breaking` was given.
    pub failed: bool,
}

/// Runs the comparison; `root` is the workspace (relative paths and git revisions are
/// resolved there). An error is a message for stderr.
pub fn run(root: &Path, options: &Options) -> Result<Run, String> {
    let mut notes = String::new();
    let mut heading = String::new();
    // Holds the revision's files until the comparison is done.
    let mut _checkout = None;
    let (old, new) = match &options.sides {
        Sides::Files { old, new } => (root.join(old), root.join(new)),
        Sides::Base { revision, spec } => {
            let (dir, old) = spec_at_revision(root, revision, spec)?;
            _checkout = Some(dir);
            let commit = git(root, &["rev-parse", "--short", &format!("{revision}^{{commit}}")])?;
            heading = format!("{} at {revision} ({}) → the working tree\n", spec.display(), commit.trim());
            (old, root.join(spec))
        }
    };
    let mut surfaces = Vec::new();
    for path in [&old, &new] {
        let (surface, warnings) = api_surface(path).map_err(|err| err.to_string())?;
        if !warnings.is_empty() {
            notes.push_str(&format!("{}: {} spec warnings\n", path.display(), warnings.len()));
        }
        surfaces.push(surface);
    }
    let report = diff::diff(&surfaces[0], &surfaces[1]);
    let text = if options.json { report.to_json() } else { format!("{heading}{}", report.to_text()) };
    Ok(Run { report: text, notes, failed: options.fail_on_breaking && report.is_breaking() })
}

/// Writes the spec's directory as it is at `revision` into a temporary directory: the spec
/// and the files it refers to beside it (descriptions, helper modules, split parts).
/// Returns the directory (removed when dropped) and the spec's path in it.
pub fn spec_at_revision(root: &Path, revision: &str, spec: &Path) -> Result<(tempfile::TempDir, PathBuf), String> {
    let commit = git(root, &["rev-parse", "--verify", "--quiet", &format!("{revision}^{{commit}}")])
        .map_err(|_| format!("`{revision}` is not a git revision of {} (fetch it first?)", root.display()))?;
    let commit = commit.trim();
    let spec_dir = spec.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let pathspec = spec_dir.to_string_lossy().replace('\\', "/");
    let listing = git(root, &["ls-tree", "-r", "-z", commit, "--", &pathspec])?;
    let target = tempfile::tempdir().map_err(|err| format!("a temporary directory: {err}"))?;
    let mut found = false;
    // Entries: `<mode> blob <sha>\t<path>`, NUL-terminated.
    for entry in listing.split('\0').filter(|e| !e.is_empty()) {
        let Some((meta, path)) = entry.split_once('\t') else { continue };
        let mut meta = meta.split(' ');
        let (Some(_mode), Some("blob"), Some(sha)) = (meta.next(), meta.next(), meta.next()) else { continue };
        let bytes = git_bytes(root, &["cat-file", "blob", sha])?;
        let file = target.path().join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|err| format!("{}: {err}", parent.display()))?;
        }
        std::fs::write(&file, bytes).map_err(|err| format!("{}: {err}", file.display()))?;
        found |= Path::new(path) == spec;
    }
    if !found {
        return Err(format!("{} does not exist at {revision} ({commit})", spec.display()));
    }
    let path = target.path().join(spec);
    Ok((target, path))
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    git_bytes(root, args).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

fn git_bytes(root: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let output =
        Command::new("git").arg("-C").arg(root).args(args).output().map_err(|err| format!("running git: {err}"))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(format!("`git {}` failed: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options, String> {
        Options::parse(&args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn arguments() {
        let files = parse(&["a.yaml", "b.yaml", "--format", "json", "--fail-on-breaking"]).unwrap();
        assert_eq!(files.sides, Sides::Files { old: "a.yaml".into(), new: "b.yaml".into() });
        assert!(files.json && files.fail_on_breaking);
        let base = parse(&["--base", "origin/main"]).unwrap();
        assert_eq!(base.sides, Sides::Base { revision: "origin/main".into(), spec: SPEC.into() });
        assert!(!base.json && !base.fail_on_breaking);
        let other = parse(&["--base", "HEAD~1", "specs/pets.yaml", "--format", "text"]).unwrap();
        assert_eq!(other.sides, Sides::Base { revision: "HEAD~1".into(), spec: "specs/pets.yaml".into() });
        for wrong in
            [&["a.yaml"][..], &["--format", "xml", "a", "b"], &["--base"], &["--base", "x", "a", "b"], &["--json"]]
        {
            assert!(parse(wrong).is_err(), "{wrong:?} parsed");
        }
    }

    #[test]
    fn an_unknown_revision_is_named() {
        let root = crate::workspace_root();
        let err = spec_at_revision(&root, "no-such-revision-here", Path::new(SPEC)).unwrap_err();
        assert!(err.contains("`no-such-revision-here` is not a git revision"), "{err}");
    }
}
