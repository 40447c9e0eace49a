//! Structured outputs: the model answers with JSON that fits a Rust type, and the answer is
//! parsed into it. The type's JSON Schema (derived by `schemars`) goes out in OpenAI's strict
//! form, so the model cannot leave a field out or add one.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin structured_output
//! ```

use openai_client::Client;
use openai_client::runtime::OutputError;
use openai_client::types::{CreateResponseRequest, ResponseTextParam};
use schemars::JsonSchema;
use serde::Deserialize;

/// A recipe, as the model must write it.
#[derive(Debug, Deserialize, JsonSchema)]
struct Recipe {
    /// The dish's name.
    name: String,
    servings: u32,
    ingredients: Vec<Ingredient>,
    /// One entry per step, in order.
    steps: Vec<String>,
    // Doc comments become the schema's descriptions, which the model reads. An `Option`
    // goes out as a nullable type: strict mode lists every property as required.
    /// Minutes in the oven, or null when it is not baked.
    oven_minutes: Option<u32>,
}

#[derive(Debug, Deserialize, JsonSchema)]
struct Ingredient {
    name: String,
    quantity: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let request = CreateResponseRequest::new()
        .model("gpt-5-mini")
        .input("Give me a simple recipe for pancakes.")
        .text(ResponseTextParam::structured::<Recipe>()?);
    let response = client.responses().create(&request).await?;

    // A refusal is its own error, not a decode failure: tell the user what the model said.
    let recipe: Recipe = match response.parse() {
        Ok(recipe) => recipe,
        Err(OutputError::Refusal(refusal)) => {
            println!("the model declined: {refusal}");
            return Ok(());
        }
        Err(other) => return Err(other.into()),
    };

    println!("{} (serves {})", recipe.name, recipe.servings);
    for ingredient in &recipe.ingredients {
        println!("- {} {}", ingredient.quantity, ingredient.name);
    }
    for (number, step) in recipe.steps.iter().enumerate() {
        println!("{}. {step}", number + 1);
    }
    match recipe.oven_minutes {
        Some(minutes) => println!("oven: {minutes} min"),
        None => println!("no oven needed"),
    }
    Ok(())
}
