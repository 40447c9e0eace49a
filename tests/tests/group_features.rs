//! One Cargo feature per API group: the flagship crate builds and lints warning-free
//! (`cargo clippy -D warnings`) with its default features, with `full` alone (every group,
//! no TLS default) and with one group alone (`chat`, which turns on the groups whose types
//! it uses). `official_spec.rs` lints it with every feature on; the loop over every group
//! alone is in `docs/architecture.md` (too slow for the test command).

use std::path::Path;

use generator::generate;

#[test]
fn the_flagship_builds_warning_free_with_default_full_and_one_group() {
    let root = tests::workspace_root();
    let generated = generate(&root.join(xtask::SPEC), &xtask::options())
        .unwrap_or_else(|err| panic!("{} does not generate: {err}", xtask::SPEC));
    let cargo_toml = &generated.files[Path::new("Cargo.toml")];
    assert!(cargo_toml.contains("default = [\"tls-graviola\", \"full\"]"), "{cargo_toml}");
    assert!(cargo_toml.contains("\nchat = ["), "no chat feature in\n{cargo_toml}");
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("group_features");
    tests::crates::write_workspace(&work, &[(xtask::CRATE_NAME.to_owned(), generated.files)]);
    let builds: [&[&str]; 3] = [
        &[],
        &["--no-default-features", "--features", "full"],
        &["--no-default-features", "--features", "tls-graviola,chat"],
    ];
    for features in builds {
        let mut args = vec!["clippy", "--workspace", "--lib", "--offline", "--quiet"];
        args.extend(features);
        args.extend(["--", "-D", "warnings"]);
        if let Err(failure) = tests::crates::cargo(&work, &args, &[]) {
            panic!("`cargo {}` is not warning-free:\n{failure}", args.join(" "));
        }
    }
}
