//! Mutation fuzzer: no input may make the generator panic.
//!
//! Seeds are the golden fixture specs (`tests/fixtures/golden/*/spec.yaml`), the negative
//! fixtures (`tests/fixtures/invalid/*`) and `spec/openai.yaml`. Each input is one seed with
//! a few random structural mutations applied to its parsed JSON value (keys deleted,
//! duplicated or renamed, values swapped for other JSON types, `$ref`s broken, reference
//! cycles inserted, `type` changed, containers emptied, huge numbers, odd strings, subtrees
//! grafted elsewhere, 3.1 keywords sprinkled in), serialized back to YAML or JSON; or, for
//! the loader, a few text mutations of the seed (lines deleted, duplicated, swapped,
//! re-indented, tabs, truncation, stray YAML tokens). The whole pipeline up to `format` runs
//! in memory on it ([`generator::generate_from_text`]; nothing is written) under
//! `catch_unwind`.
//!
//! Every input is derived from the base seed and its index alone, so a run is
//! deterministic and one input can be replayed on its own. Environment variables:
//!
//! - `FUZZ_ITERATIONS=20000`: how many inputs (default 300, a few seconds);
//! - `FUZZ_SEED=n`: the base seed (default fixed);
//! - `FUZZ_ONLY=i`: run input `i` only and print it (replay a failure);
//! - `FUZZ_THREADS=n`: worker threads (default: available parallelism);
//! - `FUZZ_TRACE=1`: print each input's index before running it (a stack overflow aborts
//!   the process before anything can be reported).
//!
//! The test fails on any panic, printing the mutations, the spec and the replay command;
//! on any error that is not a located spec error (an internal error, or a spec error
//! without a line), since both mean a user gets an unclear message; and on any successful
//! generation with a `Cargo.toml` that is not TOML, a `.rs` file that is not Rust, or an
//! `api-surface.json` that does not read back as its surface or diffs wrongly (against
//! itself, and against an empty API both ways).
//!
//! This file holds the test and its settings; the rest is split by concern:
//!
//! - [`rng`]: the deterministic random generator;
//! - [`vocabulary`]: the odd strings, names, keys and values mutations draw from;
//! - [`nodes`]: paths into a JSON value (walking, looking up, picking a random node);
//! - [`mutations`]: the structural and text mutation operators;
//! - [`inputs`]: the seed specs, and input `index` derived from them and the base seed;
//! - [`run`]: running inputs (panic capture, output checks, worker threads, replay);
//! - [`report`]: tallying outcomes, failure reports and the long mode's audit.

mod inputs;
mod mutations;
mod nodes;
mod report;
mod rng;
mod run;
mod vocabulary;

use std::time::Instant;

use inputs::seeds;
use report::{failure_report, print_audit};
use run::{Run, campaign, install_panic_hook, replay};

const DEFAULT_ITERATIONS: u64 = 300;
const DEFAULT_SEED: u64 = 0x0005_eed0_fa11_1a7e;

/// A number from the environment, decimal or `0x` hexadecimal.
fn env_u64(name: &str) -> Option<u64> {
    let raw = std::env::var(name).ok()?;
    let raw = raw.trim();
    let parsed = match raw.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => raw.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={raw} is not a number")))
}

#[test]
fn mutated_specs_never_panic() {
    let base = env_u64("FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    install_panic_hook();
    if let Some(only) = env_u64("FUZZ_ONLY") {
        return replay(&seeds(), base, only);
    }
    let run = Run {
        seeds: seeds(),
        base,
        iterations: env_u64("FUZZ_ITERATIONS").unwrap_or(DEFAULT_ITERATIONS),
        threads: env_u64("FUZZ_THREADS")
            .map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), |n| n.max(1) as usize),
        trace: std::env::var_os("FUZZ_TRACE").is_some(),
    };
    let started = Instant::now();
    let tally = campaign(&run);
    println!(
        "fuzz: {} inputs (seed {base:#x}, {} threads) in {:.1} s: {} panics, {} errors ({} located, {} without a line, {} internal), \
         {} generated successfully ({} with an invalid file); slowest input {} took {:.0} ms",
        tally.ran,
        run.threads,
        started.elapsed().as_secs_f64(),
        tally.count("panics"),
        tally.located + tally.count("spec errors without a line") + tally.count("internal errors"),
        tally.located,
        tally.count("spec errors without a line"),
        tally.count("internal errors"),
        tally.generated + tally.count("invalid generated files"),
        tally.count("invalid generated files"),
        tally.slowest.1,
        tally.slowest.0.as_secs_f64() * 1000.0,
    );
    if run.iterations > DEFAULT_ITERATIONS {
        print_audit(&tally);
    }
    assert!(tally.failures.is_empty(), "{}", failure_report(&tally, base));
}
