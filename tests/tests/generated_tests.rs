//! The generated per-operation tests (`generate --with-tests` writes `tests/api.rs` into a
//! crate) of every golden fixture and of `generated-client/`, each run against Steady
//! serving that crate's own spec — the way the official OpenAI SDKs are tested.
//!
//! Steady validates every request against the spec (a 400 with its reasons otherwise) and
//! answers with random data valid for the response schema, which the generated types must
//! decode. Each crate's tests run [`RUNS`] times in each of two modes: Steady's default
//! validator, and `--validator-strict-oneof`, which also rejects a request matching more than
//! one `oneOf` member. Each run starts Steady with its own `--generator-seed`, so the answers
//! differ between runs and a failure names the seed that reproduces it.
//!
//! `GENERATED_TESTS_RUNS` changes the number of runs; `GENERATED_TESTS_ONLY=<crate>` runs one
//! crate.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use generator::{Options, generate};
use tests::steady::{self, Steady};

/// Runs per crate and mode.
const RUNS: u64 = 3;

const MODES: &[(&str, &[&str])] = &[("default", &[]), ("strict-oneof", &["--validator-strict-oneof"])];

/// How every Steady is started: streams without pauses, one summary line per request.
const STEADY_ARGS: &[&str] = &["--stream-interval=0", "--log-level=summary"];

/// The flagship follows the OpenAI API's conventions, which its spec cannot fully declare
/// (see `tests/tests/conformance.rs`): bracketed objects in query strings and multipart
/// bodies, bracketed arrays in multipart bodies.
const OPENAI_ARGS: &[&str] = &[
    "--validator-query-object-format=brackets",
    "--validator-form-array-format=brackets",
    "--validator-form-object-format=brackets",
];

/// Fixtures Steady cannot read as written, with the reason. Steady serves them as the
/// generator reads them (`generator::prepare`: bundled into one document, repaired,
/// normalized to 3.0); their behaviour checks (`tests/fixtures/behaviour/`) pin the exact
/// requests against a local server independently of that document.
const SERVED_PREPARED: &[(&str, &str)] = &[
    (
        "multi-file",
        "Steady does not follow references to other files (`/pets: {$ref: paths/pets/collection.yaml}` answers 'method not allowed')",
    ),
    (
        "refs-anywhere",
        "Steady refuses the defects this fixture repairs (a tag written as a string, a top-level `definitions`) and does not resolve pydantic's `#/$defs/...` in the enclosing schema",
    ),
];

/// Operations whose requests Steady cannot read, by fixture, with the reason (each seen
/// here as a 400 or 404 for a request that follows the spec's style to the letter). Their
/// generated tests are left out of the Steady runs and run against a local wiremock server
/// instead, which checks that each request reaches the operation's route and answers with an
/// empty success; the exact wire format of each is pinned by the fixture's behaviour checks
/// (`tests/fixtures/behaviour/<fixture>.rs`).
const STEADY_CANNOT_READ: &[(&str, &str, &str)] = &[
    ("params", "ping", "Steady skips a path with a URL fragment (`/#X-Amz-Target=Library.Ping`): it cannot route it"),
    (
        "params-styles",
        "pathLabel",
        "Steady reads label-style path values as text: `.1` fails an integer list's type check",
    ),
    (
        "params-styles",
        "pathMatrix",
        "Steady cannot route a path whose template has no `/` between parameters (matrix style)",
    ),
    (
        "params-styles",
        "pathUnions",
        "Steady does not read an object in a simple-style path segment (`kind,circle,radius,1.5`)",
    ),
    ("params-styles", "queryDelimited", "Steady does not read space- or pipe-delimited items as integers"),
    ("params-styles", "queryDeep", "Steady does not read nested deepObject values (`filter[shapes][0][kind]=circle`)"),
    ("params-styles", "headers", "Steady does not read an object in a header (`X-Shape: kind,circle,radius,1.5`)"),
    (
        "forms",
        "createCheckoutSession",
        "Steady does not read a form field with `style: form, explode: false` (`point=x,1,y,1`)",
    ),
];

/// A crate whose generated tests run, and the spec its Steady serves.
struct Subject {
    package: String,
    spec: PathBuf,
    files: BTreeMap<PathBuf, String>,
    steady_args: Vec<&'static str>,
    /// Test-name prefixes of the operations Steady cannot read, and their routes.
    elsewhere: Vec<(String, Route)>,
}

/// An operation's method and path template, to recognize its requests.
#[derive(Clone)]
struct Route {
    method: String,
    template: String,
}

impl Route {
    /// Whether a request path fits the template (`{name}` matches anything but `/`).
    fn matches(&self, method: &str, path: &str) -> bool {
        // Literal pieces at even positions, parameters at odd ones.
        let pieces: Vec<&str> = self.template.split(['{', '}']).collect();
        self.method.eq_ignore_ascii_case(method) && fits(&pieces, path)
    }
}

fn fits(pieces: &[&str], path: &str) -> bool {
    match pieces {
        [] => path.is_empty(),
        [literal] => path == *literal,
        [literal, _parameter, rest @ ..] => path.strip_prefix(literal).is_some_and(|tail| {
            let segment_end = tail.find('/').unwrap_or(tail.len());
            (0..=segment_end).filter(|&i| tail.is_char_boundary(i)).any(|i| fits(rest, &tail[i..]))
        }),
    }
}

fn subjects() -> Vec<Subject> {
    let root = tests::workspace_root();
    let mut out = Vec::new();
    let golden = root.join("tests/fixtures/golden");
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&golden)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("spec.yaml").exists())
        .collect();
    fixtures.sort();
    for dir in fixtures {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let package = format!("golden-{name}");
        let mut spec = dir.join("spec.yaml");
        let options = Options::default().with_crate_name(&package).with_tests(true);
        let generated = generate(&spec, &options).unwrap_or_else(|e| panic!("fixture {name} does not generate: {e}"));
        let elsewhere = STEADY_CANNOT_READ
            .iter()
            .filter(|(fixture, _, _)| *fixture == name)
            .map(|(_, operation, _)| (test_prefix(operation), route_of(&spec, operation)))
            .collect();
        if SERVED_PREPARED.iter().any(|(fixture, _)| *fixture == name) {
            spec = prepared_copy(&spec, &name);
        } else {
            spec = without_helper_modules(spec, &name);
        }
        out.push(Subject { package, spec, files: generated.files, steady_args: Vec::new(), elsewhere });
    }
    let spec = root.join(xtask::SPEC);
    let generated = generate(&spec, &xtask::options()).unwrap_or_else(|e| panic!("{}: {e}", xtask::SPEC));
    out.push(Subject {
        package: xtask::CRATE_NAME.to_owned(),
        spec: without_helper_modules(spec, "openai"),
        files: generated.files,
        steady_args: OPENAI_ARGS.to_vec(),
        elsewhere: Vec::new(),
    });
    if let Ok(only) = std::env::var("GENERATED_TESTS_ONLY") {
        out.retain(|s| s.package == only);
        assert!(!out.is_empty(), "GENERATED_TESTS_ONLY={only} names no crate");
    }
    out
}

/// Steady refuses a file reference anywhere, and helper modules (`x-rust-client/modules`)
/// name Rust files: such a spec is served as a JSON copy without them (nothing else changes).
fn without_helper_modules(spec: PathBuf, name: &str) -> PathBuf {
    let text = std::fs::read_to_string(&spec).unwrap();
    let mut document: serde_json::Value = serde_yaml::from_str(&text).unwrap();
    let Some(client) = document.get_mut("x-rust-client").and_then(|c| c.as_object_mut()) else { return spec };
    if client.remove("modules").is_none() {
        return spec;
    }
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("served-{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&document).unwrap()).unwrap();
    path
}

/// The spec as the generator reads it, written as JSON for Steady; top-level keys OpenAPI
/// does not define (a Swagger-2.0 `definitions` left behind) are left out.
fn prepared_copy(spec: &Path, name: &str) -> PathBuf {
    let (mut document, _) = generator::prepare(spec).unwrap_or_else(|e| panic!("fixture {name}: {e}"));
    if let Some(root) = document.as_object_mut() {
        root.retain(|key, _| {
            key.starts_with("x-")
                || ["openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"]
                    .contains(&key.as_str())
        });
    }
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("prepared-{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&document).unwrap()).unwrap();
    path
}

#[test]
fn generated_tests_pass_against_steady_serving_each_spec() {
    let subjects = subjects();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("generated-tests");
    let crates: Vec<(String, BTreeMap<PathBuf, String>)> =
        subjects.iter().map(|s| (s.package.clone(), s.files.clone())).collect();
    tests::crates::write_workspace(&work, &crates);
    let binaries = build_test_binaries(&work, &required_features(&subjects));
    let steady = steady::ensure_installed().expect("install Steady");
    let runs =
        std::env::var("GENERATED_TESTS_RUNS").map_or(RUNS, |v| v.parse().expect("GENERATED_TESTS_RUNS is a number"));

    check_missing_base_url_fails(&binaries);
    // Two crates at a time: each run is a Steady process and a test binary.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = subjects
            .chunks(subjects.len().div_ceil(2))
            .map(|chunk| {
                let (binaries, steady) = (&binaries, &steady);
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for subject in chunk {
                        let binary = binaries
                            .get(&subject.package)
                            .unwrap_or_else(|| panic!("no test binary was built for {}", subject.package));
                        failures.extend(run_subject(steady, binary, subject, runs));
                    }
                    failures
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("a runner thread panicked")).collect()
    });
    assert!(failures.is_empty(), "generated tests failed:\n\n{}", failures.join("\n\n"));
}

/// Without `TEST_API_BASE_URL` the tests fail, saying what to set: never a silent pass.
fn check_missing_base_url_fails(binaries: &BTreeMap<String, PathBuf>) {
    let binary = binaries.get("golden-petstore").or_else(|| binaries.values().next()).expect("a test binary");
    let output = Command::new(binary).env_remove("TEST_API_BASE_URL").output().expect("run the test binary");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "the tests passed without a server:\n{stdout}");
    assert!(stdout.contains("TEST_API_BASE_URL is not set"), "no clear message without a server:\n{stdout}");
    assert!(!stdout.contains(" ... ok"), "a test passed without a server:\n{stdout}");
}

/// The features each crate's `tests/api.rs` requires that its defaults lack (an opt-in
/// group, outside `full`), as `package/feature` for one workspace-wide `--features`.
fn required_features(subjects: &[Subject]) -> String {
    let mut wanted = Vec::new();
    for subject in subjects {
        let manifest = subject.files.get(Path::new("Cargo.toml")).expect("every crate has a Cargo.toml");
        let manifest: toml::Table = manifest.parse().expect("a generated Cargo.toml parses");
        let defaults: Vec<&str> = manifest["features"]["default"]
            .as_array()
            .map(|list| list.iter().filter_map(|f| f.as_str()).collect())
            .unwrap_or_default();
        let tests = manifest.get("test").and_then(|t| t.as_array()).into_iter().flatten();
        for test in tests.filter(|t| t["name"].as_str() == Some("api")) {
            let required = test.get("required-features").and_then(|f| f.as_array()).into_iter().flatten();
            for feature in required.filter_map(|f| f.as_str()).filter(|f| !defaults.contains(f)) {
                wanted.push(format!("{}/{feature}", subject.package));
            }
        }
    }
    wanted.join(",")
}

/// Builds every crate's `tests/api.rs` in one cargo run; returns package → test binary.
/// A compiler warning in a generated test file fails the build like an error.
fn build_test_binaries(work: &Path, features: &str) -> BTreeMap<String, PathBuf> {
    let mut args = vec!["test", "--workspace", "--offline", "--no-run", "--test", "api", "--message-format=json"];
    if !features.is_empty() {
        args.extend(["--features", features]);
    }
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(&args)
        .current_dir(work)
        .env("CARGO_TARGET_DIR", tests::crates::shared_target_dir())
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut binaries = BTreeMap::new();
    let mut warnings = Vec::new();
    for line in stdout.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let package = message["package_id"].as_str().unwrap_or("");
        let local = package.starts_with("path+file://");
        match message["reason"].as_str() {
            Some("compiler-artifact") if message["target"]["name"] == "api" => {
                let name = message["target"]["name"].as_str().unwrap_or("");
                if let Some(executable) = message["executable"].as_str() {
                    let package_name = package_name(package).unwrap_or(name).to_owned();
                    binaries.insert(package_name, PathBuf::from(executable));
                }
            }
            Some("compiler-message") if local && message["message"]["level"] == "warning" => {
                warnings.push(message["message"]["rendered"].as_str().unwrap_or("").to_owned());
            }
            _ => {}
        }
    }
    assert!(
        output.status.success(),
        "the generated tests do not build:\n{}\n{}",
        String::from_utf8_lossy(&output.stderr),
        stdout
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|m| m["message"]["rendered"].as_str().map(str::to_owned))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(warnings.is_empty(), "the generated tests build with warnings:\n{}", warnings.join("\n"));
    binaries
}

/// `path+file:///.../golden-petstore#0.1.0` → `golden-petstore`.
fn package_name(package_id: &str) -> Option<&str> {
    let (path, _) = package_id.rsplit_once('#')?;
    path.rsplit('/').next()
}

/// Every mode and run of one crate's tests; one message per failed run.
fn run_subject(steady: &Path, binary: &Path, subject: &Subject, runs: u64) -> Vec<String> {
    let mut failures = Vec::new();
    for (mode, mode_args) in MODES {
        let started = Instant::now();
        let mut passed_runs = 0;
        let mut tests = 0;
        for seed in 1..=runs {
            let seed_arg = format!("--generator-seed={seed}");
            let args: Vec<&str> = STEADY_ARGS
                .iter()
                .chain(&subject.steady_args)
                .chain(mode_args.iter())
                .copied()
                .chain([seed_arg.as_str()])
                .collect();
            let server = match Steady::start_binary(steady, &subject.spec, &args) {
                Ok(server) => server,
                Err(e) => {
                    failures.push(format!("[{} {mode}] Steady does not start: {e}", subject.package));
                    break;
                }
            };
            let mut command = Command::new(binary);
            command
                .env("TEST_API_BASE_URL", server.base_url())
                .env("RUST_BACKTRACE", "0")
                .args(["--test-threads", "4"]);
            for (prefix, _) in &subject.elsewhere {
                command.args(["--skip", prefix]);
            }
            let output = command.output().expect("run the test binary");
            let stdout = String::from_utf8_lossy(&output.stdout);
            tests = stdout.lines().filter(|l| l.starts_with("test ") && !l.starts_with("test result")).count();
            if output.status.success() {
                passed_runs += 1;
            } else {
                failures.push(format!(
                    "[{} {mode}, --generator-seed={seed}] {}\n{}\nSteady's log:\n{}",
                    subject.package,
                    stdout.lines().find(|l| l.starts_with("test result")).unwrap_or("the tests failed"),
                    failed_tests(&stdout),
                    server.log_tail()
                ));
            }
        }
        // Written to stdout directly so the line shows even when the harness captures output.
        let line = format!(
            "generated tests: {} — {tests} tests, {passed_runs}/{runs} runs passed ({mode}, {:.1?})\n",
            subject.package,
            started.elapsed()
        );
        std::io::Write::write_all(&mut std::io::stdout(), line.as_bytes()).expect("write to stdout");
    }
    if !subject.elsewhere.is_empty() {
        failures.extend(run_against_wiremock(binary, subject));
    }
    failures
}

/// The tests of the operations Steady cannot read, against a wiremock server that answers
/// every request with an empty JSON object; every request must reach one of their routes.
fn run_against_wiremock(binary: &Path, subject: &Subject) -> Option<String> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let server = runtime.block_on(async {
        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::any())
            .respond_with(wiremock::ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
            .mount(&server)
            .await;
        server
    });
    let mut command = Command::new(binary);
    command.env("TEST_API_BASE_URL", server.uri()).env("RUST_BACKTRACE", "0").args(["--test-threads", "4"]);
    command.args(subject.elsewhere.iter().map(|(prefix, _)| prefix.as_str()));
    let output = command.output().expect("run the test binary");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let ran = stdout.lines().filter(|l| l.starts_with("test ") && l.ends_with(" ok")).count();
    let requests = runtime.block_on(server.received_requests()).unwrap_or_default();
    let strays: Vec<String> = requests
        .iter()
        .filter(|r| !subject.elsewhere.iter().any(|(_, route)| route.matches(r.method.as_str(), r.url.path())))
        .map(|r| format!("{} {}", r.method, r.url))
        .collect();
    let line = format!(
        "generated tests: {} — {ran} tests of operations Steady cannot read, against wiremock ({} requests)\n",
        subject.package,
        requests.len()
    );
    std::io::Write::write_all(&mut std::io::stdout(), line.as_bytes()).expect("write to stdout");
    if !output.status.success() || !strays.is_empty() || requests.len() < ran || ran == 0 {
        return Some(format!(
            "[{} against wiremock] {}\nrequests outside the operations' routes: {strays:?}\n{}",
            subject.package,
            stdout.lines().find(|l| l.starts_with("test result")).unwrap_or("no tests ran"),
            failed_tests(&stdout)
        ));
    }
    None
}

/// `pathLabel` → `path_label_`: every generated test of the operation starts so.
fn test_prefix(operation_id: &str) -> String {
    let mut out = String::new();
    for (i, c) in operation_id.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out.push('_');
    out
}

/// The method and path of the operation `operation_id` in `spec`.
fn route_of(spec: &Path, operation_id: &str) -> Route {
    let text = std::fs::read_to_string(spec).unwrap();
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    for (path, item) in doc["paths"].as_mapping().into_iter().flatten() {
        for (method, operation) in item.as_mapping().into_iter().flatten() {
            if operation.get("operationId").and_then(|id| id.as_str()) == Some(operation_id) {
                let method = method.as_str().unwrap_or("").to_owned();
                // A fragment is not sent and a query is not part of the path.
                let template = path.as_str().unwrap_or("").split(['#', '?']).next().unwrap_or("").to_owned();
                return Route { method, template };
            }
        }
    }
    panic!("{} has no operation `{operation_id}`", spec.display());
}

/// The `---- name stdout ----` sections of a failed run, bounded.
fn failed_tests(stdout: &str) -> String {
    let start = stdout.find("\nfailures:\n").map_or(0, |i| i + 1);
    let text = &stdout[start..];
    match text.char_indices().nth(12_000) {
        Some((cut, _)) => format!("{}\n[...]", &text[..cut]),
        None => text.to_owned(),
    }
}
