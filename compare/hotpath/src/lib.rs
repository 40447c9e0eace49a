//! Fixtures and the loopback HTTP server for the hot-path benchmarks (`benches/hotpath.rs`).
//!
//! The streams are synthetic: built here by a deterministic generator (a fixed-seed linear
//! congruential generator picks the tokens, the obfuscation padding and the network chunk
//! sizes), shaped field for field like what the OpenAI API sends. Same bytes on every run.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, StreamBody, combinators::BoxBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response};

/// Messages (chat chunks, Responses events) in each stream.
pub const EVENTS: usize = 10_000;

/// A deterministic pseudo-random sequence (Knuth's MMIX LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Text tokens as the models emit them: leading spaces, punctuation, newlines, quotes
/// (escaped in JSON) and a little non-ASCII.
const TOKENS: &[&str] = &[
    " the",
    " of",
    " and",
    " to",
    " a",
    " in",
    " is",
    " that",
    " for",
    " it",
    " as",
    " with",
    " was",
    " on",
    " be",
    " by",
    " this",
    " are",
    " from",
    " at",
    " or",
    " an",
    " which",
    " model",
    " stream",
    " token",
    " response",
    " request",
    " data",
    " server",
    " client",
    " value",
    ",",
    ".",
    ":",
    ";",
    "\n\n",
    "\n",
    "-",
    " \"",
    "\"",
    " (",
    ")",
    " café",
    " naïve",
    " —",
    " 🙂",
    " über",
    "'s",
    " 42",
    " 2024",
    "**",
    " `code`",
];

/// Fragments of streamed function-call arguments (concatenated they are not one JSON
/// document, just as the pieces of a long argument string are not).
const ARG_PIECES: &[&str] = &[
    "{\"",
    "location",
    "\":\"",
    "San",
    " Francisco",
    ", CA",
    "\",\"",
    "unit",
    "celsius",
    "\"}",
    " ",
    "days",
    "\":",
    "3",
];

fn token(rng: &mut Lcg) -> &'static str {
    TOKENS[rng.below(TOKENS.len())]
}

fn obfuscation(rng: &mut Lcg) -> String {
    const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let len = 1 + rng.below(12);
    (0..len).map(|_| ALNUM[rng.below(ALNUM.len())] as char).collect()
}

/// A JSON string literal.
fn js(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

/// A complete SSE stream: its bytes and the JSON payload of each message.
pub struct Recorded {
    /// The whole response body, as the server sends it.
    pub body: Bytes,
    /// The `data` of each message, in order (without the closing `[DONE]`).
    pub payloads: Vec<Bytes>,
}

impl Recorded {
    fn new(messages: Vec<(Option<&str>, String)>, done: bool) -> Self {
        let mut body = String::new();
        for (event, data) in &messages {
            if let Some(event) = event {
                body.push_str("event: ");
                body.push_str(event);
                body.push('\n');
            }
            body.push_str("data: ");
            body.push_str(data);
            body.push_str("\n\n");
        }
        if done {
            body.push_str("data: [DONE]\n\n");
        }
        let payloads = messages.into_iter().map(|(_, data)| Bytes::from(data)).collect();
        Recorded { body: Bytes::from(body), payloads }
    }

    /// The body cut into network-sized pieces of 1–4 KiB at arbitrary byte offsets (mid
    /// line, mid field, mid UTF-8 character), like reads from a socket.
    pub fn chunks(&self) -> Vec<Bytes> {
        let mut rng = Lcg(0x005e_edc4);
        let mut chunks = Vec::new();
        let mut at = 0;
        while at < self.body.len() {
            let end = (at + 1024 + rng.below(3073)).min(self.body.len());
            chunks.push(self.body.slice(at..end));
            at = end;
        }
        chunks
    }
}

/// A chat-completion stream of [`EVENTS`] `chat.completion.chunk`s (with
/// `stream_options.include_usage`, so every chunk has `"usage":null` until the last):
/// a role chunk, 8,999 content deltas, a tool call started and 997 argument deltas, the
/// `finish_reason` chunk and the usage chunk; then `data: [DONE]`.
pub fn chat_stream() -> Recorded {
    let mut rng = Lcg(42);
    let id = "chatcmpl-C3xPq8bJ1kLmN0oPqRsTuVwXyZ12a";
    let head = format!(
        r#"{{"id":"{id}","object":"chat.completion.chunk","created":1754316283,"model":"gpt-4o-2024-08-06","service_tier":"default","system_fingerprint":"fp_07871e2ad8","choices":["#
    );
    let mut messages = Vec::with_capacity(EVENTS);
    let mut push = |choices: String, usage: &str, rng: &mut Lcg| {
        let obf = obfuscation(rng);
        messages.push((None, format!(r#"{head}{choices}],"usage":{usage},"obfuscation":"{obf}"}}"#)));
    };
    let choice = |delta: &str, finish: &str| {
        format!(r#"{{"index":0,"delta":{delta},"logprobs":null,"finish_reason":{finish}}}"#)
    };
    push(choice(r#"{"role":"assistant","content":"","refusal":null}"#, "null"), "null", &mut rng);
    for _ in 0..8_999 {
        let delta = format!(r#"{{"content":{}}}"#, js(token(&mut rng)));
        push(choice(&delta, "null"), "null", &mut rng);
    }
    let start = r#"{"tool_calls":[{"index":0,"id":"call_q2LmZ8xYw1vBn3Tc5Rd7Ks9P","type":"function","function":{"name":"get_weather","arguments":""}}]}"#;
    push(choice(start, "null"), "null", &mut rng);
    for _ in 0..997 {
        let piece = ARG_PIECES[rng.below(ARG_PIECES.len())];
        let delta = format!(r#"{{"tool_calls":[{{"index":0,"function":{{"arguments":{}}}}}]}}"#, js(piece));
        push(choice(&delta, "null"), "null", &mut rng);
    }
    push(choice("{}", r#""tool_calls""#), "null", &mut rng);
    let usage = r#"{"prompt_tokens":1187,"completion_tokens":9998,"total_tokens":11185,"prompt_tokens_details":{"cached_tokens":1024,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}"#;
    push(String::new(), usage, &mut rng);
    assert_eq!(messages.len(), EVENTS);
    Recorded::new(messages, true)
}

/// A Responses-API stream of [`EVENTS`] events, each with its `event:` line:
/// `response.created`, `response.in_progress`, a message item (added, content part added,
/// 9,500 `response.output_text.delta`, text done, part done, item done), a function call
/// item (added, 489 `response.function_call_arguments.delta`, arguments done, item done)
/// and `response.completed` carrying the whole response. No `[DONE]`: the server closes.
pub fn responses_stream() -> Recorded {
    let mut rng = Lcg(7);
    let msg = "msg_68a1b2c3d4e5f60718293a4b5c6d7e8f0123456789abcdef";
    let fc = "fc_68a1b2c3d4e5f60718293a4b5c6d7e8f0123456789abcdef";
    let call = "call_q2LmZ8xYw1vBn3Tc5Rd7Ks9P";
    let text_deltas: Vec<&str> = (0..9_500).map(|_| token(&mut rng)).collect();
    let arg_deltas: Vec<&str> = (0..489).map(|_| ARG_PIECES[rng.below(ARG_PIECES.len())]).collect();
    let text = js(&text_deltas.concat());
    let args = js(&arg_deltas.concat());

    let response = |status: &str, output: &str, usage: &str| {
        format!(
            r#"{{"id":"resp_68a1b2c3d4e5f60718293a4b5c6d7e8f","object":"response","created_at":1754316283,"status":"{status}","background":false,"error":null,"incomplete_details":null,"instructions":null,"max_output_tokens":null,"max_tool_calls":null,"model":"gpt-4.1-2025-04-14","output":[{output}],"parallel_tool_calls":true,"previous_response_id":null,"prompt_cache_key":null,"reasoning":{{"effort":null,"summary":null}},"safety_identifier":null,"service_tier":"auto","store":true,"temperature":1.0,"text":{{"format":{{"type":"text"}},"verbosity":"medium"}},"tool_choice":"auto","tools":[{{"type":"function","name":"get_weather","description":"Current weather for a city","parameters":{{"type":"object","properties":{{"location":{{"type":"string"}},"unit":{{"type":"string","enum":["celsius","fahrenheit"]}}}},"required":["location","unit"],"additionalProperties":false}},"strict":true}}],"top_logprobs":0,"top_p":1.0,"truncation":"disabled","usage":{usage},"user":null,"metadata":{{}}}}"#
        )
    };
    let message_item = |status: &str, content: &str| {
        format!(r#"{{"id":"{msg}","type":"message","status":"{status}","content":[{content}],"role":"assistant"}}"#)
    };
    let text_part = |text: &str| format!(r#"{{"type":"output_text","annotations":[],"logprobs":[],"text":{text}}}"#);
    let fc_item = |status: &str, arguments: &str| {
        format!(
            r#"{{"id":"{fc}","type":"function_call","status":"{status}","arguments":{arguments},"call_id":"{call}","name":"get_weather"}}"#
        )
    };

    let mut messages: Vec<(Option<&str>, String)> = Vec::with_capacity(EVENTS);
    let mut push = |event: &'static str, body: String| {
        let seq = messages.len();
        messages.push((Some(event), format!(r#"{{"type":"{event}","sequence_number":{seq},{body}}}"#)));
    };
    push("response.created", format!(r#""response":{}"#, response("in_progress", "", "null")));
    push("response.in_progress", format!(r#""response":{}"#, response("in_progress", "", "null")));
    push("response.output_item.added", format!(r#""output_index":0,"item":{}"#, message_item("in_progress", "")));
    push(
        "response.content_part.added",
        format!(r#""item_id":"{msg}","output_index":0,"content_index":0,"part":{}"#, text_part(r#""""#)),
    );
    for delta in &text_deltas {
        let obf = obfuscation(&mut rng);
        push(
            "response.output_text.delta",
            format!(
                r#""item_id":"{msg}","output_index":0,"content_index":0,"delta":{},"logprobs":[],"obfuscation":"{obf}""#,
                js(delta)
            ),
        );
    }
    push(
        "response.output_text.done",
        format!(r#""item_id":"{msg}","output_index":0,"content_index":0,"text":{text},"logprobs":[]"#),
    );
    push(
        "response.content_part.done",
        format!(r#""item_id":"{msg}","output_index":0,"content_index":0,"part":{}"#, text_part(&text)),
    );
    let message_done = message_item("completed", &text_part(&text));
    push("response.output_item.done", format!(r#""output_index":0,"item":{message_done}"#));
    push("response.output_item.added", format!(r#""output_index":1,"item":{}"#, fc_item("in_progress", r#""""#)));
    for delta in &arg_deltas {
        let obf = obfuscation(&mut rng);
        push(
            "response.function_call_arguments.delta",
            format!(r#""item_id":"{fc}","output_index":1,"delta":{},"obfuscation":"{obf}""#, js(delta)),
        );
    }
    push("response.function_call_arguments.done", format!(r#""item_id":"{fc}","output_index":1,"arguments":{args}"#));
    let fc_done = fc_item("completed", &args);
    push("response.output_item.done", format!(r#""output_index":1,"item":{fc_done}"#));
    let usage = r#"{"input_tokens":1187,"input_tokens_details":{"cached_tokens":1024},"output_tokens":9988,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":11175}"#;
    let output = format!("{message_done},{fc_done}");
    push("response.completed", format!(r#""response":{}"#, response("completed", &output, usage)));
    assert_eq!(messages.len(), EVENTS);
    Recorded::new(messages, false)
}

/// The body of `GET /v1/models/gpt-4o`.
pub const MODEL_JSON: &str = r#"{"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"}"#;

type Body = BoxBody<Bytes, Infallible>;

struct Fixtures {
    chat: Vec<Bytes>,
    responses: Vec<Bytes>,
}

/// Starts the HTTP/1.1 server on 127.0.0.1 (an ephemeral port) as a task of `runtime`,
/// and returns its base URL (`http://127.0.0.1:PORT/v1`). It serves
/// `GET /v1/models/gpt-4o`, and the two streams (in the pieces of [`Recorded::chunks`],
/// one body frame each) at `POST /v1/chat/completions` and `POST /v1/responses`.
/// Connections are kept alive.
///
/// With a current-thread runtime shared with the clients, client and server take turns
/// on one thread: what is measured is the work of both, not how fast the scheduler wakes
/// a thread on the other core (which, on a small machine shared with other work, varies
/// more than the differences being measured).
pub fn start_server(runtime: &tokio::runtime::Handle, chat: &Recorded, responses: &Recorded) -> String {
    let fixtures = Arc::new(Fixtures { chat: chat.chunks(), responses: responses.chunks() });
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    listener.set_nonblocking(true).expect("nonblocking listener");
    let addr: SocketAddr = listener.local_addr().expect("local address");
    let _context = runtime.enter();
    let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
    runtime.spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else { continue };
            let _ = socket.set_nodelay(true);
            let fixtures = fixtures.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request| serve(request, fixtures.clone()));
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(socket), service)
                    .await;
            });
        }
    });
    format!("http://{addr}/v1")
}

async fn serve(request: Request<Incoming>, fixtures: Arc<Fixtures>) -> Result<Response<Body>, hyper::Error> {
    let path = request.uri().path().to_owned();
    let method = request.method().clone();
    // Read the whole request body, as a real server would before answering.
    request.into_body().collect().await?;
    let response = match (method.as_str(), path.as_str()) {
        ("GET", "/v1/models/gpt-4o") => Response::builder()
            .header("content-type", "application/json")
            .header("x-request-id", "req_0123456789abcdef0123456789abcdef")
            .body(Full::new(Bytes::from_static(MODEL_JSON.as_bytes())).boxed()),
        ("POST", "/v1/chat/completions") => sse(&fixtures.chat),
        ("POST", "/v1/responses") => sse(&fixtures.responses),
        _ => Response::builder().status(404).body(Full::new(Bytes::new()).boxed()),
    };
    Ok(response.expect("valid response"))
}

fn sse(chunks: &[Bytes]) -> Result<Response<Body>, hyper::http::Error> {
    // Owned pieces (cheap `Bytes` clones): the body outlives this borrow.
    let owned: Vec<Bytes> = chunks.to_vec();
    let frames = owned.into_iter().map(|chunk| Ok::<_, Infallible>(Frame::data(chunk)));
    Response::builder()
        .header("content-type", "text/event-stream; charset=utf-8")
        .header("x-request-id", "req_0123456789abcdef0123456789abcdef")
        .body(BodyExt::boxed(StreamBody::new(futures::stream::iter(frames))))
}
