// Setters return the updated value instead of changing it in place: dropping the result
// is a mistake, and so is a client builder that is never built.
#![deny(unused_must_use)]
use openai_client::ClientBuilder;
use openai_client::types::CreateResponseRequest;

fn main() {
    let request = CreateResponseRequest::new();
    request.clone().model("gpt-5");
    ClientBuilder::from_env().max_retries(1);
    let _ = request;
}
