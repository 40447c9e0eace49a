//! Building generated crates the way a user would, to prove they compile warning-free:
//! several crates go into one throwaway workspace (one build, shared dependencies, versions
//! pinned by our `Cargo.lock`), which is then linted and documented with warnings denied.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::write;

/// Target directory shared by every test that builds generated crates, so dependencies
/// compile once per test run.
pub fn shared_target_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/generated-crates")
}

/// Writes each crate into `<dir>/<name>` and a workspace around them.
pub fn write_workspace(dir: &Path, crates: &[(String, BTreeMap<PathBuf, String>)]) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, files) in crates {
        write::sync(&dir.join(name), files, write::Mode::Write).unwrap();
    }
    let members: Vec<String> = crates.iter().map(|(name, _)| format!("\"{name}\"")).collect();
    let manifest = format!("[workspace]\nresolver = \"3\"\nmembers = [{}]\n", members.join(", "));
    write_if_changed(&dir.join("Cargo.toml"), &manifest);
    let lock = std::fs::read_to_string(crate::workspace_root().join("Cargo.lock")).unwrap();
    write_if_changed(&dir.join("Cargo.lock"), &lock);
}

/// Leaves unchanged files alone so cargo's freshness checks can skip work on re-runs.
fn write_if_changed(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(contents) {
        std::fs::write(path, contents).unwrap();
    }
}

/// Runs cargo in `dir` with the shared target directory; returns stderr on failure.
pub fn cargo(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    command.args(args).current_dir(dir).env("CARGO_TARGET_DIR", shared_target_dir()).env_remove("RUSTFLAGS");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().map_err(|e| e.to_string())?;
    if output.status.success() { Ok(()) } else { Err(String::from_utf8_lossy(&output.stderr).into_owned()) }
}

/// `cargo clippy -D warnings` (which also type-checks) and `cargo doc` with rustdoc warnings
/// denied, over every crate of the workspace in `dir`, all features on; and clippy again on
/// the types alone (`full` without the HTTP client), the build with the most `cfg`s off.
pub fn lint_and_document(dir: &Path) -> Result<(), String> {
    // Libraries only: the runtime's unit tests are the same in every generated crate and run
    // in the workspace's own test suite; building each crate's test target would double the time.
    for features in [&["--all-features"][..], &["--no-default-features", "--features", "full"]] {
        let mut args = vec!["clippy", "--workspace", "--lib", "--offline", "--quiet"];
        args.extend(features);
        args.extend(["--", "-D", "warnings"]);
        cargo(dir, &args, &[]).map_err(|e| format!("cargo {} failed:\n{e}", args.join(" ")))?;
    }
    cargo(
        dir,
        &["doc", "--workspace", "--no-deps", "--all-features", "--offline", "--quiet"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    )
    .map_err(|e| format!("cargo doc with -D warnings failed:\n{e}"))
}
