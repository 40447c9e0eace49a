//! An OpenAPI 3.0/3.1 → async Rust client generator.
//!
//! The pipeline, one module per stage, each a function from the previous stage's value to
//! the next (the same table is in `docs/architecture.md`):
//!
//! ```text
//! spec (YAML/JSON, OpenAPI 3.0 or 3.1)
//!   │  load       generator/src/load.rs        reads the spec; text → serde_json::Value (lenient numbers, key order kept; big YAML in two halves)
//!   │  bundle     generator/src/bundle.rs      reads the files it references; → one document whose $refs name whole components
//!   │  normalize  generator/src/normalize.rs   3.1 / JSON Schema 2020-12 → the 3.0 form openapiv3 reads; repairs; unread defects dropped
//!   │  resolve    generator/src/resolve.rs     structure, $ref, cycle and x-websockets checks; Value → Spec (openapiv3::OpenAPI, typed x-websockets, webhook payloads); $ref lookups
//!   │  lower      generator/src/lower/         Spec → IR (generator/src/ir/): every name decided here, once
//!   │  surface    generator/src/surface/       IR → the API surface users of the crate see (written as api-surface.json; compared by diff/)
//!   │  emit       generator/src/emit/          IR → Plan: one format job per Rust file (path, weight, token builder); askama renders Cargo.toml, README, runtime
//!   │  format     generator/src/format.rs      Plan → files in memory: per job, on worker threads, quote tokens → syn → prettyplease
//!   ▼  write      generator/src/write.rs       writes the files, or compares them (drift check); stale files removed; saves unformatted sources
//! generated crate
//! ```
//!
//! Three stages touch the disk: `load` reads the spec and `bundle` the files it references;
//! `write` is the only one that writes (the generated files, and, through
//! [`write::save_unformatted`], the source of a file that failed to format), and it reads
//! only the output directory, to compare. [`generate`] runs the stages up to `format` and
//! returns the files in memory with per-stage timings; [`write::sync`] writes them or
//! checks them.
//!
//! Beside the pipeline, [`diff`] compares two API surfaces (of two specs, or of a spec and
//! the `api-surface.json` of a generated crate) and judges every change under semver:
//! [`api_surface`] reads either kind of file, [`diff::diff`] compares.

pub mod bundle;
pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod format;
pub mod ir;
pub mod load;
pub mod lower;
pub mod normalize;
pub mod positions;
pub mod resolve;
pub mod surface;
pub mod write;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use diagnostics::{Error, Location, Result, Warning};

/// Generator settings (`with_*` builders keep call sites readable).
#[derive(Debug, Clone)]
pub struct Options {
    /// Package name of the generated crate (`openai-client`).
    pub crate_name: String,
    pub crate_version: String,
    /// Named in every file's preamble as the way to regenerate it.
    pub regenerate_command: String,
    /// Add an empty `[workspace]` table so the crate builds on its own inside another workspace's tree.
    pub standalone: bool,
    /// Also write `tests/api.rs`: one test per operation against a mock server of the spec.
    pub with_tests: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            crate_name: "api-client".to_owned(),
            crate_version: "0.1.0".to_owned(),
            regenerate_command: String::new(),
            standalone: false,
            with_tests: false,
        }
    }
}

impl Options {
    pub fn with_crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = name.into();
        self
    }
    pub fn with_crate_version(mut self, version: impl Into<String>) -> Self {
        self.crate_version = version.into();
        self
    }
    pub fn with_regenerate_command(mut self, command: impl Into<String>) -> Self {
        self.regenerate_command = command.into();
        self
    }
    pub fn with_standalone(mut self, standalone: bool) -> Self {
        self.standalone = standalone;
        self
    }
    pub fn with_tests(mut self, with_tests: bool) -> Self {
        self.with_tests = with_tests;
        self
    }
}

/// The generated crate, in memory.
#[derive(Debug)]
pub struct Generated {
    /// Relative path → contents, sorted by path.
    pub files: std::collections::BTreeMap<PathBuf, String>,
    pub warnings: Vec<Warning>,
    /// How long each stage took, in pipeline order.
    pub timings: Vec<(&'static str, Duration)>,
    /// The API the crate offers, also among the files as `api-surface.json`.
    pub surface: surface::Surface,
}

/// Runs the pipeline on the spec at `spec_path`.
pub fn generate(spec_path: &Path, options: &Options) -> Result<Generated> {
    let clock = Instant::now();
    run(spec_path, load::read(spec_path)?, options, clock)
}

/// Runs the pipeline on spec text already in memory (nothing is read or written);
/// `spec_path` only names the spec in messages and, by its extension, marks JSON.
pub fn generate_from_text(spec_path: &Path, text: impl Into<String>, options: &Options) -> Result<Generated> {
    run(spec_path, text.into(), options, Instant::now())
}

/// The spec as the generator reads it: loaded, bundled into one document (other files and
/// references to any place gathered into `components`) and normalized to OpenAPI 3.0, with
/// the warnings about what was repaired. For serving a mock server a spec it cannot read as
/// written, and for looking at what the generator sees.
pub fn prepare(spec_path: &Path) -> Result<(serde_json::Value, Vec<Warning>)> {
    let mut warnings = diagnostics::Warnings::new(spec_path);
    let (source, value) = load::load(spec_path, &mut warnings)?;
    let (source, mut value) = bundle::bundle(source, value, &mut warnings)?;
    normalize::normalize(&mut value, &mut warnings);
    Ok((value, warnings.into_located(&source)))
}

fn run(spec_path: &Path, text: String, options: &Options, mut clock: Instant) -> Result<Generated> {
    let mut timings = Vec::new();
    let mut warnings = diagnostics::Warnings::new(spec_path);
    let mut lap = |stage: &'static str, timings: &mut Vec<(&'static str, Duration)>| {
        let now = Instant::now();
        timings.push((stage, now - clock));
        clock = now;
    };
    let (source, value) = load::from_text(spec_path, text, &mut warnings)?;
    lap("load", &mut timings);
    let (source, mut value) = bundle::bundle(source, value, &mut warnings)?;
    lap("bundle", &mut timings);
    normalize::normalize(&mut value, &mut warnings);
    lap("normalize", &mut timings);
    let spec = resolve::resolve(&source, value)?;
    lap("resolve", &mut timings);
    let api = lower::lower(&spec, &mut warnings)?;
    lap("lower", &mut timings);
    let spec_name = spec_path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let surface = surface::Surface::from_api(&api, emit::preamble(options, &spec_name));
    lap("surface", &mut timings);
    let plan = emit::emit(&api, &surface, options, &spec_name)?;
    lap("emit", &mut timings);
    // The plan's jobs build their tokens on the formatting threads (see `format::Tokens`).
    let files = format::format(plan)?;
    lap("format", &mut timings);
    Ok(Generated { files, warnings: warnings.into_located(&source), timings, surface })
}

/// The API surface of a spec (the pipeline up to `surface`; nothing is emitted), with the
/// warnings about the spec's defects.
pub fn surface_of_spec(spec_path: &Path) -> Result<(surface::Surface, Vec<Warning>)> {
    let mut warnings = diagnostics::Warnings::new(spec_path);
    let (source, value) = load::load(spec_path, &mut warnings)?;
    let (source, mut value) = bundle::bundle(source, value, &mut warnings)?;
    normalize::normalize(&mut value, &mut warnings);
    let spec = resolve::resolve(&source, value)?;
    let api = lower::lower(&spec, &mut warnings)?;
    Ok((surface::Surface::from_api(&api, String::new()), warnings.into_located(&source)))
}

/// The API surface in a file: a generated crate's `api-surface.json` (any JSON file with a
/// `surface_version`), or a spec, which is read and lowered.
pub fn api_surface(path: &Path) -> Result<(surface::Surface, Vec<Warning>)> {
    if path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json")) {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        if let Ok(document) = serde_json::from_str::<serde_json::Value>(&text)
            && surface::Surface::is_surface(&document)
        {
            return Ok((surface::Surface::from_json(path, &text)?, Vec::new()));
        }
    }
    surface_of_spec(path)
}
