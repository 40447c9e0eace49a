//! Wire tests: retries, typed API errors, forward-compatible decoding, decode errors,
//! timeouts and per-call options of the generated client, against servers on 127.0.0.1.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use openai_client::types::*;
use openai_client::{Client, Error};
use serde_json::{Value, json};
use tests::wire::{API_KEY, RawServer, Step, builder, client, dead_address, write};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn chat_request() -> CreateChatCompletionRequest {
    CreateChatCompletionRequest::new(vec![ChatCompletionRequestUserMessage::new("Say hi").into()], "gpt-4o-mini")
}

fn completion_body() -> Value {
    json!({
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1741570283,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi", "refusal": null},
                     "logprobs": null, "finish_reason": "stop"}]
    })
}

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(completion_body())
}

async fn request_count(server: &MockServer) -> usize {
    server.received_requests().await.expect("recording is on").len()
}

/// Mounts `first` for the first `times` requests to `/v1/chat/completions`, then 200.
async fn fail_then_succeed(server: &MockServer, first: ResponseTemplate, times: u64) {
    Mock::given(path("/v1/chat/completions")).respond_with(first).up_to_n_times(times).mount(server).await;
    Mock::given(path("/v1/chat/completions")).respond_with(ok()).mount(server).await;
}

#[tokio::test]
async fn rate_limit_with_retry_after_seconds_is_retried_after_that_delay() {
    let server = MockServer::start().await;
    fail_then_succeed(&server, ResponseTemplate::new(429).insert_header("retry-after", "1"), 1).await;
    let client = builder(&server.uri()).max_retries(2).build().unwrap();
    let started = Instant::now();
    let response = client.chat().completions().create(&chat_request()).await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(response.id, "chatcmpl-1");
    assert_eq!(request_count(&server).await, 2);
    // Our own first backoff is at most 0.5 s: waiting a full second means the header won.
    assert!(elapsed >= Duration::from_secs(1), "retry-after ignored: {elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn rate_limit_with_retry_after_ms_is_retried_after_that_delay() {
    let server = MockServer::start().await;
    fail_then_succeed(
        &server,
        ResponseTemplate::new(429).insert_header("retry-after-ms", "60").insert_header("retry-after", "30"),
        2,
    )
    .await;
    let client = builder(&server.uri()).max_retries(2).build().unwrap();
    let started = Instant::now();
    client.chat().completions().create(&chat_request()).await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(request_count(&server).await, 3);
    // retry-after-ms takes precedence over retry-after; two waits of 60 ms each, far below
    // both the 30 s of `retry-after` and our own backoff (at least 0.375 s + 0.75 s).
    assert!(elapsed >= Duration::from_millis(120), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1000), "server delay ignored: {elapsed:?}");
}

#[tokio::test]
async fn server_errors_are_retried_until_success() {
    let server = MockServer::start().await;
    for status in [500, 502, 503] {
        Mock::given(path("/v1/chat/completions"))
            .respond_with(ResponseTemplate::new(status).insert_header("retry-after-ms", "1"))
            .up_to_n_times(1)
            .mount(&server)
            .await;
    }
    Mock::given(path("/v1/chat/completions")).respond_with(ok()).mount(&server).await;
    let client = builder(&server.uri()).max_retries(3).build().unwrap();
    let response = client.chat().completions().create(&chat_request()).await.unwrap();
    assert_eq!(response.choices[0].message.content.as_deref(), Some("hi"));
    assert_eq!(request_count(&server).await, 4);
    // Every attempt sends the same request.
    let requests = server.received_requests().await.unwrap();
    assert!(requests.iter().all(|r| r.body == requests[0].body && r.method == requests[0].method));
}

#[tokio::test]
async fn exhausted_retries_return_the_last_error() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/chat/completions"))
        .respond_with(
            ResponseTemplate::new(502)
                .insert_header("retry-after-ms", "1")
                .set_body_string("<html><body>Bad gateway</body></html>"),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(2).build().unwrap();
    let err = client.chat().completions().create(&chat_request()).await.unwrap_err();
    assert_eq!(request_count(&server).await, 3, "1 attempt + 2 retries");
    let api = err.as_api().unwrap_or_else(|| panic!("{err:?}"));
    assert!(api.is_server_error());
    assert_eq!(api.status.as_u16(), 502);
    // A non-JSON body: the status text is the message and the raw body is kept.
    assert_eq!(api.message, "Bad Gateway");
    assert_eq!(api.body.as_deref(), Some("<html><body>Bad gateway</body></html>"));
}

#[tokio::test]
async fn bad_request_is_not_retried_and_is_a_typed_api_error() {
    let server = MockServer::start().await;
    let body = json!({"error": {
        "message": "Invalid value for 'temperature': must be <= 2.",
        "type": "invalid_request_error",
        "param": "temperature",
        "code": "invalid_value"
    }});
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(400).insert_header("x-request-id", "req_5b6e0a1f").set_body_json(body))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(3).build().unwrap();
    let err = client.chat().completions().create(&chat_request().temperature(3.0)).await.unwrap_err();
    assert_eq!(request_count(&server).await, 1, "a 400 must not be retried");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(err.request_id(), Some("req_5b6e0a1f"));
    let Error::Api(api) = &err else { panic!("expected Error::Api, got {err:?}") };
    assert!(api.is_bad_request());
    assert_eq!(api.status.as_u16(), 400);
    assert_eq!(api.message, "Invalid value for 'temperature': must be <= 2.");
    assert_eq!(api.kind.as_deref(), Some("invalid_request_error"));
    assert_eq!(api.param.as_deref(), Some("temperature"));
    assert_eq!(api.code.as_deref(), Some("invalid_value"));
    assert_eq!(api.request_id.as_deref(), Some("req_5b6e0a1f"));
    assert_eq!(api.headers.get("x-request-id").unwrap(), "req_5b6e0a1f");
    assert_eq!(api.body, None, "an error object is parsed, not kept raw");
    let text = err.to_string();
    assert!(text.contains("400") && text.contains("must be <= 2") && text.contains("req_5b6e0a1f"), "{text}");
}

#[tokio::test]
async fn other_client_errors_are_typed_and_not_retried() {
    let server = MockServer::start().await;
    let error = |message: &str, kind: &str, code: Value| json!({"error": {"message": message, "type": kind, "param": null, "code": code}});
    let cases = [
        (401, error("Incorrect API key provided", "invalid_request_error", json!("invalid_api_key"))),
        (403, error("Not allowed", "permission_error", json!(null))),
        (404, error("No such model", "invalid_request_error", json!("model_not_found"))),
        (422, error("Unprocessable", "invalid_request_error", json!(422))),
    ];
    for (status, body) in &cases {
        Mock::given(path(format!("/v1/models/m{status}")))
            .respond_with(ResponseTemplate::new(*status).set_body_json(body))
            .mount(&server)
            .await;
    }
    let client = builder(&server.uri()).max_retries(2).build().unwrap();
    let mut seen = Vec::new();
    for (status, _) in &cases {
        let err = client.models().retrieve(&format!("m{status}")).await.unwrap_err();
        let api = err.as_api().unwrap_or_else(|| panic!("{err:?}"));
        seen.push((
            api.status.as_u16(),
            api.is_authentication(),
            api.is_permission_denied(),
            api.is_not_found(),
            api.is_unprocessable(),
            api.code.clone(),
        ));
    }
    assert_eq!(
        seen,
        [
            (401, true, false, false, false, Some("invalid_api_key".to_owned())),
            (403, false, true, false, false, None),
            (404, false, false, true, false, Some("model_not_found".to_owned())),
            // A numeric code becomes its decimal string.
            (422, false, false, false, true, Some("422".to_owned())),
        ]
    );
    assert_eq!(request_count(&server).await, 4, "none of them is retried");
}

#[tokio::test]
async fn max_retries_zero_on_the_client_disables_retries() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "1"))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(0).build().unwrap();
    assert_eq!(client.max_retries(), 0);
    let err = client.chat().completions().create(&chat_request()).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn x_should_retry_header_overrides_the_status_rule() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/models/no"))
        .respond_with(ResponseTemplate::new(500).insert_header("x-should-retry", "false"))
        .mount(&server)
        .await;
    Mock::given(path("/v1/models/yes"))
        .respond_with(
            ResponseTemplate::new(400).insert_header("x-should-retry", "true").insert_header("retry-after-ms", "1"),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(2).build().unwrap();
    assert!(client.models().retrieve("no").await.is_err());
    assert_eq!(request_count(&server).await, 1);
    assert!(client.models().retrieve("yes").await.is_err());
    assert_eq!(request_count(&server).await, 4);
}

#[tokio::test]
async fn connection_refused_is_retried_with_backoff_then_a_transport_error() {
    let client = Client::builder()
        .api_key(API_KEY)
        .base_url(format!("{}/v1", dead_address().await))
        .max_retries(1)
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.models().list().await.unwrap_err();
    let elapsed = started.elapsed();
    let Error::Transport(transport) = &err else { panic!("expected Error::Transport, got {err:?}") };
    assert!(transport.is_connect(), "{transport:?}");
    assert_eq!(err.status(), None);
    // One retry after a backoff of 0.5 s × jitter in [0.75, 1].
    assert!(elapsed >= Duration::from_millis(375), "no backoff, so no retry: {elapsed:?}");
}

#[tokio::test]
async fn dropped_connections_are_retried_and_counted() {
    // Every connection is closed right after the request arrives, without an answer.
    let server = RawServer::start(vec![vec![]]).await;
    let client = builder(&server.base).max_retries(1).build().unwrap();
    let err = client.models().retrieve("gpt-4o").await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "1 attempt + 1 retry");
    assert!(requests.iter().all(|r| r.request_line() == "GET /v1/models/gpt-4o HTTP/1.1"));
}

#[tokio::test]
async fn unknown_values_extra_fields_and_null_required_fields_still_decode() {
    let server = MockServer::start().await;
    let body = json!({
        "id": null,
        "object": "chat.completion",
        "model": "gpt-4o-mini",
        "service_tier": "ultra_priority",
        "brand_new_top_level": {"nested": [1, 2, 3]},
        "choices": [{
            "index": null,
            "logprobs": null,
            "finish_reason": "paused_for_review",
            "message": {
                "role": "assistant",
                "content": null,
                "refusal": null,
                "future_message_field": true,
                "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
                    {"id": "call_2", "type": "mcp_v2", "server_label": "deepwiki", "input": {"q": 1}}
                ]
            }
        }]
    });
    Mock::given(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let response = client(&server.uri()).chat().completions().create(&chat_request()).await.unwrap();
    // Missing (`created`) and null (`id`, `index`) required fields take their defaults.
    assert_eq!(response.id, "");
    assert_eq!(response.created, 0);
    assert_eq!(response.model, "gpt-4o-mini");
    // Unknown enum values are kept.
    assert_eq!(response.service_tier, Some(ServiceTier::Other("ultra_priority".to_owned())));
    let choice = &response.choices[0];
    assert_eq!(choice.index, 0);
    assert_eq!(choice.finish_reason, ChatCompletionChoiceFinishReason::Other("paused_for_review".to_owned()));
    assert_eq!(choice.message.content, None);
    let calls = choice.message.tool_calls.as_ref().expect("tool calls");
    assert_eq!(calls.len(), 2);
    let ChatCompletionMessageToolCallUnion::Function(call) = &calls[0] else {
        panic!("expected a function call, got {:?}", calls[0])
    };
    assert_eq!(
        (call.id.as_str(), call.function.name.as_str(), call.function.arguments.as_str()),
        ("call_1", "get_weather", "{\"city\":\"Paris\"}")
    );
    // An unknown union variant is kept whole.
    let ChatCompletionMessageToolCallUnion::Unknown(unknown) = &calls[1] else {
        panic!("expected Unknown, got {:?}", calls[1])
    };
    assert_eq!(unknown, &json!({"id": "call_2", "type": "mcp_v2", "server_label": "deepwiki", "input": {"q": 1}}));
}

#[tokio::test]
async fn responses_with_unknown_output_items_content_and_status_still_decode() {
    let server = MockServer::start().await;
    let body = json!({
        "id": "resp_1",
        "object": "response",
        "created_at": 1741476542,
        "status": "paused",
        "model": "gpt-5",
        "output": [
            {"type": "shell_call_v9", "id": "sh_1", "commands": ["ls"]},
            {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant", "content": [
                {"type": "output_text", "text": "Done.", "annotations": [], "logprobs": []},
                {"type": "output_hologram", "frames": 3}
            ]}
        ],
        "tools": [{"type": "quantum_search_2031", "depth": 2}],
        "tool_choice": "auto",
        "parallel_tool_calls": true
    });
    Mock::given(method("GET"))
        .and(path("/v1/responses/resp_1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let response = client(&server.uri()).responses().retrieve("resp_1", &GetResponseParams::default()).await.unwrap();
    assert_eq!(response.status, Some(ResponseStatus::Other("paused".to_owned())));
    assert!(
        matches!(&response.output[0], OutputItem::Unknown(v) if v["type"] == "shell_call_v9" && v["commands"][0] == "ls"),
        "{:?}",
        response.output[0]
    );
    let OutputItem::Message(message) = &response.output[1] else {
        panic!("expected a message, got {:?}", response.output[1])
    };
    assert!(matches!(&message.content[0], OutputMessageContent::OutputText(t) if t.text == "Done."));
    assert!(
        matches!(&message.content[1], OutputMessageContent::Unknown(v) if v["frames"] == 3),
        "{:?}",
        message.content[1]
    );
    assert!(matches!(&response.tools[0], Tool::Unknown(v) if v["type"] == "quantum_search_2031"));
}

#[tokio::test]
async fn decode_error_names_the_full_json_path_status_and_request_id() {
    let server = MockServer::start().await;
    let mut body = completion_body();
    body["choices"][0]["message"]["tool_calls"] = json!([
        {"id": "call_1", "type": "function", "function": {"name": 42, "arguments": "{}"}}
    ]);
    Mock::given(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(200).insert_header("x-request-id", "req_decode_1").set_body_json(body))
        .mount(&server)
        .await;
    let err = client(&server.uri()).chat().completions().create(&chat_request()).await.unwrap_err();
    let Error::Decode(decode) = &err else { panic!("expected Error::Decode, got {err:?}") };
    // Through the tool-call union, the path is still complete.
    assert_eq!(decode.path, "choices[0].message.tool_calls[0].function.name");
    assert!(decode.message.contains("invalid type: integer `42`"), "{}", decode.message);
    assert_eq!(decode.status, Some(200));
    assert_eq!(decode.request_id.as_deref(), Some("req_decode_1"));
    assert!(decode.excerpt.contains("42"), "{}", decode.excerpt);
    assert_eq!(err.request_id(), Some("req_decode_1"));
    assert!(err.to_string().contains("choices[0].message.tool_calls[0].function.name"), "{err}");
}

#[tokio::test]
async fn slow_headers_time_out_with_the_configured_duration() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/chat/completions")).respond_with(ok().set_delay(Duration::from_secs(5))).mount(&server).await;
    let client = builder(&server.uri()).timeout(Duration::from_millis(200)).max_retries(0).build().unwrap();
    assert_eq!(client.timeout(), Duration::from_millis(200));
    let started = Instant::now();
    let err = client.chat().completions().create(&chat_request()).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(matches!(err, Error::Timeout(d) if d == Duration::from_millis(200)), "{err:?}");
    assert!(err.is_timeout());
    assert!(elapsed >= Duration::from_millis(200) && elapsed < Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn timeouts_are_retried() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/chat/completions"))
        .respond_with(ok().set_delay(Duration::from_secs(5)))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1/chat/completions")).respond_with(ok()).mount(&server).await;
    let client = builder(&server.uri()).timeout(Duration::from_millis(200)).max_retries(1).build().unwrap();
    let response = client.chat().completions().create(&chat_request()).await.unwrap();
    assert_eq!(response.id, "chatcmpl-1");
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn a_body_that_stalls_times_out() {
    let head =
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"id\":\"chatcmpl-1\",";
    let server = RawServer::start(vec![vec![write(head), Step::Sleep(Duration::from_secs(5))]]).await;
    let err = builder(&server.base)
        .build()
        .unwrap()
        .chat()
        .completions()
        .create(&chat_request())
        .timeout(Duration::from_millis(200))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout(d) if d == Duration::from_millis(200)), "{err:?}");
}

#[tokio::test]
async fn per_call_headers_retries_and_timeout_override_the_client() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "1"))
        .mount(&server)
        .await;
    Mock::given(path("/v1/models/gpt-4o"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"
        })))
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .default_header("X-Team", "from-client")
        .default_header("X-Kept", "kept")
        .organization("org-client")
        .max_retries(3)
        .build()
        .unwrap();

    // Headers: a per-call header replaces a default or identity header of the same name.
    let model = client
        .models()
        .retrieve("gpt-4o")
        .header("x-team", "from-call")
        .header("OpenAI-Organization", "org-call")
        .header("X-Trace", "trace-1")
        .await
        .unwrap();
    assert_eq!(model.id, "gpt-4o");
    let requests = server.received_requests().await.unwrap();
    let get = |name: &str| {
        requests[0].headers.get_all(name).iter().map(|v| v.to_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(get("x-team"), ["from-call"]);
    assert_eq!(get("openai-organization"), ["org-call"]);
    assert_eq!(get("x-trace"), ["trace-1"]);
    assert_eq!(get("x-kept"), ["kept"]);

    // Retries: the call's value wins over the client's 3, in both directions.
    let err = client.chat().completions().create(&chat_request()).max_retries(0).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(request_count(&server).await, 2, "1 models call + 1 attempt");
    let no_retry_client = builder(&server.uri()).max_retries(0).build().unwrap();
    no_retry_client.chat().completions().create(&chat_request()).max_retries(1).await.unwrap_err();
    assert_eq!(request_count(&server).await, 4, "+ 1 attempt and 1 retry");

    // Timeout: the call's value wins over the client's 10 s.
    let slow = MockServer::start().await;
    Mock::given(path("/v1/models/slow"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(5)))
        .mount(&slow)
        .await;
    let err = builder(&slow.uri())
        .build()
        .unwrap()
        .models()
        .retrieve("slow")
        .timeout(Duration::from_millis(150))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout(d) if d == Duration::from_millis(150)), "{err:?}");
}

#[tokio::test]
async fn send_with_meta_returns_status_request_id_and_rate_limits() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/chat/completions"))
        .respond_with(
            ok().insert_header("x-request-id", "req_meta_42")
                .insert_header("openai-processing-ms", "187")
                .insert_header("x-ratelimit-limit-requests", "10000")
                .insert_header("x-ratelimit-limit-tokens", "30000000")
                .insert_header("x-ratelimit-remaining-requests", "9999")
                .insert_header("x-ratelimit-remaining-tokens", "29999980")
                .insert_header("x-ratelimit-reset-requests", "6ms")
                .insert_header("x-ratelimit-reset-tokens", "1m30.5s"),
        )
        .mount(&server)
        .await;
    let (response, meta) =
        client(&server.uri()).chat().completions().create(&chat_request()).send_with_meta().await.unwrap();
    assert_eq!(response.id, "chatcmpl-1");
    assert_eq!(meta.status.as_u16(), 200);
    assert_eq!(meta.request_id.as_deref(), Some("req_meta_42"));
    assert_eq!(meta.headers.get("openai-processing-ms").unwrap(), "187");
    let limits = meta.rate_limits();
    assert_eq!(limits.limit_requests, Some(10_000));
    assert_eq!(limits.limit_tokens, Some(30_000_000));
    assert_eq!(limits.remaining_requests, Some(9_999));
    assert_eq!(limits.remaining_tokens, Some(29_999_980));
    let reset_requests = limits.reset_requests.expect("reset-requests");
    assert_eq!(reset_requests.raw, "6ms");
    assert_eq!(reset_requests.duration, Some(Duration::from_millis(6)));
    assert_eq!(limits.reset_tokens.expect("reset-tokens").duration, Some(Duration::from_millis(90_500)));
}

#[test]
fn debug_output_never_contains_the_api_key() {
    let client = Client::builder()
        .api_key("sk-proj-TOPSECRET-abcdef")
        .organization("org-visible")
        .default_header("X-Custom-Secret", "header-secret-value")
        .build()
        .unwrap();
    for text in [format!("{client:?}"), format!("{client:#?}")] {
        assert!(!text.contains("TOPSECRET"), "{text}");
        assert!(!text.contains("header-secret-value"), "{text}");
        assert!(text.contains("REDACTED"), "{text}");
        assert!(text.contains("org-visible"), "{text}");
    }
    let builder = Client::builder().api_key("sk-proj-TOPSECRET-abcdef");
    assert!(!format!("{builder:?}").contains("TOPSECRET"));
}

#[tokio::test]
async fn a_retry_resends_the_same_url_and_query() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/fine_tuning/jobs"))
        .respond_with(ResponseTemplate::new(500).insert_header("retry-after-ms", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1/fine_tuning/jobs"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"object": "list", "data": [], "has_more": false})),
        )
        .mount(&server)
        .await;
    let params = ListPaginatedFineTuningJobsParams::new()
        .limit(5)
        .metadata(BTreeMap::from([("k".to_owned(), "v 1".to_owned())]));
    let client = builder(&server.uri()).max_retries(1).build().unwrap();
    client.fine_tuning().jobs().list(&params).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].url, requests[1].url);
    let pairs: Vec<(String, String)> =
        requests[1].url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    assert_eq!(pairs, [("limit".to_owned(), "5".to_owned()), ("metadata[k]".to_owned(), "v 1".to_owned())]);
}
