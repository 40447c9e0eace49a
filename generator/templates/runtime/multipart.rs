//! Multipart request bodies.
//!
//! `reqwest::multipart::Form` is consumed when sent and cannot be cloned, so a retry could
//! not resend it. Requests therefore carry a [`MultipartForm`], a clonable description
//! (file contents are reference-counted `Bytes`), turned into a fresh `reqwest` form for
//! every attempt.

use std::fmt::{self, Display};

use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;

// Reading files and building `reqwest` forms is the HTTP client's part.
#[cfg(feature = "client")]
use super::error::{Error, Result};
#[cfg(feature = "client")]
use reqwest::multipart::{Form, Part};

/// A file to upload: a name, its contents and a content type.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FileUpload {
    file_name: String,
    bytes: Bytes,
    mime: Option<String>,
}

impl FileUpload {
    /// A file from bytes in memory; the content type is guessed from `file_name`'s extension.
    #[must_use]
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        let file_name = file_name.into();
        let mime = guess_mime(&file_name).map(str::to_owned);
        FileUpload {
            file_name,
            bytes: bytes.into(),
            mime,
        }
    }

    /// Reads a file; its name is the path's last component and the content type is
    /// guessed from the extension.
    #[cfg(feature = "client")]
    pub async fn from_path(path: impl AsRef<std::path::Path>) -> Result<Self> {
        let path = path.as_ref();
        let bytes = tokio::fs::read(path).await.map_err(Error::Io)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "file".to_owned());
        Ok(Self::from_bytes(name, bytes))
    }

    /// Sets the content type explicitly (e.g. `"audio/mpeg"`).
    #[must_use]
    pub fn with_mime(mut self, mime: impl Into<String>) -> Self {
        self.mime = Some(mime.into());
        self
    }

    /// Renames the file.
    #[must_use]
    pub fn with_file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = file_name.into();
        self
    }

    /// The file name sent to the server.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The content type, if known.
    pub fn mime(&self) -> Option<&str> {
        self.mime.as_deref()
    }

    /// The contents.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }

    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// True when the file is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

impl fmt::Debug for FileUpload {
    // The contents are left out: they can be large, and private.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileUpload")
            .field("file_name", &self.file_name)
            .field("len", &self.bytes.len())
            .field("mime", &self.mime)
            .finish()
    }
}

/// Content type for common upload extensions; `None` sends `application/octet-stream`.
fn guess_mime(file_name: &str) -> Option<&'static str> {
    let ext = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jsonl" => "application/jsonl",
        "json" => "application/json",
        "txt" => "text/plain",
        "csv" => "text/csv",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "mp3" | "mpga" => "audio/mpeg",
        "mp4" => "video/mp4",
        "mpeg" => "video/mpeg",
        "m4a" => "audio/mp4",
        "wav" => "audio/wav",
        "webm" => "audio/webm",
        "ogg" => "audio/ogg",
        "flac" => "audio/flac",
        _ => return None,
    })
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq)]
enum Field {
    Text(String),
    File(FileUpload),
}

/// In a JSON body a file travels as base64 text (the `format: byte` convention), so types
/// that hold files can still be JSON-encoded where a spec puts them in JSON.
impl Serialize for FileUpload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use base64::Engine as _;
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.bytes))
    }
}

/// The inverse of `Serialize`: base64 text becomes the bytes (text that is not base64 is
/// kept as its UTF-8 bytes).
impl<'de> serde::Deserialize<'de> for FileUpload {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        use base64::Engine as _;
        let text = <String as serde::Deserialize>::deserialize(deserializer)?;
        let bytes = match base64::engine::general_purpose::STANDARD.decode(text.as_bytes()) {
            Ok(bytes) => bytes,
            Err(_) => text.into_bytes(),
        };
        Ok(FileUpload { file_name: "file".to_owned(), bytes: bytes.into(), mime: None })
    }
}

/// A clonable description of a multipart body, built by generated [`ToMultipart`] impls.
#[derive(Debug, Clone, Default)]
#[must_use = "a form is only sent as part of a request"]
pub struct MultipartForm {
    fields: Vec<(String, Field)>,
    /// First serialization error of a field; the request reports it as `Error::Serialize`.
    error: Option<String>,
}

impl MultipartForm {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text field.
    pub fn text(mut self, name: impl Into<String>, value: impl Display) -> Self {
        self.fields
            .push((name.into(), Field::Text(value.to_string())));
        self
    }

    /// Adds a text field when `value` is present.
    pub fn text_opt<T: Display>(self, name: impl Into<String>, value: Option<T>) -> Self {
        match value {
            Some(value) => self.text(name, value),
            None => self,
        }
    }

    /// Adds a file field.
    pub fn file(mut self, name: impl Into<String>, file: &FileUpload) -> Self {
        self.fields.push((name.into(), Field::File(file.clone())));
        self
    }

    /// Adds a field holding `value` as JSON text (strings are sent without quotes).
    pub fn json(mut self, name: impl Into<String>, value: &impl Serialize) -> Self {
        match serde_json::to_value(value) {
            Ok(Value::String(s)) => self.fields.push((name.into(), Field::Text(s))),
            Ok(other) => self
                .fields
                .push((name.into(), Field::Text(other.to_string()))),
            Err(e) => {
                self.error.get_or_insert_with(|| e.to_string());
            }
        }
        self
    }

    /// Adds `value` flattened into bracketed fields, the way form encoders send nested
    /// data: objects become `name[key]`, arrays `name[]`, scalars plain text.
    pub fn fields(mut self, name: impl Into<String>, value: &impl Serialize) -> Self {
        match serde_json::to_value(value) {
            Ok(value) => flatten(&mut self.fields, name.into(), value),
            Err(e) => {
                self.error.get_or_insert_with(|| e.to_string());
            }
        }
        self
    }

    /// The field names and, for text fields, their values (for tests and debugging).
    pub fn text_fields(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields.iter().filter_map(|(name, field)| match field {
            Field::Text(text) => Some((name.as_str(), text.as_str())),
            Field::File(_) => None,
        })
    }

    /// Why a field could not be added (the first serialization error), if one could not.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Removes the first serialization error of a field, for the request to report.
    #[cfg(feature = "client")]
    pub(crate) fn take_error(&mut self) -> Option<serde_json::Error> {
        self.error
            .take()
            .map(<serde_json::Error as serde::ser::Error>::custom)
    }

    /// Builds the `reqwest` form for one attempt.
    #[cfg(feature = "client")]
    pub(crate) fn to_form(&self) -> Result<Form> {
        let mut form = Form::new();
        for (name, field) in &self.fields {
            form = match field {
                Field::Text(text) => form.text(name.clone(), text.clone()),
                Field::File(file) => {
                    let mime = file.mime.as_deref().unwrap_or("application/octet-stream");
                    let part =
                        Part::stream_with_length(file.bytes.clone(), file.bytes.len() as u64)
                            .file_name(file.file_name.clone())
                            .mime_str(mime)
                            .map_err(|_| {
                                Error::Config(format!(
                                    "invalid content type `{mime}` for file `{}`",
                                    file.file_name
                                ))
                            })?;
                    form.part(name.clone(), part)
                }
            };
        }
        Ok(form)
    }
}

fn flatten(out: &mut Vec<(String, Field)>, name: String, value: Value) {
    match value {
        Value::Null => {}
        Value::String(s) => out.push((name, Field::Text(s))),
        Value::Object(map) => map
            .into_iter()
            .for_each(|(key, value)| flatten(out, format!("{name}[{key}]"), value)),
        Value::Array(items) => items
            .into_iter()
            .for_each(|value| flatten(out, format!("{name}[]"), value)),
        other => out.push((name, Field::Text(other.to_string()))),
    }
}

/// Implemented by generated multipart request types.
pub trait ToMultipart {
    /// Describes `self` as form fields.
    fn to_multipart(&self) -> MultipartForm;
}

impl ToMultipart for MultipartForm {
    fn to_multipart(&self) -> MultipartForm {
        self.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_in_json_are_base64() {
        let f = FileUpload::from_bytes("a.bin", &b"hi\xff"[..]);
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(json, Value::String("aGn/".to_owned()));
        let back: FileUpload = serde_json::from_value(json).unwrap();
        assert_eq!(back.bytes, f.bytes);
    }

    #[test]
    fn mime_guesses_and_debug_hides_contents() {
        let f = FileUpload::from_bytes("Train.JSONL", &b"secret-bytes"[..]);
        assert_eq!(f.mime(), Some("application/jsonl"));
        assert_eq!(
            FileUpload::from_bytes("a.mp3", Vec::new()).mime(),
            Some("audio/mpeg")
        );
        assert_eq!(FileUpload::from_bytes("noext", Vec::new()).mime(), None);
        assert_eq!(f.clone().with_mime("x/y").mime(), Some("x/y"));
        let debug = format!("{f:?}");
        assert!(
            debug.contains("len: 12") && !debug.contains("secret"),
            "{debug}"
        );
    }

    #[test]
    fn json_and_flattened_fields() {
        let form = MultipartForm::new()
            .text("purpose", "fine-tune")
            .text_opt("n", None::<u8>)
            .json("strategy", &serde_json::json!({"type": "auto"}))
            .json("plain", &"s")
            .fields(
                "opts",
                &serde_json::json!({"a": [1, 2], "b": {"c": true}, "d": null}),
            );
        let got: Vec<_> = form.text_fields().collect();
        assert_eq!(
            got,
            [
                ("purpose", "fine-tune"),
                ("strategy", r#"{"type":"auto"}"#),
                ("plain", "s"),
                ("opts[a][]", "1"),
                ("opts[a][]", "2"),
                ("opts[b][c]", "true")
            ]
        );
        #[cfg(feature = "client")]
        assert!(form.to_form().is_ok());
        let bad =
            MultipartForm::new().json("m", &std::collections::BTreeMap::from([(vec![1u8], 1)]));
        assert!(bad.error().is_some());
        #[cfg(feature = "client")]
        {
            let mut bad = bad;
            assert!(bad.take_error().is_some() && bad.take_error().is_none());
        }
    }
}
