//! What one operation call sends: method, path, query, headers and body, described as
//! plain data so that every retry and every page can rebuild a fresh HTTP request.

use std::collections::BTreeMap;
use std::fmt::Display;

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Method;
use serde::Serialize;

use super::error::Error;
use super::multipart::{MultipartForm, ToMultipart};

/// Characters escaped in path segments and query components: everything except
/// RFC 3986 "unreserved" characters.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment (a `/` in `value` is escaped, not a separator).
/// Accepts `&str` as well as any other `&T: Display` (ids, enums, numbers).
pub fn encode_path<T: Display + ?Sized>(value: &T) -> String {
    utf8_percent_encode(&value.to_string(), ESCAPED).to_string()
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

/// One operation call, as the generated resource methods describe it.
#[derive(Debug)]
pub struct RequestSpec {
    pub(crate) method: Method,
    /// Path below the base URL, starting with `/`, segments already encoded.
    pub(crate) path: String,
    pub(crate) query: QueryPairs,
    pub(crate) headers: Vec<(&'static str, String)>,
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
            body: Body::None,
            cursor: None,
            error: None,
        }
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

    /// Sets a body of raw bytes with its content type.
    pub fn raw(mut self, content_type: &'static str, body: Bytes) -> Self {
        self.body = Body::Raw(content_type, body);
        self
    }

    /// The query string under construction.
    pub fn query(&mut self) -> &mut QueryPairs {
        &mut self.query
    }

    /// Adds a header parameter of the operation.
    pub fn header(&mut self, name: &'static str, value: impl Display) -> &mut Self {
        self.headers.push((name, value.to_string()));
        self
    }

    /// Marks the operation as cursor-paginated by the query parameter `param`.
    pub fn cursor(mut self, param: &'static str) -> Self {
        self.cursor = Some(param);
        self
    }
}

/// Query parameters in the order they were added; encoded when the URL is built.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryPairs {
    pairs: Vec<(String, String)>,
}

impl QueryPairs {
    /// Adds `name=value`.
    pub fn push(&mut self, name: &str, value: impl Display) -> &mut Self {
        self.pairs.push((name.to_owned(), value.to_string()));
        self
    }

    /// Adds `name=value` when `value` is present.
    pub fn push_opt<T: Display + ?Sized>(&mut self, name: &str, value: Option<&T>) -> &mut Self {
        if let Some(value) = value {
            self.push(name, value);
        }
        self
    }

    /// Adds an array: one `name=item` pair per item when `explode`, otherwise a single
    /// comma-joined `name=a,b,c`. Nothing is added for `None`.
    pub fn push_array_opt<T: Display>(
        &mut self,
        name: &str,
        values: Option<&[T]>,
        explode: bool,
    ) -> &mut Self {
        let Some(values) = values else { return self };
        if explode {
            for value in values {
                self.push(name, value);
            }
        } else {
            let joined = values
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(",");
            self.push(name, joined);
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
            self.pairs
                .push((format!("{name}[{key}]"), value.to_string()));
        }
        self
    }

    /// Adds a structured value as bracketed pairs, the way OpenAI's API reads nested query
    /// data: objects become `name[key]=value`, arrays `name[]=value`. Values that do not
    /// serialize are skipped (they come from generated types, which always serialize).
    pub fn push_object_opt<T: serde::Serialize>(&mut self, name: &str, value: Option<&T>) -> &mut Self {
        if let Some(value) = value.and_then(|v| serde_json::to_value(v).ok()) {
            self.push_json(name.to_owned(), value);
        }
        self
    }

    fn push_json(&mut self, name: String, value: serde_json::Value) {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::String(s) => self.pairs.push((name, s)),
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    self.push_json(format!("{name}[{key}]"), value);
                }
            }
            serde_json::Value::Array(items) => {
                for value in items {
                    self.push_json(format!("{name}[]"), value);
                }
            }
            other => self.pairs.push((name, other.to_string())),
        }
    }

    /// Replaces every pair named `name` with one `name=value` (used to move to the next page).
    pub fn set(&mut self, name: &str, value: impl Display) -> &mut Self {
        self.pairs.retain(|(n, _)| n != name);
        self.push(name, value)
    }

    /// The pairs, unencoded.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// The percent-encoded query string (without `?`); empty when there are no pairs.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (name, value) in &self.pairs {
            if !out.is_empty() {
                out.push('&');
            }
            out.extend(utf8_percent_encode(name, ESCAPED));
            out.push('=');
            out.extend(utf8_percent_encode(value, ESCAPED));
        }
        out
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
    fn structured_query_values_become_bracketed_pairs() {
        let mut q = QueryPairs::default();
        let range = serde_json::json!({"gt": 1, "lte": 5, "ids": ["a", "b"], "skip": null});
        q.push_object_opt("effective_at", Some(&range)).push_object_opt::<serde_json::Value>("none", None);
        // Key order follows the object's map, which depends on serde_json's features.
        let mut pairs = q.pairs().to_vec();
        pairs.sort();
        let expected = [("effective_at[gt]", "1"), ("effective_at[ids][]", "a"), ("effective_at[ids][]", "b"), ("effective_at[lte]", "5")];
        assert_eq!(pairs, expected.map(|(k, v)| (k.to_owned(), v.to_owned())));
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
            .push_deep_object_opt("metadata", Some(&meta));
        assert_eq!(
            q.encode(),
            "after=x%2By&include%5B%5D=a%20b&include%5B%5D=c%26d&ids=1%2C2&metadata%5Bk%201%5D=v%3D1"
        );
        q.set("after", "z");
        assert_eq!(
            q.pairs().last(),
            Some(&("after".to_owned(), "z".to_owned()))
        );
        assert_eq!(q.pairs().iter().filter(|(n, _)| n == "after").count(), 1);
    }

    #[test]
    fn stream_flag_is_forced_and_errors_are_deferred() {
        let spec = RequestSpec::new(Method::POST, "/x".to_owned())
            .json_stream(&serde_json::json!({"model": "m", "stream": false}));
        let Body::Json(bytes) = &spec.body else {
            panic!("expected a JSON body")
        };
        assert_eq!(&bytes[..], br#"{"model":"m","stream":true}"#);
        let bad = BTreeMap::from([(vec![1u8], 1)]);
        let spec = RequestSpec::new(Method::POST, "/x".to_owned()).json(&bad);
        assert!(matches!(spec.error, Some(Error::Serialize(_))));
    }
}
