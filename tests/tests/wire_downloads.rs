//! Wire tests: binary responses as streams (`Call<Binary>::download`): chunks in order,
//! content type and length, the request id, writing to a file, the idle timeout of a
//! stalled body, a body cut short, and retries before the body starts.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use openai_client::Error;
use openai_client::types::*;
use tests::wire::{RawServer, Step, builder, client, write};
use tokio::sync::Notify;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const MIB: usize = 1 << 20;

/// `len` bytes that differ from one position to the next (so a lost or repeated chunk shows).
fn contents(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8 ^ (i / 251 % 256) as u8).collect()
}

fn head(content_type: &str, length: usize, request_id: &str) -> String {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {length}\r\nx-request-id: {request_id}\r\nconnection: close\r\n\r\n"
    )
}

/// A response whose body is written in `pieces` writes with a pause between them.
fn in_pieces(content_type: &str, body: &[u8], pieces: usize, request_id: &str) -> Vec<Step> {
    let mut script = vec![write(head(content_type, body.len(), request_id))];
    for piece in body.chunks(body.len().div_ceil(pieces)) {
        script.push(write(piece));
        script.push(Step::Sleep(Duration::from_millis(20)));
    }
    script
}

#[tokio::test]
async fn file_content_streams_chunk_by_chunk_with_type_length_and_request_id() {
    let body = contents(6 * MIB);
    let server = RawServer::start(vec![in_pieces("application/jsonl", &body, 6, "req_dl")]).await;
    let mut download = client(&server.base).files().content("file-abc123").download().await.unwrap();
    assert_eq!(download.content_type(), Some("application/jsonl"));
    assert_eq!(download.content_length(), Some(6 * MIB as u64));
    assert_eq!(download.request_id(), Some("req_dl"));
    let mut received = Vec::with_capacity(body.len());
    let mut chunks = 0;
    while let Some(chunk) = download.next().await {
        let chunk = chunk.unwrap();
        assert!(chunk.len() <= body.len() - received.len());
        received.extend_from_slice(&chunk);
        chunks += 1;
        assert_eq!(download.received(), received.len() as u64);
    }
    assert!(chunks >= 6, "the body arrived in {chunks} chunks");
    assert!(received == body, "the chunks, in order, are the body");
    assert!(download.next().await.is_none(), "the stream stays ended");
    let request = &server.requests()[0];
    assert_eq!(request.request_line(), "GET /v1/files/file-abc123/content HTTP/1.1");
    assert_eq!(request.header("accept"), Some("*/*"));
}

#[tokio::test]
async fn speech_is_written_to_a_file_chunk_by_chunk() {
    let audio = contents(3 * MIB + 17);
    let server = RawServer::start(vec![in_pieces("audio/mpeg", &audio, 4, "req_tts")]).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("speech.mp3");
    let request = CreateSpeechRequest::new("gpt-4o-mini-tts", "Today is a wonderful day.", "coral".to_owned());
    let download = client(&server.base).audio().speech().create(&request).download().await.unwrap();
    assert_eq!((download.content_type(), download.content_length()), (Some("audio/mpeg"), Some(audio.len() as u64)));
    let written = download.write_to_file(&file).await.unwrap();
    assert_eq!(written, audio.len() as u64);
    assert!(std::fs::read(&file).unwrap() == audio, "the file holds exactly the body");
    let sent = &server.requests()[0];
    assert_eq!(sent.request_line(), "POST /v1/audio/speech HTTP/1.1");
    assert_eq!(sent.header("content-type"), Some("application/json"));

    // A file that cannot be created is an I/O error naming it.
    let server = RawServer::start(vec![in_pieces("audio/mpeg", b"abc", 1, "req_2")]).await;
    let download = client(&server.base).audio().speech().create(&request).download().await.unwrap();
    let target = dir.path().join("no such dir").join("speech.mp3");
    let error = download.write_to_file(&target).await.unwrap_err();
    assert!(matches!(&error, Error::Io(_)) && error.to_string().contains("no such dir"), "{error:?}");
}

#[tokio::test]
async fn bytes_collects_the_rest_and_await_still_yields_bytes() {
    let body = contents(2 * MIB + 3);
    let server = RawServer::start(vec![in_pieces("application/octet-stream", &body, 3, "req_b")]).await;
    let client = client(&server.base);
    let mut download = client.files().content("file-1").download().await.unwrap();
    let first = download.next().await.unwrap().unwrap();
    let rest = download.bytes().await.unwrap();
    assert!([&first[..], &rest[..]].concat() == body);
    let whole = client.files().content("file-1").await.unwrap();
    assert!(whole[..] == body[..], "`.await` still yields the whole body as Bytes");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_body_that_stalls_ends_the_download_with_a_timeout() {
    let body = contents(MIB);
    let never = Arc::new(Notify::new());
    let script = vec![
        write(head("application/octet-stream", body.len(), "req_stall")),
        write(&body[..MIB / 2]),
        Step::WaitFor(never.clone()),
    ];
    let server = RawServer::start(vec![script]).await;
    let client = builder(&server.base).timeout(Duration::from_millis(400)).build().unwrap();
    let mut download = client.files().content("file-1").download().await.unwrap();
    let mut received = 0;
    let error = loop {
        match download.next().await.expect("the stream ends with an error, not silently") {
            Ok(chunk) => received += chunk.len(),
            Err(error) => break error,
        }
    };
    assert!(matches!(error, Error::Timeout(d) if d == Duration::from_millis(400)), "{error:?}");
    assert_eq!(received, MIB / 2, "every byte sent before the stall arrived");
    assert!(download.next().await.is_none(), "nothing after the error");

    // `bytes()` and `write_to_file` report the stall too.
    let script = vec![write(head("application/octet-stream", 10, "r")), write(b"abc"), Step::WaitFor(never.clone())];
    let server = RawServer::start(vec![script]).await;
    let client = builder(&server.base).timeout(Duration::from_millis(300)).build().unwrap();
    let error = client.files().content("f").download().await.unwrap().bytes().await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
}

#[tokio::test]
async fn a_body_cut_short_is_an_error_not_a_silent_end() {
    // `content-length` promises 1 MiB; the connection closes after half of it.
    let body = contents(MIB);
    let script = vec![write(head("application/octet-stream", body.len(), "req_cut")), write(&body[..MIB / 2])];
    let server = RawServer::start(vec![script]).await;
    let download = client(&server.base).files().content("file-1").download().await.unwrap();
    let items: Vec<_> = download.collect().await;
    let received: usize = items.iter().filter_map(|i| i.as_ref().ok()).map(|c| c.len()).sum();
    assert_eq!(received, MIB / 2);
    assert!(matches!(items.last(), Some(Err(Error::Transport(_)))), "{:?}", items.last());
}

#[tokio::test]
async fn download_retries_until_the_body_starts_and_reports_api_errors() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/files/file-1/content"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/files/file-1/content"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(contents(1000), "application/octet-stream"))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(1).build().unwrap();
    let bytes = client.files().content("file-1").download().await.unwrap().bytes().await.unwrap();
    assert_eq!(bytes, contents(1000));
    assert_eq!(server.received_requests().await.unwrap().len(), 2);

    Mock::given(path("/v1/files/missing/content"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({
            "error": {"message": "No such File object: missing", "type": "invalid_request_error"}
        })))
        .mount(&server)
        .await;
    let error = client.files().content("missing").download().await.unwrap_err();
    assert!(matches!(&error, Error::Api(e) if e.is_not_found()), "{error:?}");
}
