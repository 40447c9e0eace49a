//! The generated client's runtime hot paths, measured with criterion (issue 10, point 6).
//!
//! Run: `cargo bench --manifest-path compare/hotpath/Cargo.toml` (criterion options after
//! `--`, e.g. `-- chat_stream` for one group).
//!
//! Data (built by `compare_hotpath::{chat_stream, responses_stream}`; synthetic, from a
//! fixed-seed generator, not recorded from the API, but shaped field for field like its
//! streams): 10,000 `chat.completion.chunk` messages (role chunk, content deltas with
//! escapes and non-ASCII, tool-call argument deltas, finish chunk, usage chunk, then
//! `data: [DONE]`), and 10,000 Responses-API events with their `event:` lines (created,
//! in_progress, a message item with 9,500 `response.output_text.delta`s, a function call
//! with 489 argument deltas, and `response.completed` carrying the whole response). The
//! bytes are cut into 1–4 KiB pieces at arbitrary offsets, as a socket delivers them.
//!
//! Every variant handles the same 10,000 messages per iteration (`Throughput::Elements`):
//! - `ours`: the byte pieces fed to `openai_client::EventStream::from_bytes_stream` and
//!   drained: SSE framing, `[DONE]`/error detection and typed decoding, all in memory.
//! - `raw_serde_json`: `serde_json::from_slice` of the same generated type over each
//!   payload, pre-extracted (no framing): the floor for `ours`.
//! - `async_openai`: the same pieces decoded the way async-openai 0.43 decodes a stream
//!   (`stream_mapped_raw_events` in its `client.rs`): `eventsource_stream::EventStream`
//!   for the framing, then `serde_json::from_str` into async-openai's own type, skipping
//!   `[DONE]` and `keepalive`. Its decoding is not public API, so this replays it with the
//!   same crates; its spawned task and channel are left out (they are in the next one).
//! - `ours_http` / `async_openai_http`: end to end, each client's public streaming method
//!   (`client.chat().completions().create_stream(..)` / async-openai's
//!   `client.chat().create_stream(..)`, and `responses()` likewise) against a local
//!   hyper server on 127.0.0.1 that sends the same pieces, one body frame each. Server
//!   and clients share one current-thread tokio runtime (see `start_server`), so the
//!   HTTP benches measure the CPU work of both sides, not cross-core wake-ups.
//!
//! `json_calls`: sequential `GET /v1/models/gpt-4o` calls over one keep-alive connection
//! to the same server, one call per iteration (`Throughput::Elements(1)`; criterion runs
//! thousands per sample, more than 10,000 in all): `client.models().retrieve("gpt-4o")`
//! (retries off) against hand-written reqwest (same URL, bearer and accept headers,
//! status check, `bytes()` and `serde_json::from_slice` into the generated `Model`). The
//! check before them makes 10,000 calls of each and compares the results.
//!
//! Time is the CPU time of the one thread everything runs on (see `ThreadCpuTime`), so
//! that other work on the machine does not count; `HOTPATH_WALL_CLOCK=1` measures
//! wall-clock time instead (the same when the machine is otherwise idle).
//!
//! Before measuring, each group checks that every variant yields all 10,000 messages,
//! every one decoded.

use std::hint::black_box;
use std::sync::OnceLock;
use std::time::Duration;

use bytes::Bytes;
use compare_hotpath::{EVENTS, Recorded, chat_stream, responses_stream, start_server};
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{Criterion, Throughput};
use futures::{Stream, StreamExt};
use openai_client::EventStream;
use openai_client::runtime::StreamEvent;
use serde::de::DeserializeOwned;

use async_openai::types::chat::CreateChatCompletionStreamResponse as TheirChunk;
use async_openai::types::responses::ResponseStreamEvent as TheirEvent;
use openai_client::types::{CreateChatCompletionStreamResponse as OurChunk, ResponseStreamEvent as OurEvent};

/// Fixtures, server and clients, made once for all groups.
struct Setup {
    /// One current-thread runtime for every async variant, the server's tasks included.
    rt: tokio::runtime::Runtime,
    chat: Recorded,
    chat_chunks: Vec<Bytes>,
    responses: Recorded,
    responses_chunks: Vec<Bytes>,
    base_url: String,
    ours: openai_client::Client,
    theirs: async_openai::Client<async_openai::config::OpenAIConfig>,
    http: reqwest::Client,
}

fn setup() -> &'static Setup {
    static SETUP: OnceLock<Setup> = OnceLock::new();
    SETUP.get_or_init(|| {
        let chat = chat_stream();
        let responses = responses_stream();
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let base_url = start_server(rt.handle(), &chat, &responses);
        // Built first: it installs the process's rustls provider, which every
        // `reqwest::Client` in this binary needs (even for plain http).
        let ours = openai_client::Client::builder()
            .base_url(&base_url)
            .api_key("k")
            .max_retries(0)
            .build()
            .expect("our client");
        let theirs = async_openai::Client::with_config(
            async_openai::config::OpenAIConfig::new().with_api_base(&base_url).with_api_key("k"),
        );
        // The same connect timeout as the one our builder gives its own reqwest client.
        let http = reqwest::Client::builder().connect_timeout(Duration::from_secs(5)).build().expect("reqwest client");
        Setup {
            rt,
            chat_chunks: chat.chunks(),
            chat,
            responses_chunks: responses.chunks(),
            responses,
            base_url,
            ours,
            theirs,
            http,
        }
    })
}

fn pieces<E: Send + 'static>(chunks: &[Bytes]) -> impl Stream<Item = Result<Bytes, E>> + Send + 'static {
    // Owned (cheap `Bytes` clones): the stream must be `'static`.
    let owned: Vec<Bytes> = chunks.to_vec();
    futures::stream::iter(owned.into_iter().map(Ok))
}

/// `ours`: drains an `EventStream` over the pieces; returns the number of events.
async fn ours_decode<T: StreamEvent>(chunks: &[Bytes]) -> usize {
    let mut stream = EventStream::<T>::from_bytes_stream(pieces(chunks));
    let mut n = 0;
    while let Some(event) = stream.next().await {
        black_box(event.expect("our event decodes"));
        n += 1;
    }
    n
}

/// `raw_serde_json`: one `from_slice` per pre-extracted payload.
fn raw_decode<T: DeserializeOwned>(payloads: &[Bytes]) -> usize {
    for payload in payloads {
        black_box(serde_json::from_slice::<T>(payload).expect("raw decode"));
    }
    payloads.len()
}

/// `async_openai`: the loop of async-openai 0.43's `stream_mapped_raw_events` with the
/// mapper of its `stream` (`serde_json::from_str::<O>(&event.data)`), without the task
/// and channel it runs them behind.
async fn async_openai_decode<T: DeserializeOwned>(chunks: &[Bytes]) -> usize {
    let mut events = eventsource_stream::EventStream::new(pieces::<std::io::Error>(chunks));
    let mut n = 0;
    while let Some(event) = events.next().await {
        let event = event.expect("eventsource framing");
        if event.data == "[DONE]" {
            break;
        }
        if event.event == "keepalive" {
            continue;
        }
        black_box(serde_json::from_str::<T>(&event.data).expect("async-openai type decodes"));
        n += 1;
    }
    n
}

/// Collects every item of a stream (for the checks before measuring).
async fn collect<T, E: std::fmt::Debug>(stream: impl Stream<Item = Result<T, E>>) -> Vec<T> {
    stream.map(|event| event.expect("event decodes")).collect().await
}

/// Checks that both decoders read the chat stream alike: the same text and tool-call
/// arguments, the finish reason and the usage chunk.
fn check_chat(s: &Setup, rt: &tokio::runtime::Runtime) {
    let ours = rt.block_on(collect(EventStream::<OurChunk>::from_bytes_stream(pieces(&s.chat_chunks))));
    let events = eventsource_stream::EventStream::new(pieces::<std::io::Error>(&s.chat_chunks));
    let theirs: Vec<TheirChunk> = rt
        .block_on(collect(events))
        .into_iter()
        .take_while(|e| e.data != "[DONE]")
        .map(|e| serde_json::from_str(&e.data).expect("async-openai type decodes"))
        .collect();
    assert_eq!((ours.len(), theirs.len()), (EVENTS, EVENTS));
    let our_text: String = ours.iter().flat_map(|c| &c.choices).filter_map(|c| c.delta.content.as_deref()).collect();
    let their_text: String =
        theirs.iter().flat_map(|c| &c.choices).filter_map(|c| c.delta.content.as_deref()).collect();
    let our_args: String = (ours.iter().flat_map(|c| &c.choices))
        .flat_map(|c| c.delta.tool_calls.iter().flatten())
        .filter_map(|t| t.function.as_ref()?.arguments.as_deref())
        .collect();
    let their_args: String = (theirs.iter().flat_map(|c| &c.choices))
        .flat_map(|c| c.delta.tool_calls.iter().flatten())
        .filter_map(|t| t.function.as_ref()?.arguments.as_deref())
        .collect();
    assert!(our_text.len() > 20_000 && our_args.len() > 2_000, "{} {}", our_text.len(), our_args.len());
    assert_eq!((our_text, our_args), (their_text, their_args));
    assert_eq!(ours[EVENTS - 1].usage.as_ref().map(|u| u.total_tokens), Some(11185));
    assert_eq!(theirs[EVENTS - 1].usage.as_ref().map(|u| u.total_tokens), Some(11185));
}

/// Checks that both decoders read the Responses stream alike: no event left unknown,
/// the same text deltas, and the final response with both output items.
fn check_responses(s: &Setup, rt: &tokio::runtime::Runtime) {
    let ours = rt.block_on(collect(EventStream::<OurEvent>::from_bytes_stream(pieces(&s.responses_chunks))));
    let events = eventsource_stream::EventStream::new(pieces::<std::io::Error>(&s.responses_chunks));
    let theirs: Vec<TheirEvent> = (rt.block_on(collect(events)).into_iter())
        .map(|e| serde_json::from_str(&e.data).expect("async-openai type decodes"))
        .collect();
    assert_eq!((ours.len(), theirs.len()), (EVENTS, EVENTS));
    assert!(!ours.iter().any(|e| matches!(e, OurEvent::Unknown(_))), "an event decoded as unknown");
    let our_text: String = (ours.iter())
        .filter_map(|e| match e {
            OurEvent::ResponseOutputTextDelta(d) => Some(d.delta.as_str()),
            _ => None,
        })
        .collect();
    let their_text: String = (theirs.iter())
        .filter_map(|e| match e {
            TheirEvent::ResponseOutputTextDelta(d) => Some(d.delta.as_str()),
            _ => None,
        })
        .collect();
    assert!(our_text.len() > 20_000, "{}", our_text.len());
    assert_eq!(our_text, their_text);
    let OurEvent::ResponseCompleted(ours) = &ours[EVENTS - 1] else { panic!("last event: {:?}", ours[EVENTS - 1]) };
    let TheirEvent::ResponseCompleted(theirs) = &theirs[EVENTS - 1] else { panic!("last event") };
    assert_eq!((ours.response.output.len(), theirs.response.output.len()), (2, 2));
}

/// Drains a client's stream, counting events; every one must decode.
async fn drain<T, E: std::fmt::Debug>(stream: impl Stream<Item = Result<T, E>>) -> usize {
    let mut stream = std::pin::pin!(stream);
    let mut n = 0;
    while let Some(event) = stream.next().await {
        black_box(event.expect("streamed event decodes"));
        n += 1;
    }
    n
}

async fn ours_chat_http(s: &Setup) -> usize {
    use openai_client::types::{ChatCompletionRequestUserMessage, CreateChatCompletionRequest};
    let request = CreateChatCompletionRequest::new(
        vec![ChatCompletionRequestUserMessage::new("Tell me a story").into()],
        "gpt-4o",
    );
    drain(s.ours.chat().completions().create_stream(&request).await.expect("our stream")).await
}

async fn theirs_chat_http(s: &Setup) -> usize {
    use async_openai::types::chat::{ChatCompletionRequestUserMessageArgs, CreateChatCompletionRequestArgs};
    let request = CreateChatCompletionRequestArgs::default()
        .model("gpt-4o")
        .messages([ChatCompletionRequestUserMessageArgs::default()
            .content("Tell me a story")
            .build()
            .expect("message")
            .into()])
        .build()
        .expect("request");
    drain(s.theirs.chat().create_stream(request).await.expect("their stream")).await
}

async fn ours_responses_http(s: &Setup) -> usize {
    let request = openai_client::types::CreateResponseRequest::new().model("gpt-4.1").input("Hello");
    drain(s.ours.responses().create_stream(&request).await.expect("our stream")).await
}

async fn theirs_responses_http(s: &Setup) -> usize {
    let request = async_openai::types::responses::CreateResponseArgs::default()
        .model("gpt-4.1")
        .input("Hello")
        .build()
        .expect("request");
    drain(s.theirs.responses().create_stream(request).await.expect("their stream")).await
}

fn chat_stream_decode<M: Measurement>(c: &mut Criterion<M>) {
    let s = setup();
    let rt = &s.rt;
    let (chunks, payloads) = (&s.chat_chunks, &s.chat.payloads);
    check_chat(s, rt);
    assert_eq!(rt.block_on(ours_decode::<OurChunk>(chunks)), EVENTS);
    assert_eq!(raw_decode::<OurChunk>(payloads), EVENTS);
    assert_eq!(rt.block_on(async_openai_decode::<TheirChunk>(chunks)), EVENTS);
    assert_eq!(rt.block_on(ours_chat_http(s)), EVENTS);
    assert_eq!(rt.block_on(theirs_chat_http(s)), EVENTS);

    let mut group = c.benchmark_group("chat_stream");
    group.throughput(Throughput::Elements(EVENTS as u64));
    group.bench_function("ours", |b| b.to_async(rt).iter(|| ours_decode::<OurChunk>(chunks)));
    group.bench_function("raw_serde_json", |b| b.iter(|| raw_decode::<OurChunk>(payloads)));
    group.bench_function("async_openai", |b| b.to_async(rt).iter(|| async_openai_decode::<TheirChunk>(chunks)));
    group.bench_function("ours_http", |b| b.to_async(rt).iter(|| ours_chat_http(s)));
    group.bench_function("async_openai_http", |b| b.to_async(rt).iter(|| theirs_chat_http(s)));
    group.finish();
}

fn responses_stream_decode<M: Measurement>(c: &mut Criterion<M>) {
    let s = setup();
    let rt = &s.rt;
    let (chunks, payloads) = (&s.responses_chunks, &s.responses.payloads);
    check_responses(s, rt);
    assert_eq!(rt.block_on(ours_decode::<OurEvent>(chunks)), EVENTS);
    assert_eq!(raw_decode::<OurEvent>(payloads), EVENTS);
    assert_eq!(rt.block_on(async_openai_decode::<TheirEvent>(chunks)), EVENTS);
    assert_eq!(rt.block_on(ours_responses_http(s)), EVENTS);
    assert_eq!(rt.block_on(theirs_responses_http(s)), EVENTS);

    let mut group = c.benchmark_group("responses_stream");
    group.throughput(Throughput::Elements(EVENTS as u64));
    group.bench_function("ours", |b| b.to_async(rt).iter(|| ours_decode::<OurEvent>(chunks)));
    group.bench_function("raw_serde_json", |b| b.iter(|| raw_decode::<OurEvent>(payloads)));
    group.bench_function("async_openai", |b| b.to_async(rt).iter(|| async_openai_decode::<TheirEvent>(chunks)));
    group.bench_function("ours_http", |b| b.to_async(rt).iter(|| ours_responses_http(s)));
    group.bench_function("async_openai_http", |b| b.to_async(rt).iter(|| theirs_responses_http(s)));
    group.finish();
}

/// `ours`: one `models().retrieve` call.
async fn ours_call(s: &Setup) -> openai_client::types::Model {
    s.ours.models().retrieve("gpt-4o").await.expect("our call")
}

/// `reqwest`: the same call written by hand.
async fn reqwest_call(s: &Setup) -> openai_client::types::Model {
    let response = s
        .http
        .get(format!("{}/models/{}", s.base_url, "gpt-4o"))
        .bearer_auth("k")
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .expect("reqwest call");
    assert!(response.status().is_success(), "status {}", response.status());
    let body = response.bytes().await.expect("body");
    serde_json::from_slice(&body).expect("model decodes")
}

fn json_calls<M: Measurement>(c: &mut Criterion<M>) {
    let s = setup();
    let rt = &s.rt;
    for _ in 0..EVENTS {
        let (ours, theirs) = rt.block_on(async { (ours_call(s).await, reqwest_call(s).await) });
        assert_eq!((ours.id.as_str(), ours.created), ("gpt-4o", 1715367049));
        assert_eq!(ours, theirs);
    }

    // One call per iteration (criterion runs thousands per sample, over the same
    // keep-alive connection); the time of 10,000 calls is 10,000 times the per-call time.
    let mut group = c.benchmark_group("json_calls");
    group.throughput(Throughput::Elements(1));
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("ours", |b| b.to_async(rt).iter(|| ours_call(s)));
    group.bench_function("reqwest", |b| b.to_async(rt).iter(|| reqwest_call(s)));
    group.finish();
}

/// The CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`). Every variant runs on
/// that one thread (the server too), so this is the work done, whatever else the machine
/// runs meanwhile; wall-clock time on a busy shared machine also counts the time the
/// thread waited for a core.
struct ThreadCpuTime {
    wall: WallTime,
}

fn thread_cpu_time() -> Duration {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `now` is a valid, writable timespec; the clock id is a constant of libc.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

impl Measurement for ThreadCpuTime {
    type Intermediate = Duration;
    type Value = Duration;

    fn start(&self) -> Duration {
        thread_cpu_time()
    }

    fn end(&self, start: Duration) -> Duration {
        thread_cpu_time().saturating_sub(start)
    }

    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }

    fn zero(&self) -> Duration {
        Duration::ZERO
    }

    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        self.wall.formatter() // durations, shown like wall-clock ones
    }
}

fn run<M: Measurement>(criterion: Criterion<M>) {
    let mut c =
        criterion.warm_up_time(Duration::from_secs(2)).measurement_time(Duration::from_secs(6)).configure_from_args();
    chat_stream_decode(&mut c);
    responses_stream_decode(&mut c);
    json_calls(&mut c);
    c.final_summary();
}

/// Thread CPU time by default; `HOTPATH_WALL_CLOCK=1` measures wall-clock time instead.
fn main() {
    if std::env::var_os("HOTPATH_WALL_CLOCK").is_some() {
        run(Criterion::default());
    } else {
        run(Criterion::default().with_measurement(ThreadCpuTime { wall: WallTime }));
    }
}
