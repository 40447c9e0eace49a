//! Fine-tune a model: upload a JSONL training file, start a job with it and poll the job
//! until it ends.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin fine_tuning [train.jsonl]
//! ```
//!
//! Without an argument a small sample file (ten chat examples) is written to a temporary
//! directory and uploaded. The job is checked every `POLL_INTERVAL_MS` milliseconds (default
//! 10 s); a real job takes minutes to hours.

use std::path::PathBuf;
use std::time::Duration;

use openai_client::types::{
    CreateFileRequest, CreateFileRequestPurpose, CreateFineTuningJobRequest, FineTuningJobStatus,
};
use openai_client::{Client, FileUpload};
use serde_json::json;

const BASE_MODEL: &str = "gpt-4o-mini-2024-07-18";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let (path, sample_dir) = match std::env::args_os().nth(1) {
        Some(path) => (PathBuf::from(path), None),
        None => {
            let dir = std::env::temp_dir().join(format!("openai-fine-tuning-{}", std::process::id()));
            (write_sample(&dir).await?, Some(dir))
        }
    };

    // `from_path` streams the file from disk (and reopens it if the upload is retried).
    let upload = FileUpload::from_path(&path).await?;
    let file = client.files().create(&CreateFileRequest::new(upload, CreateFileRequestPurpose::FineTune)).await?;
    println!("uploaded {} as {}", file.filename, file.id);
    if let Some(dir) = sample_dir {
        tokio::fs::remove_dir_all(dir).await?;
    }

    let job = client.fine_tuning().jobs().create(&CreateFineTuningJobRequest::new(BASE_MODEL, &file.id)).await?;
    println!("created job {}: {}", job.id, job.status);

    let interval = poll_interval();
    let mut status = job.status;
    let job = loop {
        tokio::time::sleep(interval).await;
        let current = client.fine_tuning().jobs().retrieve(&job.id).await?;
        if current.status != status {
            println!("status: {}", current.status);
            status = current.status.clone();
        }
        if matches!(
            current.status,
            FineTuningJobStatus::Succeeded | FineTuningJobStatus::Failed | FineTuningJobStatus::Cancelled
        ) {
            break current;
        }
    };

    match (job.fine_tuned_model, job.error) {
        (Some(model), _) => println!("fine-tuned model: {model}"),
        (None, Some(error)) => println!("error: {} ({})", error.message, error.code),
        (None, None) => println!("no fine-tuned model"),
    }
    Ok(())
}

/// How long to wait between two looks at the job.
fn poll_interval() -> Duration {
    let millis = std::env::var("POLL_INTERVAL_MS").ok().and_then(|ms| ms.parse().ok()).unwrap_or(10_000);
    Duration::from_millis(millis)
}

/// Writes `weather.jsonl` into `dir`: ten conversations in the chat format, one JSON object
/// per line (ten is the fewest a job accepts).
async fn write_sample(dir: &std::path::Path) -> std::io::Result<PathBuf> {
    let cities = [
        ("Paris", 18),
        ("Tokyo", 24),
        ("Lima", 16),
        ("Oslo", 4),
        ("Cairo", 31),
        ("Sydney", 22),
        ("Toronto", 9),
        ("Nairobi", 25),
        ("Delhi", 33),
        ("Reykjavik", 2),
    ];
    let mut lines = String::new();
    for (city, celsius) in cities {
        let example = json!({ "messages": [
            { "role": "system", "content": "You report temperatures in Fahrenheit." },
            { "role": "user", "content": format!("It is {celsius} °C in {city}.") },
            { "role": "assistant", "content": format!("That is {} °F in {city}.", celsius * 9 / 5 + 32) }
        ]});
        lines.push_str(&example.to_string());
        lines.push('\n');
    }
    tokio::fs::create_dir_all(dir).await?;
    let path = dir.join("weather.jsonl");
    tokio::fs::write(&path, lines).await?;
    Ok(path)
}
