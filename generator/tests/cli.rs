//! The command line as a user runs it: the documented contract, deterministic output,
//! stale files removed, `--check`, a broken spec that writes nothing, and `diff`, the API
//! changes between two specs, also shown by `generate`.

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

fn api_diff_case(case: &str) -> PathBuf {
    workspace().join("tests/fixtures/api-diff").join(case)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn diff_prints_the_report_as_text_or_json_and_fails_on_breaking_changes_when_asked() {
    let pair = |case: &str| {
        let dir = api_diff_case(case);
        [dir.join("old.yaml").to_string_lossy().into_owned(), dir.join("new.yaml").to_string_lossy().into_owned()]
    };
    let expected = |case: &str, file: &str| std::fs::read_to_string(api_diff_case(case).join(file)).unwrap();
    let [old, new] = pair("field-removed");
    let text = generator(&["diff", &old, &new]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    assert_eq!(stdout(&text), expected("field-removed", "expected.txt"));
    let json = generator(&["diff", &old, &new, "--format", "json"]);
    assert_eq!(stdout(&json), expected("field-removed", "expected.json"));
    let gate = generator(&["diff", &old, &new, "--fail-on-breaking"]);
    assert_eq!(gate.status.code(), Some(1), "a breaking change fails the gate:\n{}", stderr(&gate));
    assert!(stderr(&gate).contains("2 breaking changes"), "{}", stderr(&gate));
    let [old, new] = pair("enum-value-added");
    let gate = generator(&["diff", &old, &new, "--fail-on-breaking"]);
    assert_eq!(gate.status.code(), Some(0), "a compatible change passes the gate:\n{}", stderr(&gate));

    // A broken spec: the located error, exit 2.
    let invalid = workspace().join("tests/fixtures/invalid/unresolvable-schema-ref.yaml");
    let broken = generator(&["diff", &old, invalid.to_str().unwrap()]);
    assert_eq!(broken.status.code(), Some(2));
    let expected = std::fs::read_to_string(invalid.with_extension("expected")).unwrap();
    assert!(stderr(&broken).contains(expected.trim_end()), "{}", stderr(&broken));
}

#[test]
fn diff_reads_a_generated_crate_s_surface() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("client");
    let case = api_diff_case("optional-field-added");
    assert!(generate(&case.join("old.yaml"), &out, &[]).status.success());
    let surface = out.join("api-surface.json");
    let new = case.join("new.yaml");
    let output = generator(&["diff", surface.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), std::fs::read_to_string(case.join("expected.txt")).unwrap());
}

#[test]
fn generate_reports_the_api_changes_before_the_diff_and_totals_after_writing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("client");
    let case = api_diff_case("enum-value-added");
    let (old, new) = (case.join("old.yaml"), case.join("new.yaml"));
    let first = generate(&old, &out, &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stderr(&first).contains("has no api-surface.json"), "a new crate has no surface yet:\n{}", stderr(&first));

    let check = generate(&new, &out, &["--check"]);
    assert_eq!(check.status.code(), Some(1));
    let log = stderr(&check);
    let summary = log.find("  compatible  PetStatus: value \"adopted\" added (variant `Adopted`)\nVersion bump: minor");
    let diff = log.find("--- a/api-surface.json");
    assert!(summary.is_some() && diff.is_some() && summary < diff, "the summary comes before the diff:\n{log}");

    let write = generate(&new, &out, &[]);
    let log = stderr(&write);
    assert!(log.contains("  compatible  PetStatus: value \"adopted\" added"), "{log}");
    // Every file names its spec in its preamble, and the spec's file name changed.
    let totals = format!("{}: {} files written, 0 unchanged, 0 removed", out.display(), snapshot(&out).len());
    assert!(log.contains(&totals), "{log}");
    let again = generate(&new, &out, &[]);
    assert!(stderr(&again).contains("API changes (Pets 1.1.0 → Pets 1.1.0): none"), "{}", stderr(&again));
}
