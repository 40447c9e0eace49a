//! The command line as a user runs it: the documented contract, deterministic output,
//! stale files removed, `--check`, and a broken spec that writes nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CONTRACT: &str = "generate <SPEC> --out <DIR> [--crate-name <NAME>]";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn fixture() -> PathBuf {
    workspace().join("tests/fixtures/golden/petstore/spec.yaml")
}

fn generator(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_generator")).args(args).output().expect("the generator binary runs")
}

fn generate(spec: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args =
        vec!["generate", spec.to_str().unwrap(), "--out", out.to_str().unwrap(), "--crate-name", "pets-client"];
    args.extend(extra);
    generator(&args)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every file under `dir` (relative path → bytes).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.insert(path.strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

#[test]
fn help_shows_the_contract() {
    let output = generator(&["--help"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains(CONTRACT), "`--help` does not show `{CONTRACT}`:\n{help}");
    let output = generator(&["generate", "--help"]);
    let help = String::from_utf8_lossy(&output.stdout);
    for option in ["--out <DIR>", "--crate-name <NAME>", "--check", "<SPEC>"] {
        assert!(help.contains(option), "`generate --help` does not list `{option}`:\n{help}");
    }
}

#[test]
fn generating_twice_gives_identical_files_and_removes_stale_ones() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    let output = generate(&fixture(), &first, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = snapshot(&first);
    assert!(
        written.contains_key(Path::new("Cargo.toml")) && written.contains_key(Path::new("src/lib.rs")),
        "{:?}",
        written.keys()
    );

    // Same spec, same directory: nothing changes. Another directory: the same bytes.
    assert!(generate(&fixture(), &first, &[]).status.success());
    assert_eq!(snapshot(&first), written);
    assert!(generate(&fixture(), &second, &[]).status.success());
    assert_eq!(snapshot(&second), written);

    // A file the generator no longer produces is removed.
    std::fs::write(first.join("src/stale.rs"), "// left over from an old spec\n").unwrap();
    std::fs::create_dir_all(first.join("src/old")).unwrap();
    std::fs::write(first.join("src/old/gone.rs"), "\n").unwrap();
    let output = generate(&fixture(), &first, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(snapshot(&first), written, "stale files were not removed");
}

#[test]
fn check_fails_after_an_edit_and_passes_in_sync() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("client");
    assert!(generate(&fixture(), &out, &[]).status.success());
    let check = generate(&fixture(), &out, &["--check"]);
    assert_eq!(check.status.code(), Some(0), "in sync, `--check` must pass:\n{}", stderr(&check));

    let lib = out.join("src/lib.rs");
    let edited = format!("{}// a manual edit\n", std::fs::read_to_string(&lib).unwrap());
    std::fs::write(&lib, &edited).unwrap();
    let check = generate(&fixture(), &out, &["--check"]);
    assert_eq!(check.status.code(), Some(1), "after an edit, `--check` must exit 1:\n{}", stderr(&check));
    assert!(stderr(&check).contains("lib.rs"), "`--check` does not name the edited file:\n{}", stderr(&check));
    assert_eq!(std::fs::read_to_string(&lib).unwrap(), edited, "`--check` must not write");

    assert!(generate(&fixture(), &out, &[]).status.success());
    assert_eq!(generate(&fixture(), &out, &["--check"]).status.code(), Some(0));
}

#[test]
fn a_broken_spec_exits_with_the_located_error_and_writes_nothing() {
    let invalid = workspace().join("tests/fixtures/invalid");
    let spec = invalid.join("unresolvable-schema-ref.yaml");
    let expected = std::fs::read_to_string(invalid.join("unresolvable-schema-ref.expected")).unwrap();
    let dir = tempfile::tempdir().unwrap();

    let fresh = dir.path().join("fresh");
    let output = generate(&spec, &fresh, &[]);
    assert!(!output.status.success(), "a broken spec must fail");
    let message = format!("error: {}{}{}", invalid.display(), std::path::MAIN_SEPARATOR, expected.trim_end());
    assert!(stderr(&output).contains(&message), "stderr lacks `{message}`:\n{}", stderr(&output));
    assert!(!fresh.exists(), "a failed run created {}", fresh.display());

    // An existing crate is left exactly as it was.
    let existing = dir.path().join("existing");
    assert!(generate(&fixture(), &existing, &[]).status.success());
    let before = snapshot(&existing);
    assert!(!generate(&spec, &existing, &[]).status.success());
    assert_eq!(snapshot(&existing), before);
}
