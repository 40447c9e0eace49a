//! JSON decoding helpers called by the generated serde code.
//!
//! Generated unions buffer their input into a `serde_json::Value`, choose a variant,
//! then call [`from_value`]. A failure inside the variant would normally lose its
//! position: serde only knows the path up to the union. [`from_value`] therefore
//! encodes the inner path into the error message (see `PATH_MARKER`) and
//! [`decode_json`] (or an enclosing `from_value`) splices it back onto the outer path,
//! so the final [`DecodeError::path`] runs from the document root to the failing field.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer, Visitor};
use serde_json::{Map, Value};


/// Start of an error message that carries a nested JSON path:
/// `__path(<byte length>):<path>: <message>`. The length makes the encoding
/// unambiguous whatever characters the path's map keys contain.
const PATH_MARKER: &str = "__path(";

/// Largest excerpt of a body kept in a [`DecodeError`] (bytes, before and after the failure).
const EXCERPT_RADIUS: usize = 200;

/// A response (or stream event) that did not match the expected type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DecodeError {
    /// JSON path of the value that failed, from the document root
    /// (e.g. `choices[0].message.tool_calls[1].function.name`; `.` for the root).
    pub path: String,
    /// What was wrong there, as serde reports it.
    pub message: String,
    /// HTTP status code of the response, when decoding a response.
    pub status: Option<u16>,
    /// The `x-request-id` of the response.
    pub request_id: Option<String>,
    /// A bounded excerpt of the body around the failure.
    pub excerpt: String,
}

impl DecodeError {
    /// Attaches the response's status and request id.
    pub(crate) fn with_response(mut self, status: u16, request_id: Option<&str>) -> Self {
        self.status = Some(status);
        self.request_id = request_id.map(str::to_owned);
        self
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode the response at `{}`: {}",
            self.path, self.message
        )?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id: {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `T` from JSON bytes; on failure the error names the full JSON path.
pub fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let (path, inner) = match serde_path_to_error::deserialize(&mut de) {
        Ok(value) => match de.end() {
            Ok(()) => return Ok(value),
            Err(trailing) => (".".to_owned(), trailing),
        },
        Err(err) => (err.path().to_string(), err.into_inner()),
    };
    let (path, message) = splice(&path, &inner.to_string());
    Err(DecodeError {
        path,
        message,
        status: None,
        request_id: None,
        excerpt: excerpt(bytes, inner.line(), inner.column()),
    })
}

/// Decodes `T` from an already-buffered JSON value inside a generated `Deserialize` impl,
/// keeping the path of a failure inside `value` (see the module docs).
pub fn from_value<T: DeserializeOwned, E: serde::de::Error>(value: Value) -> Result<T, E> {
    // Plain serde first (no path bookkeeping per key); only a failure decodes again.
    if let Ok(decoded) = T::deserialize(&value) {
        return Ok(decoded);
    }
    serde_path_to_error::deserialize(value).map_err(|err| {
        let (path, message) = splice(&err.path().to_string(), &err.inner().to_string());
        if path == "." {
            E::custom(message)
        } else {
            E::custom(format_args!(
                "{PATH_MARKER}{}):{path}: {message}",
                path.len()
            ))
        }
    })
}

/// One entry of a generated `Serialize` impl for an optional field: left out when absent.
pub fn optional_entry<M: serde::ser::SerializeMap, T: serde::Serialize>(
    map: &mut M,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, value),
        None => Ok(()),
    }
}

/// A value that can also be an explicit `null`, for a property where `null` means
/// something other than leaving the property out (`turn_detection: null` turns voice
/// activity detection off; a property left out keeps what the server has). Such a field is
/// `Option<Nullable<T>>`: `None` leaves it out, `Some(Nullable::Null)` sends `null`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// An explicit `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, unless this is `null`.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// Whether this is an explicit `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T: serde::Serialize> serde::Serialize for Nullable<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(value) => value.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(|value| value.map_or(Nullable::Null, Nullable::Value))
    }
}

/// `deserialize_with` for a derived struct's `Option<Nullable<T>>` field: a key that is
/// there (`null` too) is `Some`; `#[serde(default)]` leaves a missing one `None`.
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<Nullable<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Nullable::deserialize(deserializer).map(Some)
}

/// `deserialize_with` for required fields: `null` becomes `T::default()`. Together with
/// `#[serde(default)]`, a null or missing required field does not fail the whole response.
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}

/// A generated struct decoded by [`deserialize_object`]: one call per key of the JSON
/// object, on a value that starts as the struct's `Default`. This replaces serde's derive,
/// whose code per struct (a field enum with its own visitor, map and sequence visitors,
/// a wrapper per forgiving field) dominated the crate's compile time.
pub trait ObjectFields: Default {
    /// What the value must be, for "invalid type" errors: "a `Foo` object".
    const EXPECTING: &'static str;
    /// Reads the value of `key` into its field, skipping it when the struct does not know
    /// the key (or keeping it among the extra properties).
    fn field<'de, A: serde::de::MapAccess<'de>>(&mut self, key: Key<'de>, map: &mut A) -> Result<(), A::Error>;
}

/// Decodes a JSON object into `T` forgivingly: missing keys keep their defaults, a `null`
/// read through [`Lenient`] is the default too, unknown keys are skipped, and a repeated
/// key's last value wins.
pub fn deserialize_object<'de, D: Deserializer<'de>, T: ObjectFields>(deserializer: D) -> Result<T, D::Error> {
    struct ObjectVisitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: ObjectFields> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut out = T::default();
            while let Some(key) = map.next_key::<Key<'de>>()? {
                out.field(key, &mut map)?;
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

/// An object key, borrowed from the input where the deserializer allows it.
pub struct Key<'de>(CowStr<'de>);

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_str(deserializer).map(Key)
    }
}

/// A required field's value: `null` reads as the type's default, so that a server
/// leaving out a value the spec requires does not fail the whole response.
pub struct Lenient<T>(pub T);

impl<'de, T: Deserialize<'de> + Default> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(|value| Lenient(value.unwrap_or_default()))
    }
}

/// A string that borrows from the input when the deserializer allows it.
pub type CowStr<'de> = Cow<'de, str>;

/// Deserializes a string, borrowing when possible; used by generated string enums that map
/// known values to variants and anything else to `Other(String)`.
pub fn deserialize_str<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<CowStr<'de>, D::Error> {
    struct StrVisitor;
    impl<'de> Visitor<'de> for StrVisitor {
        type Value = CowStr<'de>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Cow::Borrowed(v))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_owned()))
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v))
        }
    }
    deserializer.deserialize_str(StrVisitor)
}

/// What an object variant of a union looks like (generated from the spec).
#[derive(Debug, Clone, Copy)]
pub struct ObjectShape<'a> {
    /// Keys the variant requires.
    pub required: &'a [&'a str],
    /// Every key the variant knows.
    pub known: &'a [&'a str],
    /// Keys fixed to one value (`role` = `user`): another value rules the variant out.
    pub constants: &'a [(&'a str, &'a str)],
}

/// Picks the object variant of a union that fits `value` best, for unions whose variants the
/// JSON kind (or the tag) alone cannot tell apart. A variant whose fixed values disagree with
/// the object is ruled out; among the rest, those with every required key present come
/// first, then those that know more of the object's keys; ties go to the earlier variant.
/// A variant missing some required keys can still win when none has them all, since
/// servers do omit fields the spec calls required. `None` when nothing fits at all.
pub fn best_object_variant(value: &Map<String, Value>, candidates: &[ObjectShape<'_>]) -> Option<usize> {
    let mut best: Option<(usize, (bool, usize))> = None;
    for (index, shape) in candidates.iter().enumerate() {
        let contradicts = shape
            .constants
            .iter()
            .any(|(key, fixed)| value.get(*key).and_then(Value::as_str).is_some_and(|v| v != *fixed));
        if contradicts {
            continue;
        }
        let complete = shape.required.iter().all(|key| value.contains_key(*key));
        let known = value.keys().filter(|key| shape.known.contains(&key.as_str())).count();
        if !complete && known == 0 && !value.is_empty() {
            continue;
        }
        let score = (complete, known);
        if best.is_none_or(|(_, best_score)| score > best_score) {
            best = Some((index, score));
        }
    }
    best.map(|(index, _)| index)
}

/// Joins the path serde reported (up to a union) with a path encoded in the message by
/// [`from_value`], returning the full path and the bare message.
fn splice(outer: &str, message: &str) -> (String, String) {
    let Some((inner, rest)) = split_marker(message) else {
        return (outer.to_owned(), message.to_owned());
    };
    let path = if outer == "." {
        inner.to_owned()
    } else if inner.starts_with('[') {
        format!("{outer}{inner}")
    } else {
        format!("{outer}.{inner}")
    };
    (path, rest.to_owned())
}

/// Parses `__path(<len>):<path>: <rest>`; `None` if `message` is not in that form.
fn split_marker(message: &str) -> Option<(&str, &str)> {
    let after = message.strip_prefix(PATH_MARKER)?;
    let (len, after) = after.split_once("):")?;
    let len: usize = len.parse().ok()?;
    let path = after.get(..len)?;
    let rest = after.get(len..)?.strip_prefix(": ")?;
    Some((path, rest))
}

/// Up to `EXCERPT_RADIUS` bytes either side of the 1-based line/column serde reported.
fn excerpt(bytes: &[u8], line: usize, column: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut offset = 0;
    if line > 0 {
        for (index, current) in text.split_inclusive('\n').enumerate() {
            if index + 1 == line {
                offset += column.saturating_sub(1).min(current.len());
                break;
            }
            offset += current.len();
        }
    }
    let mut start = offset.saturating_sub(EXCERPT_RADIUS);
    let mut end = (offset + EXCERPT_RADIUS).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[start..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Inner {
        #[allow(dead_code)]
        text: String,
    }

    /// A union in the style the generator emits: buffer, then `from_value`.
    #[derive(Debug)]
    struct Union(#[allow(dead_code)] Vec<Inner>);
    impl<'de> Deserialize<'de> for Union {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let value = Value::deserialize(d)?;
            from_value::<Vec<Inner>, D::Error>(value).map(Union)
        }
    }

    #[derive(Debug, Deserialize)]
    struct Doc {
        #[allow(dead_code)]
        output: Vec<Union>,
    }

    #[test]
    fn path_survives_a_union() {
        let err = decode_json::<Doc>(br#"{"output":[[{"text":"a"},{"text":5}]]}"#).unwrap_err();
        assert_eq!(err.path, "output[0][1].text");
        assert!(
            err.message.starts_with("invalid type: integer `5`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn marker_round_trips_odd_keys() {
        let path = "a.we: ird)key[3]";
        let msg = format!("{PATH_MARKER}{}):{path}: boom", path.len());
        assert_eq!(split_marker(&msg), Some((path, "boom")));
        assert_eq!(splice("x[1]", &msg).0, "x[1].a.we: ird)key[3]");
        assert_eq!(split_marker("__path(99):short: x"), None);
    }

    #[test]
    fn trailing_garbage_and_excerpt() {
        let err = decode_json::<Vec<u8>>(b"[1] x").unwrap_err();
        assert_eq!(err.path, ".");
        assert!(err.excerpt.contains("[1] x"));
        let long = format!("[{}\"é\"]", "1,".repeat(500));
        let err = decode_json::<Vec<u8>>(long.as_bytes()).unwrap_err();
        assert!(err.excerpt.len() <= 2 * EXCERPT_RADIUS + 4 && err.excerpt.contains('é'));
    }

    #[test]
    fn null_and_missing_become_default() {
        #[derive(Deserialize)]
        struct S {
            #[serde(default, deserialize_with = "null_as_default")]
            n: u32,
        }
        assert_eq!(serde_json::from_str::<S>(r#"{"n":null}"#).unwrap().n, 0);
        assert_eq!(serde_json::from_str::<S>("{}").unwrap().n, 0);
        assert_eq!(serde_json::from_str::<S>(r#"{"n":7}"#).unwrap().n, 7);
    }

    #[test]
    fn strings_borrow_when_possible() {
        let mut de = serde_json::Deserializer::from_str(r#""plain""#);
        assert!(matches!(
            deserialize_str(&mut de).unwrap(),
            Cow::Borrowed("plain")
        ));
        let mut de = serde_json::Deserializer::from_str(r#""esc\naped""#);
        assert!(matches!(deserialize_str(&mut de).unwrap(), Cow::Owned(s) if s == "esc\naped"));
    }

    #[test]
    fn best_variant_prefers_required_then_known() {
        let obj = |s: &str| serde_json::from_str::<Map<String, Value>>(s).unwrap();
        let shape = |required, known| ObjectShape { required, known, constants: &[] };
        let candidates =
            [shape(&["a"], &["a", "b"]), shape(&["a"], &["a", "b", "c"]), shape(&["z"], &["z"])];
        assert_eq!(best_object_variant(&obj(r#"{"a":1,"c":2}"#), &candidates), Some(1));
        assert_eq!(best_object_variant(&obj(r#"{"a":1,"b":2}"#), &candidates), Some(0));
        assert_eq!(best_object_variant(&obj(r#"{"z":1}"#), &candidates), Some(2));
        // Nothing required is present, but `b` is known: the closest variant wins.
        assert_eq!(best_object_variant(&obj(r#"{"b":1}"#), &candidates), Some(0));
        assert_eq!(best_object_variant(&obj(r#"{"q":1}"#), &candidates), None);
    }

    #[test]
    fn fixed_values_rule_variants_out() {
        let obj = |s: &str| serde_json::from_str::<Map<String, Value>>(s).unwrap();
        let system = ObjectShape { required: &["role"], known: &["role", "content"], constants: &[("role", "system")] };
        let user = ObjectShape { required: &["role"], known: &["role", "content"], constants: &[("role", "user")] };
        assert_eq!(best_object_variant(&obj(r#"{"role":"user","content":"hi"}"#), &[system, user]), Some(1));
        assert_eq!(best_object_variant(&obj(r#"{"role":"tool"}"#), &[system, user]), None);
    }
}
