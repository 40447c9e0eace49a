//! Receive OpenAI webhooks: an HTTP server that checks each delivery's signature with the
//! endpoint's signing secret and decodes it into a typed event.
//!
//! ```sh
//! OPENAI_WEBHOOK_SECRET=whsec_... cargo run -p openai-examples --bin webhook_handler
//! ```
//!
//! It listens on `WEBHOOK_ADDR` (default 127.0.0.1:8000); point the webhook endpoint of
//! your project at it (through a tunnel when it runs on your machine). With
//! `WEBHOOK_MAX_EVENTS` set it stops after that many requests.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use openai_client::types::WebhookEvent;
use openai_client::{WebhookError, Webhooks};
use tokio::sync::Notify;

struct App {
    webhooks: Webhooks,
    /// Stop after this many requests, if set.
    max_requests: Option<usize>,
    requests: AtomicUsize,
    done: Notify,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // OPENAI_WEBHOOK_SECRET; several space-separated secrets are all accepted while one is rotated.
    let webhooks = Webhooks::from_env()?;
    let max_requests = match std::env::var("WEBHOOK_MAX_EVENTS") {
        Ok(value) => Some(value.parse()?),
        Err(_) => None,
    };
    let app = Arc::new(App { webhooks, max_requests, requests: AtomicUsize::new(0), done: Notify::new() });

    let addr = std::env::var("WEBHOOK_ADDR").unwrap_or_else(|_| "127.0.0.1:8000".to_owned());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on {}", listener.local_addr()?);
    std::io::stdout().flush()?;

    let router = Router::new().route("/", post(receive)).route("/webhooks", post(receive)).with_state(app.clone());
    axum::serve(listener, router).with_graceful_shutdown(async move { app.done.notified().await }).await?;
    Ok(())
}

/// One delivery. The body is taken as raw bytes: the signature covers them exactly as sent,
/// so they are verified before any JSON parsing.
async fn receive(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let status = match app.webhooks.unwrap(&headers, &body) {
        Ok(event) => {
            println!("{}", describe(&event));
            StatusCode::OK
        }
        // Signed by OpenAI but not decodable by this version of the client: accept it, or it
        // would be delivered again and again.
        Err(error @ WebhookError::Decode(_)) => {
            eprintln!("accepted an undecodable event: {error}");
            StatusCode::OK
        }
        // A wrong signature, a stale timestamp or a missing header: not from OpenAI.
        Err(error) => {
            eprintln!("refused: {error}");
            StatusCode::BAD_REQUEST
        }
    };
    let _ = std::io::stdout().flush();

    let seen = app.requests.fetch_add(1, Ordering::SeqCst) + 1;
    if app.max_requests.is_some_and(|max| seen >= max) {
        // Stops accepting connections; this response is still sent.
        app.done.notify_one();
    }
    status
}

/// `<type> <event id> <object id>`: what arrived, and which response, batch or job it is
/// about. The accessors read every event, one newer than this client (`Unknown`) included.
fn describe(event: &WebhookEvent) -> String {
    format!("{} {} {}", event.event_type(), event.id(), event.object_id().unwrap_or(""))
}
