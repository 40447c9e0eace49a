//! Conformance: every operation of `spec/openai.yaml`, called through the generated client,
//! against Steady serving the official reference spec.
//!
//! Steady checks each request strictly against the reference (a 400 with its explanation
//! when it does not match the real API) and answers with random data valid for the
//! reference's response schema, event streams included. A case passes when every call
//! succeeds and every response and stream event decodes into our types.
//!
//! The whole suite runs [`RUNS`] times per operation (each run with its own generator seed,
//! so the random answers differ), first against a default Steady and then against one
//! started with `--validator-strict-oneof`, which also rejects a request that matches more
//! than one `oneOf` member of the reference.
//!
//! `CONFORMANCE_SEED` (a number) moves the seeds, to explore other random answers.

#[path = "conformance/cases.rs"]
mod cases;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use futures::StreamExt;
use openai_client::Client;
use tests::steady::Steady;

use cases::{CASES, Case, CaseResult};

/// How many times each operation is called in each mode.
const RUNS: u64 = 5;

/// How many calls are in flight at once.
const CONCURRENCY: usize = 8;

/// The two ways Steady is started: its default validator, and strict `oneOf` matching.
const MODES: &[(&str, &[&str])] =
    &[("default", &[]), ("strict-oneof", &["--validator-strict-oneof"])];

/// Streams are sent without pauses so the suite stays fast (Steady waits 100 ms by default).
const STEADY_ARGS: &[&str] = &["--stream-interval=0", "--log-level=summary"];

#[test]
fn every_operation_conforms_to_the_reference() {
    let operations = spec_operation_ids();
    assert_eq!(operations.len(), 67, "spec/openai.yaml should describe 67 HTTP operations");
    check_case_table_matches(&operations);

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let base_seed: u64 = std::env::var("CONFORMANCE_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let mut report = Vec::new();
    for (index, (mode, args)) in MODES.iter().enumerate() {
        let started = Instant::now();
        let steady = Steady::start(&[STEADY_ARGS, args].concat()).expect("start Steady");
        let first_seed = base_seed + index as u64 * RUNS;
        let failures = runtime.block_on(run_suite(&steady.base_url(), first_seed));
        let failed_ops: BTreeSet<&str> = failures.iter().map(|f| f.operation).collect();
        let passed = operations.len() - failed_ops.len();
        println!(
            "conformance: {passed}/{} operations ({mode}, {RUNS} runs each, seeds {first_seed}..{}, {:.1?})",
            operations.len(),
            first_seed + RUNS - 1,
            started.elapsed()
        );
        report.extend(failures.into_iter().map(|f| format!("[{mode}] {f}")));
    }
    assert!(report.is_empty(), "{} failing calls:\n\n{}", report.len(), report.join("\n\n"));
}

/// One failed call of one operation in one run.
struct Failure {
    operation: &'static str,
    seed: u64,
    message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (X-Steady-Seed: {}): {}", self.operation, self.seed, self.message)
    }
}

/// Runs every case [`RUNS`] times against the server at `base_url`; returns the failures.
async fn run_suite(base_url: &str, first_seed: u64) -> Vec<Failure> {
    let calls = (first_seed..first_seed + RUNS)
        .flat_map(|seed| CASES.iter().map(move |(operation, case)| (seed, *operation, *case)));
    futures::stream::iter(calls)
        .map(|(seed, operation, case)| async move {
            let result = run_case(base_url, seed, case).await;
            result.err().map(|message| Failure { operation, seed, message })
        })
        .buffer_unordered(CONCURRENCY)
        .filter_map(|failure| async move { failure })
        .collect()
        .await
}

async fn run_case(base_url: &str, seed: u64, case: Case) -> CaseResult {
    let client = Client::builder()
        .api_key("sk-conformance-test")
        .base_url(base_url)
        .max_retries(0)
        .timeout(Duration::from_secs(30))
        .default_header("X-Steady-Seed", seed.to_string())
        .build()
        .map_err(|e| format!("client: {e}"))?;
    case(client).await
}

/// The `operationId`s of every HTTP operation in `spec/openai.yaml`, read at test time so
/// an operation added to the spec without a conformance case fails the test.
fn spec_operation_ids() -> BTreeSet<String> {
    let path = tests::workspace_root().join("spec/openai.yaml");
    let text = std::fs::read_to_string(&path).expect("read spec/openai.yaml");
    let spec: serde_yaml::Value = serde_yaml::from_str(&text).expect("parse spec/openai.yaml");
    let paths = spec["paths"].as_mapping().expect("spec has paths");
    let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    let mut ids = BTreeSet::new();
    for item in paths.values() {
        for method in methods {
            if let Some(operation) = item.get(method) {
                let id = operation["operationId"].as_str().expect("every operation has an operationId");
                assert!(ids.insert(id.to_owned()), "duplicate operationId {id}");
            }
        }
    }
    ids
}

/// Every operation needs exactly one case, and every case must belong to an operation.
fn check_case_table_matches(operations: &BTreeSet<String>) {
    let cases: BTreeSet<String> = CASES.iter().map(|(id, _)| (*id).to_owned()).collect();
    assert_eq!(cases.len(), CASES.len(), "an operation has two conformance cases");
    let missing: Vec<_> = operations.difference(&cases).collect();
    let unknown: Vec<_> = cases.difference(operations).collect();
    assert!(missing.is_empty(), "operations without a conformance case: {missing:?}");
    assert!(unknown.is_empty(), "conformance cases for operations not in the spec: {unknown:?}");
}
