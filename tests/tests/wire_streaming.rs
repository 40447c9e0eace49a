//! Wire tests: server-sent event streams of the generated client over real HTTP.
//! Chat completion chunks ending at `[DONE]`, Responses-API events (typed, unknown and
//! error), Assistants run events named by `event:` lines, incremental delivery and
//! the idle timeout.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use openai_client::types::*;
use openai_client::{Error, EventStream};
use serde_json::{Value, json};
use tests::wire::{RawServer, Step, builder, client, sse_data, sse_event, sse_head, write};
use tokio::sync::Notify;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Waits for the next stream item, failing the test instead of hanging.
async fn next<T: openai_client::runtime::StreamEvent>(stream: &mut EventStream<T>) -> Option<openai_client::Result<T>> {
    tokio::time::timeout(Duration::from_secs(5), stream.next()).await.expect("the stream stalled")
}

fn chunk(delta: Value, finish_reason: Value) -> Value {
    json!({
        "id": "chatcmpl-123",
        "object": "chat.completion.chunk",
        "created": 1694268190,
        "model": "gpt-4o-mini",
        "system_fingerprint": "fp_44709d6fcb",
        "choices": [{"index": 0, "delta": delta, "logprobs": null, "finish_reason": finish_reason}]
    })
}

fn chat_request() -> CreateChatCompletionRequest {
    CreateChatCompletionRequest::new(vec![ChatCompletionRequestUserMessage::new("Say hello").into()], "gpt-4o-mini")
        .stream_options(ChatCompletionStreamOptions::default().include_usage(true))
}

#[tokio::test]
async fn chat_stream_yields_typed_chunks_and_ends_at_done() {
    let server = MockServer::start().await;
    let usage = json!({
        "id": "chatcmpl-123", "object": "chat.completion.chunk", "created": 1694268190,
        "model": "gpt-4o-mini", "choices": [],
        "usage": {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}
    });
    let body = [
        sse_data(&chunk(json!({"role": "assistant", "content": "", "refusal": null}), Value::Null)),
        ": keep-alive comment\n\n".to_owned(),
        sse_data(&chunk(json!({"content": "Hel"}), Value::Null)),
        sse_data(&chunk(json!({"content": "lo"}), Value::Null)),
        sse_data(&chunk(json!({}), json!("stop"))),
        sse_data(&usage),
        "data: [DONE]\n\n".to_owned(),
        sse_data(&chunk(json!({"content": "after the end"}), Value::Null)),
    ]
    .concat();
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "req_stream_1")
                .set_body_raw(body, "text/event-stream"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let mut stream = client(&server.uri()).chat().completions().create_stream(&chat_request()).await.unwrap();
    assert_eq!(stream.request_id(), Some("req_stream_1"));
    let mut chunks = Vec::new();
    while let Some(item) = next(&mut stream).await {
        chunks.push(item.unwrap());
    }
    assert_eq!(chunks.len(), 5, "{chunks:#?}");
    assert_eq!(chunks[0].choices[0].delta.role, Some(ChatCompletionStreamResponseDeltaRole::Assistant));
    let text: String = chunks.iter().filter_map(|c| c.choices.first()?.delta.content.clone()).collect();
    assert_eq!(text, "Hello");
    assert!(chunks[..3].iter().all(|c| c.choices[0].finish_reason.is_none()));
    assert_eq!(chunks[3].choices[0].finish_reason, Some(ChatCompletionStreamChoiceFinishReason::Stop));
    assert!(chunks[4].choices.is_empty());
    assert_eq!(chunks[4].usage.as_ref().map(|u| u.total_tokens), Some(11));
    assert!(chunks.iter().all(|c| c.id == "chatcmpl-123" && c.object == "chat.completion.chunk"));
    assert!(next(&mut stream).await.is_none(), "the stream stays ended");

    let received = &server.received_requests().await.unwrap()[0];
    assert_eq!(received.headers.get("accept").unwrap(), "text/event-stream");
    let sent: Value = serde_json::from_slice(&received.body).unwrap();
    assert_eq!(
        sent,
        json!({
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": "Say hello"}],
            "stream": true,
            "stream_options": {"include_usage": true}
        })
    );
}

#[tokio::test]
async fn chat_stream_delivers_each_chunk_as_it_arrives() {
    let release = Arc::new(Notify::new());
    let first = sse_data(&chunk(json!({"role": "assistant", "content": "héllo wörld €"}), Value::Null));
    // The first event arrives in pieces: inside a multi-byte character, and between
    // the CR and LF of a CRLF line ending.
    let first = first.replace("\n\n", "\r\n\r\n");
    let cut_utf8 = first.find('é').unwrap() + 1;
    let cut_crlf = first.len() - 3;
    let second = [sse_data(&chunk(json!({}), json!("stop"))), "data: [DONE]\n\n".to_owned()].concat();
    let server = RawServer::start(vec![vec![
        write(sse_head("req_incremental")),
        write(&first.as_bytes()[..cut_utf8]),
        Step::Sleep(Duration::from_millis(20)),
        write(&first.as_bytes()[cut_utf8..cut_crlf]),
        Step::Sleep(Duration::from_millis(20)),
        write(&first.as_bytes()[cut_crlf..]),
        // Nothing more until the client has seen the first event: a client that
        // buffered the body would wait here for ever.
        Step::WaitFor(release.clone()),
        write(second),
    ]])
    .await;
    let mut stream = client(&server.base).chat().completions().create_stream(&chat_request()).await.unwrap();
    assert_eq!(stream.request_id(), Some("req_incremental"));
    let event = next(&mut stream).await.expect("an event").unwrap();
    assert_eq!(event.choices[0].delta.content.as_deref(), Some("héllo wörld €"));
    release.notify_one();
    let last = next(&mut stream).await.expect("an event").unwrap();
    assert_eq!(last.choices[0].finish_reason, Some(ChatCompletionStreamChoiceFinishReason::Stop));
    assert!(next(&mut stream).await.is_none());
    let request = &server.requests()[0];
    assert_eq!(request.request_line(), "POST /v1/chat/completions HTTP/1.1");
    assert_eq!(request.header("accept"), Some("text/event-stream"));
}

#[tokio::test]
async fn idle_stream_times_out_after_the_per_call_timeout() {
    let server = RawServer::start(vec![vec![
        write(sse_head("req_idle")),
        write(sse_data(&chunk(json!({"content": "a"}), Value::Null))),
        Step::Sleep(Duration::from_secs(10)),
    ]])
    .await;
    let mut stream = client(&server.base)
        .chat()
        .completions()
        .create_stream(&chat_request())
        .timeout(Duration::from_millis(300))
        .await
        .unwrap();
    assert!(next(&mut stream).await.unwrap().is_ok());
    let err = next(&mut stream).await.expect("a timeout").unwrap_err();
    assert!(matches!(err, Error::Timeout(d) if d == Duration::from_millis(300)), "{err:?}");
    assert!(next(&mut stream).await.is_none());
}

fn response_object(status: &str, output: Value) -> Value {
    json!({
        "id": "resp_1", "object": "response", "created_at": 1741290958, "status": status,
        "model": "gpt-5", "output": output, "parallel_tool_calls": true,
        "tool_choice": "auto", "tools": []
    })
}

#[tokio::test]
async fn responses_stream_yields_typed_and_unknown_events() {
    let server = MockServer::start().await;
    let message = json!({
        "id": "msg_1", "type": "message", "status": "completed", "role": "assistant",
        "content": [{"type": "output_text", "text": "Hello", "annotations": [], "logprobs": []}]
    });
    let events = [
        json!({"type": "response.created", "sequence_number": 0, "response": response_object("in_progress", json!([]))}),
        json!({"type": "response.output_item.added", "sequence_number": 1, "output_index": 0,
               "item": {"id": "msg_1", "type": "message", "status": "in_progress", "role": "assistant", "content": []}}),
        json!({"type": "response.output_text.delta", "sequence_number": 2, "item_id": "msg_1",
               "output_index": 0, "content_index": 0, "delta": "Hel", "logprobs": []}),
        json!({"type": "response.hologram.delta", "sequence_number": 3, "frames": [1, 2]}),
        json!({"type": "response.output_text.delta", "sequence_number": 4, "item_id": "msg_1",
               "output_index": 0, "content_index": 0, "delta": "lo", "logprobs": []}),
        json!({"type": "response.output_text.done", "sequence_number": 5, "item_id": "msg_1",
               "output_index": 0, "content_index": 0, "text": "Hello", "logprobs": []}),
        json!({"type": "response.completed", "sequence_number": 6, "response": response_object("completed", json!([message]))}),
    ];
    // The real API names each event and does not send `[DONE]`: the stream ends at EOF.
    let body: String = events.iter().map(|e| sse_event(e["type"].as_str().unwrap(), e)).collect();
    Mock::given(method("POST"))
        .and(path("/v1/responses"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "text/event-stream"))
        .expect(1)
        .mount(&server)
        .await;
    let request = CreateResponseRequest::new().model("gpt-5").input("Say hello");
    let mut stream = client(&server.uri()).responses().create_stream(&request).await.unwrap();
    let mut received = Vec::new();
    while let Some(item) = next(&mut stream).await {
        received.push(item.unwrap());
    }
    assert_eq!(received.len(), 7, "{received:#?}");
    let ResponseStreamEvent::ResponseCreated(created) = &received[0] else { panic!("{:?}", received[0]) };
    assert_eq!(created.response.id, "resp_1");
    assert_eq!(created.response.status, Some(ResponseStatus::InProgress));
    assert!(matches!(
        &received[1],
        ResponseStreamEvent::ResponseOutputItemAdded(e) if matches!(&e.item, OutputItem::Message(m) if m.id == "msg_1")
    ));
    let deltas: Vec<(&str, i64)> = received
        .iter()
        .filter_map(|e| match e {
            ResponseStreamEvent::ResponseOutputTextDelta(d) => Some((d.delta.as_str(), d.sequence_number)),
            _ => None,
        })
        .collect();
    assert_eq!(deltas, [("Hel", 2), ("lo", 4)]);
    let ResponseStreamEvent::Unknown(unknown) = &received[3] else {
        panic!("an unknown event type must decode as Unknown, got {:?}", received[3])
    };
    assert_eq!(unknown, &events[3]);
    assert!(matches!(&received[5], ResponseStreamEvent::ResponseOutputTextDone(d) if d.text == "Hello"));
    let ResponseStreamEvent::ResponseCompleted(completed) = &received[6] else { panic!("{:?}", received[6]) };
    assert_eq!(completed.response.status, Some(ResponseStatus::Completed));
    assert_eq!(completed.response.output.len(), 1);

    let sent: Value = serde_json::from_slice(&server.received_requests().await.unwrap()[0].body).unwrap();
    assert_eq!(sent, json!({"model": "gpt-5", "input": "Say hello", "stream": true}));
}

#[tokio::test]
async fn responses_stream_error_event_is_a_stream_error_and_ends_the_stream() {
    let server = MockServer::start().await;
    let body = [
        sse_event(
            "response.created",
            &json!({"type": "response.created", "sequence_number": 0, "response": response_object("in_progress", json!([]))}),
        ),
        sse_event(
            "error",
            &json!({"type": "error", "code": "server_error", "message": "The model crashed.", "param": null, "sequence_number": 1}),
        ),
        sse_event(
            "response.completed",
            &json!({"type": "response.completed", "sequence_number": 2, "response": response_object("completed", json!([]))}),
        ),
    ]
    .concat();
    Mock::given(path("/v1/responses"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "req_stream_err")
                .set_body_raw(body, "text/event-stream"),
        )
        .mount(&server)
        .await;
    let mut stream = client(&server.uri())
        .responses()
        .create_stream(&CreateResponseRequest::new().model("gpt-5").input("hi"))
        .await
        .unwrap();
    assert!(matches!(next(&mut stream).await, Some(Ok(ResponseStreamEvent::ResponseCreated(_)))));
    let err = next(&mut stream).await.expect("an error").unwrap_err();
    let Error::Stream(stream_error) = &err else { panic!("expected Error::Stream, got {err:?}") };
    assert_eq!(stream_error.message, "The model crashed.");
    assert_eq!(stream_error.code.as_deref(), Some("server_error"));
    assert_eq!(stream_error.event.as_deref(), Some("error"));
    assert_eq!(stream_error.request_id.as_deref(), Some("req_stream_err"));
    assert!(next(&mut stream).await.is_none(), "nothing after the error");
}

fn run(status: &str) -> Value {
    json!({
        "id": "run_123", "object": "thread.run", "created_at": 1710330640,
        "assistant_id": "asst_123", "thread_id": "thread_123", "status": status,
        "started_at": null, "expires_at": 1710331240, "cancelled_at": null, "failed_at": null,
        "completed_at": null, "required_action": null, "last_error": null, "model": "gpt-4o",
        "instructions": null, "tools": [], "metadata": {}, "temperature": 1.0, "top_p": 1.0,
        "max_completion_tokens": null, "max_prompt_tokens": null,
        "truncation_strategy": {"type": "auto", "last_messages": null},
        "incomplete_details": null, "usage": null, "response_format": "auto",
        "tool_choice": "auto", "parallel_tool_calls": true
    })
}

#[tokio::test]
async fn assistants_run_stream_decodes_events_named_by_the_event_line() {
    let server = MockServer::start().await;
    let delta = json!({
        "id": "msg_123", "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hello", "annotations": []}}]}
    });
    let teleported = json!({"id": "step_1", "object": "thread.run.step", "teleport": true});
    let body = [
        sse_event("thread.run.created", &run("queued")),
        sse_event("thread.message.delta", &delta),
        sse_event("thread.run.step.teleported", &teleported),
        sse_event("thread.run.completed", &run("completed")),
        "event: done\ndata: [DONE]\n\n".to_owned(),
        sse_event("thread.run.created", &run("queued")),
    ]
    .concat();
    Mock::given(method("POST"))
        .and(path("/v1/threads/thread_123/runs"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "text/event-stream"))
        .expect(1)
        .mount(&server)
        .await;
    let params =
        CreateRunParams::default().include(vec![RunStepIncludeItem::StepDetailsToolCallsFileSearchResultsContent]);
    let request = CreateRunRequest::new("asst_123").additional_instructions("Be brief.");
    let mut stream =
        client(&server.uri()).threads().runs().create_stream("thread_123", &params, &request).await.unwrap();
    let mut received = Vec::new();
    while let Some(item) = next(&mut stream).await {
        received.push(item.unwrap());
    }
    assert_eq!(received.len(), 4, "{received:#?}");
    let AssistantStreamEvent::ThreadRunCreated(created) = &received[0] else { panic!("{:?}", received[0]) };
    assert_eq!(created.event, "thread.run.created");
    assert_eq!((created.data.id.as_str(), &created.data.status), ("run_123", &RunObjectStatus::Queued));
    let AssistantStreamEvent::ThreadMessageDelta(message) = &received[1] else { panic!("{:?}", received[1]) };
    let content = message.data.delta.content.as_ref().expect("content");
    let MessageDeltaContent::Text(text) = &content[0] else { panic!("{:?}", content[0]) };
    assert_eq!(text.text.as_ref().and_then(|t| t.value.as_deref()), Some("Hello"));
    // An event name the client does not know: kept with its name and data.
    let AssistantStreamEvent::Unknown(unknown) = &received[2] else {
        panic!("expected Unknown, got {:?}", received[2])
    };
    assert_eq!(unknown["event"], "thread.run.step.teleported");
    assert_eq!(unknown["data"], teleported);
    assert!(matches!(
        &received[3],
        AssistantStreamEvent::ThreadRunCompleted(e) if e.data.status == RunObjectStatus::Completed
    ));

    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.headers.get("openai-beta").unwrap(), "assistants=v2");
    assert_eq!(sent.headers.get("accept").unwrap(), "text/event-stream");
    assert_eq!(
        sent.url.query_pairs().collect::<Vec<_>>(),
        [("include[]".into(), "step_details.tool_calls[*].file_search.results[*].content".into())]
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&sent.body).unwrap(),
        json!({"assistant_id": "asst_123", "additional_instructions": "Be brief.", "stream": true})
    );
}

#[tokio::test]
async fn stream_errors_before_the_body_are_retried_then_typed() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            [sse_data(&chunk(json!({"content": "ok"}), json!("stop"))), "data: [DONE]\n\n".to_owned()].concat(),
            "text/event-stream",
        ))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(401).insert_header("x-request-id", "req_401").set_body_json(json!({
            "error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}
        })))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_retries(2).build().unwrap();
    let mut stream = client.chat().completions().create_stream(&chat_request()).await.unwrap();
    assert_eq!(next(&mut stream).await.unwrap().unwrap().choices[0].delta.content.as_deref(), Some("ok"));
    assert!(next(&mut stream).await.is_none());
    let err = client.chat().completions().create_stream(&chat_request()).await.unwrap_err();
    let api = err.as_api().unwrap_or_else(|| panic!("{err:?}"));
    assert!(api.is_authentication());
    assert_eq!(api.code.as_deref(), Some("invalid_api_key"));
    assert_eq!(api.request_id.as_deref(), Some("req_401"));
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

/// Reads a stream to its end: the items before the first error, and that error.
async fn drain<T: openai_client::runtime::StreamEvent>(stream: &mut EventStream<T>) -> (Vec<T>, Vec<Error>) {
    let (mut events, mut errors) = (Vec::new(), Vec::new());
    while let Some(item) = next(stream).await {
        match item {
            Ok(event) => events.push(event),
            Err(error) => errors.push(error),
        }
    }
    (events, errors)
}

/// The one error of a cut stream, checked field by field.
fn assert_cut(errors: &[Error], events: usize, request_id: &str) {
    let [Error::IncompleteStream(cut)] = errors else { panic!("expected one IncompleteStream, got {errors:?}") };
    assert_eq!((cut.events, cut.request_id.as_deref()), (events, Some(request_id)));
    assert_eq!(errors[0].request_id(), Some(request_id));
}

/// A connection closed cleanly before `data: [DONE]`: two chunks, then one error (with
/// the request id and the count), then the end — never two `Ok`s and a silent `None`.
#[tokio::test]
async fn a_chat_stream_cut_before_done_ends_with_an_error() {
    let body = [
        sse_data(&chunk(json!({"role": "assistant", "content": "Hel"}), Value::Null)),
        sse_data(&chunk(json!({"content": "lo"}), Value::Null)),
    ]
    .concat();
    let server = RawServer::start(vec![vec![write(sse_head("req_cut_chat")), write(body)]]).await;
    let mut stream = client(&server.base).chat().completions().create_stream(&chat_request()).await.unwrap();
    let (chunks, errors) = drain(&mut stream).await;
    assert_eq!(chunks.len(), 2);
    assert_cut(&errors, 2, "req_cut_chat");
    assert_eq!(
        errors[0].to_string(),
        "the event stream ended after 2 events without `data: [DONE]`: the connection was cut (request id req_cut_chat)"
    );
    assert!(next(&mut stream).await.is_none(), "nothing after the error");
}

/// A Responses stream is complete at `response.completed`, `response.failed`,
/// `response.incomplete` or `error`, named by the `event:` line or only by the data's
/// `type`; without one, the end of the body is an error.
#[tokio::test]
async fn a_responses_stream_is_complete_only_at_its_terminal_event() {
    let created = json!({"type": "response.created", "sequence_number": 0, "response": response_object("in_progress", json!([]))});
    let delta = json!({"type": "response.output_text.delta", "sequence_number": 1, "item_id": "msg_1",
                       "output_index": 0, "content_index": 0, "delta": "Hel", "logprobs": []});
    let incomplete = json!({"type": "response.incomplete", "sequence_number": 2, "response": response_object("incomplete", json!([]))});
    let request = CreateResponseRequest::new().model("gpt-5").input("Say hello");

    let cut = [sse_event("response.created", &created), sse_event("response.output_text.delta", &delta)].concat();
    // Terminal by `type` alone (no `event:` lines), with junk after it that is not read.
    let complete = [sse_data(&created), sse_data(&delta), sse_data(&incomplete), sse_data(&delta)].concat();
    let server = RawServer::start(vec![
        vec![write(sse_head("req_cut_responses")), write(cut)],
        vec![write(sse_head("req_complete_responses")), write(complete)],
    ])
    .await;
    let client = client(&server.base);

    let mut stream = client.responses().create_stream(&request).await.unwrap();
    let (events, errors) = drain(&mut stream).await;
    assert_eq!(events.len(), 2);
    assert_cut(&errors, 2, "req_cut_responses");
    let shown = errors[0].to_string();
    assert!(
        shown.contains(
            "without a final event (`response.completed`, `response.failed`, `response.incomplete` or `error`)"
        ),
        "{shown}"
    );

    let mut stream = client.responses().create_stream(&request).await.unwrap();
    let (events, errors) = drain(&mut stream).await;
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(events.len(), 3);
    assert!(matches!(&events[2], ResponseStreamEvent::ResponseIncomplete(_)), "{:?}", events[2]);
}

/// An Assistants run stream is complete at `event: done`; cut before it, it ends with an error.
#[tokio::test]
async fn an_assistants_run_stream_cut_before_done_ends_with_an_error() {
    let body =
        [sse_event("thread.run.created", &run("queued")), sse_event("thread.run.in_progress", &run("in_progress"))]
            .concat();
    let server = RawServer::start(vec![vec![write(sse_head("req_cut_run")), write(body)]]).await;
    let request = CreateRunRequest::new("asst_123");
    let mut stream = client(&server.base)
        .threads()
        .runs()
        .create_stream("thread_123", &CreateRunParams::default(), &request)
        .await
        .unwrap();
    let (events, errors) = drain(&mut stream).await;
    assert_eq!(events.len(), 2);
    assert_cut(&errors, 2, "req_cut_run");
}
