//! Reporting: the tally of outcomes a campaign builds, the grouping of error messages into
//! families, the failure report (with replay commands) and the long mode's audit.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::inputs::Input;
use crate::mutations::char_boundary;
use crate::run::Outcome;

/// What a run found.
#[derive(Default)]
pub(crate) struct Tally {
    pub(crate) ran: u64,
    pub(crate) generated: u64,
    pub(crate) located: u64,
    /// Located errors whose pointer is only found through an ancestor.
    approximate: u64,
    approximate_examples: Vec<(u64, String)>,
    /// How often each kind of message came up (the message with names and numbers blanked).
    families: BTreeMap<String, u64>,
    /// Up to five examples of each kind of failure, and how many there were.
    pub(crate) failures: Vec<(u64, Outcome, Input)>,
    failure_count: BTreeMap<&'static str, u64>,
    /// The longest an input took, and its index.
    pub(crate) slowest: (Duration, u64),
}

impl Tally {
    /// How many failures of this kind there were.
    pub(crate) fn count(&self, kind: &str) -> u64 {
        self.failure_count.get(kind).copied().unwrap_or(0)
    }

    pub(crate) fn record(&mut self, index: u64, took: Duration, outcome: Outcome, input: Input) {
        self.ran += 1;
        if took > self.slowest.0 {
            self.slowest = (took, index);
        }
        let kind = match &outcome {
            Outcome::Generated => {
                self.generated += 1;
                return;
            }
            Outcome::Located { message, exact } => {
                self.located += 1;
                if !exact {
                    self.approximate += 1;
                    if self.approximate_examples.len() < 8 {
                        self.approximate_examples.push((index, message.clone()));
                    }
                }
                *self.families.entry(family(message)).or_default() += 1;
                return;
            }
            Outcome::Unlocated(_) => "spec errors without a line",
            Outcome::Internal(_) => "internal errors",
            Outcome::BadOutput(_) => "invalid generated files",
            Outcome::Panic(_) => "panics",
        };
        let seen = self.failure_count.entry(kind).or_default();
        *seen += 1;
        if *seen <= 5 {
            self.failures.push((index, outcome, input));
        }
    }
}

/// A message with its location, quoted names and numbers blanked, to group similar ones.
fn family(message: &str) -> String {
    let text = message.splitn(3, ": ").nth(2).unwrap_or(message);
    let mut out = String::new();
    let mut quote = None;
    for c in text.chars() {
        match (quote, c) {
            (None, '`' | '"') => {
                quote = Some(c);
                out.push(c);
                out.push('…');
            }
            (Some(q), c) if c == q => {
                quote = None;
                out.push(c);
            }
            (Some(_), _) => {}
            (None, c) if c.is_ascii_digit() => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            (None, c) => out.push(c),
        }
    }
    out.chars().take(150).collect()
}

/// One failure: its outcome, seed, mutations, replay command and (the start of) its text.
fn report_failure(base: u64, index: u64, outcome: &Outcome, input: &Input) -> String {
    let mut text = input.text.clone();
    const LIMIT: usize = 12_000;
    if text.len() > LIMIT {
        let cut = char_boundary(&text, LIMIT);
        text = format!("{}\n... ({} more bytes; replay to see all)", &text[..cut], text.len() - cut);
    }
    format!(
        "input {index} ({:?}): {outcome:?}\n  seed spec: {}\n  mutations:\n    {}\n  replay: FUZZ_SEED={base:#x} FUZZ_ONLY={index} cargo test -p generator --test fuzz -- --nocapture\n  ---- {} ----\n{text}\n  ----",
        input.file_name,
        input.seed,
        input.mutations.join("\n    "),
        input.file_name,
    )
}

/// Where the long mode's error messages are audited: how many are located only through an
/// ancestor of their pointer, and which messages come up most.
pub(crate) fn print_audit(tally: &Tally) {
    println!(
        "located errors whose exact pointer is not in the fuzzed text (line of an ancestor): {}",
        tally.approximate
    );
    for (index, message) in &tally.approximate_examples {
        println!("  input {index}: {}", message.chars().take(220).collect::<String>());
    }
    let mut families: Vec<(&String, &u64)> = tally.families.iter().collect();
    families.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("most frequent messages:");
    for (family, n) in families.iter().take(40) {
        println!("  {n:>6}  {family}");
    }
}

/// The failure counts and the first few failures, worst first, each with its replay command.
pub(crate) fn failure_report(tally: &Tally, base: u64) -> String {
    let mut failures = tally.failures.iter().collect::<Vec<_>>();
    // Panics first, then internal errors and invalid files, then unlocated errors.
    let severity = |outcome: &Outcome| match outcome {
        Outcome::Panic(_) => 0,
        Outcome::Internal(_) | Outcome::BadOutput(_) => 1,
        _ => 2,
    };
    failures.sort_by_key(|(index, outcome, _)| (severity(outcome), *index));
    let shown: Vec<String> =
        failures.iter().take(6).map(|(i, outcome, input)| report_failure(base, *i, outcome, input)).collect();
    format!("{:?}\nfirst failures:\n{}", tally.failure_count, shown.join("\n\n"))
}
