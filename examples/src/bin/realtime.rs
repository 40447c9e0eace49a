//! A text conversation over the Realtime API's WebSocket: configure the session, add a user
//! message, ask for a response and print its text as it streams in.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin realtime
//! ```

use std::io::Write;

use openai_client::Client;
use openai_client::types::{
    RealtimeClientEvent, RealtimeClientEventConversationItemCreate, RealtimeClientEventResponseCreate,
    RealtimeClientEventSessionUpdate, RealtimeConversationItemMessage, RealtimeConversationItemMessageRole,
    RealtimeInputTextContent, RealtimeResponseStatus, RealtimeServerEvent, RealtimeSessionCreateRequest,
    RealtimeSessionCreateRequestOutputModalitiesItem,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    // Opens `wss://api.openai.com/v1/realtime?model=gpt-realtime` with the client's key.
    // The server starts with `session.created`; the events below are handled in order, so
    // they can be sent right away.
    let mut session = client.realtime().connect("gpt-realtime").await?;

    // Text answers instead of the default audio, with our instructions.
    let settings = RealtimeSessionCreateRequest::new()
        .output_modalities(vec![RealtimeSessionCreateRequestOutputModalitiesItem::Text])
        .instructions("You are a concise travel guide. Answer in two sentences at most.");
    session.send(&RealtimeClientEvent::SessionUpdate(RealtimeClientEventSessionUpdate::new(settings))).await?;

    // The user's message joins the conversation; `response.create` asks the model to answer it.
    let question = RealtimeInputTextContent::new().text("What should I see first in Lisbon?");
    let message =
        RealtimeConversationItemMessage::new(RealtimeConversationItemMessageRole::User, vec![question.into()]);
    let item = RealtimeClientEventConversationItemCreate::new(message);
    session.send(&RealtimeClientEvent::ConversationItemCreate(item)).await?;
    session.send(&RealtimeClientEvent::ResponseCreate(RealtimeClientEventResponseCreate::new())).await?;

    let mut stdout = std::io::stdout();
    while let Some(event) = session.next().await {
        match event? {
            // A beta server's `response.text.delta` arrives here as well.
            RealtimeServerEvent::ResponseOutputTextDelta(delta) => {
                print!("{}", delta.delta);
                // Show each piece now rather than when the line is complete.
                stdout.flush()?;
            }
            RealtimeServerEvent::ResponseDone(done) => {
                println!();
                // `incomplete` (the token limit), `cancelled` or `failed` cut the text short.
                match done.response.status {
                    Some(RealtimeResponseStatus::Completed) | None => {}
                    Some(status) => eprintln!("the response ended as {status}"),
                }
                session.close().await?;
                return Ok(());
            }
            // Errors about a client event come as events. The session stays open, but this
            // example has nothing left to do.
            RealtimeServerEvent::Error(error) => return Err(format!("realtime error: {}", error.error.message).into()),
            // `session.created`, `session.updated`, `conversation.item.added`, `response.created`...
            _ => {}
        }
    }
    Err("the server closed the session before the response was done".into())
}
