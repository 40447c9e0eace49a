//! Stream a chat completion and print the reply token by token as it arrives.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin chat_stream
//! ```

use std::io::Write;

use futures::StreamExt;
use openai_client::Client;
use openai_client::types::{
    ChatCompletionRequestSystemMessage, ChatCompletionRequestUserMessage, CreateChatCompletionRequest,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let messages = vec![
        ChatCompletionRequestSystemMessage::new("You are a concise poet.").into(),
        ChatCompletionRequestUserMessage::new("Write a haiku about the sea.").into(),
    ];
    let request = CreateChatCompletionRequest::new(messages, "gpt-5-mini");

    // `create_stream` sends `stream: true` and yields one typed chunk per server-sent event,
    // ending at `data: [DONE]`. A connection that drops before that is an error, not an end.
    let mut stream = client.chat().completions().create_stream(&request).await?;
    let mut stdout = std::io::stdout();
    while let Some(chunk) = stream.next().await {
        for choice in chunk?.choices {
            if let Some(token) = choice.delta.content {
                print!("{token}");
                // Show each token now rather than when the line is complete.
                stdout.flush()?;
            }
        }
    }
    println!();
    Ok(())
}
