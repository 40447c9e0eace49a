//! Embed two sentences and compare them: the cosine similarity of their vectors is close to
//! 1 for texts that mean about the same.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin embeddings
//! ```

use openai_client::Client;
use openai_client::types::CreateEmbeddingRequest;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let texts = vec!["The cat sat on the mat.".to_owned(), "A kitten rested on the rug.".to_owned()];
    // One request embeds several inputs; `data[i].index` says which input a vector belongs to.
    let response =
        client.embeddings().create(&CreateEmbeddingRequest::new(texts.clone(), "text-embedding-3-small")).await?;
    let [first, second] = response.data.as_slice() else {
        return Err(format!("expected 2 embeddings, got {}", response.data.len()).into());
    };

    println!("model: {}", response.model);
    println!("dimensions: {}", first.embedding.len());
    println!("cosine similarity: {:.4}", cosine_similarity(&first.embedding, &second.embedding));
    println!("tokens: {}", response.usage.total_tokens);
    Ok(())
}

fn cosine_similarity(a: &[f64], b: &[f64]) -> f64 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let norm = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>().sqrt();
    dot / (norm(a) * norm(b))
}
