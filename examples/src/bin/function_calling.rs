//! Let the model call a local function: declare a `get_weather` tool, run the calls the model
//! asks for, send their results back and repeat until the model answers in text.
//!
//! ```sh
//! OPENAI_API_KEY=sk-... cargo run -p openai-examples --bin function_calling
//! ```

use openai_client::Client;
use openai_client::types::{
    ChatCompletionMessageToolCallUnion, ChatCompletionRequestToolMessage, ChatCompletionRequestUserMessage,
    ChatCompletionTool, CreateChatCompletionRequest,
};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::json;

/// A model that has not answered after this many rounds is looping; give up.
const MAX_ROUNDS: usize = 5;

/// The tool's arguments. Their JSON Schema, in strict form, is the tool's `parameters`.
#[derive(Deserialize, JsonSchema)]
struct WeatherArgs {
    /// City name, e.g. Paris.
    city: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let weather_tool = ChatCompletionTool::typed_function::<WeatherArgs>("get_weather", "Current weather in a city")?;
    let question = ChatCompletionRequestUserMessage::new("What's the weather like in Paris and Tokyo?");
    let mut request =
        CreateChatCompletionRequest::new(vec![question.into()], "gpt-5-mini").tools(vec![weather_tool.into()]);

    for _ in 0..MAX_ROUNDS {
        let completion = client.chat().completions().create(&request).await?;
        let message = completion.choices.into_iter().next().ok_or("the completion has no choices")?.message;

        let tool_calls = message.tool_calls.clone().unwrap_or_default();
        if tool_calls.is_empty() {
            // No more calls: this is the answer.
            println!("{}", message.content.unwrap_or_default());
            return Ok(());
        }

        // The assistant's turn, with its tool calls, goes back into the conversation first...
        request.messages.push(message.into());

        // ...then one `tool` message per call, tied to it by `tool_call_id`.
        for call in tool_calls {
            let ChatCompletionMessageToolCallUnion::Function(call) = call else {
                return Err(format!("unexpected tool call: {call:?}").into());
            };
            let result = match call.function.name.as_str() {
                // Arguments that do not fit the type go back to the model as an error it
                // can correct, naming the JSON path that was wrong.
                "get_weather" => match call.parse_arguments::<WeatherArgs>() {
                    Ok(args) => get_weather(&args.city),
                    Err(err) => json!({ "error": err.to_string() }),
                },
                other => json!({ "error": format!("unknown function {other}") }),
            };
            request.messages.push(ChatCompletionRequestToolMessage::new(result.to_string(), call.id).into());
        }
    }
    Err(format!("no answer after {MAX_ROUNDS} rounds").into())
}

/// The local function behind the tool; a real one would ask a weather service.
fn get_weather(city: &str) -> serde_json::Value {
    let (temperature_c, conditions) = match city {
        "Paris" => (18, "partly cloudy"),
        "Tokyo" => (24, "sunny"),
        _ => (20, "clear"),
    };
    json!({ "city": city, "temperature_c": temperature_c, "conditions": conditions })
}
