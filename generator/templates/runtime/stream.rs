//! [`EventStream`]: a typed stream over a server-sent-events response body.

use std::collections::VecDeque;
use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use reqwest::StatusCode;
use serde_json::Value;

use super::error::{Error, IncompleteStream, Result, StreamError};
use super::output::IdleTimer;
use super::sse::{Accumulate, SseMessage, SseParser, StreamEvent};

type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes>> + Send>>;

/// Typed events from a streaming response. Ends after `data: [DONE]` (or an event named
/// `done`), after the event type's end signal ([`StreamEvent::END`]), when the server
/// closes the stream, or after yielding a terminal error: a server-sent error
/// ([`Error::Stream`]), a transport error, a [`Error::Timeout`] when nothing arrives for the
/// configured timeout, or [`Error::IncompleteStream`] when the body ends before the end
/// signal the stream declares (a cut connection is never a silent, complete-looking end).
/// An event that does not decode is yielded as [`Error::Decode`] and the stream goes on.
pub struct EventStream<T> {
    /// `None` once the body is exhausted or the stream has ended.
    body: Option<ByteStream>,
    parser: SseParser,
    pending: VecDeque<SseMessage>,
    /// Longest wait for the next chunk, and the timer of the current wait.
    idle: Option<IdleTimer>,
    status: Option<StatusCode>,
    request_id: Option<String>,
    finished: bool,
    /// The stream's end signal (or a server-sent error) has arrived.
    complete: bool,
    /// Messages handled so far, for [`Error::IncompleteStream`].
    events: usize,
    _event: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("request_id", &self.request_id)
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl<T: StreamEvent> EventStream<T> {
    /// An event stream over raw SSE bytes (e.g. canned bytes in a test), with no idle timeout.
    pub fn from_bytes_stream<S>(bytes: S) -> Self
    where
        S: Stream<Item = Result<Bytes>> + Send + 'static,
    {
        EventStream {
            body: Some(Box::pin(bytes)),
            parser: SseParser::default(),
            pending: VecDeque::new(),
            idle: None,
            status: None,
            request_id: None,
            finished: false,
            complete: false,
            events: 0,
            _event: PhantomData,
        }
    }

    /// The stream of a successful HTTP response.
    pub(crate) fn from_response(
        response: reqwest::Response,
        idle_timeout: Duration,
        request_id: Option<String>,
    ) -> Self {
        let status = response.status();
        let body = futures_util::StreamExt::map(response.bytes_stream(), |chunk| {
            chunk.map_err(Error::Transport)
        });
        let mut stream = Self::from_bytes_stream(body);
        stream.idle = Some(IdleTimer::new(idle_timeout));
        stream.status = Some(status);
        stream.request_id = request_id;
        stream
    }

    /// A stream of one message: a JSON body sent instead of an event stream (some
    /// compatible servers ignore `"stream": true`). Decoded like any event, so an error
    /// object still becomes [`Error::Stream`].
    pub(crate) fn from_json_body(
        body: &[u8],
        status: StatusCode,
        request_id: Option<String>,
    ) -> Self {
        let mut stream = Self::from_bytes_stream(futures_util::stream::empty());
        let data = String::from_utf8_lossy(body).into_owned();
        stream.pending.push_back(SseMessage { event: None, data });
        // The whole answer is here: there is no stream to be cut.
        stream.complete = true;
        stream.status = Some(status);
        stream.request_id = request_id;
        stream
    }

    /// The `x-request-id` of the response.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The last `id` field the server sent.
    pub fn last_event_id(&self) -> Option<&str> {
        self.parser.last_event_id.as_deref()
    }

    /// The stream with a snapshot of what its events have built so far (the completion
    /// its chunks add up to): see [`Accumulator`].
    pub fn accumulate(self) -> Accumulator<T>
    where
        T: Accumulate,
    {
        Accumulator { stream: self, snapshot: T::Snapshot::default(), failed: false }
    }

    /// Ends the stream and drops the connection.
    fn finish(&mut self) {
        self.finished = true;
        self.body = None;
        self.pending.clear();
    }

    /// What one message means: `None` to skip it, `Some(Err)` for errors.
    fn handle(&mut self, message: SseMessage) -> Option<Result<T>> {
        let event = message.event.as_deref();
        if event == Some("done") || message.data.trim() == "[DONE]" {
            self.complete = true;
            self.finish();
            return None;
        }
        self.events += 1;
        if let Some(error) = server_error(event, &message.data) {
            self.complete = true;
            self.finish();
            let error = StreamError {
                event: message.event,
                data: message.data,
                request_id: self.request_id.clone(),
                ..error
            };
            return Some(Err(error.into()));
        }
        if T::END.is_end(event, &message.data) {
            // Yielded, then the stream ends (anything after it is not part of this one).
            self.complete = true;
            self.body = None;
            self.pending.clear();
        }
        Some(
            T::from_sse(event, &message.data).map_err(|e| match self.status {
                Some(status) => e.with_response(status.as_u16(), self.request_id.as_deref()).into(),
                None => e.into(),
            }),
        )
    }
}

impl<T: StreamEvent> Stream for EventStream<T> {
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(message) = this.pending.pop_front() {
                match this.handle(message) {
                    Some(item) => return Poll::Ready(Some(item)),
                    None => continue,
                }
            }
            if this.finished {
                return Poll::Ready(None);
            }
            let Some(body) = this.body.as_mut() else {
                this.finished = true;
                if !this.complete && T::END.is_declared() {
                    return Poll::Ready(Some(Err(Error::IncompleteStream(Box::new(
                        IncompleteStream {
                            events: this.events,
                            expected: T::END,
                            request_id: this.request_id.clone(),
                        },
                    )))));
                }
                return Poll::Ready(None);
            };
            match body.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    this.parser.feed(&chunk, &mut this.pending);
                    if let Some(idle) = &mut this.idle {
                        idle.reset();
                    }
                }
                Poll::Ready(Some(Err(error))) => {
                    this.finish();
                    return Poll::Ready(Some(Err(error)));
                }
                Poll::Ready(None) => {
                    this.body = None;
                    this.parser.finish(&mut this.pending);
                }
                Poll::Pending => {
                    if let Some(timeout) = this.idle.as_mut().and_then(|idle| idle.expired(cx)) {
                        this.finish();
                        return Poll::Ready(Some(Err(timeout)));
                    }
                    return Poll::Pending;
                }
            }
        }
    }
}

/// An [`EventStream`] whose events are folded, as they arrive, into the object they build
/// (the [`Accumulate::Snapshot`]): [`next`](Self::next) yields each event with the snapshot
/// so far, [`finish`](Self::finish) reads the rest and returns the final object.
///
/// An event that does not decode is yielded as an error and is missing from the snapshot,
/// so `finish` fails on it rather than return an object with a hole; so does a stream cut
/// before its end signal ([`Error::IncompleteStream`]).
pub struct Accumulator<T: Accumulate> {
    stream: EventStream<T>,
    snapshot: T::Snapshot,
    /// An event was lost (an error was yielded): the snapshot is not the whole object.
    failed: bool,
}

impl<T: Accumulate> fmt::Debug for Accumulator<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Accumulator").field("stream", &self.stream).field("failed", &self.failed).finish_non_exhaustive()
    }
}

impl<T: StreamEvent + Accumulate> Accumulator<T> {
    /// The next event, applied to the snapshot, with the snapshot after it; `None` at the end.
    pub async fn next(&mut self) -> Option<Result<(T, &T::Snapshot)>> {
        let event = std::future::poll_fn(|cx| Pin::new(&mut self.stream).poll_next(cx)).await?;
        Some(match event {
            Ok(event) => {
                event.apply_to(&mut self.snapshot);
                Ok((event, &self.snapshot))
            }
            Err(error) => {
                self.failed = true;
                Err(error)
            }
        })
    }

    /// What the events so far have built.
    pub fn snapshot(&self) -> &T::Snapshot {
        &self.snapshot
    }

    /// The `x-request-id` of the response.
    pub fn request_id(&self) -> Option<&str> {
        self.stream.request_id()
    }

    /// Reads the rest of the stream and returns the object it built; the first error
    /// (an event that does not decode, a server-sent error, a cut stream) instead.
    pub async fn finish(mut self) -> Result<T::Snapshot> {
        while let Some(event) = self.next().await {
            event?;
        }
        Ok(self.snapshot)
    }

    /// The snapshot as it stands, and whether every event so far was applied (`false`
    /// after an error), without reading further.
    pub fn into_snapshot(self) -> (T::Snapshot, bool) {
        (self.snapshot, !self.failed)
    }
}

/// Recognises an error sent in the stream: an `error` event, or data that is an object
/// with an `error` object and no `type` other than `"error"` (so typed events that merely
/// embed an error object, like a failed response, stay events).
fn server_error(event: Option<&str>, data: &str) -> Option<StreamError> {
    let is_error_event = event == Some("error");
    if !is_error_event && !data.contains("\"error\"") {
        return None; // cheap pre-check: most events never need a second parse
    }
    let value: Value = serde_json::from_str(data).unwrap_or(Value::Null);
    let nested = value.get("error").filter(|e| e.is_object());
    let typed_event = value.get("type").is_some_and(|t| t != "error");
    if !is_error_event && (nested.is_none() || typed_event) {
        return None;
    }
    let source = nested.unwrap_or(&value);
    let text = |key: &str| match source.get(key) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    Some(StreamError {
        message: text("message").unwrap_or_else(|| data.to_owned()),
        kind: text("type"),
        code: text("code"),
        param: text("param"),
        event: None,
        data: String::new(),
        request_id: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::{FutureExt, StreamExt};

    fn collect(chunks: &[&'static str]) -> Vec<Result<Value>> {
        let chunks: Vec<Result<Bytes>> = chunks
            .iter()
            .map(|c| Ok(Bytes::from_static(c.as_bytes())))
            .collect();
        let stream = EventStream::<Value>::from_bytes_stream(futures_util::stream::iter(chunks));
        stream
            .collect()
            .now_or_never()
            .expect("canned chunks never wait")
    }

    #[test]
    fn done_ends_the_stream() {
        let got = collect(&["data: 1\n\ndata: [DONE]\n\ndata: 2\n\n"]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].as_ref().unwrap(), &Value::from(1));
        assert_eq!(collect(&["event: done\ndata: {}\n\ndata: 2\n\n"]).len(), 0);
    }

    #[test]
    fn error_payloads_become_stream_errors() {
        let got = collect(&[
            r#"data: {"error":{"message":"boom","type":"server_error","code":502}}"#,
            "\n\ndata: 1\n\n",
        ]);
        assert_eq!(got.len(), 1);
        let Err(Error::Stream(e)) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(
            (e.message.as_str(), e.kind.as_deref(), e.code.as_deref()),
            ("boom", Some("server_error"), Some("502"))
        );
        let got = collect(&["event: error\ndata: {\"message\":\"m\",\"code\":\"c\"}\n\n"]);
        let Err(Error::Stream(e)) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(
            (e.message.as_str(), e.code.as_deref(), e.event.as_deref()),
            ("m", Some("c"), Some("error"))
        );
    }

    #[test]
    fn typed_events_with_an_error_field_stay_events() {
        let got = collect(&[
            r#"data: {"type":"response.failed","error":{"message":"x"}}"#,
            "\n\n",
        ]);
        assert!(got[0].is_ok(), "{got:?}");
        let got = collect(&["data: {\"text\":\"an \\\"error\\\" word\"}\n\n"]);
        assert!(got[0].is_ok(), "{got:?}");
    }

    #[test]
    fn decode_errors_do_not_end_the_stream() {
        let got = collect(&["data: {bad\n\ndata: 2\n\n"]);
        assert!(matches!(&got[0], Err(Error::Decode(_))));
        assert_eq!(got[1].as_ref().unwrap(), &Value::from(2));
    }
}
