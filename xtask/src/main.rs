//! Project tasks. `cargo xtask codegen` regenerates `generated-client/` from
//! `spec/openai.yaml`; `cargo xtask codegen --check` writes nothing and fails (with a diff
//! and the fixing command) when the committed crate has drifted from spec + generator.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use generator::{Options, generate, write};

/// The flagship client: where it comes from and where it goes.
const SPEC: &str = "spec/openai.yaml";
const OUT: &str = "generated-client";
const CRATE_NAME: &str = "openai-client";
const FIX_COMMAND: &str = "cargo xtask codegen";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => codegen(write::Mode::Write),
        ["codegen", "--check"] => codegen(write::Mode::Check),
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            ExitCode::from(2)
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn codegen(mode: write::Mode) -> ExitCode {
    let root = workspace_root();
    let started = Instant::now();
    let options = Options::default().with_crate_name(CRATE_NAME).with_regenerate_command(FIX_COMMAND);
    let generated = match generate(&root.join(SPEC), &options) {
        Ok(generated) => generated,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    for warning in &generated.warnings {
        eprintln!("{warning}");
    }
    let write_started = Instant::now();
    let report = match write::sync(&root.join(OUT), &generated.files, mode) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    let mut timings = generated.timings.clone();
    timings.push((if mode == write::Mode::Check { "check" } else { "write" }, write_started.elapsed()));
    let stages: Vec<String> =
        timings.iter().map(|(stage, took)| format!("{stage} {:.1} ms", took.as_secs_f64() * 1000.0)).collect();
    eprintln!("stages: {}", stages.join(", "));
    eprintln!("total: {:.1} ms for {} files", started.elapsed().as_secs_f64() * 1000.0, generated.files.len());
    match mode {
        write::Mode::Check if !report.is_clean() => {
            eprintln!("\n{OUT}/ is out of date with {SPEC} and the generator:\n{}", report.summary());
            eprintln!("{}", report.diff);
            eprintln!("run `{FIX_COMMAND}` and commit the result");
            ExitCode::FAILURE
        }
        write::Mode::Check => {
            eprintln!("{OUT}/ is up to date");
            ExitCode::SUCCESS
        }
        write::Mode::Write => {
            let touched = report.changed.len() + report.missing.len() + report.stale.len();
            eprintln!("{OUT}/: {touched} files written or removed");
            ExitCode::SUCCESS
        }
    }
}
