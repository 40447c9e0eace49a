//! Wire tests: file uploads streamed from a path, a reader or a stream, never held in
//! memory whole (1 GiB generated on the fly through a local server, with the process's
//! peak resident memory measured), and the replay rules of retries: bytes and paths are
//! sent again, one-shot readers and streams are not, with an error that says why.

use std::io;
use std::time::Duration;

use bytes::Bytes;
use futures::stream;
use openai_client::types::*;
use openai_client::{Error, FileUpload};
use serde_json::{Value, json};
use tests::wire::{Part, RawServer, builder, client, parse_multipart};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn uploaded_file(bytes: u64) -> Value {
    json!({
        "id": "file-big", "object": "file", "bytes": bytes, "created_at": 1677610602,
        "filename": "big.jsonl", "purpose": "batch", "status": "processed"
    })
}

fn multipart_parts(request: &Request) -> Vec<Part> {
    let content_type = request.headers.get("content-type").expect("content type").to_str().unwrap();
    parse_multipart(content_type, &request.body)
}

fn file_part(parts: &[Part]) -> &Part {
    parts.iter().find(|p| p.name == "file").unwrap_or_else(|| panic!("no file part in {parts:?}"))
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

fn csv_bytes() -> Vec<u8> {
    let mut bytes = b"id,text\n".to_vec();
    for n in 0..500 {
        bytes.extend_from_slice(format!("{n},\"row \r\n{n}\"\n").as_bytes());
    }
    bytes
}

// ---------------------------------------------------------------------------------------
// 1 GiB through a server that counts the bytes as they arrive.

const GIB: u64 = 1 << 30;
/// The period of the byte pattern (a prime, so it never lines up with chunk sizes).
const PERIOD: usize = 4093;
const CHUNK: usize = 64 * 1024;

/// `PERIOD + CHUNK` bytes of the pattern: byte `i` of the file is `pattern[i % PERIOD]`,
/// so the chunk at any offset is a slice of this. No `\r`, so a multipart delimiter
/// (`\r\n--boundary`) can never be taken for file contents.
fn pattern() -> Bytes {
    (0..PERIOD + CHUNK).map(|i| b'0' + ((i % PERIOD) * 7919 % 75) as u8).collect::<Vec<u8>>().into()
}

/// The file's bytes, generated as they are asked for: 64 KiB slices of the pattern.
fn generated(len: u64) -> impl futures::Stream<Item = io::Result<Bytes>> + Send + 'static {
    let pattern = pattern();
    stream::unfold(0u64, move |offset| {
        let pattern = pattern.clone();
        async move {
            if offset == len {
                return None;
            }
            let size = (len - offset).min(CHUNK as u64) as usize;
            let start = (offset % PERIOD as u64) as usize;
            Some((Ok(pattern.slice(start..start + size)), offset + size as u64))
        }
    })
}

/// How many leading bytes of `data`, found at `offset` of the file, follow the pattern.
fn matching_prefix(pattern: &[u8], offset: u64, data: &[u8]) -> usize {
    let mut done = 0;
    while done < data.len() {
        let start = ((offset + done as u64) % PERIOD as u64) as usize;
        let size = (PERIOD - start).min(data.len() - done);
        let (got, want) = (&data[done..done + size], &pattern[start..start + size]);
        if got != want {
            return done + got.iter().zip(want).position(|(a, b)| a != b).unwrap_or(size);
        }
        done += size;
    }
    done
}

/// What the counting server saw.
struct Received {
    head: String,
    /// Bytes of the file part that followed the pattern.
    file_bytes: u64,
    /// Every part, the file's with an empty body (its bytes are counted, not kept).
    parts: Vec<Part>,
    /// The largest amount of body the server held at once.
    max_buffered: usize,
}

/// A server on 127.0.0.1 for one `POST /v1/files`: it reads the multipart body as it
/// arrives, checks the file part's bytes against the pattern and counts them, keeps only
/// the small parts around it, and answers with an `OpenAIFile` once the body is in.
async fn counting_server() -> (String, tokio::task::JoinHandle<Received>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let pattern = pattern();
        let mut buffer = vec![0u8; CHUNK];
        // The head.
        let mut pending = Vec::new();
        let head_end = loop {
            if let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
                break end;
            }
            let n = socket.read(&mut buffer).await.unwrap();
            assert!(n > 0, "connection closed inside the head");
            pending.extend_from_slice(&buffer[..n]);
        };
        let head = String::from_utf8(pending[..head_end].to_vec()).unwrap();
        let length: u64 = head
            .lines()
            .find_map(|l| l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case("content-length")))
            .map(|(_, v)| v.trim().parse().unwrap())
            .expect("a known-length upload is sent with content-length");
        let mut data = pending.split_off(head_end + 4);
        let mut remaining = length - data.len() as u64;
        // The body: small parts up to the file part's headers, the file, the rest.
        let (mut preamble, mut tail) = (Vec::new(), Vec::new());
        let mut in_file = false;
        let mut after_file = false;
        let mut file_bytes = 0u64;
        let mut max_buffered = 0;
        loop {
            if !in_file && !after_file {
                preamble.extend_from_slice(&data);
                let file_header = preamble.windows(12).position(|w| w == b"name=\"file\";");
                if let Some(at) = file_header
                    && let Some(end) = preamble[at..].windows(4).position(|w| w == b"\r\n\r\n")
                {
                    let start = at + end + 4;
                    data = preamble.split_off(start);
                    in_file = true;
                } else {
                    assert!(preamble.len() < 64 * 1024, "no file part in the first 64 KiB");
                    data.clear();
                }
            }
            if in_file {
                let matching = matching_prefix(&pattern, file_bytes, &data);
                file_bytes += matching as u64;
                if matching < data.len() {
                    in_file = false;
                    after_file = true;
                    data.drain(..matching);
                } else {
                    data.clear();
                }
            }
            if after_file {
                tail.extend_from_slice(&data);
                assert!(tail.len() < 64 * 1024, "more than 64 KiB after the file part");
                data.clear();
            }
            max_buffered = max_buffered.max(preamble.len() + tail.len());
            if remaining == 0 {
                break;
            }
            let n = socket.read(&mut buffer).await.unwrap();
            assert!(n > 0, "connection closed with {remaining} bytes of body to come");
            remaining -= n as u64;
            data.extend_from_slice(&buffer[..n]);
        }
        let content_type = head
            .lines()
            .find_map(|l| l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case("content-type")))
            .map(|(_, v)| v.trim().to_owned())
            .unwrap();
        // The body with the file's bytes left out is still a multipart body.
        let parts = parse_multipart(&content_type, &[preamble, tail].concat());
        let answer = uploaded_file(file_bytes).to_string();
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
            answer.len()
        );
        socket.write_all(response.as_bytes()).await.unwrap();
        socket.flush().await.unwrap();
        Received { head, file_bytes, parts, max_buffered }
    });
    (base, task)
}

/// The process's peak resident set size (`VmHWM`), in bytes.
fn peak_resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status is readable");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM in /proc/self/status");
    let kib: u64 = line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().unwrap();
    kib * 1024
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_gibibyte_generated_on_the_fly_is_uploaded_in_bounded_memory() {
    // The pattern generator and checker agree with each other on a small sample first.
    let chunks: Vec<Bytes> = futures::TryStreamExt::try_collect(generated(200_000)).await.unwrap();
    let sample = chunks.concat();
    assert_eq!(matching_prefix(&pattern(), 0, &sample), sample.len());
    assert_eq!(matching_prefix(&pattern(), 1, &sample), 0, "the pattern is not constant");

    let (base, server) = counting_server().await;
    let before = peak_resident_bytes();
    let upload = FileUpload::from_stream("big.jsonl", generated(GIB), Some(GIB));
    assert_eq!((upload.len(), upload.is_replayable()), (Some(GIB), false));
    let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::Batch);
    let client = builder(&base).timeout(Duration::from_secs(300)).build().unwrap();
    let file = client.files().create(&request).await.unwrap();
    let after = peak_resident_bytes();
    let received = server.await.unwrap();

    assert_eq!(received.file_bytes, GIB, "the server counted exactly 1 GiB of the pattern");
    assert_eq!(file.bytes, GIB as i64);
    assert!(received.head.starts_with("POST /v1/files HTTP/1.1"), "{}", received.head);
    let file_part = file_part(&received.parts);
    assert_eq!(file_part.filename.as_deref(), Some("big.jsonl"));
    assert_eq!(file_part.content_type.as_deref(), Some("application/jsonl"));
    let purpose = received.parts.iter().find(|p| p.name == "purpose").expect("purpose part");
    assert_eq!(purpose.text(), "batch");
    assert!(received.max_buffered < 64 * 1024);
    let growth = after.saturating_sub(before);
    println!(
        "1 GiB upload: peak resident {} MiB before, {} MiB after (+{} MiB)",
        before >> 20,
        after >> 20,
        growth >> 20
    );
    assert!(growth < 200 << 20, "peak resident memory grew by {} MiB for a 1 GiB upload", growth >> 20);
}

// ---------------------------------------------------------------------------------------
// Paths: streamed, and replayed by a retry.

#[tokio::test]
async fn from_path_streams_the_file_and_a_retry_sends_it_again_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rows.csv");
    std::fs::write(&file, csv_bytes()).unwrap();
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/files"))
        .respond_with(ResponseTemplate::new(500).insert_header("retry-after-ms", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(uploaded_file(csv_bytes().len() as u64)))
        .mount(&server)
        .await;
    let upload = FileUpload::from_path(&file).await.unwrap();
    assert_eq!(
        (upload.file_name(), upload.mime(), upload.len(), upload.bytes().is_none(), upload.path()),
        ("rows.csv", Some("text/csv"), Some(csv_bytes().len() as u64), true, Some(file.as_path()))
    );
    let debug = format!("{upload:?}");
    assert!(debug.contains("source: \"path\"") && !debug.contains("id,text"), "{debug}");
    let client = builder(&server.uri()).max_retries(1).build().unwrap();
    let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::UserData);
    let created = client.files().create(&request).await.unwrap();
    assert_eq!(created.bytes, csv_bytes().len() as i64);

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2, "one attempt and one retry");
    for request in &requests {
        assert_eq!(header(request, "content-length"), Some(request.body.len().to_string().as_str()));
        let parts = multipart_parts(request);
        let file = file_part(&parts);
        assert_eq!(file.filename.as_deref(), Some("rows.csv"));
        assert_eq!(file.content_type.as_deref(), Some("text/csv"));
        assert_eq!(file.body, csv_bytes(), "every attempt carries the whole file");
        assert_eq!(parts.iter().find(|p| p.name == "purpose").unwrap().text(), "user_data");
    }
}

#[tokio::test]
async fn from_path_refuses_what_is_not_a_readable_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.jsonl");
    let error = FileUpload::from_path(&missing).await.unwrap_err();
    assert!(matches!(&error, Error::Io(e) if e.kind() == io::ErrorKind::NotFound), "{error:?}");
    assert!(error.to_string().contains("missing.jsonl"), "{error}");
    let error = FileUpload::from_path(dir.path()).await.unwrap_err();
    assert!(matches!(&error, Error::Io(e) if e.kind() == io::ErrorKind::InvalidInput), "{error:?}");
    assert!(error.to_string().contains("not a file"), "{error}");

    // A file removed after the upload was made fails the call with the path, unsent.
    let file = dir.path().join("gone.txt");
    std::fs::write(&file, "x").unwrap();
    let upload = FileUpload::from_path(&file).await.unwrap();
    std::fs::remove_file(&file).unwrap();
    let server = MockServer::start().await;
    let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::UserData);
    let error = client(&server.uri()).files().create(&request).await.unwrap_err();
    assert!(matches!(&error, Error::Io(_)) && error.to_string().contains("gone.txt"), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

// ---------------------------------------------------------------------------------------
// One-shot sources: readers and streams.

#[tokio::test]
async fn a_one_shot_stream_is_not_retried_after_a_500_and_the_error_says_why() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/files"))
        .respond_with(
            ResponseTemplate::new(500)
                .insert_header("x-request-id", "req_500")
                .insert_header("retry-after-ms", "1")
                .set_body_json(json!({"error": {"message": "The server had an error", "type": "server_error"}})),
        )
        .mount(&server)
        .await;
    let chunks: Vec<io::Result<Bytes>> =
        vec![Ok(Bytes::from_static(b"{\"a\":1}\n")), Ok(Bytes::from_static(b"{\"b\":2}\n"))];
    let upload = FileUpload::from_stream("part.jsonl", stream::iter(chunks), Some(16));
    let client = builder(&server.uri()).max_retries(3).build().unwrap();
    let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::Batch);
    let error = client.files().create(&request).await.unwrap_err();

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "a consumed stream is never sent again");
    assert_eq!(file_part(&multipart_parts(&requests[0])).body, b"{\"a\":1}\n{\"b\":2}\n");
    let Error::UploadNotReplayable { file_name, failure: Some(failure) } = &error else {
        panic!("expected UploadNotReplayable with the failure, got {error:?}")
    };
    assert_eq!(file_name, "part.jsonl");
    assert!(
        matches!(&**failure, Error::Api(e) if e.is_server_error() && e.message == "The server had an error"),
        "{failure:?}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(error.request_id(), Some("req_500"));
    let message = error.to_string();
    for needed in ["not retried", "`part.jsonl`", "one-shot", "500", "The server had an error"] {
        assert!(message.contains(needed), "{needed:?} missing from: {message}");
    }
    assert!(std::error::Error::source(&error).is_some_and(|s| s.to_string().contains("500")));

    // The request (and a clone of its upload) cannot be sent again either: nothing is sent.
    let error = client.files().create(&request).await.unwrap_err();
    assert!(
        matches!(&error, Error::UploadNotReplayable { file_name, failure: None } if file_name == "part.jsonl"),
        "{error:?}"
    );
    assert!(error.to_string().contains("already consumed"), "{error}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_one_shot_upload_is_not_retried_after_a_dropped_connection() {
    // The server reads the whole request, then closes the connection without answering.
    let server = RawServer::start(vec![vec![]]).await;
    let upload = FileUpload::from_reader("notes.txt", io::Cursor::new(b"some notes".to_vec()), Some(10));
    let client = builder(&server.base).max_retries(2).build().unwrap();
    let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::UserData);
    let error = client.files().create(&request).await.unwrap_err();
    assert!(
        matches!(&error, Error::UploadNotReplayable { failure: Some(f), .. } if matches!(**f, Error::Transport(_))),
        "{error:?}"
    );
    assert!(error.to_string().contains("transport error"), "{error}");
    assert_eq!(server.requests().len(), 1);
    let parts = parse_multipart(server.requests()[0].header("content-type").unwrap(), &server.requests()[0].body);
    assert_eq!(file_part(&parts).body, b"some notes");
}

#[tokio::test]
async fn from_reader_with_a_length_sends_content_length() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(uploaded_file(4000)))
        .mount(&server)
        .await;
    let upload = FileUpload::from_reader("rows.csv", io::Cursor::new(csv_bytes()), Some(csv_bytes().len() as u64))
        .with_mime("text/x-rows")
        .with_file_name("renamed.csv");
    assert_eq!(upload.len(), Some(csv_bytes().len() as u64));
    let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::UserData);
    client(&server.uri()).files().create(&request).await.unwrap();
    let received = &server.received_requests().await.unwrap()[0];
    assert_eq!(header(received, "content-length"), Some(received.body.len().to_string().as_str()));
    assert_eq!(header(received, "transfer-encoding"), None);
    let parts = multipart_parts(received);
    let file = file_part(&parts);
    assert_eq!((file.filename.as_deref(), file.content_type.as_deref()), (Some("renamed.csv"), Some("text/x-rows")));
    assert_eq!(file.body, csv_bytes());
}

#[tokio::test]
async fn from_reader_without_a_length_is_sent_chunked_as_it_is_written() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(uploaded_file(4000)))
        .mount(&server)
        .await;
    // A pipe written by another task, a chunk at a time: the reader's end is not known.
    let (mut writer, reader) = tokio::io::duplex(1024);
    let writing = tokio::spawn(async move {
        for chunk in csv_bytes().chunks(1500) {
            writer.write_all(chunk).await.unwrap();
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    });
    let upload = FileUpload::from_reader("rows.csv", reader, None);
    assert_eq!((upload.len(), upload.is_empty()), (None, false));
    let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::UserData);
    client(&server.uri()).files().create(&request).await.unwrap();
    writing.await.unwrap();
    let received = &server.received_requests().await.unwrap()[0];
    assert_eq!(header(received, "transfer-encoding"), Some("chunked"));
    assert_eq!(header(received, "content-length"), None);
    let parts = multipart_parts(received);
    let file = file_part(&parts);
    assert_eq!((file.filename.as_deref(), file.content_type.as_deref()), (Some("rows.csv"), Some("text/csv")));
    assert_eq!(file.body, csv_bytes());
}

#[tokio::test]
async fn a_stream_that_breaks_its_length_fails_with_a_message_naming_the_file() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(uploaded_file(4)))
        .mount(&server)
        .await;
    let chain = |error: &Error| {
        let mut text = error.to_string();
        let mut source = std::error::Error::source(error);
        while let Some(e) = source {
            text += &format!(": {e}");
            source = e.source();
        }
        text
    };
    for (declared, expected) in [(3, "yielded more than the 3 bytes"), (9, "ended after 4 of the 9 bytes")] {
        let body: Vec<io::Result<Bytes>> = vec![Ok(Bytes::from_static(b"ab")), Ok(Bytes::from_static(b"cd"))];
        let upload = FileUpload::from_stream("four.bin", stream::iter(body), Some(declared));
        let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::UserData);
        let error = client(&server.uri()).files().create(&request).await.unwrap_err();
        let text = chain(&error);
        assert!(text.contains("`four.bin`") && text.contains(expected), "{text}");
    }
    // An error from the stream itself fails the attempt, and says so.
    let body: Vec<io::Result<Bytes>> = vec![Ok(Bytes::from_static(b"ab")), Err(io::Error::other("the disk went away"))];
    let upload = FileUpload::from_stream("four.bin", stream::iter(body), None);
    let request = CreateFileRequest::new(upload, CreateFileRequestPurpose::UserData);
    let error = client(&server.uri()).files().create(&request).await.unwrap_err();
    assert!(chain(&error).contains("reading the upload `four.bin` failed: the disk went away"), "{}", chain(&error));
}
