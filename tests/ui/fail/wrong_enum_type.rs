// Enum fields take their enum (or a string): a number is rejected.
use openai_client::types::ListChatCompletionsParams;

fn main() {
    let _ = ListChatCompletionsParams::default().order(3);
}
