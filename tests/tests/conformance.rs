//! Conformance: every operation of `spec/openai.yaml`, called through the generated client,
//! against Steady serving the official reference spec.
//!
//! Steady checks each request strictly against the reference (a 400 with its explanation
//! when it does not match the real API) and answers with random data valid for the
//! reference's response schema, event streams included. A case passes when every call
//! succeeds and every response and stream event decodes into our types.
//!
//! The whole suite runs `runner::RUNS` times per operation (each run with its own generator seed,
//! so the random answers differ), first against a default Steady and then against one
//! started with `--validator-strict-oneof`, which also rejects a request that matches more
//! than one `oneOf` member of the reference.
//!
//! `CONFORMANCE_SEED` (a number) moves the seeds and `CONFORMANCE_RUNS` changes the number of
//! runs, to explore other random answers; a failure names the seed that reproduces it.

/// `"operationId" => case_fn,` pairs as a module's `CASES` table.
macro_rules! cases {
    ($($id:literal => $case:ident,)*) => {
        pub const CASES: &[(&str, $crate::support::Case)] = &[
            $(($id, |client| Box::pin(async move { $case(&client).await }))),*
        ];
    };
}

#[path = "conformance/support.rs"]
mod support;

#[path = "conformance/runner.rs"]
mod runner;

// One module of cases per part of the API.
#[path = "conformance/admin_org.rs"]
mod admin_org;
#[path = "conformance/admin_usage.rs"]
mod admin_usage;
#[path = "conformance/audio_vs_chatkit.rs"]
mod audio_vs_chatkit;
#[path = "conformance/containers_media.rs"]
mod containers_media;
#[path = "conformance/evals.rs"]
mod evals;
#[path = "conformance/realtime.rs"]
mod realtime;
#[path = "conformance/responses_extra.rs"]
mod responses_extra;
#[path = "conformance/seed.rs"]
mod seed;

use std::collections::BTreeSet;

use support::Case;

/// Every module's cases.
fn all_cases() -> Vec<(&'static str, Case)> {
    [
        admin_org::CASES,
        admin_usage::CASES,
        audio_vs_chatkit::CASES,
        containers_media::CASES,
        evals::CASES,
        realtime::CASES,
        responses_extra::CASES,
        seed::CASES,
    ]
    .concat()
}

#[test]
fn every_operation_conforms_to_the_reference() {
    let operations = spec_operation_ids();
    check_case_table_matches(&operations);
    runner::run(&all_cases(), operations.len());
}

/// The `operationId`s of every HTTP operation in `spec/openai.yaml`, read at test time so
/// an operation added to the spec without a conformance case fails the test.
fn spec_operation_ids() -> BTreeSet<String> {
    let path = tests::workspace_root().join("spec/openai.yaml");
    let text = std::fs::read_to_string(&path).expect("read spec/openai.yaml");
    let spec: serde_yaml::Value = serde_yaml::from_str(&text).expect("parse spec/openai.yaml");
    let paths = spec["paths"].as_mapping().expect("spec has paths");
    let mut ids = BTreeSet::new();
    for item in paths.values() {
        for method in generator::ir::HttpMethod::ALL {
            if let Some(operation) = item.get(method.as_lower()) {
                let id = operation["operationId"].as_str().expect("every operation has an operationId");
                assert!(ids.insert(id.to_owned()), "duplicate operationId {id}");
            }
        }
    }
    ids
}

/// Every operation needs exactly one case, and every case must belong to an operation.
fn check_case_table_matches(operations: &BTreeSet<String>) {
    let table = all_cases();
    let cases: BTreeSet<String> = table.iter().map(|(id, _)| (*id).to_owned()).collect();
    assert_eq!(cases.len(), table.len(), "an operation has two conformance cases");
    let missing: Vec<_> = operations.difference(&cases).collect();
    let unknown: Vec<_> = cases.difference(operations).collect();
    assert!(missing.is_empty(), "operations without a conformance case: {missing:?}");
    assert!(unknown.is_empty(), "conformance cases for operations not in the spec: {unknown:?}");
}
