//! The report as text (one line per change, by section, then the bump) and as JSON.

use std::fmt::Write as _;

use super::{Area, Bump, Report, Verdict};

pub(super) fn text(report: &Report) -> String {
    let mut out = String::new();
    let (old, new) = (report.old.label(), report.new.label());
    if report.changes.is_empty() {
        let _ = writeln!(out, "API changes ({old} → {new}): none");
    } else {
        let _ = writeln!(
            out,
            "API changes ({old} → {new}): {} breaking, {} compatible",
            report.breaking, report.compatible
        );
    }
    let mut section = None;
    for change in &report.changes {
        if section != Some(change.area) {
            section = Some(change.area);
            let _ = writeln!(out, "{}", heading(change.area));
        }
        let verdict = match change.verdict {
            Verdict::Breaking => "breaking  ",
            Verdict::Compatible => "compatible",
        };
        let rust = change.rust.as_ref().map(|r| format!(" ({r})")).unwrap_or_default();
        let _ = writeln!(out, "  {verdict}  {}{rust}: {}", change.subject, change.message);
    }
    let why = match report.bump {
        Bump::Major => "breaking changes",
        Bump::Minor => "compatible additions",
        Bump::Patch => "compatible changes that add nothing",
        Bump::None => "nothing a user of the crate names changed",
    };
    let _ = writeln!(out, "Version bump: {} ({why})", report.bump.as_str());
    out
}

fn heading(area: Area) -> &'static str {
    match area {
        Area::Client => "Client:",
        Area::Feature => "Features:",
        Area::Operation => "Operations:",
        Area::Websocket => "WebSocket endpoints:",
        Area::Type => "Types:",
    }
}

pub(super) fn json(report: &Report) -> String {
    // A report always serializes: string keys, no floats.
    let mut text = serde_json::to_string_pretty(report).unwrap_or_default();
    text.push('\n');
    text
}
