//! Negative fixtures: each spec under `tests/fixtures/invalid/<case>.yaml` (or `.json`)
//! must fail to generate with exactly the one-line error in `<case>.expected`, written as
//! the user sees it with the fixture directory left out: `<file>:<line>: <pointer>: <message>`.
//! Every message must name the file, the line and the JSON pointer of the problem.
//! After an intended change of wording, `UPDATE_EXPECTED=1 cargo test -p tests --test
//! invalid_specs` rewrites the `.expected` files.

use std::path::{Path, PathBuf};

use generator::{Options, generate};

const UPDATE_COMMAND: &str = "UPDATE_EXPECTED=1 cargo test -p tests --test invalid_specs";

fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut specs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .collect();
    specs.sort();
    specs
}

/// `<file>:<line>: <pointer>: <message>` with a pointer that is `#` or starts with `/`. The
/// file is the case's spec or, for a problem in a file the spec references, one in the
/// folder named like the case (`<case>/pet.yaml`).
fn is_located(message: &str, file: &str) -> bool {
    let folder = format!("{}/", file.rsplit_once('.').map_or(file, |(stem, _)| stem));
    let in_folder = message.strip_prefix(folder.as_str()).and_then(|r| r.split_once(':').map(|(_, rest)| rest));
    let Some(rest) = message.strip_prefix(file).and_then(|r| r.strip_prefix(':')).or(in_folder) else { return false };
    let Some((line, rest)) = rest.split_once(": ") else { return false };
    let Some((pointer, text)) = rest.split_once(": ") else { return false };
    line.parse::<usize>().is_ok_and(|l| l > 0) && (pointer == "#" || pointer.starts_with('/')) && !text.is_empty()
}

#[test]
fn invalid_specs_fail_with_their_located_message() {
    let dir = tests::workspace_root().join("tests/fixtures/invalid");
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let prefix = format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR);
    let specs = cases(&dir);
    assert!(specs.len() >= 20, "expected the negative fixtures in {}", dir.display());
    let mut failures = Vec::new();
    for spec in &specs {
        let file = spec.file_name().unwrap().to_string_lossy().into_owned();
        let expected_path = spec.with_extension("expected");
        let actual = match generate(spec, &Options::default()) {
            Ok(generated) => {
                failures
                    .push(format!("{file}: generated {} files, but this spec must be rejected", generated.files.len()));
                continue;
            }
            Err(err) => err.to_string().replace(&prefix, ""),
        };
        if !is_located(&actual, &file) {
            failures.push(format!("{file}: the message does not name the file, line and JSON pointer:\n  {actual}"));
        }
        if update {
            std::fs::write(&expected_path, format!("{actual}\n")).unwrap();
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected.trim_end() == actual => {}
            Ok(expected) => {
                failures.push(format!("{file}:\n  expected: {}\n  actual:   {actual}", expected.trim_end()))
            }
            Err(_) => failures.push(format!("{file}: no {} (the message is: {actual})", expected_path.display())),
        }
    }
    // An `.expected` without its spec is a case that silently stopped running.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "expected")
            && !specs.iter().any(|s| s.with_extension("expected") == path)
        {
            failures.push(format!("{}: no spec beside it", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} negative fixtures failed (run `{UPDATE_COMMAND}` if the new wording is intended):\n{}",
        failures.len(),
        specs.len(),
        failures.join("\n")
    );
}

#[test]
fn located_messages_are_recognized() {
    assert!(is_located("a.yaml:3: /paths/~1a: broken", "a.yaml"));
    assert!(is_located("a.yaml:1: #: broken", "a.yaml"));
    assert!(!is_located("a.yaml: /paths: broken", "a.yaml"));
    assert!(!is_located("a.yaml:3: paths: broken", "a.yaml"));
    assert!(!is_located("b.yaml:3: /paths: broken", "a.yaml"));
}
