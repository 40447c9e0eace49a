//! Webhooks: the generated verifier (`runtime/webhooks.rs`) and event union
//! (`types::WebhookEvent`) of the flagship client. Signatures follow Standard Webhooks as
//! OpenAI sends them; the known-good vector below was computed once, independently of this
//! crate, with Python's `hmac`:
//!
//! ```sh
//! python3 -c "
//! import hmac, hashlib, base64
//! key = b'openai-client webhook test key!!'
//! print('whsec_' + base64.b64encode(key).decode())
//! body = b'{\"id\":\"evt_685343a1381c819085d44c354e1b330e\",\"type\":\"response.completed\",\"created_at\":1719168000,\"data\":{\"id\":\"resp_abc123\"},\"object\":\"event\"}'
//! msg = b'wh_685343a1_test.1719168000.' + body
//! print('v1,' + base64.b64encode(hmac.new(key, msg, hashlib.sha256).digest()).decode())"
//! ```
//!
//! Times are injected (`verify_at`, `unwrap_at`), so no test depends on the clock; one test
//! POSTs a signed delivery to a small HTTP server on 127.0.0.1 and verifies it from the
//! `HeaderMap` the server received.

// Headers arrive as a `HashMap` from some server frameworks; the verifier reads one in
// sorted order, and so does nothing here depend on its iteration order.
#![allow(clippy::disallowed_types)]

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use openai_client::runtime::{DEFAULT_WEBHOOK_TOLERANCE, WebhookHeaders};
use openai_client::types::WebhookEvent;
use openai_client::{WebhookError, Webhooks};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const SECRET: &str = "whsec_b3BlbmFpLWNsaWVudCB3ZWJob29rIHRlc3Qga2V5ISE=";
const ROTATED_SECRET: &str = "whsec_dGhlIHJvdGF0ZWQtaW4gc2Vjb25kIHNlY3JldC4uLi4=";
const ID: &str = "wh_685343a1_test";
const TIMESTAMP: i64 = 1719168000;
const BODY: &str = r#"{"id":"evt_685343a1381c819085d44c354e1b330e","type":"response.completed","created_at":1719168000,"data":{"id":"resp_abc123"},"object":"event"}"#;
const SIGNATURE: &str = "v1,iw1eDVPkpksLdZGpogjXXZfDGIOWl8EsJH+dSeisvHM=";

fn at(seconds: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).unwrap())
}

fn headers(signature: &str) -> Vec<(&'static str, String)> {
    vec![
        ("webhook-id", ID.to_owned()),
        ("webhook-timestamp", TIMESTAMP.to_string()),
        ("webhook-signature", signature.to_owned()),
    ]
}

fn webhooks() -> Webhooks {
    Webhooks::new(SECRET).unwrap()
}

#[test]
fn a_known_good_delivery_verifies_and_decodes_into_its_variant() {
    let hooks = webhooks();
    assert_eq!(hooks.sign(ID, TIMESTAMP, BODY.as_bytes()), SIGNATURE, "our signer agrees with Python's hmac");
    let now = at(TIMESTAMP + 42);
    hooks.verify_at(&headers(SIGNATURE), BODY.as_bytes(), now).unwrap();
    match hooks.unwrap_at(&headers(SIGNATURE), BODY.as_bytes(), now).unwrap() {
        WebhookEvent::ResponseCompleted(event) => {
            assert_eq!(event.id, "evt_685343a1381c819085d44c354e1b330e");
            assert_eq!(event.r#type, "response.completed");
            assert_eq!(event.created_at, TIMESTAMP);
            assert_eq!(event.data.id, "resp_abc123");
        }
        other => panic!("decoded as {other:?}"),
    }
    assert_eq!(hooks.tolerance(), DEFAULT_WEBHOOK_TOLERANCE);
    // The secret without its prefix is the same key.
    let bare = Webhooks::new(SECRET.trim_start_matches("whsec_")).unwrap();
    bare.verify_at(&headers(SIGNATURE), BODY.as_bytes(), now).unwrap();
}

#[test]
fn every_event_of_the_spec_has_its_variant() {
    let hooks = webhooks();
    let cases = [
        ("response.failed", "resp_1"),
        ("response.cancelled", "resp_2"),
        ("response.incomplete", "resp_3"),
        ("batch.completed", "batch_1"),
        ("batch.failed", "batch_2"),
        ("fine_tuning.job.succeeded", "ftjob_1"),
        ("fine_tuning.job.failed", "ftjob_2"),
    ];
    for (kind, object) in cases {
        let body = format!(r#"{{"id":"evt_1","type":"{kind}","created_at":{TIMESTAMP},"data":{{"id":"{object}"}}}}"#);
        let signature = hooks.sign(ID, TIMESTAMP, body.as_bytes());
        let event = hooks.unwrap_at(&headers(&signature), body.as_bytes(), at(TIMESTAMP)).unwrap();
        let data_id = match &event {
            WebhookEvent::ResponseFailed(e) => &e.data.id,
            WebhookEvent::ResponseCancelled(e) => &e.data.id,
            WebhookEvent::ResponseIncomplete(e) => &e.data.id,
            WebhookEvent::BatchCompleted(e) => &e.data.id,
            WebhookEvent::BatchFailed(e) => &e.data.id,
            WebhookEvent::FineTuningJobSucceeded(e) => &e.data.id,
            WebhookEvent::FineTuningJobFailed(e) => &e.data.id,
            other => panic!("{kind} decoded as {other:?}"),
        };
        assert_eq!(data_id, object, "{kind}");
        // Re-encoding gives the same JSON back.
        let value: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(serde_json::to_value(&event).unwrap(), value, "{kind}");
    }
}

#[test]
fn a_tampered_body_or_signature_is_refused() {
    let hooks = webhooks();
    let now = at(TIMESTAMP);
    let tampered = BODY.replace("resp_abc123", "resp_abc124");
    let err = hooks.verify_at(&headers(SIGNATURE), tampered.as_bytes(), now).unwrap_err();
    assert_eq!(err, WebhookError::NoMatchingSignature { signatures: 1, secrets: 1 });
    assert!(err.to_string().contains("no webhook signature matches"), "{err}");

    // One bit of the signature changed (still valid base64).
    let flipped = SIGNATURE.replacen("iw1e", "iw1f", 1);
    let err = hooks.verify_at(&headers(&flipped), BODY.as_bytes(), now).unwrap_err();
    assert!(matches!(err, WebhookError::NoMatchingSignature { .. }), "{err:?}");
    // A truncated signature.
    let err = hooks.verify_at(&headers("v1,iw1eDVPk"), BODY.as_bytes(), now).unwrap_err();
    assert!(matches!(err, WebhookError::NoMatchingSignature { .. }), "{err:?}");
    // The id and timestamp are signed too.
    let mut other_id = headers(SIGNATURE);
    other_id[0].1 = "wh_other".to_owned();
    assert!(hooks.verify_at(&other_id, BODY.as_bytes(), now).is_err());
    // `unwrap` refuses before decoding.
    assert!(matches!(
        hooks.unwrap_at(&headers(SIGNATURE), tampered.as_bytes(), now),
        Err(WebhookError::NoMatchingSignature { .. })
    ));
}

#[test]
fn malformed_signature_headers_say_what_is_wrong() {
    let hooks = webhooks();
    let now = at(TIMESTAMP);
    for (value, expected) in [
        ("iw1eDVPkpksLdZGpogjXXZfDGIOWl8EsJH", "expected `v1,<base64>` entries"),
        ("v1,not*base64", "is not base64"),
        ("v1a,c29tZXRoaW5n", "none of its 1 entries is a `v1,<base64>` signature"),
    ] {
        let err = hooks.verify_at(&headers(value), BODY.as_bytes(), now).unwrap_err();
        let WebhookError::InvalidHeader { header, reason } = &err else { panic!("{value}: {err:?}") };
        assert_eq!(*header, "webhook-signature");
        assert!(reason.contains(expected), "{value}: {reason}");
    }
    let mut bad_time = headers(SIGNATURE);
    bad_time[1].1 = "yesterday".to_owned();
    let err = hooks.verify_at(&bad_time, BODY.as_bytes(), now).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the webhook request's `webhook-timestamp` header is malformed: expected Unix seconds, found `yesterday`"
    );
}

#[test]
fn timestamps_outside_the_tolerance_are_refused_either_way() {
    let hooks = webhooks();
    let good = headers(SIGNATURE);
    for inside in [TIMESTAMP - 300, TIMESTAMP, TIMESTAMP + 300] {
        hooks.verify_at(&good, BODY.as_bytes(), at(inside)).unwrap();
    }
    let err = hooks.verify_at(&good, BODY.as_bytes(), at(TIMESTAMP + 301)).unwrap_err();
    assert_eq!(
        err,
        WebhookError::TimestampTooOld {
            timestamp: TIMESTAMP,
            age: Duration::from_secs(301),
            tolerance: Duration::from_secs(300)
        }
    );
    assert_eq!(
        err.to_string(),
        "the webhook was signed 301 s ago (timestamp 1719168000), beyond the tolerance of 300 s"
    );
    let err = hooks.verify_at(&good, BODY.as_bytes(), at(TIMESTAMP - 3600)).unwrap_err();
    assert_eq!(
        err,
        WebhookError::TimestampInFuture {
            timestamp: TIMESTAMP,
            ahead: Duration::from_secs(3600),
            tolerance: Duration::from_secs(300)
        }
    );
    // A tighter tolerance.
    let strict = webhooks().with_tolerance(Duration::from_secs(10));
    strict.verify_at(&good, BODY.as_bytes(), at(TIMESTAMP + 10)).unwrap();
    assert!(matches!(
        strict.verify_at(&good, BODY.as_bytes(), at(TIMESTAMP + 11)),
        Err(WebhookError::TimestampTooOld { .. })
    ));
}

#[test]
fn one_matching_signature_among_several_is_enough() {
    let hooks = webhooks();
    let other = Webhooks::new(ROTATED_SECRET).unwrap().sign(ID, TIMESTAMP, BODY.as_bytes());
    let several = format!("v1a,c29tZXRoaW5n {other} {SIGNATURE}");
    hooks.verify_at(&headers(&several), BODY.as_bytes(), at(TIMESTAMP)).unwrap();
    // None of several matching is reported with the count.
    let err = hooks.verify_at(&headers(&format!("{other} {other}")), BODY.as_bytes(), at(TIMESTAMP)).unwrap_err();
    assert_eq!(err, WebhookError::NoMatchingSignature { signatures: 2, secrets: 1 });
}

#[test]
fn rotated_secrets_accept_either_and_nothing_else() {
    let hooks = Webhooks::with_secrets([SECRET, ROTATED_SECRET]).unwrap();
    let now = at(TIMESTAMP);
    let by_new = Webhooks::new(ROTATED_SECRET).unwrap().sign(ID, TIMESTAMP, BODY.as_bytes());
    hooks.verify_at(&headers(SIGNATURE), BODY.as_bytes(), now).unwrap();
    hooks.verify_at(&headers(&by_new), BODY.as_bytes(), now).unwrap();
    let unknown = Webhooks::new("whsec_c29tZSBvdGhlciBrZXk=").unwrap().sign(ID, TIMESTAMP, BODY.as_bytes());
    let err = hooks.verify_at(&headers(&unknown), BODY.as_bytes(), now).unwrap_err();
    assert_eq!(err, WebhookError::NoMatchingSignature { signatures: 1, secrets: 2 });
    // The secrets never show in `Debug`.
    let debug = format!("{hooks:?}");
    assert!(!debug.contains("b3BlbmFp") && debug.contains("2 (redacted)"), "{debug}");
}

#[test]
fn bad_secrets_are_refused_clearly() {
    for (secret, expected) in [
        ("whsec_!!!", "expected `whsec_` followed by base64"),
        ("whsec_", "the secret is empty"),
        ("", "the secret is empty"),
    ] {
        let err = Webhooks::new(secret).unwrap_err();
        let WebhookError::InvalidSecret { reason } = &err else { panic!("{secret:?}: {err:?}") };
        assert!(reason.contains(expected), "{secret:?}: {reason}");
    }
    let err = Webhooks::with_secrets(Vec::<String>::new()).unwrap_err();
    assert!(matches!(err, WebhookError::InvalidSecret { .. }), "{err:?}");
}

#[test]
fn missing_headers_are_named() {
    let hooks = webhooks();
    for (index, name) in ["webhook-id", "webhook-timestamp", "webhook-signature"].into_iter().enumerate() {
        let mut partial = headers(SIGNATURE);
        partial.remove(index);
        let err = hooks.verify_at(&partial, BODY.as_bytes(), at(TIMESTAMP)).unwrap_err();
        assert_eq!(err, WebhookError::MissingHeader { header: name });
        assert_eq!(err.to_string(), format!("the webhook request has no `{name}` header"));
    }
    let empty: [(&str, &str); 0] = [];
    assert_eq!(
        hooks.verify_at(&empty, BODY.as_bytes(), at(TIMESTAMP)).unwrap_err(),
        WebhookError::MissingHeader { header: "webhook-id" }
    );
}

#[test]
fn header_names_match_in_any_case_from_any_container() {
    let hooks = webhooks();
    let now = at(TIMESTAMP);
    let pairs = [("Webhook-Id", ID), ("WEBHOOK-TIMESTAMP", "1719168000"), ("Webhook-Signature", SIGNATURE)];
    hooks.verify_at(&pairs, BODY.as_bytes(), now).unwrap();
    hooks.verify_at(&pairs[..], BODY.as_bytes(), now).unwrap();
    let map: HashMap<String, String> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    hooks.verify_at(&map, BODY.as_bytes(), now).unwrap();
    let tree: BTreeMap<&str, &str> = pairs.into_iter().collect();
    hooks.verify_at(&tree, BODY.as_bytes(), now).unwrap();
    // A header sent twice is one value of both (several signatures in two lines).
    let mut http = reqwest::header::HeaderMap::new();
    http.insert("webhook-id", ID.parse().unwrap());
    http.insert("webhook-timestamp", "1719168000".parse().unwrap());
    http.append("webhook-signature", "v1,c29tZXRoaW5nIGVsc2U=".parse().unwrap());
    http.append("webhook-signature", SIGNATURE.parse().unwrap());
    assert_eq!(http.header("webhook-signature").unwrap(), format!("v1,c29tZXRoaW5nIGVsc2U= {SIGNATURE}"));
    hooks.verify_at(&http, BODY.as_bytes(), now).unwrap();
}

#[test]
fn an_unknown_event_type_keeps_its_json() {
    let hooks = webhooks();
    let body =
        r#"{"id":"evt_9","type":"vector_store.expired","created_at":1719168000,"data":{"id":"vs_1","extra":[1,2]}}"#;
    let signature = hooks.sign(ID, TIMESTAMP, body.as_bytes());
    match hooks.unwrap_at(&headers(&signature), body.as_bytes(), at(TIMESTAMP)).unwrap() {
        WebhookEvent::Unknown(value) => {
            assert_eq!(value, serde_json::from_str::<serde_json::Value>(body).unwrap());
            let event = WebhookEvent::Unknown(value);
            assert_eq!(
                (event.id(), event.event_type(), event.object_id()),
                ("evt_9", "vector_store.expired", Some("vs_1"))
            );
        }
        other => panic!("decoded as {other:?}"),
    }
}

#[test]
fn every_webhook_of_the_api_decodes_into_its_variant() {
    let hooks = webhooks();
    let event = |kind: &str, data: &str| {
        let body =
            format!(r#"{{"id":"evt_1","type":"{kind}","object":"event","created_at":1719168000,"data":{data}}}"#);
        let signature = hooks.sign(ID, TIMESTAMP, body.as_bytes());
        hooks.unwrap_at(&headers(&signature), body.as_bytes(), at(TIMESTAMP)).unwrap()
    };
    let object = r#"{"id":"obj_1"}"#;
    let call = r#"{"call_id":"rtc_1","sip_headers":[{"name":"From","value":"sip:+15550100@example.com"}]}"#;
    let live = r#"{"session_id":"sess_1","sip_headers":[{"name":"To","value":"sip:+15550199@example.com"}]}"#;
    let variant = |event: WebhookEvent| format!("{event:?}").split('(').next().unwrap_or_default().to_owned();
    let cases = [
        ("response.completed", object, "ResponseCompleted"),
        ("response.failed", object, "ResponseFailed"),
        ("response.cancelled", object, "ResponseCancelled"),
        ("response.incomplete", object, "ResponseIncomplete"),
        ("batch.completed", object, "BatchCompleted"),
        ("batch.failed", object, "BatchFailed"),
        ("batch.cancelled", object, "BatchCancelled"),
        ("batch.expired", object, "BatchExpired"),
        ("fine_tuning.job.succeeded", object, "FineTuningJobSucceeded"),
        ("fine_tuning.job.failed", object, "FineTuningJobFailed"),
        ("fine_tuning.job.cancelled", object, "FineTuningJobCancelled"),
        ("eval.run.succeeded", object, "EvalRunSucceeded"),
        ("eval.run.failed", object, "EvalRunFailed"),
        ("eval.run.canceled", object, "EvalRunCanceled"),
        ("realtime.call.incoming", call, "RealtimeCallIncoming"),
        ("live.call.incoming", live, "LiveCallIncoming"),
    ];
    for (kind, data, expected) in cases {
        assert_eq!(variant(event(kind, data)), expected, "{kind}");
    }
    // What every event carries, read the same way whatever its type.
    let incoming = event("realtime.call.incoming", call);
    assert_eq!(
        (incoming.id(), incoming.event_type(), incoming.created_at()),
        ("evt_1", "realtime.call.incoming", 1719168000)
    );
    assert_eq!(incoming.object_id(), Some("rtc_1"));
    assert_eq!(event("live.call.incoming", live).object_id(), Some("sess_1"));
    assert_eq!(event("batch.expired", object).object_id(), Some("obj_1"));
    match event("realtime.call.incoming", call) {
        WebhookEvent::RealtimeCallIncoming(incoming) => {
            assert_eq!(incoming.data.call_id, "rtc_1");
            assert_eq!(incoming.data.sip_headers[0].name, "From");
        }
        other => panic!("decoded as {other:?}"),
    }
}

#[test]
fn a_verified_body_that_does_not_decode_names_the_json_path() {
    let hooks = webhooks();
    let body = r#"{"id":"evt_1","type":"batch.completed","created_at":1719168000,"data":{"id":["not","a","string"]}}"#;
    let signature = hooks.sign(ID, TIMESTAMP, body.as_bytes());
    let err = hooks.unwrap_at(&headers(&signature), body.as_bytes(), at(TIMESTAMP)).unwrap_err();
    let WebhookError::Decode(decode) = &err else { panic!("{err:?}") };
    assert_eq!(decode.path, "data.id", "{decode:?}");
    assert!(err.to_string().starts_with("the webhook payload does not decode as `WebhookEvent` at `data.id`"), "{err}");
    assert!(std::error::Error::source(&err).is_some());
}

/// Run by [`from_env_reads_the_secret_variable`] in a child process, with the variable set
/// there (changing the environment of this multi-threaded test process would race).
#[test]
fn from_env_child() {
    let Ok(expect) = std::env::var("WEBHOOK_TEST_EXPECT") else { return };
    match expect.as_str() {
        "rotation" => {
            let hooks = Webhooks::from_env().unwrap();
            let by_new = Webhooks::new(ROTATED_SECRET).unwrap().sign(ID, TIMESTAMP, BODY.as_bytes());
            hooks.verify_at(&headers(SIGNATURE), BODY.as_bytes(), at(TIMESTAMP)).unwrap();
            hooks.verify_at(&headers(&by_new), BODY.as_bytes(), at(TIMESTAMP)).unwrap();
        }
        "missing" => {
            let err = Webhooks::from_env().unwrap_err();
            assert_eq!(err, WebhookError::MissingSecret { variable: "OPENAI_WEBHOOK_SECRET" });
            assert_eq!(err.to_string(), "no webhook secret: the environment variable OPENAI_WEBHOOK_SECRET is not set");
        }
        other => panic!("unknown case {other}"),
    }
    println!("from_env child case {expect} passed");
}

#[test]
fn from_env_reads_the_secret_variable() {
    let exe = std::env::current_exe().unwrap();
    for (case, secret) in [("rotation", Some(format!("{SECRET} {ROTATED_SECRET}"))), ("missing", None)] {
        let mut command = std::process::Command::new(&exe);
        command.args(["--exact", "from_env_child", "--nocapture", "--test-threads", "1"]);
        command.env("WEBHOOK_TEST_EXPECT", case);
        match &secret {
            Some(value) => command.env("OPENAI_WEBHOOK_SECRET", value),
            None => command.env_remove("OPENAI_WEBHOOK_SECRET"),
        };
        let output = command.output().unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "{case}: {text}");
        assert!(text.contains(&format!("from_env child case {case} passed")), "{case}: the child ran nothing: {text}");
    }
}

/// A webhook endpoint on 127.0.0.1 that reads one HTTP/1.1 request per connection, verifies
/// it from the `HeaderMap` it parsed, answers 200 or 400, and reports what it decoded.
async fn serve(
    hooks: Webhooks,
    now: SystemTime,
) -> (String, tokio::sync::mpsc::UnboundedReceiver<Result<WebhookEvent, WebhookError>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhook", listener.local_addr().unwrap());
    let (report, received) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else { return };
            let mut data = Vec::new();
            let mut buffer = [0u8; 4096];
            let head_end = loop {
                let read = socket.read(&mut buffer).await.unwrap();
                assert!(read > 0, "connection closed before the headers ended");
                data.extend_from_slice(&buffer[..read]);
                if let Some(at) = data.windows(4).position(|w| w == b"\r\n\r\n") {
                    break at;
                }
            };
            let head = String::from_utf8(data[..head_end].to_vec()).unwrap();
            let mut headers = reqwest::header::HeaderMap::new();
            for line in head.lines().skip(1) {
                let (name, value) = line.split_once(':').unwrap();
                headers.append(
                    reqwest::header::HeaderName::from_bytes(name.trim().as_bytes()).unwrap(),
                    value.trim().parse().unwrap(),
                );
            }
            let length: usize = headers["content-length"].to_str().unwrap().parse().unwrap();
            let mut body = data[head_end + 4..].to_vec();
            while body.len() < length {
                let read = socket.read(&mut buffer).await.unwrap();
                body.extend_from_slice(&buffer[..read]);
            }
            let result = hooks.unwrap_at(&headers, &body, now);
            let status = if result.is_ok() { "200 OK" } else { "400 Bad Request" };
            let reply = format!("HTTP/1.1 {status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            socket.write_all(reply.as_bytes()).await.unwrap();
            let _ = report.send(result);
        }
    });
    (url, received)
}

#[tokio::test]
async fn a_signed_post_to_a_local_endpoint_is_verified_from_its_header_map() {
    let _ = rustls_graviola::default_provider().install_default();
    let (url, mut received) = serve(webhooks(), at(TIMESTAMP + 5)).await;
    let http = reqwest::Client::new();
    let post = |signature: &str, body: &'static str| {
        http.post(&url)
            .header("Webhook-Id", ID)
            .header("Webhook-Timestamp", TIMESTAMP.to_string())
            .header("Webhook-Signature", signature)
            .header("Content-Type", "application/json")
            .body(body)
            .send()
    };
    let answer = post(SIGNATURE, BODY).await.unwrap();
    assert_eq!(answer.status(), 200);
    match received.recv().await.unwrap() {
        Ok(WebhookEvent::ResponseCompleted(event)) => assert_eq!(event.data.id, "resp_abc123"),
        other => panic!("the endpoint got {other:?}"),
    }
    let tampered = r#"{"id":"evt_685343a1381c819085d44c354e1b330e","type":"response.completed","created_at":1719168000,"data":{"id":"resp_evil"},"object":"event"}"#;
    let answer = post(SIGNATURE, tampered).await.unwrap();
    assert_eq!(answer.status(), 400);
    assert!(matches!(received.recv().await.unwrap(), Err(WebhookError::NoMatchingSignature { .. })));
}
