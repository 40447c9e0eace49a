//! Project tasks as a library, so tests run exactly what `cargo xtask` runs.
//!
//! `codegen` regenerates `generated-client/` from `spec/openai.yaml`; in check mode it
//! writes nothing and fails, with the API changes, a bounded diff and the fixing command,
//! when the committed crate has drifted from spec + generator. Both modes report what
//! changed for users of the crate — from the API the committed crate was generated from
//! (its `api-surface.json`) to the one the spec and the generator give now — each change
//! breaking or compatible, and the version bump. `api_diff` prints the same report for two
//! specs, or for the spec at a git revision and in the working tree. `corpus` runs the generator over a corpus of
//! public specs (`cargo xtask corpus`, see its module docs); `compile_cost` measures what
//! building the generated client costs beside async-openai (`cargo xtask compile-cost`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use generator::{Options, diff, generate, write};

pub mod api_diff;
pub mod compile_cost;
pub mod corpus;

pub use generator::write::Mode;

pub mod steady;

/// The flagship client: where it comes from and where it goes.
pub const SPEC: &str = "spec/openai.yaml";
pub const OUT: &str = "generated-client";
pub const CRATE_NAME: &str = "openai-client";
pub const FIX_COMMAND: &str = "cargo xtask codegen";

/// What a run printed and whether it succeeded.
#[derive(Debug)]
pub struct Outcome {
    pub success: bool,
    /// Everything the run reports, in order (stage timings, drift, diff, fix command).
    pub log: String,
    pub report: Option<write::Report>,
}

/// The workspace root (this crate lives in `<root>/xtask`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// How the flagship is generated: with its per-operation tests (`tests/api.rs`).
pub fn options() -> Options {
    Options::default().with_crate_name(CRATE_NAME).with_regenerate_command(FIX_COMMAND).with_tests(true)
}

/// Regenerates (or checks) the client crate in `out_dir` from the spec under `root`.
pub fn codegen(root: &Path, out_dir: &Path, mode: Mode) -> Outcome {
    let mut log = String::new();
    let started = Instant::now();
    let options = options();
    let generated = match generate(&root.join(SPEC), &options) {
        Ok(generated) => generated,
        Err(err) => {
            let mut log = format!("error: {err}\n");
            match write::save_unformatted(&std::env::temp_dir(), &err) {
                Some(Ok(dump)) => _ = writeln!(log, "the unformatted source is in {}", dump.display()),
                Some(Err(save)) => _ = writeln!(log, "the unformatted source could not be saved: {save}"),
                None => {}
            }
            return Outcome { success: false, log, report: None };
        }
    };
    for warning in &generated.warnings {
        let _ = writeln!(log, "{warning}");
    }
    let shown = out_dir.strip_prefix(root).unwrap_or(out_dir).display().to_string();
    // Read before writing: the API the crate in `out_dir` was generated from.
    let api_changes = diff::against_generated(out_dir, &format!("{shown}/"), &generated.surface);
    let write_started = Instant::now();
    let report = match write::sync(out_dir, &generated.files, mode) {
        Ok(report) => report,
        Err(err) => return Outcome { success: false, log: format!("{log}error: {err}\n"), report: None },
    };
    let mut timings = generated.timings.clone();
    timings.push((if mode == Mode::Check { "check" } else { "write" }, write_started.elapsed()));
    let success = match mode {
        Mode::Check if !report.is_clean() => {
            let _ = writeln!(log, "{shown}/ is out of date with {SPEC} and the generator:\n{}", report.summary());
            let _ = writeln!(
                log,
                "What changed for users of the crate, from the API it was generated from to what {SPEC} gives now:"
            );
            let _ = writeln!(log, "{api_changes}");
            let _ = writeln!(log, "{}", report.diff);
            let _ = writeln!(log, "run `{FIX_COMMAND}` and commit the result");
            false
        }
        Mode::Check => {
            let _ = writeln!(log, "{shown}/ is up to date");
            true
        }
        Mode::Write => {
            let _ = writeln!(log, "What changed for users of the crate:\n{api_changes}");
            true
        }
    };
    let stages: Vec<String> =
        timings.iter().map(|(stage, took)| format!("{stage} {:.1} ms", took.as_secs_f64() * 1000.0)).collect();
    let total = started.elapsed().as_secs_f64() * 1000.0;
    let totals = report.totals(generated.files.len(), Path::new(&format!("{shown}/")), mode);
    let _ = writeln!(log, "{totals} in {total:.0} ms ({})", stages.join(", "));
    Outcome { success, log, report: Some(report) }
}
