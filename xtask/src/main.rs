//! `cargo xtask codegen [--check]`, `cargo xtask corpus ...`, `cargo xtask
//! corpus-install <DIR>` and `cargo xtask compile-cost`: see the library docs.

use std::path::Path;
use std::process::ExitCode;

use xtask::{Mode, OUT, codegen, compile_cost, corpus, workspace_root};

const USAGE: &str = "usage: cargo xtask codegen [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let mode = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => Mode::Write,
        ["codegen", "--check"] => Mode::Check,
        ["corpus-install", dir] => return finish(corpus::install(&root, Path::new(dir))),
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
    eprintln!("{USAGE}\n{}\n{}", corpus::USAGE, compile_cost::USAGE);
    ExitCode::from(2)
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
