//! Our generator beside progenitor (Oxide's OpenAPI → Rust generator), in one process with
//! one allocator: `cargo run --release --manifest-path compare/progenitor/Cargo.toml`.
//!
//! Two tables:
//! 1. **Can it generate?** Every spec of ours (the official OpenAI spec, `spec/openai.yaml`,
//!    the golden fixtures) through both generators. progenitor reads only OpenAPI 3.0, so it
//!    gets each spec after our `normalize` stage has turned 3.1 into 3.0 — a head start it
//!    would not have on its own.
//! 2. **How fast?** progenitor cannot generate a client from either OpenAI spec, so it is
//!    timed on the part it can do: the component types alone, with `paths` emptied and every
//!    schema `default` removed (typify rejects defaults it cannot check), parsed from JSON
//!    (cheaper than YAML). Ours is timed on the whole client from the original YAML file.
//!    Both end in formatted text (`syn` + prettyplease).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Where the last panic happened; the hook records it instead of printing.
static PANIC_AT: Mutex<String> = Mutex::new(String::new());

fn main() {
    std::panic::set_hook(Box::new(|info| {
        *PANIC_AT.lock().unwrap_or_else(|e| e.into_inner()) =
            info.location().map(|l| l.to_string()).unwrap_or_default();
    }));
    let runs = std::env::var("BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let official = root.join("../shared/reference/openai-openapi.yaml");
    let ours = root.join("spec/openai.yaml");

    println!("## Can it generate a client?\n");
    println!("| spec | ours | progenitor 0.15 |");
    println!("|---|---|---|");
    let mut specs = vec![official.clone(), ours.clone()];
    specs.extend(golden_fixtures(&root));
    let (mut ours_ok, mut progenitor_ok) = (0, 0);
    for spec in &specs {
        let ours = match generator::generate(spec, &generator::Options::default()) {
            Ok(generated) => {
                ours_ok += 1;
                format!("ok, {} lines", line_count(generated.files.values()))
            }
            Err(err) => format!("fails: {err}"),
        };
        let theirs = match normalized(spec).and_then(|value| progenitor(&value.to_string())) {
            Ok(text) => {
                progenitor_ok += 1;
                format!("ok, {} lines", text.lines().count())
            }
            Err(err) => format!("fails: {}", one_line(&err)),
        };
        println!("| {} | {ours} | {theirs} |", display(&root, spec));
    }
    println!("\nGenerated: ours {ours_ok} of {0} specs, progenitor {progenitor_ok} of {0}.", specs.len());
    println!("Our line counts include the crate's ~3,500-line runtime (transport, retries, streaming,");
    println!("paging, uploads); progenitor's code relies on its `progenitor-client` crate instead.\n");

    println!("## Time ({runs} runs, median)\n");
    println!(
        "| spec | ours: whole client from YAML | progenitor: component types only, from JSON | ours ÷ progenitor |"
    );
    println!("|---|---|---|---|");
    for spec in [&official, &ours] {
        let (ours_time, ours_lines) = median_of(runs, || {
            let generated =
                generator::generate(spec, &generator::Options::default()).expect("our generator handles the spec");
            line_count(generated.files.values())
        });
        let json = types_only(normalized(spec).expect("the spec normalizes")).to_string();
        let (theirs_time, theirs_lines) =
            median_of(runs, || progenitor(&json).expect("progenitor handles the types").lines().count());
        println!(
            "| {} | {:.0} ms, {ours_lines} lines | {:.0} ms, {theirs_lines} lines | {:.2}x |",
            display(&root, spec),
            ms(ours_time),
            ms(theirs_time),
            ours_time.as_secs_f64() / theirs_time.as_secs_f64(),
        );
    }
}

/// The golden fixture specs, sorted.
fn golden_fixtures(root: &Path) -> Vec<PathBuf> {
    let dir = root.join("tests/fixtures/golden");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| Some(entry.ok()?.path().join("spec.yaml")))
        .filter(|spec| spec.is_file())
        .collect();
    specs.sort();
    specs
}

/// The spec as OpenAPI 3.0 JSON, by our own load and normalize stages.
fn normalized(spec: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(spec).map_err(|e| e.to_string())?;
    let mut warnings = generator::diagnostics::Warnings::new(spec);
    let (_, mut value) = generator::load::from_text(spec, text, &mut warnings).map_err(|e| e.to_string())?;
    generator::normalize::normalize(&mut value, &mut warnings);
    Ok(value)
}

/// What progenitor can digest of a large spec: no operations, no schema defaults.
fn types_only(mut value: Value) -> Value {
    value["paths"] = Value::Object(Default::default());
    strip_schema_defaults(&mut value, "");
    value
}

/// Removes `default` keys except where `default` names a response or a property.
fn strip_schema_defaults(value: &mut Value, parent_key: &str) {
    match value {
        Value::Object(map) => {
            if parent_key != "properties" && parent_key != "responses" {
                map.remove("default");
            }
            for (key, child) in map.iter_mut() {
                strip_schema_defaults(child, key);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| strip_schema_defaults(item, "")),
        _ => {}
    }
}

/// progenitor from OpenAPI 3.0 JSON to formatted text; its errors and panics as text.
fn progenitor(json: &str) -> Result<String, String> {
    let run = || -> Result<String, String> {
        let spec: openapiv3::OpenAPI = serde_json::from_str(json).map_err(|e| format!("does not parse: {e}"))?;
        let tokens = progenitor::Generator::new(&progenitor::GenerationSettings::default())
            .generate_tokens(&spec)
            .map_err(|e| e.to_string())?;
        let file = syn::parse2::<syn::File>(tokens).map_err(|e| format!("emits invalid Rust: {e}"))?;
        Ok(prettyplease::unparse(&file))
    };
    catch_unwind(AssertUnwindSafe(run)).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = PANIC_AT.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let crate_file = at.rsplit("/src/").next().unwrap_or(&at).to_owned();
        Err(format!("panics ({crate_file}): {message}"))
    })
}

fn median_of(runs: usize, mut job: impl FnMut() -> usize) -> (Duration, usize) {
    let mut output = job(); // warm-up
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            output = job();
            started.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], output)
}

fn line_count<'a>(files: impl Iterator<Item = &'a String>) -> usize {
    files.map(|text| text.lines().count()).sum()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// First line of an error, without progenitor's generic prefix, at most 110 characters.
fn one_line(err: &str) -> String {
    let line = err.lines().next().unwrap_or_default();
    let line = line.trim_start_matches("unexpected or unhandled format in the OpenAPI document ").replace('|', "/");
    match line.char_indices().nth(110) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

fn display(root: &Path, spec: &Path) -> String {
    let shown = spec.strip_prefix(root).unwrap_or(spec).display().to_string();
    shown.trim_start_matches("../").to_owned()
}
