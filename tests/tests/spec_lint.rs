//! Spec lint: `spec/openai.yaml` is a valid OpenAPI document (`openapi-spec-validator`),
//! matches the wire format of the reference spec (`spec/tools/check_against_reference.py`),
//! is self-consistent (`spec/tools/check_spec.py`), written in our own words
//! (`spec/tools/check_own_words.py`: no description shares a run of eight words with the
//! reference's) and complete (`spec/tools/check_coverage.py`: every operation of the
//! reference is described, or excused in `spec/DIVERGENCES.md` with the reason).
//!
//! The Python tools run with `tests/.pytools` (git-ignored) on their path; the first run
//! installs `openapi-spec-validator` there with pip, which also brings the `jsonschema`,
//! `referencing` and `PyYAML` modules that the two scripts import.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// Where the Python packages are installed (relative to the workspace root).
const PYTOOLS: &str = "tests/.pytools";

#[test]
fn openapi_spec_validator_accepts_the_spec() {
    run_python(&["-m", "openapi_spec_validator", "spec/openai.yaml"]);
}

#[test]
fn spec_matches_the_reference() {
    run_python(&["spec/tools/check_against_reference.py"]);
}

#[test]
fn spec_is_self_consistent() {
    run_python(&["spec/tools/check_spec.py"]);
}

#[test]
fn spec_descriptions_are_our_own_words() {
    run_python(&["spec/tools/check_own_words.py"]);
}

#[test]
fn spec_covers_every_operation_of_the_reference() {
    run_python(&["spec/tools/check_coverage.py"]);
}

/// Runs `python3 <args>` in the workspace root with the tools on `PYTHONPATH`; fails with
/// the command's whole output unless it exits with 0.
fn run_python(args: &[&str]) {
    let pytools = pytools();
    let root = tests::workspace_root();
    let output = Command::new(python())
        .args(args)
        .current_dir(&root)
        .env("PYTHONPATH", pytools)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python()));
    let text = combined(&output);
    assert!(output.status.success(), "`python3 {}` failed with {}:\n{text}", args.join(" "), output.status);
    // The tools end with a one-line summary; show it in the test output.
    println!("{}", text.trim_end().lines().last().unwrap_or_default());
}

fn python() -> &'static str {
    if cfg!(windows) { "python" } else { "python3" }
}

fn combined(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// The install folder, installed on first use (once per process; the tests of this file
/// run in parallel threads).
fn pytools() -> &'static Path {
    static INSTALLED: OnceLock<PathBuf> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let dir = tests::workspace_root().join(PYTOOLS);
        if !dir.join("openapi_spec_validator").is_dir() {
            install(&dir);
        }
        dir
    })
}

/// `pip install --target` into a fresh temporary folder next to `dir`, then renamed into
/// place: the rename is atomic, so a concurrent run (another `cargo test`) either sees no
/// folder or a complete one. If it lost the race, its own copy is thrown away.
fn install(dir: &Path) {
    let staging = dir.with_file_name(format!(".pytools-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let output = Command::new(python())
        .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input", "--target"])
        .arg(&staging)
        .arg("openapi-spec-validator")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {} -m pip: {e}", python()));
    assert!(
        output.status.success(),
        "`python3 -m pip install --target {} openapi-spec-validator` failed with {}:\n{}",
        staging.display(),
        output.status,
        combined(&output)
    );
    if std::fs::rename(&staging, dir).is_err() {
        // Another process installed it first (the target exists and is not empty).
        let _ = std::fs::remove_dir_all(&staging);
        assert!(dir.join("openapi_spec_validator").is_dir(), "{} is incomplete; delete it and rerun", dir.display());
    }
}
