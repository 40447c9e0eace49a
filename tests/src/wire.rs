//! Helpers for the wire tests (`tests/tests/wire_*.rs`): clients pointed at servers on
//! 127.0.0.1, a scripted raw HTTP server for what wiremock cannot express (streams that
//! pause, stalls, dropped connections), SSE builders and a multipart body parser.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use openai_client::Client;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// The API key every wire test client sends.
pub const API_KEY: &str = "sk-wire-test-0123456789";

/// The `User-Agent` the generated client sends (from `runtime/settings.rs`).
pub const USER_AGENT: &str = "openai-client/0.1.0 (rust)";

/// A client for the server root `base`, with the API's `/v1` prefix, no retries unless a
/// test asks for them, and a short timeout so a hung test fails quickly.
pub fn client(base: &str) -> Client {
    builder(base).build().expect("client builds")
}

/// The builder behind [`client`], to add options.
pub fn builder(base: &str) -> openai_client::ClientBuilder {
    Client::builder().api_key(API_KEY).base_url(format!("{base}/v1")).max_retries(0).timeout(Duration::from_secs(10))
}

/// One `data:` SSE message carrying `value` as JSON.
pub fn sse_data(value: &Value) -> String {
    format!("data: {value}\n\n")
}

/// One SSE message with an `event:` name and a JSON `data:` line.
pub fn sse_event(name: &str, value: &Value) -> String {
    format!("event: {name}\ndata: {value}\n\n")
}

/// One part of a `multipart/form-data` body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The `name` of the `Content-Disposition` header.
    pub name: String,
    /// The `filename`, for file parts.
    pub filename: Option<String>,
    /// The part's `Content-Type` header.
    pub content_type: Option<String>,
    /// The part's bytes.
    pub body: Vec<u8>,
}

impl Part {
    /// The body as text (panics on invalid UTF-8).
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).expect("text part is UTF-8")
    }
}

/// Parses a `multipart/form-data` body, given the request's `Content-Type` header
/// (which carries the boundary). Panics on malformed input: the test then fails.
pub fn parse_multipart(content_type: &str, body: &[u8]) -> Vec<Part> {
    let (media, params) = content_type.split_once(';').expect("content type has a boundary");
    assert_eq!(media.trim(), "multipart/form-data", "{content_type}");
    let boundary = params
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .expect("boundary parameter")
        .trim_matches('"');
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let starts: Vec<usize> =
        body.windows(delimiter.len()).enumerate().filter(|(_, w)| *w == delimiter).map(|(i, _)| i).collect();
    assert!(starts.len() >= 2, "no multipart parts in the body");
    let last = *starts.last().unwrap_or(&0);
    assert_eq!(
        &body[last + delimiter.len()..last + delimiter.len() + 2],
        b"--",
        "the body must end with the closing delimiter"
    );
    starts
        .windows(2)
        .map(|pair| {
            // After the delimiter: CRLF, headers, CRLF CRLF, body, CRLF (before the next one).
            let part = &body[pair[0] + delimiter.len() + 2..pair[1] - 2];
            let split = part.windows(4).position(|w| w == b"\r\n\r\n").expect("part headers end with a blank line");
            let head = String::from_utf8_lossy(&part[..split]).into_owned();
            let mut name = None;
            let mut filename = None;
            let mut content_type = None;
            for line in head.split("\r\n") {
                let (key, value) = line.split_once(':').expect("part header line");
                match key.trim().to_ascii_lowercase().as_str() {
                    "content-disposition" => {
                        name = disposition_param(value, "name");
                        filename = disposition_param(value, "filename");
                    }
                    "content-type" => content_type = Some(value.trim().to_owned()),
                    _ => {}
                }
            }
            Part {
                name: name.expect("every part has a name"),
                filename,
                content_type,
                body: part[split + 4..].to_vec(),
            }
        })
        .collect()
}

/// `key="value"` from a `Content-Disposition` header value.
fn disposition_param(header: &str, key: &str) -> Option<String> {
    header.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        (k == key).then(|| v.trim_matches('"').to_owned())
    })
}

/// One step of a scripted response.
#[derive(Clone, Debug)]
pub enum Step {
    /// Write these bytes (and flush).
    Write(Vec<u8>),
    /// Wait this long.
    Sleep(Duration),
    /// Wait until the test signals the notifier.
    WaitFor(Arc<Notify>),
}

/// Shorthand for [`Step::Write`].
pub fn write(bytes: impl AsRef<[u8]>) -> Step {
    Step::Write(bytes.as_ref().to_vec())
}

/// A raw request as the scripted server received it.
#[derive(Clone, Debug, Default)]
pub struct RawRequest {
    /// Request line and headers, as text.
    pub head: String,
    /// The body (read up to `content-length`).
    pub body: Vec<u8>,
}

impl RawRequest {
    /// The request line, e.g. `POST /v1/chat/completions HTTP/1.1`.
    pub fn request_line(&self) -> &str {
        self.head.lines().next().unwrap_or_default()
    }

    /// A header's value (names compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// A tiny HTTP/1.1 server on 127.0.0.1: connection `n` reads one request, then plays
/// `scripts[min(n, last)]` and closes the connection.
pub struct RawServer {
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    requests: Arc<Mutex<Vec<RawRequest>>>,
    task: tokio::task::JoinHandle<()>,
}

impl RawServer {
    /// Binds to port 0 and starts serving.
    pub async fn start(scripts: Vec<Vec<Step>>) -> RawServer {
        assert!(!scripts.is_empty());
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = requests.clone();
        let task = tokio::spawn(async move {
            let mut index = 0;
            while let Ok((mut socket, _)) = listener.accept().await {
                let script = scripts[index.min(scripts.len() - 1)].clone();
                index += 1;
                let seen = seen.clone();
                tokio::spawn(async move {
                    let request = read_request(&mut socket).await;
                    seen.lock().expect("lock").push(request);
                    for step in script {
                        match step {
                            Step::Write(bytes) => {
                                if socket.write_all(&bytes).await.is_err() {
                                    return;
                                }
                                let _ = socket.flush().await;
                            }
                            Step::Sleep(d) => tokio::time::sleep(d).await,
                            Step::WaitFor(notify) => notify.notified().await,
                        }
                    }
                });
            }
        });
        RawServer { base, requests, task }
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<RawRequest> {
        self.requests.lock().expect("lock").clone()
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads one request: the head, then `content-length` bytes of body.
async fn read_request(socket: &mut TcpStream) -> RawRequest {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).into_owned();
            let length = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length").then(|| v.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            if buf.len() >= end + 4 + length {
                return RawRequest { head, body: buf[end + 4..end + 4 + length].to_vec() };
            }
        }
        match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => {
                return RawRequest { head: String::from_utf8_lossy(&buf).into_owned(), body: Vec::new() };
            }
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

/// Head of a 200 `text/event-stream` response whose body runs until the connection closes.
pub fn sse_head(request_id: &str) -> String {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nx-request-id: {request_id}\r\ncache-control: no-cache\r\nconnection: close\r\n\r\n"
    )
}

/// An `http://127.0.0.1:<port>` address where nothing listens (the port was just freed).
pub async fn dead_address() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    drop(listener);
    format!("http://{address}")
}
