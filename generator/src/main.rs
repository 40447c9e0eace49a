//! The generator's command line: `generator generate <SPEC> --out <DIR> [--crate-name <NAME>]`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Generation allocates millions of small token and syntax-tree nodes from two threads;
/// mimalloc makes that markedly faster than the system allocator (see docs/decisions.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use generator::{Options, generate, write};

/// mimalloc asks the kernel for transparent huge pages; a run is too short to profit from
/// them, and zeroing each 2 MiB page on first touch cost more system time than the whole
/// YAML parse (0.3–0.45 s against 0.1 s with 4 KiB pages, official spec; see
/// docs/decisions.md). The flag covers this process only.
fn disable_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and only sets a flag on this process;
    // when the kernel refuses, the run is merely slower.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[derive(Parser)]
#[command(
    name = "generator",
    version,
    about = "Generate an async Rust client crate from an OpenAPI 3.0/3.1 spec",
    override_usage = "generator generate <SPEC> --out <DIR> [--crate-name <NAME>] [OPTIONS]"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a client crate from a spec (YAML or JSON).
    Generate {
        /// The OpenAPI document.
        spec: PathBuf,
        /// Directory of the generated crate; created if missing, stale files removed.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Package name of the generated crate.
        #[arg(long, value_name = "NAME", default_value = "api-client")]
        crate_name: String,
        /// Package version of the generated crate.
        #[arg(long, value_name = "VERSION", default_value = "0.1.0")]
        crate_version: String,
        /// Add an empty `[workspace]` table so the crate builds inside another workspace's tree.
        #[arg(long)]
        standalone: bool,
        /// Write nothing; exit 1 when the directory differs from what would be generated.
        #[arg(long)]
        check: bool,
        /// Print warnings about spec defects that were worked around.
        #[arg(long, short)]
        verbose: bool,
        /// Also write `tests/api.rs`: one test per operation, run against a mock server of
        /// the spec (`TEST_API_BASE_URL=... cargo test --test api`).
        #[arg(long)]
        with_tests: bool,
    },
}

fn main() -> ExitCode {
    disable_transparent_huge_pages();
    let Command::Generate { spec, out, crate_name, crate_version, standalone, check, verbose, with_tests } =
        Cli::parse().command;
    let options = Options::default()
        .with_crate_name(crate_name)
        .with_crate_version(crate_version)
        .with_standalone(standalone)
        .with_tests(with_tests)
        .with_regenerate_command(format!(
            "generator generate {}",
            spec.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
        ));
    let generated = match generate(&spec, &options) {
        Ok(generated) => generated,
        Err(err) => {
            eprintln!("error: {err}");
            match write::save_unformatted(&std::env::temp_dir(), &err) {
                Some(Ok(dump)) => eprintln!("the unformatted source is in {}", dump.display()),
                Some(Err(save)) => eprintln!("the unformatted source could not be saved: {save}"),
                None => {}
            }
            return ExitCode::from(2);
        }
    };
    if verbose {
        for warning in &generated.warnings {
            eprintln!("{warning}");
        }
    } else if !generated.warnings.is_empty() {
        let count = generated.warnings.len();
        let noun = if count == 1 { "warning" } else { "warnings" };
        eprintln!("{count} spec {noun} (run with --verbose to list them)");
    }
    let mode = if check { write::Mode::Check } else { write::Mode::Write };
    let report = match write::sync(&out, &generated.files, mode) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    };
    for (stage, took) in &generated.timings {
        eprintln!("  {stage:<10} {:>8.1} ms", took.as_secs_f64() * 1000.0);
    }
    if check && !report.is_clean() {
        eprintln!("{} is out of date:\n{}{}", out.display(), report.summary(), report.diff);
        return ExitCode::FAILURE;
    }
    eprintln!("{} files in {}", generated.files.len(), out.display());
    ExitCode::SUCCESS
}
