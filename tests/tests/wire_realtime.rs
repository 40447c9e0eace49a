//! Wire tests: the Realtime API over a tokio-tungstenite WebSocket server on 127.0.0.1.
//! The handshake (URL, query, headers), typed client events out, typed server events in
//! (including an unknown type), closing from either side, and a refused handshake.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use openai_client::types::*;
use openai_client::{Client, Error};
use serde_json::{Value, json};
use tests::wire::{API_KEY, RawServer, USER_AGENT, builder, write};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

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

async fn within<T>(future: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(5), future).await.expect("the realtime exchange stalled")
}

fn server_events() -> Vec<Value> {
    vec![
        json!({"type": "session.created", "event_id": "event_1", "session": {
            "id": "sess_001", "object": "realtime.session", "model": "gpt-realtime",
            "modalities": ["text", "audio"], "voice": "alloy", "expires_at": 1742000000
        }}),
        json!({"type": "response.output_text.delta", "event_id": "event_2", "response_id": "resp_1",
               "item_id": "item_1", "output_index": 0, "content_index": 0, "delta": "Hel"}),
        json!({"type": "response.hologram.delta", "event_id": "event_3", "frames": [1, 2, 3]}),
        json!({"type": "error", "event_id": "event_4", "error": {
            "type": "invalid_request_error", "code": "invalid_value",
            "message": "Invalid modality", "param": "session.modalities", "event_id": "evt_client_1"
        }}),
    ]
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
    let update = RealtimeClientEventSessionUpdate::new(
        RealtimeSession::new()
            .modalities(vec![RealtimeSessionModalitiesItem::Text])
            .instructions("Be brief.")
            .voice("alloy".to_owned())
            .input_audio_format(RealtimeSessionInputAudioFormat::Pcm16),
    )
    .event_id("evt_client_1");
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
    assert_eq!(created.session.id.as_deref(), Some("sess_001"));
    assert_eq!(created.session.model.as_deref(), Some("gpt-realtime"));
    let RealtimeServerEvent::ResponseOutputTextDelta(delta) = &events[1] else { panic!("{:?}", events[1]) };
    assert_eq!((delta.delta.as_str(), delta.response_id.as_str()), ("Hel", "resp_1"));
    let RealtimeServerEvent::Unknown(unknown) = &events[2] else {
        panic!("an unknown event type must decode as Unknown, got {:?}", events[2])
    };
    assert_eq!(unknown, &server_events()[2]);
    let RealtimeServerEvent::Error(error) = &events[3] else { panic!("{:?}", events[3]) };
    assert_eq!(error.error.message, "Invalid modality");
    assert_eq!(error.error.code.as_deref(), Some("invalid_value"));
    assert_eq!(error.error.param.as_deref(), Some("session.modalities"));
    assert!(within(session.next()).await.is_none(), "the session stays closed");

    // What the server received: one JSON text message per client event.
    // (The exact `session` object is checked by `realtime_session_update_sends_only_the_fields_set`.)
    let first: Value = serde_json::from_str(&received_by_server.recv().await.unwrap()).unwrap();
    assert_eq!(first["type"], "session.update");
    assert_eq!(first["event_id"], "evt_client_1");
    assert_eq!(first["session"]["modalities"], json!(["text"]));
    assert_eq!(first["session"]["instructions"], "Be brief.");
    assert_eq!(first["session"]["voice"], "alloy");
    assert_eq!(first["session"]["input_audio_format"], "pcm16");
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

/// The session and event shapes in the spec are those of the beta Realtime interface
/// (flat `session` fields, see `spec/DIVERGENCES.md`), which the server only speaks when
/// the upgrade request carries `OpenAI-Beta: realtime=v1` (the spec's own description
/// of `/realtime` says so, and `docs/runtime.md` documents `connect` as sending it).
#[tokio::test]
async fn realtime_connect_sends_the_beta_header() {
    let (base, seen) = ws_server(|mut ws| async move {
        ws.close(None).await.unwrap();
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await;
    let client = realtime_client(&base);
    let mut session = within(client.realtime().connect("gpt-realtime")).await.unwrap();
    assert!(within(session.next()).await.is_none());
    assert_eq!(handshake_value(&seen, "openai-beta").as_deref(), Some("realtime=v1"));
}

/// A `session.update` carries the session settings the caller chose and nothing else: the
/// server-reported `id`, `object` and `expires_at` of `RealtimeSession` are not part of the
/// request shape (the reference's `RealtimeSessionCreateRequest` has none of them).
#[tokio::test]
async fn realtime_session_update_sends_only_the_fields_set() {
    let (sent_to_server, mut received_by_server) = mpsc::unbounded_channel::<String>();
    let (base, _) = ws_server(move |mut ws| async move {
        if let Some(Ok(Message::Text(text))) = ws.next().await {
            sent_to_server.send(text.to_string()).unwrap();
        }
        ws.close(None).await.unwrap();
        while let Some(Ok(_)) = ws.next().await {}
    })
    .await;
    let mut session = within(realtime_client(&base).realtime().connect("gpt-realtime")).await.unwrap();
    let update = RealtimeClientEventSessionUpdate::new(
        RealtimeSession::new()
            .instructions("Be brief.")
            .output_audio_format(RealtimeSessionOutputAudioFormat::G711Ulaw),
    );
    within(session.send(&RealtimeClientEvent::SessionUpdate(update))).await.unwrap();
    let sent: Value = serde_json::from_str(&within(received_by_server.recv()).await.unwrap()).unwrap();
    assert_eq!(
        sent,
        json!({
            "type": "session.update",
            "session": {"instructions": "Be brief.", "output_audio_format": "g711_ulaw"}
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
