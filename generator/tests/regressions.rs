//! Specs the fuzzer (`tests/fuzz/`) found trouble with that must generate. Specs that
//! must fail are negative fixtures under `tests/fixtures/invalid/` instead.

use std::path::Path;
use std::time::{Duration, Instant};

use generator::{Generated, Options, generate_from_text};

fn generate(spec: &str) -> Generated {
    generate_from_text(Path::new("spec.yaml"), spec, &Options::default()).unwrap_or_else(|err| panic!("{err}"))
}

#[test]
fn a_title_with_quotes_backslashes_and_newlines_keeps_cargo_toml_valid() {
    // Was: `description = "Async Rust client for \, ..."`, which is not TOML.
    let generated = generate(
        "openapi: 3.0.3\ninfo:\n  title: \"C:\\\\tools \\\"quoted\\\"\\nsecond line\"\n  version: '1'\npaths: {}\n",
    );
    let cargo = &generated.files[Path::new("Cargo.toml")];
    let table: toml::Table = cargo.parse().unwrap_or_else(|err| panic!("{err}\n{cargo}"));
    assert_eq!(
        table["package"]["description"].as_str(),
        Some("Async Rust client for C:\\tools \"quoted\" second line, generated from its OpenAPI description")
    );
}

#[test]
fn a_union_with_several_recursive_variants_generates_quickly() {
    // Was: the JSON kinds of `Node` were computed through every variant down to a depth of
    // 32, so two variants that are `Node` again took 2^32 steps.
    let started = Instant::now();
    generate(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Node:\n      oneOf:\n        - $ref: '#/components/schemas/Node'\n        - $ref: '#/components/schemas/Node'\n        - $ref: '#/components/schemas/Other'\n        - type: string\n    Other:\n      anyOf:\n        - $ref: '#/components/schemas/Node'\n        - $ref: '#/components/schemas/Other'\n        - type: integer\n",
    );
    assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
}

fn nested(depth: usize) -> String {
    let mut schema = "{type: string}".to_owned();
    for _ in 0..depth {
        schema = format!("{{type: object, properties: {{inner: {schema}}}}}");
    }
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Deep: {schema}\n"
    )
}

#[test]
fn the_deepest_nesting_the_parser_accepts_fits_a_test_threads_stack() {
    // The YAML and JSON readers stop at 128 levels (two per schema here); every stage must
    // handle what they accept on the default 2 MiB stack of a test (or async runtime) thread.
    let generated = generate(&nested(60));
    assert!(generated.files.keys().any(|p| p.ends_with("lib.rs")));
    let err = generate_from_text(Path::new("spec.yaml"), nested(64), &Options::default()).expect_err("too deep");
    assert!(err.to_string().starts_with("spec.yaml:6: "), "{err}");
    assert!(err.to_string().contains("recursion limit exceeded"), "{err}");
}
