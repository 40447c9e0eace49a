//! What every conformance case uses: the case type, calling through the generated client
//! with Steady's findings checked, streams and pages read to their end, errors explained,
//! and request pieces several groups share.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use bytes::Bytes;
use futures::StreamExt;
use openai_client::runtime::{Call, Output, Sse, StreamEvent};
use openai_client::types::Metadata;
use openai_client::{Client, Error, EventStream, FileUpload, ResponseMeta};
use serde_json::json;

pub type CaseResult = Result<(), String>;
pub type CaseFuture = Pin<Box<dyn Future<Output = CaseResult> + Send>>;
pub type Case = fn(Client) -> CaseFuture;

// ---------------------------------------------------------------------------------------
//  Calling and reporting
// ---------------------------------------------------------------------------------------

/// Sends one call; a failure names the method and carries the full explanation.
///
/// Steady answers 400 only for what it attributes to the client with confidence; other
/// findings (a number out of the reference's range, a body that matches no `oneOf`
/// member...) still get a 200 and are only reported in `x-steady-error-*` headers. Those
/// fail the call too.
pub async fn call<O: Output>(method: &str, call: Call<O>) -> Result<O::Value, String> {
    call_expecting(method, call, None).await
}

/// Like [`call`], but the answer must carry exactly the finding `expected`, which Steady
/// reports for a valid request because the reference itself is ambiguous. If the finding
/// disappears (a newer reference or Steady), the call fails so the expectation is removed.
pub async fn call_expecting<O: Output>(
    method: &str,
    call: Call<O>,
    expected: Option<&Diagnostic>,
) -> Result<O::Value, String> {
    send_checked(method, call, expected).await.map(|(value, _)| value)
}

/// Like [`call`], and Steady must have served the request as the operation the reference
/// keys `path_key` (its `x-steady-matched-path`): for an operation whose twin at a similar
/// key (`/responses` beside `/responses?beta=true`) would accept the request too.
pub async fn call_matched<O: Output>(method: &str, path_key: &str, call: Call<O>) -> Result<O::Value, String> {
    let (value, meta) = send_checked(method, call, None).await?;
    match meta.headers.get("x-steady-matched-path").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()) {
        Some(matched) if matched == path_key => Ok(value),
        other => Err(format!("{method}: Steady served the operation at {other:?}, not at `{path_key}`")),
    }
}

/// Sends `call`; the answer must carry exactly the findings `expected` lists.
async fn send_checked<O: Output>(
    method: &str,
    call: Call<O>,
    expected: Option<&Diagnostic>,
) -> Result<(O::Value, ResponseMeta), String> {
    let (value, meta) = call.send_with_meta().await.map_err(|e| format!("{method}: {}", describe(&e)))?;
    let found = Diagnostic::all(&|name| text_header(meta.headers.get(name).map(|v| v.as_bytes())));
    if found.iter().collect::<Vec<_>>() == expected.into_iter().collect::<Vec<_>>() {
        return Ok((value, meta));
    }
    let listed: String = found.iter().map(|d| format!("\n    {d}")).collect();
    Err(match expected {
        Some(expected) if found.is_empty() => {
            format!("{method}: Steady no longer reports the reference ambiguity `{expected}`; drop the expectation")
        }
        _ => format!("{method}: HTTP {} with findings:{listed}", meta.status),
    })
}

/// Sends a streaming call and decodes every event; at least one event must arrive.
pub async fn stream<T: StreamEvent>(method: &str, call: Call<Sse<T>>) -> Result<Vec<T>, String> {
    read_events(method, self::call(method, call).await?).await
}

/// [`stream`] with the operation [`call_matched`] checks.
pub async fn stream_matched<T: StreamEvent>(
    method: &str,
    path_key: &str,
    call: Call<Sse<T>>,
) -> Result<Vec<T>, String> {
    read_events(method, call_matched(method, path_key, call).await?).await
}

/// Decodes every event of a stream; at least one must arrive.
async fn read_events<T: StreamEvent>(method: &str, mut events: EventStream<T>) -> Result<Vec<T>, String> {
    let mut decoded = Vec::new();
    while let Some(event) = events.next().await {
        match event {
            Ok(event) => decoded.push(event),
            Err(e) => return Err(format!("{method}: event {}: {}", decoded.len(), describe(&e))),
        }
    }
    if decoded.is_empty() {
        return Err(format!("{method}: the stream ended without a single event"));
    }
    Ok(decoded)
}

/// Walks every page of a list with `.into_stream()`; at least one item must arrive.
pub async fn all_items<T>(method: &str, items: openai_client::runtime::ResultStream<T>) -> Result<Vec<T>, String> {
    let mut items = items;
    let mut collected = Vec::new();
    while let Some(item) = items.next().await {
        match item {
            Ok(item) => collected.push(item),
            Err(e) => return Err(format!("{method}: item {}: {}", collected.len(), describe(&e))),
        }
    }
    if collected.is_empty() {
        return Err(format!("{method}: no item on any page"));
    }
    Ok(collected)
}

/// One finding of Steady about a request, from its `x-steady-error-N-*` headers.
#[derive(Debug, PartialEq, Eq)]
pub struct Diagnostic {
    code: Cow<'static, str>,
    path: Cow<'static, str>,
    message: Cow<'static, str>,
}

impl Diagnostic {
    pub const fn new(code: &'static str, path: &'static str, message: &'static str) -> Diagnostic {
        Diagnostic { code: Cow::Borrowed(code), path: Cow::Borrowed(path), message: Cow::Borrowed(message) }
    }

    /// Every finding in a response (`header` reads one header as text).
    fn all(header: &dyn Fn(&str) -> Option<String>) -> Vec<Diagnostic> {
        let count: usize = header("x-steady-error-count").and_then(|n| n.parse().ok()).unwrap_or(0);
        (1..=count)
            .map(|n| {
                let field = |name: &str| header(&format!("x-steady-error-{n}-{name}")).unwrap_or_default();
                Diagnostic { code: field("code").into(), path: field("path").into(), message: field("message").into() }
            })
            .collect()
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "steady {} at {}: {}", self.code, self.path, self.message)
    }
}

fn text_header(value: Option<&[u8]>) -> Option<String> {
    value.map(|v| String::from_utf8_lossy(v).into_owned())
}

/// An error with everything needed to fix it: Steady's explanation of a rejected request
/// (from its `x-steady-error-*` headers and body), or the JSON path of a decode error.
pub fn describe(error: &Error) -> String {
    match error {
        Error::Api(api) => {
            let mut text = format!("HTTP {}: {}", api.status, api.message);
            let found = Diagnostic::all(&|name| text_header(api.headers.get(name).map(|v| v.as_bytes())));
            for diagnostic in &found {
                text.push_str(&format!("\n    {diagnostic}"));
            }
            // Steady's explanation is in the headers; the body is only shown without it.
            if let (true, Some(body)) = (found.is_empty(), &api.body) {
                text.push_str(&format!("\n    body: {body}"));
            }
            text
        }
        Error::Decode(decode) => format!(
            "could not decode the response at `{}`: {}\n    near: {}",
            decode.path, decode.message, decode.excerpt
        ),
        other => other.to_string(),
    }
}

// ---------------------------------------------------------------------------------------
//  Checks of an answer
// ---------------------------------------------------------------------------------------

/// Fails the case with `method: what` unless `ok`.
pub fn ensure(method: &str, ok: bool, what: impl std::fmt::Display) -> CaseResult {
    if ok { Ok(()) } else { Err(format!("{method}: {what}")) }
}

/// Fails unless `actual` is `expected`: an answer's `object` kind or another constant the
/// reference gives it.
pub fn ensure_eq(method: &str, what: &str, actual: &str, expected: &str) -> CaseResult {
    ensure(method, actual == expected, format_args!("`{what}` is {actual:?}, expected {expected:?}"))
}

/// Fails when an identifier of the answer is empty.
pub fn ensure_id(method: &str, what: &str, id: &str) -> CaseResult {
    ensure(method, !id.is_empty(), format_args!("`{what}` is empty"))
}

/// Fails when a download came back empty.
pub fn ensure_bytes(method: &str, bytes: &[u8]) -> CaseResult {
    ensure(method, !bytes.is_empty(), "empty body")
}

// ---------------------------------------------------------------------------------------
//  Request pieces several groups use
// ---------------------------------------------------------------------------------------

pub fn metadata() -> Metadata {
    BTreeMap::from([("project".to_owned(), "conformance".to_owned()), ("ticket".to_owned(), "T-42".to_owned())])
}

pub fn png() -> FileUpload {
    // The 8-byte PNG signature and an IHDR chunk header: enough for a multipart part.
    FileUpload::from_bytes("otter.png", Bytes::from_static(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01"))
}

/// A JSON Schema object as the generated types hold it (a map of keywords).
/// Free-form JSON object fields (a schema, a function's parameters) take `json!` values.
pub fn weather_parameters() -> serde_json::Value {
    json!({
        "type": "object",
        "properties": {
            "location": {"type": "string", "description": "City and country"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}
        },
        "required": ["location", "unit"],
        "additionalProperties": false
    })
}
