//! `cargo xtask codegen [--check]`: see the library docs.

use std::process::ExitCode;

use xtask::{Mode, OUT, codegen, workspace_root};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["codegen"] => Mode::Write,
        ["codegen", "--check"] => Mode::Check,
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            return ExitCode::from(2);
        }
    };
    let root = workspace_root();
    let outcome = codegen(&root, &root.join(OUT), mode);
    eprint!("{}", outcome.log);
    if outcome.success { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
