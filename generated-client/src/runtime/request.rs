// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! What one operation call sends: method, path, query, headers and body, described as
//! plain data so that every retry and every page can rebuild a fresh HTTP request.

use std::collections::BTreeMap;
use std::fmt::Display;

use bytes::Bytes;
use reqwest::Method;
use serde::Serialize;
use serde_json::Value;

use super::error::Error;
use super::encoding::{Escape, escaped, join_pairs};
use super::multipart::{MultipartForm, ToMultipart};
use super::params::{self, Style};

/// Percent-encodes one path segment (a `/` in `value` is escaped, not a separator).
/// Accepts `&str` as well as any other `&T: Display` (ids, enums, numbers).
pub fn encode_path<T: Display + ?Sized>(value: &T) -> String {
    escaped(value.to_string())
}

/// The body of a request.
#[derive(Debug, Clone, Default)]
pub(crate) enum Body {
    /// No body.
    #[default]
    None,
    /// Serialized JSON.
    Json(Bytes),
    /// A multipart form, turned into a fresh `reqwest` form for each attempt.
    Multipart(MultipartForm),
    /// Bytes sent as they are, with their content type (`application/sdp`, audio...).
    Raw(&'static str, Bytes),
}

/// Where [`RequestSpec::put_param`] writes a serialized parameter.
enum Place<'n> {
    Path(&'n str),
    Query(&'n str),
    Header(&'static str),
    Cookie(&'n str),
}

/// One operation call, as the generated resource methods describe it.
#[derive(Debug)]
pub struct RequestSpec {
    pub(crate) method: Method,
    /// Path below the base URL, starting with `/`, segments already encoded.
    pub(crate) path: String,
    pub(crate) query: QueryPairs,
    pub(crate) headers: Vec<(&'static str, String)>,
    /// Cookie parameters, sent together in one `Cookie` header.
    pub(crate) cookies: QueryPairs,
    pub(crate) body: Body,
    /// Query parameter that selects the next page, for cursor-paginated operations.
    pub(crate) cursor: Option<&'static str>,
    /// A body serialization error, reported when the call is awaited.
    pub(crate) error: Option<Error>,
}

impl RequestSpec {
    /// Starts a request for `method` on `path` (relative to the base URL).
    pub fn new(method: Method, path: String) -> Self {
        RequestSpec {
            method,
            path,
            query: QueryPairs::default(),
            headers: Vec::new(),
            cookies: QueryPairs::default(),
            body: Body::None,
            cursor: None,
            error: None,
        }
    }

    /// Starts a request on the path `template` with each `{name}` of `params` replaced by
    /// its value, percent-encoded as one segment; other placeholders are left for
    /// [`RequestSpec::path_param`]. An empty value would address another resource
    /// (`/files/{id}` becoming `/files/`), so it fails the call before anything is sent,
    /// with [`Error::EmptyPathParameter`] naming the parameter.
    pub fn with_path(method: Method, template: &str, params: &[(&'static str, &dyn Display)]) -> Self {
        let mut path = String::with_capacity(template.len() + 16);
        let mut empty = None;
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|i| open + i) else { break };
            path.push_str(&rest[..open]);
            let name = &rest[open + 1..close];
            match params.iter().find(|(n, _)| *n == name) {
                Some((name, value)) => {
                    let text = value.to_string();
                    if text.is_empty() {
                        empty.get_or_insert(*name);
                    }
                    path.push_str(&escaped(text));
                }
                None => path.push_str(&rest[open..=close]),
            }
            rest = &rest[close + 1..];
        }
        path.push_str(rest);
        let mut spec = RequestSpec::new(method, path);
        if let Some(name) = empty {
            spec.fail(Error::EmptyPathParameter(name.to_owned()));
        }
        spec
    }

    /// Sets a JSON body.
    pub fn json(mut self, body: &impl Serialize) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Body::Json(bytes.into()),
            Err(e) => self.error = Some(Error::Serialize(e)),
        }
        self
    }

    /// Sets a JSON body with `"stream": true` forced into the top-level object.
    pub fn json_stream(mut self, body: &impl Serialize) -> Self {
        let bytes = serde_json::to_value(body).and_then(|mut value| {
            if let Some(object) = value.as_object_mut() {
                object.insert("stream".to_owned(), serde_json::Value::Bool(true));
            }
            serde_json::to_vec(&value)
        });
        match bytes {
            Ok(bytes) => self.body = Body::Json(bytes.into()),
            Err(e) => self.error = Some(Error::Serialize(e)),
        }
        self
    }

    /// Sets a multipart body.
    pub fn multipart(mut self, body: &impl ToMultipart) -> Self {
        let mut form = body.to_multipart();
        if let Some(e) = form.take_error() {
            self.error = Some(Error::Serialize(e));
        }
        self.body = Body::Multipart(form);
        self
    }

    /// The file name of a one-shot upload in the body: a request carrying one is not retried.
    pub(crate) fn one_shot_upload(&self) -> Option<&str> {
        match &self.body {
            Body::Multipart(form) => form.one_shot_file(),
            _ => None,
        }
    }

    /// Sets a body of raw bytes with its content type.
    pub fn raw(mut self, content_type: &'static str, body: Bytes) -> Self {
        self.body = Body::Raw(content_type, body);
        self
    }

    /// The query string under construction.
    pub fn query(&mut self) -> &mut QueryPairs {
        &mut self.query
    }

    /// The cookie parameters under construction (`name=value` pairs, like the query).
    pub fn cookies(&mut self) -> &mut QueryPairs {
        &mut self.cookies
    }

    /// Adds a header parameter of the operation.
    pub fn header(&mut self, name: &'static str, value: impl Display) -> &mut Self {
        self.headers.push((name, value.to_string()));
        self
    }

    /// Fills the path's `{name}` placeholder with `value` in `style` (`simple`, `label`,
    /// `matrix` or JSON).
    pub fn path_param<T: Serialize + ?Sized>(&mut self, name: &str, value: &T, style: Style) -> &mut Self {
        self.put_param(Place::Path(name), serde_json::to_value(value), style)
    }

    /// Adds a query parameter in `style`; nothing for `None`.
    pub fn query_param<T: Serialize + ?Sized>(&mut self, name: &str, value: Option<&T>, style: Style) -> &mut Self {
        match value {
            Some(value) => self.put_param(Place::Query(name), serde_json::to_value(value), style),
            None => self,
        }
    }

    /// Adds a header parameter in `style` (`simple` or JSON); nothing for `None`.
    pub fn header_param<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: Option<&T>,
        style: Style,
    ) -> &mut Self {
        match value {
            Some(value) => self.put_param(Place::Header(name), serde_json::to_value(value), style),
            None => self,
        }
    }

    /// Adds a cookie parameter in `style` (`form` or JSON); nothing for `None`.
    pub fn cookie_param<T: Serialize + ?Sized>(&mut self, name: &str, value: Option<&T>, style: Style) -> &mut Self {
        match value {
            Some(value) => self.put_param(Place::Cookie(name), serde_json::to_value(value), style),
            None => self,
        }
    }

    /// The non-generic part of the `*_param` methods: one copy however many types use them.
    fn put_param(&mut self, place: Place<'_>, value: serde_json::Result<Value>, style: Style) -> &mut Self {
        let value = match value {
            Ok(value) => value,
            Err(e) => {
                self.fail(Error::Serialize(e));
                return self;
            }
        };
        match place {
            Place::Path(name) => {
                // Undefined values (null, empty lists) expand to nothing (RFC 6570), and
                // an empty segment addresses another resource: refused before sending.
                let undefined = match &value {
                    Value::Null => true,
                    Value::String(s) => s.is_empty(),
                    Value::Array(items) => items.is_empty(),
                    Value::Object(fields) => fields.is_empty(),
                    Value::Bool(_) | Value::Number(_) => false,
                };
                if undefined {
                    self.fail(Error::EmptyPathParameter(name.to_owned()));
                }
                let text = params::single(name, &value, style, Escape::Unreserved).unwrap_or_default();
                // Literal path text never holds `{name}` (the template's braces are its
                // variables) and encoded values never hold a brace.
                self.path = self.path.replace(&["{", name, "}"].concat(), &text);
            }
            Place::Query(name) => params::pairs(&mut self.query.pairs, name, &value, style),
            Place::Header(name) => {
                if let Some(text) = params::single(name, &value, style, Escape::Raw) {
                    self.headers.push((name, text));
                }
            }
            Place::Cookie(name) => params::pairs(&mut self.cookies.pairs, name, &value, style),
        }
        self
    }

    /// Adds (or replaces) a top-level field of the body, for a parameter the spec does not
    /// know yet: a JSON object body gains the key; a multipart body, a text part (strings as
    /// they are, other values as JSON). Other bodies fail the call.
    pub(crate) fn extra_body_field(&mut self, name: &str, value: serde_json::Result<Value>) {
        let value = match value {
            Ok(value) => value,
            Err(e) => return self.fail(Error::Serialize(e)),
        };
        match &mut self.body {
            Body::Json(bytes) => {
                let merged = serde_json::from_slice::<Value>(bytes).and_then(|mut body| {
                    match body.as_object_mut() {
                        Some(object) => object.insert(name.to_owned(), value),
                        None => return Ok(None),
                    };
                    serde_json::to_vec(&body).map(Some)
                });
                match merged {
                    Ok(Some(merged)) => *bytes = merged.into(),
                    Ok(None) => self.fail(Error::Config(format!(
                        "cannot add the body field `{name}`: the JSON body is not an object"
                    ))),
                    Err(e) => self.fail(Error::Serialize(e)),
                }
            }
            Body::Multipart(form) => {
                let text = match value {
                    Value::String(text) => text,
                    other => other.to_string(),
                };
                *form = std::mem::take(form).text(name.to_owned(), text);
            }
            _ => self.fail(Error::Config(format!(
                "cannot add the body field `{name}`: the operation sends no JSON or multipart body"
            ))),
        }
    }

    /// Keeps the first error, returned when the call is awaited.
    fn fail(&mut self, error: Error) {
        self.error.get_or_insert(error);
    }

    /// Marks the operation as cursor-paginated by the query parameter `param`.
    pub fn cursor(mut self, param: &'static str) -> Self {
        self.cursor = Some(param);
        self
    }
}

/// Query (or cookie) parameters in the order they were added, each `name=value` pair
/// percent-encoded when it is added, so a style's delimiters stay literal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryPairs {
    pub(crate) pairs: Vec<(String, String)>,
}

impl QueryPairs {
    /// Adds `name=value`.
    pub fn push(&mut self, name: &str, value: impl Display) -> &mut Self {
        self.pairs
            .push((escaped(name.to_owned()), escaped(value.to_string())));
        self
    }

    /// Adds `name=value` when `value` is present.
    pub fn push_opt<T: Display + ?Sized>(&mut self, name: &str, value: Option<&T>) -> &mut Self {
        if let Some(value) = value {
            self.push(name, value);
        }
        self
    }

    /// Adds an array in `form` style: one `name=item` pair per item when `explode`,
    /// otherwise a single `name=a,b,c`. Nothing is added for `None` or an empty array.
    pub fn push_array_opt<T: Display>(
        &mut self,
        name: &str,
        values: Option<&[T]>,
        explode: bool,
    ) -> &mut Self {
        let Some(values) = values.filter(|v| !v.is_empty()) else {
            return self;
        };
        if explode {
            for value in values {
                self.push(name, value);
            }
        } else {
            let joined = values
                .iter()
                .map(|v| escaped(v.to_string()))
                .collect::<Vec<_>>()
                .join(",");
            self.pairs.push((escaped(name.to_owned()), joined));
        }
        self
    }

    /// Adds a map as `name[key]=value` pairs (OpenAPI `deepObject` style).
    pub fn push_deep_object_opt<T: Display>(
        &mut self,
        name: &str,
        values: Option<&BTreeMap<String, T>>,
    ) -> &mut Self {
        for (key, value) in values.into_iter().flatten() {
            self.pairs.push((
                escaped(format!("{name}[{key}]")),
                escaped(value.to_string()),
            ));
        }
        self
    }

    /// Replaces every pair named `name` with one `name=value` (used to move to the next page).
    pub fn set(&mut self, name: &str, value: impl Display) -> &mut Self {
        let encoded = escaped(name.to_owned());
        self.pairs.retain(|(n, _)| *n != encoded);
        self.push(name, value)
    }

    /// The pairs, percent-encoded.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// True when no pair has been added.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The query string (without `?`): the pairs joined by `&`; empty when there are none.
    pub fn encode(&self) -> String {
        join_pairs(&self.pairs, "&")
    }

    /// The value of a `Cookie` header: the pairs joined by `; `.
    pub(crate) fn cookie_header(&self) -> String {
        join_pairs(&self.pairs, "; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_escaped() {
        assert_eq!(encode_path("file-abc_1.2~x"), "file-abc_1.2~x");
        assert_eq!(encode_path("a/b c?d#e%f"), "a%2Fb%20c%3Fd%23e%25f");
        assert_eq!(encode_path(&String::from("é")), "%C3%A9");
        assert_eq!(encode_path(&42), "42");
    }

    #[test]
    fn query_styles() {
        let mut q = QueryPairs::default();
        let tags = ["a b".to_owned(), "c&d".to_owned()];
        let meta = BTreeMap::from([("k 1".to_owned(), "v=1")]);
        q.push_opt("after", Some("x+y"))
            .push_opt::<u32>("limit", None)
            .push_array_opt("include[]", Some(&tags[..]), true)
            .push_array_opt("ids", Some(&[1, 2][..]), false)
            .push_array_opt::<u8>("none", Some(&[][..]), false)
            .push_deep_object_opt("metadata", Some(&meta));
        assert_eq!(
            q.encode(),
            "after=x%2By&include%5B%5D=a%20b&include%5B%5D=c%26d&ids=1,2&metadata%5Bk%201%5D=v%3D1"
        );
        q.set("include[]", "z");
        assert_eq!(
            q.pairs().last(),
            Some(&("include%5B%5D".to_owned(), "z".to_owned()))
        );
        assert_eq!(q.pairs().iter().filter(|(n, _)| n == "include%5B%5D").count(), 1);
    }

    #[test]
    fn styled_parameters_reach_their_place() {
        let path = format!("/a/{}/", encode_path("x y")) + "{p}/{m}";
        let mut spec = RequestSpec::new(Method::GET, path);
        spec.path_param("p", &["a", "b"], Style::label(true))
            .path_param("m", &serde_json::json!({"k": "v"}), Style::matrix(true))
            .query_param("f", Some(&serde_json::json!({"a": {"b": 1}})), Style::deep_object())
            .query_param::<u8>("none", None, Style::form(true))
            .header_param("X-Ids", Some(&[1, 2]), Style::simple(false))
            .header_param("X-Doc", Some(&serde_json::json!({"a": 1})), Style::json())
            .cookie_param("ids", Some(&[1, 2]), Style::form(true))
            .cookie_param("pair", Some(&[1, 2]), Style::form(false));
        spec.cookies().push_opt("session", Some("s 1"));
        assert_eq!(spec.path, "/a/x%20y/.a.b/;k=v");
        assert_eq!(spec.query.encode(), "f%5Ba%5D%5Bb%5D=1");
        assert_eq!(
            spec.headers,
            [("X-Ids", "1,2".to_owned()), ("X-Doc", r#"{"a":1}"#.to_owned())]
        );
        assert_eq!(spec.cookies.cookie_header(), "ids=1; ids=2; pair=1,2; session=s%201");
        assert!(spec.error.is_none());
    }

    #[test]
    fn stream_flag_is_forced() {
        let spec = RequestSpec::new(Method::POST, "/x".to_owned())
            .json_stream(&serde_json::json!({"model": "m", "stream": false}));
        let Body::Json(bytes) = &spec.body else {
            panic!("expected a JSON body")
        };
        assert_eq!(&bytes[..], br#"{"model":"m","stream":true}"#);
    }

    #[test]
    fn body_errors_are_deferred() {
        let bad = BTreeMap::from([(vec![1u8], 1)]);
        let spec = RequestSpec::new(Method::POST, "/x".to_owned()).json(&bad);
        assert!(matches!(spec.error, Some(Error::Serialize(_))));
        let mut spec = RequestSpec::new(Method::GET, "/x".to_owned());
        spec.query_param("m", Some(&bad), Style::deep_object())
            .path_param("p", &bad, Style::simple(false));
        assert!(matches!(spec.error, Some(Error::Serialize(_))));
    }
}
