//! Wire tests: JSON requests of the generated client against wiremock on 127.0.0.1.
//! Method, path, headers, the exact JSON body, query strings, path encoding, and binary
//! and empty responses.

use std::collections::BTreeMap;

use openai_client::Client;
use openai_client::types::*;
use serde_json::{Value, json};
use tests::wire::{API_KEY, USER_AGENT, builder, client};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The one request the server received (fails if there was not exactly one).
async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).map(|v| v.to_str().expect("ASCII header"))
}

fn body_json(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("the request body is JSON")
}

/// Decoded query pairs in the order they were sent.
fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn completion_body() -> Value {
    json!({
        "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
        "object": "chat.completion",
        "created": 1741570283,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": "A cat on a mat.", "refusal": null, "annotations": []},
            "logprobs": null,
            "finish_reason": "stop"
        }],
        "usage": {"prompt_tokens": 1117, "completion_tokens": 46, "total_tokens": 1163},
        "service_tier": "default",
        "system_fingerprint": "fp_fc9f1d7035"
    })
}

/// A free-form JSON object field takes a `json!` value as it is.
fn weather_parameters() -> Value {
    json!({
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "additionalProperties": false
    })
}

#[tokio::test]
async fn chat_create_sends_method_path_headers_and_the_exact_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(
            ResponseTemplate::new(200).insert_header("x-request-id", "req_json_1").set_body_json(completion_body()),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .api_key(API_KEY)
        .base_url(format!("{}/v1", server.uri()))
        .organization("org-wire")
        .project("proj_wire")
        .max_retries(0)
        .build()
        .unwrap();

    let user_parts: Vec<ChatCompletionRequestUserMessageContentPart> = vec![
        ChatCompletionRequestMessageContentPartText::new("What is in this image?").into(),
        ChatCompletionRequestMessageContentPartImage::new(
            ChatCompletionRequestMessageContentPartImageImageUrl::new("https://example.com/cat.png")
                .detail(ChatCompletionRequestMessageContentPartImageImageUrlDetail::Low),
        )
        .into(),
    ];
    let request = CreateChatCompletionRequest::new(
        vec![
            ChatCompletionRequestDeveloperMessage::new("Answer in one sentence.").into(),
            ChatCompletionRequestUserMessage::new(user_parts).into(),
        ],
        "gpt-4o-mini",
    )
    .tools(vec![ChatCompletionToolUnion::Function(ChatCompletionTool::new(
        FunctionObject::new("get_weather")
            .description("Current weather in a city")
            .parameters(weather_parameters())
            .strict(true),
    ))])
    .tool_choice(ChatCompletionToolChoiceMode::Auto)
    .stop(StopConfiguration::Array(vec!["\n\n".to_owned()]))
    .temperature(0.25)
    .max_completion_tokens(64)
    .metadata(BTreeMap::from([("team".to_owned(), "wire".to_owned())]));

    let response = client.chat().completions().create(&request).await.unwrap();

    let received = only_request(&server).await;
    assert_eq!(received.method.as_str(), "POST");
    assert_eq!(received.url.path(), "/v1/chat/completions");
    assert_eq!(received.url.query(), None);
    let bearer = format!("Bearer {API_KEY}");
    assert_eq!(header(&received, "authorization"), Some(bearer.as_str()));
    assert_eq!(header(&received, "openai-organization"), Some("org-wire"));
    assert_eq!(header(&received, "openai-project"), Some("proj_wire"));
    assert_eq!(header(&received, "user-agent"), Some(USER_AGENT));
    assert_eq!(header(&received, "content-type"), Some("application/json"));
    assert_eq!(header(&received, "accept"), Some("application/json"));
    assert_eq!(header(&received, "openai-beta"), None, "chat is not a beta API");
    // The whole body: tagged messages carry their role, the user content is an array of
    // typed parts, the tool is `{type, function}`, the choice mode a bare string, and no
    // unset optional field is sent (not even as null).
    assert_eq!(
        body_json(&received),
        json!({
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "developer", "content": "Answer in one sentence."},
                {"role": "user", "content": [
                    {"type": "text", "text": "What is in this image?"},
                    {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}}
                ]}
            ],
            "tools": [{
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "description": "Current weather in a city",
                    "parameters": {
                        "type": "object",
                        "properties": {"city": {"type": "string"}},
                        "required": ["city"],
                        "additionalProperties": false
                    },
                    "strict": true
                }
            }],
            "tool_choice": "auto",
            "stop": ["\n\n"],
            "temperature": 0.25,
            "max_completion_tokens": 64,
            "metadata": {"team": "wire"}
        })
    );

    assert_eq!(response.id, "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
    assert_eq!(response.created, 1741570283);
    assert_eq!(response.choices.len(), 1);
    let choice = &response.choices[0];
    assert_eq!(choice.message.content.as_deref(), Some("A cat on a mat."));
    assert_eq!(choice.message.role, "assistant");
    assert_eq!(choice.finish_reason, ChatCompletionChoiceFinishReason::Stop);
    let usage = response.usage.as_ref().expect("usage");
    assert_eq!((usage.prompt_tokens, usage.completion_tokens, usage.total_tokens), (1117, 46, 1163));
    assert_eq!(response.service_tier, Some(ServiceTier::Default));
}

#[tokio::test]
async fn responses_create_encodes_string_and_array_input_and_flat_function_tools() {
    let server = MockServer::start().await;
    let body = json!({
        "id": "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b",
        "object": "response",
        "created_at": 1741476542,
        "status": "completed",
        "model": "gpt-5",
        "output": [{
            "type": "message",
            "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e6",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": "Hi there!", "annotations": [], "logprobs": []}]
        }],
        "parallel_tool_calls": true,
        "tool_choice": "auto",
        "tools": [],
        "usage": {"input_tokens": 36, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 87,
                  "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 123}
    });
    Mock::given(method("POST"))
        .and(path("/v1/responses"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server.uri());

    let with_string = CreateResponseRequest::new()
        .model("gpt-5")
        .input("Hello")
        .instructions("Be terse.")
        .tools(vec![Tool::Function(FunctionTool::new("get_weather").parameters(weather_parameters()).strict(true))])
        .tool_choice(ToolChoiceOptions::Auto);
    let response = client.responses().create(&with_string).await.unwrap();
    let OutputItem::Message(message) = &response.output[0] else {
        panic!("expected a message, got {:?}", response.output[0])
    };
    let OutputMessageContent::OutputText(text) = &message.content[0] else {
        panic!("expected output text, got {:?}", message.content[0])
    };
    assert_eq!(text.text, "Hi there!");
    assert_eq!(response.status, Some(ResponseStatus::Completed));

    let with_items = CreateResponseRequest::new().model("gpt-5").input(vec![
        InputItem::EasyInputMessage(EasyInputMessage::new(EasyInputMessageRole::Developer, "Be terse.")),
        InputItem::EasyInputMessage(EasyInputMessage::new(EasyInputMessageRole::User, "Hello")),
    ]);
    client.responses().create(&with_items).await.unwrap();

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    // Responses-API function tools are flat (`name` next to `type`), unlike chat tools.
    assert_eq!(
        body_json(&requests[0]),
        json!({
            "model": "gpt-5",
            "input": "Hello",
            "instructions": "Be terse.",
            "tools": [{
                "type": "function",
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                    "additionalProperties": false
                },
                "strict": true
            }],
            "tool_choice": "auto"
        })
    );
    assert_eq!(
        body_json(&requests[1]),
        json!({
            "model": "gpt-5",
            // The short form: `type` is optional and only sent when set.
            "input": [
                {"role": "developer", "content": "Be terse."},
                {"role": "user", "content": "Hello"}
            ]
        })
    );
}

#[tokio::test]
async fn list_chat_completions_sends_the_exact_query_with_deep_object_metadata() {
    let server = MockServer::start().await;
    let page = json!({
        "object": "list",
        "data": [completion_body()],
        "first_id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
        "last_id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
        "has_more": false
    });
    Mock::given(method("GET"))
        .and(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .expect(1)
        .mount(&server)
        .await;
    let params = ListChatCompletionsParams::default()
        .model("gpt-4o")
        .metadata(BTreeMap::from([("team".to_owned(), "a b&c=d".to_owned()), ("env".to_owned(), "prod".to_owned())]))
        .limit(2)
        .order(SortOrder::Desc);
    let list = client(&server.uri()).chat().completions().list(&params).await.unwrap();
    assert_eq!(list.data.len(), 1);
    assert!(!list.has_more);
    assert_eq!(list.data[0].choices[0].message.content.as_deref(), Some("A cat on a mat."));

    let received = only_request(&server).await;
    assert_eq!(received.method.as_str(), "GET");
    assert_eq!(header(&received, "content-type"), None, "a GET has no body");
    assert!(received.body.is_empty());
    assert_eq!(
        query_pairs(&received),
        pairs(&[
            ("model", "gpt-4o"),
            ("metadata[env]", "prod"),
            ("metadata[team]", "a b&c=d"),
            ("limit", "2"),
            ("order", "desc"),
        ])
    );
    // Reserved characters of values are escaped, a space as %20 (never `+`).
    let raw = received.url.query().unwrap();
    assert!(raw.contains("=a%20b%26c%3Dd"), "{raw}");
    assert!(!raw.contains('+'), "{raw}");
}

#[tokio::test]
async fn list_run_steps_sends_bracketed_array_params_and_the_beta_header() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/threads/thread_abc/runs/run_abc/steps"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "data": [], "first_id": null, "last_id": null, "has_more": false
        })))
        .expect(1)
        .mount(&server)
        .await;
    let params = ListRunStepsParams::new()
        .limit(20)
        .order(SortOrder::Asc)
        .before("step_0")
        .include(vec![RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent]);
    let list = client(&server.uri()).threads().runs().steps().list("thread_abc", "run_abc", &params).await.unwrap();
    assert!(list.data.is_empty());
    let received = only_request(&server).await;
    assert_eq!(header(&received, "openai-beta"), Some("assistants=v2"));
    assert_eq!(
        query_pairs(&received),
        pairs(&[
            ("limit", "20"),
            ("order", "asc"),
            ("before", "step_0"),
            ("include[]", "step_details.tool_calls[*].file_search.results[*].content"),
        ])
    );
}

#[tokio::test]
async fn retrieve_percent_encodes_path_parameters() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(completion_body()))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "chat.completion.deleted", "id": "x", "deleted": true
        })))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let completion = client.chat().completions().retrieve("chatcmpl-AB_12.3~x").await.unwrap();
    assert_eq!(completion.model, "gpt-4o-mini-2024-07-18");
    client.chat().completions().retrieve("odd/id with space?q=1#frag%25é").await.unwrap();
    let deleted = client.chat().completions().delete("../admin").await.unwrap();
    assert!(deleted.deleted);
    let requests = server.received_requests().await.unwrap();
    let paths: Vec<(&str, &str, Option<&str>)> =
        requests.iter().map(|r| (r.method.as_str(), r.url.path(), r.url.query())).collect();
    assert_eq!(
        paths,
        [
            ("GET", "/v1/chat/completions/chatcmpl-AB_12.3~x", None),
            ("GET", "/v1/chat/completions/odd%2Fid%20with%20space%3Fq%3D1%23frag%2525%C3%A9", None),
            // A dot segment stays one escaped segment: it cannot climb out of the resource.
            ("DELETE", "/v1/chat/completions/..%2Fadmin", None),
        ]
    );
}

#[tokio::test]
async fn nested_path_parameters_are_each_encoded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "run 1", "object": "thread.run", "thread_id": "thread/1", "status": "queued"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let run = client(&server.uri()).threads().runs().retrieve("thread/1", "run 1").await.unwrap();
    assert_eq!((run.id.as_str(), run.thread_id.as_str()), ("run 1", "thread/1"));
    assert_eq!(run.status, RunObjectStatus::Queued);
    let received = only_request(&server).await;
    assert_eq!(received.url.path(), "/v1/threads/thread%2F1/runs/run%201");
    assert_eq!(header(&received, "openai-beta"), Some("assistants=v2"));
}

#[tokio::test]
async fn file_content_is_returned_as_the_exact_bytes() {
    let server = MockServer::start().await;
    let mut contents: Vec<u8> = (0..=255).collect();
    contents.extend_from_slice(b"{\"prompt\": \"x\"}\r\n\x00\xff");
    Mock::given(method("GET"))
        .and(path("/v1/files/file-abc123/content"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(contents.clone(), "application/octet-stream"))
        .expect(1)
        .mount(&server)
        .await;
    let bytes = client(&server.uri()).files().content("file-abc123").await.unwrap();
    assert_eq!(&bytes[..], &contents[..]);
    let received = only_request(&server).await;
    assert_eq!(header(&received, "accept"), Some("*/*"));
}

#[tokio::test]
async fn speech_sends_json_and_returns_audio_bytes() {
    let server = MockServer::start().await;
    let audio: Vec<u8> = b"RIFF\x24\x00\x00\x00WAVEfmt ".iter().copied().chain((0..200u8).rev()).collect();
    Mock::given(method("POST"))
        .and(path("/v1/audio/speech"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(audio.clone(), "audio/wav"))
        .expect(1)
        .mount(&server)
        .await;
    let request = CreateSpeechRequest::new("gpt-4o-mini-tts", "Today is a wonderful day.", "coral".to_owned())
        .response_format(CreateSpeechRequestResponseFormat::Wav)
        .speed(1.25);
    let bytes = client(&server.uri()).audio().speech().create(&request).await.unwrap();
    assert_eq!(&bytes[..], &audio[..]);
    let received = only_request(&server).await;
    assert_eq!(header(&received, "content-type"), Some("application/json"));
    assert_eq!(header(&received, "accept"), Some("*/*"));
    assert_eq!(
        body_json(&received),
        json!({
            "model": "gpt-4o-mini-tts",
            "input": "Today is a wonderful day.",
            "voice": "coral",
            "response_format": "wav",
            "speed": 1.25
        })
    );
}

#[tokio::test]
async fn empty_success_body_is_unit() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/responses/resp_123"))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    let () = builder(&server.uri()).build().unwrap().responses().delete("resp_123").await.unwrap();
    let received = only_request(&server).await;
    assert_eq!(received.method.as_str(), "DELETE");
    assert!(received.body.is_empty());
}

/// `files().delete("")` would send `DELETE /files/`, another resource: the call fails
/// naming the parameter and the server sees nothing.
#[tokio::test]
async fn an_empty_path_parameter_fails_without_a_request() {
    let server = MockServer::start().await;
    let client = client(&server.uri());
    let error = client.files().delete("").await.unwrap_err();
    assert!(matches!(&error, openai_client::Error::EmptyPathParameter(name) if name == "file_id"), "{error:?}");
    assert_eq!(error.to_string(), "the path parameter `file_id` is empty; no request was sent");
    let error = client.chat().completions().messages().list("", &Default::default()).await.unwrap_err();
    assert!(matches!(&error, openai_client::Error::EmptyPathParameter(name) if name == "completion_id"), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}
