//! The text of values on the wire: percent-encoding (RFC 3986 unreserved, or reserved kept
//! for `allowReserved`), the text of JSON values with object keys in a fixed order, and
//! `name=value` pairs joined into a query, a form body or a `Cookie` header.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::{Map, Value};

/// Characters escaped in path segments, query and cookie components and form fields:
/// everything except RFC 3986 "unreserved" characters.
pub(crate) const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `allowReserved`: RFC 3986 "reserved" characters are sent as they are, too.
const RESERVED_KEPT: &AsciiSet = &UNRESERVED
    .remove(b':')
    .remove(b'/')
    .remove(b'?')
    .remove(b'#')
    .remove(b'[')
    .remove(b']')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

/// How the text of a value is escaped where it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Escape {
    /// Path segments, query and cookie components, form fields.
    Unreserved,
    /// `allowReserved` query values and form fields.
    Reserved,
    /// Header values: sent as they are (an invalid one fails when the request is built).
    Raw,
}

pub(crate) fn escape(text: &str, how: Escape) -> Cow<'_, str> {
    match how {
        Escape::Unreserved => utf8_percent_encode(text, UNRESERVED).into(),
        Escape::Reserved => escape_reserved(text),
        Escape::Raw => Cow::Borrowed(text),
    }
}

/// Percent-encodes `text` in place of a `String` it owns, reusing it when nothing changes.
pub(crate) fn escaped(text: String) -> String {
    let changed = match escape(&text, Escape::Unreserved) {
        Cow::Borrowed(_) => None,
        Cow::Owned(changed) => Some(changed),
    };
    changed.unwrap_or(text)
}

/// RFC 6570 reserved expansion: reserved characters and `%XX` triplets pass, the rest is
/// escaped (so a lone `%` becomes `%25`).
fn escape_reserved(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut done = 0;
    for (at, _) in text.match_indices('%') {
        let triplet = bytes
            .get(at + 1..at + 3)
            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit));
        if triplet {
            out.extend(utf8_percent_encode(&text[done..at], RESERVED_KEPT));
            out.push_str(&text[at..at + 3]);
            done = at + 3;
        }
    }
    if done == 0 {
        return utf8_percent_encode(text, RESERVED_KEPT).into();
    }
    out.extend(utf8_percent_encode(&text[done..], RESERVED_KEPT));
    Cow::Owned(out)
}

/// A scalar's text (a string as it is, numbers and booleans as JSON writes them), an array's
/// or object's JSON text, `None` for `null`.
pub(crate) fn text(value: &Value) -> Option<Cow<'_, str>> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(Cow::Borrowed(s)),
        Value::Bool(true) => Some(Cow::Borrowed("true")),
        Value::Bool(false) => Some(Cow::Borrowed("false")),
        other => Some(Cow::Owned(json_text(other))),
    }
}

/// JSON text with every object's keys sorted, for the same reason as [`sorted`].
pub(crate) fn json_text(value: &Value) -> String {
    fn write(out: &mut String, value: &Value) {
        match value {
            Value::Object(map) => {
                out.push('{');
                for (i, (key, value)) in sorted(map).into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::from(key.as_str()).to_string());
                    out.push(':');
                    write(out, value);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(out, item);
                }
                out.push(']');
            }
            scalar => out.push_str(&scalar.to_string()),
        }
    }
    let mut out = String::new();
    write(&mut out, value);
    out
}

/// An object's entries by key. serde_json's map keeps insertion order or sorts depending on
/// a feature any crate in a build may turn on; what goes on the wire must not depend on it.
pub(crate) fn sorted(map: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

pub(crate) fn join<'t>(out: &mut String, items: impl Iterator<Item = Cow<'t, str>>, separator: &str) {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(&item);
    }
}

/// Encoded pairs joined into one string: `&` for a query or form body, `; ` for cookies.
pub(crate) fn join_pairs(pairs: &[(String, String)], separator: &str) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reserved_escaping_keeps_reserved_characters_and_triplets() {
        assert_eq!(escape("a/b?c=d&e#f", Escape::Reserved), "a/b?c=d&e#f");
        assert_eq!(escape("%zz%4 %41", Escape::Reserved), "%25zz%254%20%41");
        assert_eq!(escape("a/b c", Escape::Unreserved), "a%2Fb%20c");
        assert_eq!(escape("a b", Escape::Raw), "a b");
    }

    #[test]
    fn json_text_sorts_object_keys() {
        let nested = json!({"b": [{"d": 1, "c": null}], "a": "\"q\""});
        assert_eq!(json_text(&nested), r#"{"a":"\"q\"","b":[{"c":null,"d":1}]}"#);
        assert_eq!(text(&json!(false)).as_deref(), Some("false"));
        assert_eq!(text(&json!(null)), None);
    }

    #[test]
    fn pairs_are_joined() {
        let pairs = [("a".to_owned(), "1".to_owned()), ("b".to_owned(), "".to_owned())];
        assert_eq!(join_pairs(&pairs, "&"), "a=1&b=");
        assert_eq!(join_pairs(&pairs, "; "), "a=1; b=");
        assert_eq!(join_pairs(&[], "&"), "");
    }

    #[test]
    fn owned_text_is_reused_when_nothing_needs_escaping() {
        assert_eq!(escaped("plain-text_1.2~".to_owned()), "plain-text_1.2~");
        assert_eq!(escaped("a[b]".to_owned()), "a%5Bb%5D");
    }
}
