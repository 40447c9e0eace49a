//! The run's results as a table (outcomes, then each failure class with examples) and as
//! JSON (one record per document).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Value, json};

use super::SpecResult;
use super::check::{self, CheckOutcome};
use super::classify::{panic_template, parse_spec_message, spec_template};
use super::generate::GenOutcome;

/// Examples shown per class.
const EXAMPLES: usize = 3;

/// A failure class: how often it occurred, in how many documents, and a few examples.
#[derive(Debug, Default)]
struct Class {
    occurrences: usize,
    documents: usize,
    examples: Vec<(String, String)>,
}

type Classes = BTreeMap<String, Class>;

fn add(classes: &mut Classes, class: &str, occurrences: usize, spec: &str, example: &str) {
    let entry = classes.entry(class.to_owned()).or_default();
    entry.occurrences += occurrences;
    entry.documents += 1;
    if entry.examples.len() < EXAMPLES {
        entry.examples.push((spec.to_owned(), example.to_owned()));
    }
}

/// The class of a generator error line (as printed after `error: `).
pub fn generator_error_class(outcome: GenOutcome, error: &str) -> String {
    match outcome {
        GenOutcome::Panicked => panic_template(error),
        GenOutcome::TimedOut => "timed out".to_owned(),
        _ => match parse_spec_message(error) {
            Some(located) => spec_template(&located.message),
            // I/O errors start with the spec's path, which is no part of the class.
            None => {
                spec_template(error.rsplit_once(".json: ").or(error.rsplit_once(".yaml: ")).map_or(error, |(_, m)| m))
            }
        },
    }
}

fn warning_class(warning: &str) -> String {
    parse_spec_message(warning).map_or_else(|| spec_template(warning), |m| spec_template(&m.message))
}

/// The whole report, printed at the end of a run.
pub fn table(results: &[SpecResult], skipped: &str, checked: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n## Outcomes ({} documents{skipped})\n", results.len());
    let _ = writeln!(out, "| outcome | documents |\n|---|---|");
    for outcome in GenOutcome::ALL {
        let count = results.iter().filter(|r| r.generation.outcome == outcome).count();
        let _ = writeln!(out, "| {} | {count} |", outcome.label());
    }
    if checked {
        let generated = results.iter().filter(|r| r.generation.outcome.generated()).count();
        let _ = writeln!(out, "| **of the {generated} generated crates, `cargo check --all-features`:** | |");
        for outcome in CheckOutcome::ALL {
            let count = results.iter().filter(|r| r.check.as_ref().is_some_and(|c| c.outcome == outcome)).count();
            if count > 0 || outcome != CheckOutcome::NotChecked {
                let _ = writeln!(out, "| {} | {count} |", outcome.label());
            }
        }
    }
    section(&mut out, "Generator failures (rejections, panics, timeouts) by message", &generator_classes(results));
    section(&mut out, "Compile errors by code and message", &check_classes(results, true));
    section(&mut out, "rustc warnings by lint", &check_classes(results, false));
    section(&mut out, "Spec warnings (generated anyway) by message", &spec_warning_classes(results));
    unchecked(&mut out, results);
    out
}

/// Generated crates the check left out or never reached, with the reason.
fn unchecked(out: &mut String, results: &[SpecResult]) {
    let left_out: Vec<(&str, &check::CheckResult)> = results
        .iter()
        .filter_map(|r| r.check.as_ref().map(|c| (r.document.shown.as_str(), c)))
        .filter(|(_, c)| matches!(c.outcome, CheckOutcome::TooLarge | CheckOutcome::NotChecked))
        .collect();
    if left_out.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## Generated crates not checked\n");
    for (spec, check) in left_out {
        let _ = writeln!(out, "- {spec}: {}: {}", check.outcome.label(), check.note.as_deref().unwrap_or_default());
    }
}

fn generator_classes(results: &[SpecResult]) -> Classes {
    let mut classes = Classes::new();
    for result in results.iter().filter(|r| !r.generation.outcome.generated()) {
        let error = result.generation.error.as_deref().unwrap_or_default();
        let class =
            format!("{}: {}", result.generation.outcome.key(), generator_error_class(result.generation.outcome, error));
        // The spec's path is already the example's label; the line and pointer say where.
        let example = parse_spec_message(error).map_or_else(
            || error.to_owned(),
            |m| format!("line {}: {}: {}", m.line.map_or("?".to_owned(), |l| l.to_string()), m.pointer, m.message),
        );
        add(&mut classes, &class, 1, &result.document.shown, &example);
    }
    classes
}

fn check_classes(results: &[SpecResult], errors: bool) -> Classes {
    let mut classes = Classes::new();
    for result in results {
        let Some(check) = &result.check else { continue };
        let (counts, kept) =
            if errors { (&check.error_classes, &check.errors) } else { (&check.warning_classes, &check.warnings) };
        for (class, count) in counts {
            let example = kept.iter().find(|d| &d.class == class).map(|d| d.summary()).unwrap_or_default();
            add(&mut classes, class, *count, &result.document.shown, &example);
        }
    }
    classes
}

fn spec_warning_classes(results: &[SpecResult]) -> Classes {
    let mut classes = Classes::new();
    for result in results {
        let mut per_document: BTreeMap<String, (usize, &str)> = BTreeMap::new();
        for warning in &result.generation.warnings {
            per_document.entry(warning_class(warning)).or_insert((0, warning)).0 += 1;
        }
        for (class, (count, example)) in per_document {
            let example =
                parse_spec_message(example).map_or(example.to_owned(), |m| format!("{}: {}", m.pointer, m.message));
            add(&mut classes, &class, count, &result.document.shown, &example);
        }
    }
    classes
}

/// Classes, most documents first (then most occurrences, then name: deterministic).
fn section(out: &mut String, title: &str, classes: &Classes) {
    let _ = writeln!(out, "\n## {title}\n");
    if classes.is_empty() {
        let _ = writeln!(out, "(none)");
        return;
    }
    let mut sorted: Vec<(&String, &Class)> = classes.iter().collect();
    sorted.sort_by(|a, b| (b.1.documents, b.1.occurrences).cmp(&(a.1.documents, a.1.occurrences)).then(a.0.cmp(b.0)));
    for (name, class) in sorted {
        let _ = writeln!(out, "- {} documents, {} times: {name}", class.documents, class.occurrences);
        for (spec, example) in &class.examples {
            let _ = writeln!(out, "    {spec}: {}", shorten(example, 300));
        }
    }
}

/// The conformance sample: per document, tests passed in both Steady modes; then the
/// failure classes with examples.
pub fn conformance_table(results: &[super::conformance::ConformanceResult]) -> String {
    use super::conformance::Served;
    let mut out = String::new();
    let tests: usize = results.iter().map(|r| r.tests).sum();
    let passed: usize = results.iter().map(|r| r.passed).sum();
    let all_passed = results.iter().filter(|r| r.not_run.is_none() && r.tests > 0 && r.passed == r.tests).count();
    let _ = writeln!(
        out,
        "
## Conformance sample ({} documents: generated tests against Steady, default and strict `oneOf`)
",
        results.len()
    );
    let _ = writeln!(
        out,
        "{passed} of {tests} tests passed in both modes; {all_passed} documents passed every test.
"
    );
    let _ = writeln!(
        out,
        "| document | served | tests passed |
|---|---|---|"
    );
    for result in results {
        let served = match &result.served {
            Served::AsWritten => "as written".to_owned(),
            Served::Prepared(why) => format!("prepared ({})", shorten(why, 60)),
            Served::Not(why) => format!("not served ({})", shorten(why, 60)),
        };
        let passed = match &result.not_run {
            Some(reason) => format!("not run: {}", shorten(reason, 60)),
            None => format!("{}/{}", result.passed, result.tests),
        };
        let _ = writeln!(out, "| `{}` | {served} | {passed} |", result.shown);
    }
    let mut classes = Classes::new();
    for result in results {
        let mut seen = BTreeMap::new();
        for (test, class, message) in &result.failures {
            *seen.entry(class.clone()).or_insert(0) += 1;
            let entry = classes.entry(class.clone()).or_default();
            if entry.examples.len() < EXAMPLES && !entry.examples.iter().any(|(spec, _)| *spec == result.shown) {
                entry.examples.push((result.shown.clone(), format!("{test}: {}", shorten(message, 200))));
            }
        }
        for (class, count) in seen {
            let entry = classes.entry(class).or_default();
            entry.occurrences += count;
            entry.documents += 1;
        }
    }
    if !classes.is_empty() {
        let _ = writeln!(
            out,
            "
### Failure classes
"
        );
        for (class, entry) in &classes {
            let _ = writeln!(out, "- **{class}**: {} tests in {} documents", entry.occurrences, entry.documents);
            for (spec, example) in &entry.examples {
                let _ = writeln!(out, "  - `{spec}`: {example}");
            }
        }
    }
    out
}

fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let kept: String = text.chars().take(limit).collect();
    format!("{kept}…")
}

/// One JSON record per document, every field a plain value.
pub fn json(
    results: &[SpecResult],
    sample: &[super::conformance::ConformanceResult],
    phases: &[(String, f64)],
) -> Value {
    let specs: Vec<Value> = results.iter().map(spec_json).collect();
    let phases: Vec<Value> =
        phases.iter().map(|(phase, seconds)| json!({"phase": phase, "seconds": seconds})).collect();
    let conformance: Vec<Value> = sample
        .iter()
        .map(|r| {
            let failures: Vec<Value> = r
                .failures
                .iter()
                .map(|(test, class, message)| json!({"test": test, "class": class, "message": message}))
                .collect();
            json!({"crate_dir": r.slug, "shown": r.shown, "served": format!("{:?}", r.served), "not_run": r.not_run,
                "tests": r.tests, "passed": r.passed, "failures": failures})
        })
        .collect();
    json!({"phases": phases, "specs": specs, "conformance": conformance})
}

fn spec_json(result: &SpecResult) -> Value {
    let generation = &result.generation;
    let error_class = generation.error.as_deref().map(|e| generator_error_class(generation.outcome, e));
    let check = result.check.as_ref().map(|check| {
        let diagnostics = |list: &[super::check::Diagnostic]| -> Vec<Value> {
            list.iter()
                .map(
                    |d| json!({"code": d.code, "class": d.class, "message": d.message, "file": d.file, "line": d.line}),
                )
                .collect()
        };
        json!({
            "outcome": check.outcome.key(),
            "error_count": check.error_count,
            "warning_count": check.warning_count,
            "error_classes": check.error_classes,
            "warning_classes": check.warning_classes,
            "errors": diagnostics(&check.errors),
            "warnings": diagnostics(&check.warnings),
            "note": check.note,
        })
    });
    json!({
        "spec": result.document.path.display().to_string(),
        "shown": result.document.shown,
        "openapi": result.document.version,
        "crate_dir": result.document.slug,
        "generate": {
            "outcome": generation.outcome.key(),
            "exit": generation.exit,
            "seconds": generation.seconds,
            "error": generation.error,
            "error_class": error_class,
            "warnings": generation.warnings,
            "log": generation.log.display().to_string(),
        },
        "check": check,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generator_errors_are_classed_by_message_template() {
        let located = "/c/api/a.json:12: /paths/~1x/get/responses/4xx: `4xx` is not a response status: a range is written in capitals, `4XX`";
        assert_eq!(
            generator_error_class(GenOutcome::RejectedLocated, located),
            "`_` is not a response status: a range is written in capitals, `_`"
        );
        let io = "/c/api/a.json: No such file or directory (os error 2)";
        assert_eq!(generator_error_class(GenOutcome::RejectedUnlocated, io), "No such file or directory (os error N)");
        assert_eq!(generator_error_class(GenOutcome::TimedOut, "no result after 120 s"), "timed out");
    }
}
