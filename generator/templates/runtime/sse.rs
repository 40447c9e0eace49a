//! Server-sent events: an incremental parser following the WHATWG "event stream
//! interpretation" rules, and the decoding hooks generated event types implement.
//!
//! The parser works on bytes and decodes a line only once its terminator has arrived, so
//! a multi-byte UTF-8 character split across network chunks is never cut in half.

use std::collections::VecDeque;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::codec;
use super::codec::DecodeError;

/// Decodes one SSE message into a typed event. Implemented by generated event types
/// (from the JSON of the message's data, or from its `event` name and data together), and
/// by `serde_json::Value` for untyped streams.
pub trait StreamEvent: Sized + Send + 'static {
    /// How a complete stream of these events ends. When declared, a body that ends
    /// without it (a cut connection) yields the client's `Error::IncompleteStream`.
    const END: StreamEnd = StreamEnd::UNDECLARED;

    /// Builds the event from the SSE `event` name (if any) and the joined `data` lines.
    fn from_sse(event: Option<&str>, data: &str) -> Result<Self, DecodeError>;
}

/// How a stream's events fold into the object the stream builds: chat-completion chunks into
/// the completion, Responses events into the `Response`. Implemented for an API's event
/// types by hand-written helpers (what OpenAPI cannot say); an `EventStream` of such events
/// becomes an `Accumulator` with `.accumulate()`. Folding needs no HTTP client, so events
/// read another way fold too.
pub trait Accumulate {
    /// What the events build; `Default` is the state before the first event.
    type Snapshot: Default;

    /// Applies this event to the snapshot of the events before it.
    fn apply_to(&self, snapshot: &mut Self::Snapshot);
}

/// The signal that ends a complete stream (from the spec's `x-stream-end`): a message
/// whose data is `data` (`[DONE]`), or an event whose type is one of `events` (the SSE
/// `event` name, or the `type` field of its data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamEnd {
    /// The data of the last message (`[DONE]`), if the stream ends with a sentinel.
    pub data: Option<&'static str>,
    /// The types of the events that can be the last one.
    pub events: &'static [&'static str],
}

impl StreamEnd {
    /// No signal: the end of the body is the end of the stream.
    pub const UNDECLARED: StreamEnd = StreamEnd { data: None, events: &[] };

    /// Whether the stream has a signal to wait for.
    pub fn is_declared(&self) -> bool {
        self.data.is_some() || !self.events.is_empty()
    }

    /// Whether a message is the last one of a complete stream.
    pub(crate) fn is_end(&self, event: Option<&str>, data: &str) -> bool {
        if self.data.is_some_and(|end| data.trim() == end) {
            return true;
        }
        if self.events.is_empty() {
            return false;
        }
        if let Some(event) = event {
            return self.events.contains(&event);
        }
        // The type inside the data; parsed only when a terminal name occurs in the text,
        // so the events before the last cost one substring search each.
        if !self.events.iter().any(|name| data.contains(name)) {
            return false;
        }
        #[derive(serde::Deserialize)]
        struct Tagged<'a> {
            #[serde(borrow, rename = "type")]
            kind: Option<std::borrow::Cow<'a, str>>,
        }
        serde_json::from_str::<Tagged<'_>>(data)
            .ok()
            .and_then(|t| t.kind)
            .is_some_and(|kind| self.events.contains(&kind.as_ref()))
    }
}

impl std::fmt::Display for StreamEnd {
    /// "`data: [DONE]`", "a final event (`response.completed` or `error`)", or both.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<String> = self.events.iter().map(|e| format!("`{e}`")).collect();
        let events = match names.as_slice() {
            [] => None,
            [one] => Some(format!("a final event ({one})")),
            [rest @ .., last] => Some(format!("a final event ({} or {last})", rest.join(", "))),
        };
        match (self.data, events) {
            (Some(data), Some(events)) => write!(f, "`data: {data}` or {events}"),
            (Some(data), None) => write!(f, "`data: {data}`"),
            (None, Some(events)) => f.write_str(&events),
            (None, None) => f.write_str("an end signal"),
        }
    }
}

/// Decodes `T` from the message's data, which must be JSON.
pub fn decode_data<T: DeserializeOwned>(data: &str) -> Result<T, DecodeError> {
    // The fast path: plain serde_json (the data is already valid UTF-8). Only a failure
    // decodes again, tracking the JSON path for the error (which allocates per key).
    serde_json::from_str(data).or_else(|_| codec::decode_json(data.as_bytes()))
}

/// Decodes `T` from the object `{"event": <event name or null>, "data": <data as JSON,
/// or as a string when it is not JSON>}`, for streams whose event type is carried by
/// the SSE `event` field rather than inside the data.
pub fn decode_enveloped<T: DeserializeOwned>(
    event: Option<&str>,
    data: &str,
) -> Result<T, DecodeError> {
    let data =
        serde_json::from_str::<Value>(data).unwrap_or_else(|_| Value::String(data.to_owned()));
    let envelope = serde_json::json!({ "event": event, "data": data });
    codec::decode_json(envelope.to_string().as_bytes())
}

/// Any JSON value is a valid event, which is handy for untyped streams.
impl StreamEvent for Value {
    fn from_sse(_event: Option<&str>, data: &str) -> Result<Self, DecodeError> {
        decode_data(data)
    }
}

/// One dispatched message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SseMessage {
    /// The `event` field; `None` means the default type, `message`.
    pub(crate) event: Option<String>,
    /// The `data` lines joined with `\n`.
    pub(crate) data: String,
}

/// Incremental SSE parser: feed it chunks, collect complete messages.
#[derive(Debug, Default)]
pub(crate) struct SseParser {
    /// Bytes of the current, unterminated line.
    line: Vec<u8>,
    /// The previous chunk ended in `\r`: a leading `\n` in the next chunk ends no line.
    after_cr: bool,
    /// Whether the first line (which may start with a byte-order mark) has been seen.
    started: bool,
    data: String,
    has_data: bool,
    event: Option<String>,
    /// The last `id` field (it persists across messages).
    pub(crate) last_event_id: Option<String>,
    /// The last valid `retry` field, in milliseconds.
    pub(crate) retry_ms: Option<u64>,
}

impl SseParser {
    /// Consumes a chunk, appending every message it completes to `out`.
    pub(crate) fn feed(&mut self, mut chunk: &[u8], out: &mut VecDeque<SseMessage>) {
        if chunk.is_empty() {
            return; // keeps `after_cr` for the next real chunk
        }
        if self.after_cr && chunk.first() == Some(&b'\n') {
            chunk = &chunk[1..];
        }
        self.after_cr = false;
        while let Some(end) = find_line_end(chunk) {
            if self.line.is_empty() {
                // The whole line is in this chunk: no copy.
                self.process_line(&chunk[..end], out);
            } else {
                self.line.extend_from_slice(&chunk[..end]);
                let line = std::mem::take(&mut self.line);
                self.process_line(&line, out);
                self.line = line;
                self.line.clear(); // keeps the buffer for the next split line
            }
            let crlf = chunk[end] == b'\r' && chunk.get(end + 1) == Some(&b'\n');
            if chunk[end] == b'\r' && end + 1 == chunk.len() {
                self.after_cr = true;
            }
            chunk = &chunk[end + if crlf { 2 } else { 1 }..];
        }
        self.line.extend_from_slice(chunk);
    }

    /// Ends the stream: a last line without terminator counts, and a last message
    /// without the closing blank line is still dispatched.
    pub(crate) fn finish(&mut self, out: &mut VecDeque<SseMessage>) {
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.process_line(&line, out);
        }
        self.process_line(b"", out);
    }

    fn process_line(&mut self, line: &[u8], out: &mut VecDeque<SseMessage>) {
        // Checking first is faster than `from_utf8_lossy` on the valid text of every line.
        let text = match std::str::from_utf8(line) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(line),
        };
        let mut line: &str = &text;
        if !self.started {
            self.started = true;
            line = line.strip_prefix('\u{FEFF}').unwrap_or(line);
        }
        if line.is_empty() {
            self.dispatch(out);
            return;
        }
        if line.starts_with(':') {
            return; // comment (often a keep-alive)
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "data" => {
                // Lines are joined with `\n`: no trailing one to remove (and reallocate for).
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            "event" => self.event = Some(value.to_owned()),
            "id" if !value.contains('\0') => self.last_event_id = Some(value.to_owned()),
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                self.retry_ms = value.parse().ok()
            }
            _ => {} // unknown fields are ignored
        }
    }

    fn dispatch(&mut self, out: &mut VecDeque<SseMessage>) {
        let event = self.event.take().filter(|e| !e.is_empty());
        if !std::mem::take(&mut self.has_data) {
            return; // no data: nothing is dispatched, the event name is reset
        }
        let data = std::mem::take(&mut self.data);
        out.push_back(SseMessage { event, data });
    }
}

/// The position of the first `\n` or `\r`, eight bytes at a time (`position` tests
/// one byte per step, and most of an event stream is long `data` lines).
fn find_line_end(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Non-zero when some byte of `word` is zero.
    let has_zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let mut start = 0;
    for word in bytes.chunks_exact(8) {
        let word = u64::from_ne_bytes(word.try_into().expect("eight bytes"));
        let lf = has_zero(word ^ (ONES * u64::from(b'\n')));
        let cr = has_zero(word ^ (ONES * u64::from(b'\r')));
        if lf | cr != 0 {
            break;
        }
        start += 8;
    }
    bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map(|at| start + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_signals_are_matched_by_data_event_name_or_type() {
        let chat = StreamEnd { data: Some("[DONE]"), events: &[] };
        assert!(chat.is_end(None, " [DONE]") && !chat.is_end(None, "{}"));
        let responses = StreamEnd { data: None, events: &["response.completed", "error"] };
        assert!(responses.is_end(Some("response.completed"), "{}"));
        assert!(!responses.is_end(Some("response.output_text.delta"), r#"{"delta":"response.completed"}"#));
        assert!(responses.is_end(None, r#"{"sequence_number":9,"type":"response.completed"}"#));
        // The name inside a text field is not the type.
        assert!(!responses.is_end(None, r#"{"type":"response.output_text.delta","delta":"response.completed"}"#));
        assert!(!StreamEnd::UNDECLARED.is_end(None, "[DONE]"));
        assert_eq!(chat.to_string(), "`data: [DONE]`");
        assert_eq!(
            responses.to_string(),
            "a final event (`response.completed` or `error`)"
        );
        let runs = StreamEnd { data: Some("[DONE]"), events: &["done"] };
        assert_eq!(runs.to_string(), "`data: [DONE]` or a final event (`done`)");
    }

    fn parse_chunks(chunks: &[&[u8]]) -> Vec<SseMessage> {
        let mut parser = SseParser::default();
        let mut out = VecDeque::new();
        for chunk in chunks {
            parser.feed(chunk, &mut out);
        }
        parser.finish(&mut out);
        out.into()
    }

    fn msg(event: Option<&str>, data: &str) -> SseMessage {
        SseMessage {
            event: event.map(str::to_owned),
            data: data.to_owned(),
        }
    }

    #[test]
    fn fields_comments_and_multiline_data() {
        let got = parse_chunks(&[b": keep-alive\nevent: delta\ndata: a\ndata:b\ndata\nid: 7\nretry: 150\nfoo: bar\n\ndata: x\n\n"]);
        assert_eq!(got, [msg(Some("delta"), "a\nb\n"), msg(None, "x")]);
    }

    #[test]
    fn every_line_ending_and_every_split_point() {
        for ending in ["\n", "\r\n", "\r"] {
            let text =
                format!("event: e{ending}data: héllo{ending}{ending}data: wörld{ending}{ending}");
            let bytes = text.as_bytes();
            for split in 0..=bytes.len() {
                for split2 in split..=bytes.len() {
                    let got =
                        parse_chunks(&[&bytes[..split], &bytes[split..split2], &bytes[split2..]]);
                    assert_eq!(
                        got,
                        [msg(Some("e"), "héllo"), msg(None, "wörld")],
                        "{ending:?} split at {split}/{split2}"
                    );
                }
            }
        }
    }

    #[test]
    fn line_ends_found_at_every_offset() {
        for len in 0..40 {
            for end in [b'\n', b'\r'] {
                let mut bytes = vec![b'x'; len];
                assert_eq!(find_line_end(&bytes), None);
                for at in 0..len {
                    bytes[at] = end;
                    assert_eq!(find_line_end(&bytes), Some(at), "{len} {at}");
                    bytes[at] = 0x8a; // a byte with the high bit set, not a line end
                    assert_eq!(find_line_end(&bytes), None, "{len} {at}");
                    bytes[at] = b'x';
                }
            }
        }
        let long = format!("data: {}\r\ndata: {}\n\n", "é".repeat(50), "a".repeat(77));
        let got = parse_chunks(&[long.as_bytes()]);
        assert_eq!(got, [msg(None, &format!("{}\n{}", "é".repeat(50), "a".repeat(77)))]);
    }

    #[test]
    fn final_message_without_blank_line_and_bom() {
        assert_eq!(
            parse_chunks(&[b"\xEF\xBB\xBFdata: 1\n\ndata: 2"]),
            [msg(None, "1"), msg(None, "2")]
        );
        assert_eq!(parse_chunks(&[b"data: 3\n"]), [msg(None, "3")]);
    }

    #[test]
    fn no_data_no_dispatch_and_empty_data() {
        assert_eq!(
            parse_chunks(&[b"event: ping\n\ndata:\n\n"]),
            [msg(None, "")]
        );
    }

    #[test]
    fn id_and_retry_rules() {
        let mut parser = SseParser::default();
        let mut out = VecDeque::new();
        parser.feed(
            b"id: 1\nretry: 10\ndata: a\n\nid: 2\0\nretry: x1\ndata: b\n\n",
            &mut out,
        );
        assert_eq!(
            (parser.last_event_id.as_deref(), parser.retry_ms),
            (Some("1"), Some(10))
        );
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn envelope_decoding() {
        let v: Value = decode_enveloped(Some("thread.created"), r#"{"id":"t"}"#).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"event": "thread.created", "data": {"id": "t"}})
        );
        let v: Value = decode_enveloped(None, "[DONE]x").unwrap();
        assert_eq!(v, serde_json::json!({"event": null, "data": "[DONE]x"}));
        assert_eq!(decode_data::<u8>("300").unwrap_err().path, ".");
    }
}
