//! The one error type of the client, and the detail types it carries.
//!
//! Large details are boxed so that `Result<T, Error>` stays two words wide no
//! matter how much context an API error carries.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::codec::DecodeError;
{%- if parts.streaming %}
use super::sse::StreamEnd;
{%- endif %}

/// The result type of every fallible call in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong when calling the API.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a non-success status.
    Api(Box<ApiError>),
    /// The request could not be sent or the response could not be read
    /// (connection refused or reset, DNS, TLS, protocol errors).
    Transport(reqwest::Error),
    /// An attempt took longer than the configured per-attempt timeout (the value carried),
    /// or a stream received nothing for that long.
    Timeout(Duration),
    /// A successful response body did not match the expected type.
    Decode(Box<DecodeError>),
{%- if parts.streaming %}
    /// The server reported an error inside an event stream.
    Stream(Box<StreamError>),
    /// An event stream's body ended before the signal that ends a complete stream (its
    /// `[DONE]`, its last event): the connection was cut, and what arrived is partial.
    IncompleteStream(Box<IncompleteStream>),
{%- endif %}
    /// The client is misconfigured: missing API key, invalid base URL or header value.
    Config(String),
{%- if parts.multipart || parts.binary %}
    /// Reading a file to upload, or writing a download to a file, failed (the message
    /// names the path).
    Io(std::io::Error),
{%- endif %}
{%- if parts.multipart %}
    /// The request was not sent (again) because its body holds a one-shot upload, a
    /// `FileUpload::from_reader` or `from_stream`, that an attempt already consumed: such
    /// a source is read once and never silently replayed.
    ///
    /// `failure` is the failure of the attempt that consumed it, which the retry policy
    /// would otherwise have retried (a 5xx, a timeout, a dropped connection); `status()`
    /// and `request_id()` are that failure's. It is `None` when an earlier request (one
    /// sharing a clone of the upload) consumed the source before this one was sent.
    /// Upload from a path or from bytes to have such requests retried.
    UploadNotReplayable {
        /// The upload's file name.
        file_name: String,
        /// The failure of the attempt that consumed the source.
        failure: Option<Box<Error>>,
    },
{%- endif %}
    /// The request body could not be serialized.
    Serialize(serde_json::Error),
    /// A path parameter (named) was empty, which would have sent the request to another
    /// resource (`/files/` instead of `/files/{file_id}`); nothing was sent.
    EmptyPathParameter(String),
{%- if parts.realtime %}
    /// The WebSocket connection of a realtime session failed
    /// (the source is a `tokio_tungstenite::tungstenite::Error`).
    WebSocket(Box<dyn std::error::Error + Send + Sync>),
{%- endif %}
}

impl Error {
    /// The HTTP status of the response this error came from, if there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => e.status.and_then(|s| StatusCode::from_u16(s).ok()),
            Error::Transport(e) => e.status(),
{%- if parts.multipart %}
            Error::UploadNotReplayable {
                failure: Some(failure),
                ..
            } => failure.status(),
{%- endif %}
            _ => None,
        }
    }

    /// The `x-request-id` of the response this error came from, to quote in support requests.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Decode(e) => e.request_id.as_deref(),
{%- if parts.streaming %}
            Error::Stream(e) => e.request_id.as_deref(),
            Error::IncompleteStream(e) => e.request_id.as_deref(),
{%- endif %}
{%- if parts.multipart %}
            Error::UploadNotReplayable {
                failure: Some(failure),
                ..
            } => failure.request_id(),
{%- endif %}
            _ => None,
        }
    }

    /// True for [`Error::Timeout`] and for timeouts reported by a custom `reqwest::Client`.
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Timeout(_) => true,
            Error::Transport(e) => e.is_timeout(),
            _ => false,
        }
    }

    /// The API error, if this is one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => fmt::Display::fmt(e, f),
            Error::Transport(e) => write!(f, "transport error: {e}"),
            Error::Timeout(d) => write!(f, "request timed out after {d:?}"),
            Error::Decode(e) => fmt::Display::fmt(e, f),
{%- if parts.streaming %}
            Error::Stream(e) => fmt::Display::fmt(e, f),
            Error::IncompleteStream(e) => fmt::Display::fmt(e, f),
{%- endif %}
            Error::Config(msg) => write!(f, "client configuration error: {msg}"),
{%- if parts.multipart || parts.binary %}
            Error::Io(e) => write!(f, "I/O error: {e}"),
{%- endif %}
{%- if parts.multipart %}
            Error::UploadNotReplayable {
                file_name,
                failure: Some(failure),
            } => write!(
                f,
                "not retried: the upload `{file_name}` is a one-shot reader or stream, which the \
                 failed attempt consumed (upload from a path or bytes to allow retries); the \
                 attempt failed with: {failure}"
            ),
            Error::UploadNotReplayable {
                file_name,
                failure: None,
            } => write!(
                f,
                "not sent: the upload `{file_name}` is a one-shot reader or stream that an \
                 earlier request already consumed"
            ),
{%- endif %}
            Error::Serialize(e) => write!(f, "could not serialize the request body: {e}"),
            Error::EmptyPathParameter(name) => {
                write!(f, "the path parameter `{name}` is empty; no request was sent")
            }
{%- if parts.realtime %}
            Error::WebSocket(e) => write!(f, "websocket error: {e}"),
{%- endif %}
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
{%- if parts.multipart || parts.binary %}
            Error::Io(e) => Some(e),
{%- endif %}
{%- if parts.multipart %}
            Error::UploadNotReplayable {
                failure: Some(failure),
                ..
            } => Some(&**failure),
{%- endif %}
            Error::Serialize(e) => Some(e),
{%- if parts.realtime %}
            Error::WebSocket(e) => Some(&**e),
{%- endif %}
            _ => None,
        }
    }
}

{%- if parts.multipart || parts.binary %}
impl Error {
    /// An [`Error::Io`] about `path`, with the path in its message.
    pub(crate) fn io_at(path: &std::path::Path, error: std::io::Error) -> Error {
        Error::Io(std::io::Error::new(
            error.kind(),
            format!("{}: {error}", path.display()),
        ))
    }
}

{%- endif %}
impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Self {
        Error::Decode(Box::new(e))
    }
}

{%- if parts.streaming %}

impl From<StreamError> for Error {
    fn from(e: StreamError) -> Self {
        Error::Stream(Box::new(e))
    }
}
{%- endif %}

/// A non-success HTTP response, with the fields of the API's `{"error": {...}}` object.
#[derive(Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// HTTP status code.
    pub status: StatusCode,
    /// Human-readable message (`error.message`, or the status text when the body has none).
    pub message: String,
    /// Error category (`error.type`, e.g. `invalid_request_error`).
    pub kind: Option<String>,
    /// The request parameter the error is about (`error.param`).
    pub param: Option<String>,
    /// Machine-readable code (`error.code`, e.g. `rate_limit_exceeded`).
    pub code: Option<String>,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
    /// All response headers.
    pub headers: HeaderMap,
    /// The body text (at most 8 KiB) when it was not an error object the client understood.
    pub body: Option<String>,
}

impl ApiError {
    /// 400 Bad Request.
    pub fn is_bad_request(&self) -> bool {
        self.status == StatusCode::BAD_REQUEST
    }
    /// 401 Unauthorized: missing or invalid API key.
    pub fn is_authentication(&self) -> bool {
        self.status == StatusCode::UNAUTHORIZED
    }
    /// 403 Forbidden.
    pub fn is_permission_denied(&self) -> bool {
        self.status == StatusCode::FORBIDDEN
    }
    /// 404 Not Found.
    pub fn is_not_found(&self) -> bool {
        self.status == StatusCode::NOT_FOUND
    }
    /// 409 Conflict.
    pub fn is_conflict(&self) -> bool {
        self.status == StatusCode::CONFLICT
    }
    /// 422 Unprocessable Entity.
    pub fn is_unprocessable(&self) -> bool {
        self.status == StatusCode::UNPROCESSABLE_ENTITY
    }
    /// 429 Too Many Requests (rate limit or exhausted quota; see `code`).
    pub fn is_rate_limit(&self) -> bool {
        self.status == StatusCode::TOO_MANY_REQUESTS
    }
    /// Any 5xx status.
    pub fn is_server_error(&self) -> bool {
        self.status.is_server_error()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API error {}: {}", self.status, self.message)?;
        let details = [
            ("type", &self.kind),
            ("code", &self.code),
            ("param", &self.param),
            ("request id", &self.request_id),
        ];
        let mut first = true;
        for (label, value) in details {
            if let Some(value) = value {
                f.write_str(if first { " (" } else { ", " })?;
                write!(f, "{label}: {value}")?;
                first = false;
            }
        }
        if !first {
            f.write_str(")")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// Every field but the headers, which are only counted: an error returned from `main`
/// is printed with `Debug`, and a page of response headers would bury the message.
impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status.as_u16())
            .field("message", &self.message)
            .field("kind", &self.kind)
            .field("param", &self.param)
            .field("code", &self.code)
            .field("request_id", &self.request_id)
            .field("headers", &format_args!("<{} headers>", self.headers.len()))
            .field("body", &self.body)
            .finish()
    }
}


{%- if parts.streaming %}

/// An error the server sent inside an event stream (an `error` event, or an
/// `{"error": {...}}` payload).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StreamError {
    /// Human-readable message.
    pub message: String,
    /// Error category (`type`).
    pub kind: Option<String>,
    /// Machine-readable code.
    pub code: Option<String>,
    /// The parameter the error is about.
    pub param: Option<String>,
    /// The SSE event name, if the server sent one.
    pub event: Option<String>,
    /// The raw `data` of the event.
    pub data: String,
    /// The `x-request-id` of the streaming response.
    pub request_id: Option<String>,
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "stream error: {}", self.message)?;
        if let Some(code) = self.code.as_ref().or(self.kind.as_ref()) {
            write!(f, " ({code})")?;
        }
        Ok(())
    }
}

impl std::error::Error for StreamError {}
{%- endif %}
{%- if parts.streaming %}

/// See [`Error::IncompleteStream`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct IncompleteStream {
    /// Messages received before the end.
    pub events: usize,
    /// The signal that did not arrive.
    pub expected: StreamEnd,
    /// The `x-request-id` of the response.
    pub request_id: Option<String>,
}

impl fmt::Display for IncompleteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the event stream ended after {} events without {}: the connection was cut",
            self.events, self.expected
        )?;
        match &self.request_id {
            Some(id) => write!(f, " (request id {id})"),
            None => Ok(()),
        }
    }
}
{%- endif %}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_api_error_prints_its_fields_not_its_headers() {
        let mut headers = HeaderMap::new();
        headers.insert("x-ratelimit-remaining-requests", "0".parse().unwrap());
        let error = Error::Api(Box::new(ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            message: "Rate limit reached".to_owned(),
            kind: Some("requests".to_owned()),
            param: None,
            code: Some("rate_limit_exceeded".to_owned()),
            request_id: Some("req_123".to_owned()),
            headers,
            body: None,
        }));
        assert_eq!(
            format!("{error:?}"),
            "Api(ApiError { status: 429, message: \"Rate limit reached\", kind: Some(\"requests\"), \
             param: None, code: Some(\"rate_limit_exceeded\"), request_id: Some(\"req_123\"), \
             headers: <1 headers>, body: None })"
        );
    }
}
