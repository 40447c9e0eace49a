//! Wire tests: cursor pagination as a stream, and multipart uploads parsed on the
//! server side (file parts, text fields, object and array fields, retries).

use std::collections::BTreeMap;

use futures::{StreamExt, TryStreamExt};
use openai_client::types::*;
use openai_client::{Error, FileUpload};
use serde_json::{Value, json};
use tests::wire::{API_KEY, Part, builder, client, parse_multipart};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn job(n: u32) -> Value {
    json!({
        "object": "fine_tuning.job",
        "id": format!("ftjob-{n}"),
        "model": "gpt-4o-mini-2024-07-18",
        "created_at": 1721764800 + n,
        "fine_tuned_model": null,
        "organization_id": "org-123",
        "result_files": [],
        "status": if n.is_multiple_of(2) { "succeeded" } else { "running" },
        "validation_file": null,
        "training_file": "file-abc123",
        "hyperparameters": {"n_epochs": "auto", "batch_size": "auto", "learning_rate_multiplier": "auto"},
        "trained_tokens": null,
        "error": null,
        "seed": 42,
        "metadata": {"team": "ml"}
    })
}

fn page(jobs: &[u32], has_more: bool) -> ResponseTemplate {
    let data: Vec<Value> = jobs.iter().map(|&n| job(n)).collect();
    ResponseTemplate::new(200).set_body_json(json!({"object": "list", "data": data, "has_more": has_more}))
}

fn params() -> ListPaginatedFineTuningJobsParams {
    ListPaginatedFineTuningJobsParams::new().limit(2).metadata(BTreeMap::from([("team".to_owned(), "ml".to_owned())]))
}

fn query(request: &Request) -> Vec<(String, String)> {
    request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

#[tokio::test]
async fn fine_tuning_jobs_stream_walks_three_pages_with_after_cursors() {
    let server = MockServer::start().await;
    let jobs = || Mock::given(method("GET")).and(path("/v1/fine_tuning/jobs"));
    jobs().and(query_param_is_missing("after")).respond_with(page(&[1, 2], true)).expect(1).mount(&server).await;
    jobs().and(query_param("after", "ftjob-2")).respond_with(page(&[3, 4], true)).expect(1).mount(&server).await;
    jobs().and(query_param("after", "ftjob-4")).respond_with(page(&[5], false)).expect(1).mount(&server).await;
    let items: Vec<FineTuningJob> =
        client(&server.uri()).fine_tuning().jobs().list(&params()).into_stream().try_collect().await.unwrap();
    let ids: Vec<&str> = items.iter().map(|j| j.id.as_str()).collect();
    assert_eq!(ids, ["ftjob-1", "ftjob-2", "ftjob-3", "ftjob-4", "ftjob-5"]);
    assert_eq!(items[0].status, FineTuningJobStatus::Running);
    assert_eq!(items[1].status, FineTuningJobStatus::Succeeded);
    assert_eq!(items[4].created_at, 1721764805);

    let requests = server.received_requests().await.unwrap();
    let sent: Vec<Vec<(String, String)>> = requests.iter().map(query).collect();
    let expected = |after: Option<&str>| {
        let mut pairs = vec![("limit".to_owned(), "2".to_owned())];
        pairs.push(("metadata[team]".to_owned(), "ml".to_owned()));
        if let Some(after) = after {
            pairs.insert(0, ("after".to_owned(), after.to_owned()));
        }
        pairs
    };
    let mut sorted = |mut pairs: Vec<(String, String)>| {
        pairs.sort();
        pairs
    };
    assert_eq!(
        sent.into_iter().map(&mut sorted).collect::<Vec<_>>(),
        [sorted(expected(None)), sorted(expected(Some("ftjob-2"))), sorted(expected(Some("ftjob-4")))],
        "every page keeps the caller's parameters and sends one `after`"
    );
    let bearer = format!("Bearer {API_KEY}");
    assert!(requests.iter().all(|r| r.headers.get("authorization").unwrap() == bearer.as_str()));
}

#[tokio::test]
async fn paging_replaces_the_callers_after_and_yields_pages() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/fine_tuning/jobs"))
        .and(query_param("after", "ftjob-0"))
        .respond_with(page(&[1, 2], true))
        .mount(&server)
        .await;
    Mock::given(path("/v1/fine_tuning/jobs"))
        .and(query_param("after", "ftjob-2"))
        .respond_with(page(&[], false))
        .mount(&server)
        .await;
    let pages: Vec<ListPaginatedFineTuningJobsResponse> = client(&server.uri())
        .fine_tuning()
        .jobs()
        .list(&params().after("ftjob-0"))
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.iter().map(|p| p.data.len()).collect::<Vec<_>>(), [2, 0]);
    assert_eq!(pages.iter().map(|p| p.has_more).collect::<Vec<_>>(), [true, false]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let afters: Vec<Vec<String>> =
        requests.iter().map(|r| query(r).into_iter().filter(|(k, _)| k == "after").map(|(_, v)| v).collect()).collect();
    assert_eq!(afters, [vec!["ftjob-0"], vec!["ftjob-2"]]);
}

#[tokio::test]
async fn paging_stops_at_an_error_which_comes_last() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/fine_tuning/jobs"))
        .and(query_param_is_missing("after"))
        .respond_with(page(&[1, 2], true))
        .mount(&server)
        .await;
    Mock::given(path("/v1/fine_tuning/jobs"))
        .and(query_param("after", "ftjob-2"))
        .respond_with(ResponseTemplate::new(500).set_body_json(json!({
            "error": {"message": "The server had an error", "type": "server_error", "param": null, "code": null}
        })))
        .mount(&server)
        .await;
    let items: Vec<_> = client(&server.uri()).fine_tuning().jobs().list(&params()).into_stream().collect().await;
    assert_eq!(items.len(), 3);
    assert_eq!(items[1].as_ref().unwrap().id, "ftjob-2");
    assert!(
        matches!(&items[2], Err(Error::Api(e)) if e.is_server_error() && e.message == "The server had an error"),
        "{:?}",
        items[2]
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

fn uploaded_file(purpose: &str) -> Value {
    json!({
        "id": "file-abc123", "object": "file", "bytes": 120000, "created_at": 1677610602,
        "expires_at": 1680202602, "filename": "train.jsonl", "purpose": purpose, "status": "processed"
    })
}

fn multipart_parts(request: &Request) -> Vec<Part> {
    let content_type = request.headers.get("content-type").expect("content type").to_str().unwrap();
    parse_multipart(content_type, &request.body)
}

fn part<'p>(parts: &'p [Part], name: &str) -> &'p Part {
    parts.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no part named {name:?} in {:?}", names(parts)))
}

fn names(parts: &[Part]) -> Vec<&str> {
    parts.iter().map(|p| p.name.as_str()).collect()
}

fn training_bytes() -> Vec<u8> {
    let mut bytes = b"{\"messages\": [{\"role\": \"user\", \"content\": \"Hi \\u00e9\"}]}\n".to_vec();
    bytes.extend_from_slice(b"\r\n--not-a-boundary\r\n\x00\xff\xfe");
    bytes
}

#[tokio::test]
async fn file_upload_sends_the_file_and_purpose_as_multipart_parts() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(uploaded_file("fine-tune")))
        .expect(1)
        .mount(&server)
        .await;
    let request = CreateFileRequest::new(
        FileUpload::from_bytes("train.jsonl", training_bytes()),
        CreateFileRequestPurpose::FineTune,
    );
    let file = client(&server.uri()).files().create(&request).await.unwrap();
    assert_eq!(file.id, "file-abc123");
    assert_eq!(file.purpose, OpenAiFilePurpose::FineTune);
    assert_eq!(file.expires_at, Some(1680202602));

    let received = &server.received_requests().await.unwrap()[0];
    let content_type = received.headers.get("content-type").unwrap().to_str().unwrap();
    assert!(content_type.starts_with("multipart/form-data; boundary="), "{content_type}");
    assert_eq!(received.headers.get("accept").unwrap(), "application/json");
    let parts = multipart_parts(received);
    let mut sorted = names(&parts);
    sorted.sort_unstable();
    assert_eq!(sorted, ["file", "purpose"]);
    let file_part = part(&parts, "file");
    assert_eq!(file_part.filename.as_deref(), Some("train.jsonl"));
    assert_eq!(file_part.content_type.as_deref(), Some("application/jsonl"));
    assert_eq!(file_part.body, training_bytes());
    let purpose = part(&parts, "purpose");
    assert_eq!((purpose.filename.as_deref(), purpose.text()), (None, "fine-tune"));
}

#[tokio::test]
async fn retried_upload_resends_the_same_multipart_body() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/files"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(uploaded_file("batch")))
        .mount(&server)
        .await;
    let request = CreateFileRequest::new(
        FileUpload::from_bytes("batch input.jsonl", training_bytes()).with_mime("application/x-ndjson"),
        CreateFileRequestPurpose::Batch,
    );
    let client = builder(&server.uri()).max_retries(1).build().unwrap();
    let file = client.files().create(&request).await.unwrap();
    assert_eq!(file.purpose, OpenAiFilePurpose::Batch);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let (first, second) = (multipart_parts(&requests[0]), multipart_parts(&requests[1]));
    assert_eq!(first, second, "the retry must resend every part");
    let file_part = part(&second, "file");
    assert_eq!(file_part.filename.as_deref(), Some("batch input.jsonl"));
    assert_eq!(file_part.content_type.as_deref(), Some("application/x-ndjson"));
    assert_eq!(file_part.body, training_bytes());
    assert_eq!(part(&second, "purpose").text(), "batch");
}

/// The real API reads `expires_after` of a file upload as bracketed form fields, as the
/// reference's own example (`-F expires_after[anchor]="created_at" -F
/// expires_after[seconds]=2592000`) and the official SDKs send them.
#[tokio::test]
async fn file_upload_sends_expires_after_as_bracketed_fields() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(uploaded_file("user_data")))
        .mount(&server)
        .await;
    let request =
        CreateFileRequest::new(FileUpload::from_bytes("notes.txt", "some notes"), CreateFileRequestPurpose::UserData)
            .expires_after(FileExpirationAfter::new(2_592_000));
    client(&server.uri()).files().create(&request).await.unwrap();
    let parts = multipart_parts(&server.received_requests().await.unwrap()[0]);
    let text_fields: Vec<(&str, &str)> =
        parts.iter().filter(|p| p.name != "file").map(|p| (p.name.as_str(), p.text())).collect();
    let mut text_fields = text_fields;
    text_fields.sort_unstable();
    assert_eq!(
        text_fields,
        [("expires_after[anchor]", "created_at"), ("expires_after[seconds]", "2592000"), ("purpose", "user_data"),]
    );
}

#[tokio::test]
async fn upload_from_path_uses_the_file_name_and_guessed_type() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("diagram.PNG");
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    std::fs::write(&file, &png).unwrap();
    let server = MockServer::start().await;
    Mock::given(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(uploaded_file("vision")))
        .mount(&server)
        .await;
    let upload = FileUpload::from_path(&file).await.unwrap();
    client(&server.uri())
        .files()
        .create(&CreateFileRequest::new(upload, CreateFileRequestPurpose::Vision))
        .await
        .unwrap();
    let parts = multipart_parts(&server.received_requests().await.unwrap()[0]);
    let file_part = part(&parts, "file");
    assert_eq!(file_part.filename.as_deref(), Some("diagram.PNG"));
    assert_eq!(file_part.content_type.as_deref(), Some("image/png"));
    assert_eq!(file_part.body, png);
    assert_eq!(part(&parts, "purpose").text(), "vision");
}

fn audio_bytes() -> Vec<u8> {
    let mut bytes = b"ID3\x04\x00\x00\x00\x00\x00\x00".to_vec();
    bytes.extend((0..=255u8).cycle().take(1000));
    bytes
}

#[tokio::test]
async fn transcription_sends_every_field_and_decodes_verbose_json() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/audio/transcriptions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "task": "transcribe", "language": "english", "duration": 8.47,
            "text": "The beach was a popular spot on a hot summer day.",
            "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": 3.32,
                          "text": " The beach was a popular spot on a hot summer day.",
                          "tokens": [50364, 440, 7534], "temperature": 0.0, "avg_logprob": -0.28,
                          "compression_ratio": 1.24, "no_speech_prob": 0.00985}],
            "usage": {"type": "duration", "seconds": 9}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let request = CreateTranscriptionRequest::new(FileUpload::from_bytes("speech.mp3", audio_bytes()), "whisper-1")
        .language("en")
        .prompt("Names: Zoë, Ångström")
        .response_format(AudioResponseFormat::VerboseJson)
        .temperature(0.2);
    let transcription = client(&server.uri()).audio().transcriptions().create(&request).await.unwrap();
    let CreateTranscriptionResponse::CreateTranscriptionResponseVerboseJson(verbose) = &transcription else {
        panic!("expected the verbose shape, got {transcription:?}")
    };
    assert_eq!(verbose.language, "english");
    assert_eq!(verbose.duration, 8.47);
    assert_eq!(verbose.text, "The beach was a popular spot on a hot summer day.");
    assert_eq!(verbose.segments.as_ref().map(|s| s[0].end), Some(3.32));

    let parts = multipart_parts(&server.received_requests().await.unwrap()[0]);
    let file_part = part(&parts, "file");
    assert_eq!(file_part.filename.as_deref(), Some("speech.mp3"));
    assert_eq!(file_part.content_type.as_deref(), Some("audio/mpeg"));
    assert_eq!(file_part.body, audio_bytes());
    let mut text_fields: Vec<(&str, &str)> = parts
        .iter()
        .filter(|p| p.name != "file")
        .map(|p| {
            assert_eq!(p.filename, None, "{} is a text field", p.name);
            (p.name.as_str(), p.text())
        })
        .collect();
    text_fields.sort_unstable();
    assert_eq!(
        text_fields,
        [
            ("language", "en"),
            ("model", "whisper-1"),
            ("prompt", "Names: Zoë, Ångström"),
            ("response_format", "verbose_json"),
            ("temperature", "0.2"),
        ]
    );
}

/// Array fields of a multipart body are sent as repeated `name[]` parts, as in the
/// reference's example (`-F "timestamp_granularities[]=word"`) and the official SDKs. With
/// a bare repeated `timestamp_granularities`, the API keeps only the last value.
#[tokio::test]
async fn transcription_sends_array_fields_as_repeated_bracketed_parts() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/audio/transcriptions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"text": "hello"})))
        .mount(&server)
        .await;
    let request = CreateTranscriptionRequest::new(FileUpload::from_bytes("a.wav", audio_bytes()), "gpt-4o-transcribe")
        .response_format(AudioResponseFormat::Json)
        .timestamp_granularities(vec![
            CreateTranscriptionRequestTimestampGranularitiesItem::Word,
            CreateTranscriptionRequestTimestampGranularitiesItem::Segment,
        ])
        .include(vec![CreateTranscriptionRequestIncludeItem::Logprobs]);
    let transcription = client(&server.uri()).audio().transcriptions().create(&request).await.unwrap();
    assert!(matches!(
        &transcription,
        CreateTranscriptionResponse::CreateTranscriptionResponseJson(j) if j.text == "hello"
    ));
    let parts = multipart_parts(&server.received_requests().await.unwrap()[0]);
    let mut arrays: Vec<(&str, &str)> = parts
        .iter()
        .filter(|p| p.name.starts_with("timestamp_granularities") || p.name.starts_with("include"))
        .map(|p| (p.name.as_str(), p.text()))
        .collect();
    // Stable: the order of the elements of one field is kept.
    arrays.sort_by_key(|(name, _)| *name);
    assert_eq!(
        arrays,
        [("include[]", "logprobs"), ("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment"),]
    );
}
