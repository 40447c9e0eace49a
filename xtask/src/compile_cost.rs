//! `cargo xtask compile-cost`: what the generated client costs the people who build it,
//! beside the hand-written `async-openai`, measured in one run on this machine.
//!
//! Everything lives in `target/compile-cost/`, a workspace of probe crates: each probe is an
//! empty library depending on one crate in one feature configuration. A "crate alone"
//! figure builds the probe once (so every dependency is built), removes the measured
//! crate's artifacts (`cargo clean -p`), and times the build that recompiles just it; its
//! peak memory is the largest resident set of any process of that build (the crate's
//! `rustc`). Builds run with `CARGO_INCREMENTAL=0`, as a crate compiled as a dependency
//! is. A "hello world" figure is the clean build, every dependency included, of a binary
//! making one call (`models().list()`) through each client, in a fresh target directory.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The async-openai release compared against (pinned, so runs compare like with like).
pub const ASYNC_OPENAI: &str = "0.43.0";

pub const USAGE: &str = "usage: cargo xtask compile-cost [--no-release] [--no-hello] [--hello-only] [--plan]\n\
     \x20 builds our client, the client generated from the reference spec and async-openai \
     (target/compile-cost/) and prints time and peak memory of each, with ratios";

/// What one run measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Also measure release builds of each crate alone.
    pub release: bool,
    /// Also measure the clean hello-world builds (the slowest part: every dependency).
    pub hello: bool,
    /// Measure the crates alone (else only the hello-world builds).
    pub crates: bool,
    /// Only write the probe workspace and print what would be measured.
    pub plan: bool,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options { release: true, hello: true, crates: true, plan: false };
        for arg in args {
            match arg.as_str() {
                "--no-release" => options.release = false,
                "--no-hello" => options.hello = false,
                "--hello-only" => options.crates = false,
                "--plan" => options.plan = true,
                other => return Err(format!("unknown argument `{other}`")),
            }
        }
        Ok(options)
    }
}

/// One crate in one feature configuration, as a probe depends on it.
#[derive(Debug, Clone)]
pub struct Subject {
    /// The probe's package name (`probe-ours-full`).
    pub probe: &'static str,
    /// The row's label in the report.
    pub label: &'static str,
    /// The package whose artifacts are removed before the timed build.
    pub package: &'static str,
    /// The probe's dependency line.
    pub dependency: String,
    /// Which async-openai row this row is compared with (by probe name).
    pub compare_with: Option<&'static str>,
}

/// The crate alone configurations, in report order, for a probe workspace at `work`.
pub fn subjects(root: &Path, work: &Path) -> Vec<Subject> {
    let ours = root.join("generated-client");
    let reference = work.join("reference-client");
    let path = |p: &Path| p.display().to_string().replace('\\', "/");
    vec![
        Subject {
            probe: "probe-ours-all",
            label: "openai-client (ours), all features",
            package: "openai-client",
            dependency: format!("openai-client = {{ path = \"{}\", features = [\"realtime\"] }}", path(&ours)),
            compare_with: Some("probe-aoai-full"),
        },
        Subject {
            probe: "probe-ours-default",
            label: "openai-client (ours), default features",
            package: "openai-client",
            dependency: format!("openai-client = {{ path = \"{}\" }}", path(&ours)),
            compare_with: Some("probe-aoai-full"),
        },
        Subject {
            probe: "probe-ours-chat",
            label: "openai-client (ours), `chat` alone",
            package: "openai-client",
            dependency: format!(
                "openai-client = {{ path = \"{}\", default-features = false, features = [\"tls-graviola\", \"chat\"] }}",
                path(&ours)
            ),
            compare_with: Some("probe-aoai-chat"),
        },
        Subject {
            probe: "probe-ours-types",
            label: "openai-client (ours), types alone (`full` without `client`)",
            package: "openai-client",
            dependency: format!(
                "openai-client = {{ path = \"{}\", default-features = false, features = [\"full\"] }}",
                path(&ours)
            ),
            compare_with: Some("probe-aoai-full"),
        },
        Subject {
            probe: "probe-reference",
            // The reference spec describes no WebSocket endpoint: no optional feature.
            label: "generated from the reference spec, all features",
            package: "reference-client",
            dependency: format!("reference-client = {{ path = \"{}\" }}", path(&reference)),
            compare_with: Some("probe-aoai-full"),
        },
        Subject {
            probe: "probe-aoai-full",
            label: "async-openai, `full`",
            package: "async-openai",
            dependency: format!("async-openai = {{ version = \"={ASYNC_OPENAI}\", features = [\"full\"] }}"),
            compare_with: None,
        },
        Subject {
            probe: "probe-aoai-chat",
            label: "async-openai, `chat-completion`",
            package: "async-openai",
            dependency: format!("async-openai = {{ version = \"={ASYNC_OPENAI}\", features = [\"chat-completion\"] }}"),
            compare_with: None,
        },
    ]
}

/// A one-call binary through each client.
struct Hello {
    package: &'static str,
    label: &'static str,
    dependencies: String,
    main: &'static str,
}

fn hellos(root: &Path) -> Vec<Hello> {
    let ours = root.join("generated-client").display().to_string().replace('\\', "/");
    let tokio = "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }";
    vec![
        Hello {
            package: "hello-ours",
            label: "openai-client (ours), `models` alone",
            dependencies: format!(
                "openai-client = {{ path = \"{ours}\", default-features = false, features = [\"tls-graviola\", \"models\"] }}\n{tokio}\n"
            ),
            main: "#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {\n    \
                   let client = openai_client::Client::from_env()?;\n    \
                   let models = client.models().list().await?;\n    \
                   println!(\"{} models\", models.data.len());\n    Ok(())\n}\n",
        },
        Hello {
            package: "hello-aoai",
            label: "async-openai, `model`",
            dependencies: format!(
                "async-openai = {{ version = \"={ASYNC_OPENAI}\", features = [\"model\"] }}\n{tokio}\n"
            ),
            main: "#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {\n    \
                   let client = async_openai::Client::new();\n    \
                   let models = client.models().list().await?;\n    \
                   println!(\"{} models\", models.data.len());\n    Ok(())\n}\n",
        },
    ]
}

/// Wall time and the peak resident set of the largest process, of one command.
#[derive(Debug, Clone, Copy)]
pub struct Cost {
    pub wall: Duration,
    pub peak_rss_kb: u64,
}

/// Runs `command` to completion and measures it: `wait4` reports the largest resident set
/// among the process and the descendants it waited for (cargo waits for each `rustc`).
pub fn measure(command: &mut Command) -> Result<Cost, String> {
    let start = Instant::now();
    let child = command.spawn().map_err(|e| format!("cannot run {command:?}: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data, fully written by `wait4` on success.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet waited for (the `Child` is never waited on).
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    if waited != pid {
        return Err(format!("waiting for {command:?} failed: {}", std::io::Error::last_os_error()));
    }
    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        return Err(format!("{command:?} failed (wait status {status})"));
    }
    // On Linux `ru_maxrss` is in kilobytes.
    Ok(Cost { wall, peak_rss_kb: usage.ru_maxrss.max(0) as u64 })
}

/// Measures everything `options` asks for and returns the report (markdown).
pub fn run(root: &Path, options: &Options) -> Result<String, String> {
    let work = root.join("target/compile-cost");
    write_workspace(root, &work)?;
    let subjects = subjects(root, &work);
    if options.plan {
        return Ok(plan(&work, &subjects, options));
    }
    let target = work.join("target");
    eprintln!("compile-cost: fetching dependencies");
    run_ok(cargo(&work).arg("fetch"))?;
    let mut debug: BTreeMap<&str, Cost> = BTreeMap::new();
    let mut release: BTreeMap<&str, Cost> = BTreeMap::new();
    for subject in subjects.iter().filter(|_| options.crates) {
        debug.insert(subject.probe, crate_alone(&work, &target, subject, false)?);
        if options.release {
            release.insert(subject.probe, crate_alone(&work, &target, subject, true)?);
        }
    }
    let mut hello: Vec<(&str, Cost)> = Vec::new();
    if options.hello {
        for h in hellos(root) {
            let dir = work.join(format!("target-{}", h.package));
            let _ = std::fs::remove_dir_all(&dir);
            eprintln!("compile-cost: clean build of {}", h.package);
            let cost = measure(cargo(&work).args(["build", "-q", "-p", h.package, "--target-dir"]).arg(&dir))?;
            hello.push((h.label, cost));
        }
    }
    if options.crates {
        eprintln!("compile-cost: where the time of the reference crate goes (cargo build --timings)");
        run_ok(cargo(&work).args(["clean", "-q", "-p", "reference-client", "--target-dir"]).arg(&target))?;
        run_ok(cargo(&work).args(["build", "-q", "-p", "probe-reference", "--timings", "--target-dir"]).arg(&target))?;
    }
    let report = report(&subjects, &debug, &release, &hello, &target.join("cargo-timings/cargo-timing.html"));
    std::fs::write(work.join("report.md"), &report).map_err(|e| format!("cannot write the report: {e}"))?;
    Ok(report)
}

/// Builds the probe (every dependency), cleans the subject's package, and times the rebuild.
fn crate_alone(work: &Path, target: &Path, subject: &Subject, release: bool) -> Result<Cost, String> {
    let profile = if release { "release" } else { "debug" };
    eprintln!("compile-cost: {} ({profile})", subject.label);
    let with_profile = |command: &mut Command| {
        if release {
            command.arg("--release");
        }
        command.arg("--target-dir").arg(target);
    };
    let mut prebuild = cargo(work);
    prebuild.args(["build", "-q", "-p", subject.probe]);
    with_profile(&mut prebuild);
    run_ok(&mut prebuild)?;
    let mut clean = cargo(work);
    clean.args(["clean", "-q", "-p", subject.package]);
    with_profile(&mut clean);
    run_ok(&mut clean)?;
    let mut build = cargo(work);
    build.args(["build", "-q", "-p", subject.probe]);
    with_profile(&mut build);
    measure(&mut build)
}

fn cargo(work: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.current_dir(work).env("CARGO_INCREMENTAL", "0").env_remove("RUSTFLAGS");
    command
}

fn run_ok(command: &mut Command) -> Result<(), String> {
    measure(command).map(drop)
}

/// The probe workspace: the reference crate generated afresh, a probe per subject, a
/// hello-world per client.
fn write_workspace(root: &Path, work: &Path) -> Result<(), String> {
    let spec = root.join("../shared/reference/openai-openapi.yaml");
    let generated = generator::generate(&spec, &generator::Options::default().with_crate_name("reference-client"))
        .map_err(|e| format!("the reference spec does not generate: {e}"))?;
    let reference = work.join("reference-client");
    let _ = std::fs::remove_dir_all(&reference);
    let mut files: Vec<(PathBuf, String)> =
        generated.files.into_iter().map(|(path, text)| (reference.join(path), text)).collect();
    let mut members = Vec::new();
    for subject in subjects(root, work) {
        members.push(subject.probe.to_owned());
        files.push((work.join(subject.probe).join("Cargo.toml"), manifest(subject.probe, &subject.dependency)));
        files.push((work.join(subject.probe).join("src/lib.rs"), "//! Only the dependency matters.\n".to_owned()));
    }
    for hello in hellos(root) {
        members.push(hello.package.to_owned());
        files.push((work.join(hello.package).join("Cargo.toml"), manifest(hello.package, &hello.dependencies)));
        files.push((work.join(hello.package).join("src/main.rs"), hello.main.to_owned()));
    }
    members.push("reference-client".to_owned());
    let list = members.iter().map(|m| format!("\"{m}\"")).collect::<Vec<_>>().join(", ");
    files.push((
        work.join("Cargo.toml"),
        format!("# @generated by `cargo xtask compile-cost`\n[workspace]\nmembers = [{list}]\nresolver = \"3\"\n"),
    ));
    for (path, text) in files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// A probe package's manifest: `dependencies` are its `[dependencies]` lines.
fn manifest(name: &str, dependencies: &str) -> String {
    let dependencies = dependencies.trim_end();
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{dependencies}\n"
    )
}

fn plan(work: &Path, subjects: &[Subject], options: &Options) -> String {
    let mut out = format!("probe workspace: {}\n", work.display());
    for subject in subjects.iter().filter(|_| options.crates) {
        let profiles = if options.release { "debug, release" } else { "debug" };
        let _ = writeln!(out, "- {} ({profiles}): {}", subject.label, subject.dependency);
    }
    if options.hello {
        out.push_str("- clean hello-world builds: hello-ours, hello-aoai\n");
    }
    out
}

fn seconds(cost: &Cost) -> String {
    format!("{:.1} s", cost.wall.as_secs_f64())
}

fn gigabytes(cost: &Cost) -> String {
    format!("{:.2} GB", cost.peak_rss_kb as f64 / 1_000_000.0)
}

fn ratio(ours: &Cost, theirs: &Cost) -> String {
    format!(
        "{:.2}× time, {:.2}× memory",
        ours.wall.as_secs_f64() / theirs.wall.as_secs_f64(),
        ours.peak_rss_kb as f64 / theirs.peak_rss_kb as f64
    )
}

fn report(
    subjects: &[Subject],
    debug: &BTreeMap<&str, Cost>,
    release: &BTreeMap<&str, Cost>,
    hello: &[(&str, Cost)],
    timings: &Path,
) -> String {
    let mut out = String::new();
    if !debug.is_empty() {
        out.push_str("## Compile cost (crate alone, dependencies prebuilt)\n\n");
        out.push_str("| crate | debug | debug peak | release | release peak | vs async-openai (debug) |\n");
        out.push_str("|---|---|---|---|---|---|\n");
    }
    let label = |probe: &str| subjects.iter().find(|s| s.probe == probe).map_or("", |s| s.label);
    for subject in subjects {
        let Some(d) = debug.get(subject.probe) else { continue };
        let (r, rp) =
            release.get(subject.probe).map_or(("–".to_owned(), "–".to_owned()), |r| (seconds(r), gigabytes(r)));
        let versus = subject
            .compare_with
            .and_then(|other| debug.get(other).map(|o| format!("{} ({})", ratio(d, o), label(other))))
            .unwrap_or_default();
        let _ = writeln!(out, "| {} | {} | {} | {r} | {rp} | {versus} |", subject.label, seconds(d), gigabytes(d));
    }
    if !hello.is_empty() {
        out.push_str("\n## Clean hello-world build (`models().list()`, every dependency, debug)\n\n");
        out.push_str("| client | time | peak |\n|---|---|---|\n");
        for (label, cost) in hello {
            let _ = writeln!(out, "| {label} | {} | {} |", seconds(cost), gigabytes(cost));
        }
        if let [(_, ours), (_, theirs)] = hello {
            let _ = writeln!(out, "\nours / async-openai: {}", ratio(ours, theirs));
        }
    }
    if !debug.is_empty() {
        let _ = writeln!(out, "\nWhere the reference crate's build goes, unit by unit: {}", timings.display());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse() {
        let all = Options::parse(&[]).unwrap();
        assert_eq!(all, Options { release: true, hello: true, crates: true, plan: false });
        let quick = Options::parse(&["--no-release".into(), "--no-hello".into(), "--plan".into()]).unwrap();
        assert_eq!(quick, Options { release: false, hello: false, crates: true, plan: true });
        let hello = Options::parse(&["--hello-only".into()]).unwrap();
        assert!(hello.hello && !hello.crates);
        assert!(Options::parse(&["--fast".into()]).is_err());
    }

    /// What the test command checks of the benchmark: that it starts, i.e. writes a probe
    /// workspace cargo can read (generating the reference crate on the way).
    #[test]
    fn the_probe_workspace_is_written() {
        let root = crate::workspace_root();
        let work = tempfile::tempdir().unwrap();
        write_workspace(&root, work.path()).unwrap();
        for subject in subjects(&root, work.path()) {
            let manifest = std::fs::read_to_string(work.path().join(subject.probe).join("Cargo.toml")).unwrap();
            assert!(manifest.contains(&subject.dependency), "{manifest}");
        }
        assert!(work.path().join("reference-client/src/lib.rs").is_file());
        assert!(work.path().join("hello-ours/src/main.rs").is_file());
        let options = Options { release: false, hello: true, crates: true, plan: true };
        let plan = plan(work.path(), &subjects(&root, work.path()), &options);
        assert!(plan.contains("async-openai, `full` (debug)"), "{plan}");
    }

    #[test]
    fn measure_reports_time_and_memory_of_a_child() {
        // A child that holds ~50 MB resident before exiting.
        let mut command = Command::new("python3");
        command.args(["-c", "b = bytearray(50_000_000); b[::4096] = b'x' * len(b[::4096])"]);
        let cost = measure(&mut command).unwrap();
        assert!(cost.peak_rss_kb > 40_000, "{cost:?}");
        assert!(measure(&mut Command::new("false")).is_err());
    }
}
