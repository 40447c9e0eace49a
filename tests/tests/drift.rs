//! Drift: `cargo xtask codegen --check` passes on the committed tree and fails, naming every
//! difference and the fixing command, when the generated crate was edited by hand; when the
//! API it was generated from differs from the spec's, the check says what changed for users
//! of the crate before the text diff.

use std::path::Path;

use xtask::{FIX_COMMAND, Mode, OUT, codegen};

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn committed_client_is_in_sync() {
    let root = tests::workspace_root();
    let outcome = codegen(&root, &root.join(OUT), Mode::Check);
    assert!(outcome.success, "generated-client/ has drifted:\n{}", outcome.log);
    assert!(outcome.log.contains("is up to date"), "{}", outcome.log);
    // Every stage reports its time.
    for stage in ["load", "normalize", "resolve", "lower", "surface", "emit", "format", "check"] {
        assert!(outcome.log.contains(&format!("{stage} ")), "no timing for {stage}:\n{}", outcome.log);
    }
}

#[test]
fn check_fails_on_an_edited_a_deleted_and_an_extra_file() {
    let root = tests::workspace_root();
    let copy = tempfile::tempdir().unwrap();
    copy_dir(&root.join(OUT), copy.path());
    let edited = copy.path().join("src/types/images.rs");
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(&edited, text.replacen("pub struct", "pub(crate) struct", 1)).unwrap();
    std::fs::remove_file(copy.path().join("src/resources/models.rs")).unwrap();
    std::fs::write(copy.path().join("src/notes.rs"), "// hand-written\n").unwrap();

    let outcome = codegen(&root, copy.path(), Mode::Check);
    assert!(!outcome.success, "check passed on a modified copy:\n{}", outcome.log);
    let report = outcome.report.expect("a report");
    assert_eq!(report.changed, vec![Path::new("src/types/images.rs")]);
    assert_eq!(report.missing, vec![Path::new("src/resources/models.rs")]);
    assert_eq!(report.stale, vec![Path::new("src/notes.rs")]);
    assert!(outcome.log.contains("-pub(crate) struct") && outcome.log.contains("+pub struct"), "{}", outcome.log);
    assert!(outcome.log.contains(&format!("run `{FIX_COMMAND}`")), "{}", outcome.log);
    // Check mode wrote nothing.
    assert!(copy.path().join("src/notes.rs").exists());
    assert!(!copy.path().join("src/resources/models.rs").exists());

    // Regenerating repairs the copy, and the check then passes.
    assert!(codegen(&root, copy.path(), Mode::Write).success);
    let outcome = codegen(&root, copy.path(), Mode::Check);
    assert!(outcome.success, "{}", outcome.log);
    assert!(!copy.path().join("src/notes.rs").exists());
}

#[test]
fn generation_is_deterministic() {
    let root = tests::workspace_root();
    let options = generator::Options::default().with_crate_name(xtask::CRATE_NAME).with_regenerate_command(FIX_COMMAND);
    let first = generator::generate(&root.join(xtask::SPEC), &options).unwrap();
    let second = generator::generate(&root.join(xtask::SPEC), &options).unwrap();
    assert_eq!(first.files, second.files);
    for (path, text) in &first.files {
        assert!(!text.contains(root.to_str().unwrap()), "{} leaks an absolute path", path.display());
    }
}

#[test]
fn check_reports_the_api_changes_before_the_diff() {
    use generator::surface::{SURFACE_FILE, Surface, TypeShape};

    let root = tests::workspace_root();
    let copy = tempfile::tempdir().unwrap();
    copy_dir(&root.join(OUT), copy.path());
    // An older edition of the API: without `GET /models` and one enum value.
    let path = copy.path().join(SURFACE_FILE);
    let mut surface = Surface::from_json(&path, &std::fs::read_to_string(&path).unwrap()).unwrap();
    surface.operations.retain(|op| (op.method.as_str(), op.path.as_str()) != ("GET", "/models"));
    let (name, value) = surface
        .types
        .iter_mut()
        .find_map(|t| match &mut t.shape {
            TypeShape::Enum { values, .. } if values.len() > 2 => Some((t.name.clone(), values.pop().unwrap().value)),
            _ => None,
        })
        .unwrap();
    std::fs::write(&path, surface.to_json()).unwrap();

    let outcome = codegen(&root, copy.path(), Mode::Check);
    assert!(!outcome.success);
    let log = &outcome.log;
    let added_op = "Operations:\n  compatible  GET /models (models.list): added\n";
    let added_value = format!("  compatible  {name}: value {value} added");
    let summary = log.find(added_op);
    assert!(summary.is_some() && log.contains(&added_value), "{log}");
    assert!(log.contains("Version bump: minor (compatible additions)"), "{log}");
    assert!(summary < log.find("--- a/api-surface.json"), "the summary comes before the diff:\n{log}");
    assert_eq!(outcome.report.unwrap().changed, vec![Path::new(SURFACE_FILE)]);
}
