//! One Cargo feature per API group: the flagship crate builds and lints warning-free
//! (`cargo clippy -D warnings`) with its default features, with `full` alone (every group's
//! types without the HTTP client: the types-only build), and with one group and TLS
//! (`tls-graviola,chat`: the client of one group, which turns on the groups whose types it
//! uses), and the opt-in group alone (`tls-graviola,admin`: outside `full`, so no other
//! build here compiles it without the rest). The types-only build's dependency tree holds
//! no HTTP, TLS or async crate.
//! `official_spec.rs` lints it with every feature on; the loop over every group alone is
//! in `docs/architecture.md` (too slow for the test command).

use std::path::Path;
use std::process::Command;

use generator::generate;

#[test]
fn the_flagship_builds_warning_free_with_default_full_types_only_one_group_and_the_opt_in_group() {
    let root = tests::workspace_root();
    let generated = generate(&root.join(xtask::SPEC), &xtask::options())
        .unwrap_or_else(|err| panic!("{} does not generate: {err}", xtask::SPEC));
    let cargo_toml = &generated.files[Path::new("Cargo.toml")];
    assert!(cargo_toml.contains("default = [\"client\", \"tls-graviola\", \"full\"]"), "{cargo_toml}");
    assert!(cargo_toml.contains("\nchat = ["), "no chat feature in\n{cargo_toml}");
    assert!(cargo_toml.contains("\n# Groups outside `full`, built only when named.\nadmin = []\n"), "{cargo_toml}");
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("group_features");
    tests::crates::write_workspace(&work, &[(xtask::CRATE_NAME.to_owned(), generated.files)]);
    let types_only: &[&str] = &["--no-default-features", "--features", "full"];
    let builds: [&[&str]; 4] = [
        &[],
        types_only,
        &["--no-default-features", "--features", "tls-graviola,chat"],
        &["--no-default-features", "--features", "tls-graviola,admin"],
    ];
    for features in builds {
        let mut args = vec!["clippy", "--workspace", "--lib", "--offline", "--quiet"];
        args.extend(features);
        args.extend(["--", "-D", "warnings"]);
        if let Err(failure) = tests::crates::cargo(&work, &args, &[]) {
            panic!("`cargo {}` is not warning-free:\n{failure}", args.join(" "));
        }
    }

    let crates = dependency_tree(&work, types_only);
    for http in ["reqwest", "hyper", "http", "tokio", "rustls", "futures-core", "percent-encoding"] {
        assert!(!crates.iter().any(|c| c == http), "the types-only build depends on {http}: {crates:?}");
    }
    assert!(crates.iter().any(|c| c == "serde_json"), "{crates:?}");
    // The default build does have the client's stack (the check above can fail).
    let crates = dependency_tree(&work, &[]);
    assert!(["reqwest", "tokio", "rustls"].iter().all(|c| crates.iter().any(|d| d == c)), "{crates:?}");
}

/// The names of the crates the generated crate depends on (normal dependencies, every depth).
fn dependency_tree(work: &Path, features: &[&str]) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["tree", "--offline", "-p", xtask::CRATE_NAME, "-e", "normal", "--prefix", "none", "--format", "{p}"])
        .args(features)
        .current_dir(work)
        .output()
        .expect("cargo tree runs");
    assert!(output.status.success(), "cargo tree failed:\n{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().filter_map(|line| line.split_whitespace().next()).map(str::to_owned).collect()
}
