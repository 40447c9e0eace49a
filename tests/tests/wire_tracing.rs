//! Wire test: the client's `tracing` spans and events (the feature `tracing`). Alone in
//! its binary: `tracing` caches per call site whether anyone listens, and a test without a
//! subscriber running beside it on another thread could switch the events off.

use std::io::Write;
use std::sync::{Arc, Mutex};

use serde_json::json;
use tests::wire::{API_KEY, builder};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A writer the `tracing` subscriber formats into, for the test to read.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// With the feature `tracing`: a `request` span (method, path) and events per attempt
/// (attempt, status, request id, elapsed time, the retry's delay); never the key.
#[tokio::test]
async fn calls_emit_tracing_spans_and_events_without_the_key() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/models/gpt-4.1"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/models/gpt-4.1"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "req_traced")
                .set_body_json(json!({"id": "gpt-4.1", "object": "model", "created": 1, "owned_by": "openai"})),
        )
        .mount(&server)
        .await;
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let client = builder(&server.uri()).max_retries(1).build().unwrap();
    let _guard = tracing::subscriber::set_default(subscriber);
    client.models().retrieve("gpt-4.1").await.unwrap();
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    // hyper's own events (connections, pooling) are in the same span; ours are the client's.
    let lines: Vec<&str> = log.lines().filter(|l| l.contains("openai_client::runtime")).collect();
    assert_eq!(lines.len(), 3, "{log}");
    for line in &lines {
        assert!(line.contains("request{method=GET path=/models/gpt-4.1}"), "{line}");
    }
    assert!(lines[0].contains("attempt=1 status=503") && lines[0].contains("elapsed_ms="), "{}", lines[0]);
    assert!(lines[1].contains("retrying attempt=1 status=503 delay_ms="), "{}", lines[1]);
    assert!(lines[2].contains("attempt=2 status=200 request_id=\"req_traced\""), "{}", lines[2]);
    assert!(!log.contains(API_KEY), "{log}");
}
