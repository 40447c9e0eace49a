//! Wire tests of the spec's hand-written helpers (`spec/rust/`, copied into
//! `openai_client::helpers`): streams folded into their final object while they arrive,
//! the readers of a completion and a response, structured outputs and typed function
//! tools (the exact schema sent, the answer parsed or refused), and free-form JSON fields
//! that take `json!` values.

use std::collections::BTreeMap;

use openai_client::Error;
use openai_client::runtime::OutputError;
use openai_client::types::*;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{Value, json};
use tests::wire::{client, sse_data, sse_event};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn serve(server: &MockServer, route: &str, body: String, content_type: &str) {
    Mock::given(method("POST"))
        .and(path(route))
        .respond_with(
            ResponseTemplate::new(200).insert_header("x-request-id", "req_helpers").set_body_raw(body, content_type),
        )
        .mount(server)
        .await;
}

/// The JSON body of the one request the server received.
async fn sent_body(server: &MockServer) -> Value {
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    serde_json::from_slice(&requests[0].body).unwrap()
}

fn chunk(choices: Value) -> Value {
    json!({"id": "chatcmpl-9", "object": "chat.completion.chunk", "created": 1700000000, "model": "gpt-4o-mini",
        "system_fingerprint": "fp_1", "choices": choices})
}

/// A recorded chat stream: text in pieces with logprobs, then two tool calls whose
/// argument pieces interleave (by `index`), then usage in a chunk without choices.
fn recorded_chat_stream() -> String {
    let lp = |token: &str| json!({"token": token, "logprob": -0.1, "bytes": null, "top_logprobs": []});
    [
        chunk(json!([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": null}])),
        chunk(json!([{"index": 0, "delta": {"content": "Let me "}, "logprobs": {"content": [lp("Let"), lp(" me ")]}, "finish_reason": null}])),
        chunk(json!([{"index": 0, "delta": {"content": "check."}, "logprobs": {"content": [lp("check.")]}, "finish_reason": null}])),
        chunk(json!([{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": "call_a", "type": "function",
            "function": {"name": "get_weather", "arguments": ""}}]}, "finish_reason": null}])),
        chunk(json!([{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "{\"city\":"}}]}, "finish_reason": null}])),
        chunk(json!([{"index": 0, "delta": {"tool_calls": [{"index": 1, "id": "call_b", "type": "function",
            "function": {"name": "get_time", "arguments": "{\"zone\":"}}]}, "finish_reason": null}])),
        chunk(json!([{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "\"Oslo\"}"}},
            {"index": 1, "function": {"arguments": "\"CET\"}"}}]}, "finish_reason": null}])),
        chunk(json!([{"index": 0, "delta": {}, "finish_reason": "tool_calls"}])),
        json!({"id": "chatcmpl-9", "object": "chat.completion.chunk", "created": 1700000000, "model": "gpt-4o-mini",
            "choices": [], "usage": {"prompt_tokens": 20, "completion_tokens": 12, "total_tokens": 32}}),
    ]
    .iter()
    .map(sse_data)
    .chain(["data: [DONE]\n\n".to_owned()])
    .collect()
}

fn chat_request() -> CreateChatCompletionRequest {
    CreateChatCompletionRequest::new(
        vec![ChatCompletionRequestUserMessage::new("Weather in Oslo?").into()],
        "gpt-4o-mini",
    )
}

#[tokio::test]
async fn a_chat_stream_folds_into_the_completion_it_adds_up_to() {
    let server = MockServer::start().await;
    serve(&server, "/v1/chat/completions", recorded_chat_stream(), "text/event-stream").await;
    let stream = client(&server.uri()).chat().completions().create_stream(&chat_request()).await.unwrap();
    let mut stream = stream.accumulate();
    assert_eq!(stream.request_id(), Some("req_helpers"));
    let mut texts = Vec::new();
    let mut events = 0;
    while let Some(item) = stream.next().await {
        let (chunk, snapshot) = item.unwrap();
        events += 1;
        // The snapshot is there with each event: the text so far, chunk by chunk.
        texts.push(snapshot.content().unwrap_or("").to_owned());
        if events == 2 {
            assert_eq!(chunk.content(), Some("Let me "));
        }
    }
    assert_eq!(events, 9);
    assert_eq!(texts[..4], ["", "Let me ", "Let me check.", "Let me check."]);
    let (completion, whole) = stream.into_snapshot();
    assert!(whole);
    let lp = |token: &str| json!({"token": token, "logprob": -0.1, "bytes": null, "top_logprobs": []});
    let expected = json!({
        "id": "chatcmpl-9", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o-mini",
        "system_fingerprint": "fp_1",
        "choices": [{
            "index": 0,
            "message": {
                "role": "assistant", "content": "Let me check.", "refusal": null,
                "tool_calls": [
                    {"id": "call_a", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}},
                    {"id": "call_b", "type": "function", "function": {"name": "get_time", "arguments": "{\"zone\":\"CET\"}"}}
                ]
            },
            "finish_reason": "tool_calls",
            "logprobs": {"content": [lp("Let"), lp(" me "), lp("check.")], "refusal": null}
        }],
        "usage": {"prompt_tokens": 20, "completion_tokens": 12, "total_tokens": 32}
    });
    assert_eq!(serde_json::to_value(&completion).unwrap(), expected);
    // The readers.
    let message = completion.first_message().unwrap();
    let calls: Vec<(&str, &str)> =
        message.function_calls().map(|c| (c.id.as_str(), c.function.name.as_str())).collect();
    assert_eq!(calls, [("call_a", "get_weather"), ("call_b", "get_time")]);
    #[derive(Deserialize, JsonSchema, PartialEq, Debug)]
    struct City {
        city: String,
    }
    let first = message.function_calls().next().unwrap();
    assert_eq!(first.parse_arguments::<City>().unwrap(), City { city: "Oslo".to_owned() });
}

#[tokio::test]
async fn finish_returns_the_final_completion_and_fails_on_a_cut_stream() {
    let server = MockServer::start().await;
    serve(&server, "/v1/chat/completions", recorded_chat_stream(), "text/event-stream").await;
    let api = client(&server.uri());
    let completion = api.chat().completions().create_stream(&chat_request()).await.unwrap().accumulate().finish().await;
    assert_eq!(completion.unwrap().choices[0].finish_reason, ChatCompletionChoiceFinishReason::ToolCalls);

    // The same stream cut before `[DONE]`: no complete-looking completion comes back.
    let cut = MockServer::start().await;
    let mut body = recorded_chat_stream();
    body.truncate(body.find("data: [DONE]").unwrap());
    serve(&cut, "/v1/chat/completions", body, "text/event-stream").await;
    let result = client(&cut.uri())
        .chat()
        .completions()
        .create_stream(&chat_request())
        .await
        .unwrap()
        .accumulate()
        .finish()
        .await;
    match result {
        Err(Error::IncompleteStream(incomplete)) => assert_eq!(incomplete.events, 9),
        other => panic!("expected IncompleteStream, got {other:?}"),
    }
}

fn response_object(status: &str, output: Value) -> Value {
    json!({"id": "resp_1", "object": "response", "created_at": 1700000000.0, "status": status, "model": "gpt-5",
        "output": output, "tools": [], "tool_choice": "auto", "parallel_tool_calls": true, "error": null,
        "incomplete_details": null})
}

/// A recorded Responses stream: a message written in two deltas, then a function call
/// whose arguments arrive in two pieces, then `response.completed`.
fn recorded_responses_stream() -> (String, Value) {
    let message = |text: &str, status: &str| {
        json!({"type": "message", "id": "msg_1", "role": "assistant", "status": status,
            "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}]})
    };
    let call = |arguments: &str, status: &str| {
        json!({"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather",
            "arguments": arguments, "status": status})
    };
    let final_output = json!([message("Hello world", "completed"), call("{\"city\":\"Oslo\"}", "completed")]);
    let events = [
        json!({"type": "response.created", "sequence_number": 0, "response": response_object("in_progress", json!([]))}),
        json!({"type": "response.output_item.added", "sequence_number": 1, "output_index": 0,
            "item": {"type": "message", "id": "msg_1", "role": "assistant", "status": "in_progress", "content": []}}),
        json!({"type": "response.content_part.added", "sequence_number": 2, "item_id": "msg_1", "output_index": 0,
            "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": [], "logprobs": []}}),
        json!({"type": "response.output_text.delta", "sequence_number": 3, "item_id": "msg_1", "output_index": 0,
            "content_index": 0, "delta": "Hello", "logprobs": []}),
        json!({"type": "response.output_text.delta", "sequence_number": 4, "item_id": "msg_1", "output_index": 0,
            "content_index": 0, "delta": " world", "logprobs": []}),
        json!({"type": "response.output_text.done", "sequence_number": 5, "item_id": "msg_1", "output_index": 0,
            "content_index": 0, "text": "Hello world", "logprobs": []}),
        json!({"type": "response.output_item.done", "sequence_number": 6, "output_index": 0, "item": message("Hello world", "completed")}),
        json!({"type": "response.output_item.added", "sequence_number": 7, "output_index": 1, "item": call("", "in_progress")}),
        json!({"type": "response.function_call_arguments.delta", "sequence_number": 8, "item_id": "fc_1",
            "output_index": 1, "delta": "{\"city\":"}),
        json!({"type": "response.function_call_arguments.delta", "sequence_number": 9, "item_id": "fc_1",
            "output_index": 1, "delta": "\"Oslo\"}"}),
        json!({"type": "response.completed", "sequence_number": 10, "response": response_object("completed", final_output.clone())}),
    ];
    let body = events.iter().map(|e| sse_event(e["type"].as_str().unwrap(), e)).collect();
    (body, final_output)
}

#[tokio::test]
async fn a_responses_stream_folds_into_the_response() {
    let server = MockServer::start().await;
    let (body, final_output) = recorded_responses_stream();
    serve(&server, "/v1/responses", body, "text/event-stream").await;
    let request = CreateResponseRequest::new().model("gpt-5").input("Hi");
    let mut stream = client(&server.uri()).responses().create_stream(&request).await.unwrap().accumulate();
    let mut texts = Vec::new();
    let mut arguments = Vec::new();
    while let Some(item) = stream.next().await {
        let (event, snapshot) = item.unwrap();
        if event.text_delta().is_some() {
            texts.push(snapshot.output_text());
        }
        if matches!(event, ResponseStreamEvent::ResponseFunctionCallArgumentsDelta(_)) {
            arguments.push(snapshot.function_calls().next().unwrap().arguments.clone());
        }
        if matches!(event, ResponseStreamEvent::ResponseFunctionCallArgumentsDelta(_)) && arguments.len() == 2 {
            // Built from the deltas alone, before `response.completed` says it again.
            let output = serde_json::to_value(&snapshot.output).unwrap();
            let mut expected = final_output.clone();
            expected[1]["status"] = json!("in_progress");
            assert_eq!(output, expected);
        }
    }
    assert_eq!(texts, ["Hello", "Hello world"]);
    assert_eq!(arguments, ["{\"city\":", "{\"city\":\"Oslo\"}"]);
    let (response, whole) = stream.into_snapshot();
    assert!(whole);
    assert_eq!(serde_json::to_value(&response.output).unwrap(), final_output);
    assert_eq!(response.status, Some(ResponseStatus::Completed));
    assert_eq!(response.output_text(), "Hello world");
    assert_eq!(response.refusal(), None);
    assert_eq!(response.function_calls().map(|c| c.call_id.as_str()).collect::<Vec<_>>(), ["call_1"]);
}

/// How a user describes the answer they want.
#[derive(Deserialize, JsonSchema, PartialEq, Debug)]
struct Weather {
    /// City the forecast is for.
    city: String,
    temperature_c: f64,
    conditions: Conditions,
    wind: Option<Wind>,
    tags: Vec<String>,
}

#[derive(Deserialize, JsonSchema, PartialEq, Debug)]
#[serde(rename_all = "snake_case")]
enum Conditions {
    Sunny,
    Cloudy,
}

#[derive(Deserialize, JsonSchema, PartialEq, Debug)]
struct Wind {
    speed_kmh: u32,
}

/// The strict schema of `Weather`, as the API must receive it.
fn weather_schema() -> Value {
    json!({
        "type": "object",
        "properties": {
            "city": {"type": "string", "description": "City the forecast is for."},
            "temperature_c": {"type": "number"},
            "conditions": {"$ref": "#/$defs/Conditions"},
            "wind": {"anyOf": [{"$ref": "#/$defs/Wind"}, {"type": "null"}]},
            "tags": {"type": "array", "items": {"type": "string"}}
        },
        "required": ["city", "temperature_c", "conditions", "wind", "tags"],
        "additionalProperties": false,
        "$defs": {
            "Conditions": {"type": "string", "enum": ["sunny", "cloudy"]},
            "Wind": {
                "type": "object",
                "properties": {"speed_kmh": {"type": "integer", "minimum": 0}},
                "required": ["speed_kmh"],
                "additionalProperties": false
            }
        }
    })
}

fn completion_answering(message: Value, finish_reason: &str) -> String {
    json!({"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": null}]})
    .to_string()
}

#[tokio::test]
async fn a_rust_type_is_sent_as_a_strict_chat_response_format_and_parsed_back() {
    let server = MockServer::start().await;
    let answer = r#"{"city":"Oslo","temperature_c":-3.5,"conditions":"cloudy","wind":null,"tags":["cold"]}"#;
    serve(
        &server,
        "/v1/chat/completions",
        completion_answering(json!({"role": "assistant", "content": answer}), "stop"),
        "application/json",
    )
    .await;
    let request = chat_request().response_format(ResponseFormat::structured::<Weather>().unwrap());
    let completion = client(&server.uri()).chat().completions().create(&request).await.unwrap();
    let sent = sent_body(&server).await;
    assert_eq!(
        sent["response_format"],
        json!({"type": "json_schema", "json_schema": {"name": "Weather", "description": "How a user describes the answer they want.",
            "schema": weather_schema(), "strict": true}})
    );
    let weather: Weather = completion.parse().unwrap();
    assert_eq!(
        weather,
        Weather {
            city: "Oslo".to_owned(),
            temperature_c: -3.5,
            conditions: Conditions::Cloudy,
            wind: None,
            tags: vec!["cold".to_owned()]
        }
    );
}

#[tokio::test]
async fn a_refusal_a_cut_answer_and_a_wrong_answer_are_distinct_errors() {
    let refused: CreateChatCompletionResponse = serde_json::from_str(&completion_answering(
        json!({"role": "assistant", "content": null, "refusal": "I can't help with that."}),
        "stop",
    ))
    .unwrap();
    let error = refused.parse::<Weather>().unwrap_err();
    assert_eq!(error.refusal(), Some("I can't help with that."));
    let cut: CreateChatCompletionResponse = serde_json::from_str(&completion_answering(
        json!({"role": "assistant", "content": "{\"city\":\"Os"}),
        "length",
    ))
    .unwrap();
    assert!(matches!(cut.parse::<Weather>(), Err(OutputError::Missing(why)) if why.contains("length")));
    let wrong: CreateChatCompletionResponse = serde_json::from_str(&completion_answering(
        json!({"role": "assistant", "content": "{\"city\":\"Oslo\",\"temperature_c\":\"warm\"}"}),
        "stop",
    ))
    .unwrap();
    match wrong.parse::<Weather>() {
        Err(OutputError::Decode(e)) => assert_eq!(e.path, "temperature_c"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_rust_type_is_sent_as_the_responses_text_format_and_parsed_back() {
    let server = MockServer::start().await;
    let answer = r#"{"city":"Bergen","temperature_c":7.0,"conditions":"sunny","wind":{"speed_kmh":12},"tags":[]}"#;
    let output = json!([{"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
        "content": [{"type": "output_text", "text": answer, "annotations": [], "logprobs": []}]}]);
    serve(&server, "/v1/responses", response_object("completed", output).to_string(), "application/json").await;
    let request = CreateResponseRequest::new()
        .model("gpt-5")
        .input("Weather in Bergen?")
        .text(ResponseTextParam::structured::<Weather>().unwrap());
    let response = client(&server.uri()).responses().create(&request).await.unwrap();
    assert_eq!(
        sent_body(&server).await["text"],
        json!({"format": {"type": "json_schema", "name": "Weather", "description": "How a user describes the answer they want.",
            "schema": weather_schema(), "strict": true}})
    );
    let weather: Weather = response.parse().unwrap();
    assert_eq!(weather.wind, Some(Wind { speed_kmh: 12 }));

    let refusal = json!([{"type": "message", "id": "msg_2", "role": "assistant", "status": "completed",
        "content": [{"type": "refusal", "refusal": "No."}]}]);
    let refused: Response = serde_json::from_value(response_object("completed", refusal)).unwrap();
    assert_eq!(refused.parse::<Weather>().unwrap_err(), OutputError::Refusal("No.".to_owned()));
}

/// Arguments of a typed function tool.
#[derive(Deserialize, JsonSchema, PartialEq, Debug)]
struct GetWeather {
    /// The city to look up.
    city: String,
    unit: Option<String>,
}

#[tokio::test]
async fn typed_function_tools_send_a_strict_schema_and_parse_their_arguments() {
    let server = MockServer::start().await;
    let message = json!({"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
        "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\",\"unit\":null}"}}]});
    serve(&server, "/v1/chat/completions", completion_answering(message, "tool_calls"), "application/json").await;
    let tool = ChatCompletionTool::typed_function::<GetWeather>("get_weather", "Current weather in a city").unwrap();
    let request = chat_request().tools(vec![tool.into()]);
    let completion = client(&server.uri()).chat().completions().create(&request).await.unwrap();
    let parameters = json!({
        "type": "object",
        "properties": {"city": {"type": "string", "description": "The city to look up."}, "unit": {"type": ["string", "null"]}},
        "required": ["city", "unit"],
        "additionalProperties": false
    });
    assert_eq!(
        sent_body(&server).await["tools"],
        json!([{"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city",
            "parameters": parameters, "strict": true}}])
    );
    let call = completion.first_message().unwrap().function_calls().next().unwrap();
    assert_eq!(call.parse_arguments::<GetWeather>().unwrap(), GetWeather { city: "Oslo".to_owned(), unit: None });

    // The Responses API's function tool: the same schema, flat.
    let tool = FunctionTool::for_arguments::<GetWeather>("get_weather", "Current weather in a city").unwrap();
    assert_eq!(
        serde_json::to_value(&tool).unwrap(),
        json!({"type": "function", "name": "get_weather", "description": "Current weather in a city",
            "parameters": parameters, "strict": true})
    );
}

#[test]
fn types_that_cannot_be_strict_are_refused_with_the_place() {
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    struct WithMap {
        counts: BTreeMap<String, u32>,
    }
    let error = ResponseFormat::structured::<WithMap>().unwrap_err();
    assert_eq!(error.pointer, "/properties/counts");
    assert!(error.to_string().contains("free keys"), "{error}");
    let error = ResponseFormat::structured::<Conditions>().unwrap_err();
    assert_eq!(error.pointer, "");
    assert!(error.to_string().contains("root must be an object"), "{error}");
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    struct WithAny {
        extra: Value,
    }
    assert_eq!(ResponseFormat::structured::<WithAny>().unwrap_err().pointer, "/properties/extra");
}

#[tokio::test]
async fn free_form_json_fields_take_json_values_and_maps_take_pairs() {
    let server = MockServer::start().await;
    serve(
        &server,
        "/v1/chat/completions",
        completion_answering(json!({"role": "assistant", "content": "ok"}), "stop"),
        "application/json",
    )
    .await;
    let parameters = json!({"type": "object", "properties": {"city": {"type": "string"}}});
    let tool = ChatCompletionTool::new(FunctionObject::new("lookup").parameters(parameters.clone()));
    let request = chat_request().tools(vec![tool.into()]).metadata([("user", "42"), ("team", "ops")]);
    client(&server.uri()).chat().completions().create(&request).await.unwrap();
    let sent = sent_body(&server).await;
    assert_eq!(sent["tools"][0]["function"]["parameters"], parameters);
    assert_eq!(sent["metadata"], json!({"team": "ops", "user": "42"}));
}
