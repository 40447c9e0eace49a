//! Parameter values and form bodies, written the way OpenAPI describes them (its styles are
//! RFC 6570 expansions): path `simple`, `label` and `matrix`; query `form`,
//! `spaceDelimited`, `pipeDelimited` and `deepObject`; header `simple`; cookie `form`; and
//! `application/x-www-form-urlencoded` bodies.
//!
//! Generated code hands over a `serde_json::Value` (one generic `to_value` call in
//! [`RequestSpec`](super::RequestSpec)) and a [`Style`]: everything here is non-generic, so
//! it is compiled once however many parameter types a crate has.

use std::borrow::Cow;

use serde_json::Value;

use super::encoding::{Escape, escape, escaped, join, json_text, sorted, text};
{%- if parts.forms %}
use super::encoding::join_pairs;
{%- endif %}

/// How a value is serialized: an OpenAPI `style` with its `explode` and `allowReserved`.
/// The generator passes one constant per parameter, already defaulted for its location.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    kind: Kind,
    explode: bool,
    allow_reserved: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
    Json,
}

impl Style {
    const fn new(kind: Kind, explode: bool) -> Self {
        Style {
            kind,
            explode,
            allow_reserved: false,
        }
    }

    /// `form` (query, cookie, form fields): `name=a,b,c`, an object `name=k,v,k2,v2`;
    /// exploded, `name=a&name=b` and an object's entries as their own pairs `k=v&k2=v2`.
    pub const fn form(explode: bool) -> Self {
        Self::new(Kind::Form, explode)
    }

    /// `spaceDelimited` (query): `name=a%20b%20c`.
    pub const fn space_delimited() -> Self {
        Self::new(Kind::SpaceDelimited, false)
    }

    /// `pipeDelimited` (query): `name=a%7Cb%7Cc`.
    pub const fn pipe_delimited() -> Self {
        Self::new(Kind::PipeDelimited, false)
    }

    /// `deepObject` (query; the default for form fields): `name[k]=v`. Nested values use
    /// the bracket convention: `name[a][b]=v`, `name[ids][]=1`, and for lists of objects or
    /// lists `name[items][0][price]=p`.
    pub const fn deep_object() -> Self {
        Self::new(Kind::DeepObject, true)
    }

    /// `simple` (path, header): `a,b,c`, an object `k,v,k2,v2` (exploded `k=v,k2=v2`).
    pub const fn simple(explode: bool) -> Self {
        Self::new(Kind::Simple, explode)
    }

    /// `label` (path): `.a,b,c` (exploded `.a.b.c`), an object `.k,v` (exploded `.k=v`).
    pub const fn label(explode: bool) -> Self {
        Self::new(Kind::Label, explode)
    }

    /// `matrix` (path): `;name=a,b` (exploded `;name=a;name=b`), an object `;name=k,v`
    /// (exploded `;k=v`).
    pub const fn matrix(explode: bool) -> Self {
        Self::new(Kind::Matrix, explode)
    }

    /// A parameter described by `content: application/json`: the value's JSON text.
    pub const fn json() -> Self {
        Self::new(Kind::Json, false)
    }

    /// `allowReserved` (query, form fields): reserved characters (`:/?#[]@!$&'()*+,;=`) and
    /// percent-encoded triplets in the value are sent unescaped.
    pub const fn allow_reserved(self) -> Self {
        Style {
            allow_reserved: true,
            ..self
        }
    }
}

/// A value as RFC 6570 sees it. Items that are themselves arrays or objects (which no
/// style but `deepObject` can nest) are their JSON text; `null` items and entries are left
/// out, and an empty array or object is undefined, like `null`.
enum Parts<'v> {
    Undefined,
    Scalar(Cow<'v, str>),
    List(Vec<Cow<'v, str>>),
    Entries(Vec<(&'v str, Cow<'v, str>)>),
}

fn parts(value: &Value) -> Parts<'_> {
    match value {
        Value::Array(items) => {
            let items: Vec<_> = items.iter().filter_map(text).collect();
            if items.is_empty() {
                Parts::Undefined
            } else {
                Parts::List(items)
            }
        }
        Value::Object(map) => {
            let entries: Vec<_> = sorted(map)
                .into_iter()
                .filter_map(|(key, value)| Some((key.as_str(), text(value)?)))
                .collect();
            if entries.is_empty() {
                Parts::Undefined
            } else {
                Parts::Entries(entries)
            }
        }
        other => text(other).map_or(Parts::Undefined, Parts::Scalar),
    }
}

/// A path segment (`Escape::Unreserved`) or header value (`Escape::Raw`) of `name` in
/// `style`; `None` when the value is undefined, which expands to nothing.
pub(crate) fn single(name: &str, value: &Value, style: Style, how: Escape) -> Option<String> {
    let e = |text: &str| escape(text, how).into_owned();
    if style.kind == Kind::Json {
        return Some(e(&json_text(value)));
    }
    let parts = parts(value);
    if let Parts::Undefined = parts {
        return None;
    }
    let mut out = String::new();
    if style.kind == Kind::Matrix {
        matrix(&mut out, name, parts, style.explode, how);
        return Some(out);
    }
    // `simple` and `label` differ in the leading dot and in what an exploded list or object
    // is separated by; a query style here (only by mistake) reads as `simple`.
    let label = style.kind == Kind::Label;
    if label {
        out.push('.');
    }
    let exploded = if label && style.explode { "." } else { "," };
    match parts {
        Parts::Scalar(s) => out.push_str(&e(&s)),
        Parts::List(items) => join(&mut out, items.iter().map(|i| e(i).into()), exploded),
        Parts::Entries(entries) if style.explode => {
            let pairs = entries.iter().map(|(k, v)| format!("{}={}", e(k), e(v)).into());
            join(&mut out, pairs, exploded)
        }
        Parts::Entries(entries) => {
            let flat = entries.iter().flat_map(|(k, v)| [e(k).into(), e(v).into()]);
            join(&mut out, flat, ",")
        }
        Parts::Undefined => {}
    }
    Some(out)
}

/// `;name=value` segments; an empty value leaves only `;name` (RFC 6570).
fn matrix(out: &mut String, name: &str, parts: Parts<'_>, explode: bool, how: Escape) {
    let e = |text: &str| escape(text, how).into_owned();
    let mut segment = |key: &str, value: &str| {
        out.push(';');
        out.push_str(&e(key));
        if !value.is_empty() {
            out.push('=');
            out.push_str(value);
        }
    };
    match parts {
        Parts::Scalar(s) => segment(name, &e(&s)),
        Parts::List(items) if explode => items.iter().for_each(|i| segment(name, &e(i))),
        Parts::List(items) => {
            let mut joined = String::new();
            join(&mut joined, items.iter().map(|i| e(i).into()), ",");
            segment(name, &joined)
        }
        Parts::Entries(entries) if explode => entries.iter().for_each(|(k, v)| segment(k, &e(v))),
        Parts::Entries(entries) => {
            let mut joined = String::new();
            join(&mut joined, entries.iter().flat_map(|(k, v)| [e(k).into(), e(v).into()]), ",");
            segment(name, &joined)
        }
        Parts::Undefined => {}
    }
}

/// The `name=value` pairs of a query or cookie parameter or a form field, percent-encoded,
/// with the style's delimiters left as they are.
pub(crate) fn pairs(out: &mut Vec<(String, String)>, name: &str, value: &Value, style: Style) {
    let how = if style.allow_reserved {
        Escape::Reserved
    } else {
        Escape::Unreserved
    };
    let e = |text: &str| escape(text, how).into_owned();
    let n = |text: &str| escape(text, Escape::Unreserved).into_owned();
    let (explode, delimiter) = match style.kind {
        Kind::Json => {
            out.push((n(name), e(&json_text(value))));
            return;
        }
        Kind::DeepObject => {
            brackets(out, name.to_owned(), value, how);
            return;
        }
        Kind::Form => (style.explode, ","),
        Kind::SpaceDelimited => (false, "%20"),
        Kind::PipeDelimited => (false, "%7C"),
        // A path or header style here (only by mistake) reads as this place's default.
        Kind::Simple | Kind::Label | Kind::Matrix => (true, ","),
    };
    match parts(value) {
        Parts::Undefined => {}
        Parts::Scalar(s) => out.push((n(name), e(&s))),
        Parts::List(items) if explode => out.extend(items.iter().map(|i| (n(name), e(i)))),
        Parts::List(items) => {
            let mut joined = String::new();
            join(&mut joined, items.iter().map(|i| e(i).into()), delimiter);
            out.push((n(name), joined));
        }
        Parts::Entries(entries) if explode => {
            out.extend(entries.iter().map(|(k, v)| (n(k), e(v))));
        }
        Parts::Entries(entries) => {
            let mut joined = String::new();
            let flat = entries.iter().flat_map(|(k, v)| [e(k).into(), e(v).into()]);
            join(&mut joined, flat, delimiter);
            out.push((n(name), joined));
        }
    }
}

/// The bracket convention: `name[key]=v`, `name[]=v` for lists of scalars, `name[0][k]=v`
/// for lists holding objects or lists (so their items stay apart).
fn brackets(out: &mut Vec<(String, String)>, name: String, value: &Value, how: Escape) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (key, value) in sorted(map) {
                brackets(out, format!("{name}[{key}]"), value, how);
            }
        }
        Value::Array(items) => {
            let indexed = items.iter().any(|i| i.is_object() || i.is_array());
            for (i, item) in items.iter().enumerate() {
                let key = if indexed {
                    format!("{name}[{i}]")
                } else {
                    format!("{name}[]")
                };
                brackets(out, key, item, how);
            }
        }
        scalar => {
            if let Some(text) = text(scalar) {
                out.push((escaped(name), escape(&text, how).into_owned()));
            }
        }
    }
}

{%- if parts.forms %}
/// An `application/x-www-form-urlencoded` body: each property in the style its `encoding`
/// names, the others in the bracket convention.
pub(crate) fn form_body(value: &Value, encodings: &[(&str, Style)]) -> Result<String, String> {
    let Value::Object(map) = value else {
        return Err(format!(
            "a form-encoded body must be an object, found {}",
            value
        ));
    };
    let mut out = Vec::new();
    for (key, value) in sorted(map) {
        let style = encodings
            .iter()
            .find(|(name, _)| name == key)
            .map_or(Style::deep_object(), |(_, style)| *style);
        pairs(&mut out, key, value, style);
    }
    Ok(join_pairs(&out, "&"))
}
{%- endif %}

#[cfg(test)]
mod tests {
    use super::super::encoding::join_pairs;
    use super::*;
    use serde_json::json;

    fn query(name: &str, value: Value, style: Style) -> String {
        let mut out = Vec::new();
        pairs(&mut out, name, &value, style);
        join_pairs(&out, "&")
    }

    fn path(value: Value, style: Style) -> Option<String> {
        single("color", &value, style, Escape::Unreserved)
    }

    // The OpenAPI style table (keys in sorted order: B, G, R).
    fn table() -> (Value, Value, Value) {
        (json!("blue"), json!(["blue", "black", "brown"]), json!({"R": 100, "G": 200, "B": 150}))
    }

    #[test]
    fn path_styles_follow_the_openapi_table() {
        let (s, a, o) = table();
        let rows = [
            (Style::simple(false), ["blue", "blue,black,brown", "B,150,G,200,R,100"]),
            (Style::simple(true), ["blue", "blue,black,brown", "B=150,G=200,R=100"]),
            (Style::label(false), [".blue", ".blue,black,brown", ".B,150,G,200,R,100"]),
            (Style::label(true), [".blue", ".blue.black.brown", ".B=150.G=200.R=100"]),
            (Style::matrix(false), [";color=blue", ";color=blue,black,brown", ";color=B,150,G,200,R,100"]),
            (Style::matrix(true), [";color=blue", ";color=blue;color=black;color=brown", ";B=150;G=200;R=100"]),
        ];
        for (style, expected) in rows {
            let got = [&s, &a, &o].map(|v| path(v.clone(), style).unwrap());
            assert_eq!(got, expected.map(str::to_owned), "{style:?}");
        }
    }

    #[test]
    fn query_styles_follow_the_openapi_table() {
        let (s, a, o) = table();
        let space = "color=B%20150%20G%20200%20R%20100";
        let pipe = "color=B%7C150%7CG%7C200%7CR%7C100";
        let deep = "color%5BB%5D=150&color%5BG%5D=200&color%5BR%5D=100";
        let rows = [
            (Style::form(false), ["color=blue", "color=blue,black,brown", "color=B,150,G,200,R,100"]),
            (Style::form(true), ["color=blue", "color=blue&color=black&color=brown", "B=150&G=200&R=100"]),
            (Style::space_delimited(), ["color=blue", "color=blue%20black%20brown", space]),
            (Style::pipe_delimited(), ["color=blue", "color=blue%7Cblack%7Cbrown", pipe]),
            (Style::deep_object(), ["color=blue", "color%5B%5D=blue&color%5B%5D=black&color%5B%5D=brown", deep]),
        ];
        for (style, expected) in rows {
            let got = [&s, &a, &o].map(|v| query("color", v.clone(), style));
            assert_eq!(got, expected.map(str::to_owned), "{style:?}");
        }
    }

    #[test]
    fn empty_and_undefined_values() {
        // An empty string is a value; null, [] and {} are undefined and expand to nothing.
        assert_eq!(path(json!(""), Style::simple(false)).as_deref(), Some(""));
        assert_eq!(path(json!(""), Style::label(false)).as_deref(), Some("."));
        assert_eq!(path(json!(""), Style::matrix(false)).as_deref(), Some(";color"));
        assert_eq!(query("q", json!(""), Style::form(true)), "q=");
        for undefined in [json!(null), json!([]), json!({}), json!([null]), json!({"a": null})] {
            assert_eq!(path(undefined.clone(), Style::matrix(true)), None);
            assert_eq!(query("q", undefined.clone(), Style::form(false)), "");
            assert_eq!(query("q", undefined, Style::deep_object()), "");
        }
        assert_eq!(query("q", json!([1, null, 2]), Style::form(false)), "q=1,2");
    }

    #[test]
    fn scalars_and_escaping() {
        assert_eq!(query("n", json!(-1.5), Style::form(true)), "n=-1.5");
        assert_eq!(query("b", json!(false), Style::form(true)), "b=false");
        assert_eq!(query("a b", json!("x&y=z é"), Style::form(true)), "a%20b=x%26y%3Dz%20%C3%A9");
        // Delimiters stay literal, the same character inside an item does not.
        assert_eq!(query("t", json!(["a,b", "c"]), Style::form(false)), "t=a%2Cb,c");
        assert_eq!(path(json!(["a/b", "c"]), Style::simple(false)).as_deref(), Some("a%2Fb,c"));
        assert_eq!(
            single("h", &json!({"k": "a b", "j": 1}), Style::simple(true), Escape::Raw).as_deref(),
            Some("j=1,k=a b")
        );
    }

    #[test]
    fn allow_reserved_keeps_reserved_characters_and_triplets() {
        let style = Style::form(true).allow_reserved();
        assert_eq!(
            query("u", json!("https://x/a?b=c&d#e %20 100%"), style),
            "u=https://x/a?b=c&d#e%20%20%20100%25"
        );
        assert_eq!(query("u", json!(["a/b", "c:d"]), Style::form(false).allow_reserved()), "u=a/b,c:d");
    }

    #[test]
    fn nested_values() {
        let filter = json!({
            "status": "open",
            "range": {"gte": 1, "lte": {"x": true}},
            "ids": [1, 2],
            "items": [{"price": "p1", "tags": ["a"]}, {"price": "p2"}],
            "skip": null,
        });
        assert_eq!(
            query("filter", filter.clone(), Style::deep_object()),
            "filter%5Bids%5D%5B%5D=1&filter%5Bids%5D%5B%5D=2\
             &filter%5Bitems%5D%5B0%5D%5Bprice%5D=p1&filter%5Bitems%5D%5B0%5D%5Btags%5D%5B%5D=a\
             &filter%5Bitems%5D%5B1%5D%5Bprice%5D=p2\
             &filter%5Brange%5D%5Bgte%5D=1&filter%5Brange%5D%5Blte%5D%5Bx%5D=true\
             &filter%5Bstatus%5D=open"
        );
        // Styles that cannot nest send a nested value as its JSON text.
        assert_eq!(
            query("f", json!({"a": [1, 2], "b": "c"}), Style::form(true)),
            "a=%5B1%2C2%5D&b=c"
        );
        assert_eq!(
            path(json!([{"a": 1}]), Style::simple(false)).as_deref(),
            Some("%7B%22a%22%3A1%7D")
        );
    }

    #[test]
    fn json_content_is_sent_as_json_text() {
        assert_eq!(query("f", json!({"a": [1]}), Style::json()), "f=%7B%22a%22%3A%5B1%5D%7D");
        assert_eq!(query("s", json!("x"), Style::json()), "s=%22x%22");
        assert_eq!(
            single("h", &json!({"a": 1}), Style::json(), Escape::Raw).as_deref(),
            Some(r#"{"a":1}"#)
        );
    }

{%- if parts.forms %}
    #[test]
    fn form_bodies_use_brackets_unless_an_encoding_says_otherwise() {
        let body = json!({
            "amount": 5,
            "capture": true,
            "note": "a b+c",
            "metadata": {"order": "o 1"},
            "items": [{"price": "p1", "quantity": 2}],
            "expand": ["customer", "invoice"],
            "tags": ["x", "y"],
            "codes": ["a", "b"],
            "missing": null,
        });
        let encodings = [
            ("tags", Style::form(true)),
            ("codes", Style::form(false)),
            ("unknown", Style::pipe_delimited()),
        ];
        assert_eq!(
            form_body(&body, &encodings).unwrap(),
            "amount=5&capture=true&codes=a,b&expand%5B%5D=customer&expand%5B%5D=invoice\
             &items%5B0%5D%5Bprice%5D=p1&items%5B0%5D%5Bquantity%5D=2\
             &metadata%5Border%5D=o%201&note=a%20b%2Bc&tags=x&tags=y"
        );
        assert_eq!(form_body(&json!({}), &[]).unwrap(), "");
        assert!(form_body(&json!([1]), &[]).unwrap_err().contains("must be an object"));
    }
{%- endif %}

}
