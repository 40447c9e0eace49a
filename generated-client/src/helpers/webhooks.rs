// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
// Copied from the spec's helper module `webhooks` (x-rust-client/modules); edit it there.

//! Webhook events: what every event carries, whatever its type, and the object it is about.

use crate::types::*;

/// Applies `$read` to the payload of every typed variant; `$unknown` to the JSON of an
/// event this client does not know yet.
macro_rules! each_event {
    ($event:expr, $payload:ident => $read:expr, $json:ident => $unknown:expr) => {
        match $event {
            WebhookEvent::ResponseCompleted($payload) => $read,
            WebhookEvent::ResponseFailed($payload) => $read,
            WebhookEvent::ResponseCancelled($payload) => $read,
            WebhookEvent::ResponseIncomplete($payload) => $read,
            WebhookEvent::BatchCompleted($payload) => $read,
            WebhookEvent::BatchFailed($payload) => $read,
            WebhookEvent::BatchCancelled($payload) => $read,
            WebhookEvent::BatchExpired($payload) => $read,
            WebhookEvent::FineTuningJobSucceeded($payload) => $read,
            WebhookEvent::FineTuningJobFailed($payload) => $read,
            WebhookEvent::FineTuningJobCancelled($payload) => $read,
            WebhookEvent::EvalRunSucceeded($payload) => $read,
            WebhookEvent::EvalRunFailed($payload) => $read,
            WebhookEvent::EvalRunCanceled($payload) => $read,
            WebhookEvent::RealtimeCallIncoming($payload) => $read,
            WebhookEvent::LiveCallIncoming($payload) => $read,
            WebhookEvent::Unknown($json) => $unknown,
        }
    };
}

impl WebhookEvent {
    /// The event's id (`evt_...`), the same on every delivery attempt of one event: the key
    /// to recognize a delivery that was retried.
    pub fn id(&self) -> &str {
        each_event!(self, event => &event.id, json => json["id"].as_str().unwrap_or(""))
    }

    /// The event type (`response.completed`), for an event this client does not know too.
    pub fn event_type(&self) -> &str {
        each_event!(self, event => &event.r#type, json => json["type"].as_str().unwrap_or(""))
    }

    /// When the event happened (Unix seconds).
    pub fn created_at(&self) -> i64 {
        each_event!(self, event => event.created_at, json => json["created_at"].as_i64().unwrap_or(0))
    }

    /// The id of the object the event is about — the response, batch, fine-tuning job or
    /// eval run to fetch for the details, the SIP call to accept or reject, the live session
    /// — when the event names one.
    pub fn object_id(&self) -> Option<&str> {
        match self {
            WebhookEvent::RealtimeCallIncoming(event) => Some(&event.data.call_id),
            WebhookEvent::LiveCallIncoming(event) => Some(&event.data.session_id),
            WebhookEvent::ResponseCompleted(event) => Some(&event.data.id),
            WebhookEvent::ResponseFailed(event) => Some(&event.data.id),
            WebhookEvent::ResponseCancelled(event) => Some(&event.data.id),
            WebhookEvent::ResponseIncomplete(event) => Some(&event.data.id),
            WebhookEvent::BatchCompleted(event) => Some(&event.data.id),
            WebhookEvent::BatchFailed(event) => Some(&event.data.id),
            WebhookEvent::BatchCancelled(event) => Some(&event.data.id),
            WebhookEvent::BatchExpired(event) => Some(&event.data.id),
            WebhookEvent::FineTuningJobSucceeded(event) => Some(&event.data.id),
            WebhookEvent::FineTuningJobFailed(event) => Some(&event.data.id),
            WebhookEvent::FineTuningJobCancelled(event) => Some(&event.data.id),
            WebhookEvent::EvalRunSucceeded(event) => Some(&event.data.id),
            WebhookEvent::EvalRunFailed(event) => Some(&event.data.id),
            WebhookEvent::EvalRunCanceled(event) => Some(&event.data.id),
            WebhookEvent::Unknown(json) => {
                let data = &json["data"];
                ["id", "call_id", "session_id"].into_iter().find_map(|key| data[key].as_str())
            }
        }
    }
}
