//! Message templates: the same defect in two specs names different schemas, parameters and
//! lines; replacing the quoted names and the numbers by placeholders makes the two messages
//! one class, so a report lists causes instead of instances.

/// Words that stay in generator messages: OpenAPI vocabulary says which construct failed,
/// while schema and parameter names only say where.
const SPEC_WORDS: &str = concat!(
    "$ref $defs allOf oneOf anyOf not type format binary items properties additionalProperties paths ",
    "components schemas parameters responses requestBody in body formData query header path cookie ",
    "discriminator mapping propertyName enum const default true false null openapi info title version ",
    "servers string integer number object array boolean file content schema required nullable ",
    "x-rust-method x-rust-client x-websockets description name style explode callbacks links headers ",
    "securitySchemes examples example definitions swagger operationId url XX ",
);

/// Words that stay in rustc messages: the standard library, serde and the generated
/// runtime's fixed type names; everything else in backticks is a name taken from the spec,
/// or a module of the generated crate (`other::Foo` and `types::shared::Foo` are one class).
const RUST_WORDS: &str = concat!(
    "std core alloc crate self Self super fn impl dyn mut ref as for where type struct enum trait const ",
    "static async move str String bool char u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 ",
    "Option Some None Result Ok Err Vec Box Rc Arc BTreeMap HashMap IndexMap fmt Display Debug Formatter ",
    "Clone Copy Default PartialEq Eq PartialOrd Ord Hash Send Sync Sized From Into TryFrom AsRef ToString ",
    "FromStr Iterator IntoIterator collections string vec boxed option result convert marker ops Deref Fn ",
    "FnMut FnOnce Output serde Serialize Serializer Deserialize Deserializer DeserializeOwned de ser ",
    "serde_json Value Map Number reqwest bytes Bytes futures Stream Future Pin tokio Call Client ",
    "ToMultipart Page StreamEvent FileUpload MultipartForm T E ",
);

/// The class of a generator error or warning message (the part after `file:line: pointer: `).
pub fn spec_template(message: &str) -> String {
    template(message, SPEC_WORDS)
}

/// The class of a rustc message (without its code).
pub fn rustc_template(message: &str) -> String {
    template(message, RUST_WORDS)
}

/// Backticked and double-quoted text keeps only the `keep` words (others become `_`,
/// references keep their first segments); numbers outside quotes become `N`.
fn template(message: &str, keep: &str) -> String {
    let mut out = String::new();
    let mut rest = message;
    while let Some(start) = rest.find(['`', '"']) {
        let quote = rest.as_bytes()[start];
        out.push_str(&numbers_replaced(&rest[..start]));
        let after = &rest[start + 1..];
        let Some(len) = after.find(quote as char) else {
            rest = &rest[start..];
            break;
        };
        let quoted = &after[..len];
        let inner = if quote == b'"' { "_".to_owned() } else { quoted_template(quoted, keep) };
        out.push(quote as char);
        out.push_str(&inner);
        out.push(quote as char);
        rest = &after[len + 1..];
    }
    out.push_str(&numbers_replaced(rest));
    out
}

fn quoted_template(quoted: &str, keep: &str) -> String {
    if quoted.contains("#/") {
        return reference_template(quoted);
    }
    let mut out = String::new();
    let mut word = String::new();
    let mut chars = quoted.chars().peekable();
    while let Some(c) = chars.next() {
        let inner_dash = c == '-' && !word.is_empty() && chars.peek().is_some_and(|n| is_word_char(*n));
        if is_word_char(c) || inner_dash {
            word.push(c);
            continue;
        }
        out.push_str(&word_template(&word, keep));
        word.clear();
        out.push(c);
    }
    out.push_str(&word_template(&word, keep));
    collapse_placeholders(out)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// `keep` is a space-separated word list.
fn word_template(word: &str, keep: &str) -> String {
    if word.is_empty() || keep.split_whitespace().any(|kept| kept == word) {
        word.to_owned()
    } else if word.bytes().all(|b| b.is_ascii_digit()) {
        "N".to_owned()
    } else {
        "_".to_owned()
    }
}

/// `_::_` (a path of spec names) and `N.N` (a version) are one placeholder each.
fn collapse_placeholders(mut text: String) -> String {
    loop {
        let before = text.len();
        for (pattern, with) in [("_::_", "_"), ("_._", "_"), ("_/_", "_"), ("N.N", "N"), ("_-_", "_")] {
            text = text.replace(pattern, with);
        }
        if text.len() == before {
            return text;
        }
    }
}

/// A `$ref` keeps the section it points into (`#/paths/…`, `#/components/schemas/…`):
/// which section is the construct, the rest is a name. A reference into another file is
/// `_` as a whole.
fn reference_template(reference: &str) -> String {
    let (file, pointer) = reference.split_once('#').unwrap_or(("", reference));
    if !file.is_empty() {
        return "_".to_owned();
    }
    let segments: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    let kept = if segments.first() == Some(&"components") { 2 } else { 1 };
    let mut out = format!("#/{}", segments[..kept.min(segments.len())].join("/"));
    if segments.len() > kept && segments[kept..].iter().any(|s| !s.is_empty()) {
        out.push_str("/…");
    }
    out
}

/// Standalone digit runs (not part of a word like `E0277` or `u64`) become `N`.
fn numbers_replaced(text: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_ascii_digit() && (i == 0 || !is_word_char(chars[i - 1]));
        if starts_number {
            let mut end = i;
            while end < chars.len()
                && (chars[end].is_ascii_digit()
                    || chars[end] == '.' && end + 1 < chars.len() && chars[end + 1].is_ascii_digit())
            {
                end += 1;
            }
            if end == chars.len() || !is_word_char(chars[end]) {
                out.push('N');
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A generator message split into its parts: `file:line: pointer: message`, or without the
/// line when the locator found none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecMessage {
    pub file: String,
    pub line: Option<usize>,
    pub pointer: String,
    pub message: String,
}

/// Parses `file[:line]: pointer: message`; `None` when the text names no JSON pointer (I/O
/// and internal errors).
pub fn parse_spec_message(text: &str) -> Option<SpecMessage> {
    let mut search = 0;
    while let Some(found) = text[search..].find(": ") {
        let at = search + found;
        let tail = &text[at + 2..];
        if tail.starts_with('#') || tail.starts_with('/') {
            let head = &text[..at];
            let (file, line) = match head.rsplit_once(':') {
                Some((file, line)) if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => {
                    (file, line.parse().ok())
                }
                _ => (head, None),
            };
            let (pointer, message) = tail.split_once(": ").unwrap_or((tail, ""));
            return Some(SpecMessage {
                file: file.to_owned(),
                line,
                pointer: pointer.to_owned(),
                message: message.to_owned(),
            });
        }
        search = at + 2;
    }
    None
}

/// How a generator run failed without an error message of its own: a panic's message and
/// place, or the stack overflow report.
pub fn panic_summary(stderr: &str) -> Option<String> {
    if stderr.contains("has overflowed its stack") {
        return Some("stack overflow".to_owned());
    }
    let mut lines = stderr.lines();
    while let Some(line) = lines.next() {
        if let Some((_, place)) = line.split_once("panicked at ") {
            let place = place.trim_end_matches(':');
            let message = lines.next().unwrap_or_default().trim();
            return Some(format!("panicked at {place}: {message}"));
        }
    }
    None
}

/// The class of a panic: its place without line and column numbers (they move with every
/// edit of the generator) plus the message template.
pub fn panic_template(summary: &str) -> String {
    let Some(rest) = summary.strip_prefix("panicked at ") else { return summary.to_owned() };
    let (place, message) = rest.split_once(": ").unwrap_or((rest, ""));
    let file = place.split(':').next().unwrap_or(place);
    format!("panicked at {file}: {}", rustc_template(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_messages_lose_names_and_numbers_but_keep_keywords() {
        assert_eq!(
            spec_template("`4xx` is not a response status: a range is written in capitals, `4XX`"),
            "`_` is not a response status: a range is written in capitals, `_`"
        );
        assert_eq!(
            spec_template("path parameter `petId` does not appear in the path; ignored"),
            "path parameter `_` does not appear in the path; ignored"
        );
        assert_eq!(spec_template("`in: body` is Swagger 2.0"), "`in: body` is Swagger N");
        assert_eq!(
            spec_template("invalid JSON: expected value (column 17)"),
            "invalid JSON: expected value (column N)"
        );
        assert_eq!(
            spec_template("expected a JSON type (one of a, b), found the string \"file\""),
            "expected a JSON type (one of a, b), found the string \"_\""
        );
        assert_eq!(spec_template("`x-rust-method` needs a resource"), "`x-rust-method` needs a resource");
        assert_eq!(
            spec_template("method `delete` clashes with the sub-resource of that name; renamed `delete_delete`"),
            "method `_` clashes with the sub-resource of that name; renamed `_`"
        );
    }

    #[test]
    fn references_keep_their_section() {
        let paths = "`#/paths/~1pets/get/parameters/0` is not a parameter: a parameter `$ref` must point into `#/components/parameters/`";
        assert_eq!(
            spec_template(paths),
            "`#/paths/…` is not a parameter: a parameter `$ref` must point into `#/components/parameters`"
        );
        assert_eq!(
            spec_template("unresolvable reference `#/components/schemas/Pet`"),
            "unresolvable reference `#/components/schemas/…`"
        );
        assert_eq!(
            spec_template("external reference `b.yaml#/B` is not supported"),
            "external reference `_` is not supported"
        );
    }

    #[test]
    fn rustc_messages_keep_std_names() {
        assert_eq!(
            rustc_template("`GetPetParamsId` doesn't implement `std::fmt::Display`"),
            "`_` doesn't implement `std::fmt::Display`"
        );
        assert_eq!(
            rustc_template("the trait bound `Option<crate::types::pets::Pet>: From<&str>` is not satisfied"),
            "the trait bound `Option<crate::_>: From<&str>` is not satisfied"
        );
        assert_eq!(
            rustc_template("the name `Foo` is defined multiple times"),
            "the name `_` is defined multiple times"
        );
        assert_eq!(rustc_template("`types::shared::Foo` and `other::Bar`"), "`_` and `_`");
        assert_eq!(rustc_template("expected 2 arguments, found u64"), "expected N arguments, found u64");
        assert_eq!(rustc_template("unterminated `quote"), "unterminated `quote");
    }

    #[test]
    fn parses_located_and_unlocated_messages() {
        let located = parse_spec_message("/a/b.json:17: /paths/~1x/get: unresolvable reference `#/c`").unwrap();
        assert_eq!(located.file, "/a/b.json");
        assert_eq!(located.line, Some(17));
        assert_eq!(located.pointer, "/paths/~1x/get");
        assert_eq!(located.message, "unresolvable reference `#/c`");
        let root = parse_spec_message("spec.yaml: #: the document has no `paths`: x").unwrap();
        assert_eq!(
            (root.line, root.pointer.as_str(), root.message.as_str()),
            (None, "#", "the document has no `paths`: x")
        );
        assert_eq!(parse_spec_message("/a/b.json: No such file or directory (os error 2)"), None);
        assert_eq!(parse_spec_message("internal error while lowering: type 3 was never defined"), None);
    }

    #[test]
    fn panics_are_summarized_by_place_and_message() {
        let stderr = "\nthread 'main' panicked at generator/src/lower/names.rs:42:9:\nindex out of bounds: the len is 0 but the index is 3\nnote: run with `RUST_BACKTRACE=1`\n";
        let summary = panic_summary(stderr).unwrap();
        assert_eq!(
            summary,
            "panicked at generator/src/lower/names.rs:42:9: index out of bounds: the len is 0 but the index is 3"
        );
        assert_eq!(
            panic_template(&summary),
            "panicked at generator/src/lower/names.rs: index out of bounds: the len is N but the index is N"
        );
        assert_eq!(
            panic_summary("\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow"),
            Some("stack overflow".into())
        );
    }
}
