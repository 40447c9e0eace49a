//! Wire test: `Client::from_env()`. Environment variables are process-global, so this
//! binary holds a single test that sets, uses and removes them in sequence.

use openai_client::types::ListModelsResponse;
use openai_client::{Client, ClientBuilder, Error};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const VARS: [&str; 4] = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"];

fn set(name: &str, value: &str) {
    // SAFETY: this binary has one test and it runs no other thread that reads the
    // environment while it changes it (the servers it starts do not read it).
    unsafe { std::env::set_var(name, value) }
}

fn remove(name: &str) {
    // SAFETY: as in `set`.
    unsafe { std::env::remove_var(name) }
}

#[tokio::test]
async fn from_env_reads_key_base_url_organization_and_project() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/models"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list",
            "data": [{"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"}]
        })))
        .mount(&server)
        .await;

    set("OPENAI_API_KEY", "sk-env-SECRET-123");
    set("OPENAI_BASE_URL", &format!("{}/v1/", server.uri()));
    set("OPENAI_ORG_ID", "org-from-env");
    set("OPENAI_PROJECT_ID", "proj_from_env");
    let client = Client::from_env().unwrap();
    assert_eq!(client.base_url(), format!("{}/v1", server.uri()));
    assert_eq!(client.identity_header("organization"), Some("org-from-env"));
    assert_eq!(client.identity_header("project"), Some("proj_from_env"));
    let debug = format!("{client:?}");
    assert!(!debug.contains("SECRET"), "the key leaks in Debug: {debug}");
    let models: ListModelsResponse = client.models().list().await.unwrap();
    assert_eq!(models.data[0].id, "gpt-4o");
    let requests = server.received_requests().await.unwrap();
    let headers = &requests[0].headers;
    assert_eq!(requests[0].url.path(), "/v1/models");
    assert_eq!(headers.get("authorization").unwrap(), "Bearer sk-env-SECRET-123");
    assert_eq!(headers.get("openai-organization").unwrap(), "org-from-env");
    assert_eq!(headers.get("openai-project").unwrap(), "proj_from_env");

    // Settings given to a builder that started from the environment win over it.
    let client = ClientBuilder::from_env().api_key("sk-explicit").organization("org-explicit").build().unwrap();
    assert_eq!(client.identity_header("project"), Some("proj_from_env"));
    client.models().list().await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let headers = &requests[1].headers;
    assert_eq!(headers.get("authorization").unwrap(), "Bearer sk-explicit");
    assert_eq!(headers.get("openai-organization").unwrap(), "org-explicit");
    assert_eq!(headers.get("openai-project").unwrap(), "proj_from_env");

    // Values are trimmed; empty ones are ignored.
    set("OPENAI_API_KEY", "  sk-env-trimmed\n");
    set("OPENAI_PROJECT_ID", "");
    remove("OPENAI_ORG_ID");
    let client = Client::from_env().unwrap();
    assert_eq!(client.identity_header("organization"), None);
    assert_eq!(client.identity_header("project"), None);
    client.models().list().await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let headers = &requests[2].headers;
    assert_eq!(headers.get("authorization").unwrap(), "Bearer sk-env-trimmed");
    assert!(headers.get("openai-organization").is_none());
    assert!(headers.get("openai-project").is_none());

    // Without a key, a configuration error that names the variable.
    remove("OPENAI_API_KEY");
    let err = Client::from_env().unwrap_err();
    assert!(matches!(&err, Error::Config(message) if message.contains("OPENAI_API_KEY")), "{err:?}");
    for name in VARS {
        remove(name);
    }
}
