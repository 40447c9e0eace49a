//! Wire tests: the Realtime API over a tokio-tungstenite WebSocket server on 127.0.0.1.
//! The handshake (URL, query, headers; no beta header unless the caller adds one), typed
//! client events out (the generally available session shape), typed server events in (GA
//! and beta event names, an unknown type), closing from either side, and a refused
//! handshake. Then the Realtime REST calls against wiremock: a WebRTC call's multipart
//! offer and its SDP answer, and a client secret.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use openai_client::runtime::Nullable;
use openai_client::runtime::RealtimeSession;
use openai_client::types::*;
use openai_client::{Client, Error};
use serde_json::{Value, json};
use tests::wire::{API_KEY, RawServer, USER_AGENT, builder, parse_multipart, write};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The handshake as the server saw it: the request target, then every header.
type Handshake = Arc<Mutex<Vec<(String, String)>>>;

/// Accepts one WebSocket connection on 127.0.0.1, records its handshake, then runs
/// `script` on it. Returns the server root URL.
async fn ws_server<F, Fut>(script: F) -> (String, Handshake)
where
    F: FnOnce(WebSocketStream<tokio::net::TcpStream>) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen: Handshake = Arc::default();
    let record = seen.clone();
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        #[allow(clippy::result_large_err)] // the callback signature is tungstenite's
        let callback = move |request: &Request, response: Response| {
            let mut seen = record.lock().unwrap();
            seen.push(("target".to_owned(), request.uri().to_string()));
            for (name, value) in request.headers() {
                seen.push((name.to_string(), value.to_str().unwrap().to_owned()));
            }
            Ok(response)
        };
        let ws = tokio_tungstenite::accept_hdr_async(socket, callback).await.unwrap();
        script(ws).await;
    });
    (base, seen)
}

fn handshake_value(seen: &Handshake, name: &str) -> Option<String> {
    seen.lock().unwrap().iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
}

fn realtime_client(base: &str) -> Client {
    builder(base).organization("org-rt").project("proj_rt").build().unwrap()
}

/// Awaits `future` (a future or a `Call`), failing the test if it takes over 5 s.
async fn within<T>(future: impl IntoFuture<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(5), future.into_future()).await.expect("the realtime exchange stalled")
}

fn server_events() -> Vec<Value> {
    vec![
        json!({"type": "session.created", "event_id": "event_1", "session": {
            "type": "realtime", "id": "sess_001", "object": "realtime.session", "model": "gpt-realtime",
            "output_modalities": ["audio"], "expires_at": 1742000000,
            "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "alloy"}}
        }}),
        json!({"type": "response.output_text.delta", "event_id": "event_2", "response_id": "resp_1",
               "item_id": "item_1", "output_index": 0, "content_index": 0, "delta": "Hel"}),
        json!({"type": "response.hologram.delta", "event_id": "event_3", "frames": [1, 2, 3]}),
        json!({"type": "error", "event_id": "event_4", "error": {
            "type": "invalid_request_error", "code": "invalid_value",
            "message": "Invalid modality", "param": "session.output_modalities", "event_id": "evt_client_1"
        }}),
    ]
}

/// A GA session update: text answers, instructions, and 24 kHz PCM in with an alloy voice out.
fn text_session_update() -> RealtimeClientEventSessionUpdate {
    RealtimeClientEventSessionUpdate::new(
        RealtimeSessionCreateRequest::new()
            .output_modalities(vec![RealtimeSessionCreateRequestOutputModalitiesItem::Text])
            .instructions("Be brief.")
            .audio(
                RealtimeSessionAudio::new()
                    .input(RealtimeSessionAudioInput::new().format(RealtimeAudioFormatPcm::new().rate(24000)))
                    .output(RealtimeSessionAudioOutput::new().voice("alloy")),
            ),
    )
    .event_id("evt_client_1")
}

#[tokio::test]
async fn realtime_session_exchanges_typed_events_and_ends_when_the_server_closes() {
    let (sent_to_server, mut received_by_server) = mpsc::unbounded_channel::<String>();
    let (base, seen) = ws_server(move |mut ws| async move {
        for _ in 0..2 {
            match ws.next().await {
                Some(Ok(Message::Text(text))) => sent_to_server.send(text.to_string()).unwrap(),
                other => panic!("expected a text message, got {other:?}"),
            }
        }
        for event in server_events() {
            ws.send(Message::text(event.to_string())).await.unwrap();
        }
        ws.close(None).await.unwrap();
        // Drive the socket until the client's close reply arrives.
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await;

    let client = realtime_client(&base);
    let mut session = within(client.realtime().connect("gpt-realtime")).await.unwrap();
    let update = text_session_update();
    within(session.send(&RealtimeClientEvent::SessionUpdate(update))).await.unwrap();
    within(session.send(&RealtimeClientEvent::InputAudioBufferAppend(RealtimeClientEventInputAudioBufferAppend::new(
        "UklGRg==",
    ))))
    .await
    .unwrap();

    let mut events = Vec::new();
    while let Some(event) = within(session.next()).await {
        events.push(event.unwrap());
    }
    assert_eq!(events.len(), 4, "{events:#?}");
    let RealtimeServerEvent::SessionCreated(created) = &events[0] else { panic!("{:?}", events[0]) };
    assert_eq!(created.event_id, "event_1");
    let RealtimeSessionInfo::Realtime(created_session) = &created.session else { panic!("{:?}", created.session) };
    assert_eq!(created_session.id, "sess_001");
    assert_eq!(created_session.model.as_deref(), Some("gpt-realtime"));
    assert_eq!(
        created_session.output_modalities.as_deref(),
        Some(&[RealtimeSessionCreateResponseOutputModalitiesItem::Audio][..])
    );
    let output = created_session.audio.as_ref().and_then(|audio| audio.output.as_ref()).expect("audio.output");
    assert_eq!(output.voice.as_deref(), Some("alloy"));
    let Some(RealtimeAudioFormats::AudioPcm(format)) = &output.format else { panic!("{:?}", output.format) };
    assert_eq!(format.rate, Some(24000));
    let RealtimeServerEvent::ResponseOutputTextDelta(delta) = &events[1] else { panic!("{:?}", events[1]) };
    assert_eq!((delta.delta.as_str(), delta.response_id.as_str()), ("Hel", "resp_1"));
    let RealtimeServerEvent::Unknown(unknown) = &events[2] else {
        panic!("an unknown event type must decode as Unknown, got {:?}", events[2])
    };
    assert_eq!(unknown, &server_events()[2]);
    let RealtimeServerEvent::Error(error) = &events[3] else { panic!("{:?}", events[3]) };
    assert_eq!(error.error.message, "Invalid modality");
    assert_eq!(error.error.code.as_deref(), Some("invalid_value"));
    assert_eq!(error.error.param.as_deref(), Some("session.output_modalities"));
    assert!(within(session.next()).await.is_none(), "the session stays closed");

    // What the server received: one JSON text message per client event.
    // (The exact `session` object is checked by
    // `realtime_session_update_sends_the_nested_audio_config_exactly`.)
    let first: Value = serde_json::from_str(&received_by_server.recv().await.unwrap()).unwrap();
    assert_eq!(first["type"], "session.update");
    assert_eq!(first["event_id"], "evt_client_1");
    assert_eq!(first["session"]["type"], "realtime");
    assert_eq!(first["session"]["output_modalities"], json!(["text"]));
    assert_eq!(first["session"]["instructions"], "Be brief.");
    assert_eq!(first["session"]["audio"]["input"]["format"], json!({"type": "audio/pcm", "rate": 24000}));
    assert_eq!(first["session"]["audio"]["output"]["voice"], "alloy");
    let second: Value = serde_json::from_str(&received_by_server.recv().await.unwrap()).unwrap();
    assert_eq!(second, json!({"type": "input_audio_buffer.append", "audio": "UklGRg=="}));

    // The handshake: URL below the base URL with the model as a query parameter, and
    // the same auth and identity headers as HTTP calls.
    assert_eq!(handshake_value(&seen, "target").as_deref(), Some("/v1/realtime?model=gpt-realtime"));
    let bearer = format!("Bearer {API_KEY}");
    assert_eq!(handshake_value(&seen, "authorization"), Some(bearer));
    assert_eq!(handshake_value(&seen, "openai-organization").as_deref(), Some("org-rt"));
    assert_eq!(handshake_value(&seen, "openai-project").as_deref(), Some("proj_rt"));
    assert_eq!(handshake_value(&seen, "user-agent").as_deref(), Some(USER_AGENT));
    assert_eq!(handshake_value(&seen, "upgrade").as_deref(), Some("websocket"));
}

/// A server that closes the session right after the handshake (for handshake-only tests).
async fn closing_server() -> (String, Handshake) {
    ws_server(|mut ws| async move {
        ws.close(None).await.unwrap();
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await
}

/// The spec describes the generally available interface, which is what the server speaks
/// when the upgrade request carries no `OpenAI-Beta` header: `connect` sends none.
#[tokio::test]
async fn realtime_connect_sends_no_beta_header() {
    let (base, seen) = closing_server().await;
    let mut session = within(realtime_client(&base).realtime().connect("gpt-realtime")).await.unwrap();
    assert!(within(session.next()).await.is_none());
    assert_eq!(handshake_value(&seen, "target").as_deref(), Some("/v1/realtime?model=gpt-realtime"));
    assert_eq!(handshake_value(&seen, "openai-beta"), None);
}

/// The six server events renamed at GA, each under its GA name and its beta name.
fn renamed_events() -> Vec<Value> {
    let place = json!({"response_id": "resp_1", "item_id": "item_1", "output_index": 0, "content_index": 0});
    let with = |name: &str, event_id: &str, extra: Value| {
        let mut event = place.clone();
        event["type"] = json!(name);
        event["event_id"] = json!(event_id);
        event.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        event
    };
    vec![
        with("response.output_text.delta", "event_1", json!({"delta": "Hel"})),
        with("response.text.delta", "event_2", json!({"delta": "lo"})),
        with("response.output_text.done", "event_3", json!({"text": "Hello"})),
        with("response.text.done", "event_4", json!({"text": "Hello"})),
        with("response.output_audio.delta", "event_5", json!({"delta": "UklGRg=="})),
        with("response.audio.delta", "event_6", json!({"delta": "AAAA"})),
        with("response.output_audio.done", "event_7", json!({})),
        with("response.audio.done", "event_8", json!({})),
        with("response.output_audio_transcript.delta", "event_9", json!({"delta": "Hi"})),
        with("response.audio_transcript.delta", "event_10", json!({"delta": " there"})),
        with("response.output_audio_transcript.done", "event_11", json!({"transcript": "Hi there"})),
        with("response.audio_transcript.done", "event_12", json!({"transcript": "Hi there"})),
    ]
}

/// The variant a renamed event decodes into, as its GA name (panics on any other variant).
fn renamed_variant(event: &RealtimeServerEvent) -> &'static str {
    match event {
        RealtimeServerEvent::ResponseOutputTextDelta(_) => "response.output_text.delta",
        RealtimeServerEvent::ResponseOutputTextDone(_) => "response.output_text.done",
        RealtimeServerEvent::ResponseOutputAudioDelta(_) => "response.output_audio.delta",
        RealtimeServerEvent::ResponseOutputAudioDone(_) => "response.output_audio.done",
        RealtimeServerEvent::ResponseOutputAudioTranscriptDelta(_) => "response.output_audio_transcript.delta",
        RealtimeServerEvent::ResponseOutputAudioTranscriptDone(_) => "response.output_audio_transcript.done",
        other => panic!("not one of the renamed events: {other:?}"),
    }
}

/// Servers of the beta interface name six events differently (`response.text.delta` for
/// `response.output_text.delta`, ...). Both names decode into the same variant, whose `type`
/// keeps the name that arrived, so the event re-encodes exactly as it was received.
#[test]
fn ga_and_beta_event_names_decode_into_one_variant_and_re_encode_as_they_arrived() {
    let events = renamed_events();
    for pair in events.chunks(2) {
        let (ga, beta) = (&pair[0], &pair[1]);
        let ga_event: RealtimeServerEvent = serde_json::from_value(ga.clone()).unwrap();
        let beta_event: RealtimeServerEvent = serde_json::from_value(beta.clone()).unwrap();
        assert_eq!(renamed_variant(&ga_event), ga["type"], "{ga}");
        assert_eq!(renamed_variant(&beta_event), ga["type"], "{beta} decodes into the variant of {}", ga["type"]);
        assert_eq!(serde_json::to_value(&ga_event).unwrap(), *ga, "re-encoded with the GA name");
        assert_eq!(serde_json::to_value(&beta_event).unwrap(), *beta, "re-encoded with the beta name");
    }
    // The name that arrived is a typed value of the event.
    let RealtimeServerEvent::ResponseOutputTextDelta(delta) = serde_json::from_value(events[1].clone()).unwrap() else {
        unreachable!("checked above")
    };
    assert!(matches!(delta.r#type, RealtimeServerEventResponseTextDeltaType::ResponseTextDelta));
    assert_eq!(delta.r#type.as_str(), "response.text.delta");
    assert_eq!(delta.delta, "lo");
}

/// The beta interface stays reachable: the caller adds `OpenAI-Beta: realtime=v1` to the
/// handshake itself, through `RealtimeSession::connect_with_headers` or as a default header
/// of the client, and the beta event names that server sends decode as typed events.
#[tokio::test]
async fn the_beta_interface_is_reached_by_passing_its_header() {
    let (base, seen) = ws_server(|mut ws| async move {
        for event in renamed_events() {
            ws.send(Message::text(event.to_string())).await.unwrap();
        }
        ws.close(None).await.unwrap();
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await;
    let client = realtime_client(&base);
    let query = [("model", "gpt-4o-realtime-preview".to_owned())];
    let connecting = RealtimeSession::<RealtimeClientEvent, RealtimeServerEvent>::connect_with_headers(
        &client,
        "/realtime",
        &query,
        &[("OpenAI-Beta", "realtime=v1")],
    );
    let mut session = within(connecting).await.unwrap();
    let mut received = Vec::new();
    while let Some(event) = within(session.next()).await {
        received.push(event.unwrap());
    }
    assert_eq!(handshake_value(&seen, "openai-beta").as_deref(), Some("realtime=v1"));
    assert_eq!(handshake_value(&seen, "target").as_deref(), Some("/v1/realtime?model=gpt-4o-realtime-preview"));
    assert_eq!(handshake_value(&seen, "authorization"), Some(format!("Bearer {API_KEY}")));
    let expected = renamed_events();
    assert_eq!(received.len(), expected.len(), "{received:#?}");
    for (index, (event, sent)) in received.iter().zip(&expected).enumerate() {
        // Events come in pairs, the GA name first.
        assert_eq!(renamed_variant(event), expected[index / 2 * 2]["type"], "{sent}");
        assert_eq!(&serde_json::to_value(event).unwrap(), sent);
    }

    // The same through a default header of the client and the generated `connect`.
    let (base, seen) = closing_server().await;
    let client = builder(&base).default_header("OpenAI-Beta", "realtime=v1").build().unwrap();
    let mut session = within(client.realtime().connect("gpt-4o-realtime-preview")).await.unwrap();
    assert!(within(session.next()).await.is_none());
    assert_eq!(handshake_value(&seen, "openai-beta").as_deref(), Some("realtime=v1"));
}

/// Receives the first text message of a session, then closes it. Returns the server root
/// URL and where the message arrives.
async fn first_message_server() -> (String, mpsc::UnboundedReceiver<String>) {
    let (sent_to_server, received_by_server) = mpsc::unbounded_channel::<String>();
    let (base, _) = ws_server(move |mut ws| async move {
        if let Some(Ok(Message::Text(text))) = ws.next().await {
            sent_to_server.send(text.to_string()).unwrap();
        }
        ws.close(None).await.unwrap();
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await;
    (base, received_by_server)
}

/// Sends `event` on a fresh session and returns the JSON the server received.
async fn sent_over_the_socket(event: RealtimeClientEvent) -> Value {
    let (base, mut received_by_server) = first_message_server().await;
    let mut session = within(realtime_client(&base).realtime().connect("gpt-realtime")).await.unwrap();
    within(session.send(&event)).await.unwrap();
    serde_json::from_str(&within(received_by_server.recv()).await.unwrap()).unwrap()
}

/// Push-to-talk: `turn_detection: null` turns voice activity detection off, which is not
/// the same as leaving it out (the server keeps what it has). The field keeps the three
/// states apart both ways: unset, an explicit `null`, a value.
#[tokio::test]
async fn realtime_session_update_sends_an_explicit_null_apart_from_leaving_a_field_out() {
    let push_to_talk = RealtimeSessionCreateRequest::new()
        .audio(RealtimeSessionAudio::new().input(RealtimeSessionAudioInput::new().turn_detection_null()))
        .tracing_null();
    let sent =
        sent_over_the_socket(RealtimeClientEvent::SessionUpdate(RealtimeClientEventSessionUpdate::new(push_to_talk)))
            .await;
    assert_eq!(
        sent,
        json!({
            "type": "session.update",
            "session": {"type": "realtime", "audio": {"input": {"turn_detection": null}}, "tracing": null}
        })
    );

    let decode = |json: Value| -> RealtimeSessionAudioInput { serde_json::from_value(json).unwrap() };
    assert_eq!(decode(json!({})).turn_detection, None);
    assert_eq!(decode(json!({"turn_detection": null})).turn_detection, Some(Nullable::Null));
    let detection = decode(json!({"turn_detection": {"type": "semantic_vad", "eagerness": "low"}})).turn_detection;
    assert!(
        matches!(detection.as_ref().and_then(Nullable::value), Some(RealtimeTurnDetection::SemanticVad(_))),
        "{detection:?}"
    );
    // And back: each state re-encodes as it arrived.
    for json in [json!({}), json!({"turn_detection": null})] {
        assert_eq!(serde_json::to_value(decode(json.clone())).unwrap(), json);
    }
}

/// A GA `session.update` nests the audio settings (`audio.input`, `audio.output`), tags
/// the session, the audio formats and the turn detection with their `type`, and carries
/// nothing the caller did not set.
#[tokio::test]
async fn realtime_session_update_sends_the_nested_audio_config_exactly() {
    let update = RealtimeClientEventSessionUpdate::new(
        RealtimeSessionCreateRequest::new()
            .instructions("Be brief.")
            .audio(
                RealtimeSessionAudio::new()
                    .input(
                        RealtimeSessionAudioInput::new()
                            .format(RealtimeAudioFormatPcm::new().rate(24000))
                            .transcription(AudioTranscription::new().model("gpt-4o-transcribe").language("en"))
                            .noise_reduction(RealtimeNoiseReduction::new().r#type(NoiseReductionType::NearField))
                            .turn_detection(RealtimeServerVad::new().silence_duration_ms(500).create_response(true)),
                    )
                    .output(
                        RealtimeSessionAudioOutput::new()
                            .format(RealtimeAudioFormatPcmu::new())
                            .voice("marin")
                            .speed(1.25),
                    ),
            )
            .tools(vec![
                RealtimeFunctionTool::new()
                    .name("get_weather")
                    .description("Current weather for a city")
                    .parameters(json!({"type": "object", "properties": {"city": {"type": "string"}}}))
                    .into(),
            ]),
    );
    let sent = sent_over_the_socket(RealtimeClientEvent::SessionUpdate(update)).await;
    assert_eq!(
        sent,
        json!({
            "type": "session.update",
            "session": {
                "type": "realtime",
                "instructions": "Be brief.",
                "audio": {
                    "input": {
                        "format": {"type": "audio/pcm", "rate": 24000},
                        "transcription": {"model": "gpt-4o-transcribe", "language": "en"},
                        "noise_reduction": {"type": "near_field"},
                        "turn_detection": {"type": "server_vad", "silence_duration_ms": 500, "create_response": true}
                    },
                    "output": {"format": {"type": "audio/pcmu"}, "voice": "marin", "speed": 1.25}
                },
                "tools": [{
                    "type": "function",
                    "name": "get_weather",
                    "description": "Current weather for a city",
                    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}
                }]
            }
        })
    );

    // The least a caller can send: the session's `type` tag is always there.
    let update = RealtimeClientEventSessionUpdate::new(RealtimeSessionCreateRequest::new().instructions("Be brief."));
    let sent = sent_over_the_socket(RealtimeClientEvent::SessionUpdate(update)).await;
    assert_eq!(sent, json!({"type": "session.update", "session": {"type": "realtime", "instructions": "Be brief."}}));

    // A transcription-only session is the other kind of session.
    let update = RealtimeClientEventSessionUpdate::new(
        RealtimeTranscriptionSessionCreateRequest::new().audio(
            RealtimeTranscriptionSessionAudio::new().input(
                RealtimeSessionAudioInput::new()
                    .format(RealtimeAudioFormatPcma::new())
                    .transcription(AudioTranscription::new().model("gpt-4o-mini-transcribe")),
            ),
        ),
    );
    let sent = sent_over_the_socket(RealtimeClientEvent::SessionUpdate(update)).await;
    assert_eq!(
        sent,
        json!({
            "type": "session.update",
            "session": {
                "type": "transcription",
                "audio": {"input": {
                    "format": {"type": "audio/pcma"},
                    "transcription": {"model": "gpt-4o-mini-transcribe"}
                }}
            }
        })
    );
}

#[tokio::test]
async fn realtime_split_halves_work_and_a_client_close_ends_the_session() {
    let (server_saw_close, mut close_seen) = mpsc::unbounded_channel::<bool>();
    let (base, _) = ws_server(move |mut ws| async move {
        while let Some(Ok(message)) = ws.next().await {
            match message {
                Message::Text(text) => {
                    // Echo every client event back as a server event naming it.
                    let event: Value = serde_json::from_str(text.as_str()).unwrap();
                    let reply = json!({"type": "input_audio_buffer.committed", "event_id": event["event_id"],
                                       "previous_item_id": null, "item_id": "item_1"});
                    ws.send(Message::text(reply.to_string())).await.unwrap();
                }
                Message::Close(_) => {
                    server_saw_close.send(true).unwrap();
                }
                _ => {}
            }
        }
    })
    .await;
    let session = within(realtime_client(&base).realtime().connect("gpt-realtime")).await.unwrap();
    let (mut sender, mut receiver) = session.split();
    let writer = tokio::spawn(async move {
        for n in 0..3 {
            let commit = RealtimeClientEventInputAudioBufferCommit::default().event_id(format!("evt_{n}"));
            sender.send(&RealtimeClientEvent::InputAudioBufferCommit(commit)).await.unwrap();
        }
        sender
    });
    for n in 0..3 {
        let event = within(receiver.next()).await.expect("an event").unwrap();
        let RealtimeServerEvent::InputAudioBufferCommitted(committed) = &event else { panic!("{event:?}") };
        assert_eq!(committed.event_id, format!("evt_{n}"));
    }
    let sender = writer.await.unwrap();
    within(sender.close()).await.unwrap();
    assert_eq!(within(close_seen.recv()).await, Some(true), "the server saw the close frame");
    assert!(within(receiver.next()).await.is_none(), "the session ends after the close");
}

#[tokio::test]
async fn refused_realtime_handshake_is_a_typed_api_error() {
    let body = r#"{"error":{"message":"Incorrect API key provided: sk-wire***","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#;
    let response = format!(
        "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\nx-request-id: req_ws_401\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let server = RawServer::start(vec![vec![write(response)]]).await;
    let err = within(realtime_client(&server.base).realtime().connect("gpt-realtime")).await.unwrap_err();
    let Error::Api(api) = &err else { panic!("expected Error::Api, got {err:?}") };
    assert!(api.is_authentication());
    assert_eq!(api.code.as_deref(), Some("invalid_api_key"));
    assert_eq!(api.request_id.as_deref(), Some("req_ws_401"));
    let request = &server.requests()[0];
    assert_eq!(request.request_line(), "GET /v1/realtime?model=gpt-realtime HTTP/1.1");
    assert_eq!(request.header("upgrade"), Some("websocket"));
}

// ---------------------------------------------------------------------------------------
//  REST: WebRTC calls and client secrets (wiremock)
// ---------------------------------------------------------------------------------------

/// The one request the server received (fails if there was not exactly one).
async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

fn request_header<'r>(request: &'r wiremock::Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).map(|v| v.to_str().expect("ASCII header"))
}

/// A browser's SDP offer (shortened: one audio line and the data channel).
const SDP_OFFER: &str = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n\
a=group:BUNDLE 0 1\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=rtpmap:111 opus/48000/2\r\n\
m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:1\r\na=sctp-port:5000\r\n";

/// The service's SDP answer.
const SDP_ANSWER: &str = "v=0\r\no=- 4227147428 1719357865 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\n\
a=group:BUNDLE 0 1\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111 0 8\r\na=mid:0\r\na=setup:active\r\n\
m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:1\r\na=sctp-port:5000\r\n";

/// `POST /realtime/calls` sends the offer as an `application/sdp` part and the session as
/// one `application/json` part (the form's `encoding`), and the answer comes back as text
/// with the call's URL in `Location`.
#[tokio::test]
async fn realtime_calls_create_sends_typed_parts_and_returns_the_sdp_answer_as_text() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/realtime/calls"))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("location", "/v1/realtime/calls/rtc_u1_9c6574da8b8a41a1")
                .set_body_raw(SDP_ANSWER, "application/sdp"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let session = RealtimeSessionCreateRequest::new()
        .model("gpt-realtime")
        .instructions("You are a friendly assistant.")
        .audio(RealtimeSessionAudio::new().output(RealtimeSessionAudioOutput::new().voice("marin")));
    let request = RealtimeCallCreateRequest::new(SDP_OFFER).session(session);

    let (answer, meta) =
        within(realtime_client(&server.uri()).realtime().calls().create(&request).send_with_meta()).await.unwrap();

    assert_eq!(answer, SDP_ANSWER, "the SDP answer is returned as text, unchanged");
    assert_eq!(meta.status.as_u16(), 201);
    assert_eq!(meta.headers.get("location").unwrap(), "/v1/realtime/calls/rtc_u1_9c6574da8b8a41a1");
    let received = only_request(&server).await;
    assert_eq!(request_header(&received, "authorization"), Some(format!("Bearer {API_KEY}").as_str()));
    let content_type = request_header(&received, "content-type").expect("a content type");
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").expect("a multipart form");
    let session_json = concat!(
        r#"{"type":"realtime","model":"gpt-realtime","instructions":"You are a friendly assistant.","#,
        r#""audio":{"output":{"voice":"marin"}}}"#
    );
    let expected = format!(
        "--{boundary}\r\n\
         Content-Disposition: form-data; name=\"sdp\"\r\n\
         Content-Type: application/sdp\r\n\r\n\
         {SDP_OFFER}\r\n\
         --{boundary}\r\n\
         Content-Disposition: form-data; name=\"session\"\r\n\
         Content-Type: application/json\r\n\r\n\
         {session_json}\r\n\
         --{boundary}--\r\n"
    );
    assert_eq!(String::from_utf8_lossy(&received.body), expected, "the exact multipart body");
    // The same, part by part, the way a form parser reads it.
    let parts = parse_multipart(content_type, &received.body);
    assert_eq!(parts.len(), 2, "{parts:#?}");
    assert_eq!((parts[0].name.as_str(), parts[0].content_type.as_deref()), ("sdp", Some("application/sdp")));
    assert_eq!(parts[0].text(), SDP_OFFER);
    assert_eq!((parts[1].name.as_str(), parts[1].content_type.as_deref()), ("session", Some("application/json")));
    assert_eq!(
        serde_json::from_str::<Value>(parts[1].text()).unwrap(),
        json!({
            "type": "realtime",
            "model": "gpt-realtime",
            "instructions": "You are a friendly assistant.",
            "audio": {"output": {"voice": "marin"}}
        })
    );
}

/// Without session settings (the client secret that authenticates the call carries them)
/// the form has the offer alone.
#[tokio::test]
async fn realtime_calls_create_with_the_offer_alone_sends_one_part() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/realtime/calls"))
        .respond_with(ResponseTemplate::new(201).set_body_raw(SDP_ANSWER, "application/sdp"))
        .expect(1)
        .mount(&server)
        .await;
    let answer =
        within(realtime_client(&server.uri()).realtime().calls().create(&RealtimeCallCreateRequest::new(SDP_OFFER)))
            .await
            .unwrap();
    assert_eq!(answer, SDP_ANSWER);
    let received = only_request(&server).await;
    let parts = parse_multipart(request_header(&received, "content-type").unwrap(), &received.body);
    assert_eq!(parts.len(), 1, "{parts:#?}");
    assert_eq!((parts[0].name.as_str(), parts[0].content_type.as_deref()), ("sdp", Some("application/sdp")));
    assert_eq!(parts[0].text(), SDP_OFFER);
}

/// `POST /realtime/client_secrets`: the expiry and the session settings as JSON, and the
/// secret decoded with the session it opens (the reference's example answer).
#[tokio::test]
async fn realtime_client_secrets_create_sends_the_session_and_decodes_the_secret() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/realtime/client_secrets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "value": "ek_68af296e8e408191a1120ab6383263c2",
            "expires_at": 1756310470,
            "session": {
                "type": "realtime",
                "object": "realtime.session",
                "id": "sess_C9CiUVUzUzYIssh3ELY1d",
                "model": "gpt-realtime",
                "output_modalities": ["audio"],
                "instructions": "You are a friendly assistant.",
                "tools": [],
                "tool_choice": "auto",
                "max_output_tokens": "inf",
                "tracing": null,
                "truncation": "auto",
                "prompt": null,
                "expires_at": 0,
                "audio": {
                    "input": {
                        "format": {"type": "audio/pcm", "rate": 24000},
                        "transcription": null,
                        "noise_reduction": null,
                        "turn_detection": {"type": "server_vad"}
                    },
                    "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "alloy", "speed": 1.0}
                },
                "include": null
            }
        })))
        .expect(1)
        .mount(&server)
        .await;
    let request = RealtimeCreateClientSecretRequest::new()
        .expires_after(RealtimeClientSecretExpiresAfter::new().anchor("created_at").seconds(600))
        .session(
            RealtimeSessionCreateRequest::new()
                .model("gpt-realtime")
                .instructions("You are a friendly assistant.")
                .audio(RealtimeSessionAudio::new().output(RealtimeSessionAudioOutput::new().voice("alloy"))),
        );

    let secret = within(realtime_client(&server.uri()).realtime().client_secrets().create(&request)).await.unwrap();

    let received = only_request(&server).await;
    assert_eq!(request_header(&received, "content-type"), Some("application/json"));
    assert_eq!(
        serde_json::from_slice::<Value>(&received.body).unwrap(),
        json!({
            "expires_after": {"anchor": "created_at", "seconds": 600},
            "session": {
                "type": "realtime",
                "model": "gpt-realtime",
                "instructions": "You are a friendly assistant.",
                "audio": {"output": {"voice": "alloy"}}
            }
        })
    );
    assert_eq!(secret.value, "ek_68af296e8e408191a1120ab6383263c2");
    assert_eq!(secret.expires_at, 1756310470);
    let RealtimeSessionInfo::Realtime(session) = &secret.session else { panic!("{:?}", secret.session) };
    assert_eq!(session.id, "sess_C9CiUVUzUzYIssh3ELY1d");
    assert_eq!(session.object, "realtime.session");
    assert_eq!(session.model.as_deref(), Some("gpt-realtime"));
    assert_eq!(session.instructions.as_deref(), Some("You are a friendly assistant."));
    assert!(matches!(session.max_output_tokens, Some(RealtimeMaxOutputTokens::Enum(RealtimeMaxOutputTokensEnum::Inf))));
    assert!(matches!(session.truncation, Some(RealtimeTruncation::Enum(RealtimeTruncationEnum::Auto))));
    assert_eq!(session.tracing, None, "`null` reads as unset");
    let audio = session.audio.as_ref().expect("audio");
    let input = audio.input.as_ref().expect("audio.input");
    assert!(matches!(&input.format, Some(RealtimeAudioFormats::AudioPcm(pcm)) if pcm.rate == Some(24000)));
    assert!(matches!(&input.turn_detection, Some(RealtimeTurnDetection::ServerVad(_))), "{:?}", input.turn_detection);
    let output = audio.output.as_ref().expect("audio.output");
    assert_eq!(output.voice.as_deref(), Some("alloy"));
    assert_eq!(output.speed, Some(1.0));
}
