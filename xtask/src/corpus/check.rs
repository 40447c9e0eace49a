//! Phase 3: `cargo check` of the generated crates, many per workspace. One workspace per
//! batch bounds what a single cargo invocation holds in memory and shows progress; one
//! target directory for every batch compiles the dependencies once; the crates stay at
//! fixed paths (`<work>/crates/<slug>`, the batch manifest is rewritten beside them) so a
//! crate whose files did not change is fresh in the next run, whatever batch it lands in.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::Value;

use super::classify::rustc_template;

/// How one generated crate fared under `cargo check --all-features`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckOutcome {
    Clean,
    Warned,
    Failed,
    /// cargo stopped before it got to this crate (a resolution or dependency failure).
    NotChecked,
    /// More generated source than `--max-crate-mb`: left out, rustc would need more memory
    /// than a shared machine has (rustc holds about 0.85 GB per MB of generated Rust: 13 GB
    /// for GitHub's 15 MB, over 23 GB for Microsoft Graph's 135 MB when it was stopped).
    TooLarge,
}

impl CheckOutcome {
    pub const ALL: [CheckOutcome; 5] = [
        CheckOutcome::Clean,
        CheckOutcome::Warned,
        CheckOutcome::Failed,
        CheckOutcome::NotChecked,
        CheckOutcome::TooLarge,
    ];

    pub fn label(self) -> &'static str {
        match self {
            CheckOutcome::Clean => "compiled warning-free",
            CheckOutcome::Warned => "compiled with rustc warnings",
            CheckOutcome::Failed => "failed to compile",
            CheckOutcome::NotChecked => "not checked (cargo failed before the crate)",
            CheckOutcome::TooLarge => "not checked: crate over the `--max-crate-mb` limit",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            CheckOutcome::Clean => "compiled",
            CheckOutcome::Warned => "compiled_with_warnings",
            CheckOutcome::Failed => "failed",
            CheckOutcome::NotChecked => "not_checked",
            CheckOutcome::TooLarge => "too_large",
        }
    }
}

/// One rustc diagnostic, attributed to a crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Option<String>,
    pub message: String,
    /// The primary span, relative to the crates directory (`<slug>/src/...`).
    pub file: Option<String>,
    pub line: Option<u64>,
    /// Error code (or `no code`) plus message template; for warnings, the lint name.
    pub class: String,
}

impl Diagnostic {
    /// `file:line: [code] message`, the one line a report shows.
    pub fn summary(&self) -> String {
        let place = match (&self.file, self.line) {
            (Some(file), Some(line)) => format!("{file}:{line}: "),
            (Some(file), None) => format!("{file}: "),
            _ => String::new(),
        };
        let code = self.code.as_deref().map(|c| format!("[{c}] ")).unwrap_or_default();
        format!("{place}{code}{}", self.message)
    }
}

/// Every diagnostic of a crate is counted in its class; the first few (and the first of each
/// class) are kept for the report.
const KEPT_PER_CRATE: usize = 20;

#[derive(Debug, Clone)]
pub struct CheckResult {
    pub outcome: CheckOutcome,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    pub error_count: usize,
    pub warning_count: usize,
    /// Class → number of diagnostics, for every error and warning.
    pub error_classes: BTreeMap<String, usize>,
    pub warning_classes: BTreeMap<String, usize>,
    pub compiled: bool,
    /// Why a crate failed or went unchecked when no diagnostic says it (rustc crashed, ...).
    pub note: Option<String>,
}

impl CheckResult {
    fn new() -> Self {
        CheckResult {
            outcome: CheckOutcome::NotChecked,
            errors: Vec::new(),
            warnings: Vec::new(),
            error_count: 0,
            warning_count: 0,
            error_classes: BTreeMap::new(),
            warning_classes: BTreeMap::new(),
            compiled: false,
            note: None,
        }
    }

    fn add(&mut self, diagnostic: Diagnostic, is_error: bool) {
        let (kept, count, classes) = if is_error {
            (&mut self.errors, &mut self.error_count, &mut self.error_classes)
        } else {
            (&mut self.warnings, &mut self.warning_count, &mut self.warning_classes)
        };
        *count += 1;
        let seen = classes.entry(diagnostic.class.clone()).or_default();
        *seen += 1;
        // The first of each class too, so every class of the report has an example.
        if kept.len() < KEPT_PER_CRATE || *seen == 1 {
            kept.push(diagnostic);
        }
    }

    /// The outcome, once every message of the batch is in.
    fn finish(&mut self, stderr: &str, crate_name: &str) {
        self.outcome = if self.error_count > 0 {
            CheckOutcome::Failed
        } else if let Some((class, message)) = silent_failure(stderr, crate_name) {
            // rustc died without a diagnostic (a crash, out of memory): still a failure.
            self.add(Diagnostic { code: None, message, file: None, line: None, class }, true);
            CheckOutcome::Failed
        } else if !self.compiled {
            self.note = stderr.lines().find(|l| l.starts_with("error")).map(str::to_owned);
            CheckOutcome::NotChecked
        } else if self.warning_count > 0 {
            CheckOutcome::Warned
        } else {
            CheckOutcome::Clean
        };
    }
}

/// How rustc failed on a crate without a diagnostic, from cargo's stderr: its class and
/// cargo's line about the process (`process didn't exit successfully: ... (signal: 6, ...)`).
fn silent_failure(stderr: &str, crate_name: &str) -> Option<(String, String)> {
    if !stderr.contains(&format!("could not compile `{crate_name}`")) {
        return None;
    }
    let lib_flag = format!("--crate-name {} ", crate_name.replace('-', "_"));
    let exit = stderr
        .lines()
        .find(|l| l.contains("process didn't exit successfully") && l.contains(&lib_flag))
        .and_then(|l| l.rsplit_once("` (").map(|(_, exit)| exit.trim_end_matches(')').to_owned()));
    let exit = exit.unwrap_or_else(|| "no exit status".to_owned());
    let class = if stderr.contains("memory allocation of") && exit.contains("SIGABRT") {
        "no code: rustc ran out of memory (the `--rustc-memory-gb` limit)".to_owned()
    } else {
        let kind = exit.split(':').next().unwrap_or_default();
        format!("no code: rustc failed without a diagnostic ({kind})")
    };
    Some((class, format!("rustc: {exit}")))
}

/// A crate to check: its slug (directory under `crates/`) and package name.
#[derive(Debug, Clone)]
pub struct Member {
    pub slug: String,
    pub crate_name: String,
}

/// Where the batches live.
pub struct Layout {
    /// `<work>/crates`: the crates, and the batch workspace's manifest and lock file.
    pub crates: PathBuf,
    /// `<work>/target`: shared by every batch and every run.
    pub target: PathBuf,
    /// `<work>/logs`: each batch's cargo stderr.
    pub logs: PathBuf,
    /// Our `Cargo.lock`, so dependency versions are the ones the workspace tests with.
    pub lock: PathBuf,
}

/// What a check may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub batch_size: usize,
    /// Crates with more generated source are not checked.
    pub max_crate_bytes: u64,
    /// Address-space limit of every process cargo starts (`ulimit -v`), so one runaway rustc
    /// fails its crate instead of taking the memory of everyone on the machine.
    pub memory_bytes: Option<u64>,
}

/// Checks every member, `batch_size` per cargo invocation, printing a line per batch.
pub fn check_all(layout: &Layout, members: &[Member], limits: Limits) -> BTreeMap<String, CheckResult> {
    let mut results = BTreeMap::new();
    let mut checked = Vec::new();
    let mut sizes = Vec::new();
    for member in members {
        let size = source_bytes(&layout.crates.join(&member.slug));
        if size > limits.max_crate_bytes {
            let mut result = CheckResult::new();
            result.outcome = CheckOutcome::TooLarge;
            result.note = Some(format!("{} MB of generated files", size >> 20));
            eprintln!("check: {} not checked, {} MB of generated files", member.slug, size >> 20);
            results.insert(member.slug.clone(), result);
        } else {
            checked.push(member.clone());
            sizes.push(size);
        }
    }
    let batches = batches(&checked, &sizes, limits.batch_size);
    for (index, batch) in batches.iter().enumerate() {
        let started = Instant::now();
        let outcome = check_batch(layout, batch, index, limits.memory_bytes);
        let failed = outcome.values().filter(|r| r.outcome == CheckOutcome::Failed).count();
        let warned = outcome.values().filter(|r| r.outcome == CheckOutcome::Warned).count();
        eprintln!(
            "check: batch {}/{}: {} crates, {failed} failed, {warned} with warnings, {:.1} s",
            index + 1,
            batches.len(),
            batch.len(),
            started.elapsed().as_secs_f64()
        );
        results.extend(outcome);
    }
    results
}

/// Crates with more source than this are checked alone: rustc needs gigabytes for one
/// (GitHub's spec gives 15–30 MB of Rust), and cargo would otherwise run two at once.
const LARGE_CRATE_BYTES: u64 = 8 << 20;

/// Members in order, `batch_size` per batch, each large crate in a batch of its own.
fn batches(members: &[Member], sizes: &[u64], batch_size: usize) -> Vec<Vec<Member>> {
    let mut batches: Vec<Vec<Member>> = Vec::new();
    let mut current = Vec::new();
    for (member, &size) in members.iter().zip(sizes) {
        if size > LARGE_CRATE_BYTES {
            batches.push(vec![member.clone()]);
        } else {
            current.push(member.clone());
            if current.len() == batch_size.max(1) {
                batches.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

/// Total size of the files under `dir`.
pub fn source_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|entry| match entry.file_type() {
            Ok(kind) if kind.is_dir() => source_bytes(&entry.path()),
            Ok(_) => entry.metadata().map_or(0, |m| m.len()),
            Err(_) => 0,
        })
        .sum()
}

fn check_batch(layout: &Layout, batch: &[Member], index: usize, memory: Option<u64>) -> BTreeMap<String, CheckResult> {
    let mut results: BTreeMap<String, CheckResult> =
        batch.iter().map(|m| (m.slug.clone(), CheckResult::new())).collect();
    let log_path = layout.logs.join(format!("check-batch-{index:03}.log"));
    let stderr = match write_workspace(layout, batch).and_then(|()| run_cargo(layout, &log_path, memory, &mut results))
    {
        Ok(()) => std::fs::read_to_string(&log_path).unwrap_or_default(),
        Err(err) => format!("error: {err}"),
    };
    for member in batch {
        if let Some(result) = results.get_mut(&member.slug) {
            result.finish(&stderr, &member.crate_name);
        }
    }
    results
}

/// The batch's workspace manifest, and our lock file (cargo adds the members to it).
fn write_workspace(layout: &Layout, batch: &[Member]) -> std::io::Result<()> {
    let members: Vec<String> = batch.iter().map(|m| format!("    \"{}\",\n", m.slug)).collect();
    // No debug info: only build scripts and proc macros are code-generated under `check`.
    // No incremental caches: a crate is checked once per change of its files, and the caches
    // of 500 crates took 21 GB (unchanged crates are fresh without them).
    let manifest = format!(
        "# Written by `cargo xtask corpus` for each batch.\n[workspace]\nresolver = \"3\"\nmembers = [\n{}]\n\n[profile.dev]\ndebug = false\nincremental = false\n",
        members.concat()
    );
    std::fs::write(layout.crates.join("Cargo.toml"), manifest)?;
    std::fs::copy(&layout.lock, layout.crates.join("Cargo.lock"))?;
    Ok(())
}

/// Runs cargo, attributing each message on stdout to its crate as it arrives (a failing
/// batch can print hundreds of megabytes).
fn run_cargo(
    layout: &Layout,
    log_path: &Path,
    memory: Option<u64>,
    results: &mut BTreeMap<String, CheckResult>,
) -> std::io::Result<()> {
    let mut child = limited(memory)
        .args(["check", "--workspace", "--all-features", "--offline", "--keep-going", "--message-format=json"])
        .current_dir(&layout.crates)
        .env("CARGO_TARGET_DIR", &layout.target)
        // Our own flags (say `-D warnings`) would turn the counts into failures.
        .env_remove("RUSTFLAGS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(File::create(log_path)?)
        .spawn()?;
    let stdout = child.stdout.take().expect("stdout is piped");
    for line in BufReader::new(stdout).lines() {
        let Ok(message) = serde_json::from_str::<Value>(&line?) else { continue };
        record_message(&layout.crates, &message, results);
    }
    child.wait()?;
    Ok(())
}

/// cargo, under an address-space limit when one is set: `sh` sets it (`ulimit -v`, which
/// every child inherits) and execs cargo, so no libc call is needed here.
fn limited(memory: Option<u64>) -> Command {
    let Some(bytes) = memory else { return Command::new(super::cargo()) };
    let mut command = Command::new("sh");
    command
        .args(["-c", "ulimit -v \"$1\" && shift && exec \"$@\"", "sh"])
        .arg((bytes >> 10).to_string())
        .arg(super::cargo());
    command
}

/// Files one cargo JSON message under the crate it belongs to.
fn record_message(crates: &Path, message: &Value, results: &mut BTreeMap<String, CheckResult>) {
    let Some(slug) = member_slug(crates, message) else { return };
    let Some(result) = results.get_mut(&slug) else { return };
    match message["reason"].as_str() {
        Some("compiler-artifact") => result.compiled = true,
        Some("compiler-message") => {
            if let Some((diagnostic, is_error)) = diagnostic(&message["message"]) {
                result.add(diagnostic, is_error);
            }
        }
        _ => {}
    }
}

/// The slug of the member a message is about, from its manifest path (cargo 1.77+) or its
/// package id (`path+file:///…/crates/<slug>#name@0.1.0`).
fn member_slug(crates: &Path, message: &Value) -> Option<String> {
    let manifest_dir = match message["manifest_path"].as_str() {
        Some(manifest) => Path::new(manifest).parent()?.to_path_buf(),
        None => {
            let id = message["package_id"].as_str()?;
            let path = id.strip_prefix("path+file://")?.split('#').next()?;
            PathBuf::from(path)
        }
    };
    let relative = manifest_dir.strip_prefix(crates).ok()?;
    Some(relative.to_string_lossy().into_owned())
}

/// A rustc diagnostic and whether it is an error; `None` for the summaries rustc adds
/// ("aborting due to 3 previous errors", "2 warnings emitted", "For more information …").
pub fn diagnostic(message: &Value) -> Option<(Diagnostic, bool)> {
    let level = message["level"].as_str()?;
    let is_error = level.starts_with("error");
    if !is_error && level != "warning" {
        return None;
    }
    let text = message["message"].as_str()?.to_owned();
    let spans = message["spans"].as_array().map(Vec::as_slice).unwrap_or_default();
    let summary =
        text.starts_with("aborting due to") || text.ends_with("warnings emitted") || text.ends_with("warning emitted");
    if spans.is_empty() && summary {
        return None;
    }
    let primary = spans.iter().find(|s| s["is_primary"] == true).or(spans.first());
    let code = message["code"]["code"].as_str().map(str::to_owned);
    let class = match (&code, is_error) {
        (Some(code), false) => code.clone(),
        (Some(code), true) => format!("{code}: {}", rustc_template(&text)),
        (None, _) if level.contains("internal compiler error") => format!("ICE: {}", rustc_template(&text)),
        (None, _) => format!("no code: {}", rustc_template(&text)),
    };
    let diagnostic = Diagnostic {
        code,
        message: text,
        file: primary.and_then(|s| s["file_name"].as_str()).map(str::to_owned),
        line: primary.and_then(|s| s["line_start"].as_u64()),
        class,
    };
    Some((diagnostic, is_error))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn rustc(level: &str, code: Option<&str>, message: &str, spans: Value) -> Value {
        json!({"level": level, "code": code.map(|c| json!({"code": c})), "message": message, "spans": spans})
    }

    #[test]
    fn diagnostics_get_a_class_and_a_place() {
        let spans = json!([
            {"file_name": "a/src/lib.rs", "line_start": 3, "is_primary": false},
            {"file_name": "a/src/types/pets.rs", "line_start": 41, "is_primary": true}
        ]);
        let (error, is_error) =
            diagnostic(&rustc("error", Some("E0277"), "`PetId` doesn't implement `std::fmt::Display`", spans)).unwrap();
        assert!(is_error);
        assert_eq!(error.class, "E0277: `_` doesn't implement `std::fmt::Display`");
        assert_eq!(error.summary(), "a/src/types/pets.rs:41: [E0277] `PetId` doesn't implement `std::fmt::Display`");
        let (warning, is_error) =
            diagnostic(&rustc("warning", Some("unused_imports"), "unused import: `Foo`", json!([]))).unwrap();
        assert!(!is_error);
        assert_eq!(warning.class, "unused_imports");
        let (syntax, _) = diagnostic(&rustc("error", None, "expected identifier, found `3`", json!([]))).unwrap();
        assert_eq!(syntax.class, "no code: expected identifier, found `N`");
        assert!(diagnostic(&rustc("error", None, "aborting due to 3 previous errors", json!([]))).is_none());
        assert!(diagnostic(&rustc("warning", None, "2 warnings emitted", json!([]))).is_none());
        assert!(diagnostic(&rustc("failure-note", None, "For more information about this error", json!([]))).is_none());
    }

    #[test]
    fn the_memory_limit_reaches_the_children() {
        let output = limited(Some(3 << 30)).arg("--version").output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let output = Command::new("sh")
            .args(["-c", "ulimit -v \"$1\" && shift && exec \"$@\"", "sh", "1048576", "sh", "-c", "ulimit -v"])
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "1048576");
    }

    #[test]
    fn large_crates_are_batched_alone() {
        let members: Vec<Member> =
            (0..5).map(|i| Member { slug: format!("c{i}"), crate_name: format!("corpus-c{i}") }).collect();
        let sizes = [1, LARGE_CRATE_BYTES + 1, 1, 1, 1];
        let slugs: Vec<Vec<String>> =
            batches(&members, &sizes, 2).into_iter().map(|batch| batch.into_iter().map(|m| m.slug).collect()).collect();
        assert_eq!(slugs, [vec!["c1"], vec!["c0", "c2"], vec!["c3", "c4"]]);
    }

    #[test]
    fn messages_are_attributed_to_members() {
        let crates = Path::new("/w/crates");
        let mut results = BTreeMap::from([("a".to_owned(), CheckResult::new()), ("b".to_owned(), CheckResult::new())]);
        let error = json!({
            "reason": "compiler-message", "manifest_path": "/w/crates/a/Cargo.toml",
            "message": rustc("error", Some("E0425"), "cannot find value `x` in this scope", json!([]))
        });
        let artifact = json!({"reason": "compiler-artifact", "package_id": "path+file:///w/crates/b#corpus-b@0.1.0"});
        let dependency = json!({"reason": "compiler-artifact", "package_id": "registry+https://github.com/rust-lang/crates.io-index#serde@1.0.0"});
        for message in [error, artifact, dependency] {
            record_message(crates, &message, &mut results);
        }
        for (slug, result) in &mut results {
            result.finish("", &format!("corpus-{slug}"));
        }
        assert_eq!(results["a"].outcome, CheckOutcome::Failed);
        assert_eq!(results["a"].error_classes["E0425: cannot find value `_` in this scope"], 1);
        assert_eq!(results["b"].outcome, CheckOutcome::Clean);
        let mut crashed = CheckResult::new();
        crashed.finish("error: could not compile `corpus-c` (lib)\n", "corpus-c");
        assert_eq!(crashed.outcome, CheckOutcome::Failed);
        let mut oom = CheckResult::new();
        let stderr = "memory allocation of 4096 bytes failed\nerror: could not compile `corpus-c-d` (lib)\n\nCaused by:\n  process didn't exit successfully: `rustc --crate-name corpus_c_d --edition=2024 c-d/src/lib.rs` (signal: 6, SIGABRT: process abort signal)\n";
        oom.finish(stderr, "corpus-c-d");
        assert_eq!(
            oom.error_classes.keys().collect::<Vec<_>>(),
            ["no code: rustc ran out of memory (the `--rustc-memory-gb` limit)"]
        );
        assert_eq!(oom.errors[0].message, "rustc: signal: 6, SIGABRT: process abort signal");
        let mut killed = CheckResult::new();
        killed.finish(
            &stderr.replace("memory allocation of 4096 bytes failed", "").replace("6, SIGABRT", "15, SIGTERM"),
            "corpus-c-d",
        );
        assert_eq!(
            killed.error_classes.keys().collect::<Vec<_>>(),
            ["no code: rustc failed without a diagnostic (signal)"]
        );
        let mut skipped = CheckResult::new();
        skipped.finish("error: no matching package named `x` found\n", "corpus-d");
        assert_eq!(
            (skipped.outcome, skipped.note.as_deref()),
            (CheckOutcome::NotChecked, Some("error: no matching package named `x` found"))
        );
    }
}
