//! The conformance sample of a corpus run: a few of the crates that compiled, generated
//! again with their per-operation tests (`--with-tests`), built in one workspace and run
//! against Steady serving each one's document — "it compiles" is not "it works". Steady
//! rejects every request that does not match the document (a 400 with its reasons) and
//! answers with random data valid for the response schema, which the types must decode.
//! A document Steady cannot read as written is served as the generator reads it
//! (`generator::prepare`: bundled, repaired); one it cannot read either way is reported.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::discover::Document;
use crate::steady::Steady;

/// How Steady served a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Served {
    AsWritten,
    /// Steady refused the document as written (its first complaint), so it served the
    /// prepared one.
    Prepared(String),
    /// Steady could not read it either way.
    Not(String),
}

/// One crate's run.
#[derive(Debug, Clone)]
pub struct ConformanceResult {
    pub slug: String,
    pub shown: String,
    pub served: Served,
    /// Why the tests did not run (no test binary), if they did not.
    pub not_run: Option<String>,
    pub tests: usize,
    pub passed: usize,
    /// Failed tests: name, failure class, first line of the message.
    pub failures: Vec<(String, String, String)>,
}

/// Where the sample lives and what it runs with.
pub struct Sample<'a> {
    pub generator: &'a Path,
    /// `<work>/conformance`: the crates and their workspace.
    pub dir: PathBuf,
    pub target: PathBuf,
    pub lock: PathBuf,
    pub steady: PathBuf,
    pub timeout: Duration,
}

/// Runs the sample: `documents` generated with tests, built, and tested against Steady.
pub fn run(sample: &Sample, documents: &[&Document]) -> Vec<ConformanceResult> {
    let mut results = Vec::new();
    let mut members = Vec::new();
    for document in documents {
        let dir = sample.dir.join(&document.slug);
        let status = Command::new(sample.generator)
            .arg("generate")
            .arg(&document.path)
            .arg("--out")
            .arg(&dir)
            .args(["--crate-name", &super::generate::crate_name(&document.slug), "--with-tests"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        match status {
            Ok(status) if status.success() => members.push(*document),
            other => results.push(not_run(document, format!("the generator did not write the crate ({other:?})"))),
        }
    }
    let binaries = match build(sample, &members) {
        Ok(binaries) => binaries,
        Err(err) => {
            results.extend(members.iter().map(|d| not_run(d, err.clone())));
            return results;
        }
    };
    for document in members {
        let started = Instant::now();
        let result = match binaries.get(&super::generate::crate_name(&document.slug)) {
            Some(binary) => test_one(sample, document, binary),
            None => not_run(document, "its tests did not build (see the build log)".to_owned()),
        };
        eprintln!(
            "conformance: {}: {}/{} tests passed{} ({:.1} s)",
            document.shown,
            result.passed,
            result.tests,
            result.not_run.as_deref().map(|r| format!(", not run: {r}")).unwrap_or_default(),
            started.elapsed().as_secs_f64()
        );
        results.push(result);
    }
    results
}

fn not_run(document: &Document, reason: String) -> ConformanceResult {
    ConformanceResult {
        slug: document.slug.clone(),
        shown: document.shown.clone(),
        served: Served::AsWritten,
        not_run: Some(reason),
        tests: 0,
        passed: 0,
        failures: Vec::new(),
    }
}

/// Builds every member's `tests/api.rs` (`--keep-going`: one crate's error does not stop the
/// others); returns package name → test binary.
fn build(sample: &Sample, members: &[&Document]) -> Result<BTreeMap<String, PathBuf>, String> {
    let list: Vec<String> = members.iter().map(|d| format!("    \"{}\",\n", d.slug)).collect();
    let manifest = format!(
        "# Written by `cargo xtask corpus` for the conformance sample.\n[workspace]\nresolver = \"3\"\nmembers = [\n{}]\n\n[profile.dev]\ndebug = false\nincremental = false\n",
        list.concat()
    );
    std::fs::write(sample.dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::copy(&sample.lock, sample.dir.join("Cargo.lock")).map_err(|e| e.to_string())?;
    let log = std::fs::File::create(sample.dir.join("build.log")).map_err(|e| e.to_string())?;
    let output = Command::new(super::cargo())
        // `build --test api` makes the test binaries; unlike `test --no-run` it can keep going
        // past a crate whose tests do not compile.
        .args(["build", "--workspace", "--offline", "--keep-going", "--test", "api", "--message-format=json"])
        .current_dir(&sample.dir)
        .env("CARGO_TARGET_DIR", &sample.target)
        .env_remove("RUSTFLAGS")
        .stderr(log)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let mut binaries = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<Value>(line) else { continue };
        if message["reason"] == "compiler-artifact"
            && message["target"]["name"] == "api"
            && let (Some(executable), Some(id)) = (message["executable"].as_str(), message["package_id"].as_str())
        {
            let name = id.rsplit_once('#').and_then(|(_, rest)| rest.split('@').next()).unwrap_or_default();
            // `path+file:///…/<slug>#0.1.0` names the directory, not the package.
            let name = if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
                let dir = id.split('#').next().unwrap_or_default().rsplit('/').next().unwrap_or_default();
                super::generate::crate_name(dir)
            } else {
                name.to_owned()
            };
            binaries.insert(name, PathBuf::from(executable));
        }
    }
    Ok(binaries)
}

/// Serves the document and runs its tests once in each Steady mode; a test passes when it
/// passes in both.
fn test_one(sample: &Sample, document: &Document, binary: &Path) -> ConformanceResult {
    let mut result = not_run(document, String::new());
    result.not_run = None;
    let (spec, served) = match choose_spec(sample, document) {
        Ok(chosen) => chosen,
        Err(reason) => {
            result.served = Served::Not(reason.clone());
            result.not_run = Some(format!("Steady cannot serve it: {reason}"));
            return result;
        }
    };
    result.served = served;
    let modes: [(&str, &[&str]); 2] = [("default", &[]), ("strict-oneof", &["--validator-strict-oneof"])];
    let mut failed = std::collections::BTreeSet::new();
    for (mode, args) in modes {
        let server = match start(sample, &spec, args) {
            Ok(server) => server,
            Err(reason) => {
                result.failures.push((String::new(), format!("[{mode}] Steady did not start"), reason));
                continue;
            }
        };
        let log = sample.dir.join(format!("{}.{mode}.log", document.slug));
        let output = run_tests(binary, &server.base_url(), sample.timeout, &log);
        let (tests, _, failures) = parse_run(&output);
        result.tests = result.tests.max(tests);
        for (name, class, message) in failures {
            failed.insert(name.clone());
            result.failures.push((name, format!("[{mode}] {class}"), message));
        }
    }
    result.passed = result.tests.saturating_sub(failed.len());
    result
}

/// The document as written when Steady reads it, else the prepared document.
fn choose_spec(sample: &Sample, document: &Document) -> Result<(PathBuf, Served), String> {
    match start(sample, &document.path, &[]) {
        Ok(_) => Ok((document.path.clone(), Served::AsWritten)),
        Err(as_written) => {
            let prepared = prepared_copy(sample, document)?;
            start(sample, &prepared, &[])?;
            Ok((prepared, Served::Prepared(as_written)))
        }
    }
}

fn start(sample: &Sample, spec: &Path, args: &[&str]) -> Result<Steady, String> {
    let base = ["--stream-interval=0", "--log-level=summary", "--generator-seed=1"];
    let all: Vec<&str> = base.iter().chain(args).copied().collect();
    Steady::start_binary(&sample.steady, spec, &all).map_err(|e| first_complaint(&e.to_string()))
}

/// The document as the generator reads it, written as JSON beside the crates.
fn prepared_copy(sample: &Sample, document: &Document) -> Result<PathBuf, String> {
    let (value, _) = generator::prepare(&document.path).map_err(|e| e.to_string())?;
    let path = sample.dir.join(format!("{}.prepared.json", document.slug));
    let text = serde_json::to_string(&value).map_err(|e| e.to_string())?;
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    Ok(path)
}

/// The first `error[...]` line of Steady's start-up output.
fn first_complaint(text: &str) -> String {
    text.lines()
        .find(|l| l.trim_start().starts_with("error"))
        .or_else(|| text.lines().next())
        .unwrap_or("")
        .trim()
        .chars()
        .take(200)
        .collect()
}

/// One run of a test binary; its output goes to a file (a pipe nobody reads while the tests
/// run would fill up and stop them).
fn run_tests(binary: &Path, base_url: &str, timeout: Duration, log: &Path) -> String {
    let Ok(out) = std::fs::File::create(log) else { return String::new() };
    let child = Command::new(binary)
        .env("TEST_API_BASE_URL", base_url)
        .env("RUST_BACKTRACE", "0")
        .args(["--test-threads", "4"])
        .stdout(out)
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else { return String::new() };
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    std::fs::read_to_string(log).unwrap_or_default()
}

/// Tests run, passed, and each failure's name, class and message, from libtest's output.
pub fn parse_run(stdout: &str) -> (usize, usize, Vec<(String, String, String)>) {
    let mut tests = 0;
    let mut passed = 0;
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("test ")
            && let Some((_, outcome)) = rest.rsplit_once(" ... ")
        {
            tests += 1;
            passed += usize::from(outcome == "ok");
        }
    }
    let mut failures = Vec::new();
    for section in stdout.split("\n---- ").skip(1) {
        let Some((name, body)) = section.split_once(" stdout ----\n") else { continue };
        let message: String =
            body.lines().skip_while(|l| !l.contains("panicked at")).skip(1).take(2).collect::<Vec<_>>().join(" ");
        failures.push((name.to_owned(), failure_class(&message), message.chars().take(300).collect()));
    }
    (tests, passed, failures)
}

/// What kind of failure a test's message shows: Steady's diagnostic code and message (a
/// request it refused), a decode error (a response the types do not accept), or the status.
pub fn failure_class(message: &str) -> String {
    if let Some((_, body)) = message.split_once("response body: ")
        && let Ok(json) = serde_json::from_str::<Value>(body.trim())
    {
        if let Some(first) = json["steady"]["errors"].get(0) {
            let code = first["code"].as_str().unwrap_or("?");
            let text = first["message"].as_str().unwrap_or("");
            return format!("request refused: {code} {}", super::classify::spec_template(text));
        }
        if let Some(error) = json["error"].as_str() {
            return format!("request refused: {}", super::classify::spec_template(error));
        }
    }
    if let Some((_, rest)) = message.split_once("could not decode the response at `") {
        let text = rest.split_once("`: ").map_or(rest, |(_, m)| m);
        return format!("response not decoded: {}", super::classify::spec_template(text));
    }
    if let Some((_, rest)) = message.split_once("API error ") {
        return format!("API error {}", rest.split(':').next().unwrap_or(rest));
    }
    super::classify::spec_template(message.split(": ").nth(1).unwrap_or(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libtest_output_is_read() {
        let stdout = "\nrunning 2 tests\ntest a_minimal ... ok\ntest b_full ... FAILED\n\nfailures:\n\n---- b_full stdout ----\n\nthread 'b_full' (1) panicked at tests/api.rs:40:13:\nb (GET /b, full request): API error 400 Bad Request: Validation failed\nresponse body: {\"error\":\"Validation failed\",\"steady\":{\"errors\":[{\"code\":\"E3010\",\"message\":\"Expected type integer, got string\"}]}}\nnote: run with `RUST_BACKTRACE=1`\n\nfailures:\n    b_full\n\ntest result: FAILED. 1 passed; 1 failed\n";
        let (tests, passed, failures) = parse_run(stdout);
        assert_eq!((tests, passed), (2, 1));
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].0, "b_full");
        assert!(failures[0].1.starts_with("request refused: E3010 Expected type"), "{}", failures[0].1);
        let decode = "x: could not decode the response at `data[0].id`: invalid type: integer `5`, expected a string";
        assert!(failure_class(decode).starts_with("response not decoded: invalid type"), "{}", failure_class(decode));
    }
}
