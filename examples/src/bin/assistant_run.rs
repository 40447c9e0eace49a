//! The Assistants API: create an assistant, start a thread with a question, run the
//! assistant on it, wait for the run to finish and print the assistant's reply.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin assistant_run
//! ```
//!
//! The run is checked every `POLL_INTERVAL_MS` milliseconds (default 1 s).

// OpenAI has deprecated the Assistants API in favour of the Responses API (see the
// `response` example); its operations and types carry `#[deprecated]` and still work.
#![allow(deprecated)]

use std::time::Duration;

use openai_client::Client;
use openai_client::types::{
    CreateAssistantRequest, CreateMessageRequest, CreateMessageRequestRole, CreateRunParams, CreateRunRequest,
    CreateThreadRequest, ListMessagesParams, MessageContent, MessageObjectRole, RunObjectStatus, SortOrder,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let assistant = client
        .assistants()
        .create(
            &CreateAssistantRequest::new("gpt-4o-mini")
                .name("Math tutor")
                .instructions("You are a patient math tutor. Explain each step briefly."),
        )
        .await?;
    println!("assistant {}", assistant.id);

    // A thread can be created with its first messages.
    let question = CreateMessageRequest::new(CreateMessageRequestRole::User, "Solve 3x + 11 = 14.");
    let thread = client.threads().create(&CreateThreadRequest::new().messages(vec![question])).await?;
    println!("thread {}", thread.id);

    let mut run = client
        .threads()
        .runs()
        .create(&thread.id, &CreateRunParams::new(), &CreateRunRequest::new(&assistant.id))
        .await?;
    println!("run {}: {}", run.id, run.status);

    // Poll until the run leaves the queue and stops working.
    let interval = poll_interval();
    while matches!(run.status, RunObjectStatus::Queued | RunObjectStatus::InProgress | RunObjectStatus::Cancelling) {
        tokio::time::sleep(interval).await;
        run = client.threads().runs().retrieve(&thread.id, &run.id).await?;
    }
    println!("run {}: {}", run.id, run.status);
    if run.status != RunObjectStatus::Completed {
        let reason = run.last_error.map(|error| error.message).unwrap_or_default();
        return Err(format!("the run ended as {}: {reason}", run.status).into());
    }

    // The messages this run added, oldest first.
    let params = ListMessagesParams::new().run_id(&run.id).order(SortOrder::Asc);
    let messages = client.threads().messages().list(&thread.id, &params).await?;
    for message in messages.data.iter().filter(|message| message.role == MessageObjectRole::Assistant) {
        for part in &message.content {
            if let MessageContent::Text(text) = part {
                println!("assistant: {}", text.text.value);
            }
        }
    }
    Ok(())
}

/// How long to wait between two looks at the run.
fn poll_interval() -> Duration {
    let millis = std::env::var("POLL_INTERVAL_MS").ok().and_then(|ms| ms.parse().ok()).unwrap_or(1_000);
    Duration::from_millis(millis)
}
