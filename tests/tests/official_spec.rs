//! The official OpenAI spec (OpenAPI 3.1, 288 operations, 1,422 schemas, streaming,
//! multipart, binary, webhooks) generates a crate that builds with zero errors and zero
//! warnings, passes `clippy -D warnings` (all features, and the types alone) and documents
//! with rustdoc warnings denied; the spec's defects are worked around, each reported with its location. Our own spec's crate
//! gets the same build, lint and doc checks.

use std::path::Path;

use generator::{Options, generate};

#[test]
fn official_spec_and_our_spec_build_lint_and_document_clean() {
    let root = tests::workspace_root();
    let official = root.join("../shared/reference/openai-openapi.yaml");
    let generated = generate(&official, &Options::default().with_crate_name("openai-official"))
        .unwrap_or_else(|err| panic!("the official spec does not generate: {err}"));
    for warning in &generated.warnings {
        assert!(warning.location.pointer.starts_with('/'), "warning without a JSON pointer: {warning}");
        println!("{warning}");
    }
    let types = generated.files.keys().filter(|p| p.starts_with("src/types")).count();
    assert!(types > 10, "the official crate should have its types split into modules, got {types} files");

    let ours = generate(&root.join(xtask::SPEC), &Options::default().with_crate_name(xtask::CRATE_NAME)).unwrap();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("official");
    tests::crates::write_workspace(
        &work,
        &[("openai-official".to_owned(), generated.files), (xtask::CRATE_NAME.to_owned(), ours.files)],
    );
    if let Err(failure) = tests::crates::lint_and_document(&work) {
        panic!("generated crates are not warning-free: {failure}");
    }
}
