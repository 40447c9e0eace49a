//! Compile tests (trybuild): the README's usage example builds against the generated client,
//! and misuse of the generated API is rejected with the expected errors.

use std::path::Path;

/// The first ```rust block of the README. trybuild runs what it builds, and the example
/// talks to the real API, so its `main` is renamed and a `main` that does not call it is
/// added; everything else compiles exactly as written.
fn readme_example() -> String {
    let readme = std::fs::read_to_string(tests::workspace_root().join("README.md")).unwrap();
    let start = readme.find("```rust\n").expect("README has a ```rust example") + "```rust\n".len();
    let end = start + readme[start..].find("```").expect("the example block is closed");
    let example = &readme[start..end];
    assert!(example.contains("async fn main()"), "the README example has an async main");
    format!(
        "{}\nfn main() {{\n    let _ = readme_main;\n}}\n",
        example.replace("async fn main()", "async fn readme_main()")
    )
}

#[test]
fn readme_example_compiles_and_misuse_does_not() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile");
    std::fs::create_dir_all(&dir).unwrap();
    let example = dir.join("readme_example.rs");
    std::fs::write(&example, readme_example()).unwrap();
    let cases = trybuild::TestCases::new();
    cases.pass(&example);
    cases.compile_fail(tests::workspace_root().join("tests/ui/fail/*.rs"));
}
