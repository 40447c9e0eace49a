// Path parameters are strings, and a retrieve call needs one.
use openai_client::Client;

fn main() {
    let client = Client::new("sk-test");
    let _ = client.models().retrieve();
}
