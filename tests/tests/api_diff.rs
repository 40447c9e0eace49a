//! API change reports. Each pair of specs under `tests/fixtures/api-diff/<case>/`
//! (`old.yaml` → `new.yaml`, one kind of change) gives exactly the report in `expected.txt`
//! and `expected.json`; so does a pair of real editions of our spec from the project's
//! history (`tests/fixtures/api-diff/openai-history/`, kept as files so a shallow clone
//! runs it too; `revisions` names their commits, which a full clone checks). `cargo xtask
//! api-diff` prints the same reports, fails with
//! `--fail-on-breaking` only on a breaking change, and reads a spec at a git revision.
//! After an intended change of the reports, `UPDATE_EXPECTED=1 cargo test -p tests --test
//! api_diff` rewrites the expected files.

use std::path::{Path, PathBuf};

use generator::diff::{Bump, Report, diff};
use xtask::api_diff::{self, Options, Sides};

const UPDATE_COMMAND: &str = "UPDATE_EXPECTED=1 cargo test -p tests --test api_diff";

fn fixtures() -> PathBuf {
    tests::workspace_root().join("tests/fixtures/api-diff")
}

fn report(old: &Path, new: &Path) -> Report {
    let surface = |path: &Path| match generator::api_surface(path) {
        Ok((surface, _)) => surface,
        Err(err) => panic!("{err}"),
    };
    diff(&surface(old), &surface(new))
}

/// Compares `actual` with the file, or rewrites the file under `UPDATE_EXPECTED`.
fn check(expected: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(expected, actual).unwrap();
        return;
    }
    let wanted = std::fs::read_to_string(expected).unwrap_or_default();
    if wanted != actual {
        failures.push(format!("{}:\n--- expected\n{wanted}--- actual\n{actual}", expected.display()));
    }
}

/// What each fixture pair must come to, whatever its expected files say: the verdict of the
/// change it is about, so that rewriting them cannot quietly accept a wrong one.
const VERDICTS: &[(&str, Bump, usize, usize)] = &[
    // (case, bump, breaking, compatible)
    ("enum-value-added", Bump::Minor, 0, 1),
    ("field-made-required", Bump::Major, 2, 0),
    ("field-removed", Bump::Major, 2, 0),
    // Two editions of our spec from the project's history (the commits are in `revisions`):
    // two enums became one, and the parameters that took them take the new one.
    ("openai-history", Bump::Major, 10, 1),
    ("operation-removed", Bump::Major, 2, 0),
    ("operation-renamed", Bump::Major, 2, 1),
    ("optional-field-added", Bump::Minor, 0, 3),
    ("param-query-to-path", Bump::Major, 3, 1),
    ("response-streaming", Bump::Major, 1, 1),
    ("type-renamed", Bump::Major, 1, 0),
    ("union-variant-added", Bump::Minor, 0, 2),
];

#[test]
fn fixture_pairs_give_their_exact_reports() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("old.yaml").exists())
        .collect();
    cases.sort();
    let names: Vec<String> = cases.iter().map(|c| c.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names, VERDICTS.iter().map(|v| v.0).collect::<Vec<_>>(), "every case has its verdict here");
    let mut failures = Vec::new();
    for (case, (name, bump, breaking, compatible)) in cases.iter().zip(VERDICTS) {
        let report = report(&case.join("old.yaml"), &case.join("new.yaml"));
        if (report.bump, report.breaking, report.compatible) != (*bump, *breaking, *compatible) {
            failures.push(format!(
                "{name}: {:?} with {} breaking and {} compatible changes, not {bump:?} with {breaking} and {compatible}:\n{}",
                report.bump,
                report.breaking,
                report.compatible,
                report.to_text()
            ));
        }
        check(&case.join("expected.txt"), &report.to_text(), &mut failures);
        check(&case.join("expected.json"), &report.to_json(), &mut failures);
    }
    assert!(failures.is_empty(), "reports differ (run `{UPDATE_COMMAND}` if intended):\n{}", failures.join("\n"));
}

/// The fixture editions are what git has at the commits `revisions` names, when the
/// history is there (a full clone); a shallow clone has only the files.
#[test]
fn the_stored_editions_are_those_of_the_history() {
    let root = tests::workspace_root();
    let dir = fixtures().join("openai-history");
    let revisions = std::fs::read_to_string(dir.join("revisions")).unwrap();
    for (revision, file) in revisions.split_whitespace().zip(["old.yaml", "new.yaml"]) {
        let Ok((_checkout, spec)) = api_diff::spec_at_revision(&root, revision, Path::new(xtask::SPEC)) else {
            let shallow = std::process::Command::new("git")
                .args(["-C", root.to_str().unwrap(), "rev-parse", "--is-shallow-repository"])
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "true");
            assert!(shallow, "the commit {revision} is not in the history of a full clone");
            continue;
        };
        let stored = std::fs::read_to_string(dir.join(file)).unwrap();
        assert_eq!(std::fs::read_to_string(&spec).unwrap(), stored, "{file} is not {revision}'s spec");
    }
}

fn options(sides: Sides, json: bool) -> Options {
    Options { sides, json, fail_on_breaking: true }
}

#[test]
fn xtask_api_diff_prints_the_reports_and_fails_on_breaking_changes() {
    let root = tests::workspace_root();
    let pair = |case: &str| Sides::Files {
        old: PathBuf::from(format!("tests/fixtures/api-diff/{case}/old.yaml")),
        new: PathBuf::from(format!("tests/fixtures/api-diff/{case}/new.yaml")),
    };
    let expected = |case: &str, file: &str| std::fs::read_to_string(fixtures().join(case).join(file)).unwrap();
    let breaking = api_diff::run(&root, &options(pair("field-removed"), false)).unwrap();
    assert!(breaking.failed);
    assert_eq!(breaking.report, expected("field-removed", "expected.txt"));
    let compatible = api_diff::run(&root, &options(pair("enum-value-added"), true)).unwrap();
    assert!(!compatible.failed);
    assert_eq!(compatible.report, expected("enum-value-added", "expected.json"));
    let missing = api_diff::run(&root, &options(pair("no-such-case"), false)).unwrap_err();
    assert!(missing.contains("tests/fixtures/api-diff/no-such-case/old.yaml"), "{missing}");
}

#[test]
fn xtask_api_diff_reads_the_spec_at_a_revision() {
    let root = tests::workspace_root();
    let run = api_diff::run(&root, &options(Sides::Base { revision: "HEAD".into(), spec: xtask::SPEC.into() }, false));
    let run = run.unwrap();
    assert!(run.report.starts_with("spec/openai.yaml at HEAD ("), "{}", run.report);
    assert!(run.report.contains(") → the working tree\nAPI changes ("), "{}", run.report);
    assert!(run.report.contains("\nVersion bump: "), "{}", run.report);
    let unknown = Sides::Base { revision: "no-such-branch".into(), spec: xtask::SPEC.into() };
    let err = api_diff::run(&root, &options(unknown, false)).unwrap_err();
    assert!(err.contains("`no-such-branch` is not a git revision"), "{err}");
    let absent = Sides::Base { revision: "HEAD".into(), spec: "spec/absent.yaml".into() };
    let err = api_diff::run(&root, &options(absent, false)).unwrap_err();
    assert!(err.starts_with("spec/absent.yaml does not exist at HEAD ("), "{err}");
}

#[test]
fn the_committed_surface_is_the_spec_s() {
    // What the drift check compares, at the level of the API: the committed crate's
    // surface and the spec's, read through `api_surface` from either kind of file.
    let root = tests::workspace_root();
    let committed = root.join(xtask::OUT).join(generator::surface::SURFACE_FILE);
    let report = report(&committed, &root.join(xtask::SPEC));
    assert!(report.is_empty(), "{}", report.to_text());
}
