//! Rust identifiers from spec names: case conversion, keywords, leading digits, symbols and
//! collisions ([`Scope`]). The scopes of each namespace of the generated code are in
//! `namespaces`.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords usable as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct", "trait",
    "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "gen", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];
/// Keywords that cannot be raw identifiers; they get a trailing underscore.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];
/// Type names that would shadow the prelude or names the generated code relies on.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Debug",
    "Send",
    "Sync",
    "Sized",
    "From",
    "Into",
    "Iterator",
    "ToString",
    "ToOwned",
    "PartialEq",
    "Eq",
    "Fn",
    "FnMut",
    "FnOnce",
    "Drop",
    "Self",
    // Imported by the generated type modules.
    "Serialize",
    "Deserialize",
    "Serializer",
    "Deserializer",
    "BTreeMap",
];

/// Replaces everything that is not ASCII alphanumeric with a word break.
fn words(raw: &str) -> String {
    raw.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect()
}

/// `UpperCamelCase` type or variant name. Names starting with a digit get `prefix`.
pub fn camel(raw: &str, prefix: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = prefix.to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("{prefix}{name}");
    }
    name
}

/// A type name that never shadows the prelude.
pub fn type_name(raw: &str) -> String {
    let name = camel(raw, "Type");
    if RESERVED_TYPE_NAMES.contains(&name.as_str()) { format!("{name}Type") } else { name }
}

/// An enum variant name from a value (`in_progress` → `InProgress`, `1024x1024` → `V1024x1024`,
/// `-created_at` → `MinusCreatedAt`).
pub fn variant_name(raw: &str) -> String {
    // A leading sign carries meaning (`-title` sorts descending): keep it as a word, or
    // `title` and `-title` would both become `Title`.
    let name = match raw.chars().next() {
        Some('-') => format!("Minus{}", camel(&raw[1..], "")),
        Some('+') => format!("Plus{}", camel(&raw[1..], "")),
        _ => camel(raw, "V"),
    };
    if name == "Self" { format!("{name}Value") } else { name }
}

/// `snake_case` field, method or argument name, without the `r#` (see [`is_raw`]).
pub fn snake(raw: &str) -> String {
    // heck splits `fooBar` and `FOO_BAR`; symbols become word breaks first.
    let mut name = words(raw).to_snake_case();
    if name.is_empty() {
        name = "value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("_{name}");
    }
    if NON_RAW_KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// Whether a snake name must be written as a raw identifier.
pub fn is_raw(name: &str) -> bool {
    RAW_KEYWORDS.contains(&name)
}

/// Hands out names unique within one scope, in a deterministic order: the first claimant
/// keeps the plain name, later ones get `2`, `3`, ... appended.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    pub fn new() -> Self {
        Self::default()
    }

    /// Marks names as used without claiming them through `unique`.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// `base` if free, else `base2`, `base3`... (`base_2` for snake-case names).
    pub fn unique(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let snake = base.contains('_') || base.chars().all(|c| !c.is_ascii_uppercase());
        // `self_` becomes `self_2`, not `self__2` (which is not snake case).
        let separator = if snake && !base.ends_with('_') { "_" } else { "" };
        (2..)
            .map(|n| format!("{base}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .unwrap_or_default()
    }

    /// The first of `candidates` that is free, claimed; for names that grow their own way
    /// (`variant`, `variant_`, ...) rather than by a number.
    pub fn first_free(&mut self, candidates: impl IntoIterator<Item = String>) -> String {
        candidates.into_iter().find(|candidate| self.taken.insert(candidate.clone())).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names() {
        assert_eq!(snake("harassment/threatening"), "harassment_threatening");
        assert_eq!(snake("@odata.type"), "odata_type");
        assert_eq!(snake("$ref"), "ref");
        assert!(is_raw(&snake("type")));
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("Self"), "self_");
        assert_eq!(snake("crate"), "crate_");
        assert_eq!(snake("2fa"), "_2fa");
        assert_eq!(snake("include[]"), "include");
        assert_eq!(snake("OpenAI-Beta"), "open_ai_beta");
        assert_eq!(snake("fooBar"), "foo_bar");
        assert_eq!(snake("---"), "value");
    }

    #[test]
    fn camel_names() {
        assert_eq!(variant_name("in_progress"), "InProgress");
        assert_eq!(variant_name("1024x1024"), "V1024x1024");
        assert_eq!(variant_name("response.output_text.delta"), "ResponseOutputTextDelta");
        assert_eq!(variant_name("gpt-4o-2024-08-06"), "Gpt4o20240806");
        assert_eq!(variant_name("self"), "SelfValue");
        assert_eq!(variant_name("-published_at"), "MinusPublishedAt");
        assert_eq!(variant_name("+1"), "Plus1");
        assert_eq!(variant_name("-"), "Minus");
        assert_eq!(type_name("Option"), "OptionType");
        assert_eq!(type_name("Create Response Title"), "CreateResponseTitle");
        assert_eq!(type_name("2fa"), "Type2fa");
    }

    #[test]
    fn collisions_resolve_in_claim_order() {
        let mut scope = Scope::new();
        assert_eq!(scope.unique(&snake("foo-bar")), "foo_bar");
        assert_eq!(scope.unique(&snake("foo_bar")), "foo_bar_2");
        assert_eq!(scope.unique("Foo"), "Foo");
        assert_eq!(scope.unique("Foo"), "Foo2");
        assert_eq!(scope.unique(&snake("self")), "self_");
        assert_eq!(scope.unique(&snake("Self")), "self_2");
    }
}
