//! Runs every example binary as a user would, against a local mock of the API.
//!
//! Each test starts a wiremock server on 127.0.0.1 that answers exactly the endpoints its
//! example calls, with bodies shaped like the real API's, then runs the example's binary
//! (`CARGO_BIN_EXE_<name>`) with `OPENAI_BASE_URL` pointing at the mock, and checks what it
//! printed and what the mock received. Children get a cleared environment (nothing leaks in
//! from the developer's shell, no proxy, no real key) and are killed after [`TIMEOUT`].
//!
//! Adding an example: put it in `src/bin/<name>.rs`, add `<name>` to [`EXAMPLES`] and write
//! `async fn <name>()` here with [`Example`]; `every_example_has_a_test` fails until both
//! are done.

use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use openai_client::Webhooks;
use serde_json::{Value, json};
use tests::wire::parse_multipart;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, Command};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// The longest an example may run; a hang fails its test instead of blocking the run.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Every binary in `src/bin`, each with a test of the same name below.
const EXAMPLES: &[&str] = &[
    "assistant_run",
    "chat_stream",
    "embeddings",
    "fine_tuning",
    "function_calling",
    "realtime",
    "response",
    "speech",
    "structured_output",
    "webhook_handler",
];

// ---------------------------------------------------------------------------------------
// Running an example

/// An example binary about to run, with the environment it will see.
struct Example {
    name: &'static str,
    command: Command,
}

impl Example {
    fn new(name: &'static str, binary: &str) -> Example {
        let mut command = Command::new(binary);
        command.env_clear();
        // What the platform itself needs (the temporary directory, Windows' system root).
        for var in ["TMPDIR", "TMP", "TEMP", "SYSTEMROOT"] {
            if let Some(value) = std::env::var_os(var) {
                command.env(var, value);
            }
        }
        command
            .env("OPENAI_API_KEY", "test-key")
            .env("POLL_INTERVAL_MS", "10")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        Example { name, command }
    }

    /// Points the client at the mock. The client's default base URL is
    /// `https://api.openai.com/v1` and paths are appended to it, so the mock serves `/v1/...`
    /// as the real API does.
    fn against(mut self, server: &MockServer) -> Example {
        self.command.env("OPENAI_BASE_URL", format!("{}/v1", server.uri()));
        self
    }

    fn env(mut self, name: &str, value: &str) -> Example {
        self.command.env(name, value);
        self
    }

    fn arg(mut self, arg: impl AsRef<std::ffi::OsStr>) -> Example {
        self.command.arg(arg);
        self
    }

    fn spawn(mut self) -> Child {
        self.command.spawn().unwrap_or_else(|err| panic!("cannot start the example {}: {err}", self.name))
    }

    /// Runs the example to its end (or kills it after [`TIMEOUT`]).
    async fn run(self) -> Finished {
        let name = self.name;
        let child = self.spawn();
        // On timeout the future, and with it the child, is dropped: `kill_on_drop` kills it.
        let output = tokio::time::timeout(TIMEOUT, child.wait_with_output())
            .await
            .unwrap_or_else(|_| panic!("the example {name} did not finish within {TIMEOUT:?}; it was killed"))
            .unwrap_or_else(|err| panic!("waiting for the example {name}: {err}"));
        Finished {
            name,
            status: output.status,
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// What an example printed, and how it exited.
struct Finished {
    name: &'static str,
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl Finished {
    /// The exit status, stdout and stderr, for failure messages.
    fn report(&self) -> String {
        format!(
            "example {} exited with {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.name, self.status, self.stdout, self.stderr
        )
    }

    /// Checks that the example succeeded and printed exactly `expected`.
    fn assert_printed(&self, expected: &str) {
        assert!(self.status.success(), "{}", self.report());
        assert_eq!(self.stdout, expected, "unexpected stdout\n{}", self.report());
    }
}

// ---------------------------------------------------------------------------------------
// What the mock received

/// `METHOD /path` of every request the mock received, in order.
async fn calls(server: &MockServer) -> Vec<String> {
    received(server).await.iter().map(|r| format!("{} {}", r.method, r.url.path())).collect()
}

async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("request recording is on")
}

fn json_body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).unwrap_or_else(|err| {
        panic!("{} {} sent a body that is not JSON ({err}): {}", request.method, request.url, body_text(request))
    })
}

fn body_text(request: &Request) -> String {
    String::from_utf8_lossy(&request.body).into_owned()
}

fn header_of<'r>(request: &'r Request, name: &str) -> &'r str {
    request
        .headers
        .get(name)
        .map(|value| value.to_str().expect("a text header"))
        .unwrap_or_else(|| panic!("{} {} has no `{name}` header", request.method, request.url))
}

/// Answers with `answers` in turn, then repeats the last one: a job or run that is still
/// going the first times it is polled and finished afterwards.
struct InTurn {
    answers: Vec<ResponseTemplate>,
    next: AtomicUsize,
}

impl InTurn {
    fn new(answers: Vec<ResponseTemplate>) -> InTurn {
        InTurn { answers, next: AtomicUsize::new(0) }
    }
}

impl Respond for InTurn {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let turn = self.next.fetch_add(1, Ordering::SeqCst);
        self.answers[turn.min(self.answers.len() - 1)].clone()
    }
}

/// `value` with every schema's `required` list sorted. schemars lists required properties in
/// declaration order when serde_json keeps key order (its `preserve_order` feature, which
/// another crate of the build may turn on) and sorted otherwise; the order means nothing.
fn required_sorted(mut value: Value) -> Value {
    fn sort(value: &mut Value) {
        match value {
            Value::Object(map) => {
                for (key, item) in map.iter_mut() {
                    if let (true, Value::Array(names)) = (key == "required", &mut *item) {
                        names.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                    }
                    sort(item);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(sort),
            _ => {}
        }
    }
    sort(&mut value);
    value
}

fn ok_json(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body).insert_header("x-request-id", "req_mock")
}

// ---------------------------------------------------------------------------------------
// The examples

#[test]
fn every_example_has_a_test() {
    let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin");
    let mut found: Vec<String> = std::fs::read_dir(&bin)
        .expect("src/bin is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| path.file_stem().expect("a file name").to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, EXAMPLES, "src/bin and EXAMPLES differ: list every example in EXAMPLES");
    let source = include_str!("run_examples.rs");
    for name in EXAMPLES {
        assert!(
            source.contains(&format!("#[tokio::test]\nasync fn {name}() {{")),
            "the example {name} has no `#[tokio::test] async fn {name}()` in this file"
        );
    }
}

#[tokio::test]
async fn response() {
    let server = MockServer::start().await;
    let answer = "Sunlight scatters off air molecules, and blue light scatters the most.";
    Mock::given(method("POST"))
        .and(path("/v1/responses"))
        .and(header("authorization", "Bearer test-key"))
        .respond_with(ok_json(json!({
            "id": "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b",
            "object": "response",
            "created_at": 1741476542,
            "status": "completed",
            "error": null,
            "incomplete_details": null,
            "instructions": "Answer in one short sentence.",
            "max_output_tokens": null,
            "model": "gpt-5-mini-2025-08-07",
            "output": [
                { "type": "reasoning", "id": "rs_67ccd2bf17f0819081ff3bb2cf6508e6", "summary": [] },
                {
                    "type": "message",
                    "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b",
                    "status": "completed",
                    "role": "assistant",
                    "content": [{ "type": "output_text", "text": answer, "annotations": [] }]
                }
            ],
            "parallel_tool_calls": true,
            "previous_response_id": null,
            "reasoning": { "effort": "medium", "summary": null },
            "store": true,
            "temperature": 1.0,
            "text": { "format": { "type": "text" } },
            "tool_choice": "auto",
            "tools": [],
            "top_p": 1.0,
            "truncation": "disabled",
            "usage": {
                "input_tokens": 22,
                "input_tokens_details": { "cached_tokens": 0 },
                "output_tokens": 148,
                "output_tokens_details": { "reasoning_tokens": 128 },
                "total_tokens": 170
            },
            "user": null,
            "metadata": {}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let finished = Example::new("response", env!("CARGO_BIN_EXE_response")).against(&server).run().await;

    finished.assert_printed(&format!("{answer}\n"));
    let requests = received(&server).await;
    assert_eq!(calls(&server).await, ["POST /v1/responses"]);
    assert_eq!(
        json_body(&requests[0]),
        json!({
            "model": "gpt-5-mini",
            "instructions": "Answer in one short sentence.",
            "input": "Why is the sky blue?"
        })
    );
}

/// A completed Responses API answer whose one message says `text`.
fn response_with_text(text: &str) -> ResponseTemplate {
    ok_json(json!({
        "id": "resp_68b1c0d7e2a48193a1f4e5d6c7b8a9f0",
        "object": "response",
        "created_at": 1756479703,
        "status": "completed",
        "error": null,
        "incomplete_details": null,
        "model": "gpt-5-mini-2025-08-07",
        "output": [{
            "type": "message",
            "id": "msg_68b1c0d8f3b58193b2a5f6e7d8c9b0a1",
            "status": "completed",
            "role": "assistant",
            "content": [{ "type": "output_text", "text": text, "annotations": [] }]
        }],
        "parallel_tool_calls": true,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": 61,
            "input_tokens_details": { "cached_tokens": 0 },
            "output_tokens": 93,
            "output_tokens_details": { "reasoning_tokens": 0 },
            "total_tokens": 154
        },
        "metadata": {}
    }))
}

#[tokio::test]
async fn structured_output() {
    let server = MockServer::start().await;
    let recipe = json!({
        "name": "Pancakes",
        "servings": 4,
        "ingredients": [
            { "name": "flour", "quantity": "200 g" },
            { "name": "milk", "quantity": "300 ml" },
            { "name": "eggs", "quantity": "2" }
        ],
        "steps": ["Whisk everything into a batter.", "Fry ladlefuls in a hot pan, turning once."],
        "oven_minutes": null
    });
    Mock::given(method("POST"))
        .and(path("/v1/responses"))
        .respond_with(response_with_text(&recipe.to_string()))
        .expect(1)
        .mount(&server)
        .await;

    let finished =
        Example::new("structured_output", env!("CARGO_BIN_EXE_structured_output")).against(&server).run().await;

    finished.assert_printed(
        "Pancakes (serves 4)\n\
         - 200 g flour\n\
         - 300 ml milk\n\
         - 2 eggs\n\
         1. Whisk everything into a batter.\n\
         2. Fry ladlefuls in a hot pan, turning once.\n\
         no oven needed\n",
    );
    let requests = received(&server).await;
    assert_eq!(calls(&server).await, ["POST /v1/responses"]);
    // The type's schema in OpenAI's strict form: every object closed, every property
    // required, the `Option` a nullable type, the nested type under `$defs`.
    assert_eq!(
        required_sorted(json_body(&requests[0])),
        json!({
            "model": "gpt-5-mini",
            "input": "Give me a simple recipe for pancakes.",
            "text": {
                "format": {
                    "type": "json_schema",
                    "name": "Recipe",
                    "description": "A recipe, as the model must write it.",
                    "strict": true,
                    "schema": {
                        "type": "object",
                        "properties": {
                            "name": { "type": "string", "description": "The dish's name." },
                            "servings": { "type": "integer", "minimum": 0 },
                            "ingredients": { "type": "array", "items": { "$ref": "#/$defs/Ingredient" } },
                            "steps": {
                                "type": "array",
                                "items": { "type": "string" },
                                "description": "One entry per step, in order."
                            },
                            "oven_minutes": {
                                "type": ["integer", "null"],
                                "minimum": 0,
                                "description": "Minutes in the oven, or null when it is not baked."
                            }
                        },
                        "required": ["ingredients", "name", "oven_minutes", "servings", "steps"],
                        "additionalProperties": false,
                        "$defs": {
                            "Ingredient": {
                                "type": "object",
                                "properties": {
                                    "name": { "type": "string" },
                                    "quantity": { "type": "string" }
                                },
                                "required": ["name", "quantity"],
                                "additionalProperties": false
                            }
                        }
                    }
                }
            }
        })
    );
}

#[tokio::test]
async fn structured_output_refused() {
    let server = MockServer::start().await;
    let refusal = "I can't help with that.";
    Mock::given(method("POST"))
        .and(path("/v1/responses"))
        .respond_with(ok_json(json!({
            "id": "resp_68b1c0d7e2a48193a1f4e5d6c7b8a9f1",
            "object": "response",
            "created_at": 1756479703,
            "status": "completed",
            "model": "gpt-5-mini-2025-08-07",
            "output": [{
                "type": "message",
                "id": "msg_68b1c0d8f3b58193b2a5f6e7d8c9b0a2",
                "status": "completed",
                "role": "assistant",
                "content": [{ "type": "refusal", "refusal": refusal }]
            }],
            "parallel_tool_calls": true,
            "tool_choice": "auto",
            "tools": []
        })))
        .expect(1)
        .mount(&server)
        .await;

    let finished =
        Example::new("structured_output", env!("CARGO_BIN_EXE_structured_output")).against(&server).run().await;

    // A refusal is reported as such, not as JSON that failed to parse.
    finished.assert_printed(&format!("the model declined: {refusal}\n"));
}

#[tokio::test]
async fn chat_stream() {
    let server = MockServer::start().await;
    let tokens = [
        "Grey", " waves", " fold", " and", " break", ",\n", "salt", " wind", " carries", " gull", " voices", ",\n",
        "the", " tide", " keeps", " its", " time", ".",
    ];
    let chunk = |delta: Value, finish_reason: Value| {
        json!({
            "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
            "object": "chat.completion.chunk",
            "created": 1741570283,
            "model": "gpt-5-mini-2025-08-07",
            "service_tier": "default",
            "system_fingerprint": null,
            "choices": [{ "index": 0, "delta": delta, "logprobs": null, "finish_reason": finish_reason }]
        })
    };
    let mut events = vec![chunk(json!({ "role": "assistant", "content": "", "refusal": null }), Value::Null)];
    events.extend(tokens.iter().map(|token| chunk(json!({ "content": token }), Value::Null)));
    events.push(chunk(json!({}), json!("stop")));
    let mut body: String = events.iter().map(|event| format!("data: {event}\n\n")).collect();
    body.push_str("data: [DONE]\n\n");
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "text/event-stream"))
        .expect(1)
        .mount(&server)
        .await;

    let finished = Example::new("chat_stream", env!("CARGO_BIN_EXE_chat_stream")).against(&server).run().await;

    // Every token in order, with nothing between them, then the final newline.
    finished.assert_printed("Grey waves fold and break,\nsalt wind carries gull voices,\nthe tide keeps its time.\n");
    let requests = received(&server).await;
    assert_eq!(calls(&server).await, ["POST /v1/chat/completions"]);
    assert_eq!(
        json_body(&requests[0]),
        json!({
            "model": "gpt-5-mini",
            "messages": [
                { "role": "system", "content": "You are a concise poet." },
                { "role": "user", "content": "Write a haiku about the sea." }
            ],
            "stream": true
        })
    );
}

/// The model of the function-calling test: it asks for the weather in two cities, and once
/// the conversation holds a tool result it answers from them.
struct WeatherModel;

const PARIS_CALL: &str = "call_8pTFLk1QNGVhBTHRnr0zYfQd";
const TOKYO_CALL: &str = "call_U2lbHvKs2EnVjC3dKd2mNwXq";
const WEATHER_ANSWER: &str = "It is 18 °C and partly cloudy in Paris, and 24 °C and sunny in Tokyo.";

impl Respond for WeatherModel {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body = json_body(request);
        let messages = body["messages"].as_array().cloned().unwrap_or_default();
        let has_results = messages.iter().any(|message| message["role"] == "tool");
        let (message, finish_reason) = if has_results {
            (json!({ "role": "assistant", "content": WEATHER_ANSWER, "refusal": null, "annotations": [] }), "stop")
        } else {
            let call = |id: &str, city: &str| {
                json!({
                    "id": id,
                    "type": "function",
                    "function": { "name": "get_weather", "arguments": json!({ "city": city }).to_string() }
                })
            };
            let calls = json!([call(PARIS_CALL, "Paris"), call(TOKYO_CALL, "Tokyo")]);
            (
                json!({ "role": "assistant", "content": null, "refusal": null, "tool_calls": calls, "annotations": [] }),
                "tool_calls",
            )
        };
        ok_json(json!({
            "id": if has_results { "chatcmpl-B9MHEm2Xrj1Lwq4PqhP5yTd0Hc2dE" } else { "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG" },
            "object": "chat.completion",
            "created": 1741570283,
            "model": "gpt-5-mini-2025-08-07",
            "choices": [{ "index": 0, "message": message, "logprobs": null, "finish_reason": finish_reason }],
            "usage": { "prompt_tokens": 82, "completion_tokens": 47, "total_tokens": 129 },
            "service_tier": "default",
            "system_fingerprint": null
        }))
    }
}

#[tokio::test]
async fn function_calling() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/chat/completions"))
        .respond_with(WeatherModel)
        .expect(2)
        .mount(&server)
        .await;

    let finished =
        Example::new("function_calling", env!("CARGO_BIN_EXE_function_calling")).against(&server).run().await;

    finished.assert_printed(&format!("{WEATHER_ANSWER}\n"));
    let requests = received(&server).await;
    assert_eq!(calls(&server).await, ["POST /v1/chat/completions", "POST /v1/chat/completions"]);

    // The first request declares the tool, with the strict JSON Schema of its arguments type.
    let first = json_body(&requests[0]);
    assert_eq!(
        required_sorted(first["tools"].clone()),
        json!([{
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Current weather in a city",
                "parameters": {
                    "type": "object",
                    "properties": { "city": { "type": "string", "description": "City name, e.g. Paris." } },
                    "required": ["city"],
                    "additionalProperties": false
                },
                "strict": true
            }
        }])
    );
    assert_eq!(
        first["messages"],
        json!([{ "role": "user", "content": "What's the weather like in Paris and Tokyo?" }])
    );

    // The second carries the assistant's tool calls, then one result per call.
    let second = json_body(&requests[1]);
    assert_eq!(second["tools"], first["tools"], "the tools are declared again");
    let messages = second["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 4, "user, assistant, two tool results: {second:#}");
    assert_eq!(messages[0], first["messages"][0], "the question comes first: {second:#}");
    assert_eq!(messages[1]["role"], "assistant", "then the assistant's turn: {second:#}");
    let call_ids: Vec<&Value> =
        messages[1]["tool_calls"].as_array().expect("tool_calls").iter().map(|c| &c["id"]).collect();
    assert_eq!(call_ids, [PARIS_CALL, TOKYO_CALL], "the assistant's turn keeps its tool calls: {second:#}");
    assert_eq!(messages[1]["tool_calls"][0]["function"]["arguments"], r#"{"city":"Paris"}"#);
    for (message, id, result) in [
        (&messages[2], PARIS_CALL, json!({ "city": "Paris", "temperature_c": 18, "conditions": "partly cloudy" })),
        (&messages[3], TOKYO_CALL, json!({ "city": "Tokyo", "temperature_c": 24, "conditions": "sunny" })),
    ] {
        assert_eq!(message["role"], "tool", "a tool result: {message:#}");
        assert_eq!(message["tool_call_id"], id, "the result names its call: {message:#}");
        let content: Value = serde_json::from_str(message["content"].as_str().expect("text content")).unwrap();
        assert_eq!(content, result, "the result of {id}");
    }
}

fn fine_tuning_job(status: &str, fine_tuned_model: Value, finished_at: Value) -> ResponseTemplate {
    ok_json(json!({
        "object": "fine_tuning.job",
        "id": "ftjob-abc123",
        "model": "gpt-4o-mini-2024-07-18",
        "created_at": 1721764800,
        "finished_at": finished_at,
        "fine_tuned_model": fine_tuned_model,
        "organization_id": "org-123",
        "result_files": [],
        "status": status,
        "validation_file": null,
        "training_file": "file-abc123",
        "hyperparameters": { "n_epochs": "auto", "batch_size": "auto", "learning_rate_multiplier": "auto" },
        "method": {
            "type": "supervised",
            "supervised": {
                "hyperparameters": { "n_epochs": "auto", "batch_size": "auto", "learning_rate_multiplier": "auto" }
            }
        },
        "trained_tokens": null,
        "error": null,
        "integrations": [],
        "seed": 683058546,
        "estimated_finish": null,
        "metadata": null
    }))
}

#[tokio::test]
async fn fine_tuning() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/files"))
        .respond_with(ok_json(json!({
            "object": "file",
            "id": "file-abc123",
            "bytes": 2148,
            "created_at": 1721764700,
            "expires_at": null,
            "filename": "weather.jsonl",
            "purpose": "fine-tune",
            "status": "processed",
            "status_details": null
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/fine_tuning/jobs"))
        .respond_with(fine_tuning_job("validating_files", Value::Null, Value::Null))
        .expect(1)
        .mount(&server)
        .await;
    let model = "ft:gpt-4o-mini-2024-07-18:org-123::9rGd3Tx1";
    Mock::given(method("GET"))
        .and(path("/v1/fine_tuning/jobs/ftjob-abc123"))
        .respond_with(InTurn::new(vec![
            fine_tuning_job("running", Value::Null, Value::Null),
            fine_tuning_job("running", Value::Null, Value::Null),
            fine_tuning_job("succeeded", json!(model), json!(1721766000)),
        ]))
        .expect(3)
        .mount(&server)
        .await;

    // No argument: the example writes its sample file and uploads it.
    let finished = Example::new("fine_tuning", env!("CARGO_BIN_EXE_fine_tuning")).against(&server).run().await;

    finished.assert_printed(&format!(
        "uploaded weather.jsonl as file-abc123\n\
         created job ftjob-abc123: validating_files\n\
         status: running\n\
         status: succeeded\n\
         fine-tuned model: {model}\n"
    ));
    let requests = received(&server).await;
    assert_eq!(
        calls(&server).await,
        [
            "POST /v1/files",
            "POST /v1/fine_tuning/jobs",
            "GET /v1/fine_tuning/jobs/ftjob-abc123",
            "GET /v1/fine_tuning/jobs/ftjob-abc123",
            "GET /v1/fine_tuning/jobs/ftjob-abc123",
        ],
        "polled until the job succeeded, and no further"
    );

    // The upload: a multipart form with the purpose and the file's lines.
    let parts = parse_multipart(header_of(&requests[0], "content-type"), &requests[0].body);
    let field = |name: &str| {
        parts
            .iter()
            .find(|part| part.name == name)
            .unwrap_or_else(|| panic!("no `{name}` part in the upload: {}", body_text(&requests[0])))
    };
    assert_eq!(field("purpose").text(), "fine-tune");
    let file = field("file");
    assert_eq!(file.filename.as_deref(), Some("weather.jsonl"), "{file:?}");
    assert_eq!(file.content_type.as_deref(), Some("application/jsonl"), "{file:?}");
    let content = file.text();
    assert!(content.ends_with('\n'));
    let lines: Vec<Value> =
        content.lines().map(|line| serde_json::from_str(line).expect("each line is one JSON object")).collect();
    assert_eq!(lines.len(), 10, "ten training examples: {content}");
    for example in &lines {
        let roles: Vec<&Value> = example["messages"].as_array().expect("messages").iter().map(|m| &m["role"]).collect();
        assert_eq!(roles, ["system", "user", "assistant"], "{example}");
    }
    assert_eq!(lines[0]["messages"][1]["content"], "It is 18 °C in Paris.");
    assert_eq!(lines[0]["messages"][2]["content"], "That is 64 °F in Paris.");

    assert_eq!(json_body(&requests[1]), json!({ "model": "gpt-4o-mini-2024-07-18", "training_file": "file-abc123" }));
}

fn run_object(status: &str) -> ResponseTemplate {
    let done = status == "completed";
    ok_json(json!({
        "id": "run_abc123",
        "object": "thread.run",
        "created_at": 1699063290,
        "assistant_id": "asst_abc123",
        "thread_id": "thread_abc123",
        "status": status,
        "started_at": if status == "queued" { Value::Null } else { json!(1699063291) },
        "expires_at": if done { Value::Null } else { json!(1699063890) },
        "cancelled_at": null,
        "failed_at": null,
        "completed_at": if done { json!(1699063296) } else { Value::Null },
        "required_action": null,
        "last_error": null,
        "model": "gpt-4o-mini",
        "instructions": "You are a patient math tutor. Explain each step briefly.",
        "tools": [],
        "metadata": {},
        "incomplete_details": null,
        "usage": if done { json!({ "prompt_tokens": 123, "completion_tokens": 456, "total_tokens": 579 }) } else { Value::Null },
        "temperature": 1.0,
        "top_p": 1.0,
        "max_prompt_tokens": null,
        "max_completion_tokens": null,
        "truncation_strategy": { "type": "auto", "last_messages": null },
        "response_format": "auto",
        "tool_choice": "auto",
        "parallel_tool_calls": true
    }))
}

#[tokio::test]
async fn assistant_run() {
    let server = MockServer::start().await;
    let instructions = "You are a patient math tutor. Explain each step briefly.";
    Mock::given(method("POST"))
        .and(path("/v1/assistants"))
        .respond_with(ok_json(json!({
            "id": "asst_abc123",
            "object": "assistant",
            "created_at": 1698984975,
            "name": "Math tutor",
            "description": null,
            "model": "gpt-4o-mini",
            "instructions": instructions,
            "tools": [],
            "tool_resources": {},
            "metadata": {},
            "top_p": 1.0,
            "temperature": 1.0,
            "response_format": "auto"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/threads"))
        .respond_with(ok_json(json!({
            "id": "thread_abc123",
            "object": "thread",
            "created_at": 1699012949,
            "metadata": {},
            "tool_resources": {}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/threads/thread_abc123/runs"))
        .respond_with(run_object("queued"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/threads/thread_abc123/runs/run_abc123"))
        .respond_with(InTurn::new(vec![run_object("in_progress"), run_object("in_progress"), run_object("completed")]))
        .expect(3)
        .mount(&server)
        .await;
    let reply = "Subtract 11 from both sides: 3x = 3. Divide both sides by 3: x = 1.";
    Mock::given(method("GET"))
        .and(path("/v1/threads/thread_abc123/messages"))
        .and(query_param("run_id", "run_abc123"))
        .and(query_param("order", "asc"))
        .respond_with(ok_json(json!({
            "object": "list",
            "data": [{
                "id": "msg_abc123",
                "object": "thread.message",
                "created_at": 1699063295,
                "assistant_id": "asst_abc123",
                "thread_id": "thread_abc123",
                "run_id": "run_abc123",
                "status": "completed",
                "incomplete_details": null,
                "completed_at": 1699063296,
                "incomplete_at": null,
                "role": "assistant",
                "content": [{ "type": "text", "text": { "value": reply, "annotations": [] } }],
                "attachments": [],
                "metadata": {}
            }],
            "first_id": "msg_abc123",
            "last_id": "msg_abc123",
            "has_more": false
        })))
        .expect(1)
        .mount(&server)
        .await;

    let finished = Example::new("assistant_run", env!("CARGO_BIN_EXE_assistant_run")).against(&server).run().await;

    finished.assert_printed(&format!(
        "assistant asst_abc123\n\
         thread thread_abc123\n\
         run run_abc123: queued\n\
         run run_abc123: completed\n\
         assistant: {reply}\n"
    ));
    let requests = received(&server).await;
    assert_eq!(
        calls(&server).await,
        [
            "POST /v1/assistants",
            "POST /v1/threads",
            "POST /v1/threads/thread_abc123/runs",
            "GET /v1/threads/thread_abc123/runs/run_abc123",
            "GET /v1/threads/thread_abc123/runs/run_abc123",
            "GET /v1/threads/thread_abc123/runs/run_abc123",
            "GET /v1/threads/thread_abc123/messages",
        ],
        "polled until the run completed, then listed its messages"
    );
    for request in &requests {
        assert_eq!(header_of(request, "openai-beta"), "assistants=v2", "{} {}", request.method, request.url);
    }
    assert_eq!(
        json_body(&requests[0]),
        json!({ "model": "gpt-4o-mini", "name": "Math tutor", "instructions": instructions })
    );
    assert_eq!(json_body(&requests[1]), json!({ "messages": [{ "role": "user", "content": "Solve 3x + 11 = 14." }] }));
    assert_eq!(json_body(&requests[2]), json!({ "assistant_id": "asst_abc123" }));
}

#[tokio::test]
async fn embeddings() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/embeddings"))
        .respond_with(ok_json(json!({
            "object": "list",
            "data": [
                { "object": "embedding", "index": 0, "embedding": [0.1, 0.2, 0.3, 0.4] },
                { "object": "embedding", "index": 1, "embedding": [0.2, 0.1, 0.4, 0.3] }
            ],
            "model": "text-embedding-3-small",
            "usage": { "prompt_tokens": 14, "total_tokens": 14 }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let finished = Example::new("embeddings", env!("CARGO_BIN_EXE_embeddings")).against(&server).run().await;

    // (0.02 + 0.02 + 0.12 + 0.12) / 0.30 = 0.9333...
    finished.assert_printed(
        "model: text-embedding-3-small\n\
         dimensions: 4\n\
         cosine similarity: 0.9333\n\
         tokens: 14\n",
    );
    let requests = received(&server).await;
    assert_eq!(calls(&server).await, ["POST /v1/embeddings"]);
    assert_eq!(
        json_body(&requests[0]),
        json!({
            "input": ["The cat sat on the mat.", "A kitten rested on the rug."],
            "model": "text-embedding-3-small"
        })
    );
}

#[tokio::test]
async fn speech() {
    let server = MockServer::start().await;
    // An MP3's ID3 header, then 6 KiB that stand for the audio frames.
    let mut audio = b"ID3\x04\x00\x00\x00\x00\x00\x00".to_vec();
    audio.extend((0..6 * 1024).map(|i| (i % 251) as u8));
    Mock::given(method("POST"))
        .and(path("/v1/audio/speech"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(audio.clone(), "audio/mpeg"))
        .expect(1)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let out = dir.path().join("hello.mp3");

    let finished = Example::new("speech", env!("CARGO_BIN_EXE_speech")).against(&server).arg(&out).run().await;

    finished.assert_printed(&format!("wrote {} bytes (audio/mpeg) to {}\n", audio.len(), out.display()));
    assert_eq!(std::fs::read(&out).expect("the audio file was written"), audio);
    let requests = received(&server).await;
    assert_eq!(calls(&server).await, ["POST /v1/audio/speech"]);
    assert_eq!(
        json_body(&requests[0]),
        json!({
            "model": "gpt-4o-mini-tts",
            "input": "Hello! This sentence was written by Rust.",
            "voice": "coral",
            "response_format": "mp3"
        })
    );
}

/// The signing secret of the webhook test: `whsec_` and the base64 of a made-up key.
const WEBHOOK_SECRET: &str = "whsec_b3BlbmFpLWNsaWVudCB3ZWJob29rIHRlc3Qga2V5ISE=";

/// POSTs `body` to `http://{addr}/webhooks` and returns the response's status code. A plain
/// HTTP/1.1 exchange: the test needs no HTTP client beyond what it checks.
async fn post(addr: &str, headers: &[(&str, String)], body: &str) -> u16 {
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect to the webhook handler");
    let mut request = format!(
        "POST /webhooks HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).await.expect("send the delivery");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read the answer");
    let status_line = response.lines().next().unwrap_or_default();
    status_line
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP response: {response:?}"))
}

#[tokio::test]
async fn webhook_handler() {
    let mut child = Example::new("webhook_handler", env!("CARGO_BIN_EXE_webhook_handler"))
        .env("OPENAI_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .env("WEBHOOK_ADDR", "127.0.0.1:0")
        .env("WEBHOOK_MAX_EVENTS", "2")
        .spawn();
    let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout")).lines();
    let mut stderr = child.stderr.take().expect("piped stderr");
    let stderr = tokio::spawn(async move {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text).await;
        text
    });

    let exchange = async {
        let first = stdout.next_line().await.expect("read stdout").unwrap_or_default();
        let addr = first
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("expected `listening on <addr>`, got {first:?}"))
            .to_owned();

        let body = json!({
            "id": "evt_685343a1381c819085d44c354e1b330e",
            "object": "event",
            "created_at": 1750287018,
            "type": "response.completed",
            "data": { "id": "resp_abc123" }
        })
        .to_string();
        let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_secs() as i64;
        let id = "wh_685342e6c53c8190a1be43f081506c52";
        let signature = Webhooks::new(WEBHOOK_SECRET).expect("a valid secret").sign(id, timestamp, body.as_bytes());
        let headers = [
            ("webhook-id", id.to_owned()),
            ("webhook-timestamp", timestamp.to_string()),
            ("webhook-signature", signature),
        ];
        let valid = post(&addr, &headers, &body).await;
        // The same headers over a body that was changed on the way.
        let tampered = post(&addr, &headers, &body.replace("resp_abc123", "resp_evil")).await;

        let mut rest = Vec::new();
        while let Some(line) = stdout.next_line().await.expect("read stdout") {
            rest.push(line);
        }
        let status = child.wait().await.expect("wait for the handler");
        (valid, tampered, rest, status)
    };
    let Ok((valid, tampered, printed, status)) = tokio::time::timeout(TIMEOUT, exchange).await else {
        // Dropping the child kills it (`kill_on_drop`).
        panic!("the webhook handler did not answer and stop within {TIMEOUT:?}; it was killed");
    };
    let stderr = stderr.await.expect("the stderr reader");
    let report = format!("exit status {status}\n--- stdout ---\n{printed:#?}\n--- stderr ---\n{stderr}");

    assert_eq!((valid, tampered), (200, 400), "a signed delivery is accepted, a tampered one refused\n{report}");
    assert!(status.success(), "it stops after WEBHOOK_MAX_EVENTS requests\n{report}");
    assert_eq!(printed, ["response.completed evt_685343a1381c819085d44c354e1b330e resp_abc123"], "{report}");
    assert!(stderr.contains("refused:"), "the refusal is reported\n{report}");
}

/// What the realtime example's WebSocket server saw: the handshake's request target and
/// `Authorization` and `OpenAI-Beta` headers, every client event, and whether the client
/// closed the session.
#[derive(Default)]
struct RealtimeExchange {
    target: String,
    authorization: Option<String>,
    beta: Option<String>,
    events: Vec<Value>,
    closed_by_client: bool,
}

/// A text exchange as the Realtime API has it: `session.created` on connection, then an
/// answer to each of the three client events the example sends (the session settings, the
/// user message, the request for a response), the answer streamed as text deltas.
async fn realtime_server(listener: tokio::net::TcpListener, answer: &'static [&'static str]) -> RealtimeExchange {
    use futures::{SinkExt, StreamExt};
    use std::sync::{Arc, Mutex};
    use tokio_tungstenite::tungstenite::Message;
    use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

    let (socket, _) = listener.accept().await.expect("the example connects");
    let handshake: Arc<Mutex<RealtimeExchange>> = Arc::default();
    let record = handshake.clone();
    #[allow(clippy::result_large_err)] // the callback signature is tungstenite's
    let callback = move |request: &Request, response: Response| {
        let header = |name: &str| request.headers().get(name).map(|v| v.to_str().expect("a text header").to_owned());
        let mut seen = record.lock().unwrap();
        seen.target = request.uri().to_string();
        seen.authorization = header("authorization");
        seen.beta = header("openai-beta");
        Ok(response)
    };
    let mut ws = tokio_tungstenite::accept_hdr_async(socket, callback).await.expect("a WebSocket handshake");

    let session = |modalities: Value, instructions: &str| {
        json!({
            "type": "realtime",
            "object": "realtime.session",
            "id": "sess_C9G5QPteg4UIbotdKLoYQ",
            "model": "gpt-realtime-2025-08-28",
            "output_modalities": modalities,
            "instructions": instructions,
            "tools": [],
            "tool_choice": "auto",
            "max_output_tokens": "inf",
            "tracing": null,
            "prompt": null,
            "expires_at": 1756324625,
            "audio": {
                "input": {
                    "format": { "type": "audio/pcm", "rate": 24000 },
                    "transcription": null,
                    "noise_reduction": null,
                    "turn_detection": {
                        "type": "server_vad",
                        "threshold": 0.5,
                        "prefix_padding_ms": 300,
                        "silence_duration_ms": 200
                    }
                },
                "output": { "format": { "type": "audio/pcm", "rate": 24000 }, "voice": "marin", "speed": 1.0 }
            },
            "include": null
        })
    };
    let text = answer.concat();
    let user_item = json!({
        "id": "item_C9G5SqHlBrKDmVdhbMcQX",
        "type": "message",
        "status": "completed",
        "role": "user",
        "content": [{ "type": "input_text", "text": "What should I see first in Lisbon?" }]
    });
    let answer_item = |status: &str, content: Value| {
        json!({
            "id": "item_C9G5TkTLHv8Lx1aYgq7wH",
            "type": "message",
            "status": status,
            "role": "assistant",
            "content": content
        })
    };
    let response = |status: &str, output: Value, usage: Value| {
        json!({
            "object": "realtime.response",
            "id": "resp_C9G5T0TArHXE1rLybvVph",
            "status": status,
            "status_details": null,
            "output": output,
            "conversation_id": "conv_C9G5RYNCNjNBhrbRCGK4w",
            "output_modalities": ["text"],
            "max_output_tokens": "inf",
            "audio": { "output": { "format": { "type": "audio/pcm", "rate": 24000 }, "voice": "marin" } },
            "usage": usage,
            "metadata": null
        })
    };
    let place = json!({
        "response_id": "resp_C9G5T0TArHXE1rLybvVph",
        "item_id": "item_C9G5TkTLHv8Lx1aYgq7wH",
        "output_index": 0,
        "content_index": 0
    });
    let at_place = |mut event: Value| {
        event.as_object_mut().unwrap().extend(place.as_object().unwrap().clone());
        event
    };
    let mut replies: Vec<Vec<Value>> = vec![
        vec![json!({
            "type": "session.updated",
            "event_id": "event_C9G5SGh1ruHXdNtwFKyBe",
            "session": session(json!(["text"]), "You are a concise travel guide. Answer in two sentences at most.")
        })],
        vec![
            json!({
                "type": "conversation.item.added",
                "event_id": "event_C9G5S8c4u8r1Q2MbNbPkA",
                "previous_item_id": null,
                "item": user_item
            }),
            json!({
                "type": "conversation.item.done",
                "event_id": "event_C9G5SMqtg9mJlWJPIiu0U",
                "previous_item_id": null,
                "item": user_item
            }),
        ],
        vec![
            json!({
                "type": "response.created",
                "event_id": "event_C9G5T0Ej3oVTrSMpCjNSM",
                "response": response("in_progress", json!([]), Value::Null)
            }),
            json!({
                "type": "response.output_item.added",
                "event_id": "event_C9G5TPBlC1dSUJ6R9qIsU",
                "response_id": "resp_C9G5T0TArHXE1rLybvVph",
                "output_index": 0,
                "item": answer_item("in_progress", json!([]))
            }),
            at_place(json!({
                "type": "response.content_part.added",
                "event_id": "event_C9G5TVjtEm0aOwVR0pGHd",
                "part": { "type": "text", "text": "" }
            })),
        ],
    ];
    let last = replies.last_mut().expect("three replies");
    for (n, delta) in answer.iter().enumerate() {
        last.push(at_place(
            json!({ "type": "response.output_text.delta", "event_id": format!("event_delta_{n}"), "delta": delta }),
        ));
    }
    let done_content = json!([{ "type": "output_text", "text": text }]);
    last.extend([
        at_place(json!({
            "type": "response.output_text.done",
            "event_id": "event_C9G5TIXmz2kAPwMMdEWr5",
            "text": text
        })),
        at_place(json!({
            "type": "response.content_part.done",
            "event_id": "event_C9G5TFZ9Nkpg7EiPm06xv",
            "part": { "type": "text", "text": text }
        })),
        json!({
            "type": "response.output_item.done",
            "event_id": "event_C9G5TYf2xqIm5jaXEe2ar",
            "response_id": "resp_C9G5T0TArHXE1rLybvVph",
            "output_index": 0,
            "item": answer_item("completed", done_content.clone())
        }),
        json!({
            "type": "response.done",
            "event_id": "event_C9G5TyuS9QYPHxJOAWj8y",
            "response": response(
                "completed",
                json!([answer_item("completed", done_content)]),
                json!({
                    "total_tokens": 187,
                    "input_tokens": 141,
                    "output_tokens": 46,
                    "input_token_details": {
                        "text_tokens": 141,
                        "audio_tokens": 0,
                        "image_tokens": 0,
                        "cached_tokens": 0
                    },
                    "output_token_details": { "text_tokens": 46, "audio_tokens": 0 }
                })
            )
        }),
    ]);

    let created = json!({
        "type": "session.created",
        "event_id": "event_C9G5RJeJ2gF77mV7f2B1j",
        "session": session(json!(["audio"]), "Your knowledge cutoff is 2023-10.")
    });
    ws.send(Message::text(created.to_string())).await.expect("send session.created");
    let mut events = Vec::new();
    let mut closed_by_client = false;
    let mut replies = replies.into_iter();
    while let Some(Ok(message)) = ws.next().await {
        match message {
            Message::Text(text) => {
                events.push(serde_json::from_str::<Value>(text.as_str()).expect("a client event is JSON"));
                for reply in replies.next().unwrap_or_default() {
                    ws.send(Message::text(reply.to_string())).await.expect("send a server event");
                }
            }
            Message::Close(_) => closed_by_client = true,
            _ => {}
        }
    }
    let mut exchange = std::mem::take(&mut *handshake.lock().unwrap());
    exchange.events = events;
    exchange.closed_by_client = closed_by_client;
    exchange
}

#[tokio::test]
async fn realtime() {
    const ANSWER: &[&str] = &[
        "Start ",
        "with the Alfama: ",
        "ride tram 28 up ",
        "to the castle, ",
        "then watch the sunset ",
        "from a miradouro.",
    ];
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a local port");
    let base = format!("http://{}/v1", listener.local_addr().expect("the port"));
    let server = tokio::spawn(realtime_server(listener, ANSWER));

    let finished = Example::new("realtime", env!("CARGO_BIN_EXE_realtime")).env("OPENAI_BASE_URL", &base).run().await;

    finished.assert_printed(&format!("{}\n", ANSWER.concat()));
    let exchange = tokio::time::timeout(TIMEOUT, server)
        .await
        .expect("the WebSocket server finished with the example")
        .expect("the WebSocket server did not panic");
    // The handshake: the model in the query, the key as a bearer token, no beta opt-in.
    assert_eq!(exchange.target, "/v1/realtime?model=gpt-realtime");
    assert_eq!(exchange.authorization.as_deref(), Some("Bearer test-key"));
    assert_eq!(exchange.beta, None, "the example speaks the generally available interface");
    // The three client events, exactly, in order.
    assert_eq!(
        exchange.events,
        [
            json!({
                "type": "session.update",
                "session": {
                    "type": "realtime",
                    "output_modalities": ["text"],
                    "instructions": "You are a concise travel guide. Answer in two sentences at most."
                }
            }),
            json!({
                "type": "conversation.item.create",
                "item": {
                    "type": "message",
                    "role": "user",
                    "content": [{ "type": "input_text", "text": "What should I see first in Lisbon?" }]
                }
            }),
            json!({ "type": "response.create" }),
        ]
    );
    assert!(exchange.closed_by_client, "the example closes the session once the response is done");
}
