//! Spec descriptions → rustdoc that builds with `-D warnings` and runs no doctests.
//!
//! Descriptions are Markdown written for a website: bare URLs, `[brackets]` that rustdoc
//! would read as intra-doc links, HTML-looking `<placeholders>`, and fenced examples in
//! other languages (an unlabelled fence would be compiled as a Rust doctest).

/// Cleans one description; `None` when nothing is left.
pub fn rustdoc(raw: Option<&str>) -> Option<String> {
    // A lone carriage return (old Mac line ends, seen in public specs) is a line break
    // too; rustc rejects a bare CR inside a doc comment.
    let raw = raw?.replace("\r\n", "\n").replace('\r', "\n");
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in raw.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                in_fence = false;
                out.push(line.trim_end().to_owned());
            } else {
                in_fence = true;
                // Only Rust fences are doctests; label everything as text so nothing runs.
                let indent = &line[..line.len() - trimmed.len()];
                out.push(format!("{indent}```text"));
            }
            continue;
        }
        if in_fence {
            out.push(line.trim_end().to_owned());
        } else {
            out.push(clean_prose(line.trim_end()));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    Some(out.join("\n"))
}

/// Escapes what rustdoc would misread in one line of prose, leaving `code spans` alone.
fn clean_prose(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut in_code = false;
    let mut in_autolink = false;
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            i += 1;
            continue;
        }
        if in_code {
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '[' => {
                // A Markdown link `[text](url)` is fine; anything else would be an intra-doc link.
                if let Some(close) = chars[i..].iter().position(|&ch| ch == ']')
                    && chars.get(i + close + 1) == Some(&'(')
                {
                    out.push('[');
                } else {
                    out.push_str("\\[");
                }
            }
            ']' => {
                if chars.get(i + 1) == Some(&'(') {
                    out.push(']')
                } else {
                    out.push_str("\\]")
                }
            }
            '<' => {
                // Keep `<https://...>` autolinks; escape tag-like text.
                let rest: String = chars[i + 1..].iter().collect();
                if rest.starts_with("http://") || rest.starts_with("https://") {
                    in_autolink = true;
                    out.push('<');
                } else {
                    out.push_str("&lt;");
                }
            }
            '>' if in_autolink => {
                in_autolink = false;
                out.push('>');
            }
            '>' => out.push_str("&gt;"),
            'h' if !in_autolink && starts_bare_url(&chars, i) => {
                let end =
                    chars[i..].iter().position(|ch| ch.is_whitespace() || *ch == ')').map_or(chars.len(), |p| i + p);
                let mut url: String = chars[i..end].iter().collect();
                let mut trailing = String::new();
                while url.ends_with(['.', ',', ';', ':']) {
                    trailing.insert(0, url.pop().unwrap_or_default());
                }
                out.push('<');
                out.push_str(&url);
                out.push('>');
                out.push_str(&trailing);
                i = end;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// A URL not already inside `<...>` or a Markdown link target `(...)`.
fn starts_bare_url(chars: &[char], i: usize) -> bool {
    let rest: String = chars[i..chars.len().min(i + 8)].iter().collect();
    if !(rest.starts_with("http://") || rest.starts_with("https://")) {
        return false;
    }
    !matches!(i.checked_sub(1).map(|p| chars[p]), Some('<' | '(' | '"' | '\''))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_carriage_returns_are_line_breaks() {
        assert_eq!(rustdoc(Some("One.\rTwo.\r\nThree.")).as_deref(), Some("One.\nTwo.\nThree."));
    }

    #[test]
    fn fences_become_text() {
        let doc = rustdoc(Some("Example:\n```\nlet x = 1;\n```\n```python\nprint(1)\n```")).unwrap();
        assert_eq!(doc, "Example:\n```text\nlet x = 1;\n```\n```text\nprint(1)\n```");
    }

    #[test]
    fn brackets_and_tags_are_escaped() {
        assert_eq!(rustdoc(Some("Ends at [DONE] or <b>")).unwrap(), "Ends at \\[DONE\\] or &lt;b&gt;");
        assert_eq!(rustdoc(Some("See [the guide](/docs/x).")).unwrap(), "See [the guide](/docs/x).");
        assert_eq!(rustdoc(Some("Code `a[0] <T>` stays")).unwrap(), "Code `a[0] <T>` stays");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(rustdoc(Some("Visit https://x.io/a.")).unwrap(), "Visit <https://x.io/a>.");
        assert_eq!(rustdoc(Some("[x](https://x.io)")).unwrap(), "[x](https://x.io)");
        assert_eq!(rustdoc(Some("<https://x.io>")).unwrap(), "<https://x.io>");
    }

    #[test]
    fn empty_is_none() {
        assert_eq!(rustdoc(Some("  ")), None);
        assert_eq!(rustdoc(None), None);
    }
}
