//! Conformance cases of the Realtime REST operations: client secrets (for realtime,
//! transcription and translation sessions), the legacy session endpoints, and the calls
//! (a WebRTC offer sent as a multipart form, SIP calls accepted, transferred, rejected and
//! hung up). The WebSocket itself is covered by `wire_realtime.rs`.

use openai_client::Client;
use openai_client::types::*;
use serde_json::json;

use super::support::*;

cases! {
    "create-realtime-client-secret" => create_client_secret,
    "create-realtime-session" => create_session,
    "create-realtime-transcription-session" => create_transcription_session,
    "create-realtime-translation-client-secret" => create_translation_client_secret,
    "create-realtime-call" => create_call,
    "accept-realtime-call" => accept_call,
    "hangup-realtime-call" => hangup_call,
    "refer-realtime-call" => refer_call,
    "reject-realtime-call" => reject_call,
}

// ---------------------------------------------------------------------------------------
//  Checks and request pieces
// ---------------------------------------------------------------------------------------

/// Checks the session a client secret opens: a known kind, with its id, object and type.
fn check_session_info(method: &str, session: &RealtimeSessionInfo) -> CaseResult {
    match session {
        RealtimeSessionInfo::Realtime(session) => {
            ensure_id(method, "session.id", &session.id)?;
            ensure_eq(method, "session.type", &session.r#type, "realtime")
        }
        RealtimeSessionInfo::Transcription(session) => {
            ensure_id(method, "session.id", &session.id)?;
            ensure_eq(method, "session.type", &session.r#type, "transcription")
        }
        RealtimeSessionInfo::Unknown(value) => Err(format!("{method}: a session of no known kind: {value}")),
    }
}

/// A function tool the model may call during the conversation.
fn lookup_order_tool() -> RealtimeFunctionTool {
    RealtimeFunctionTool::new().name("lookup_order").description("Status of a customer's order").parameters(json!({
        "type": "object",
        "properties": {"order_id": {"type": "string", "description": "Order number, such as A-1042"}},
        "required": ["order_id"],
        "additionalProperties": false
    }))
}

/// 24 kHz PCM in and out, semantic turn detection, transcription of what the caller says.
fn voice_audio() -> RealtimeSessionAudio {
    RealtimeSessionAudio::new()
        .input(
            RealtimeSessionAudioInput::new()
                .format(RealtimeAudioFormatPcm::new().rate(24000))
                .transcription(AudioTranscription::new().model("gpt-4o-transcribe").language("en"))
                .noise_reduction(RealtimeNoiseReduction::new().r#type(NoiseReductionType::NearField))
                .turn_detection(
                    RealtimeSemanticVad::new().eagerness(RealtimeSemanticVadEagerness::Medium).create_response(true),
                ),
        )
        .output(RealtimeSessionAudioOutput::new().format(RealtimeAudioFormatPcm::new().rate(24000)).voice("marin"))
}

/// A support agent's voice session: audio in and out, a function tool and an MCP server.
fn voice_session() -> RealtimeSessionCreateRequest {
    RealtimeSessionCreateRequest::new()
        .model("gpt-realtime")
        .output_modalities(vec![RealtimeSessionCreateRequestOutputModalitiesItem::Audio])
        .instructions("You are a friendly support agent for an online bookshop. Keep answers short.")
        .audio(voice_audio())
        .include(vec![RealtimeSessionCreateRequestIncludeItem::ItemInputAudioTranscriptionLogprobs])
        .tools(vec![
            lookup_order_tool().into(),
            McpTool::new("docs")
                .server_url("https://mcp.example.com/sse")
                .require_approval(McpToolRequireApprovalEnum::Never)
                .into(),
        ])
        .tool_choice(ToolChoiceOptions::Auto)
        .max_output_tokens(1024)
        .tracing(RealtimeTracingConfiguration::new().workflow_name("bookshop-support").group_id("team-a"))
        .truncation(RealtimeTruncationRetentionRatio::new(0.8))
}

/// A session that answers in text only, with server VAD turn detection on G.711 audio.
fn text_session() -> RealtimeSessionCreateRequest {
    RealtimeSessionCreateRequest::new()
        .model("gpt-realtime-mini")
        .output_modalities(vec![RealtimeSessionCreateRequestOutputModalitiesItem::Text])
        .instructions("Answer in one sentence.")
        .audio(
            RealtimeSessionAudio::new().input(
                RealtimeSessionAudioInput::new().format(RealtimeAudioFormatPcmu::new()).turn_detection(
                    RealtimeServerVad::new()
                        .threshold(0.6)
                        .prefix_padding_ms(300)
                        .silence_duration_ms(500)
                        .idle_timeout_ms(10_000),
                ),
            ),
        )
        .tool_choice(ToolChoiceFunction::new("lookup_order"))
        .tools(vec![lookup_order_tool().into()])
        .max_output_tokens(RealtimeMaxOutputTokensEnum::Inf)
        .tracing(RealtimeTracingConfigEnum::Auto)
        .truncation(RealtimeTruncationEnum::Auto)
}

/// A transcription-only session: G.711 A-law input, transcribed with a prompt.
fn transcription_session() -> RealtimeTranscriptionSessionCreateRequest {
    RealtimeTranscriptionSessionCreateRequest::new()
        .audio(
            RealtimeTranscriptionSessionAudio::new().input(
                RealtimeSessionAudioInput::new()
                    .format(RealtimeAudioFormatPcma::new())
                    .transcription(
                        AudioTranscription::new()
                            .model("gpt-4o-mini-transcribe")
                            .language("de")
                            .prompt("Ein Kundengespräch über eine Buchbestellung."),
                    )
                    .noise_reduction(RealtimeNoiseReduction::new().r#type(NoiseReductionType::FarField))
                    .turn_detection(RealtimeServerVad::new().silence_duration_ms(700)),
            ),
        )
        .include(vec![RealtimeTranscriptionSessionCreateRequestIncludeItem::ItemInputAudioTranscriptionLogprobs])
}

/// How long a client secret stays valid: ten minutes from its creation.
fn ten_minutes() -> RealtimeClientSecretExpiresAfter {
    RealtimeClientSecretExpiresAfter::new().anchor("created_at").seconds(600)
}

/// A WebRTC offer as a browser produces it (audio and a data channel).
const SDP_OFFER: &str = "v=0\r\n\
o=- 4611731400430051336 2 IN IP4 127.0.0.1\r\n\
s=-\r\n\
t=0 0\r\n\
a=group:BUNDLE 0 1\r\n\
a=msid-semantic: WMS\r\n\
m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n\
c=IN IP4 0.0.0.0\r\n\
a=ice-ufrag:4ZcD\r\n\
a=ice-pwd:2/1muCWoOi3uLifh0NuRHlFz\r\n\
a=fingerprint:sha-256 7B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1:58:D0:A1:2C:19:08\r\n\
a=setup:actpass\r\n\
a=mid:0\r\n\
a=sendrecv\r\n\
a=rtcp-mux\r\n\
a=rtpmap:111 opus/48000/2\r\n\
m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n\
c=IN IP4 0.0.0.0\r\n\
a=mid:1\r\n\
a=sctp-port:5000\r\n";

/// Steady's finding on a legacy session request, which carries no `client_secret`.
///
/// The reference's body of `POST /realtime/sessions` requires `client_secret: {value,
/// expires_at}`: the ephemeral key the endpoint answers with, which no caller can know
/// beforehand (its own curl example sends no such field). Our spec leaves it out of the
/// request (`spec/DIVERGENCES.md`). Steady would refuse the call with a 400, so the case
/// asks it to answer anyway (`X-Steady-Reject-On-Error: false`) and requires exactly this
/// finding: every other field is still checked, and the answer is decoded.
const SESSION_WITHOUT_SECRET: Diagnostic = Diagnostic::new("E3007", "body", "Missing required property: client_secret");

/// Steady's finding on the `session` part of a call's multipart form.
///
/// The reference's `encoding` sends `session` as one `application/json` part (the curl
/// example: `-F 'session={...};type=application/json'`), which is what the client does;
/// Steady ignores `encoding` and reads every part as text, so it finds a string where the
/// schema has an object. As above, the call is answered with this one finding required;
/// the part itself is checked byte for byte in `wire_realtime.rs`, and the same session
/// settings are checked by Steady in the client secret case.
const SESSION_AS_JSON_PART: Diagnostic = Diagnostic::new("E3008", "body.session", "Expected type object, got string");

/// Asks Steady to answer a request it finds fault with, reporting its findings in headers.
const ANSWER_ANYWAY: (&str, &str) = ("X-Steady-Reject-On-Error", "false");

// ---------------------------------------------------------------------------------------
//  Client secrets and sessions
// ---------------------------------------------------------------------------------------

async fn create_client_secret(client: &Client) -> CaseResult {
    let secrets = client.realtime().client_secrets();
    for (method, session) in [
        ("realtime.client_secrets.create (voice session)", RealtimeSessionConfig::from(voice_session())),
        ("realtime.client_secrets.create (text session)", text_session().into()),
        ("realtime.client_secrets.create (transcription session)", transcription_session().into()),
    ] {
        let request = RealtimeCreateClientSecretRequest::new().expires_after(ten_minutes()).session(session);
        let secret = call(method, secrets.create(&request)).await?;
        ensure_id(method, "value", &secret.value)?;
        check_session_info(method, &secret.session)?;
    }
    // Everything left to the server's defaults.
    let method = "realtime.client_secrets.create (defaults)";
    let secret = call(method, secrets.create(&RealtimeCreateClientSecretRequest::new())).await?;
    check_session_info(method, &secret.session)?;
    Ok(())
}

async fn create_session(client: &Client) -> CaseResult {
    let method = "realtime.sessions.create";
    let request = RealtimeBetaSessionCreateRequest::new()
        .modalities(vec![
            RealtimeBetaSessionCreateRequestModalitiesItem::Audio,
            RealtimeBetaSessionCreateRequestModalitiesItem::Text,
        ])
        .instructions("You are a friendly assistant.")
        .voice("alloy")
        .input_audio_format("pcm16")
        .output_audio_format("pcm16")
        .input_audio_transcription(RealtimeBetaSessionCreateRequestInputAudioTranscription::new().model("whisper-1"))
        .speed(1.1)
        .tracing(RealtimeTracingConfigEnum::Auto)
        .turn_detection(
            RealtimeTurnDetectionSettings::new()
                .r#type("server_vad")
                .threshold(0.5)
                .prefix_padding_ms(300)
                .silence_duration_ms(500),
        )
        .tools(vec![lookup_order_tool()])
        .tool_choice("auto")
        .temperature(0.8)
        .max_response_output_tokens(200);
    let session = call_expecting(
        method,
        client.realtime().sessions().create(&request).header(ANSWER_ANYWAY.0, ANSWER_ANYWAY.1),
        Some(&SESSION_WITHOUT_SECRET),
    )
    .await?;
    if session.id.as_deref().is_some_and(str::is_empty) {
        return Err(format!("{method}: `id` is empty"));
    }
    let unknown = session
        .output_modalities
        .iter()
        .flatten()
        .find(|modality| matches!(modality, RealtimeBetaSessionCreateResponseOutputModalitiesItem::Other(_)));
    if let Some(modality) = unknown {
        return Err(format!("{method}: an output modality our spec does not know: {modality:?}"));
    }
    Ok(())
}

async fn create_transcription_session(client: &Client) -> CaseResult {
    let method = "realtime.transcription_sessions.create";
    let request = RealtimeBetaTranscriptionSessionCreateRequest::new()
        .input_audio_format(RealtimeBetaTranscriptionSessionCreateRequestInputAudioFormat::Pcm16)
        .input_audio_transcription(AudioTranscription::new().model("gpt-4o-transcribe").language("en"))
        .input_audio_noise_reduction(RealtimeNoiseReduction::new().r#type(NoiseReductionType::NearField))
        .turn_detection(
            RealtimeBetaTranscriptionTurnDetection::new()
                .r#type("server_vad")
                .threshold(0.5)
                .prefix_padding_ms(300)
                .silence_duration_ms(200),
        )
        .include(vec![RealtimeBetaTranscriptionSessionCreateRequestIncludeItem::ItemInputAudioTranscriptionLogprobs]);
    let session = call(method, client.realtime().transcription_sessions().create(&request)).await?;
    ensure_id(method, "client_secret.value", &session.client_secret.value)?;
    // The endpoint's documented call: an empty body, every setting left to the server.
    let method = "realtime.transcription_sessions.create (defaults)";
    let empty = RealtimeBetaTranscriptionSessionCreateRequest::new();
    call(method, client.realtime().transcription_sessions().create(&empty)).await?;
    Ok(())
}

async fn create_translation_client_secret(client: &Client) -> CaseResult {
    let method = "realtime.translations.client_secrets.create";
    let session = RealtimeTranslationSessionCreateRequest::new("gpt-realtime-translate").audio(
        RealtimeTranslationSessionAudio::new()
            .input(
                RealtimeTranslationSessionAudioInput::new()
                    .transcription(RealtimeTranslationSessionAudioInputTranscription::new("gpt-realtime-whisper"))
                    .noise_reduction(RealtimeTranslationSessionAudioInputNoiseReduction::new(
                        NoiseReductionType::NearField,
                    )),
            )
            .output(RealtimeTranslationSessionAudioOutput::new().language("es")),
    );
    let request = RealtimeTranslationClientSecretCreateRequest::new(session).expires_after(ten_minutes());
    let secret = call(method, client.realtime().translations().client_secrets().create(&request)).await?;
    ensure_id(method, "value", &secret.value)?;
    ensure_id(method, "session.id", &secret.session.id)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
//  Calls
// ---------------------------------------------------------------------------------------

async fn create_call(client: &Client) -> CaseResult {
    let calls = client.realtime().calls();
    let method = "realtime.calls.create";
    let request = RealtimeCallCreateRequest::new(SDP_OFFER).session(voice_session());
    let answer = call_expecting(
        method,
        calls.create(&request).header(ANSWER_ANYWAY.0, ANSWER_ANYWAY.1),
        Some(&SESSION_AS_JSON_PART),
    )
    .await?;
    if answer.is_empty() {
        return Err(format!("{method}: no SDP answer"));
    }
    // The offer alone: the session keeps the settings of the client secret it was opened with.
    let method = "realtime.calls.create (offer only)";
    call(method, calls.create(&RealtimeCallCreateRequest::new(SDP_OFFER))).await?;
    Ok(())
}

async fn accept_call(client: &Client) -> CaseResult {
    let session = RealtimeSessionCreateRequest::new()
        .model("gpt-realtime")
        .instructions("You are Alex, the receptionist of a dental practice. Book appointments politely.")
        .audio(
            RealtimeSessionAudio::new()
                .input(RealtimeSessionAudioInput::new().turn_detection(RealtimeServerVad::new().idle_timeout_ms(8000)))
                .output(RealtimeSessionAudioOutput::new().voice("cedar").speed(1.0)),
        )
        .tools(vec![lookup_order_tool().into()]);
    call(
        "realtime.calls.accept",
        client.realtime().calls().accept("rtc_u1_9c6574da8b8a41a18da9308f4ad974ce", &session),
    )
    .await?;
    Ok(())
}

async fn hangup_call(client: &Client) -> CaseResult {
    call("realtime.calls.hangup", client.realtime().calls().hangup("rtc_u1_9c6574da8b8a41a18da9308f4ad974ce")).await?;
    Ok(())
}

async fn refer_call(client: &Client) -> CaseResult {
    let calls = client.realtime().calls();
    let phone = RealtimeCallReferRequest::new("tel:+14155550123");
    call("realtime.calls.refer (phone number)", calls.refer("rtc_u1_9c6574da8b8a41a18da9308f4ad974ce", &phone)).await?;
    let sip = RealtimeCallReferRequest::new("sip:frontdesk@pbx.example.com");
    call("realtime.calls.refer (SIP URI)", calls.refer("rtc_u1_9c6574da8b8a41a18da9308f4ad974ce", &sip)).await?;
    Ok(())
}

async fn reject_call(client: &Client) -> CaseResult {
    let calls = client.realtime().calls();
    let busy = RealtimeCallRejectRequest::new().status_code(486);
    call("realtime.calls.reject (busy)", calls.reject("rtc_u1_9c6574da8b8a41a18da9308f4ad974ce", &busy)).await?;
    // No status code: the caller hears the default `603 Decline`.
    let default = RealtimeCallRejectRequest::new();
    call("realtime.calls.reject (default)", calls.reject("rtc_u1_9c6574da8b8a41a18da9308f4ad974ce", &default)).await?;
    Ok(())
}
