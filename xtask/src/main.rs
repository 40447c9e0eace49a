//! `cargo xtask codegen [--check]`, `cargo xtask api-diff ...`, `cargo xtask corpus ...`,
//! `cargo xtask corpus-install <DIR>` and `cargo xtask compile-cost`: see the library docs.

use std::path::Path;
use std::process::ExitCode;

use xtask::{Mode, OUT, api_diff, codegen, compile_cost, corpus, workspace_root};

const USAGE: &str = "usage: cargo xtask codegen [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let mode = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => Mode::Write,
        ["codegen", "--check"] => Mode::Check,
        ["corpus-install", dir] => return finish(corpus::install(&root, Path::new(dir))),
        ["api-diff", rest @ ..] => {
            let rest: Vec<String> = rest.iter().map(|s| (*s).to_owned()).collect();
            return match api_diff::Options::parse(&rest) {
                Ok(options) => run_api_diff(&root, &options),
                Err(err) => usage(&err),
            };
        }
        ["compile-cost", rest @ ..] => {
            let rest: Vec<String> = rest.iter().map(|s| (*s).to_owned()).collect();
            return match compile_cost::Options::parse(&rest) {
                Ok(options) => finish(compile_cost::run(&root, &options)),
                Err(err) => usage(&err),
            };
        }
        ["corpus", rest @ ..] => {
            let rest: Vec<String> = rest.iter().map(|s| (*s).to_owned()).collect();
            return match corpus::Options::parse(&rest) {
                Ok(options) => finish(corpus::run(&root, &options)),
                Err(err) => usage(&err),
            };
        }
        _ => return usage(""),
    };
    let outcome = codegen(&root, &root.join(OUT), mode);
    eprint!("{}", outcome.log);
    if outcome.success { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!("{USAGE}\n{}\n{}\n{}", api_diff::USAGE, corpus::USAGE, compile_cost::USAGE);
    ExitCode::from(2)
}

/// The report on stdout; 1 when `--fail-on-breaking` and a change is breaking, 2 on an error.
fn run_api_diff(root: &Path, options: &api_diff::Options) -> ExitCode {
    match api_diff::run(root, options) {
        Ok(run) => {
            eprint!("{}", run.notes);
            print!("{}", run.report);
            if run.failed {
                eprintln!("error: breaking API changes (--fail-on-breaking)");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

/// The report goes to stdout (so it can be redirected); progress went to stderr.
fn finish(outcome: Result<String, String>) -> ExitCode {
    match outcome {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
