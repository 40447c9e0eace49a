//! Seeds and inputs: loading the seed specs (golden fixtures, negative fixtures, the OpenAI
//! spec) and deriving input `index` from them, the base seed and the index alone, so a
//! run is deterministic and any input can be replayed.

use std::path::{Path, PathBuf};

use generator::diagnostics::Warnings;
use serde_json::Value;

use crate::mutations::{mutate, mutate_names, mutate_text};
use crate::rng::Rng;

/// One input in this many mutates the 450 KB OpenAI spec (0.3 s per run in a debug build).
const BIG_SEED_ODDS: u64 = 40;

/// A seed spec: its text and, when it parses, its JSON value.
pub(crate) struct Seed {
    name: String,
    /// A negative fixture: fails early, so it is picked less often than a golden spec.
    invalid: bool,
    text: String,
    value: Option<Value>,
    json: bool,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn load_seed(path: &Path) -> Seed {
    let root = workspace_root();
    let name = path.strip_prefix(&root).unwrap_or(path).display().to_string();
    let text = std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let mut warnings = Warnings::new(path);
    let value = generator::load::parse(path, &text, &mut warnings).ok();
    let invalid = name.contains("fixtures/invalid");
    Seed { name, invalid, json: path.extension().is_some_and(|e| e == "json"), text, value }
}

/// Small seeds first (in name order), the OpenAI spec last.
pub(crate) fn seeds() -> Vec<Seed> {
    let root = workspace_root();
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/fixtures/golden")).into_iter().flatten().flatten() {
        let spec = entry.path().join("spec.yaml");
        if spec.exists() {
            paths.push(spec);
        }
    }
    for entry in std::fs::read_dir(root.join("tests/fixtures/invalid")).into_iter().flatten().flatten() {
        if entry.path().extension().is_some_and(|e| e == "yaml" || e == "json") {
            paths.push(entry.path());
        }
    }
    paths.sort();
    assert!(!paths.is_empty(), "no seed specs under {}/tests/fixtures", root.display());
    paths.push(root.join("spec/openai.yaml"));
    paths.iter().map(|p| load_seed(p)).collect()
}

/// One fuzz input: the text to generate from, what it was made from and how.
pub(crate) struct Input {
    pub(crate) file_name: &'static str,
    pub(crate) text: String,
    pub(crate) seed: String,
    pub(crate) mutations: Vec<String>,
}

/// Input `index` of the run with base seed `base`: derived from these two alone.
pub(crate) fn make_input(seeds: &[Seed], base: u64, index: u64) -> Input {
    let mut rng = Rng::new(base ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let small = &seeds[..seeds.len() - 1];
    let (invalid, golden): (Vec<&Seed>, Vec<&Seed>) = small.iter().partition(|s| s.invalid);
    let seed = if rng.chance(BIG_SEED_ODDS) {
        &seeds[seeds.len() - 1]
    } else if invalid.is_empty() || (!golden.is_empty() && !rng.chance(4)) {
        *rng.pick(&golden)
    } else {
        *rng.pick(&invalid)
    };
    let mut mutations = Vec::new();
    // Half the golden inputs only get names and texts changed, so they reach lowering and
    // emission; the rest get anything.
    let names_only = !seed.invalid && rng.chance(2);
    let count = if names_only { 1 + rng.below(3) } else { 1 + rng.below(4) };
    match &seed.value {
        Some(value) if !rng.chance(6) => {
            let mut doc = value.clone();
            for _ in 0..count * 3 {
                if mutations.len() == count {
                    break;
                }
                let done = if names_only { mutate_names(&mut rng, &mut doc) } else { mutate(&mut rng, &mut doc) };
                mutations.extend(done);
            }
            let json = rng.chance(4);
            let text = if json {
                if rng.chance(2) { serde_json::to_string_pretty(&doc) } else { serde_json::to_string(&doc) }
                    .unwrap_or_default()
            } else {
                serde_yaml::to_string(&doc).unwrap_or_default()
            };
            Input { file_name: if json { "fuzz.json" } else { "fuzz.yaml" }, text, seed: seed.name.clone(), mutations }
        }
        _ => {
            let mut text = seed.text.clone();
            for _ in 0..count {
                mutations.push(mutate_text(&mut rng, &mut text));
            }
            Input {
                file_name: if seed.json { "fuzz.json" } else { "fuzz.yaml" },
                text,
                seed: seed.name.clone(),
                mutations,
            }
        }
    }
}
