//! Text to speech: synthesize a sentence and stream the audio into a file.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin speech [out.mp3]
//! ```

use openai_client::Client;
use openai_client::types::{CreateSpeechRequest, CreateSpeechRequestResponseFormat};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let path = std::env::args().nth(1).unwrap_or_else(|| "speech.mp3".to_owned());

    let request = CreateSpeechRequest::new("gpt-4o-mini-tts", "Hello! This sentence was written by Rust.", "coral")
        .response_format(CreateSpeechRequestResponseFormat::Mp3);
    // `.download()` hands over the body as it arrives instead of buffering all of it;
    // `write_to_file` writes it chunk by chunk and returns the number of bytes.
    let audio = client.audio().speech().create(&request).download().await?;
    let content_type = audio.content_type().unwrap_or("unknown type").to_owned();
    let written = audio.write_to_file(&path).await?;

    println!("wrote {written} bytes ({content_type}) to {path}");
    Ok(())
}
