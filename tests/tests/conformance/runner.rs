//! Runs conformance cases against Steady serving the reference spec: every case once per
//! seed, in both validator modes, and a report of what failed (see `conformance.rs`).

use std::collections::BTreeSet;
use std::io::Write;
use std::time::{Duration, Instant};

use futures::StreamExt;
use openai_client::Client;
use tests::steady::Steady;

use super::support::{Case, CaseResult};

/// How many times each operation is called in each mode (`CONFORMANCE_RUNS` overrides it).
pub const RUNS: u64 = 10;

/// How many calls are in flight at once.
const CONCURRENCY: usize = 8;

/// The two ways Steady is started: its default validator, and strict `oneOf` matching.
const MODES: &[(&str, &[&str])] = &[("default", &[]), ("strict-oneof", &["--validator-strict-oneof"])];

/// How Steady is started in both modes.
///
/// - Objects in query strings and arrays and objects in multipart bodies are read in the
///   bracket form (`metadata[key]=v`, `include[]=a`, `expires_after[anchor]=...`), which is
///   how the service reads them and how the official SDKs send them; OpenAI's own SDKs run
///   Steady with these flags. The reference cannot say so itself: it declares no `style`
///   on some object parameters and no `encoding` for multipart bodies. Query arrays keep
///   the style the reference declares for each parameter.
/// - Streams are sent without pauses so the suite stays fast (Steady waits 100 ms by default).
const STEADY_ARGS: &[&str] = &[
    "--validator-query-object-format=brackets",
    "--validator-form-array-format=brackets",
    "--validator-form-object-format=brackets",
    "--stream-interval=0",
    "--log-level=summary",
];

/// Runs `cases` in both modes and fails with every failing operation; `operations` is the
/// number the summary lines count against.
pub fn run(cases: &[(&'static str, Case)], operations: usize) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let base_seed = env_number("CONFORMANCE_SEED").unwrap_or(1);
    let runs = env_number("CONFORMANCE_RUNS").unwrap_or(RUNS);
    let mut report = Vec::new();
    for (index, (mode, args)) in MODES.iter().enumerate() {
        let started = Instant::now();
        let steady = Steady::start(&[STEADY_ARGS, args].concat()).expect("start Steady");
        let seeds = base_seed + index as u64 * runs..base_seed + (index as u64 + 1) * runs;
        let failures = runtime.block_on(run_suite(cases, &steady.base_url(), seeds.clone()));
        let failed_ops: BTreeSet<&str> = failures.iter().map(|f| f.operation).collect();
        let passed = operations - failed_ops.len();
        // Written to stdout directly, not with `println!`, so the line shows even when the
        // test harness captures the output of a passing test.
        let summary = format!(
            "conformance: {passed}/{operations} operations ({mode}, {runs} runs each, seeds {}..={}, {:.1?})\n",
            seeds.start,
            seeds.end - 1,
            started.elapsed()
        );
        std::io::stdout().write_all(summary.as_bytes()).expect("write to stdout");
        report.extend(summarize(mode, failures));
    }
    assert!(report.is_empty(), "failing operations:\n\n{}", report.join("\n\n"));
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(value.parse().unwrap_or_else(|_| panic!("{name} must be a number, not {value:?}")))
}

/// One entry per failing operation: its first failure in full, then the other seeds that
/// failed with a different message (identical repeats are only counted).
fn summarize(mode: &str, mut failures: Vec<Failure>) -> Vec<String> {
    failures.sort_by(|a, b| (a.operation, a.seed).cmp(&(b.operation, b.seed)));
    let mut out: Vec<String> = Vec::new();
    let mut index = 0;
    while index < failures.len() {
        let operation = failures[index].operation;
        let group: Vec<&Failure> = failures[index..].iter().take_while(|f| f.operation == operation).collect();
        index += group.len();
        let mut messages: Vec<&Failure> = Vec::new();
        for failure in &group {
            if !messages.iter().any(|m| m.message == failure.message) {
                messages.push(failure);
            }
        }
        let shown: Vec<String> = messages.iter().map(|f| f.to_string()).collect();
        out.push(format!("[{mode}] {operation}: {} of its runs failed\n{}", group.len(), shown.join("\n")));
    }
    out
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

/// Runs every case once per seed against the server at `base_url`; returns the failures.
async fn run_suite(cases: &[(&'static str, Case)], base_url: &str, seeds: std::ops::Range<u64>) -> Vec<Failure> {
    let calls = seeds.flat_map(|seed| cases.iter().map(move |&(operation, case)| (seed, operation, case)));
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
        .default_header("X-Steady-Array-Size", array_size(seed).to_string())
        .build()
        .map_err(|e| format!("client: {e}"))?;
    case(client).await
}

/// Steady makes every array one element long by default; every second run asks for three,
/// so that one answer carries several members of a union (output items, content parts...).
fn array_size(seed: u64) -> u32 {
    if seed.is_multiple_of(2) { 3 } else { 1 }
}
