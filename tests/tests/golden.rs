//! Golden files: each fixture spec under `tests/fixtures/golden/<name>/spec.yaml` generates
//! the files in `<name>/expected/`, byte for byte; then every fixture crate is built,
//! linted (`cargo clippy -D warnings`, all features, and the types alone) and documented (`cargo doc`, rustdoc
//! warnings denied), so a snapshot nobody compiles cannot pass. Regenerate snapshots after an intended change with
//! `UPDATE_GOLDEN=1 cargo test -p tests --test golden`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::{Options, generate, write};

const UPDATE_COMMAND: &str = "UPDATE_GOLDEN=1 cargo test -p tests --test golden";

fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = tests::workspace_root().join("tests/fixtures/golden");
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("spec.yaml").exists())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no fixtures in {}", dir.display());
    out
}

fn generate_fixture(name: &str, dir: &Path) -> BTreeMap<PathBuf, String> {
    let options = Options::default()
        .with_crate_name(format!("golden-{name}"))
        .with_regenerate_command(UPDATE_COMMAND)
        .with_tests(true);
    match generate(&dir.join("spec.yaml"), &options) {
        Ok(generated) => generated.files,
        Err(err) => panic!("fixture {name} does not generate: {err}"),
    }
}

/// The files a snapshot holds: everything the spec shapes. Of the runtime, `settings.rs`
/// (the spec's constants) and `mod.rs` (which optional parts the spec needs); the other
/// modules differ between specs only by the lines of parts a spec lacks, and are covered by
/// `generated-client/`'s own tests and, for parts the flagship lacks, by
/// `fixture_behaviour.rs`.
fn snapshot_files(files: &BTreeMap<PathBuf, String>) -> BTreeMap<PathBuf, String> {
    files
        .iter()
        .filter(|(path, _)| {
            !path.starts_with("src/runtime") || path.ends_with("settings.rs") || path.ends_with("runtime/mod.rs")
        })
        .map(|(p, t)| (p.clone(), t.clone()))
        .collect()
}

#[test]
fn fixtures_match_their_snapshots() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for (name, dir) in fixtures() {
        let files = snapshot_files(&generate_fixture(&name, &dir));
        let expected = dir.join("expected");
        let mode = if update { write::Mode::Write } else { write::Mode::Check };
        let report = write::sync(&expected, &files, mode).unwrap();
        if !update && !report.is_clean() {
            failures.push(format!("{name}:\n{}{}", report.summary(), report.diff));
        }
    }
    assert!(failures.is_empty(), "snapshots differ (run `{UPDATE_COMMAND}` if intended):\n{}", failures.join("\n"));
}

#[test]
fn fixture_crates_build_lint_and_document_clean() {
    let crates: Vec<_> =
        fixtures().into_iter().map(|(name, dir)| (name.clone(), generate_fixture(&name, &dir))).collect();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden");
    tests::crates::write_workspace(&work, &crates);
    if let Err(failure) = tests::crates::lint_and_document(&work) {
        panic!("fixture crates are not warning-free: {failure}");
    }
}
