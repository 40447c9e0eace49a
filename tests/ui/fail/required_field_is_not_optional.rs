// Required fields are not `Option`s: `model` is a plain string.
use openai_client::types::CreateChatCompletionRequest;

fn main() {
    let request = CreateChatCompletionRequest::new(Vec::new(), "gpt-5");
    let _: Option<String> = request.model;
}
