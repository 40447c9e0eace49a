//! Phase 2: the release generator CLI, once per document, as a user runs it. A subprocess
//! (not the library in-process) so that a panic, a stack overflow or a hang is one
//! document's outcome instead of the end of the run.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::classify::{panic_summary, parse_spec_message};
use super::discover::Document;

/// How one generator run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GenOutcome {
    Clean,
    Warned,
    RejectedLocated,
    RejectedUnlocated,
    Panicked,
    TimedOut,
    /// Any other exit (1 is `--check` only; a spawn failure): must not happen.
    Failed,
}

impl GenOutcome {
    pub const ALL: [GenOutcome; 7] = [
        GenOutcome::Clean,
        GenOutcome::Warned,
        GenOutcome::RejectedLocated,
        GenOutcome::RejectedUnlocated,
        GenOutcome::Panicked,
        GenOutcome::TimedOut,
        GenOutcome::Failed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            GenOutcome::Clean => "generated, no spec warnings",
            GenOutcome::Warned => "generated with spec warnings",
            GenOutcome::RejectedLocated => "rejected, located error (file:line: pointer: message)",
            GenOutcome::RejectedUnlocated => "rejected, unlocated error",
            GenOutcome::Panicked => "generator panicked or crashed (must be 0)",
            GenOutcome::TimedOut => "generator timed out",
            GenOutcome::Failed => "generator failed otherwise (must be 0)",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            GenOutcome::Clean => "generated",
            GenOutcome::Warned => "generated_with_warnings",
            GenOutcome::RejectedLocated => "rejected_located",
            GenOutcome::RejectedUnlocated => "rejected_unlocated",
            GenOutcome::Panicked => "panic",
            GenOutcome::TimedOut => "timeout",
            GenOutcome::Failed => "failed",
        }
    }

    pub fn generated(self) -> bool {
        matches!(self, GenOutcome::Clean | GenOutcome::Warned)
    }
}

/// One generator run.
#[derive(Debug, Clone)]
pub struct Generation {
    pub outcome: GenOutcome,
    pub seconds: f64,
    /// `exit 0`, `exit 2`, `signal 6`, `timeout`.
    pub exit: String,
    /// Spec warnings as printed (`file: pointer: message`, without `warning: `).
    pub warnings: Vec<String>,
    /// The error line (without `error: `), the panic summary, or what went wrong otherwise.
    pub error: Option<String>,
    /// Where the run's stderr is kept.
    pub log: PathBuf,
}

/// Builds the release CLI and returns the path of its executable (from cargo's own
/// artifact message, so `CARGO_TARGET_DIR` and build-dir settings are honoured).
pub fn build_generator(root: &Path) -> Result<PathBuf, String> {
    let output = Command::new(super::cargo())
        .args([
            "build",
            "--release",
            "-p",
            "generator",
            "--bin",
            "generator",
            "--message-format=json-render-diagnostics",
        ])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err("`cargo build --release -p generator` failed".to_owned());
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["reason"] == "compiler-artifact" && message["target"]["name"] == "generator")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo built no `generator` executable".to_owned())
}

/// The package name of a document's crate: a prefix, because slugs may start with a digit
/// (`1forge-com`), which cargo refuses as a package name.
pub fn crate_name(slug: &str) -> String {
    format!("corpus-{slug}")
}

/// Runs the generator on one document into `crate_dir`, stderr kept in `log`.
pub fn generate(generator: &Path, document: &Document, crate_dir: &Path, log: &Path, timeout: Duration) -> Generation {
    let started = Instant::now();
    let run = || -> std::io::Result<Option<ExitStatus>> {
        let stderr = File::create(log)?;
        let mut child = Command::new(generator)
            .arg("generate")
            .arg(&document.path)
            .arg("--out")
            .arg(crate_dir)
            .args(["--crate-name", &crate_name(&document.slug), "--verbose"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()?;
        wait_with_timeout(&mut child, timeout)
    };
    let status = run();
    let seconds = started.elapsed().as_secs_f64();
    let stderr = std::fs::read_to_string(log).unwrap_or_default();
    let mut generation = match status {
        Ok(Some(status)) => classify_exit(status, &stderr),
        Ok(None) => failed(GenOutcome::TimedOut, "timeout", format!("no result after {} s", timeout.as_secs())),
        Err(err) => failed(GenOutcome::Failed, "not run", format!("cannot run the generator: {err}")),
    };
    generation.seconds = seconds;
    generation.log = log.to_path_buf();
    generation
}

fn failed(outcome: GenOutcome, exit: &str, error: String) -> Generation {
    Generation {
        outcome,
        seconds: 0.0,
        exit: exit.to_owned(),
        warnings: Vec::new(),
        error: Some(error),
        log: PathBuf::new(),
    }
}

/// Polls instead of blocking so that a hang costs `timeout`, not the run; the interval
/// grows so that quick runs (most documents take milliseconds) are not rounded up much.
fn wait_with_timeout(child: &mut std::process::Child, timeout: Duration) -> std::io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + timeout;
    let mut interval = Duration::from_millis(2);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            child.kill()?;
            child.wait()?;
            return Ok(None);
        }
        std::thread::sleep(interval);
        interval = (interval * 2).min(Duration::from_millis(50));
    }
}

/// Sorts a finished run by its exit status and what it printed.
pub fn classify_exit(status: ExitStatus, stderr: &str) -> Generation {
    let warnings: Vec<String> =
        stderr.lines().filter_map(|line| line.strip_prefix("warning: ")).map(str::to_owned).collect();
    let error = stderr.lines().find_map(|line| line.strip_prefix("error: ")).map(str::to_owned);
    let (outcome, exit, error) = match (status.code(), signal(status)) {
        (Some(0), _) if warnings.is_empty() => (GenOutcome::Clean, "exit 0".to_owned(), None),
        (Some(0), _) => (GenOutcome::Warned, "exit 0".to_owned(), None),
        (Some(2), _) => {
            let located = error.as_deref().and_then(parse_spec_message).is_some_and(|m| m.line.is_some());
            let outcome = if located { GenOutcome::RejectedLocated } else { GenOutcome::RejectedUnlocated };
            (outcome, "exit 2".to_owned(), error.or_else(|| Some("exit 2 without an error line".to_owned())))
        }
        (Some(101), _) => (GenOutcome::Panicked, "exit 101".to_owned(), panic_summary(stderr).or(error)),
        (None, Some(signal)) => {
            let summary = panic_summary(stderr).unwrap_or_else(|| format!("killed by signal {signal}"));
            (GenOutcome::Panicked, format!("signal {signal}"), Some(summary))
        }
        (code, _) => {
            let exit = code.map_or_else(|| "unknown".to_owned(), |c| format!("exit {c}"));
            let error = error.or_else(|| last_line(stderr)).unwrap_or_else(|| exit.clone());
            (GenOutcome::Failed, exit, Some(error))
        }
    };
    Generation { outcome, seconds: 0.0, exit, warnings, error, log: PathBuf::new() }
}

fn last_line(text: &str) -> Option<String> {
    BufReader::new(text.as_bytes()).lines().map_while(Result::ok).filter(|l| !l.trim().is_empty()).last()
}

#[cfg(unix)]
fn signal(status: ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(&status)
}

#[cfg(not(unix))]
fn signal(_: ExitStatus) -> Option<i32> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::process::ExitStatusExt;

    use super::*;

    /// A wait status as the kernel reports it: exit code in the second byte, signal in the first.
    fn exited(code: i32) -> ExitStatus {
        ExitStatus::from_raw(code << 8)
    }

    #[test]
    fn exits_are_classified() {
        assert_eq!(classify_exit(exited(0), "  load 1.0 ms\n3 files in x\n").outcome, GenOutcome::Clean);
        let warned = classify_exit(exited(0), "warning: s.yaml: /servers: no servers\n");
        assert_eq!(
            (warned.outcome, warned.warnings.as_slice()),
            (GenOutcome::Warned, &["s.yaml: /servers: no servers".to_owned()][..])
        );
        let located = classify_exit(exited(2), "error: s.yaml:3: /paths: expected a mapping, found a list\n");
        assert_eq!(located.outcome, GenOutcome::RejectedLocated);
        assert_eq!(located.error.as_deref(), Some("s.yaml:3: /paths: expected a mapping, found a list"));
        let unlocated = classify_exit(exited(2), "error: internal error while lowering: type 3 was never defined\n");
        assert_eq!(unlocated.outcome, GenOutcome::RejectedUnlocated);
        let panic = classify_exit(exited(101), "thread 'main' panicked at src/a.rs:1:2:\nboom\n");
        assert_eq!(
            (panic.outcome, panic.error.as_deref()),
            (GenOutcome::Panicked, Some("panicked at src/a.rs:1:2: boom"))
        );
        let abort = classify_exit(ExitStatus::from_raw(6), "\nthread 'main' has overflowed its stack\n");
        assert_eq!(
            (abort.outcome, abort.exit.as_str(), abort.error.as_deref()),
            (GenOutcome::Panicked, "signal 6", Some("stack overflow"))
        );
        assert_eq!(classify_exit(exited(1), "x is out of date\n").outcome, GenOutcome::Failed);
    }

    #[test]
    fn a_hang_is_cut_at_the_timeout() {
        let mut child = Command::new("sleep").arg("10").spawn().unwrap();
        let started = Instant::now();
        assert!(wait_with_timeout(&mut child, Duration::from_millis(200)).unwrap().is_none());
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
