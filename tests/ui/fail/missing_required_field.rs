// A struct literal must name the required fields (or spread a default explicitly).
use openai_client::types::ChatCompletionRequestUserMessage;

fn main() {
    let _ = ChatCompletionRequestUserMessage { name: None };
}
