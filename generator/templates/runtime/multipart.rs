//! Multipart request bodies.
//!
//! `reqwest::multipart::Form` is consumed when sent and cannot be cloned, so a retry could
//! not resend it. Requests therefore carry a [`MultipartForm`], a clonable description,
//! turned into a fresh `reqwest` form for every attempt. A file's contents come from its
//! [`FileUpload`]'s source: bytes in memory (reference-counted `Bytes`) and files on disk
//! (opened again and streamed by every attempt) can be sent any number of times; a reader
//! or a stream is one-shot: the first attempt that sends it takes it.

use std::fmt::{self, Display};
#[cfg(feature = "client")]
use std::path::{Path, PathBuf};

use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;

// Reading files, streams and building `reqwest` forms is the HTTP client's part.
#[cfg(feature = "client")]
use super::error::{Error, Result};
#[cfg(feature = "client")]
use super::upload::{self, OneShot};
#[cfg(feature = "client")]
use reqwest::multipart::{Form, Part};

/// A file to upload: a name, a content type and where its contents come from.
///
/// | source | constructor | length | sent again by a retry |
/// | --- | --- | --- | --- |
/// | bytes in memory | [`FileUpload::from_bytes`] | known | yes |
/// | a file on disk, streamed | `FileUpload::from_path` | known (stat) | yes: the file is reopened |
/// | an `AsyncRead` | `FileUpload::from_reader` | optional | no (one-shot) |
/// | a `Stream` of `Bytes` | `FileUpload::from_stream` | optional | no (one-shot) |
///
/// A request whose one-shot upload was consumed by a failed attempt is not retried: it
/// fails with `Error::UploadNotReplayable`, which carries the attempt's failure. Clones of
/// a `FileUpload` share a one-shot source, so only one request can send it.
///
/// `Debug` shows the name, the kind of source, the length and the content type, never the
/// contents. Two uploads are equal when their names, content types and sources are: equal
/// bytes, the same path, or the very same one-shot source.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FileUpload {
    file_name: String,
    mime: Option<String>,
    source: Source,
}

/// Where an upload's contents come from.
#[derive(Clone)]
enum Source {
    Bytes(Bytes),
    /// Streamed from disk by each attempt; `len` as the file was when the upload was made.
    #[cfg(feature = "client")]
    Path { path: PathBuf, len: u64 },
    /// A reader or stream, sent once.
    #[cfg(feature = "client")]
    OneShot(OneShot),
}

impl Default for Source {
    fn default() -> Self {
        Source::Bytes(Bytes::new())
    }
}

impl PartialEq for Source {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Source::Bytes(a), Source::Bytes(b)) => a == b,
            #[cfg(feature = "client")]
            (Source::Path { path: a, .. }, Source::Path { path: b, .. }) => a == b,
            #[cfg(feature = "client")]
            (Source::OneShot(a), Source::OneShot(b)) => a.same(b),
            #[cfg(feature = "client")]
            _ => false,
        }
    }
}

impl Eq for Source {}

impl FileUpload {
    /// A file from bytes in memory; the content type is guessed from `file_name`'s extension.
    #[must_use]
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        Self::with_source(file_name.into(), Source::Bytes(bytes.into()))
    }

    fn with_source(file_name: String, source: Source) -> Self {
        let mime = guess_mime(&file_name).map(str::to_owned);
        FileUpload {
            file_name,
            mime,
            source,
        }
    }

    /// A file on disk, streamed from it when the request is sent (never held in memory
    /// whole). Its name is the path's last component and the content type is guessed from
    /// the extension. The file is only looked at here (its length, and that it is a file);
    /// each attempt opens it again, so a retried request sends it again in full.
    #[cfg(feature = "client")]
    pub async fn from_path(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let metadata = tokio::fs::metadata(path)
            .await
            .map_err(|e| Error::io_at(path, e))?;
        if !metadata.is_file() {
            let e = std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file");
            return Err(Error::io_at(path, e));
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "file".to_owned());
        let source = Source::Path {
            path: path.to_owned(),
            len: metadata.len(),
        };
        Ok(Self::with_source(name, source))
    }

    /// A file read from `reader` while the request is sent, in chunks. `len`, when given,
    /// is sent as the part's length (the reader must then yield exactly that many bytes);
    /// without it the body is sent chunked. One-shot: see the type's documentation.
    #[cfg(feature = "client")]
    #[must_use]
    pub fn from_reader<R>(file_name: impl Into<String>, reader: R, len: Option<u64>) -> Self
    where
        R: tokio::io::AsyncRead + Send + 'static,
    {
        let stream = Box::pin(upload::ReadChunks::new(Box::pin(reader)));
        Self::with_source(file_name.into(), Source::OneShot(OneShot::new(stream, len)))
    }

    /// A file whose contents are the chunks of `stream`, sent as they come. `len`, when
    /// given, is sent as the part's length (the stream must then yield exactly that many
    /// bytes); without it the body is sent chunked. An `Err` item fails the attempt.
    /// One-shot: see the type's documentation.
    #[cfg(feature = "client")]
    #[must_use]
    pub fn from_stream<S>(file_name: impl Into<String>, stream: S, len: Option<u64>) -> Self
    where
        S: futures_core::Stream<Item = std::io::Result<Bytes>> + Send + 'static,
    {
        let source = Source::OneShot(OneShot::new(Box::pin(stream), len));
        Self::with_source(file_name.into(), source)
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

    /// The content type, if known (`application/octet-stream` is sent otherwise).
    pub fn mime(&self) -> Option<&str> {
        self.mime.as_deref()
    }

    /// The contents, when they are bytes in memory (`None` for a path, reader or stream).
    pub fn bytes(&self) -> Option<&Bytes> {
        match &self.source {
            Source::Bytes(bytes) => Some(bytes),
            #[cfg(feature = "client")]
            _ => None,
        }
    }

    /// The path the contents are streamed from, for an upload made by `from_path`.
    #[cfg(feature = "client")]
    pub fn path(&self) -> Option<&Path> {
        match &self.source {
            Source::Path { path, .. } => Some(path),
            _ => None,
        }
    }

    /// Size in bytes, when known: always for bytes and paths (the file's size when the
    /// upload was made), for a reader or stream the length it was given.
    pub fn len(&self) -> Option<u64> {
        match &self.source {
            Source::Bytes(bytes) => Some(bytes.len() as u64),
            #[cfg(feature = "client")]
            Source::Path { len, .. } => Some(*len),
            #[cfg(feature = "client")]
            Source::OneShot(one_shot) => one_shot.len(),
        }
    }

    /// True when the file is known to be empty.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// True when the contents can be sent again (bytes, a path), so that a request holding
    /// this upload can be retried; false for a reader or a stream.
    pub fn is_replayable(&self) -> bool {
        match &self.source {
            Source::Bytes(_) => true,
            #[cfg(feature = "client")]
            Source::Path { .. } => true,
            #[cfg(feature = "client")]
            Source::OneShot(_) => false,
        }
    }

    /// The source's kind, for `Debug` and messages.
    fn source_kind(&self) -> &'static str {
        match &self.source {
            Source::Bytes(_) => "bytes",
            #[cfg(feature = "client")]
            Source::Path { .. } => "path",
            #[cfg(feature = "client")]
            Source::OneShot(_) => "reader or stream (one-shot)",
        }
    }
}

impl fmt::Debug for FileUpload {
    // The contents are left out: they can be large, and private.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("FileUpload");
        debug
            .field("file_name", &self.file_name)
            .field("source", &self.source_kind());
        #[cfg(feature = "client")]
        if let Source::Path { path, .. } = &self.source {
            debug.field("path", path);
        }
        debug
            .field("len", &self.len())
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
    /// Text sent with its own `Content-Type` (a JSON part, a session description).
    Typed { text: String, content_type: String },
    File(FileUpload),
}

/// In a JSON body a file travels as base64 text (the `format: byte` convention), so types
/// that hold files can still be JSON-encoded where a spec puts them in JSON.
/// Only bytes in memory can be: a path, reader or stream is an error naming the file.
impl Serialize for FileUpload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use base64::Engine as _;
        match self.bytes() {
            Some(bytes) => serializer
                .serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes)),
            None => Err(serde::ser::Error::custom(format_args!(
                "the upload `{}` streams from a {}: a JSON body needs its bytes (FileUpload::from_bytes)",
                self.file_name,
                self.source_kind()
            ))),
        }
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
        Ok(FileUpload {
            file_name: "file".to_owned(),
            mime: None,
            source: Source::Bytes(bytes.into()),
        })
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

    /// Adds a text field sent with its own content type (`application/sdp`, ...), as the
    /// body's `encoding` asks.
    pub fn typed_text(mut self, name: impl Into<String>, value: impl Display, content_type: &str) -> Self {
        let field = Field::Typed { text: value.to_string(), content_type: content_type.to_owned() };
        self.fields.push((name.into(), field));
        self
    }

    /// Adds `value` as one part of JSON (`Content-Type: application/json`), as the body's
    /// `encoding` asks for an object the service reads whole.
    pub fn json_part(mut self, name: impl Into<String>, value: &impl Serialize) -> Self {
        match serde_json::to_string(value) {
            Ok(text) => {
                let field = Field::Typed { text, content_type: "application/json".to_owned() };
                self.fields.push((name.into(), field));
            }
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
            Field::Text(text) | Field::Typed { text, .. } => Some((name.as_str(), text.as_str())),
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

    /// The file name of the first one-shot upload (reader or stream) of the form: a request
    /// carrying one cannot be sent again.
    #[cfg(feature = "client")]
    pub(crate) fn one_shot_file(&self) -> Option<&str> {
        self.fields.iter().find_map(|(_, field)| match field {
            Field::File(file) if !file.is_replayable() => Some(file.file_name()),
            _ => None,
        })
    }

    /// Builds the `reqwest` form for one attempt: bytes are shared, a path is opened again
    /// and streamed, a one-shot source is taken (an error if an earlier request took it).
    #[cfg(feature = "client")]
    pub(crate) fn to_form(&self) -> Result<Form> {
        let mut form = Form::new();
        for (name, field) in &self.fields {
            form = match field {
                Field::Text(text) => form.text(name.clone(), text.clone()),
                Field::Typed { text, content_type } => {
                    let part = Part::text(text.clone()).mime_str(content_type).map_err(|_| {
                        Error::Config(format!("invalid content type `{content_type}` for the form field `{name}`"))
                    })?;
                    form.part(name.clone(), part)
                }
                Field::File(file) => form.part(name.clone(), file_part(file)?),
            };
        }
        Ok(form)
    }
}

/// One file's part, with its name, content type and (when known) length.
#[cfg(feature = "client")]
fn file_part(file: &FileUpload) -> Result<Part> {
    let part = match &file.source {
        Source::Bytes(bytes) => Part::stream_with_length(bytes.clone(), bytes.len() as u64),
        Source::Path { path, .. } => {
            let (stream, len) = upload::open(path, &file.file_name)?;
            Part::stream_with_length(reqwest::Body::wrap_stream(stream), len)
        }
        Source::OneShot(one_shot) => {
            let stream = one_shot.take().ok_or_else(|| Error::UploadNotReplayable {
                file_name: file.file_name.clone(),
                failure: None,
            })?;
            let len = one_shot.len();
            let body = reqwest::Body::wrap_stream(upload::Checked::new(stream, len, &file.file_name));
            match len {
                Some(len) => Part::stream_with_length(body, len),
                None => Part::stream(body),
            }
        }
    };
    let mime = file.mime.as_deref().unwrap_or("application/octet-stream");
    part.file_name(file.file_name.clone())
        .mime_str(mime)
        .map_err(|_| {
            Error::Config(format!(
                "invalid content type `{mime}` for file `{}`",
                file.file_name
            ))
        })
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
        assert_eq!(back.bytes(), f.bytes());
        assert_eq!((back.len(), back.is_replayable()), (Some(3), true));
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
            debug.contains("len: Some(12)")
                && debug.contains("source: \"bytes\"")
                && !debug.contains("secret"),
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

    /// A stream that ends at once (the tests need no runtime).
    #[cfg(feature = "client")]
    struct Nothing;

    #[cfg(feature = "client")]
    impl futures_core::Stream for Nothing {
        type Item = std::io::Result<Bytes>;
        fn poll_next(
            self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            std::task::Poll::Ready(None)
        }
    }

    #[cfg(feature = "client")]
    #[test]
    fn one_shot_sources_are_shared_by_clones_and_sent_once() {
        let upload = FileUpload::from_stream("data.csv", Nothing, Some(0));
        assert_eq!((upload.mime(), upload.len()), (Some("text/csv"), Some(0)));
        assert!(!upload.is_replayable() && upload.bytes().is_none());
        assert_eq!(upload.clone(), upload);
        assert_ne!(FileUpload::from_stream("data.csv", Nothing, Some(0)), upload);
        assert_ne!(FileUpload::from_bytes("data.csv", ""), upload);
        let error = serde_json::to_value(&upload).unwrap_err().to_string();
        assert!(error.contains("`data.csv`") && error.contains("from_bytes"), "{error}");
        assert!(format!("{upload:?}").contains("one-shot"));

        let form = MultipartForm::new().text("purpose", "x").file("file", &upload);
        assert_eq!(form.one_shot_file(), Some("data.csv"));
        assert!(form.clone().to_form().is_ok());
        match form.to_form() {
            Err(Error::UploadNotReplayable { file_name, failure: None }) => {
                assert_eq!(file_name, "data.csv")
            }
            other => panic!("{:?}", other.map(drop)),
        }
        let bytes = MultipartForm::new().file("file", &FileUpload::from_bytes("a", "b"));
        assert_eq!(bytes.one_shot_file(), None);
    }
}
