//! Golden files: each fixture spec under `tests/fixtures/golden/<name>/spec.yaml` generates
//! the files in `<name>/expected/`, byte for byte; then every fixture crate is built and
//! linted (`cargo clippy -D warnings`, all features) so a snapshot nobody compiles cannot
//! pass. Regenerate snapshots after an intended change with
//! `UPDATE_GOLDEN=1 cargo test -p tests --test golden`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

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
    let options = Options::default().with_crate_name(format!("golden-{name}")).with_regenerate_command(UPDATE_COMMAND);
    match generate(&dir.join("spec.yaml"), &options) {
        Ok(generated) => generated.files,
        Err(err) => panic!("fixture {name} does not generate: {err}"),
    }
}

/// The files a snapshot holds: everything the spec shapes. The runtime modules are the same
/// for every spec and are covered by `generated-client/` and its own tests.
fn snapshot_files(files: &BTreeMap<PathBuf, String>) -> BTreeMap<PathBuf, String> {
    files
        .iter()
        .filter(|(path, _)| !path.starts_with("src/runtime") || path.ends_with("settings.rs"))
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
fn fixture_crates_build_and_lint_clean() {
    let root = tests::workspace_root();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden");
    let mut members = Vec::new();
    for (name, dir) in fixtures() {
        let files = generate_fixture(&name, &dir);
        write::sync(&work.join(&name), &files, write::Mode::Write).unwrap();
        members.push(format!("\"{name}\""));
    }
    // One workspace for all fixture crates: one build, shared dependencies, pinned by our lock file.
    std::fs::write(work.join("Cargo.toml"), format!("[workspace]\nresolver = \"3\"\nmembers = [{}]\n", members.join(", "))).unwrap();
    std::fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["clippy", "--workspace", "--all-targets", "--all-features", "--offline", "--quiet", "--", "-D", "warnings"])
        .current_dir(&work)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "fixture crates do not build cleanly:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
