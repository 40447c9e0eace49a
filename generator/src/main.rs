//! The generator's command line: `generator generate <SPEC> --out <DIR> [--crate-name <NAME>]`,
//! and `generator diff <OLD> <NEW>`, the API changes between two specs (or generated crates'
//! `api-surface.json`) with their semver verdicts.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Generation allocates millions of small token and syntax-tree nodes from two threads;
/// mimalloc makes that markedly faster than the system allocator (see docs/decisions.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use generator::{Options, api_surface, diff, generate, write};

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
    override_usage = "generator generate <SPEC> --out <DIR> [--crate-name <NAME>] [OPTIONS]\n       \
                      generator diff <OLD> <NEW> [--format text|json] [--fail-on-breaking]"
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
    /// Print the API changes from OLD to NEW, each breaking or compatible under semver for
    /// users of the generated crate, and the version bump they imply.
    ///
    /// Exit status: 0; 1 with `--fail-on-breaking` when a change is breaking; 2 when an
    /// input cannot be read. The rules and the JSON schema are in docs/api-diff.md.
    Diff {
        /// The older edition: a spec, or a generated crate's `api-surface.json`.
        old: PathBuf,
        /// The newer edition: a spec, or a generated crate's `api-surface.json`.
        new: PathBuf,
        /// `text` for people, `json` for programs (schema in docs/api-diff.md).
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Exit with status 1 when a change is breaking.
        #[arg(long)]
        fail_on_breaking: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    disable_transparent_huge_pages();
    match Cli::parse().command {
        Command::Diff { old, new, format, fail_on_breaking } => api_diff(&old, &new, format, fail_on_breaking),
        Command::Generate { spec, out, crate_name, crate_version, standalone, check, verbose, with_tests } => {
            let options = Options::default()
                .with_crate_name(crate_name)
                .with_crate_version(crate_version)
                .with_standalone(standalone)
                .with_tests(with_tests);
            run_generate(&spec, &out, options, check, verbose)
        }
    }
}

/// `generator diff`: the report on stdout; 1 for a breaking change when asked, 2 for an error.
fn api_diff(old: &std::path::Path, new: &std::path::Path, format: Format, fail_on_breaking: bool) -> ExitCode {
    let mut surfaces = Vec::new();
    for path in [old, new] {
        match api_surface(path) {
            Ok((surface, warnings)) => {
                if !warnings.is_empty() {
                    let count = warnings.len();
                    eprintln!("{}: {count} spec warning{}", path.display(), if count == 1 { "" } else { "s" });
                }
                surfaces.push(surface);
            }
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        }
    }
    let report = diff::diff(&surfaces[0], &surfaces[1]);
    match format {
        Format::Text => print!("{}", report.to_text()),
        Format::Json => print!("{}", report.to_json()),
    }
    if fail_on_breaking && report.is_breaking() {
        eprintln!("{} breaking change{}", report.breaking, if report.breaking == 1 { "" } else { "s" });
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn run_generate(
    spec: &std::path::Path,
    out: &std::path::Path,
    options: Options,
    check: bool,
    verbose: bool,
) -> ExitCode {
    let options = options.with_regenerate_command(format!(
        "generator generate {}",
        spec.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
    ));
    let generated = match generate(spec, &options) {
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
    // Read before writing: the API the crate in `out` was generated from.
    let api_changes = diff::against_generated(out, &out.display().to_string(), &generated.surface);
    let report = match write::sync(out, &generated.files, mode) {
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
        eprintln!("{} is out of date:\n{}\n{api_changes}\n{}", out.display(), report.summary(), report.diff);
        return ExitCode::FAILURE;
    }
    if !check {
        eprint!("{api_changes}");
    }
    eprintln!("{}", report.totals(generated.files.len(), out, mode));
    ExitCode::SUCCESS
}
