//! Strings a validating server accepts: one per `format`, and one matching a `pattern`.

use regex_syntax::hir::{Class, Hir, HirKind};

/// A string of the given `format` (`None` for formats with no fixed syntax).
pub fn for_format(format: &str) -> Option<&'static str> {
    Some(match format {
        "date-time" => "2024-01-02T03:04:05Z",
        "date" => "2024-01-02",
        "time" => "03:04:05Z",
        "duration" => "PT1M",
        "uuid" => "123e4567-e89b-42d3-a456-426614174000",
        "email" | "idn-email" => "user@example.com",
        "uri" | "url" | "iri" | "uri-reference" | "iri-reference" | "uri-template" => "https://example.com/a",
        "hostname" | "idn-hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" => "c2FtcGxl",
        "binary" => "sample",
        "password" => "secret-value",
        "int32" | "int64" | "integer" => "1",
        "decimal" | "double" | "float" | "number" => "1.5",
        "json-pointer" => "/a",
        "regex" => "a+",
        _ => return None,
    })
}

/// The shortest string matching `pattern` (ECMAScript syntax, which `regex_syntax` reads
/// for everything but look-around), stretched towards `min_length` where repetitions
/// allow; `None` when the pattern cannot be read.
pub fn for_pattern(pattern: &str, min_length: usize) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new().build().parse(pattern).ok()?;
    let matcher = regex::Regex::new(pattern).ok()?;
    for extra in [0, min_length] {
        let mut out = String::new();
        if sample(&hir, extra, &mut out) && matcher.is_match(&out) && out.chars().count() >= min_length {
            return Some(out);
        }
    }
    let mut out = String::new();
    (sample(&hir, 0, &mut out) && matcher.is_match(&out)).then_some(out)
}

/// Appends a string matching `hir`; every open-ended repetition repeats `extra` more times.
fn sample(hir: &Hir, extra: usize, out: &mut String) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
            Ok(text) => {
                out.push_str(text);
                true
            }
            Err(_) => false,
        },
        HirKind::Class(class) => match pick(class) {
            Some(c) => {
                out.push(c);
                true
            }
            None => false,
        },
        HirKind::Repetition(repetition) => {
            let max = repetition.max.map_or(u32::MAX, |m| m) as usize;
            let count = (repetition.min as usize + extra).min(max).max(repetition.min as usize);
            (0..count).all(|_| sample(&repetition.sub, extra, out))
        }
        HirKind::Capture(capture) => sample(&capture.sub, extra, out),
        HirKind::Concat(parts) => parts.iter().all(|part| sample(part, extra, out)),
        HirKind::Alternation(choices) => choices.iter().any(|choice| {
            let mark = out.len();
            let ok = sample(choice, extra, out);
            if !ok {
                out.truncate(mark);
            }
            ok
        }),
    }
}

/// A readable character of a class: a letter or digit when the class has one.
fn pick(class: &Class) -> Option<char> {
    let ranges: Vec<(char, char)> = match class {
        Class::Unicode(class) => class.ranges().iter().map(|r| (r.start(), r.end())).collect(),
        Class::Bytes(class) => class.ranges().iter().map(|r| (r.start() as char, r.end().min(0x7f) as char)).collect(),
    };
    let contains = |c: char| ranges.iter().any(|(start, end)| (*start..=*end).contains(&c));
    let preferred = ('a'..='z').chain('0'..='9').chain('A'..='Z').find(|c| contains(*c));
    preferred.or_else(|| {
        ranges.iter().flat_map(|(start, end)| (*start..=*end).take(128)).find(|c| !c.is_control() && !c.is_whitespace())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_yield_matching_strings() {
        assert_eq!(for_pattern("^[a-z]{3}-[0-9]+$", 0).as_deref(), Some("aaa-0"));
        assert_eq!(for_pattern("^(sk|pk)_[A-Za-z0-9]{4,}$", 0).as_deref(), Some("sk_aaaa"));
        assert_eq!(for_pattern("^[a-z]+$", 5).as_deref(), Some("aaaaaa"));
        assert_eq!(for_pattern("^\\d{4}-\\d{2}$", 0).as_deref(), Some("0000-00"));
        assert_eq!(for_pattern("^[^/]+$", 0).as_deref(), Some("a"));
        assert!(for_pattern("^(?!x).*$", 0).is_none(), "look-ahead is not read");
    }
}
