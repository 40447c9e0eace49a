// `new` takes every required field: a chat completion needs messages and a model.
use openai_client::types::CreateChatCompletionRequest;

fn main() {
    let _ = CreateChatCompletionRequest::new("gpt-5");
}
