//! Wire tests: the per-call and per-client options users reach for when the spec does not
//! know everything — extra query parameters and body fields, an idempotency key, default
//! query parameters, another auth header (Azure OpenAI), no auth (a local compatible
//! server). The `tracing` events of a call are in wire_tracing.rs.

use openai_client::types::*;
use openai_client::{Client, Error};
use serde_json::{Value, json};
use tests::wire::builder;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn completion() -> Value {
    json!({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1741569952, "model": "gpt-4.1",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi", "refusal": null,
                     "annotations": []}, "logprobs": null, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6}
    })
}

fn hello() -> CreateChatCompletionRequest {
    CreateChatCompletionRequest::new(vec![ChatCompletionRequestUserMessage::new("Hello").into()], "gpt-4.1")
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

fn query(request: &Request) -> Vec<(String, String)> {
    request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

/// Azure OpenAI: the deployment in the base URL, the key in `api-key`, `api-version` on
/// every request — the README's example, on the wire.
#[tokio::test]
async fn azure_openai_needs_only_builder_settings() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/openai/deployments/my-gpt/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion()))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(format!("{}/openai/deployments/my-gpt", server.uri()))
        .api_key("azure-key")
        .auth_header("api-key")
        .default_query("api-version", "2024-10-21")
        .build()
        .unwrap();
    let completion = client.chat().completions().create(&hello()).query("trace", "on").await.unwrap();
    assert_eq!(completion.choices[0].message.content.as_deref(), Some("Hi"));
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(header(sent, "api-key"), Some("azure-key"));
    assert_eq!(header(sent, "authorization"), None);
    // The call's own query first, the client's defaults after it.
    assert_eq!(query(sent), [("trace".into(), "on".into()), ("api-version".into(), "2024-10-21".into())]);
    assert!(!format!("{client:?}").contains("azure-key"));
}

/// A local server that speaks the API and wants no key.
#[tokio::test]
async fn a_compatible_server_without_auth_needs_no_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion()))
        .expect(1)
        .mount(&server)
        .await;
    assert!(matches!(Client::builder().base_url(server.uri()).build(), Err(Error::Config(_))), "a key is needed");
    let client = Client::builder().base_url(format!("{}/v1", server.uri())).without_auth().build().unwrap();
    client.chat().completions().create(&hello()).await.unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(header(sent, "authorization"), None);
}

/// Extra body fields (a string, an object replacing a known field, a new object) and an
/// idempotency key; a retried call resends both unchanged.
#[tokio::test]
async fn extra_body_fields_and_the_idempotency_key_survive_a_retry() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion()))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(1).build().unwrap();
    client
        .chat()
        .completions()
        .create(&hello().temperature(0.5))
        .body_field("reasoning_effort", "low")
        .body_field("temperature", 0.2)
        .body_field("vendor_options", json!({"cache": {"ttl": 60}}))
        .idempotency_key("order-42")
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    for sent in &requests {
        assert_eq!(header(sent, "idempotency-key"), Some("order-42"));
        assert_eq!(
            serde_json::from_slice::<Value>(&sent.body).unwrap(),
            json!({
                "messages": [{"role": "user", "content": "Hello"}], "model": "gpt-4.1", "temperature": 0.2,
                "reasoning_effort": "low", "vendor_options": {"cache": {"ttl": 60}}
            })
        );
    }
}

/// A body field on an operation without a body fails the call, and nothing is sent.
#[tokio::test]
async fn a_body_field_without_a_body_is_an_error_before_sending() {
    let server = MockServer::start().await;
    let client = builder(&server.uri()).build().unwrap();
    let error = client.models().list().body_field("x", 1).await.unwrap_err();
    assert!(
        matches!(&error, Error::Config(m) if m.contains("`x`") && m.contains("no JSON or multipart body")),
        "{error}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// Multipart bodies take extra fields as text parts.
#[tokio::test]
async fn a_multipart_body_takes_extra_fields_as_parts() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/files"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "file-1", "object": "file", "bytes": 3, "created_at": 1, "filename": "a.jsonl",
            "purpose": "batch", "status": "processed", "status_details": null, "expires_at": null
        })))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().unwrap();
    let request = CreateFileRequest::new(
        openai_client::FileUpload::from_bytes("a.jsonl", "{}\n"),
        CreateFileRequestPurpose::Batch,
    );
    client.files().create(&request).body_field("label", "nightly").body_field("tags", json!(["a"])).await.unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    let content_type = header(sent, "content-type").unwrap();
    let parts = tests::wire::parse_multipart(content_type, &sent.body);
    let text = |name: &str| parts.iter().find(|p| p.name == name).map(|p| String::from_utf8(p.body.clone()).unwrap());
    assert_eq!(text("label").as_deref(), Some("nightly"));
    assert_eq!(text("tags").as_deref(), Some(r#"["a"]"#));
}
