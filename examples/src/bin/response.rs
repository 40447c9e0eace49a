//! Ask a model one question through the Responses API and print its answer.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin response
//! ```

use openai_client::Client;
use openai_client::types::CreateResponseRequest;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The key comes from OPENAI_API_KEY; OPENAI_BASE_URL points the client elsewhere.
    let client = Client::from_env()?;

    let request = CreateResponseRequest::new()
        .model("gpt-5-mini")
        .instructions("Answer in one short sentence.")
        .input("Why is the sky blue?");
    let response = client.responses().create(&request).await?;

    // A response's `output` can hold reasoning items and tool calls beside messages;
    // `output_text()` joins the text parts of its messages, which are the answer.
    println!("{}", response.output_text());
    Ok(())
}
